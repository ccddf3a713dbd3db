import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findAbsenceGrids, genericAdapter } from '../../lib/hosts/generic/reader.ts';
import { readPage, systemForHost } from '../../lib/hosts/index.ts';
import { parseSomtodayLabel } from '../../lib/hosts/somtoday/markup.ts';
import type { ReadContext } from '../../lib/hosts/types.ts';
import { assess } from '../../lib/rules/assess.ts';
import { resolveSettings } from '../../lib/settings.ts';
import { DEMO_SCHOOLTIJDEN } from '../../scripts/demo/demoSchool.ts';

const TODAY = '2026-11-27';
let yields = 0;
const context: ReadContext = { url: 'https://demo.example/page', today: TODAY, yieldToPage: async () => void yields++ };

function load(html: string): Document {
  const window = new Window({ url: 'https://demo.example/' });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
const fixture = (name: string) => load(readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8'));
const hint = (doc: Document) => doc.querySelector('meta[name="ts-demo-system"]')?.getAttribute('content');

async function readAndAssess(name: string, host = 'localhost', schoolType: 'po' | 'vo' = 'po') {
  const doc = fixture(name);
  const reading = (await readPage(doc, host, context, hint(doc)))!;
  const settings = resolveSettings({ school: { schoolType, schooltijden: DEMO_SCHOOLTIJDEN } });
  const result = assess({ pupils: reading.pupils, records: reading.records, settings, peildatum: TODAY, dataUntil: TODAY });
  return { reading, result };
}

describe('host systems', () => {
  it('knows the hosts of ParnasSys, Magister, Somtoday and ESIS', () => {
    expect(systemForHost('start.parnassys.net')).toBe('parnassys');
    expect(systemForHost('demoschool.magister.net')).toBe('magister');
    expect(systemForHost('leerling.somtoday.nl')).toBe('somtoday');
    expect(systemForHost('esis12.rovictonline.nl')).toBe('esis');
    expect(systemForHost('portal.swv.example')).toBe('generiek');
    expect(systemForHost('magister.net.evil.example')).toBe('generiek');
  });
});

describe('ParnasSys-style pupil card (generic reader)', () => {
  it('reads the pupil from the labels and the absences from the table', async () => {
    const { reading, result } = await readAndAssess('parnassys-leerling-900101.html', 'start.parnassys.net');
    expect(reading.system).toBe('parnassys');
    expect(reading.kind).toBe('leerling');
    expect(reading.pupils).toEqual([{ id: '900101', name: 'Daan Voorbeeld', birthDate: expect.stringMatching(/^2016-/), group: '6B' }]);
    expect(reading.records).toHaveLength(35);
    expect(reading.anchors.get('900101')?.textContent).toBe('Daan Voorbeeld');
    const daan = result.pupils[0]!;
    expect(daan.signals[0]).toMatchObject({ kind: 'thuiszitter', since: '2026-10-05', schoolDays: 35 });
  });
});

describe('ParnasSys-style school overview (group page)', () => {
  it('reads every pupil, with a badge anchor on each pupil’s first row', async () => {
    const { reading, result } = await readAndAssess('parnassys-groep.html');
    expect(reading.kind).toBe('groep');
    expect(reading.pupils).toHaveLength(21);
    expect(reading.anchors.get('900101')?.textContent).toBe('Daan Voorbeeld');
    const levels = Object.fromEntries(result.pupils.map((p) => [p.pupil.id, p.level]));
    expect(levels).toMatchObject({ '900101': 'thuiszitter', '900103': 'meldplicht-16-uur', '900107': 'mazl', '900109': 'geen' });
    expect(result.pupils.find((p) => p.pupil.id === '900109')!.excluded[0]!.kind).toBe('thuiszitter');
  });
});

describe('Magister-style Kendo grid', () => {
  it('pairs the header table with the content table and skips month rows and group cells', async () => {
    const { reading, result } = await readAndAssess('magister-afwezigheid.html', 'demo.magister.net', 'vo');
    expect(reading.system).toBe('magister');
    expect(reading.pupils[0]).toMatchObject({ id: '900103', name: 'Sem de Proef' });
    // 12 school days × 8 lessons, each lesson a row.
    expect(reading.records).toHaveLength(96);
    expect(reading.records[0]).toMatchObject({ span: { kind: 'lessons', from: 1, to: 1 }, geoorloofd: 'nee' });
    // Every lesson of those days registered: whole days, so the streak counts.
    expect(result.pupils[0]!.signals.map((s) => s.kind)).toContain('dreigend-thuiszitter');
  });
});

describe('Somtoday-style registrations', () => {
  it('parses the aria-label: title, date without a year, lesuren', () => {
    expect(parseSomtodayLabel('Spijbelen, ma 23 nov, 2e - 4e uur, wiskunde, te laat binnen', TODAY)).toEqual({
      title: 'Spijbelen', date: '2026-11-23', fromLesson: 2, toLesson: 4, openEnded: false, rest: 'wiskunde, te laat binnen',
    });
    expect(parseSomtodayLabel('Te laat, do 26 nov, 10 min gemist, Engels, ', TODAY)).toMatchObject({ date: '2026-11-26', minutes: 10 });
    // A date without a year lies in the past year, on the weekday named.
    expect(parseSomtodayLabel('Ziek, vr 19 dec, 1e uur', TODAY)?.date).toBe('2025-12-19');
    expect(parseSomtodayLabel('iets anders', TODAY)).toBeUndefined();
  });

  it('takes geoorloofd from the category heading the registration sits under', async () => {
    const { reading, result } = await readAndAssess('somtoday-registraties.html', 'leerling.somtoday.nl', 'vo');
    expect(reading.system).toBe('somtoday');
    expect(reading.records).toHaveLength(6);
    expect(reading.records.every((r) => r.geoorloofd === 'nee' && r.span.kind === 'lessons')).toBe(true);
    expect(result.pupils[0]!.signals.map((s) => s.kind)).toEqual(['meldplicht-16-uur']);
  });
});

describe('hostile and odd markup', () => {
  it('reads text only, reports broken rows, and ignores tables that are not absences', async () => {
    const doc = fixture('hostile.html');
    const grids = findAbsenceGrids(doc);
    // The layout table and the grades table are not absence tables; the ARIA grid and the list are.
    expect(grids.map((g) => g.grid.element.tagName)).toEqual(['TABLE', 'DIV', 'UL']);
    const reading = (await genericAdapter.read(doc, context))!;
    expect(reading.pupils[0]!.id).toBe('777001');
    expect(reading.pupils[0]!.name).toContain('<script>alert(1)</script>');
    // "gisteren" is a date as pages write it: the day before the page was read.
    expect(reading.records.map((r) => r.date)).toEqual(['2026-10-05', '2026-11-26', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09']);
    expect(reading.problems).toEqual(['rij 3: datum: "31-02-2026" is geen bestaande datum']);
    expect(reading.records.find((r) => r.date === '2026-10-07')!.category).toBe('te-laat');
  });

  it('returns null on a page without absences', async () => {
    expect(await genericAdapter.read(load('<h1>Cijfers</h1><table><tr><th>Vak</th><th>Cijfer</th></tr></table>'), context)).toBeNull();
  });

  it('reads a table of 10,000 rows in slices, yielding to the page between them', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `<tr><td>${100 + (i % 50)}</td><td>${String(1 + (i % 28)).padStart(2, '0')}-10-2026</td><td>Spijbelen</td></tr>`);
    const doc = load(`<table><thead><tr><th>Leerlingnummer</th><th>Datum</th><th>Reden</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    yields = 0;
    const reading = (await genericAdapter.read(doc, context))!;
    expect(reading.records).toHaveLength(10_000);
    expect(reading.kind).toBe('groep');
    expect(yields).toBeGreaterThanOrEqual(39);
  });
});
