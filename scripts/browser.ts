/**
 * A real Chromium with the built extension loaded: Debian's /usr/bin/chromium (or CHROMIUM_PATH),
 * else Playwright's own Chromium where one is installed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3');

export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export async function launchWithExtension(userDataDir = '', headless = true, extensionDir = EXTENSION_DIR): Promise<BrowserContext> {
  const manifestPath = resolve(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`Geen gebouwde extensie in ${extensionDir}: draai eerst "E2E=1 npm run build".`);
  }
  // The demo pages live on 127.0.0.1: a production build would not run there and every check would fail.
  if (!readFileSync(manifestPath, 'utf8').includes('http://127.0.0.1/*')) {
    throw new Error(`${extensionDir} is een productiebuild zonder de testhosts: draai eerst "E2E=1 npm run build".`);
  }
  const fresh = userDataDir === '' || !existsSync(userDataDir) || readdirSync(userDataDir).length === 0;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      // This machine has no network: keep Chromium from trying its own services.
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  // A fresh install opens the onboarding tab; close it so tests and the demo start from a known state.
  if (fresh) {
    const welcome = context.pages().find((p) => p.url().includes('/options.html')) ??
      (await context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html'), timeout: 10_000 }).catch(() => undefined));
    await welcome?.close();
  }
  return context;
}
