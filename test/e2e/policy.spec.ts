/**
 * Central configuration by policy, as a school's IT department deploys it (POLICY.md): Chromium reads
 * /etc/chromium/policies/managed/*.json at start; the policy's 3rdparty part reaches the extension
 * (its id pinned by the end-to-end build's key) through storage.managed. CI runs as root and may write
 * there; the file is removed afterwards, whatever happens.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test } from './fixtures.ts';

/** The id Chromium derives from the key in the end-to-end manifest (wxt.config.ts). */
const EXTENSION_ID = 'cdflamanmiacfdgjpdhbdlbmfgjnkned';
const POLICY_FILE = '/etc/chromium/policies/managed/thuiszitter-signaal-e2e.json';
const POLICY = { regioProtocol: 'ppo-rotterdam', schooltype: 'vo', brin: '12AB', leslocatie: 'Hoofdgebouw', melder: { naam: 'B. Beheer' } };

let writable = true;
test.beforeAll(() => {
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: POLICY } } }));
  } catch {
    writable = false;
  }
});
test.afterAll(() => rmSync(POLICY_FILE, { force: true }));

test('settings set by the school’s policy: read-only in Options, onboarding skips them, signals and meldingen follow them', async ({ context, page, server, extensionId }) => {
  test.skip(!writable, `${POLICY_FILE} is not writable here (CI runs as root and writes it)`);
  expect(extensionId).toBe(EXTENSION_ID);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#welkom`);
  // Set by policy: shown, marked, not editable.
  await expect(options.locator('#preset')).toHaveValue('ppo-rotterdam');
  await expect(options.locator('#preset')).toHaveAttribute('data-managed', 'true');
  await expect(options.locator('#preset')).toBeDisabled();
  await expect(options.locator('#schooltype')).toHaveValue('vo');
  await expect(options.locator('#schooltype')).toHaveAttribute('data-managed', 'true');
  await expect(options.locator('#profile-school-brin')).toHaveValue('12AB');
  await expect(options.locator('#profile-school-brin')).toHaveAttribute('data-managed', 'true');
  await expect(options.locator('#profile-school-brin')).not.toBeEditable();
  await expect(options.getByText('Ingesteld door uw school').first()).toBeVisible();
  // Not set by policy: the school's own, editable.
  await expect(options.locator('#regio')).toBeEnabled();
  await expect(options.locator('#regio')).not.toHaveAttribute('data-managed', 'true');
  await expect(options.locator('#profile-school-name')).toBeEditable();
  // Onboarding asks only for the rest.
  await expect(options.locator('[data-testid="ts-onboarding"]')).toContainText('Uw school heeft al ingesteld: regioprotocol, schooltype.');
  // Saving the profile keeps the policy's values out of the school's own settings.
  await options.locator('#profile-school-name').fill('De Beleidsschool');
  await options.locator('[data-testid="ts-profile-save"]').click();
  await expect(options.locator('[data-testid="ts-profile-message"]')).toHaveText('Opgeslagen.');
  const stored = await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('settings'));
  expect(stored.settings).toMatchObject({ school: { name: 'De Beleidsschool' } });
  expect(JSON.stringify(stored.settings)).not.toContain('12AB');
  await options.close();

  // The signals on a page follow the policy's region protocol.
  await page.goto(`${server.url}/parnassys/leerling/900101`);
  const sidebar = page.locator('[data-testid="ts-sidebar"]');
  await expect(sidebar).toContainText('Volgende stappen — PPO Rotterdam – Aanpak thuiszitters');
  // And the melding is pre-filled from it.
  const opened = context.waitForEvent('page');
  await page.locator('[data-testid="ts-melding-leerplicht"]').click();
  const draft = await opened;
  await draft.waitForLoadState();
  await expect(draft.locator('[data-testid="ts-draft"]')).toBeVisible();
  await draft.locator('#reden').fill('Angst om naar school te gaan');
  await draft.locator('#actie').fill('Huisbezoek');
  const form = await context.newPage();
  await form.goto(`${server.url}/duo/verzuimloket`);
  await form.locator('[data-testid="ts-fill"]').click();
  await form.locator('[data-testid="ts-fill-confirm"]').click();
  await expect(form.locator('#loc')).toHaveValue('Hoofdgebouw');
  await expect(form.locator('#mnaam')).toHaveValue('B. Beheer');
});
