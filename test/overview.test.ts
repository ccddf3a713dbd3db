import { describe, expect, it } from 'vitest';
import { matchPupils, type FlaggedPupil } from '../lib/overview.ts';

function flagged(id: string, name: string, source: FlaggedPupil['source'], extra: Partial<FlaggedPupil> = {}): FlaggedPupil {
  return {
    id, name, source, leerplicht: '', leerplichtState: 'leerplichtig', seenOn: '2026-11-27',
    signals: [{ kind: source === 'import' ? 'thuiszitter' : 'mazl', since: '2026-10-05', firedOn: '2026-11-02', schoolDays: 20, short: '' }], ...extra,
  };
}

describe('one pupil, one row', () => {
  it('matches by leerlingnummer; the export wins', () => {
    const rows = matchPupils([flagged('900105', 'Luuk Demo', 'pagina'), flagged('900105', 'Luuk Demo', 'import')]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.source).toBe('import');
  });

  it('a page without a number matches by name + geboortedatum, silently', () => {
    const rows = matchPupils([flagged('Luuk Demo', 'Luuk Demo', 'pagina', { birthDate: '2012-04-01' }), flagged('900105', 'Luuk Demo', 'import', { birthDate: '2012-04-01' })]);
    expect(rows.map((r) => [r.id, r.match])).toEqual([['900105', undefined]]);
    // The page's own signal comes along.
    expect(rows[0]!.signals.map((s) => s.kind).sort()).toEqual(['mazl', 'thuiszitter']);
  });

  it('by name + klas, and by name alone when only one pupil has it — saying so', () => {
    const byGroup = matchPupils([flagged('Luuk Demo', 'Luuk Demo', 'pagina', { group: '3B' }), flagged('900105', 'Luuk Demo', 'import', { group: '3B' })]);
    expect(byGroup.map((r) => r.id)).toEqual(['900105']);
    expect(byGroup[0]!.match).toContain('naam en klas');
    const byName = matchPupils([flagged('luuk  demo', 'Luuk Demo', 'pagina'), flagged('900105', 'Luuk Demo', 'import')]);
    expect(byName.map((r) => r.id)).toEqual(['900105']);
    expect(byName[0]!.match).toContain('controleer');
  });

  it('two pupils with that name and nothing else: not merged, and the row says why; tussenvoegsels count', () => {
    const rows = matchPupils([flagged('Luuk Demo', 'Luuk Demo', 'pagina'), flagged('900105', 'Luuk Demo', 'import'), flagged('900106', 'Luuk Demo', 'import')]);
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.id === 'Luuk Demo')!.match).toContain('2 leerlingen met deze naam');
    expect(matchPupils([flagged('Joris Leeuwen', 'Joris Leeuwen', 'pagina'), flagged('4001', 'Joris van Leeuwen', 'import')])).toHaveLength(2);
  });
});

describe('the overview tells the truth about every row', () => {
  it('sorts by seriousness with "no signal" last, by one severity()', async () => {
    const { filterRows } = await import('../lib/overview.ts');
    const { severity } = await import('../lib/rules/signal.ts');
    expect(severity('geen')).toBeGreaterThan(severity('mazl'));
    const rows = [
      { ...flagged('V', 'Vera Vrij', 'import', { vrijstelling5a: true, signals: [] }), level: 'geen' as const, overdue: false },
      { ...flagged('T', 'Tom Thuis', 'import'), level: 'thuiszitter' as const, overdue: false },
      { ...flagged('M', 'Mia Mazl', 'pagina'), level: 'mazl' as const, overdue: false },
    ];
    expect(filterRows(rows, {}).map((r) => r.id)).toEqual(['T', 'M', 'V']);
  });

  it('exports exactly the rows shown: a vrijstelling row says which and that it counts for the Inspectie', async () => {
    const { exportTable } = await import('../lib/overview.ts');
    const table = exportTable([{ ...flagged('V', 'Vera Vrij', 'import', { vrijstelling5a: true, signals: [] }), level: 'geen', overdue: false }]);
    expect(table).toHaveLength(2);
    expect(table[1]![3]).toMatch(/Vrijstelling art\. 5 onder a.*Inspectie/);
  });

  it('the chart’s "nu" is the list’s own assessment', async () => {
    const { weeklyCounts } = await import('../lib/overview.ts');
    const { assess, prepareSchool } = await import('../lib/rules/assess.ts');
    const { records, testSettings } = await import('./helpers.ts');
    const input = { pupils: [{ id: 'L1', name: 'A', birthDate: '2015-03-01' }], records: records('2026-10-05', '2026-11-30'), settings: testSettings() };
    // Monday 30 November: its week ends on Friday 4 December, not the Friday before.
    const current = assess({ ...input, peildatum: '2026-11-30' });
    const weeks = weeklyCounts(prepareSchool(input), '2026-11-30', 3, current);
    expect(weeks.at(-1)!.week).toBe('2026-11-30');
    const listed = Object.fromEntries(['thuiszitter', 'meldplicht-16-uur'].map((k) => [k, current.pupils.filter((p) => p.signals.some((s) => s.kind === k)).length]));
    expect(weeks.at(-1)!.counts).toMatchObject(listed);
  });

  it('the trend from the day tables counts what a full assessment on each week’s Friday counts', async () => {
    const { weeklyCounts } = await import('../lib/overview.ts');
    const { assess, prepareSchool } = await import('../lib/rules/assess.ts');
    const { records, record, testSettings } = await import('./helpers.ts');
    // A thuiszitter, a pupil with 16 hours of lessons, a sick pupil (MAZL), one who came back, and one without absence.
    const recs = [
      ...records('2026-10-05', '2026-11-27', { pupilId: 'T' }),
      ...['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'].map((d) => record(d, { pupilId: 'U', span: { kind: 'lessons', from: 1, to: 5 } })),
      ...records('2026-11-09', '2026-11-18', { pupilId: 'Z', category: 'ziek', geoorloofd: 'ja' }),
      ...records('2026-09-07', '2026-10-09', { pupilId: 'B' }),
    ];
    const pupils = ['T', 'U', 'Z', 'B', 'N'].map((id) => ({ id, name: id, birthDate: '2013-05-01' }));
    const input = { pupils, records: recs, settings: testSettings() };
    const weeks = weeklyCounts(prepareSchool(input), '2026-11-27', 8);
    expect(weeks).toHaveLength(8);
    for (const { week, counts } of weeks) {
      const full = assess({ ...input, peildatum: week });
      for (const [kind, n] of Object.entries(counts)) expect([week, kind, n]).toEqual([week, kind, full.pupils.filter((p) => p.signals.some((s) => s.kind === kind)).length]);
    }
    expect(weeks.reduce((n, w) => n + Object.values(w.counts).reduce((a, b) => a + b, 0), 0)).toBeGreaterThan(8);
  });
});
