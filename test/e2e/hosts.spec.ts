import { isoToDay, todayIso } from '../../lib/calendar/days.ts';
import { SchoolCalendar } from '../../lib/calendar/schoolCalendar.ts';
import { demoRows } from '../../scripts/demo/demoSchool.ts';
import { expect, test } from './fixtures.ts';

const calendar = new SchoolCalendar();
const schoolRows = (id: string) => demoRows(todayIso()).filter((r) => r.pupil.id === id && calendar.isSchoolDay(isoToDay(r.date)));

test('EduArte deelnemer page: the title bar names the pupil, Datum/tijd periods are read as every day in them', async ({ page, server }) => {
  await page.goto(`${server.url}/eduarte/deelnemer/900102`);
  const badge = page.locator('[data-testid="ts-badge"]');
  await expect(badge).toHaveAttribute('data-pupil', '900102');
  await expect(badge).toHaveAttribute('data-level', 'thuiszitter');
  const coverage = page.locator('[data-testid="ts-sidebar"] [data-testid="ts-coverage"]');
  await expect(coverage).toHaveAttribute('data-complete', 'true');
  await expect(coverage).toHaveAttribute('data-from', schoolRows('900102')[0]!.date);
  await expect(coverage).toContainText('Gelezen:');
});

test('the sidebar says what it read: registrations, days and where from', async ({ page, server }) => {
  await page.goto(`${server.url}/parnassys/leerling/900101`);
  const coverage = page.locator('[data-testid="ts-sidebar"] [data-testid="ts-coverage"]');
  await expect(coverage).toHaveAttribute('data-records', String(demoRows(todayIso()).filter((r) => r.pupil.id === '900101').length));
  await expect(coverage).toHaveAttribute('data-from', schoolRows('900101')[0]!.date);
  await expect(coverage).toHaveAttribute('data-complete', 'true');
  await expect(coverage).toContainText(/Gelezen: \d+ registraties, .* uit de pagina\./);
});

test('a page that covers only two weeks says "niet te beoordelen"', async ({ page, server }) => {
  await page.goto(`${server.url}/parnassys/twee-weken/900101`);
  const sidebar = page.locator('[data-testid="ts-sidebar"]');
  const coverage = sidebar.locator('[data-testid="ts-coverage"]');
  await expect(coverage).toHaveAttribute('data-complete', 'false');
  await expect(coverage).toContainText('een thuiszitter (langer dan 4 lesweken) is niet te beoordelen');
  // Two weeks away: dreigend at most, never the thuiszitter the full card shows.
  await expect(page.locator('[data-testid="ts-badge"]')).not.toHaveAttribute('data-level', 'thuiszitter');
});

test('a pupil without a signal on a page that covers too little is "niet te beoordelen", not a silent nothing', async ({ page, server }) => {
  // Finn's sick days, limited to the last two weeks: too short for any judgement of thuiszitten.
  await page.goto(`${server.url}/parnassys/twee-weken/900107`);
  const sidebar = page.locator('[data-testid="ts-sidebar"]');
  await expect(page.locator('[data-testid="ts-badge"]')).toHaveAttribute('data-level', 'geen');
  await expect(page.locator('[data-testid="ts-badge"]')).toHaveText('Niet te beoordelen');
  await expect(sidebar.locator('[data-testid="ts-no-signal"]')).toContainText('Niet te beoordelen');
});
