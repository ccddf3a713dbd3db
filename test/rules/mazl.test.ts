import { describe, expect, it } from 'vitest';
import type { MazlSignal } from '../../lib/rules/signal.ts';
import { assessOne, record, records } from '../helpers.ts';

const sick = { category: 'ziek' as const, geoorloofd: 'ja' as const };
function mazl(p: ReturnType<typeof assessOne>) {
  return p.signals.find((s) => s.kind === 'mazl') as MazlSignal | undefined;
}

describe('MAZL', () => {
  it('fires on the 4th sick report within 12 lesweken', () => {
    const recs = ['2026-09-14', '2026-10-05', '2026-11-02', '2026-11-23'].map((d) => record(d, sick));
    const s = mazl(assessOne(recs, '2026-11-27'))!;
    expect(s.criterion).toBe('ziekmeldingen');
    expect(s.reports).toBe(4);
    // An event: it fired with the 4th report, which began on 23 November; the count reaches back to 14 September.
    expect(s.since).toBe('2026-11-23');
    expect(s.firedOn).toBe('2026-11-23');
    expect(s.countedDays[0]).toBe('2026-09-14');
  });

  it('does not fire when the 4 reports span more than 12 lesweken', () => {
    const recs = ['2026-08-24', '2026-10-05', '2026-11-02', '2026-11-23'].map((d) => record(d, sick));
    expect(mazl(assessOne(recs, '2026-11-27'))).toBeUndefined();
  });

  it('treats consecutive sick days as one report, also across a weekend', () => {
    const recs = [...records('2026-11-05', '2026-11-10', sick), record('2026-11-16', sick), record('2026-11-23', sick)];
    expect(mazl(assessOne(recs, '2026-11-27'))).toBeUndefined();
  });

  it('fires on the 7th consecutive sick school day, not the 6th', () => {
    // Monday 16 – Monday 23 November: 6 school days; Tuesday 24 November is the 7th.
    expect(mazl(assessOne(records('2026-11-16', '2026-11-23', sick), '2026-11-23'))).toBeUndefined();
    const s = mazl(assessOne(records('2026-11-16', '2026-11-24', sick), '2026-11-24'))!;
    expect(s.criterion).toBe('aaneengesloten');
    expect(s.firedOn).toBe('2026-11-24');
    expect(s.consecutiveDays).toBe(7);
  });

  it('does not split a sick period over the herfstvakantie', () => {
    const s = mazl(assessOne(records('2026-10-13', '2026-10-28', sick), '2026-10-28'))!;
    expect(s.consecutiveDays).toBe(7);
    expect(s.skipped.map((p) => p.name)).toEqual(['herfstvakantie']);
  });

  it('uses the regional thresholds when the school sets them (Amsterdam: longer than 10 days)', () => {
    const recs = records('2026-11-16', '2026-11-27', sick);
    expect(mazl(assessOne(recs, '2026-11-27', { rules: { mazl: { consecutiveDays: 11 } } }))).toBeUndefined();
    expect(mazl(assessOne(recs, '2026-11-27'))).toBeDefined();
  });
});

describe('MAZL as an event (decided reading)', () => {
  it('the 7th consecutive sick day: since is the first day of that sick period', () => {
    const s = mazl(assessOne(records('2026-11-16', '2026-11-24', sick), '2026-11-27'))!;
    expect(s).toMatchObject({ criterion: 'aaneengesloten', since: '2026-11-16', firedOn: '2026-11-24', thresholdDays: 7 });
  });

  it('stays visible for 4 lesweken after the last sick day of the report that fired, then goes', () => {
    const recs = ['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28'].map((d) => record(d, sick));
    // The 4th report on 28 September; 4 lesweken later (herfstvakantie skipped) it is still shown, after that not.
    expect(mazl(assessOne(recs, '2026-10-30', {}, {}, '2026-10-30'))?.since).toBe('2026-09-28');
    expect(mazl(assessOne(recs, '2026-11-06', {}, {}, '2026-11-06'))).toBeUndefined();
  });

  it('a later report that is again the 4th or more within its own 12 lesweken fires anew; the latest is shown', () => {
    const recs = ['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28', '2026-11-23'].map((d) => record(d, sick));
    const s = mazl(assessOne(recs, '2026-11-27', {}, {}, '2026-11-27'))!;
    expect(s).toMatchObject({ since: '2026-11-23', reports: 5 });
  });
});
