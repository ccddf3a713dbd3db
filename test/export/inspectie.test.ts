import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../lib/backup.ts';
import { categoryOf, inspectieTable, pseudonymFor, updateRegister } from '../../lib/export/inspectie.ts';
import { filterRows, flaggedFromAssessment, overviewRows, exportTable } from '../../lib/overview.ts';
import { SchoolCalendar } from '../../lib/calendar/schoolCalendar.ts';
import { assessOne, records } from '../helpers.ts';

describe('thuiszittersregistratie for the Inspectie', () => {
  it('gives a stable pseudonym per pupil that reveals nothing, and differs per school secret', async () => {
    const a = await pseudonymFor('900101', 'geheim-1');
    expect(a).toMatch(/^TZ-[0-9A-F]{10}$/);
    expect(await pseudonymFor('900101', 'geheim-1')).toBe(a);
    expect(await pseudonymFor('900102', 'geheim-1')).not.toBe(a);
    expect(await pseudonymFor('900101', 'geheim-2')).not.toBe(a);
  });

  it('keeps rows of pupils who are no longer thuiszitter, with an einddatum', () => {
    const first = updateRegister([], [{ pseudonym: 'TZ-A', category: '4-weken-3-maanden', since: '2026-09-01' }, { pseudonym: 'TZ-B', category: 'langer-dan-3-maanden', since: '2026-05-01' }], '2026-10-01');
    const second = updateRegister(first, [{ pseudonym: 'TZ-A', category: 'langer-dan-3-maanden', since: '2026-09-01' }], '2027-01-05');
    expect(second).toHaveLength(2);
    expect(second.find((r) => r.pseudonym === 'TZ-B')).toMatchObject({ until: '2027-01-05' });
    expect(second.find((r) => r.pseudonym === 'TZ-A')).toMatchObject({ category: 'langer-dan-3-maanden' });
    expect(second.find((r) => r.pseudonym === 'TZ-A')?.until).toBeUndefined();
    const table = inspectieTable(second);
    expect(table[0]).toEqual(['Pseudoniem', 'Categorie', 'Startdatum', 'Einddatum', 'Nog thuiszitter']);
    expect(table).toContainEqual(['TZ-B', 'Langdurig relatief verzuim, langer dan 3 maanden', '01-05-2026', '05-01-2027', 'nee']);
  });

  it('puts a pupil in the Inspectie bucket of its thuiszitter signal, or under vrijstelling art. 5 onder a', () => {
    const p = assessOne(records('2026-10-05', '2026-11-27', { pupilId: '900101' }), '2026-11-27', {}, { id: '900101', name: 'Daan Voorbeeld', group: '6B' });
    const [flagged] = flaggedFromAssessment({ peildatum: '2026-11-27', dataFrom: '2026-10-05', dataUntil: '2026-11-27', evaluatedUntil: '2026-11-27', pupils: [p], warnings: [], timetable: p.timetable }, 'import');
    expect(categoryOf(flagged!)).toEqual({ category: '4-weken-3-maanden', since: '2026-10-05' });
    expect(categoryOf({ signals: [], vrijstelling5a: true, seenOn: '2026-11-27' })).toEqual({ category: 'vrijstelling-5a', since: '2026-11-27' });

    const rows = overviewRows([flagged!], [], new SchoolCalendar(), '2026-11-27');
    expect(filterRows(rows, { search: 'daan' })).toHaveLength(1);
    expect(filterRows(rows, { signal: 'mazl' })).toHaveLength(0);
    expect(filterRows(rows, { phase: 'niet-gevolgd' })).toHaveLength(1);
    expect(exportTable(rows)[1]!.slice(0, 5)).toEqual(['Daan Voorbeeld', '900101', '6B', 'Mogelijk thuiszitter', '05-10-2026']);
  });
});

describe('backup files', () => {
  it('refuses a file that is not JSON, not a backup, or damaged, and says so', () => {
    expect(parseBackup('{kapot')).toMatchObject({ ok: false, message: expect.stringMatching(/geen geldige JSON/) });
    expect(parseBackup('{"format":"iets-anders"}')).toMatchObject({ ok: false, message: expect.stringMatching(/geen back-up/) });
    const damaged = { format: 'thuiszitter-signaal-backup', version: 1, createdAt: 'x', settings: {}, tables: { pupils: [], cases: [{ id: 'c' }], drafts: [], log: [], registratie: [] } };
    expect(parseBackup(JSON.stringify(damaged))).toMatchObject({ ok: false, message: expect.stringMatching(/tables\.cases\.0/) });
    const empty = { ...damaged, tables: { ...damaged.tables, cases: [] } };
    expect(parseBackup(JSON.stringify(empty))).toMatchObject({ ok: true });
  });
});
