/**
 * A fictional primary school (names and numbers are made up) whose absences are generated backwards
 * from the peildatum, so that every signal shows whatever the date. The same pupils feed the demo
 * pages and the e2e fixtures of later issues.
 */
import { civilToDay, dayToCivil, dayToIso, isoToDay, weekdayOf, type IsoDate } from '../../lib/calendar/days.ts';
import { SchoolCalendar, type CalendarSettings } from '../../lib/calendar/schoolCalendar.ts';

export interface DemoPupil {
  id: string;
  firstName: string;
  lastName: string;
  /** Age in years on the peildatum. */
  age: number;
  group: string;
  vrijstelling?: string;
  /** What the demo shows with this pupil. */
  shows: string;
}

export interface DemoRow {
  pupil: DemoPupil;
  date: IsoDate;
  /** 'hele dag' or a time range. */
  startTime?: string;
  endTime?: string;
  reason: string;
  code: string;
  geoorloofd: 'ja' | 'nee' | '';
}

/**
 * The demo school's schooltijden: a primary school with a short Wednesday. Its onboarding sets these;
 * its export writes whole days with these times, so the scan can also infer them.
 */
export const DEMO_SCHOOLTIJDEN = {
  ma: { start: '08:30', end: '14:00' },
  di: { start: '08:30', end: '14:00' },
  wo: { start: '08:30', end: '12:15' },
  do: { start: '08:30', end: '14:00' },
  vr: { start: '08:30', end: '14:00' },
} as const;

const UNAUTHORISED = { reason: 'Ongeoorloofd afwezig', code: 'OA', geoorloofd: 'nee' as const };
const SICK = { reason: 'Ziek gemeld', code: 'ZK', geoorloofd: 'ja' as const };

export const DEMO_PUPILS: readonly DemoPupil[] = [
  { id: '900101', firstName: 'Daan', lastName: 'Voorbeeld', age: 10, group: '6B', shows: 'thuiszitter: 7 lesweken niet op school' },
  { id: '900102', firstName: 'Mila', lastName: 'Testmans', age: 11, group: '7A', shows: 'thuiszitter langer dan 3 maanden' },
  { id: '900103', firstName: 'Sem', lastName: 'de Proef', age: 8, group: '4A', shows: 'dreigend thuiszitter: 12 schooldagen' },
  { id: '900104', firstName: 'Noor', lastName: 'Fictief', age: 12, group: '8A', shows: 'dreigend (patroon) en meldplicht 16 uur' },
  { id: '900105', firstName: 'Luuk', lastName: 'Demo', age: 9, group: '5A', shows: 'meldplicht 16 uur: ochtenden weg' },
  { id: '900106', firstName: 'Julia', lastName: 'Verzonnen', age: 7, group: '3A', shows: 'meldplicht 16 uur, meldtermijn verlopen' },
  { id: '900107', firstName: 'Finn', lastName: 'Bedacht', age: 10, group: '6B', shows: 'MAZL: vier ziekmeldingen in 12 weken' },
  { id: '900108', firstName: 'Tess', lastName: 'Denkbeeld', age: 6, group: '2A', shows: 'MAZL: acht schooldagen aaneengesloten ziek' },
  { id: '900109', firstName: 'Bo', lastName: 'Vrijgesteld', age: 9, group: '5A', vrijstelling: 'art. 5 onder a', shows: 'vrijstelling: geen thuiszitter' },
  { id: '900110', firstName: 'Sophie', lastName: 'Kleuter', age: 4, group: '1A', shows: 'thuiszitter van 4 jaar: niet leerplichtig, alleen SWV' },
  { id: '900111', firstName: 'Thijs', lastName: 'Zondercode', age: 11, group: '7A', shows: 'dreigend: absenties zonder geoorloofd-status' },
  ...['Emma Steekproef', 'Lars Monster', 'Zoë Casus', 'Milan Schets', 'Evi Proefdraai', 'Jesse Ontwerp', 'Lotte Model', 'Ruben Figurant', 'Fenna Personage', 'Ties Rolspel']
    .map((full, i): DemoPupil => {
      const [firstName, lastName] = full.split(' ') as [string, string];
      return { id: String(900120 + i), firstName, lastName, age: 5 + (i % 7), group: `${1 + (i % 8)}A`, shows: 'gewoon verzuim: geen signaal' };
    }),
];

/** The `count` school days before and including `end`, oldest first. */
function lastSchoolDays(calendar: SchoolCalendar, end: number, count: number, skip = 0): number[] {
  const days: number[] = [];
  let d = calendar.previousSchoolDay(end);
  let skipped = 0;
  while (days.length < count) {
    if (calendar.isSchoolDay(d)) {
      if (skipped >= skip) days.push(d);
      else skipped++;
    }
    d--;
  }
  return days.reverse();
}

/** A birth date that gives `age` on the peildatum (birthday a few months before it). */
export function demoBirthDate(age: number, peildatum: number, salt: number): IsoDate {
  const { year, month } = dayToCivil(peildatum);
  const months = 2 + (salt % 8);
  let m = month - months;
  let y = year - age;
  while (m < 1) {
    m += 12;
    y--;
  }
  return dayToIso(civilToDay(y, m, 1 + (salt % 27)));
}

export function demoRows(peildatumIso: IsoDate, calendarSettings: Partial<CalendarSettings> = {}): DemoRow[] {
  const calendar = new SchoolCalendar(calendarSettings);
  const end = isoToDay(peildatumIso);
  const rows: DemoRow[] = [];
  const byId = new Map(DEMO_PUPILS.map((p) => [p.id, p]));
  const p = (id: string) => byId.get(id)!;
  const wholeDays = (pupil: DemoPupil, days: number[], reason: Omit<DemoRow, 'pupil' | 'date'>) => {
    for (const d of days) rows.push({ pupil, date: dayToIso(d), ...reason });
  };

  wholeDays(p('900101'), lastSchoolDays(calendar, end, 35), UNAUTHORISED);
  wholeDays(p('900102'), lastSchoolDays(calendar, end, 75), { reason: 'Spijbelen', code: 'SP', geoorloofd: 'nee' });
  wholeDays(p('900103'), lastSchoolDays(calendar, end, 12), UNAUTHORISED);
  // Three of every four school days in the last four lesweken: never a streak of more than three days.
  const lastDay = calendar.previousSchoolDay(end);
  const fourWeeks = calendar.schoolDaysBetween(calendar.addSchoolWeeks(lastDay, -4) + 1, lastDay);
  wholeDays(p('900104'), lastSchoolDays(calendar, end, fourWeeks).filter((_, i) => i % 4 !== 3), UNAUTHORISED);
  // Mornings away (08:30–11:30) on six of the last fifteen school days: 18 klokuren.
  for (const d of lastSchoolDays(calendar, end, 15).filter((_, i) => i % 2 === 1).slice(0, 6)) {
    rows.push({ pupil: p('900105'), date: dayToIso(d), startTime: '08:30', endTime: '11:30', ...UNAUTHORISED });
  }
  // Four whole days three weeks ago, present since: the melding should have gone out.
  wholeDays(p('900106'), lastSchoolDays(calendar, end, 4, 12), UNAUTHORISED);
  // Four separate sick reports within the last ten weeks.
  for (const skip of [3, 14, 27, 41]) wholeDays(p('900107'), lastSchoolDays(calendar, end, 1, skip), SICK);
  wholeDays(p('900108'), lastSchoolDays(calendar, end, 8), SICK);
  wholeDays(p('900109'), lastSchoolDays(calendar, end, 40), UNAUTHORISED);
  wholeDays(p('900110'), lastSchoolDays(calendar, end, 25), UNAUTHORISED);
  // A code the school never gave a geoorloofd status.
  wholeDays(p('900111'), lastSchoolDays(calendar, end, 11), { reason: 'Afwezig', code: 'X', geoorloofd: '' });

  // Ordinary absence: a sick day, a dentist's appointment, a late morning.
  DEMO_PUPILS.filter((q) => q.shows.startsWith('gewoon')).forEach((pupil, i) => {
    const days = lastSchoolDays(calendar, end, 60);
    rows.push({ pupil, date: dayToIso(days[(i * 7) % 60]!), ...SICK });
    rows.push({ pupil, date: dayToIso(days[(i * 11 + 5) % 60]!), startTime: '10:00', endTime: '11:30', reason: 'Tandarts', code: 'TA', geoorloofd: 'ja' });
    if (i % 3 === 0) rows.push({ pupil, date: dayToIso(days[(i * 13 + 2) % 60]!), startTime: '08:30', endTime: '09:15', reason: 'Te laat', code: 'TL', geoorloofd: 'nee' });
  });
  // A registration in a weekend: counts nowhere.
  const saturday = end - ((weekdayOf(end) + 2) % 7);
  rows.push({ pupil: p('900120'), date: dayToIso(saturday), ...UNAUTHORISED });

  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.pupil.id.localeCompare(b.pupil.id));
}

/** The demo school as the CSV a Dutch pupil administration exports (`;`, dd-mm-jjjj, BOM). */
export function demoSchoolCsv(peildatumIso: IsoDate, calendarSettings: Partial<CalendarSettings> = {}): string {
  const end = isoToDay(peildatumIso);
  const nl = (iso: IsoDate) => iso.split('-').reverse().join('-');
  const header = ['Leerlingnummer', 'Roepnaam', 'Achternaam', 'Geboortedatum', 'Groep', 'Vrijstelling', 'Datum', 'Begintijd', 'Eindtijd', 'Code', 'Reden', 'Geoorloofd'];
  const lines = [header.join(';')];
  for (const row of demoRows(peildatumIso, calendarSettings)) {
    const pupil = row.pupil;
    const salt = Number(pupil.id) % 97;
    // A whole day is written as that weekday's school time, the way pupil administrations export it.
    const weekday = weekdayOf(isoToDay(row.date));
    const school = weekday < 5 ? DEMO_SCHOOLTIJDEN[(['ma', 'di', 'wo', 'do', 'vr'] as const)[weekday]!] : undefined;
    const start = row.startTime ?? school?.start ?? '';
    const endTime = row.endTime ?? school?.end ?? '';
    lines.push([
      pupil.id, pupil.firstName, pupil.lastName, nl(demoBirthDate(pupil.age, end, salt)), pupil.group, pupil.vrijstelling ?? '',
      nl(row.date), start, endTime, row.code, row.reason, row.geoorloofd,
    ].join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
