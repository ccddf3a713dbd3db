/**
 * Assesses every pupil on a peildatum: builds the school calendar, the school's timetable and each
 * pupil's school days once, then runs the rules (thuiszitter.ts, meldplicht16.ts, mazl.ts) over them,
 * with the exclusions of leerplicht.ts and vrijstelling.ts.
 */
import { madeByPupil, type MadeMelding } from '../meldingen/made.ts';
import { dayToIso, isoToDay, type IsoDate } from '../calendar/days.ts';
import { SchoolCalendar } from '../calendar/schoolCalendar.ts';
import type { AbsenceRecord, Pupil } from '../model.ts';
import { hourUnitOf, type Settings } from '../settings.ts';
import { leerplichtStatus, type LeerplichtStatus } from './leerplicht.ts';
import { assessMazl } from './mazl.ts';
import { assessMeldplicht, daysWithUnknownHours } from './meldplicht16.ts';
import { finalizePupilDays, PupilDayBuilder, type PupilDay } from './pupilDays.ts';
import { describeReason, ReasonResolver, type ResolvedReason } from './reasons.ts';
import { highestSignal, isMeldplicht, severity, type Signal, type SignalKind } from './signal.ts';
import { assessStreaks, type PeriodContext } from './thuiszitter.ts';
import { describeWeek, resolveWeek, TimetableEvidence, type DaySchedule } from './timetable.ts';
import { VRIJSTELLINGEN } from './vrijstelling.ts';
import { formatDate } from '../format.ts';

export { VRIJSTELLINGEN } from './vrijstelling.ts';

export interface AssessmentInput {
  pupils: readonly Pupil[];
  records: readonly AbsenceRecord[];
  settings: Settings;
  peildatum: IsoDate;
  /** First and last day the data covers; by default the first and last day with any registration. */
  dataFrom?: IsoDate;
  dataUntil?: IsoDate;
  /**
   * A day whose registrations are still coming in (a page read today): it is assessed only once it
   * has registrations, and the data runs to the day before until then (registeredUntil).
   */
  stillRegistering?: IsoDate;
  /** Meldingen the school made (lib/meldingen/made.ts): which meldmomenten are reported, which LRV meldingen still need an einddatum. */
  made?: readonly MadeMelding[];
}

export interface Exclusion {
  kind: SignalKind;
  reason: string;
}

/** Something the reader of a signal (or of "no signal") must know: what could not be judged, what to check. */
export interface AssessmentNote {
  kind: 'schooltijden' | 'uren-onbekend' | 'hele-dag-onbekend' | 'vrijstelling-onbekend' | 'einddatum-doorgeven';
  /** For einddatum-doorgeven: the melding's begindatum. */
  begindatum?: IsoDate;
  /** How many days it concerns, for the first two kinds. */
  days?: number;
  /** In Dutch; noteText() gives it in English. */
  text: string;
}

/** A note in the reader's language. */
export function noteText(note: AssessmentNote, lang: 'nl' | 'en'): string {
  if (lang === 'nl') return note.text;
  const n = note.days ?? 0;
  switch (note.kind) {
    case 'uren-onbekend':
      return `16 hours cannot be judged: on ${n} day(s) the length of the absence is unknown because the school times are unknown.`;
    case 'hele-dag-onbekend':
      return `On ${n} day(s) the pupil was absent for part of the day; without school times nobody can say whether that was the whole day.`;
    case 'schooltijden':
      return TIMETABLE_NOTE.en;
    case 'vrijstelling-onbekend':
      return 'Exemption (kind unknown): check it.';
    case 'einddatum-doorgeven':
      return `The melding of long-term absence from ${note.begindatum ?? ''} has no end date yet and the pupil is back: DUO asks for the end date.`;
  }
}

export interface PupilAssessment {
  pupil: Pupil;
  leerplicht: LeerplichtStatus;
  /** Most serious first. */
  signals: Signal[];
  level: SignalKind | 'geen';
  /** Rules that do not apply to this pupil, and why. */
  excluded: Exclusion[];
  /** What could not be judged or needs checking. */
  notes: AssessmentNote[];
  /** Earlier thuiszitter periods in the data that have ended. */
  history: { since: IsoDate; lastDay: IsoDate; schoolDays: number }[];
  /** Records on weekends, holidays and studiedagen: ignored. */
  skippedNonSchoolDays: number;
  /** How many registrations of this pupil were read. */
  records: number;
  /** Registrations of a day, lesuur or time already registered that day: counted once. */
  duplicates: number;
  /** The school times used for this pupil's group, and where they came from. */
  timetable: string;
}

export interface Assessment {
  peildatum: IsoDate;
  dataFrom: IsoDate;
  dataUntil: IsoDate;
  /** The last day the rules looked at: the earlier of peildatum and dataUntil. */
  evaluatedUntil: IsoDate;
  pupils: PupilAssessment[];
  warnings: string[];
  /** The school times of the whole data (pupils of one group may differ), and where they came from. */
  timetable: string;
}

/**
 * The last day a page's registrations can be trusted for: today only when today already has
 * registrations; before that, "nothing registered today" is not evidence of attendance.
 */
export function registeredUntil(records: readonly Pick<AbsenceRecord, 'date'>[], today: IsoDate): IsoDate {
  return records.some((r) => r.date === today) ? today : dayToIso(isoToDay(today) - 1);
}

export const TIMETABLE_NOTE = {
  nl: 'Schooltijden niet (volledig) ingesteld: zonder de begin- en eindtijd (of het aantal lesuren) per weekdag wordt een deel van de dag nooit als hele dag geteld en zijn hele dagen geen klokuren waard. Stel de schooltijden in bij Instellingen.',
  en: 'School times not (fully) set: without the start and end time (or the number of lessons) per weekday, part of a day is never counted as a whole day and whole days have no known number of hours. Set the school times in Options.',
};

export function assess(input: AssessmentInput): Assessment {
  const dataUntil = input.dataUntil ?? (input.stillRegistering ? registeredUntil(input.records, input.stillRegistering) : undefined);
  return prepareSchool(input).assess({ ...input, dataUntil });
}

/** Records in memory (a page, a test) → a school to assess on one or more peildata. */
export function prepareSchool(input: Pick<AssessmentInput, 'pupils' | 'records' | 'settings'>): PreparedSchool {
  const school = new SchoolDays(input.settings);
  for (let i = 0; i < input.records.length; i++) school.add(input.records[i]!);
  return school.prepare(input.pupils);
}

/** The parts of AssessmentInput that belong to one peildatum, not to the data. */
export type AssessOptions = Pick<AssessmentInput, 'peildatum' | 'dataFrom' | 'dataUntil' | 'stillRegistering' | 'made'> & {
  /** Only which signals apply (the weekly trend): the same rules and exclusions, without explanations or notes. */
  signalsOnly?: boolean;
};

/**
 * Every pupil's registrations bucketed per school day, filled one record at a time: the import hands
 * each record over as it reads it (lib/scan.ts), so a school year never exists as two million objects.
 */
export class SchoolDays {
  readonly calendar: SchoolCalendar;
  readonly resolver: ReasonResolver;
  private readonly evidence = new TimetableEvidence();
  private readonly context: { calendar: SchoolCalendar; resolver: ReasonResolver; countOnbekend: boolean; evidence: TimetableEvidence };
  private readonly builders = new Map<string, PupilDayBuilder>();
  private lastId = '';
  private builder: PupilDayBuilder | undefined;

  constructor(readonly settings: Settings) {
    this.calendar = new SchoolCalendar(settings.calendar);
    this.resolver = new ReasonResolver(settings.school.reasonCodes);
    this.context = { calendar: this.calendar, resolver: this.resolver, countOnbekend: settings.rules.countOnbekendAsOngeoorloofd, evidence: this.evidence };
  }

  add(r: AbsenceRecord): void {
    // Exports are usually sorted by pupil: skip the lookup while the pupil stays the same.
    if (r.pupilId !== this.lastId || !this.builder) {
      this.lastId = r.pupilId;
      this.builder = this.builders.get(r.pupilId);
      if (!this.builder) {
        this.builder = new PupilDayBuilder(this.context, r.pupilId);
        this.builders.set(r.pupilId, this.builder);
      }
    }
    this.builder.add(r);
  }

  /**
   * Each pupil's school days worked out once (with the timetable the data shows), for as many
   * assessments as needed: the list on the peildatum and the weekly trend before it. Once: the
   * day tables are handed over and this collector is empty afterwards.
   */
  prepare(pupils: readonly Pupil[]): PreparedSchool {
    const all = new Map<string, Pupil>();
    for (const p of pupils) all.set(p.id, p);
    for (const id of this.builders.keys()) if (!all.has(id)) all.set(id, { id, name: '' });
    const schoolType = this.settings.school.schoolType;
    const unit = hourUnitOf(this.settings.school);
    // Per group (groups may have their own times): the week's schedule and its description, worked out once.
    const weeks = new Map<string, { week: DaySchedule[]; text: string }>();
    const weekFor = (group: string | undefined) => {
      const key = group ?? '';
      let entry = weeks.get(key);
      if (!entry) {
        const week = resolveWeek(this.settings.school.schooltijden, schoolType, this.evidence, group);
        weeks.set(key, (entry = { week, text: describeWeek(week) }));
      }
      return entry;
    };
    // Every builder hands its timetable evidence over in result(): all of them before any week is resolved.
    const accumulations = [...all.values()].map((pupil) => (this.builders.get(pupil.id) ?? new PupilDayBuilder(this.context, pupil.id)).result());
    this.builders.clear();
    const entries: PreparedPupil[] = [];
    let first = Infinity;
    let last = -Infinity;
    for (const [i, pupil] of [...all.values()].entries()) {
      const accumulation = accumulations[i]!;
      first = Math.min(first, accumulation.firstDay);
      last = Math.max(last, accumulation.lastDay);
      const { week, text } = weekFor(pupil.group);
      entries.push({
        pupil, timetable: text, days: finalizePupilDays(accumulation, week, unit), reasons: accumulation.reasons,
        skippedNonSchoolDays: accumulation.skippedNonSchoolDays, records: accumulation.records, duplicates: accumulation.duplicates,
      });
    }
    return new PreparedSchool(this, entries, first, last, weekFor(undefined).text);
  }
}

interface PreparedPupil {
  pupil: Pupil;
  timetable: string;
  days: Map<number, PupilDay>;
  reasons: ResolvedReason[];
  skippedNonSchoolDays: number;
  records: number;
  duplicates: number;
}

/** A school's pupils with their school days: assessed on any peildatum without reading the data again. */
export class PreparedSchool {
  constructor(
    private readonly school: SchoolDays,
    private readonly pupils: readonly PreparedPupil[],
    /** First and last day of any record; Infinity/-Infinity without records. */
    private readonly firstDay: number,
    private readonly lastDay: number,
    private readonly timetable: string,
  ) {}

  get calendar(): SchoolCalendar {
    return this.school.calendar;
  }

  /** The first and last day of any registration, or undefined without any. */
  get dataRange(): { from: IsoDate; until: IsoDate } | undefined {
    return Number.isFinite(this.firstDay) ? { from: dayToIso(this.firstDay), until: dayToIso(this.lastDay) } : undefined;
  }

  assess(input: AssessOptions): Assessment {
    const { settings, calendar, resolver } = this.school;
    const peildatum = isoToDay(input.peildatum);
    const warnings: string[] = [];
    const unit = hourUnitOf(settings.school);
    const madeOf = madeByPupil(input.made ?? []);
    // Days after the last registration in the data are not evidence of attendance: they are not assessed.
    const dataFrom = input.dataFrom ? isoToDay(input.dataFrom) : Number.isFinite(this.firstDay) ? this.firstDay : peildatum;
    const dataUntil = input.dataUntil ? isoToDay(input.dataUntil) : Number.isFinite(this.lastDay) ? this.lastDay : peildatum;
    const evalEnd = Math.min(peildatum, dataUntil);
    // A day still being registered is not missing data: the sidebar says "t/m gisteren" instead.
    const unassessed = calendar.schoolDaysBetween(dataUntil + 1, input.stillRegistering ? Math.min(peildatum, isoToDay(input.stillRegistering) - 1) : peildatum);
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

    const results: PupilAssessment[] = [];
    for (const { pupil, days, reasons, timetable, skippedNonSchoolDays, records, duplicates } of this.pupils) {
      const leerplicht = leerplichtStatus(pupil, peildatum, calendar);
      const excluded: Exclusion[] = [];
      const notes: AssessmentNote[] = [];
      const candidates: Signal[] = [];
      const streaks = assessStreaks(days, settings.rules, period);
      if (streaks.thuiszitter) candidates.push(streaks.thuiszitter);
      if (streaks.dreigend) candidates.push(streaks.dreigend);
      const meldplicht = assessMeldplicht(
        days,
        settings.rules.meldplicht,
        { unit, visibleWeeks: settings.rules.visibleWeeks, kind: leerplicht.rmc ? 'rmc-verzuim' : 'meldplicht-16-uur', made: madeOf.get(pupil.id) ?? [] },
        period,
      );
      if (meldplicht) candidates.push(meldplicht);
      const mazl = assessMazl(days, settings.rules.mazl, period);
      if (mazl) candidates.push(mazl);

      const signals: Signal[] = [];
      const vrijstelling = leerplicht.vrijstelling;
      const effect = vrijstelling ? VRIJSTELLINGEN[vrijstelling.grond] : undefined;
      if (effect && effect.removes.length === 0) notes.push({ kind: 'vrijstelling-onbekend', text: `${effect.label}.` });
      for (const s of candidates) {
        const why = exclusionOf(s.kind, leerplicht, effect);
        if (why) excluded.push({ kind: s.kind, reason: why });
        else signals.push(input.signalsOnly ? s : withContext(s, days, reasons, timetable));
      }

      if (!input.signalsOnly) notes.push(...timetableNotes(days, period, signals), ...einddatumNotes(madeOf.get(pupil.id) ?? [], streaks.thuiszitter?.ongoing ?? false));
      signals.sort((a, b) => severity(a.kind) - severity(b.kind));
      results.push({
        pupil,
        leerplicht,
        signals,
        level: highestSignal(signals),
        excluded,
        notes,
        history: streaks.history,
        skippedNonSchoolDays,
        records,
        duplicates,
        timetable,
      });
    }

    return {
      peildatum: input.peildatum,
      dataFrom: dayToIso(dataFrom),
      dataUntil: dayToIso(dataUntil),
      evaluatedUntil: dayToIso(evalEnd),
      pupils: results,
      warnings,
      timetable: this.timetable,
    };
  }
}

/** Why a signal does not apply to this pupil, or undefined when it does. */
function exclusionOf(kind: SignalKind, leerplicht: LeerplichtStatus, vrijstelling: (typeof VRIJSTELLINGEN)[keyof typeof VRIJSTELLINGEN] | undefined): string | undefined {
  if (kind === 'mazl') return undefined; // a care signal: every age, every vrijstelling
  if (vrijstelling?.removes.includes(kind)) return `${vrijstelling.label}: ${kind === 'thuiszitter' || kind === 'dreigend-thuiszitter' ? 'geen thuiszitter' : 'geen meldplicht'}`;
  if (leerplicht.state === 'niet-meer-leerplichtig') {
    if (leerplicht.rmc) {
      return kind === 'rmc-verzuim' ? undefined : '18 jaar of ouder: geen thuiszitter of leerplichtmelding; het verzuim telt als RMC-verzuim';
    }
    return (leerplicht.age ?? 0) >= 23
      ? '23 jaar of ouder: de Leerplichtwet en de RMC-melding gelden niet meer'
      : 'niet meer leer- of kwalificatieplichtig (startkwalificatie): geen thuiszitter, melding of RMC';
  }
  if (kind === 'meldplicht-16-uur' && !leerplicht.meldplichtig) {
    return 'nog niet leerplichtig: geen melding bij leerplicht (wel bij het samenwerkingsverband volgens het regioprotocol)';
  }
  return undefined;
}

/** The timetable used and how the reasons on the counted days were read, for the explanation (the signal is this assessment's own). */
function withContext(signal: Signal, days: Map<number, PupilDay>, readings: readonly ResolvedReason[], timetable: string): Signal {
  if (signal.kind !== 'mazl') signal.timetable = timetable;
  if (readings.length === 0) return signal;
  let mask = 0;
  for (const iso of signal.countedDays) mask |= days.get(isoToDay(iso))?.reasonMask ?? 0;
  const read = readings.filter((_, bit) => mask & (1 << bit)).slice(0, 5).map((r) => describeReason(r));
  if (read.length > 0) signal.reasons = read;
  return signal;
}

/** What the school times leave unjudged for this pupil: hours or whole days that cannot be counted. */
function timetableNotes(days: Map<number, PupilDay>, period: PeriodContext, signals: readonly Signal[]): AssessmentNote[] {
  const notes: AssessmentNote[] = [];
  const { dataFrom, evalEnd } = period;
  const unknownHourDays = daysWithUnknownHours(days, period);
  if (unknownHourDays > 0 && !signals.some(isMeldplicht)) {
    notes.push({
      kind: 'uren-onbekend',
      days: unknownHourDays,
      text: `16 uur niet te beoordelen: op ${unknownHourDays} ${unknownHourDays === 1 ? 'dag' : 'dagen'} is de lengte van het verzuim onbekend omdat de schooltijden niet bekend zijn.`,
    });
  }
  let unjudged = 0;
  for (const d of days.values()) if (d.wholeDayUnjudged && d.day >= dataFrom && d.day <= evalEnd) unjudged++;
  if (unjudged > 0) {
    notes.push({
      kind: 'hele-dag-onbekend',
      days: unjudged,
      text: `Op ${unjudged} ${unjudged === 1 ? 'dag' : 'dagen'} was de leerling een deel van de dag afwezig; zonder schooltijden is niet te zeggen of dat de hele dag was.`,
    });
  }
  if (unjudged > 0 || unknownHourDays > 0) notes.push({ kind: 'schooltijden', text: TIMETABLE_NOTE.nl });
  return notes;
}

/** DUO asks for the einddatum of a melding of langdurig relatief verzuim once the pupil is back. */
function einddatumNotes(made: readonly MadeMelding[], stillAway: boolean): AssessmentNote[] {
  const notes: AssessmentNote[] = [];
  if (!stillAway) {
    for (const m of made) {
      if (m.kind !== 'leerplicht' || m.verzuimsoort !== 'lrv' || m.einddatum || m.status === 'afgesloten' || m.afgezien) continue;
      notes.push({
        kind: 'einddatum-doorgeven', begindatum: m.begindatum,
        text: `Einddatum nog doorgeven: de melding langdurig relatief verzuim van ${formatDate(m.begindatum)} heeft nog geen einddatum en de leerling is weer op school. DUO vraagt de einddatum.`,
      });
    }
  }
  return notes;
}
