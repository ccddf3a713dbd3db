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
