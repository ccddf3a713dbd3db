import { describe, expect, it } from 'vitest';
import { SchoolCalendar } from '../lib/calendar/schoolCalendar.ts';
import type { OverviewRow } from '../lib/overview.ts';
import { responseTime, unknownStatusList, worklist, type Acknowledgement } from '../lib/worklist.ts';
import { made } from './helpers.ts';

const calendar = new SchoolCalendar();
const TODAY = '2026-11-27';

function row(id: string, firedOn: string, extra: Partial<OverviewRow> = {}): OverviewRow {
  return {
    id, name: `Leerling ${id}`, leerplicht: '', leerplichtState: 'leerplichtig', source: 'import', seenOn: TODAY, level: 'thuiszitter', overdue: false,
    signals: [{ kind: 'thuiszitter', since: '2026-10-05', firedOn, schoolDays: 20, short: '' }], lastAbsence: '2026-11-20', ...extra,
  };
}
const ack = (pupilId: string, lastAbsence: string): Acknowledgement => ({ pupilId, on: '2026-11-23', by: 'IB-er', note: 'gebeld', lastAbsence });

describe('Te doen: signalled, and nobody has acted yet', () => {
  const rows = [row('B', '2026-11-10'), row('A', '2026-11-02'), row('C', '2026-11-16', { caseId: 'zaak-1' }), row('D', '2026-11-05', { signals: [] })];

  it('lists pupils with a signal and no case, oldest signal first, with school days since it fired', () => {
    const items = worklist(rows, [], [], calendar, TODAY, 'landelijk');
    expect(items.map((i) => i.row.id)).toEqual(['A', 'B']);
    // 2 Nov fired; 3–27 Nov holds 19 school days.
    expect(items[0]!.days).toBe(19);
    expect(items[0]!.response).toContain('5 werkdagen');
  });

  it('a melding made since the signal began takes the pupil off; one from before does not', () => {
    expect(worklist(rows, [made('2026-10-05', '2026-11-03', { pupilId: 'A' })], [], calendar, TODAY, 'landelijk').map((i) => i.row.id)).toEqual(['B']);
    expect(worklist(rows, [made('2026-09-01', '2026-09-08', { pupilId: 'A' })], [], calendar, TODAY, 'landelijk').map((i) => i.row.id)).toEqual(['A', 'B']);
  });

  it('"Gezien" takes a pupil off until new absences come in; then it returns, marked', () => {
    expect(worklist(rows, [], [ack('A', '2026-11-20')], calendar, TODAY, 'landelijk').map((i) => i.row.id)).toEqual(['B']);
    const again = worklist([row('A', '2026-11-02', { lastAbsence: '2026-11-26' })], [], [ack('A', '2026-11-20')], calendar, TODAY, 'landelijk');
    expect(again).toHaveLength(1);
    expect(again[0]!.newSinceSeen).toBe('2026-11-23');
  });

  it('names the region’s response time (Utrecht: actietafel within 5 days)', () => {
    expect(responseTime('utrecht')).toMatch(/Actietafel.*binnen 5 dagen/);
  });

  it('lists absences without a geoorloofd status, most first', () => {
    const list = unknownStatusList([row('A', '2026-11-02', { unknownDays: 2 }), row('B', '2026-11-02', { unknownDays: 7 }), row('C', '2026-11-02')]);
    expect(list.map((u) => [u.row.id, u.days])).toEqual([['B', 7], ['A', 2]]);
  });
});
