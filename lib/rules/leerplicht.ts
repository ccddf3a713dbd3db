/**
 * Leerplicht status on a peildatum (Leerplichtwet art. 3, 4a, 4b; RULES.md §1.1):
 * - leerplicht starts on the first school day of the month after the 5th birthday;
 * - volledige leerplicht ends at the end of the school year (31 July) in which the pupil turns 16
 *   (the "12 volledige schooljaren" route needs school history the extension does not have);
 * - kwalificatieplicht follows until the 18th birthday or a startkwalificatie.
 */
import { civilToDay, dayToCivil, dayToIso, isoToDay } from '../calendar/days.ts';
import type { SchoolCalendar } from '../calendar/schoolCalendar.ts';
import type { IsoDate, Pupil, Vrijstelling } from '../model.ts';

export const LEERPLICHT_SOURCE =
  'Leerplichtwet art. 3 (leerplicht vanaf de eerste schooldag van de maand na de 5e verjaardag, tot het einde van het schooljaar waarin de leerling 16 wordt), art. 4a/4b (kwalificatieplicht tot 18 jaar of startkwalificatie); RMC: 18 tot 23 jaar zonder startkwalificatie (DUO).';

export const LEERPLICHT_AGES = { start: 5, fullEnd: 16, kwalificatieEnd: 18, rmcEnd: 23 } as const;

export type LeerplichtState =
  | 'onbekend'
  | 'nog-niet-leerplichtig'
  | 'leerplichtig'
  | 'kwalificatieplichtig'
  | 'niet-meer-leerplichtig';

export interface LeerplichtStatus {
  state: LeerplichtState;
  /** Age in whole years on the peildatum. */
  age?: number;
  /** When the current state began and ends, when known. */
  from?: IsoDate;
  until?: IsoDate;
  vrijstelling?: Vrijstelling;
  /** Whether the DUO verzuimmelding applies (leer- or kwalificatieplichtig). */
  meldplichtig: boolean;
  /**
   * 18 to 22 without a startkwalificatie (none known counts as none): the 16-uur count becomes
   * RMC-verzuim, and there is no thuiszitter or leerplicht melding.
   */
  rmc: boolean;
  source: string;
}

function birthday(birth: { year: number; month: number; day: number }, age: number): number {
  // 29 February birthdays fall on 1 March in common years.
  const year = birth.year + age;
  if (birth.month === 2 && birth.day === 29) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? civilToDay(year, 2, 29) : civilToDay(year, 3, 1);
  }
  return civilToDay(year, birth.month, birth.day);
}

export function ageOn(birthDate: IsoDate, day: number): number {
  const birth = dayToCivil(isoToDay(birthDate));
  let age = dayToCivil(day).year - birth.year;
  if (birthday(birth, age) > day) age--;
  return age;
}

export function activeVrijstelling(pupil: Pupil, day: number): Vrijstelling | undefined {
  const v = pupil.vrijstelling;
  if (!v) return undefined;
  if (v.from && isoToDay(v.from) > day) return undefined;
  if (v.until && isoToDay(v.until) < day) return undefined;
  return v;
}

export function leerplichtStatus(pupil: Pupil, peildatum: number, calendar: SchoolCalendar): LeerplichtStatus {
  const vrijstelling = activeVrijstelling(pupil, peildatum);
  if (!pupil.birthDate) {
    return { state: 'onbekend', vrijstelling, meldplichtig: true, rmc: false, source: LEERPLICHT_SOURCE };
  }
  const birth = dayToCivil(isoToDay(pupil.birthDate));
  const age = ageOn(pupil.birthDate, peildatum);
  const fifth = dayToCivil(birthday(birth, LEERPLICHT_AGES.start));
  const monthAfter = fifth.month === 12 ? civilToDay(fifth.year + 1, 1, 1) : civilToDay(fifth.year, fifth.month + 1, 1);
  const start = calendar.nextSchoolDay(monthAfter);
  const sixteenth = dayToCivil(birthday(birth, LEERPLICHT_AGES.fullEnd));
  // The school year runs 1 August – 31 July: a birthday in August or later ends leerplicht next July.
  const fullEnd = civilToDay(sixteenth.month >= 8 ? sixteenth.year + 1 : sixteenth.year, 7, 31);
  const eighteenth = birthday(birth, LEERPLICHT_AGES.kwalificatieEnd);
  const base = { age, vrijstelling, rmc: false, source: LEERPLICHT_SOURCE };

  if (peildatum < start) {
    return { ...base, state: 'nog-niet-leerplichtig', until: dayToIso(start - 1), meldplichtig: false };
  }
  if (peildatum <= fullEnd) {
    return { ...base, state: 'leerplichtig', from: dayToIso(start), until: dayToIso(fullEnd), meldplichtig: true };
  }
  if (peildatum < eighteenth && !pupil.startkwalificatie) {
    return { ...base, state: 'kwalificatieplichtig', from: dayToIso(fullEnd + 1), until: dayToIso(eighteenth - 1), meldplichtig: true };
  }
  return {
    ...base,
    state: 'niet-meer-leerplichtig',
    from: peildatum >= eighteenth ? dayToIso(eighteenth) : undefined,
    meldplichtig: false,
    rmc: peildatum >= eighteenth && age < LEERPLICHT_AGES.rmcEnd && !pupil.startkwalificatie,
  };
}
