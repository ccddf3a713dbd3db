import { test as base, type BrowserContext } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../../scripts/demoServer.ts';
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/browser.ts';
import { DEMO_SCHOOLTIJDEN } from '../../scripts/demo/demoSchool.ts';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

/** The demo school's settings as its onboarding leaves them (its schooltijden); a test may store others. */
export const DEMO_SETTINGS = { school: { schooltijden: DEMO_SCHOOLTIJDEN } };

/** Stores settings as Options would: through the extension's own storage. */
export async function storeSettings(context: BrowserContext, settings: object): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

/**
 * One demo server for all tests; a fresh browser profile with the extension for each test, so stored
 * settings, learned pages and the sidebar's state never leak from one test into another.
 */
/** The end-to-end build with closed shadow roots, as in production (E2E=1 SHADOW=closed wxt build). */
export const CLOSED_EXTENSION_DIR = EXTENSION_DIR.replace(/\.output([/\\])/, '.output-closed$1');

export const test = base.extend<{ requests: string[]; extensionContext: BrowserContext; extensionId: string; extensionDir: string }, { server: DemoServer }>({
  extensionDir: [EXTENSION_DIR, { option: true }],
  server: [
    async ({}, use) => {
      const server = await startDemoServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extensionContext: async ({ extensionDir }, use) => {
    const context = await launchWithExtension('', true, extensionDir);
    await storeSettings(context, DEMO_SETTINGS);
    await use(context);
    await context.close();
  },
  extensionId: async ({ extensionContext }, use) => {
    const worker = extensionContext.serviceWorkers()[0] ?? (await extensionContext.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  context: async ({ extensionContext }, use) => use(extensionContext),
  page: async ({ extensionContext }, use) => {
    const page = await extensionContext.newPage();
    await use(page);
    await page.close();
  },
  requests: async ({ extensionContext }, use) => {
    const seen: string[] = [];
    const listener = (request: { url(): string; resourceType(): string }) => seen.push(`${request.resourceType()} ${request.url()}`);
    extensionContext.on('request', listener);
    await use(seen);
    extensionContext.off('request', listener);
  },
});

export const expect = test.expect;
