declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
  runtime: { getManifest(): { version: string } };
  action: { getBadgeText(details: object): Promise<string> };
};
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { isoToDay, todayIso } from '../../lib/calendar/days.ts';
import { SchoolCalendar } from '../../lib/calendar/schoolCalendar.ts';
import { DEMO_SCHOOLTIJDEN, demoRows } from '../../scripts/demo/demoSchool.ts';
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/browser.ts';
import { DEMO_SETTINGS, expect, storeSettings, test } from './fixtures.ts';

const SETTINGS = {
  school: { name: 'De Demoschool', leslocatie: 'Hoofdgebouw', schooltijden: DEMO_SCHOOLTIJDEN },
  melder: { naam: 'A. Administratie', functie: 'Leerlingadministratie', telefoon: '030-1234567', email: 'administratie@demoschool.example' },
};

/** What Options would store: set through the extension's own storage. */
async function configure(context: BrowserContext) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate((settings) => chrome.storage.local.set({ settings }), SETTINGS);
}

function firstAbsence(id: string): string {
  const calendar = new SchoolCalendar();
  return demoRows(todayIso()).filter((r) => r.pupil.id === id && calendar.isSchoolDay(isoToDay(r.date)))[0]!.date;
}
const dutch = (iso: string) => iso.split('-').reverse().join('-');

/** Clicks a sidebar button and returns the extension page it opens. */
async function openDraft(context: BrowserContext, page: Page, testid: string): Promise<Page> {
  const opened = context.waitForEvent('page');
  await page.locator(`[data-testid="${testid}"]`).click();
  const draft = await opened;
  await draft.waitForLoadState();
  await expect(draft.locator('[data-testid="ts-draft"]')).toBeVisible();
  return draft;
}

test('DUO verzuimmelding: from the signal to a filled Verzuimloket form, BSN read from the page', async ({ context, page, server }) => {
  await configure(context);
  await page.goto(`${server.url}/parnassys/leerling/900101`);
  const draft = await openDraft(context, page, 'ts-melding-leerplicht');
  expect(draft.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/dashboard\.html#\/melding\//);
  // The BSN shown on the pupil's card, masked.
  await expect(draft.locator('[data-testid="ts-person-number"]')).toHaveText('******333');
  await expect(draft.locator('#soort')).toHaveValue('lrv');
  await expect(draft.locator('#begin')).toHaveValue(firstAbsence('900101'));
  await expect(draft.locator('[data-testid="ts-draft-problems"]')).toContainText('Vermoedelijke reden is verplicht.');
  await draft.locator('#reden').fill('Angst om naar school te gaan');
  await draft.locator('#actie').fill('Huisbezoek op maandag; gesprek met ouders en IB-er');
  await expect(draft.locator('[data-testid="ts-draft"]')).toHaveAttribute('data-complete', 'true');

  const form = await context.newPage();
  await form.goto(`${server.url}/duo/verzuimloket`);
  await form.locator('[data-testid="ts-fill"]').click();
  await form.locator('[data-testid="ts-fill-confirm"]').click();
  await expect(form.locator('[data-testid="ts-fill-result"]')).toContainText('velden ingevuld');
  await expect(form.locator('#bsn')).toHaveValue('111222333');
  await expect(form.locator('#onr')).toHaveValue('');
  await expect(form.locator('#soort')).toHaveValue('LRV');
  await expect(form.locator('#begin')).toHaveValue(dutch(firstAbsence('900101')));
  // Still away: no einddatum yet.
  await expect(form.locator('#eind')).toHaveValue('');
  await expect(form.locator('input[name="alleLessen"][value="J"]')).toBeChecked();
  await expect(form.locator('#reden')).toHaveValue('Angst om naar school te gaan');
  await expect(form.locator('#actie')).toHaveValue('Huisbezoek op maandag; gesprek met ouders en IB-er');
  await expect(form.locator('input[name="actieOndernemen"][value="J"]')).toBeChecked();
  await expect(form.locator('#loc')).toHaveValue('Hoofdgebouw');
  await expect(form.locator('#mnaam')).toHaveValue('A. Administratie');
  await expect(form.locator('#mfunctie')).toHaveValue('Leerlingadministratie');
  await expect(form.locator('#mtel')).toHaveValue('030-1234567');
  await expect(form.locator('#mmail')).toHaveValue('administratie@demoschool.example');
  // Left for the user, and outlined; nothing was sent.
  await expect(form.locator('#adres')).toHaveCSS('outline-style', 'dashed');
  await expect(form.locator('#sent')).toHaveText('');

  // The same draft fills the ParnasSys-style melding screen (date inputs, aria-labels, checkboxes).
  await form.goto(`${server.url}/parnassys/melding/900101`);
  await form.locator('[data-testid="ts-fill"]').click();
  await form.locator('[data-testid="ts-fill-confirm"]').click();
  await expect(form.locator('#pgn')).toHaveValue('111222333');
  await expect(form.locator('#vs')).toHaveValue('2');
  await expect(form.locator('input[aria-label="Begindatum verzuim"]')).toHaveValue(firstAbsence('900101'));
  await expect(form.locator('input[name="alleLessenGemist"]')).toBeChecked();
  await expect(form.locator('input[name="actieGemeenteGewenst"]')).toBeChecked();
  await expect(form.locator('#ll')).toHaveValue('Hoofdgebouw');
  await expect(form.locator('input[aria-label="E-mailadres melder"]')).toHaveValue('administratie@demoschool.example');

  // Print view and copy as text.
  await draft.bringToFront();
  await draft.emulateMedia({ media: 'print' });
  await expect(draft.locator('.print-only')).toContainText('Langdurig relatief verzuim');
  await expect(draft.locator('.print-only')).toContainText('******333');
  await draft.emulateMedia({ media: 'screen' });
});

test('SWV melding: fills the React-controlled Kindkans form, never a BSN', async ({ context, page, server }) => {
  await configure(context);
  await page.goto(`${server.url}/parnassys/leerling/900101`);
  const draft = await openDraft(context, page, 'ts-melding-swv');
  await draft.locator('#inzet').fill('Huisbezoek, twee gesprekken met ouders, jeugdarts ingeschakeld');
  await draft.getByLabel('Jeugdarts').check();
  await draft.getByLabel('Leerplicht').check();
  await draft.locator('#wensen').fill('Terug naar de eigen groep, eerst halve dagen');
  await expect(draft.locator('#contact')).toHaveValue(/A\. Administratie/);
  await expect(draft.locator('[data-testid="ts-draft"]')).toHaveAttribute('data-complete', 'true');

  const form = await context.newPage();
  await form.goto(`${server.url}/kindkans/aanmelding`);
  await form.locator('[data-testid="ts-fill"]').click();
  await form.locator('[data-testid="ts-fill-confirm"]').click();
  await expect(form.locator('[data-testid="ts-fill-result"]')).toContainText('velden ingevuld');
  await expect(form.locator('#naam')).toHaveValue('Daan Voorbeeld');
  await expect(form.locator('#school')).toHaveValue('De Demoschool');
  await expect(form.locator('#groep')).toHaveValue('6B');
  await expect(form.locator('#startdatum')).toHaveValue(dutch(firstAbsence('900101')));
  await expect(form.locator('#geboortedatum')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expect(form.locator('#hulpvraag')).toHaveValue(/Thuiszitter/);
  await expect(form.locator('#inzet')).toHaveValue('Huisbezoek, twee gesprekken met ouders, jeugdarts ingeschakeld');
  await expect(form.locator('#wensen')).toHaveValue('Terug naar de eigen groep, eerst halve dagen');
  await expect(form.getByLabel('Jeugdarts')).toBeChecked();
  await expect(form.getByLabel('Leerplicht')).toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'Ouders', exact: true })).not.toBeChecked();
  await expect(form.locator('#bsn')).toHaveValue('');
  // React saw every value (a controlled form undoes values it did not see).
  const state = JSON.parse((await form.locator('[data-testid="react-state"]').textContent()) ?? '{}') as Record<string, unknown>;
  expect(state).toMatchObject({ naam: 'Daan Voorbeeld', school: 'De Demoschool', groep: '6B', bsn: '', betrokken: ['Jeugdarts', 'Leerplicht'] });
  expect(await form.content()).not.toContain('111222333');

  // A BSN typed into the SWV draft stops the filling altogether.
  await draft.bringToFront();
  await draft.locator('#wensen').fill('Zie dossier 111222333');
  await expect(draft.locator('[data-testid="ts-draft-problems"]')).toContainText('BSN');
  await form.reload();
  await form.locator('[data-testid="ts-fill"]').click();
  await expect(form.locator('[data-testid="ts-fill-result"]')).toContainText('geen BSN');
  await expect(form.locator('#wensen')).toHaveValue('');
  expect(await form.content()).not.toContain('111222333');
});

test('meldmomenten: the oldest open one leads with its deadline; "melding is gedaan" reports it and the next leads', async ({ context, page, server }) => {
  await configure(context);
  await page.goto(`${server.url}/parnassys/leerling/900104`);
  const signal = page.locator('[data-testid="ts-sidebar"] [data-testid="ts-signal"][data-kind="meldplicht-16-uur"]');
  const moments = signal.locator('[data-testid="ts-meldmoment"]');
  await expect(moments.first()).toBeVisible();
  const count = await moments.count();
  expect(count).toBeGreaterThan(1);
  const first = { begin: await moments.first().getAttribute('data-begin'), deadline: await moments.first().getAttribute('data-deadline') };
  await expect(moments.first()).toHaveAttribute('data-status', /^(open|verlopen)$/);
  // The signal's own dates are those of the oldest open moment.
  await expect(signal).toHaveAttribute('data-since', first.begin!);

  const draft = await openDraft(context, page, 'ts-melding-leerplicht');
  await expect(draft.locator('#begin')).toHaveValue(first.begin!);
  await draft.locator('[data-testid="ts-melding-done"]').click();
  await expect(draft.getByRole('status').filter({ hasText: 'Vastgelegd' })).toBeVisible();

  await page.bringToFront();
  await page.reload();
  await expect(moments).toHaveCount(count);
  await expect(signal.locator(`[data-testid="ts-meldmoment"][data-begin="${first.begin}"]`)).toHaveAttribute('data-status', 'gemeld');
  // Reported moments go to the end; the next unreported one leads.
  await expect(moments.first()).not.toHaveAttribute('data-status', 'gemeld');
  const next = await moments.first().getAttribute('data-begin');
  expect(next! > first.begin!).toBe(true);
  await expect(signal).toHaveAttribute('data-since', next!);

  // The next moment decided not to report, with a reason: no longer open, and the reason is shown.
  const second = await openDraft(context, page, 'ts-melding-leerplicht');
  await expect(second.locator('#begin')).toHaveValue(next!);
  await second.getByTestId('ts-melding-skip').click();
  await expect(second.getByRole('status').filter({ hasText: 'Niet vastgelegd' })).toContainText('reden');
  await second.getByTestId('ts-melding-skip-reason').fill('verlof achteraf toegekend');
  await second.getByTestId('ts-melding-skip').click();
  await expect(second.getByRole('status').filter({ hasText: 'niet gemeld' })).toBeVisible();
  await page.bringToFront();
  await page.reload();
  const skipped = signal.locator(`[data-testid="ts-meldmoment"][data-begin="${next}"]`);
  await expect(skipped).toHaveAttribute('data-status', 'afgezien');
  await expect(skipped).toContainText('verlof achteraf toegekend');

  // Followed: the case lists the meldingen made; leerplicht's status and the einddatum are kept there.
  await page.locator('[data-testid="ts-follow"]').click();
  const opened = context.waitForEvent('page');
  await page.locator('[data-testid="ts-case-open"]').click();
  const casePage = await opened;
  const made = casePage.locator('[data-testid="ts-made"]');
  await expect(made).toHaveCount(2);
  await made.first().getByTestId('ts-made-status').selectOption('afgesloten');
  await made.first().getByTestId('ts-made-einddatum').fill(first.begin!);
  await expect(casePage.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await casePage.reload();
  await expect(made.first()).toHaveAttribute('data-status', 'afgesloten');
  await expect(made.first().getByTestId('ts-made-einddatum')).toHaveValue(first.begin!);
});

test('a pupil who is not yet leerplichtig: no DUO melding, the sidebar says why; the SWV melding is there', async ({ page, server }) => {
  await page.goto(`${server.url}/parnassys/leerling/900110`);
  await expect(page.locator('[data-testid="ts-melding-leerplicht"]')).toBeDisabled();
  await expect(page.locator('[data-testid="ts-melding-leerplicht-reason"]')).toContainText('Nog niet leerplichtig');
  await expect(page.locator('[data-testid="ts-melding-swv"]')).toBeEnabled();
});

/**
 * The extension reload is done as an update between two browser runs: the unpacked extension's
 * version changes on disk and Chromium loads the new one (chrome.runtime.reload() disables an
 * extension loaded with --load-extension in this Chromium, so it cannot stand in for an update).
 */
test('a followed case shows its phase and overdue term, and survives a browser restart and an extension update', async ({ server }) => {
  const profile = mkdtempSync(join(tmpdir(), 'ts-profile-'));
  const extension = mkdtempSync(join(tmpdir(), 'ts-extension-'));
  cpSync(EXTENSION_DIR, extension, { recursive: true });
  try {
    let context = await launchWithExtension(profile, true, extension);
    await storeSettings(context, DEMO_SETTINGS);
    let page = await context.newPage();
    await page.goto(`${server.url}/parnassys/leerling/900101`);
    await page.locator('[data-testid="ts-follow"]').click();
    const sidebarCase = page.locator('[data-testid="ts-sidebar"] [data-testid="ts-case"]');
    await expect(sidebarCase).toHaveAttribute('data-phase', 'signaleren');
    // The demo pupil has been away for weeks: the DUO melding's 5 werkdagen have passed.
    await expect(sidebarCase).toHaveAttribute('data-overdue', 'true');
    await expect(sidebarCase).toContainText('Melding bij leerplicht (DUO)');
    await expect(page.locator('[data-testid="ts-badge"]')).toHaveAttribute('data-overdue', 'true');
    // The toolbar button counts the cases with an overdue term.
    const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await expect.poll(() => background.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');

    // The case page: terms, and the next phase.
    const opened = context.waitForEvent('page');
    await page.locator('[data-testid="ts-case-open"]').click();
    const casePage = await opened;
    await expect(casePage.locator('[data-testid="ts-case-terms"] tr[data-term="melding-duo"]')).toHaveAttribute('data-overdue', 'true');
    await expect(casePage.locator('[data-testid="ts-case-terms"] tr[data-term="thuiszitterspact"]')).toBeVisible();
    await casePage.locator('[data-testid="ts-case-next"]').click();
    await expect(casePage.locator('[data-testid="ts-case"]')).toHaveAttribute('data-phase', 'in-kaart');
    await casePage.locator('#notes').fill('Gesprek met moeder gepland');
    await expect(casePage.getByRole('status').first()).toHaveText('Opgeslagen.');
    await context.close();

    // Browser restart with the same profile.
    context = await launchWithExtension(profile, true, extension);
    page = await context.newPage();
    await page.goto(`${server.url}/parnassys/leerling/900101`);
    await expect(page.locator('[data-testid="ts-sidebar"] [data-testid="ts-case"]')).toHaveAttribute('data-phase', 'in-kaart');
    await context.close();

    // The extension is updated: a new version is loaded into the same profile.
    const manifestPath = join(extension, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: '99.0.0' }));
    context = await launchWithExtension(profile, true, extension);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('99.0.0');
    const extensionId = new URL(worker.url()).host;
    const overview = await context.newPage();
    await overview.goto(`chrome-extension://${extensionId}/dashboard.html#/`);
    const row = overview.locator('[data-testid="ts-row"][data-pupil="900101"]');
    await expect(row).toHaveAttribute('data-overdue', 'true');
    await row.getByRole('link', { name: 'Zaak' }).click();
    await expect(overview.locator('#notes')).toHaveValue('Gesprek met moeder gepland');
    page = await context.newPage();
    await page.goto(`${server.url}/parnassys/leerling/900101`);
    await expect(page.locator('[data-testid="ts-sidebar"] [data-testid="ts-case"]')).toHaveAttribute('data-phase', 'in-kaart');
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(extension, { recursive: true, force: true });
  }
});
