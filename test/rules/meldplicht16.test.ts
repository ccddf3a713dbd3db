import { describe, expect, it } from 'vitest';
import type { MeldplichtSignal } from '../../lib/rules/signal.ts';
import { explainSignal } from '../../lib/explain.ts';
import { assessOne, kinds, made, record, records } from '../helpers.ts';

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
      { begin: '2026-11-02', end: '2026-11-05', hours: 20, due: '2026-11-05', deadline: '2026-11-12', status: 'verlopen' },
      // Counting restarts on 6 Nov; 16 hours are reached on 11 Nov but the next melding may be on 12 Nov.
      { begin: '2026-11-06', end: '2026-11-12', hours: 25, due: '2026-11-12', deadline: '2026-11-19', status: 'verlopen' },
      { begin: '2026-11-13', end: '2026-11-19', hours: 25, due: '2026-11-19', deadline: '2026-11-26', status: 'verlopen' },
      { begin: '2026-11-20', end: '2026-11-26', hours: 25, due: '2026-11-26', deadline: '2026-12-03', status: 'open' },
    ]);
    // Nothing reported yet: the signal's dates are those of the oldest open moment, overdue.
    expect(s.since).toBe('2026-11-02');
    expect(s.deadline).toBe('2026-11-12');
    expect(s.overdue).toBe(true);
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

  it('keeps an old meldmoment until it is reported; a reported one drops out after the lookback', () => {
    const recs = [...records('2026-09-07', '2026-09-10'), record('2026-11-20', { category: 'te-laat' })];
    const open = meldplicht(assessOne(recs, '2026-11-20'))!;
    expect(open.meldingen).toMatchObject([{ begin: '2026-09-07', status: 'verlopen', deadline: '2026-09-17' }]);
    expect(open.overdue).toBe(true);
    expect(meldplicht(assessOne(recs, '2026-11-20', {}, {}, undefined, [made('2026-09-07', '2026-09-11')]))).toBeUndefined();
  });

  it('an earlier school year’s meldmomenten are history', () => {
    const recs = [...records('2026-06-01', '2026-06-04'), record('2026-11-20', { category: 'te-laat' })];
    expect(meldplicht(assessOne(recs, '2026-11-20'))).toBeUndefined();
  });
});

describe('meldingen as facts: each meldmoment reported or open', () => {
  const recs = records('2026-11-02', '2026-11-27');
  it('a made melding reports the meldmoment its begindatum falls in, one each; the oldest open one leads', () => {
    const s = meldplicht(assessOne(recs, '2026-11-27', {}, {}, undefined, [made('2026-11-02', '2026-11-09'), made('2026-11-06', '2026-11-13', { id: 'm2' })]))!;
    expect(s.meldingen.map((m) => [m.begin, m.status, m.gemeldOp])).toEqual([
      ['2026-11-02', 'gemeld', '2026-11-09'],
      ['2026-11-06', 'gemeld', '2026-11-13'],
      ['2026-11-13', 'verlopen', undefined],
      ['2026-11-20', 'open', undefined],
    ]);
    expect([s.since, s.deadline, s.overdue]).toEqual(['2026-11-13', '2026-11-26', true]);
    expect(explainSignal(s).details.join('\n')).toContain('gemeld op 9-11-2026');
  });

  it('every moment reported: the latest shows as gemeld while recent, nothing overdue', () => {
    const all = ['2026-11-02', '2026-11-06', '2026-11-13', '2026-11-20'].map((b, i) => made(b, '2026-11-27', { id: `m${i}` }));
    const s = meldplicht(assessOne(recs, '2026-11-27', {}, {}, undefined, all))!;
    expect(s.meldingen.every((m) => m.status === 'gemeld')).toBe(true);
    expect(s.overdue).toBe(false);
    expect(explainSignal(s).short).toContain('gemeld op');
  });

  it('a running LRV melding (no einddatum) reports every meldmoment from its begindatum', () => {
    const s = meldplicht(assessOne(recs, '2026-11-27', {}, {}, undefined, [made('2026-11-02', '2026-11-09', { verzuimsoort: 'lrv' })]))!;
    expect(s.meldingen.every((m) => m.status === 'gemeld')).toBe(true);
  });

  it('a melding at the SWV or of another pupil reports nothing', () => {
    const s = meldplicht(assessOne(recs, '2026-11-27', {}, {}, undefined, [made('2026-11-02', '2026-11-09', { kind: 'swv' }), made('2026-11-02', '2026-11-09', { pupilId: 'L2' })]))!;
    expect(s.meldingen[0]!.status).toBe('verlopen');
  });

  it('an LRV melding without einddatum asks for it once the pupil is back', () => {
    const back = records('2026-10-05', '2026-11-06');
    const lrv = made('2026-10-05', '2026-10-12', { verzuimsoort: 'lrv' });
    const p = assessOne(back, '2026-11-27', {}, {}, undefined, [lrv]);
    expect(p.notes.map((n) => n.kind)).toContain('einddatum-doorgeven');
    const closed = assessOne(back, '2026-11-27', {}, {}, undefined, [{ ...lrv, einddatum: '2026-11-06' }]);
    expect(closed.notes.map((n) => n.kind)).not.toContain('einddatum-doorgeven');
    // Still away: no einddatum yet to give.
    const away = assessOne(records('2026-10-05', '2026-11-27'), '2026-11-27', {}, {}, undefined, [lrv]);
    expect(away.notes.map((n) => n.kind)).not.toContain('einddatum-doorgeven');
  });
});

describe('follow-up meldingen (decided reading)', () => {
  it('while 16 hours are reached again within 7 days of the last einddatum, shows the coming melding', () => {
    // Whole days of 5 hours from Monday 2 November: the first melding ends Thursday 5 November.
    const s = meldplicht(assessOne(records('2026-11-02', '2026-11-11'), '2026-11-11'))!;
    expect(s.meldingen.map((m) => m.end)).toEqual(['2026-11-05']);
    // Counting restarts on 6 November; 16 hours on 11 November, but the next melding may only be made from 12 November.
    expect(s.pending).toEqual({ begin: '2026-11-06', hours: 20, dueFrom: '2026-11-12', deadline: '2026-11-19' });
    expect(explainSignal(s).details.join('\n')).toContain('te melden vanaf 12-11-2026');
  });

  it('a pupil who reached 16 hours and came back still gets the melding, dated to the last absence day', () => {
    // Absent 2–5 Nov (melding 1), again 6, 9, 10, 11 Nov (16 hours on the 11th) and back at school from the 12th.
    const recs = records('2026-11-02', '2026-11-11');
    const s = meldplicht(assessOne(recs, '2026-11-20', {}, {}, '2026-11-20'))!;
    expect(s.meldingen).toEqual([
      { begin: '2026-11-02', end: '2026-11-05', hours: 20, due: '2026-11-05', deadline: '2026-11-12', status: 'verlopen' },
      { begin: '2026-11-06', end: '2026-11-11', hours: 20, due: '2026-11-12', deadline: '2026-11-19', status: 'verlopen' },
    ]);
    // With the first reported, the follow-up leads.
    const s2 = meldplicht(assessOne(recs, '2026-11-20', {}, {}, '2026-11-20', [made('2026-11-02', '2026-11-06')]))!;
    expect(s2.until).toBe('2026-11-11');
    expect(s2.due).toBe('2026-11-12');
    expect(s2.overdue).toBe(true);
  });

  it('says so when the deadline falls in a school holiday (werkdagen run on)', () => {
    // 16 hours reached on Thursday 23 April 2026: 5 werkdagen (Koningsdag skipped) end on 1 May, in the meivakantie.
    const s = meldplicht(assessOne(records('2026-04-20', '2026-04-23'), '2026-04-24'))!;
    expect(s.deadline).toBe('2026-05-01');
    expect(s.deadlineInHoliday).toBe('meivakantie');
    expect(explainSignal(s).details.join('\n')).toContain('valt in de meivakantie');
  });
});

describe('ages: 18+ is RMC, 23+ and a startkwalificatie end it', () => {
  const recs = records('2026-10-05', '2026-11-27');

  it('18 to 22 without a startkwalificatie: RMC-verzuim only, no thuiszitter or dreigend', () => {
    const p = assessOne(recs, '2026-11-27', {}, { birthDate: '2007-06-01' });
    expect(kinds(p)).toEqual(['rmc-verzuim']);
    expect(p.excluded.map((e) => e.kind)).toEqual(['thuiszitter']);
    expect(explainSignal(p.signals[0]!).title).toBe('RMC-verzuim: 16 uur in 4 lesweken (18+)');
  });

  it('23 and older, or past leerplicht with a startkwalificatie: none of the absence signals; MAZL stays', () => {
    expect(kinds(assessOne(recs, '2026-11-27', {}, { birthDate: '2002-06-01' }))).toEqual([]);
    expect(kinds(assessOne(recs, '2026-11-27', {}, { birthDate: '2007-06-01', startkwalificatie: true }))).toEqual([]);
    expect(kinds(assessOne(recs, '2026-11-27', {}, { birthDate: '2009-06-01', startkwalificatie: true }))).toEqual([]);
    const sick = ['2026-09-14', '2026-10-05', '2026-11-02', '2026-11-16'].map((d) => record(d, { category: 'ziek', geoorloofd: 'ja' }));
    expect(kinds(assessOne(sick, '2026-11-20', {}, { birthDate: '2002-06-01' }))).toEqual(['mazl']);
  });

  it('a startkwalificatie column in an export is read', async () => {
    const { rowsToRecords } = await import('../../lib/import/rows.ts');
    const result = rowsToRecords([['Leerlingnummer', 'Datum', 'Startkwalificatie'], ['1', '02-11-2026', 'ja'], ['2', '02-11-2026', 'nee']], { sourceName: 'x.csv' });
    expect(result.pupils.map((p) => p.startkwalificatie)).toEqual([true, false]);
  });
});

describe('failure 6: explanations state the rule as configured', () => {
  it('a 3-week thuiszitter term and a 12-hour meldplicht say 3 and 12', () => {
    const p = assessOne(records('2026-10-26', '2026-11-27'), '2026-11-27', { rules: { thuiszitter: { weeks: 3 }, meldplicht: { hours: 12 } } });
    const [thuiszitter, melding] = p.signals;
    expect(thuiszitter).toMatchObject({ kind: 'thuiszitter', thresholdWeeks: 3 });
    expect(explainSignal(thuiszitter!).details[0]).toBe('Regel: langer dan 3 lesweken aaneengesloten hele dagen ongeoorloofd afwezig.');
    expect(melding).toMatchObject({ kind: 'meldplicht-16-uur', thresholdHours: 12, windowWeeks: 4 });
    const e = explainSignal(melding!);
    expect(e.title).toBe('Meldplicht: 12 uur in 4 lesweken');
    expect(e.details[0]).toContain('Regel: 12 uur ongeoorloofd verzuim binnen 4 opeenvolgende lesweken');
    expect(e.short).toMatch(/^12 uur bereikt op/);
    // Only the source still quotes the law's own 16 hours.
    expect(e.details.slice(0, -1).join('\n')).not.toContain('16 uur');
    expect(e.details.at(-1)).toMatch(/^Bron: Leerplichtwet/);
    expect(e.details.join('\n')).toContain('Schooltijden: ma–vr 08:30–13:30');
  });
});

describe('a meldmoment decided not to report', () => {
  it('is "afgezien" with its reason, not open or overdue; the next unreported one leads', () => {
    const recs = records('2026-11-02', '2026-11-27');
    const skip = made('2026-11-02', '2026-11-09', { afgezien: { reden: 'verlof achteraf toegekend' } });
    const s = meldplicht(assessOne(recs, '2026-11-27', {}, {}, undefined, [skip]))!;
    expect(s.meldingen[0]).toMatchObject({ status: 'afgezien', reden: 'verlof achteraf toegekend', gemeldOp: '2026-11-09' });
    expect(s.since).toBe('2026-11-06');
    expect(explainSignal(s).details.join('\n')).toContain('niet gemeld, besloten op 9-11-2026: verlof achteraf toegekend');
    // A dismissed LRV melding is not a running one: it covers only its own moment.
    const lrvSkip = made('2026-11-02', '2026-11-09', { verzuimsoort: 'lrv', afgezien: { reden: 'vrijstelling volgt' } });
    expect(meldplicht(assessOne(recs, '2026-11-27', {}, {}, undefined, [lrvSkip]))!.meldingen.filter((m) => m.status === 'afgezien')).toHaveLength(1);
  });
});
