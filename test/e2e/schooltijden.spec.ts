import { expect, storeSettings, test } from './fixtures.ts';

test('a page read in the morning: today without registrations does not end the streak, and the sidebar says "t/m gisteren"', async ({ page, server }) => {
  await page.goto(`${server.url}/parnassys/ochtend/900101`);
  const badge = page.locator('[data-testid="ts-badge"]');
  await expect(badge).toHaveAttribute('data-level', 'thuiszitter');
  const sidebar = page.locator('[data-testid="ts-sidebar"]');
  await expect(sidebar.locator('[data-testid="ts-evaluated-until"]')).toHaveText('Beoordeeld t/m gisteren: vandaag is nog niets geregistreerd.');
  await expect(sidebar.locator('[data-testid="ts-signal"][data-kind="thuiszitter"]')).toBeVisible();
});

test('without schooltijden the sidebar says so and guesses no hours; set in Options, the signals follow them', async ({ context, page, server, extensionId }) => {
  await storeSettings(context, {});
  // Four whole days, three weeks ago: the 16-uur melding needs the length of those days.
  await page.goto(`${server.url}/parnassys/leerling/900106`);
  const sidebar = page.locator('[data-testid="ts-sidebar"]');
  await expect(page.locator('[data-testid="ts-badge"]')).toHaveAttribute('data-level', 'geen');
  await expect(sidebar.locator('[data-testid="ts-timetable-missing"]')).toContainText('Schooltijden niet (volledig) ingesteld');
  await expect(sidebar.locator('[data-testid="ts-note"][data-kind="uren-onbekend"]')).toContainText('16 uur niet te beoordelen');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const table = options.locator('[data-testid="ts-schooltijden"]');
  for (const day of ['ma', 'di', 'wo', 'do', 'vr']) {
    await table.locator(`[data-day="${day}"] [data-field="start"]`).fill('08:30');
    await table.locator(`[data-day="${day}"] [data-field="end"]`).fill(day === 'wo' ? '12:15' : '14:00');
  }
  await options.locator('[data-testid="ts-save-schooltijden"]').click();
  await expect(table.getByRole('status')).toContainText('Schooltijden opgeslagen');
  // A wrong row is refused with a clear message.
  await table.locator('[data-day="vr"] [data-field="end"]').fill('08:00');
  await options.locator('[data-testid="ts-save-schooltijden"]').click();
  await expect(table.getByRole('alert')).toContainText('vrijdag: de eindtijd ligt niet na de begintijd');
  await options.reload();
  await expect(options.locator('[data-day="wo"] [data-field="end"]')).toHaveValue('12:15');
  await expect(options.locator('[data-day="vr"] [data-field="end"]')).toHaveValue('14:00');

  await page.reload();
  await expect(page.locator('[data-testid="ts-badge"]')).toHaveAttribute('data-level', 'meldplicht-16-uur');
  await expect(sidebar.locator('[data-testid="ts-timetable-missing"]')).toHaveCount(0);
  await expect(sidebar.locator('[data-testid="ts-signal"][data-kind="meldplicht-16-uur"]')).toContainText('Schooltijden: ma–di 08:30–14:00; wo 08:30–12:15; do–vr 08:30–14:00');
});
