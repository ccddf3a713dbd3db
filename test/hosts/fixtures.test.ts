/**
 * Every real-shape fixture of every host system (test/hosts/<system>/), each beside the reading a
 * correct reader must give (<name>.expected.json): how many registrations, which pupils, which days,
 * and the signals the rules then give. One test for all, as refined-github keeps its selectors with
 * the matches each saved page must give.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/hosts/index.ts';
import { readPageJson } from '../../lib/hosts/pageData.ts';
import type { PageJsonKind } from '../../lib/hosts/types.ts';
import { assess } from '../../lib/rules/assess.ts';
import { parseSchooltijdenSpec } from '../../lib/rules/timetable.ts';
import { resolveSettings } from '../../lib/settings.ts';
import type { SchoolType } from '../../lib/vocabulary.ts';

interface Expected {
  /** JSON fixtures: which response it is, and the pupil the page is about. */
  kind?: PageJsonKind;
  pupilId?: string;
  /** Markup fixtures: the host the page is served from. */
  host?: string;
  today: string;
  schoolType: SchoolType;
  schooltijden?: string;
  records: number;
  from: string;
  until: string;
  pupils?: { id: string; name: string }[];
  signals: Record<string, string[]>;
  why: string;
}

const root = new URL('./', import.meta.url);
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((dir) =>
    readdirSync(new URL(`${dir.name}/`, root))
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => ({ system: dir.name, fixture: f.replace('.expected.json', ''), path: new URL(`${dir.name}/${f}`, root) })),
  );

describe.each(cases)('$system/$fixture', ({ system, fixture, path }) => {
  const expected = JSON.parse(readFileSync(path, 'utf8')) as Expected;
  const files = readdirSync(new URL(`${system}/`, root)).filter((f) => f.startsWith(`${fixture}.`) && !f.endsWith('.expected.json'));
  const file = new URL(`${system}/${files[0]}`, root);
  const text = readFileSync(file, 'utf8');

  it('says on its first line where its shape comes from', () => {
    expect(text.split('\n')[0]).toMatch(/Shape: /);
  });

  it(`reads as expected: ${expected.why}`, async () => {
    let pupils: { id: string; name: string }[];
    let records;
    if (expected.kind) {
      const reading = readPageJson(expected.kind, JSON.parse(text), expected.pupilId ?? 'leerling', expected.today);
      expect(reading.skipped).toBe(0);
      ({ pupils, records } = reading);
    } else {
      const window = new Window({ url: `https://${expected.host}/` });
      const doc = new window.DOMParser().parseFromString(text, 'text/html') as unknown as Document;
      const reading = (await readPage(doc, expected.host!, { url: `https://${expected.host}/`, today: expected.today, yieldToPage: async () => {} }))!;
      expect(reading.problems).toEqual([]);
      ({ pupils, records } = reading);
    }
    expect(records).toHaveLength(expected.records);
    const dates = records.map((r) => r.date).sort();
    expect([dates[0], dates.at(-1)]).toEqual([expected.from, expected.until]);
    if (expected.pupils) expect(pupils.map((p) => ({ id: p.id, name: p.name }))).toEqual(expected.pupils);

    const schooltijden = expected.schooltijden ? parseSchooltijdenSpec(expected.schooltijden) : undefined;
    if (schooltijden && !schooltijden.ok) throw new Error(schooltijden.message);
    const settings = resolveSettings({ school: { schoolType: expected.schoolType, ...(schooltijden?.ok ? { schooltijden: schooltijden.value } : {}) } });
    const assessment = assess({ pupils, records, settings, peildatum: expected.today, stillRegistering: expected.today });
    const signals = Object.fromEntries(assessment.pupils.map((p) => [p.pupil.id, p.signals.map((s) => s.kind)]));
    expect(signals).toEqual(expected.signals);
  });
});
