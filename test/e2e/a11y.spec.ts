import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Evaluated through DevTools rather than a <script> tag: the extension's pages allow no inline scripts.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core in the page; only what the extension shows is checked (serious and critical findings). */
async function violations(page: Page, include: string[][]) {
  await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    type Violation = { id: string; impact: string; nodes: { target: unknown }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run({ include }, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, include);
}

test('the sidebar and badges pass an axe check (no serious or critical findings)', async ({ page, server }) => {
  await page.goto(`${server.url}/parnassys/groep`);
  await expect(page.locator('[data-testid="ts-badge"]')).toHaveCount(21);
  await page.locator('[data-testid="ts-badge"][data-pupil="900101"]').click();
  await expect(page.locator('[data-testid="ts-sidebar"] h3')).toHaveText('Daan Voorbeeld');
  // The product's icon heads the sidebar, drawn inline (no request, nothing a site could probe for), hidden from screen readers.
  await expect(page.locator('[data-testid="ts-sidebar"] header svg[aria-hidden="true"]')).toHaveCount(1);
  expect(await violations(page, [['thuiszitter-signaal'], ['thuiszitter-badge']])).toEqual([]);
});

test('the extension’s pages carry the product icon as their favicon', async ({ context, extensionId }) => {
  const page = await context.newPage();
  for (const name of ['options', 'dashboard', 'privacy']) {
    await page.goto(`chrome-extension://${extensionId}/${name}.html`);
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect([name, href]).toEqual([name, '/icon/32.png']);
    // The file is the extension's own: an image of 32 × 32 pixels.
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, href!);
    expect(size).toEqual([32, 32]);
  }
  await page.close();
});

test('the "Leer deze pagina" controls pass an axe check', async ({ page, server }) => {
  await page.goto(`${server.url}/onbekend/leerling/900103`);
  await page.getByRole('button', { name: /^Thuiszitter-signaal( \(\d+\))?$/ }).click();
  await page.getByTestId('ts-learn').click();
  await page.getByTestId('ts-learn-table').first().click();
  expect(await violations(page, [['thuiszitter-signaal']])).toEqual([]);
});

test('the Options page passes an axe check', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await violations(options, [['main']])).toEqual([]);
});

test('the privacy statement (privacy.html) is linked from Options and passes an axe check', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('ts-privacy-link')).toHaveAttribute('href', `chrome-extension://${extensionId}/privacy.html`);
  const privacy = await context.newPage();
  await privacy.goto(`chrome-extension://${extensionId}/privacy.html`);
  await expect(privacy.getByRole('heading', { level: 1 }).first()).toContainText('privacyverklaring');
  await expect(privacy.locator('main')).toContainText('geen netwerkverzoeken');
  expect(await violations(privacy, [['main']])).toEqual([]);
});

test('the overview, a melding draft, a case and the fill panel pass an axe check', async ({ context, page, server, extensionId }) => {
  await page.goto(`${server.url}/parnassys/leerling/900101`);
  await page.locator('[data-testid="ts-follow"]').click();
  await expect(page.locator('[data-testid="ts-sidebar"] [data-testid="ts-case"]')).toBeVisible();
  expect(await violations(page, [['thuiszitter-signaal']])).toEqual([]);
  const opened = context.waitForEvent('page');
  await page.locator('[data-testid="ts-melding-swv"]').click();
  const draft = await opened;
  await expect(draft.locator('[data-testid="ts-draft"]')).toBeVisible();
  expect(await violations(draft, [['main']])).toEqual([]);
  await draft.goto(`chrome-extension://${extensionId}/dashboard.html#/`);
  await expect(draft.locator('[data-testid="ts-row"]')).not.toHaveCount(0);
  expect(await violations(draft, [['main']])).toEqual([]);
  await draft.locator('[data-testid="ts-row"] a').first().click();
  await expect(draft.locator('[data-testid="ts-case"]')).toBeVisible();
  expect(await violations(draft, [['main']])).toEqual([]);
  await page.goto(`${server.url}/kindkans/aanmelding`);
  await page.locator('[data-testid="ts-fill"]').click();
  await page.locator('[data-testid="ts-fill-confirm"]').click();
  expect(await violations(page, [['thuiszitter-invullen']])).toEqual([]);
});

test('first use opens the onboarding; an invalid setting is refused with a clear message', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#welkom`);
  await expect(options.getByTestId('ts-onboarding')).toBeVisible();
  await options.getByLabel('Schooltype').selectOption('vo');
  await options.getByTestId('ts-onboarding-done').click();
  await expect(options.getByTestId('ts-onboarding')).toHaveCount(0);
  await options.getByLabel('BRIN-nummer').fill('12345');
  await options.getByTestId('ts-profile-save').click();
  await expect(options.getByTestId('ts-profile-message')).toContainText('BRIN');
  await options.getByLabel('BRIN-nummer').fill('99XX');
  await options.getByLabel('E-mailadres melder').fill('ib@demoschool.example');
  await options.getByTestId('ts-profile-save').click();
  await expect(options.getByTestId('ts-profile-message')).toHaveText('Opgeslagen.');
  await options.getByLabel(/Thuiszitter: langer dan/).fill('6');
  await expect(options.getByTestId('ts-rules-message')).toHaveText('Opgeslagen.');
  await options.reload();
  await expect(options.getByTestId('ts-onboarding')).toHaveCount(0);
  await expect(options.getByLabel(/Thuiszitter: langer dan/)).toHaveValue('6');
  await expect(options.getByLabel('BRIN-nummer')).toHaveValue('99XX');
  await options.getByTestId('ts-rules-reset').click();
  await expect(options.getByLabel(/Thuiszitter: langer dan/)).toHaveValue('');
});
