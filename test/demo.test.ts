import { describe, expect, it } from 'vitest';
import { DEMO_PUPILS, demoSchoolCsv } from '../scripts/demo/demoSchool.ts';
import { importAbsenceFile } from '../lib/import/readFile.ts';
import { assess } from '../lib/rules/assess.ts';
import type { MazlSignal, ThuiszitterSignal } from '../lib/rules/signal.ts';
import { resolveSettings } from '../lib/settings.ts';

const EXPECTED: Record<string, string[]> = {
  '900101': ['thuiszitter', 'meldplicht-16-uur'],
  '900102': ['thuiszitter', 'meldplicht-16-uur'],
  '900103': ['meldplicht-16-uur', 'dreigend-thuiszitter'],
  '900104': ['meldplicht-16-uur', 'dreigend-thuiszitter'],
  '900105': ['meldplicht-16-uur'],
  '900106': ['meldplicht-16-uur'],
  '900107': ['mazl'],
  '900108': ['mazl'],
  '900109': [],
  '900110': ['thuiszitter'],
  '900111': ['meldplicht-16-uur', 'dreigend-thuiszitter'],
};

describe.each(['2026-11-27', '2027-01-02', '2027-03-10', '2027-08-01', '2028-05-18', '2029-10-01'])('demo school on %s', (peildatum) => {
  it('shows every signal on the pupil meant to show it, and nothing on the others', async () => {
    const csv = demoSchoolCsv(peildatum);
    const imported = await importAbsenceFile(new TextEncoder().encode(csv), { sourceName: 'demo.csv', referenceYear: Number(peildatum.slice(0, 4)) });
    expect(imported.problems).toEqual([]);
    const result = assess({ pupils: imported.pupils, records: imported.records, settings: resolveSettings({}), peildatum });
    for (const pupil of DEMO_PUPILS) {
      const found = result.pupils.find((p) => p.pupil.id === pupil.id)!;
      expect({ id: pupil.id, kinds: found.signals.map((s) => s.kind) }).toEqual({ id: pupil.id, kinds: EXPECTED[pupil.id] ?? [] });
    }
    const byId = (id: string) => result.pupils.find((p) => p.pupil.id === id)!;
    expect((byId('900102').signals[0] as ThuiszitterSignal).bucket).toBe('langer-dan-3-maanden');
    expect((byId('900107').signals[0] as MazlSignal).criterion).toBe('ziekmeldingen');
    expect((byId('900108').signals[0] as MazlSignal).criterion).toBe('aaneengesloten');
    expect(byId('900109').excluded.map((e) => e.kind)).toContain('thuiszitter');
    expect(byId('900110').excluded.map((e) => e.kind)).toEqual(['meldplicht-16-uur']);
    expect(byId('900111').signals.some((s) => s.unknownDays > 0)).toBe(true);
    expect(byId('900106').signals[0]).toMatchObject({ overdue: true });
  });
});
