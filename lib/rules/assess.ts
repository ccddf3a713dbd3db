/**
 * Assesses every pupil on a peildatum: builds the school calendar and each pupil's school days once,
 * then runs the rules (thuiszitter.ts, meldplicht16.ts, mazl.ts, leerplicht.ts) over them.
 */
import { dayToIso, isoToDay, type IsoDate } from '../calendar/days.ts';
import { SchoolCalendar } from '../calendar/schoolCalendar.ts';
import type { AbsenceRecord, Pupil, VrijstellingGrond } from '../model.ts';
import type { Settings } from '../settings.ts';
import { leerplichtStatus, type LeerplichtStatus } from './leerplicht.ts';
import { assessMazl } from './mazl.ts';
import { assessMeldplicht } from './meldplicht16.ts';
import { finalizePupilDays, PupilDayBuilder, type DayAccumulation } from './pupilDays.ts';
import { ReasonResolver } from './reasons.ts';
import { highestSignal, severity, type Signal, type SignalKind } from './signal.ts';
import { assessStreaks, type PeriodContext } from './thuiszitter.ts';

export interface AssessmentInput {
  pupils: readonly Pupil[];
  records: readonly AbsenceRecord[];
  settings: Settings;
  peildatum: IsoDate;
  /** First and last day the data covers; by default the first and last record date. */
  dataFrom?: IsoDate;
  dataUntil?: IsoDate;
}

export interface Exclusion {
  kind: SignalKind;
  reason: string;
}

export interface PupilAssessment {
  pupil: Pupil;
  leerplicht: LeerplichtStatus;
  /** Most serious first. */
  signals: Signal[];
  level: SignalKind | 'geen';
  /** Rules that do not apply to this pupil, and why. */
  excluded: Exclusion[];
  /** Earlier thuiszitter periods in the data that have ended. */
  history: { since: IsoDate; lastDay: IsoDate; schoolDays: number }[];
  /** Records on weekends, holidays and studiedagen: ignored. */
  skippedNonSchoolDays: number;
}

export interface Assessment {
  peildatum: IsoDate;
  dataFrom: IsoDate;
  dataUntil: IsoDate;
  /** The last day the rules looked at: the earlier of peildatum and dataUntil. */
  evaluatedUntil: IsoDate;
  pupils: PupilAssessment[];
  warnings: string[];
}

/** Vrijstellingen from schoolbezoek altogether: no relatief verzuim, so no melding either. */
const FULL_VRIJSTELLING: ReadonlySet<VrijstellingGrond> = new Set(['5-onder-a', '5-onder-b', '5-onder-c', '5a', '15']);

export const VRIJSTELLING_LABELS: Record<VrijstellingGrond, string> = {
  '5-onder-a': 'vrijstelling art. 5 onder a (lichamelijk of psychisch niet geschikt)',
  '5-onder-b': 'vrijstelling art. 5 onder b (richting)',
  '5-onder-c': 'vrijstelling art. 5 onder c (school in het buitenland)',
  '5a': 'vrijstelling art. 5a (trekkend bestaan)',
  '15': 'vrijstelling art. 15 (ander onderwijs)',
  '3a': 'vervangende leerplicht art. 3a',
  '3b': 'vervangende leerplicht art. 3b',
  overig: 'vrijstelling',
};

export function assess(input: AssessmentInput): Assessment {
  const { settings } = input;
  const calendar = new SchoolCalendar(settings.calendar);
  const resolver = new ReasonResolver(settings.school.reasonCodes);
  const peildatum = isoToDay(input.peildatum);
  const warnings: string[] = [];

  const pupils = new Map<string, Pupil>();
  for (const p of input.pupils) pupils.set(p.id, p);
  const context = { calendar, resolver, school: settings.school, countOnbekend: settings.rules.countOnbekendAsOngeoorloofd };
  const builders = new Map<string, PupilDayBuilder>();
  for (const p of pupils.values()) builders.set(p.id, new PupilDayBuilder(context));

  // One pass: route every record to its pupil's day table.
  let lastId = '';
  let builder: PupilDayBuilder | undefined;
  for (let i = 0; i < input.records.length; i++) {
    const r = input.records[i]!;
    // Exports are usually sorted by pupil: skip the lookup while the pupil stays the same.
    if (r.pupilId !== lastId || !builder) {
      lastId = r.pupilId;
      builder = builders.get(r.pupilId);
      if (!builder) {
        builder = new PupilDayBuilder(context);
        builders.set(r.pupilId, builder);
        pupils.set(r.pupilId, { id: r.pupilId, name: '' });
      }
    }
    builder.add(r);
  }
  const accumulations = new Map<string, DayAccumulation>();
  let first = Infinity;
  let last = -Infinity;
  for (const [id, b] of builders) {
    const accumulation = b.result();
    accumulations.set(id, accumulation);
    first = Math.min(first, accumulation.firstDay);
    last = Math.max(last, accumulation.lastDay);
  }
  const dataFrom = input.dataFrom ? isoToDay(input.dataFrom) : Number.isFinite(first) ? first : peildatum;
  const dataUntil = input.dataUntil ? isoToDay(input.dataUntil) : Number.isFinite(last) ? last : peildatum;
  const evalEnd = Math.min(peildatum, dataUntil);
  const unassessed = calendar.schoolDaysBetween(dataUntil + 1, peildatum);
  if (unassessed > 0) {
    warnings.push(`De gegevens lopen tot ${dayToIso(dataUntil)}; ${unassessed} schooldag(en) daarna tot de peildatum zijn niet beoordeeld.`);
  }
  for (const day of [dataFrom, evalEnd]) {
    if (!calendar.covers(day)) {
      warnings.push(`Geen kalendergegevens voor ${dayToIso(day)}: alleen weekends zijn overgeslagen, geen feestdagen of vakanties.`);
      break;
    }
    if (!calendar.hasHolidayData(day)) {
      warnings.push(`Geen officiële schoolvakanties bekend voor ${dayToIso(day)}: alleen weekends en feestdagen zijn overgeslagen.`);
      break;
    }
  }
  const unresolved = resolver.unresolved();
  if (unresolved.length > 0) {
    const list = unresolved.slice(0, 8).map((u) => `${[u.code, u.text].filter(Boolean).join(' ') || '(geen reden)'} (${u.count}×)`);
    warnings.push(
      `Geen geoorloofd/ongeoorloofd-status bekend voor ${list.join(', ')}${unresolved.length > 8 ? ` en ${unresolved.length - 8} andere` : ''}: ` +
        `${settings.rules.countOnbekendAsOngeoorloofd ? 'deze tellen als ongeoorloofd' : 'deze tellen niet mee'}. Vul de codetabel van de school aan.`,
    );
  }
  const period: PeriodContext = { calendar, dataFrom, evalEnd, peildatum };

  // The lessons per day of a group are only known once all its pupils are read
  // (one pupil's records show only the lessons he missed).
  const groupLessons = new Map<string, number[]>();
  const schoolWide = [0, 0, 0, 0, 0, 0, 0];
  for (const pupil of pupils.values()) {
    const accumulation = accumulations.get(pupil.id)!;
    const group = pupil.group ?? '';
    let row = groupLessons.get(group);
    if (!row) groupLessons.set(group, (row = [0, 0, 0, 0, 0, 0, 0]));
    for (let wd = 0; wd < 7; wd++) {
      const n = accumulation.highestLesson[wd]!;
      if (n > row[wd]!) row[wd] = n;
      if (n > schoolWide[wd]!) schoolWide[wd] = n;
    }
  }
  const fixed = settings.school.lessonsPerDay;
  const lessonsFor = (group: string | undefined): number[] => {
    if (fixed) return [fixed, fixed, fixed, fixed, fixed, 0, 0];
    const row = groupLessons.get(group ?? '');
    return row && row.some((n) => n > 0) ? row : schoolWide;
  };

  const results: PupilAssessment[] = [];
  for (const pupil of pupils.values()) {
    const accumulation = accumulations.get(pupil.id)!;
    const days = finalizePupilDays(accumulation, lessonsFor(pupil.group), settings.school);
    const skippedNonSchoolDays = accumulation.skippedNonSchoolDays;
    const leerplicht = leerplichtStatus(pupil, peildatum, calendar);
    const excluded: Exclusion[] = [];
    const signals: Signal[] = [];

    const streaks = assessStreaks(days, settings.rules, period);
    const vrijstelling = leerplicht.vrijstelling;
    const streakSignals = [streaks.thuiszitter, streaks.dreigend].filter((s) => s !== undefined);
    if (vrijstelling && streakSignals.length > 0) {
      for (const s of streakSignals) excluded.push({ kind: s.kind, reason: `${VRIJSTELLING_LABELS[vrijstelling.grond]}: geen thuiszitter` });
    } else {
      signals.push(...streakSignals);
    }

    const meldplicht = assessMeldplicht(days, settings.rules, settings.school, period);
    if (meldplicht) {
      const adult = leerplicht.state === 'niet-meer-leerplichtig';
      const allowAdult = adult && settings.rules.meldplicht.include18Plus && (leerplicht.age ?? 99) < 23;
      if (vrijstelling && FULL_VRIJSTELLING.has(vrijstelling.grond)) {
        excluded.push({ kind: 'meldplicht-16-uur', reason: `${VRIJSTELLING_LABELS[vrijstelling.grond]}: geen meldplicht` });
      } else if (!leerplicht.meldplichtig && !allowAdult) {
        excluded.push({
          kind: 'meldplicht-16-uur',
          reason: adult
            ? 'niet meer leer- of kwalificatieplichtig: melden mag (RMC), maar hoeft niet'
            : 'nog niet leerplichtig: geen melding bij leerplicht (wel bij het samenwerkingsverband volgens het regioprotocol)',
        });
      } else {
        signals.push(meldplicht);
      }
    }

    const mazl = assessMazl(days, settings.rules, period);
    if (mazl) signals.push(mazl);

    signals.sort((a, b) => severity(a.kind) - severity(b.kind));
    results.push({
      pupil,
      leerplicht,
      signals,
      level: highestSignal(signals),
      excluded,
      history: streaks.history,
      skippedNonSchoolDays,
    });
  }

  return {
    peildatum: input.peildatum,
    dataFrom: dayToIso(dataFrom),
    dataUntil: dayToIso(dataUntil),
    evaluatedUntil: dayToIso(evalEnd),
    pupils: results,
    warnings,
  };
}
