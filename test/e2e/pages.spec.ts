import { isoToDay } from '../../lib/calendar/days.ts';
import { SchoolCalendar } from '../../lib/calendar/schoolCalendar.ts';
import { demoRows } from '../../scripts/demo/demoSchool.ts';
import { todayIso } from '../../lib/calendar/days.ts';
import { expect, test } from './fixtures.ts';

/** The first school day of a demo pupil's absences: where its streak starts, by construction of the demo. */
function firstAbsence(id: string): string {
  const calendar = new SchoolCalendar();
  return demoRows(todayIso()).filter((r) => r.pupil.id === id && calendar.isSchoolDay(isoToDay(r.date)))[0]!.date;
}

test('ParnasSys pupil card: thuiszitter badge next to the name, the sidebar explains why', async ({ page, server }) => {
  await page.goto(`${server.url}/parnassys/leerling/900101`);
  const badge = page.locator('[data-testid="ts-badge"]');
  await expect(badge).toHaveCount(1);
  await expect(badge).toHaveAttribute('data-level', 'thuiszitter');
  await expect(badge).toHaveAttribute('data-pupil', '900101');
  await expect(badge).toContainText(/Thuiszitter sinds \d+ \w+ — 35 schooldagen/);
  // The badge sits inside the name's cell.
  await expect(page.locator('dd.naam thuiszitter-badge')).toHaveCount(1);
  const sidebar = page.locator('[data-testid="ts-sidebar"]');
  await expect(sidebar).toBeVisible();
  const signal = sidebar.locator('[data-testid="ts-signal"][data-kind="thuiszitter"]');
  await expect(signal).toHaveAttribute('data-since', firstAbsence('900101'));
  await expect(sidebar.locator('[data-testid="ts-signal"][data-kind="meldplicht-16-uur"]')).toHaveCount(1);
  await expect(sidebar).toContainText('Leerplichtig tot en met');
  await expect(sidebar).toContainText('Volgende stappen');
});

test('ParnasSys pupil with sick leave: MAZL badge', async ({ page, server }) => {
  await page.goto(`${server.url}/parnassys/leerling/900108`);
  await expect(page.locator('[data-testid="ts-badge"]')).toHaveAttribute('data-level', 'mazl');
});

test('school overview: a badge per pupil, the sidebar lists the pupils with signals', async ({ page, server }) => {
  await page.goto(`${server.url}/parnassys/groep`);
  const badges = page.locator('[data-testid="ts-badge"]');
  await expect(badges).toHaveCount(21);
  const level = (id: string) => page.locator(`[data-testid="ts-badge"][data-pupil="${id}"]`);
  await expect(level('900101')).toHaveAttribute('data-level', 'thuiszitter');
  await expect(level('900102')).toHaveAttribute('data-level', 'thuiszitter');
  await expect(level('900103')).toHaveAttribute('data-level', 'meldplicht-16-uur');
  await expect(level('900106')).toHaveAttribute('data-level', 'meldplicht-16-uur');
  await expect(level('900107')).toHaveAttribute('data-level', 'mazl');
  await expect(level('900109')).toHaveAttribute('data-level', 'geen');
  await expect(level('900110')).toHaveAttribute('data-level', 'thuiszitter');
  await expect(level('900120')).toHaveAttribute('data-level', 'geen');
  const sidebar = page.locator('[data-testid="ts-sidebar"]');
  await expect(sidebar).toContainText('10 van 21 leerlingen met een signaal');
  // Clicking a badge opens that pupil's details.
  await level('900107').click();
  await expect(sidebar.locator('h3')).toHaveText('Finn Bedacht');
  await expect(sidebar.locator('[data-testid="ts-signal"]')).toHaveAttribute('data-kind', 'mazl');
});

test('Magister: Kendo grid read, lesson registrations make whole days', async ({ page, server }) => {
  await page.goto(`${server.url}/magister/afwezigheid`);
  const badge = page.locator('[data-testid="ts-badge"]');
  await expect(badge).toHaveAttribute('data-pupil', '900103');
  await expect(badge).toHaveAttribute('data-level', 'meldplicht-16-uur');
  await expect(page.locator('[data-testid="ts-signal"][data-kind="dreigend-thuiszitter"]')).toHaveAttribute('data-since', firstAbsence('900103'));
});

test('Somtoday: registrations read from their aria-labels, counted in lesuren', async ({ page, server }) => {
  await page.goto(`${server.url}/somtoday/registraties`);
  const badge = page.locator('[data-testid="ts-badge"]');
  await expect(badge).toHaveAttribute('data-level', 'meldplicht-16-uur');
  await expect(page.locator('[data-testid="ts-signal"]')).toContainText(['Meldplicht: 16 uur in 4 lesweken']);
});

test('single-page app: content that arrives late and changes is read again', async ({ page, server }) => {
  await page.goto(`${server.url}/spa`);
  const badge = page.locator('[data-testid="ts-badge"]');
  await expect(badge).toHaveAttribute('data-pupil', '900101');
  await expect(badge).toHaveAttribute('data-level', 'thuiszitter');
  await page.getByRole('button', { name: 'Finn Bedacht' }).click();
  await expect(badge).toHaveAttribute('data-pupil', '900107');
  await expect(badge).toHaveAttribute('data-level', 'mazl');
  await expect(badge).toHaveCount(1);
});

test('a page that never stops changing is still read (at most two seconds after a change)', async ({ page, server }) => {
  await page.goto(`${server.url}/spa`);
  const badge = page.locator('[data-testid="ts-badge"]');
  await expect(badge).toHaveAttribute('data-pupil', '900101');
  // A ticker that changes a large block every 100 ms: quiet time never comes.
  await page.evaluate(() => {
    const ticker = document.createElement('section');
    document.body.prepend(ticker);
    let n = 0;
    setInterval(() => (ticker.textContent = `Nieuws ${n++}: ${'het rooster van vandaag wordt bijgewerkt. '.repeat(10)}`), 100);
  });
  await page.getByRole('button', { name: 'Finn Bedacht' }).click();
  await expect(badge).toHaveAttribute('data-pupil', '900107', { timeout: 5_000 });
});

test('the sidebar is keyboard-usable, remembers being closed, and switches to English', async ({ page, server }) => {
  await page.goto(`${server.url}/parnassys/leerling/900101`);
  const sidebar = page.locator('[data-testid="ts-sidebar"]');
  await expect(sidebar).toBeVisible();
  await sidebar.getByRole('button', { name: 'Zijbalk sluiten' }).focus();
  await page.keyboard.press('Enter');
  await expect(sidebar).toBeHidden();
  await page.reload();
  await expect(page.locator('[data-testid="ts-badge"]')).toHaveAttribute('data-level', 'thuiszitter');
  await expect(sidebar).toBeHidden();
  await page.getByRole('button', { name: /^Thuiszitter-signaal( \(\d+\))?$/ }).click();
  await expect(sidebar).toBeVisible();
  await sidebar.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('[data-testid="ts-badge"]')).toContainText(/Thuiszitter since/);
  await sidebar.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('[data-testid="ts-badge"]')).toContainText(/Thuiszitter sinds/);
});

test('the keyboard focus stays on its control when the page is read again', async ({ page, server }) => {
  await page.goto(`${server.url}/parnassys/leerling/900101`);
  const sidebar = page.locator('[data-testid="ts-sidebar"]');
  await expect(sidebar).toContainText('Daan Voorbeeld');
  await sidebar.getByRole('button', { name: 'Zijbalk sluiten' }).focus();
  const focused = () => page.evaluate(() => document.querySelector('thuiszitter-signaal')!.shadowRoot!.activeElement?.getAttribute('aria-label') ?? null);
  expect(await focused()).toBe('Zijbalk sluiten');
  // The school's page changes: the extension reads it again and draws the sidebar anew.
  const before = await sidebar.elementHandle();
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Bijgewerkt om 10:15' })));
  await expect.poll(async () => (await sidebar.elementHandle())?.evaluate((el, old) => el !== old, before)).toBe(true);
  expect(await focused()).toBe('Zijbalk sluiten');
  await page.keyboard.press('Enter');
  await expect(sidebar).toBeHidden();
});

test('a page without absences: no badge, the sidebar says nothing was recognised', async ({ page, server }) => {
  await page.goto(`${server.url}/`);
  await expect(page.locator('thuiszitter-signaal')).toHaveCount(1);
  await expect(page.locator('[data-testid="ts-badge"]')).toHaveCount(0);
  await page.getByRole('button', { name: /^Thuiszitter-signaal( \(\d+\))?$/ }).click();
  const sidebar = page.locator('[data-testid="ts-sidebar"]');
  await expect(sidebar).toBeVisible();
  await expect(sidebar).toContainText('geen verzuimgegevens herkend');
});

test('"Leer deze pagina": the user maps the columns of an unknown system once, and the page is read from then on', async ({ page, server }) => {
  await page.goto(`${server.url}/onbekend/leerling/900103`);
  await page.getByRole('button', { name: /^Thuiszitter-signaal( \(\d+\))?$/ }).click();
  const sidebar = page.locator('[data-testid="ts-sidebar"]');
  await expect(sidebar).toContainText('geen verzuimgegevens herkend');
  await sidebar.getByTestId('ts-learn').click();
  await sidebar.getByTestId('ts-learn-table').first().click();
  const column = (i: number) => sidebar.locator(`[data-testid="ts-learn-column"][data-column="${i}"]`);
  // Without a date the mapping cannot be saved.
  await sidebar.getByTestId('ts-learn-save').click();
  await expect(sidebar.getByRole('alert')).toContainText('datum');
  await column(0).selectOption('date');
  await column(1).selectOption('reason');
  await column(2).selectOption('geoorloofd');
  await sidebar.getByTestId('ts-learn-save').click();
  const badge = page.locator('[data-testid="ts-badge"]');
  await expect(badge).toHaveAttribute('data-level', 'meldplicht-16-uur');
  await expect(sidebar.locator('[data-testid="ts-signal"][data-kind="dreigend-thuiszitter"]')).toHaveCount(1);
  // Kept for this kind of page: another pupil on the same system is read at once.
  await page.goto(`${server.url}/onbekend/leerling/900101`);
  await expect(badge).toHaveAttribute('data-level', 'thuiszitter');
});

test('the extension makes no network requests of its own', async ({ page, server, requests }) => {
  for (const path of ['/parnassys/leerling/900101', '/parnassys/groep', '/magister/afwezigheid', '/somtoday/registraties']) {
    await page.goto(`${server.url}${path}`);
    await expect(page.locator('[data-testid="ts-badge"]').first()).toBeVisible();
  }
  const foreign = requests.filter((r) => !r.startsWith(`document ${server.url}/`));
  expect(foreign).toEqual([]);
});

test('Magister app: the absences the page loads itself (JSON, fetch) are read, not the markup', async ({ page, server, requests }) => {
  await page.goto(`${server.url}/magister/app`);
  const badge = page.locator('[data-testid="ts-badge"]');
  await expect(badge).toHaveAttribute('data-level', 'meldplicht-16-uur');
  await expect(badge).toHaveAttribute('data-pupil', 'Sem de Proef');
  await expect(page.locator('[data-testid="ts-signal"][data-kind="dreigend-thuiszitter"]')).toHaveAttribute('data-since', firstAbsence('900103'));
  // The page's own request, made once by the page; the extension requested nothing.
  expect(requests.filter((r) => r.includes('/api/personen/'))).toHaveLength(1);
});

test('Somtoday app: the registratieOverzicht the page loads itself (JSON, XMLHttpRequest) is read', async ({ page, server }) => {
  await page.goto(`${server.url}/somtoday/app`);
  await expect(page.locator('[data-testid="ts-badge"]')).toHaveAttribute('data-level', 'meldplicht-16-uur');
  await expect(page.locator('[data-testid="ts-badge"]')).toHaveAttribute('data-pupil', 'Luuk Demo');
});
