import { readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import { todayIso } from '../../lib/calendar/days.ts';
import { DEMO_PUPILS, demoSchoolCsv } from '../../scripts/demo/demoSchool.ts';
import { expect, test } from './fixtures.ts';
import type { Download, Page } from '@playwright/test';

async function saved(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  return { download, bytes: readFileSync((await download.path())!) };
}

async function importDemo(page: Page, extensionId: string, done = 'Klaar') {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/`);
  await page.locator('[data-testid="ts-import"]').setInputFiles({
    name: 'absenties-demoschool.csv', mimeType: 'text/csv',
    buffer: Buffer.concat([Buffer.from(demoSchoolCsv(todayIso())), Buffer.from('900199;Kapot;Bestand;;;;31-02-2026;;;OA;Ongeoorloofd;nee\r\n')]),
  });
  await expect(page.locator('[data-testid="ts-import-status"]')).toContainText(done);
}

const names = DEMO_PUPILS.flatMap((p) => [p.firstName, p.lastName]);

test('overview: a whole-school scan from an export, exports for Excel and the Inspectie', async ({ page, extensionId }) => {
  await importDemo(page, extensionId);
  // A bad row is listed with its row number; the rest is used.
  await expect(page.locator('[data-testid="ts-import-problems"]')).toContainText(/Rij \d+:/);
  const row = (id: string) => page.locator(`[data-testid="ts-row"][data-pupil="${id}"]`);
  await expect(row('900101')).toHaveAttribute('data-kinds', /thuiszitter/);
  await expect(row('900102')).toHaveAttribute('data-kinds', /thuiszitter/);
  await expect(row('900103')).toHaveAttribute('data-kinds', /dreigend-thuiszitter/);
  await expect(row('900105')).toHaveAttribute('data-kinds', /meldplicht-16-uur/);
  await expect(row('900107')).toHaveAttribute('data-kinds', /mazl/);
  await expect(row('900120')).toHaveCount(0);
  await expect(page.locator('[data-testid="ts-chart"]')).toBeVisible();

  // Filter and search.
  await page.getByLabel('Signaal', { exact: true }).selectOption('mazl');
  await expect(page.locator('[data-testid="ts-row"]')).toHaveCount(2);
  await page.getByLabel('Signaal', { exact: true }).selectOption('');
  await page.getByLabel('Zoeken', { exact: true }).fill('Voorbeeld');
  await expect(page.locator('[data-testid="ts-row"]')).toHaveCount(1);
  await page.getByLabel('Zoeken', { exact: true }).fill('');

  // CSV for Dutch Excel: BOM, ";" and dd-mm-jjjj.
  const csv = await saved(page, () => page.locator('[data-testid="ts-export-csv"]').click());
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('Naam;Leerlingnummer;Klas/groep;Signaal;Sinds;Schooldagen;Leerplicht;Fase;Volgende termijn');
  const daan = lines.find((l) => l.startsWith('Daan Voorbeeld;900101;6B;Mogelijk thuiszitter'))!;
  expect(daan.split(';')[4]).toMatch(/^\d{2}-\d{2}-\d{4}$/);

  // XLSX, read back.
  const xlsx = await saved(page, () => page.locator('[data-testid="ts-export-xlsx"]').click());
  expect(xlsx.download.suggestedFilename()).toMatch(/\.xlsx$/);
  const sheet = await readSheet(xlsx.bytes);
  expect(sheet[0]).toEqual(['Naam', 'Leerlingnummer', 'Klas/groep', 'Signaal', 'Sinds', 'Schooldagen', 'Leerplicht', 'Fase', 'Volgende termijn']);
  expect(sheet.some((r) => r[1] === '900101' && r[3] === 'Mogelijk thuiszitter')).toBe(true);
  expect(sheet.length).toBe(lines.filter(Boolean).length);

  // The Inspectie's registration: categories, pseudonyms, no names or numbers.
  const inspectie = await saved(page, () => page.locator('[data-testid="ts-export-inspectie"]').click());
  const register = await readSheet(inspectie.bytes);
  expect(register[0]).toEqual(['Pseudoniem', 'Categorie', 'Startdatum', 'Einddatum', 'Nog thuiszitter']);
  const categories = register.slice(1).map((r) => r[1]);
  expect(categories).toContain('Langdurig relatief verzuim, 4 weken tot 3 maanden');
  expect(categories).toContain('Langdurig relatief verzuim, langer dan 3 maanden');
  expect(categories).toContain('Vrijstelling art. 5 onder a');
  const text = register.flat().join(' ');
  for (const p of DEMO_PUPILS) expect(text).not.toContain(p.id);
  for (const name of names) expect(text).not.toContain(name);
  expect(register.slice(1).every((r) => /^TZ-[0-9A-F]{10}$/.test(String(r[0])))).toBe(true);
  // The same pupils get the same pseudonyms in the next round.
  const again = await readSheet((await saved(page, () => page.locator('[data-testid="ts-export-inspectie"]').click())).bytes);
  expect(again.map((r) => r[0])).toEqual(register.map((r) => r[0]));
});

test('backup, wipe and restore: everything comes back', async ({ page, extensionId }) => {
  await importDemo(page, extensionId);
  await page.getByRole('button', { name: 'Daan Voorbeeld volgen' }).click();
  await expect(page.locator('[data-testid="ts-row"][data-pupil="900101"]').getByRole('link', { name: 'Zaak' })).toBeVisible();
  await saved(page, () => page.locator('[data-testid="ts-export-inspectie"]').click());

  const backup = await saved(page, () => page.locator('[data-testid="ts-backup"]').click());
  const json = JSON.parse(backup.bytes.toString('utf8')) as { tables: { cases: unknown[]; registratie: unknown[] } };
  expect(json.tables.cases).toHaveLength(1);
  expect(json.tables.registratie.length).toBeGreaterThan(0);

  await page.locator('[data-testid="ts-wipe"]').click();
  await page.locator('[data-testid="ts-wipe-confirm"]').click();
  await expect(page.locator('[data-testid="ts-data-message"]')).toContainText('gewist');
  await page.reload();
  await expect(page.locator('[data-testid="ts-row"]')).toHaveCount(0);

  // A broken file is refused and changes nothing.
  await page.locator('[data-testid="ts-restore"]').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"thuiszitter-signaal-backup","version":1,') });
  await expect(page.locator('[data-testid="ts-data-message"]')).toContainText('Er is niets veranderd');

  // A tampered backup (an unknown region) is refused too: the extension would be unusable after it.
  const tampered = { ...JSON.parse(backup.bytes.toString('utf8')), settings: { preset: 'bestaat-niet' } };
  await page.locator('[data-testid="ts-restore"]').setInputFiles({ name: 'gewijzigd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
  await expect(page.locator('[data-testid="ts-data-message"]')).toContainText('Er is niets veranderd');
  await page.reload();
  await expect(page.locator('[data-testid="ts-row"]')).toHaveCount(0);

  await page.locator('[data-testid="ts-restore"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup.bytes });
  await expect(page.locator('[data-testid="ts-data-message"]')).toContainText('Hersteld: 1 zaken');
  await page.reload();
  const restored = page.locator('[data-testid="ts-row"][data-pupil="900101"]');
  await expect(restored).toBeVisible();
  await restored.getByRole('link', { name: 'Zaak' }).click();
  await expect(page.locator('[data-testid="ts-case"]')).toHaveAttribute('data-phase', 'signaleren');
});

test('Te doen: signalled pupils nobody acted on, oldest first; following or "Gezien" takes them off', async ({ page, extensionId }) => {
  await importDemo(page, extensionId);
  await page.getByTestId('ts-todo-tab').click();
  const todo = page.locator('[data-testid="ts-todo"]');
  await expect(todo.first()).toBeVisible();
  const count = await todo.count();
  const days = await todo.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-days'))));
  // Oldest signal first: the days since it fired never grow down the list.
  expect(days).toEqual([...days].sort((a, b) => b - a));
  const first = await todo.first().getAttribute('data-pupil');

  // Without a name nothing is saved.
  await page.getByLabel('Gezien door').fill('');
  await todo.first().getByTestId('ts-ack').click();
  await expect(page.getByRole('alert')).toContainText('wie het gezien heeft');
  await expect(todo).toHaveCount(count);

  await page.getByLabel('Gezien door').fill('IB-er De Demoschool');
  await todo.first().getByRole('textbox').fill('Ouders gebeld, afspraak donderdag');
  await todo.first().getByTestId('ts-ack').click();
  await expect(page.locator(`[data-testid="ts-todo"][data-pupil="${first}"]`)).toHaveCount(0);
  await expect(todo).toHaveCount(count - 1);

  // Following a pupil is acting too.
  const second = await todo.first().getAttribute('data-pupil');
  await page.getByTestId('ts-all-tab').click();
  await page.locator(`[data-testid="ts-row"][data-pupil="${second}"]`).getByRole('button', { name: /volgen/ }).click();
  await expect(page.locator(`[data-testid="ts-row"][data-pupil="${second}"]`).getByRole('link', { name: 'Zaak' })).toBeVisible();
  await page.getByTestId('ts-todo-tab').click();
  await expect(page.locator(`[data-testid="ts-todo"][data-pupil="${second}"]`)).toHaveCount(0);
  await expect(todo).toHaveCount(count - 2);
});

test('the extension’s pages follow the language chosen in Options (English as the second language)', async ({ context, page, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('#lang').selectOption('en');
  await expect(options.locator('h1')).toHaveText('Thuiszitter-signaal – settings');
  await expect(options.locator('html')).toHaveAttribute('lang', 'en');
  await expect(options.getByText('School times', { exact: true })).toBeVisible();
  // The overview opened after the choice is English from the start, and so is its import.
  await importDemo(page, extensionId, 'Done');
  await expect(page.locator('h1')).toHaveText('Thuiszitter-signaal — overview');
  await expect(page.getByRole('button', { name: 'Export as CSV (Excel)' })).toBeVisible();
  // And back: the open page follows a change made in another tab.
  await options.locator('#lang').selectOption('nl');
  await expect(page.locator('h1')).toHaveText('Thuiszitter-signaal — overzicht');
  await options.close();
});
