import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay } from '../../lib/calendar/days.ts';
import { SchoolCalendar } from '../../lib/calendar/schoolCalendar.ts';
import type { AbsenceRecord } from '../../lib/model.ts';
import { finalizePupilDays, PupilDayBuilder } from '../../lib/rules/pupilDays.ts';
import { resolveWeek } from '../../lib/rules/timetable.ts';
import { ReasonResolver } from '../../lib/rules/reasons.ts';
import type { DreigendSignal, ThuiszitterSignal } from '../../lib/rules/signal.ts';
import { findStreaks } from '../../lib/rules/thuiszitter.ts';
import { resolveSettings } from '../../lib/settings.ts';
import { assessOne, FIVE_HOUR_DAYS, kinds, record, records, without } from '../helpers.ts';

function thuiszitter(p: ReturnType<typeof assessOne>) {
  return p.signals.find((s) => s.kind === 'thuiszitter') as ThuiszitterSignal | undefined;
}
function dreigend(p: ReturnType<typeof assessOne>) {
  return p.signals.find((s) => s.kind === 'dreigend-thuiszitter') as DreigendSignal | undefined;
}

describe('thuiszitter (langdurig relatief verzuim)', () => {
  it('fires after more than 4 lesweken, skipping the herfstvakantie (hand-checked, midden 2026)', () => {
    // Absent every weekday from Monday 5 October; herfstvakantie midden 17–25 October.
    const p = assessOne(records('2026-10-05', '2026-11-27'), '2026-11-27');
    const s = thuiszitter(p)!;
    expect(s.since).toBe('2026-10-05');
    // 10 school days before the holiday + 25 after = 35.
    expect(s.schoolDays).toBe(35);
    // Lesweken: 5 Oct, 12 Oct, (holiday), 26 Oct, 2 Nov → longer than 4 on Monday 9 November.
    expect(s.firedOn).toBe('2026-11-09');
    expect(s.skipped).toEqual([{ kind: 'vakantie', name: 'herfstvakantie', start: '2026-10-19', end: '2026-10-23' }]);
    expect(s.bucket).toBe('4-weken-3-maanden');
    expect(s.ongoing).toBe(true);
    expect(p.level).toBe('thuiszitter');
  });

  it('is not yet a thuiszitter on the last day of the fourth leesweek', () => {
    const p = assessOne(records('2026-10-05', '2026-11-06'), '2026-11-06');
    expect(thuiszitter(p)).toBeUndefined();
    expect(dreigend(p)?.since).toBe('2026-10-05');
    expect(assessOne(records('2026-10-05', '2026-11-09'), '2026-11-09').level).toBe('thuiszitter');
  });

  it('counts across the kerstvakantie: 4 lesweken from 7 December end on 18 January (midden 2026-2027)', () => {
    const before = assessOne(records('2026-12-07', '2027-01-15'), '2027-01-15');
    expect(thuiszitter(before)).toBeUndefined();
    // Dreigend at 2 lesweken: 21 December is in the holiday, so the first school day after it.
    expect(dreigend(before)?.firedOn).toBe('2027-01-04');
    const after = assessOne(records('2026-12-07', '2027-01-18'), '2027-01-18');
    const s = thuiszitter(after)!;
    expect(s.firedOn).toBe('2027-01-18');
    expect(s.schoolDays).toBe(10 + 11);
    expect(s.skipped.map((x) => x.name)).toEqual(['kerstvakantie']);
  });

  it('depends on the region: records in another region’s holiday do not count (herfst 2025: zuid 11–19 okt)', () => {
    const recs = records('2025-10-13', '2025-11-07');
    const middenResult = dreigend(assessOne(recs, '2025-11-07', { calendar: { regio: 'midden' } }))!;
    const zuidResult = dreigend(assessOne(recs, '2025-11-07', { calendar: { regio: 'zuid' } }))!;
    expect(middenResult.since).toBe('2025-10-13');
    expect(zuidResult.since).toBe('2025-10-20');
    expect(middenResult.schoolDays).toBe(15);
    expect(zuidResult.schoolDays).toBe(15);
  });

  it('ends the streak on an attended school day', () => {
    const p = assessOne(without(records('2026-10-05', '2026-11-27'), '2026-11-11'), '2026-11-27');
    expect(thuiszitter(p)).toBeUndefined();
    expect(dreigend(p)?.since).toBe('2026-11-12');
    expect(dreigend(p)?.schoolDays).toBe(12);
    // From 29 October the new streak is itself longer than 4 lesweken by 26 November.
    expect(thuiszitter(assessOne(without(records('2026-10-05', '2026-11-27'), '2026-10-28'), '2026-11-27'))?.since).toBe('2026-10-29');
  });

  it('ends the streak on a partly attended day (lessons 1–3 only)', () => {
    const recs = without(records('2026-10-05', '2026-11-27'), '2026-11-11');
    recs.push(record('2026-11-11', { span: { kind: 'lessons', from: 1, to: 3 } }));
    const sixLessons = { school: { schooltijden: { ma: { lessons: 6 }, di: { lessons: 6 }, wo: { lessons: 6 }, do: { lessons: 6 }, vr: { lessons: 6 } } } };
    expect(thuiszitter(assessOne(recs, '2026-11-27', sixLessons))).toBeUndefined();
    expect(dreigend(assessOne(recs, '2026-11-27', sixLessons))?.since).toBe('2026-11-12');
  });

  it('counts a whole day when every lesson of that weekday is registered absent', () => {
    const recs = [];
    for (const r of records('2026-10-05', '2026-11-27')) {
      for (let lesson = 1; lesson <= 7; lesson++) recs.push({ ...r, span: { kind: 'lessons' as const, from: lesson, to: lesson } });
    }
    const seven = { lessons: 7, lessonMinutes: 50 };
    const vo = { school: { schoolType: 'vo' as const, schooltijden: { ma: seven, di: seven, wo: seven, do: seven, vr: seven } } };
    const p = assessOne(recs, '2026-11-27', vo, { group: '3B' });
    expect(thuiszitter(p)?.schoolDays).toBe(35);
    // One lesson attended on one day breaks the streak.
    const gap = recs.filter((r) => !(r.date === '2026-11-02' && r.span.kind === 'lessons' && r.span.from === 4));
    expect(thuiszitter(assessOne(gap, '2026-11-27', vo, { group: '3B' }))).toBeUndefined();
    // Without schooltijden a VO school has 8 lessons until set: seven of them are not the whole day.
    expect(thuiszitter(assessOne(recs, '2026-11-27', { school: { schoolType: 'vo' } }, { group: '3B' }))).toBeUndefined();
  });

  it('does not count geoorloofd absence by default, but does with the PPO Rotterdam definition', () => {
    const sick = records('2026-10-05', '2026-11-27', { category: 'ziek', geoorloofd: 'ja' });
    expect(thuiszitter(assessOne(sick, '2026-11-27'))).toBeUndefined();
    const ppo = thuiszitter(assessOne(sick, '2026-11-27', { preset: 'ppo-rotterdam' }))!;
    expect(ppo.schoolDays).toBe(35);
    expect(ppo.countsGeoorloofd).toBe(true);
  });

  it('counts absence without a geoorloofd status and says how many days that were', () => {
    const recs = records('2026-10-05', '2026-11-27', { geoorloofd: 'onbekend', reasonCode: 'X' });
    expect(thuiszitter(assessOne(recs, '2026-11-27'))?.unknownDays).toBe(35);
    expect(assessOne(recs, '2026-11-27', { rules: { countOnbekendAsOngeoorloofd: false } }).signals).toEqual([]);
    // The school's code table settles it.
    const coded = assessOne(recs, '2026-11-27', { school: { reasonCodes: [{ code: 'x', geoorloofd: 'ja', category: 'ziek' }] } });
    expect(kinds(coded)).not.toContain('thuiszitter');
  });

  it('takes a pupil with a vrijstelling out of the count, and says so', () => {
    const p = assessOne(records('2026-10-05', '2026-11-27'), '2026-11-27', {}, { vrijstelling: { grond: '5-onder-a' } });
    expect(kinds(p)).not.toContain('thuiszitter');
    expect(p.excluded.map((e) => e.kind)).toContain('thuiszitter');
    expect(p.excluded[0]!.reason).toMatch(/art\. 5 onder a/);
  });

  it('puts a streak of more than 3 months in the Inspectie’s second category', () => {
    const s = thuiszitter(assessOne(records('2026-08-31', '2026-12-04'), '2026-12-04'))!;
    expect(s.since).toBe('2026-08-31');
    expect(s.bucket).toBe('langer-dan-3-maanden');
  });

  it('reports only the current streak; an ended one becomes history', () => {
    const recs = records('2026-09-07', '2026-10-16');
    const p = assessOne(recs, '2026-11-27', {}, {}, '2026-11-27');
    expect(p.signals.filter((s) => s.kind === 'thuiszitter')).toEqual([]);
    expect(p.history).toEqual([{ since: '2026-09-07', lastDay: '2026-10-16', schoolDays: 30 }]);
  });

  it('does not judge days after the data ends', () => {
    // Data until Friday 27 November, peildatum a week later: the streak is still current.
    const p = assessOne(records('2026-10-05', '2026-11-27'), '2026-12-04');
    expect(thuiszitter(p)?.ongoing).toBe(true);
  });

  it('flags a pattern of many whole days absent as dreigend', () => {
    const every2nd = records('2026-11-02', '2026-11-27').filter((_, i) => i % 2 === 0);
    const s = dreigend(assessOne(every2nd, '2026-11-27'))!;
    expect(s.pattern).toBe('patroon');
    expect(s.schoolDays).toBe(10);
  });
});

describe('thuiszitter properties', () => {
  const calendar = new SchoolCalendar();
  const settings = resolveSettings({});
  const rules = settings.rules;
  const week = resolveWeek(FIVE_HOUR_DAYS, 'po', undefined);
  const dayTable = (recs: AbsenceRecord[]) => {
    const builder = new PupilDayBuilder({ calendar, resolver: new ReasonResolver([]), countOnbekend: true });
    for (const r of recs) builder.add(r);
    return finalizePupilDays(builder.result(), week, 'klokuur');
  };
  const start = isoToDay('2026-09-07');
  const end = isoToDay('2026-12-18');
  const schoolDays: number[] = [];
  for (let d = start; d <= end; d++) if (calendar.isSchoolDay(d)) schoolDays.push(d);
  const base = records(dayToIso(start), dayToIso(end));

  it('a holiday added inside a streak never breaks it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: schoolDays.length - 2 }), { maxLength: 6 }), (picks) => {
        const free = picks.map((i) => ({ date: dayToIso(schoolDays[i]!), name: 'studiedag' }));
        const p = assessOne(base, dayToIso(end), { calendar: { vrijeDagen: free } });
        const s = thuiszitter(p)!;
        expect(s.since).toBe(dayToIso(start));
        expect(s.schoolDays).toBe(schoolDays.length - picks.length);
      }),
      { numRuns: 40 },
    );
  });

  it('an attended school day ends the streak: the current one starts the day after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: schoolDays.length - 2 }), (i) => {
        const present = schoolDays[i]!;
        const days = dayTable(without(base, dayToIso(present)));
        const streaks = findStreaks(days, rules, { calendar, dataFrom: start, evalEnd: end, peildatum: end });
        expect(streaks.at(-1)!.start).toBe(schoolDays[i + 1]);
        for (const s of streaks) expect(s.days).not.toContain(present);
      }),
      { numRuns: 40 },
    );
  });

  it('records on weekends and holidays neither count nor break a streak', () => {
    fc.assert(
      fc.property(fc.boolean(), (withWeekends) => {
        const recs = records(dayToIso(start), dayToIso(end), { weekdaysOnly: !withWeekends });
        expect(thuiszitter(assessOne(recs, dayToIso(end)))!.schoolDays).toBe(schoolDays.length);
      }),
      { numRuns: 4 },
    );
  });
});
