import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay, weekdayOf } from '../../lib/calendar/days.ts';
import { SchoolCalendar } from '../../lib/calendar/schoolCalendar.ts';
import { rowsToRecords } from '../../lib/import/rows.ts';
import { parseCsv } from '../../lib/import/readFile.ts';
import type { AbsenceRecord } from '../../lib/model.ts';
import { assess, registeredUntil } from '../../lib/rules/assess.ts';
import type { MeldplichtSignal } from '../../lib/rules/signal.ts';
import { parseSchooltijdenFile, parseSchooltijdenSpec, resolveWeek, TimetableEvidence } from '../../lib/rules/timetable.ts';
import { resolveSettings } from '../../lib/settings.ts';
import { assessOne, kinds, record, records } from '../helpers.ts';

/** A PO school with a short Wednesday. */
const PO_WEEK = {
  ma: { start: '08:30', end: '14:00' },
  di: { start: '08:30', end: '14:00' },
  wo: { start: '08:30', end: '12:15' },
  do: { start: '08:30', end: '14:00' },
  vr: { start: '08:30', end: '14:00' },
};
const calendar = new SchoolCalendar();

/** An export in which `pupils` pupils are absent every school day from `from` to `to`, registered as that day's school time. */
function poExport(from: string, to: string, pupils: number): string {
  const lines = ['Leerlingnummer;Naam;Groep;Datum;Begintijd;Eindtijd;Reden;Geoorloofd'];
  for (let p = 0; p < pupils; p++) {
    for (let d = isoToDay(from); d <= isoToDay(to); d++) {
      if (!calendar.isSchoolDay(d)) continue;
      const times = weekdayOf(d) === 2 ? ['08:30', '12:15'] : ['08:30', '14:00'];
      const [y, m, dd] = dayToIso(d).split('-');
      lines.push([`L${p}`, `Leerling ${p}`, '5A', `${dd}-${m}-${y}`, times[0], times[1], 'Ongeoorloofd afwezig', 'nee'].join(';'));
    }
  }
  return lines.join('\n');
}

function importCsv(text: string) {
  return rowsToRecords(parseCsv(text), { sourceName: 'export.csv', referenceYear: 2026 });
}

describe('failure 1: a PO school with a short Wednesday', () => {
  it('a pupil absent every school day for 8 weeks, in an export with begin and end times, is a thuiszitter (times inferred from the export)', () => {
    const imported = importCsv(poExport('2026-09-28', '2026-11-27', 6));
    const result = assess({ pupils: imported.pupils, records: imported.records, settings: resolveSettings({}), peildatum: '2026-11-27' });
    const pupil = result.pupils.find((p) => p.pupil.id === 'L0')!;
    expect(kinds(pupil)).toContain('thuiszitter');
    expect(pupil.timetable).toBe('ma–di 08:30–14:00 (afgeleid uit de gegevens); wo 08:30–12:15 (afgeleid uit de gegevens); do–vr 08:30–14:00 (afgeleid uit de gegevens)');
    expect(pupil.signals[0]!.timetable).toContain('afgeleid uit de gegevens');
  });

  it('the same pupil alone, with the school’s schooltijden set, is a thuiszitter; without them nothing is guessed and the reason is said', () => {
    const imported = importCsv(poExport('2026-09-28', '2026-11-27', 1));
    const settings = resolveSettings({ school: { schooltijden: PO_WEEK } });
    const withTimes = assess({ pupils: imported.pupils, records: imported.records, settings, peildatum: '2026-11-27' }).pupils[0]!;
    expect(kinds(withTimes)).toEqual(['thuiszitter', 'meldplicht-16-uur']);
    expect(withTimes.timetable).toBe('ma–di 08:30–14:00; wo 08:30–12:15; do–vr 08:30–14:00');

    // Alone and without schooltijden: the klokuren of each registration are known (its own times), whether it was the whole day is not.
    const without = assess({ pupils: imported.pupils, records: imported.records, settings: resolveSettings({}), peildatum: '2026-11-27' });
    expect(kinds(without.pupils[0]!)).toEqual(['meldplicht-16-uur']);
    expect(without.pupils[0]!.notes.map((n) => n.kind)).toEqual(['hele-dag-onbekend', 'schooltijden']);
    expect(without.pupils[0]!.notes.at(-1)!.text).toContain('Schooltijden niet (volledig) ingesteld');
    expect(without.timetable).toBe('ma–vr onbekend');
  });

  it('klokuren are real minutes: 5.5-hour days reach 16 uur on the third day', () => {
    const recs = ['2026-11-02', '2026-11-03', '2026-11-05'].map((d) => record(d, { span: { kind: 'time', start: '08:30', end: '14:00' } }));
    const s = assessOne(recs, '2026-11-06', { school: { schooltijden: PO_WEEK } }).signals.find((x) => x.kind === 'meldplicht-16-uur') as MeldplichtSignal;
    expect(s.until).toBe('2026-11-05');
    expect(s.hours).toBe(16.5);
    expect(s.alleLessenGemist).toBe(true);
  });

  it('a te-laat quarter plus the rest of the day is not a whole day', () => {
    const recs: AbsenceRecord[] = [];
    for (const r of records('2026-10-05', '2026-11-27', { span: { kind: 'time', start: '08:30', end: '14:00' } })) {
      if (r.date === '2026-11-04') {
        recs.push({ ...r, span: { kind: 'time', start: '08:30', end: '08:45' }, category: 'te-laat' });
        recs.push({ ...r, span: { kind: 'time', start: '08:45', end: '12:15' } });
      } else recs.push(weekdayOf(isoToDay(r.date)) === 2 ? { ...r, span: { kind: 'time', start: '08:30', end: '12:15' } } : r);
    }
    const p = assessOne(recs, '2026-11-27', { school: { schooltijden: PO_WEEK } });
    // The streak restarts on 5 November: three lesweken, dreigend but not a thuiszitter.
    expect(kinds(p)).not.toContain('thuiszitter');
    expect(p.signals.find((s) => s.kind === 'dreigend-thuiszitter')?.since).toBe('2026-11-05');
  });

  it('duplicated time rows are one absence, never twice the hours', () => {
    const morning = { span: { kind: 'time' as const, start: '08:30', end: '11:30' } };
    const recs = ['2026-11-02', '2026-11-03', '2026-11-05'].flatMap((d) => [record(d, morning), record(d, morning)]);
    expect(kinds(assessOne(recs, '2026-11-06', { school: { schooltijden: PO_WEEK } }))).toEqual([]);
  });
});

describe('failure 2: a pupil who skips only the first lesson every day', () => {
  it('is no thuiszitter and not dreigend: one lesson of eight is not a day', () => {
    const recs = records('2026-09-28', '2026-11-27', { span: { kind: 'lessons', from: 1, to: 1 } });
    const p = assessOne(recs, '2026-11-27', { school: { schoolType: 'vo' } });
    expect(kinds(p)).not.toContain('thuiszitter');
    expect(kinds(p)).not.toContain('dreigend-thuiszitter');
    // Sixteen missed first lessons are 16 lesuren: that is the 16-uur melding, and only that.
    expect(kinds(p)).toEqual(['meldplicht-16-uur']);
  });

  it('the lessons of a weekday are inferred from five or more pupils, never from one', () => {
    const evidence = new TimetableEvidence();
    for (const id of ['a', 'b', 'c', 'd']) evidence.lesson(id, 0, 7);
    expect(resolveWeek(undefined, 'vo', evidence)[0]).toMatchObject({ lessons: 8, basis: 'standaard' });
    evidence.lesson('e', 0, 6);
    expect(resolveWeek(undefined, 'vo', evidence)[0]).toMatchObject({ lessons: 7, lessonMinutes: 50, basis: 'afgeleid' });
    expect(resolveWeek(undefined, 'po', new TimetableEvidence())[0]).toEqual({ basis: 'onbekend' });
  });
});

describe('failure 3: a page read in the morning', () => {
  it('today without registrations is not a day at school: the thuiszitter stays, ongoing', () => {
    const recs = records('2026-10-05', '2026-11-26');
    const today = '2026-11-27';
    const settings = resolveSettings({ school: { schooltijden: PO_WEEK } });
    const pupils = [{ id: 'L1', name: 'Test', birthDate: '2015-03-01' }];
    expect(registeredUntil(recs, today)).toBe('2026-11-26');
    const assessed = assess({ pupils, records: recs, settings, peildatum: today, stillRegistering: today });
    expect(assessed.evaluatedUntil).toBe('2026-11-26');
    // Not a gap in the data: no warning about unassessed days.
    expect(assessed.warnings).toEqual([]);
    const page = assessed.pupils[0]!;
    expect(page.level).toBe('thuiszitter');
    expect(page.signals[0]!.ongoing).toBe(true);
    // Once today has a registration, today counts.
    const later = [...recs, record(today)];
    expect(registeredUntil(later, today)).toBe(today);
  });
});

describe('schooltijden from the scan', () => {
  it('reads an inline spec and a CSV or JSON file', () => {
    expect(parseSchooltijdenSpec('ma-vr=08:30-14:00,wo=8:30-12:15')).toMatchObject({ ok: true, value: { ma: { start: '08:30', end: '14:00' }, wo: { start: '08:30', end: '12:15' } } });
    expect(parseSchooltijdenSpec('ma-do=08:30-15:10/8x50,vr=6x50')).toMatchObject({ ok: true, value: { do: { lessons: 8, lessonMinutes: 50, start: '08:30' }, vr: { lessons: 6 } } });
    expect(parseSchooltijdenSpec('zo=08:30-14:00')).toMatchObject({ ok: false });
    expect(parseSchooltijdenSpec('ma=14:00-08:30')).toMatchObject({ ok: false, message: expect.stringContaining('eindtijd') });
    expect(parseSchooltijdenFile('dag;begintijd;eindtijd\nma-di;08:30;14:00\nwo;08:30;12:15\ndo-vr;08:30;14:00\n')).toMatchObject({ ok: true, value: { wo: { end: '12:15' }, vr: { end: '14:00' } } });
    expect(parseSchooltijdenFile('{"ma":{"lessons":7}}')).toMatchObject({ ok: true, value: { ma: { lessons: 7 } } });
    expect(parseSchooltijdenFile('{kapot')).toMatchObject({ ok: false });
  });

  it('lets groups with other times (groep 1–4 free on Friday afternoon) have their own Friday', () => {
    const week = resolveWeek({ ...PO_WEEK, afwijkend: [{ groups: [1, 2, 3, 4], days: { vr: { start: '08:30', end: '12:00' } } }] }, 'po', undefined, '3B');
    expect(week[4]).toMatchObject({ start: 510, end: 720 });
    expect(resolveWeek({ ...PO_WEEK, afwijkend: [{ groups: [1, 2, 3, 4], days: { vr: { start: '08:30', end: '12:00' } } }] }, 'po', undefined, '7A')[4]).toMatchObject({ end: 840 });
  });
});

describe('timetable properties', () => {
  const settings = { school: { schooltijden: PO_WEEK } };
  const start = isoToDay('2026-09-07');
  const end = isoToDay('2026-12-11');
  const schoolDays: number[] = [];
  for (let d = start; d <= end; d++) if (calendar.isSchoolDay(d)) schoolDays.push(d);
  const timed = (d: number) => record(dayToIso(d), { span: { kind: 'time', start: '08:30', end: weekdayOf(d) === 2 ? '12:15' : '14:00' } });
  // The data's last day is fixed: any registration (outside school time too) says the register is up to date until then.
  const signalsOf = (recs: AbsenceRecord[]) =>
    assessOne(recs, dayToIso(end), settings, {}, dayToIso(end)).signals.map((s) => ({ kind: s.kind, since: s.since, lastDay: s.lastDay, ongoing: s.ongoing }));

  it('a registration outside school time never changes a signal', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: schoolDays.length - 1 }), { minLength: 5, maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: schoolDays.length - 1 }), fc.boolean()), { maxLength: 10 }),
        (absent, outside) => {
          const recs = absent.map((i) => timed(schoolDays[i]!));
          const extra = outside.map(([i, early]) => record(dayToIso(schoolDays[i]!), { span: early ? { kind: 'time', start: '07:00', end: '08:30' } : { kind: 'time', start: '14:00', end: '17:00' } }));
          expect(signalsOf([...recs, ...extra])).toEqual(signalsOf(recs));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('adding today with no registrations never ends a streak', () => {
    fc.assert(
      fc.property(fc.integer({ min: 25, max: schoolDays.length - 1 }), (i) => {
        const today = schoolDays[i]!;
        const recs = schoolDays.slice(0, i).map(timed);
        const pupils = [{ id: 'L1', name: 'Test', birthDate: '2015-03-01' }];
        const s = resolveSettings(settings);
        const page = assess({ pupils, records: recs, settings: s, peildatum: dayToIso(today), stillRegistering: dayToIso(today) }).pupils[0]!;
        const yesterday = assess({ pupils, records: recs, settings: s, peildatum: dayToIso(today) }).pupils[0]!;
        expect(page.level).toBe('thuiszitter');
        expect(page.signals.map((x) => [x.kind, x.since, x.ongoing])).toEqual(yesterday.signals.map((x) => [x.kind, x.since, x.ongoing]));
        expect(page.signals[0]!.ongoing).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('changing the timetable of a weekday the pupil attended changes nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 600, max: 900 }), (attended, other, endMinutes) => {
        if (attended === other) return;
        // Absent on every school day except one weekday, which the pupil always attended.
        const recs = schoolDays.filter((d) => weekdayOf(d) !== attended).map(timed);
        const key = (['ma', 'di', 'wo', 'do', 'vr'] as const)[attended]!;
        const changed = { school: { schooltijden: { ...PO_WEEK, [key]: { start: '08:30', end: `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}` } } } };
        const base = assessOne(recs, dayToIso(end), settings).signals.map((s) => [s.kind, s.since, s.lastDay]);
        expect(assessOne(recs, dayToIso(end), changed).signals.map((s) => [s.kind, s.since, s.lastDay])).toEqual(base);
      }),
      { numRuns: 25 },
    );
  });
});

describe('duplicates', () => {
  it('identical registrations count once and are reported', () => {
    const morning = { span: { kind: 'time' as const, start: '08:30', end: '11:30' } };
    const recs = ['2026-11-02', '2026-11-03', '2026-11-05'].flatMap((d) => [record(d, morning), record(d, morning)]);
    recs.push(record('2026-11-06'), record('2026-11-06'), record('2026-11-09', { span: { kind: 'lessons', from: 2, to: 3 } }), record('2026-11-09', { span: { kind: 'lessons', from: 3, to: 3 } }));
    const p = assessOne(recs, '2026-11-09', { school: { schooltijden: PO_WEEK } });
    expect(p.duplicates).toBe(5);
    // 9 hours of mornings plus one whole day: not 18 + 11.
    expect(kinds(p)).toEqual([]);
  });
});
