import { describe, expect, it } from 'vitest';
import type { MeldplichtSignal } from '../../lib/rules/signal.ts';
import { assessOne, kinds, record, records } from '../helpers.ts';

function meldplicht(p: ReturnType<typeof assessOne>) {
  return p.signals.find((s) => s.kind === 'meldplicht-16-uur') as MeldplichtSignal | undefined;
}

describe('meldplicht 16 uur in 4 lesweken', () => {
  it('PO counts klokuren: four whole days of 5 hours reach 16 on the fourth day', () => {
    // Default PO school day is 300 minutes (school setting).
    const s = meldplicht(assessOne(records('2026-11-02', '2026-11-05'), '2026-11-06'))!;
    expect(s.since).toBe('2026-11-02');
    expect(s.until).toBe('2026-11-05');
    expect(s.hours).toBe(20);
    expect(s.unit).toBe('klokuur');
    // 5 werkdagen after Thursday 5 November.
    expect(s.deadline).toBe('2026-11-12');
    expect(s.overdue).toBe(false);
    expect(s.alleLessenGemist).toBe(true);
    expect(s.specificatie).toEqual([
      { date: '2026-11-02', hours: 5, wholeDay: true },
      { date: '2026-11-03', hours: 5, wholeDay: true },
      { date: '2026-11-04', hours: 5, wholeDay: true },
      { date: '2026-11-05', hours: 5, wholeDay: true },
    ]);
  });

  it('marks the melding overdue after 5 werkdagen', () => {
    const s = meldplicht(assessOne(records('2026-11-02', '2026-11-05'), '2026-11-13', {}, {}, '2026-11-13'))!;
    expect(s.overdue).toBe(true);
  });

  it('VO counts lesuren: two lessons a day reach 16 on the eighth day', () => {
    const recs = records('2026-11-02', '2026-11-13', { span: { kind: 'lessons', from: 2, to: 3 } });
    const s = meldplicht(assessOne(recs, '2026-11-13', { school: { schoolType: 'vo' } }))!;
    expect(s.unit).toBe('lesuur');
    expect(s.until).toBe('2026-11-11');
    expect(s.hours).toBe(16);
    expect(s.alleLessenGemist).toBe(false);
    expect(s.specificatie[0]).toEqual({ date: '2026-11-02', hours: 2, wholeDay: false });
  });

  it('does not count lesuren twice when two records name the same lesson', () => {
    const recs = [
      ...records('2026-11-02', '2026-11-13', { span: { kind: 'lessons', from: 2, to: 3 } }),
      ...records('2026-11-02', '2026-11-13', { span: { kind: 'lessons', from: 3, to: 3 } }),
    ];
    expect(meldplicht(assessOne(recs, '2026-11-13', { school: { schoolType: 'vo' } }))?.until).toBe('2026-11-11');
  });

  it('only counts hours within 4 consecutive lesweken', () => {
    // Three hours every Monday: at most 12 hours fall in any 4 lesweken.
    const mondays = ['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28', '2026-10-05', '2026-10-12'];
    const recs = mondays.map((d) => record(d, { span: { kind: 'time', start: '08:30', end: '11:30' } }));
    expect(meldplicht(assessOne(recs, '2026-10-16'))).toBeUndefined();
  });

  it('skips holiday weeks inside the 4 lesweken (herfstvakantie midden 2026)', () => {
    // 4 klokuren on the Mondays 5 Oct, 12 Oct, 26 Oct, 2 Nov: four lesweken because 19–23 Oct is a holiday.
    const recs = ['2026-10-05', '2026-10-12', '2026-10-26', '2026-11-02'].map((d) =>
      record(d, { span: { kind: 'time', start: '08:30', end: '12:30' } }),
    );
    const s = meldplicht(assessOne(recs, '2026-11-03'))!;
    expect(s.since).toBe('2026-10-05');
    expect(s.until).toBe('2026-11-02');
    expect(s.skipped.map((p) => p.name)).toEqual(['herfstvakantie']);
    // In region noord the herfstvakantie was a week earlier: 26 Oct falls outside the 4 lesweken from 5 Oct.
    expect(meldplicht(assessOne(recs, '2026-11-03', { calendar: { regio: 'noord' } }))).toBeUndefined();
  });

  it('restarts the count after a melding, at most one melding per 7 calendar days', () => {
    const s = meldplicht(assessOne(records('2026-11-02', '2026-11-27'), '2026-11-27'))!;
    expect(s.meldingen).toEqual([
      { begin: '2026-11-02', end: '2026-11-05', hours: 20, due: '2026-11-05', deadline: '2026-11-12' },
      // Counting restarts on 6 Nov; 16 hours are reached on 11 Nov but the next melding may be on 12 Nov.
      { begin: '2026-11-06', end: '2026-11-12', hours: 25, due: '2026-11-12', deadline: '2026-11-19' },
      { begin: '2026-11-13', end: '2026-11-19', hours: 25, due: '2026-11-19', deadline: '2026-11-26' },
      { begin: '2026-11-20', end: '2026-11-26', hours: 25, due: '2026-11-26', deadline: '2026-12-03' },
    ]);
  });

  it('ignores geoorloofd absence and lateness', () => {
    expect(meldplicht(assessOne(records('2026-11-02', '2026-11-13', { category: 'ziek', geoorloofd: 'ja' }), '2026-11-13'))).toBeUndefined();
    expect(meldplicht(assessOne(records('2026-11-02', '2026-11-13', { category: 'te-laat' }), '2026-11-13'))).toBeUndefined();
  });

  it('is excluded for pupils who are not yet leerplichtig; for 18+ the same count is RMC-verzuim', () => {
    const recs = records('2026-11-02', '2026-11-06');
    const four = assessOne(recs, '2026-11-06', {}, { birthDate: '2022-06-01' });
    expect(meldplicht(four)).toBeUndefined();
    expect(four.excluded[0]!.reason).toMatch(/nog niet leerplichtig/);
    const adult = assessOne(recs, '2026-11-06', {}, { birthDate: '2007-01-01' });
    expect(meldplicht(adult)).toBeUndefined();
    expect(kinds(adult)).toEqual(['rmc-verzuim']);
  });

  it('drops a melding moment that lies more than the lookback before the data’s end', () => {
    const recs = [...records('2026-09-07', '2026-09-10'), record('2026-11-20', { category: 'te-laat' })];
    expect(meldplicht(assessOne(recs, '2026-11-20'))).toBeUndefined();
  });
});
