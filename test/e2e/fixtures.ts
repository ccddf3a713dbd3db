import { test as base, type BrowserContext } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../../scripts/demoServer.ts';
import { launchWithExtension } from '../../scripts/browser.ts';

/** One demo server and one browser with the extension per test file; every request the browser makes is kept. */
export const test = base.extend<{ requests: string[] }, { server: DemoServer; extensionContext: BrowserContext }>({
  server: [
    async ({}, use) => {
      const server = await startDemoServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extensionContext: [
    async ({}, use) => {
      const context = await launchWithExtension();
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
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
