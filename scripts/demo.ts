/**
 * npm run demo — the product on its built-in demo school:
 * 1. writes the school's absence export to demo-output/ and scans it (the coordinator's view);
 * 2. builds the extension, serves demo pages in the style of ParnasSys, Magister and Somtoday on
 *    127.0.0.1, and opens Chromium with the extension loaded. Without a display it runs headless,
 *    walks through the pages and writes screenshots to demo-output/.
 *   npm run demo [-- JJJJ-MM-DD]   (a peildatum other than today, for the export scan)
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { todayIso } from '../lib/calendar/days.ts';
import { DEMO_PAGES } from './demo/pages.ts';
import { DEMO_SCHOOLTIJDEN, demoSchoolCsv } from './demo/demoSchool.ts';
import { scanTable } from '../lib/report.ts';
import { scanFiles } from '../lib/scan.ts';
import { bytesFile } from '../lib/import/readFile.ts';
import { resolveSettings } from '../lib/settings.ts';
import { chromiumPath, launchWithExtension } from './browser.ts';
import { startDemoServer } from './demoServer.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'demo-output');
const peildatum = process.argv.find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ?? todayIso();
mkdirSync(outDir, { recursive: true });

// 1. The export and the scan.
const csvPath = resolve(outDir, 'demoschool-verzuim.csv');
const csv = demoSchoolCsv(peildatum);
writeFileSync(csvPath, csv);
const { assessment } = await scanFiles(
  [bytesFile('demoschool-verzuim.csv', new TextEncoder().encode(csv))],
  resolveSettings({ school: { name: 'De Demoschool', schoolType: 'po' } }),
  peildatum,
);
console.log(`De Demoschool (fictief) — verzuimexport: ${csvPath}\n`);
console.log(scanTable(assessment));
console.log(`\nZelf scannen: npm run scan -- ${csvPath} --peildatum ${peildatum}\n`);

/** The demo school's settings as its onboarding and Options leave them: its schooltijden, and the profile its meldingen are filled from. */
const DEMO_SETTINGS = {
  school: { name: 'De Demoschool (fictief)', leslocatie: 'Hoofdgebouw', schooltijden: DEMO_SCHOOLTIJDEN },
  melder: { naam: 'A. Administratie', functie: 'Leerlingadministratie', telefoon: '030-1234567', email: 'administratie@demoschool.example' },
};
declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

// 2. The extension in a browser.
console.log('Extensie bouwen (met de demopagina’s op 127.0.0.1)…');
await promisify(execFile)(resolve(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, env: { ...process.env, E2E: '1' } });
const server = await startDemoServer({ port: Number(process.env.DEMO_PORT ?? 0) });
const headless = !process.env.DISPLAY;
if (!chromiumPath()) console.log('Let op: /usr/bin/chromium niet gevonden; Playwright probeert zijn eigen Chromium.');
let context;
try {
  context = await launchWithExtension('', headless);
} catch (error) {
  console.error(`Chromium kon niet starten: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  console.error('Installeer Chromium (Debian: apt-get install -y chromium) of zet CHROMIUM_PATH.');
  await server.close();
  process.exit(1);
}
console.log(`Demopagina’s: ${server.url}/`);
{
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate((settings) => chrome.storage.local.set({ settings }), DEMO_SETTINGS);
}

if (!headless) {
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  console.log('De browser staat open met de extensie. Sluit het venster om te stoppen.');
  await new Promise<void>((done) => context.on('close', () => done()));
} else {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  const shots: string[] = [];
  const shoot = async (target: typeof page, name: string, title: string) => {
    const file = resolve(outDir, `${String(shots.length + 1).padStart(2, '0')}-${name}.png`);
    await target.screenshot({ path: file });
    shots.push(`${file}  (${title})`);
  };
  const isForm = (path: string) => /^\/(duo|kindkans)\/|^\/parnassys\/melding\//.test(path);
  for (const demo of DEMO_PAGES) {
    // The melding forms come at the end, filled from a signal.
    if (isForm(demo.path)) continue;
    await page.goto(`${server.url}${demo.path}`);
    if (demo.system === 'generiek') {
      // Nothing recognised yet: open the sidebar, which offers "Leer deze pagina".
      await page.getByRole('button', { name: /^Thuiszitter-signaal( \(\d+\))?$/ }).click({ timeout: 15_000 });
      await page.locator('[data-testid="ts-learn"]').waitFor({ timeout: 15_000 });
    } else {
      await page.locator('[data-testid="ts-badge"]').first().waitFor({ timeout: 15_000 });
    }
    // Let the badges and sidebar settle before the picture.
    await page.waitForTimeout(300);
    await shoot(page, demo.path.replace(/^\//, '').replace(/\//g, '-'), demo.title);
  }

  // The whole path: signal → melding (a draft in the extension) → the filled form, for leerplicht and the SWV.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  for (const melding of [
    { kind: 'leerplicht', form: '/duo/verzuimloket', fill: { '#reden': 'Angst om naar school te gaan', '#actie': 'Huisbezoek; gesprekken met ouders en de IB-er' } },
    { kind: 'swv', form: '/kindkans/aanmelding', fill: { '#inzet': 'Huisbezoek; gesprekken met ouders; jeugdarts betrokken', '#wensen': 'Terug naar de eigen groep, eerst halve dagen' } },
  ] as const) {
    await page.goto(`${server.url}/parnassys/leerling/900101`);
    const opened = context.waitForEvent('page');
    await page.locator(`[data-testid="ts-melding-${melding.kind}"]`).click({ timeout: 15_000 });
    const draft = await opened;
    await draft.setViewportSize({ width: 1280, height: 860 });
    await draft.locator('[data-testid="ts-draft"]').waitFor();
    for (const [selector, value] of Object.entries(melding.fill)) await draft.locator(selector).fill(value);
    await shoot(draft, `melding-${melding.kind}-concept`, `Concept van de melding (${melding.kind}) in de extensie`);
    await page.goto(`${server.url}${melding.form}`);
    await page.locator('[data-testid="ts-fill"]').click({ timeout: 15_000 });
    await page.locator('[data-testid="ts-fill-confirm"]').click({ timeout: 15_000 });
    await page.locator('[data-testid="ts-fill-result"]').waitFor();
    await shoot(page, `melding-${melding.kind}-ingevuld`, `Het formulier ingevuld vanuit het concept (${melding.form})`);
    await draft.close();
  }
  await page.goto(`${server.url}/parnassys/leerling/900101`);
  await page.locator('[data-testid="ts-follow"]').click({ timeout: 15_000 });
  await page.locator('[data-testid="ts-sidebar"] [data-testid="ts-case"]').waitFor();
  await shoot(page, 'zaak-volgen', 'Gevolgd: fase en verlopen termijn in de zijbalk');
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/dashboard.html#/`);
  await page.locator('[data-testid="ts-row"]').first().waitFor();
  await shoot(page, 'overzicht', 'Het overzicht voor de coördinator');
  console.log('\nSchermafbeeldingen:');
  for (const shot of shots) console.log(`  ${shot}`);
}
await context.close();
await server.close();
