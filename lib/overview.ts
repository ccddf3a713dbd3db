/**
 * The coordinator's overview: one row per pupil with a signal (from an imported export or from pages
 * visited) or a followed case; filters, sorting, the export table and the counts per week. Pure.
 */
import { dayToIso, isoToDay, type IsoDate } from './calendar/days.ts';
import type { SchoolCalendar } from './calendar/schoolCalendar.ts';
import { caseView, currentMeldDeadline, type FollowedCase } from './cases.ts';
import { explainLeerplicht, explainSignal, formatDate, signalTitle } from './explain.ts';
import type { Assessment, PreparedSchool } from './rules/assess.ts';
import type { MadeMelding } from './meldingen/made.ts';
import type { LeerplichtState } from './rules/leerplicht.ts';
import { highestSignal, isMeldplicht, severity, SIGNAL_KINDS, type InspectieBucket, type SignalKind } from './rules/signal.ts';
import { formDate } from './format.ts';

export interface SignalSummary {
  kind: SignalKind;
  since: IsoDate;
  /** When the threshold was passed, and the DUO deadline for 16 uur: what a case needs. */
  firedOn: IsoDate;
  deadline?: IsoDate;
  schoolDays: number;
  short: string;
  bucket?: InspectieBucket;
}

/** A pupil with signals as the overview keeps it (the pages' summaries live in session storage only). */
export interface FlaggedPupil {
  id: string;
  name: string;
  group?: string;
  birthDate?: IsoDate;
  leerplicht: string;
  leerplichtState: LeerplichtState;
  vrijstelling5a?: boolean;
  signals: SignalSummary[];
  /** The last absence day the rules counted: absences after an acknowledgement bring the pupil back to "Te doen". */
  lastAbsence?: IsoDate;
  /** Counted absence days without a geoorloofd status (the most of any signal). */
  unknownDays?: number;
  source: 'import' | 'pagina';
  seenOn: IsoDate;
}

export interface OverviewRow extends FlaggedPupil {
  level: SignalKind | 'geen';
  caseId?: string;
  phase?: FollowedCase['phase'];
  phaseName?: string;
  next?: { label: string; due: IsoDate; overdue: boolean };
  overdue: boolean;
  /** How this row was matched across pages and imports, when it was not by leerlingnummer. */
  match?: string;
}

/**
 * The rows that go into the Inspectie's thuiszittersregistratie, which is kept for good: those from
 * an export, and pupils seen on a page only when the school follows them. A page's own data is
 * untrusted: it could invent pupils, and they must not enter a register that is never wiped by a round.
 */
export function registerRows(rows: readonly OverviewRow[]): OverviewRow[] {
  return rows.filter((r) => r.source === 'import' || r.caseId !== undefined);
}

export function flaggedFromAssessment(assessment: Assessment, source: FlaggedPupil['source']): FlaggedPupil[] {
  return assessment.pupils
    .filter((p) => p.signals.length > 0 || p.pupil.vrijstelling?.grond === '5-onder-a')
    .map((p) => ({
      id: p.pupil.id,
      name: p.pupil.name,
      group: p.pupil.group,
      ...(p.pupil.birthDate ? { birthDate: p.pupil.birthDate } : {}),
      leerplicht: explainLeerplicht(p.leerplicht),
      leerplichtState: p.leerplicht.state,
      vrijstelling5a: p.pupil.vrijstelling?.grond === '5-onder-a' || undefined,
      signals: p.signals.map((s) => ({
        kind: s.kind,
        since: s.since,
        firedOn: s.firedOn,
        deadline: isMeldplicht(s) ? s.deadline : undefined,
        schoolDays: 'schoolDays' in s ? s.schoolDays : s.countedDays.length,
        short: explainSignal(s).short,
        bucket: s.kind === 'thuiszitter' ? s.bucket : undefined,
      })),
      ...(p.signals.length > 0 ? { lastAbsence: p.signals.map((s) => s.lastDay).sort().pop()!, unknownDays: Math.max(...p.signals.map((s) => s.unknownDays)) } : {}),
      source,
      seenOn: assessment.peildatum,
    }));
}

const nameKey = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * One pupil, one row: pupils from pages and imports are matched by leerlingnummer; a page that shows
 * no number is matched by name + geboortedatum, else name + klas, else by name alone when exactly one
 * pupil has that name — and then the row says the match is uncertain. Two pupils with the same name
 * and nothing else to tell them apart stay two rows, each saying so.
 */
export function matchPupils(flagged: readonly FlaggedPupil[]): (FlaggedPupil & { match?: string })[] {
  const byId = new Map<string, FlaggedPupil & { match?: string }>();
  for (const f of flagged) {
    const existing = byId.get(f.id);
    if (!existing || (existing.source === 'pagina' && f.source === 'import')) byId.set(f.id, f);
  }
  // Rows whose id is the name (a page without a leerlingnummer) look for a numbered row of the same pupil.
  // Each name normalised once; numbered rows found by name in a map (thousands of rows, no pairwise scan).
  const keys = new Map([...byId.values()].map((f) => [f, { id: nameKey(f.id), name: nameKey(f.name) }]));
  const numberedByName = new Map<string, FlaggedPupil[]>();
  for (const [f, k] of keys) {
    if (k.id === k.name) continue;
    const list = numberedByName.get(k.name);
    if (list) list.push(f);
    else numberedByName.set(k.name, [f]);
  }
  for (const [f, k] of keys) {
    if (k.id !== k.name || !f.name) continue;
    const sameName = numberedByName.get(k.name) ?? [];
    const byBirth = f.birthDate ? sameName.filter((n) => n.birthDate === f.birthDate) : [];
    const byGroup = f.group ? sameName.filter((n) => n.group === f.group) : [];
    const [match, how] =
      byBirth.length === 1 ? [byBirth[0], undefined]
      : byGroup.length === 1 ? [byGroup[0], 'op naam en klas']
      : sameName.length === 1 ? [sameName[0], 'alleen op naam: controleer of dit dezelfde leerling is']
      : [undefined, sameName.length > 1 ? `${sameName.length} leerlingen met deze naam: niet samengevoegd` : undefined];
    if (match) {
      byId.delete(f.id);
      // The numbered row stays; the page's signals it lacks come along.
      const current = byId.get(match.id) ?? match;
      const kinds = new Set(current.signals.map((s) => s.kind));
      byId.set(match.id, { ...current, signals: [...current.signals, ...f.signals.filter((s) => !kinds.has(s.kind))], ...(how ? { match: `Samengevoegd met de pagina ${how}` } : {}) });
    } else if (how) {
      byId.set(f.id, { ...f, match: how });
    }
  }
  return [...byId.values()];
}

/** Imported pupils win over what pages showed; every followed case gets a row, flagged or not. */
export function overviewRows(flagged: readonly FlaggedPupil[], cases: readonly FollowedCase[], calendar: SchoolCalendar, today: IsoDate): OverviewRow[] {
  const byId = new Map(matchPupils(flagged).map((f) => [f.id, f]));
  const openCases = new Map(cases.filter((c) => !c.closedOn).map((c) => [c.pupilId, c]));
  const rows: OverviewRow[] = [];
  for (const f of byId.values()) rows.push(withCase({ ...f, level: highestSignal(f.signals), overdue: false }, openCases.get(f.id), calendar, today));
  for (const c of openCases.values()) {
    if (byId.has(c.pupilId)) continue;
    rows.push(
      withCase(
        {
          id: c.pupilId, name: c.pupilName, group: c.group, leerplicht: '', leerplichtState: 'onbekend', source: 'pagina', seenOn: c.openedOn,
          signals: [{ kind: c.signalKind, since: c.since, firedOn: c.firedOn, schoolDays: 0, short: `${signalTitle(c.signalKind)} sinds ${formatDate(c.since)}` }],
          level: c.signalKind, overdue: false,
        },
        c, calendar, today,
      ),
    );
  }
  return rows;
}

function withCase(row: OverviewRow, c: FollowedCase | undefined, calendar: SchoolCalendar, today: IsoDate): OverviewRow {
  if (!c) return row;
  const view = caseView(c, calendar, today, currentMeldDeadline(row.signals));
  return { ...row, caseId: c.id, phase: c.phase, phaseName: view.phaseName, next: view.next, overdue: view.overdue.length > 0 };
}

export interface OverviewFilter {
  signal?: SignalKind;
  group?: string;
  phase?: FollowedCase['phase'] | 'niet-gevolgd';
  overdueOnly?: boolean;
  search?: string;
}

export type SortKey = 'signal' | 'name' | 'group' | 'since' | 'schoolDays' | 'deadline';

const firstSignal = (r: OverviewRow) => r.signals.find((s) => s.kind === r.level) ?? r.signals[0];

export function filterRows(rows: readonly OverviewRow[], filter: OverviewFilter, sort: { key: SortKey; descending?: boolean } = { key: 'signal' }): OverviewRow[] {
  const search = filter.search?.trim().toLowerCase();
  const result = rows.filter(
    (r) =>
      (!filter.signal || r.signals.some((s) => s.kind === filter.signal)) &&
      (!filter.group || r.group === filter.group) &&
      (!filter.phase || (filter.phase === 'niet-gevolgd' ? !r.caseId : r.phase === filter.phase)) &&
      (!filter.overdueOnly || r.overdue) &&
      (!search || r.name.toLowerCase().includes(search) || r.id.toLowerCase().includes(search)),
  );
  const value = (r: OverviewRow): string | number => {
    switch (sort.key) {
      case 'signal':
        return severity(r.level) * 1e6 - (firstSignal(r)?.schoolDays ?? 0);
      case 'name':
        return r.name.toLowerCase();
      case 'group':
        return r.group ?? '';
      case 'since':
        return firstSignal(r)?.since ?? '';
      case 'schoolDays':
        return firstSignal(r)?.schoolDays ?? 0;
      case 'deadline':
        return r.next?.due ?? '9999';
    }
  };
  const direction = sort.descending ? -1 : 1;
  return result.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    return (va < vb ? -1 : va > vb ? 1 : a.name.localeCompare(b.name)) * direction;
  });
}

/** What a row without a signal is on the list for. */
export function rowNote(r: Pick<FlaggedPupil, 'signals' | 'vrijstelling5a'>): string {
  if (r.signals.length > 0) return '';
  return r.vrijstelling5a ? 'Vrijstelling art. 5 onder a (geen signaal; telt mee in de thuiszittersregistratie voor de Inspectie)' : 'Geen signaal';
}

export const EXPORT_COLUMNS = ['Naam', 'Leerlingnummer', 'Klas/groep', 'Signaal', 'Sinds', 'Schooldagen', 'Leerplicht', 'Fase', 'Volgende termijn'] as const;

/** The coordinator's export: one row per signal, dates as dd-mm-jjjj. */
export function exportTable(rows: readonly OverviewRow[]): string[][] {
  const table: string[][] = [[...EXPORT_COLUMNS]];
  for (const r of rows) {
    const next = r.next ? `${r.next.label}: ${formDate(r.next.due)}${r.next.overdue ? ' (verlopen)' : ''}` : '';
    // A row without a signal (kept for its vrijstelling) is exported as shown: every row on screen is in the file.
    if (r.signals.length === 0) table.push([r.name, r.id, r.group ?? '', rowNote(r), '', '', r.leerplicht, r.phaseName ?? 'niet gevolgd', next]);
    for (const s of r.signals) {
      table.push([r.name, r.id, r.group ?? '', signalTitle(s.kind), formDate(s.since), String(s.schoolDays), r.leerplicht, r.phaseName ?? 'niet gevolgd', next]);
    }
  }
  return table;
}

/** Per school week (its Friday), how many pupils had each signal: the last `weeks` weeks with school. */
export function weeklyCounts(
  school: PreparedSchool,
  until: IsoDate,
  weeks = 8,
  current?: Assessment,
  made: readonly MadeMelding[] = [],
): { week: IsoDate; counts: Record<SignalKind, number> }[] {
  const calendar = school.calendar;
  const result: { week: IsoDate; counts: Record<SignalKind, number> }[] = [];
  // The Friday of the week of `until`, then back one week at a time, skipping holiday weeks.
  // The Friday of the week of `until` (forward: a Monday's week ends that Friday, not the one before).
  let day = isoToDay(until);
  const weekday = new Date(dayToIso(day)).getUTCDay();
  day += weekday === 0 ? -2 : 5 - weekday;
  for (let guard = 0; result.length < weeks && guard < weeks * 3; guard++, day -= 7) {
    if (!calendar.isLesweek(day)) continue;
    const peildatum = dayToIso(Math.min(day, isoToDay(until)));
    // This week is the list itself ("nu"); earlier weeks are assessed on their Friday.
    // Days after the last registration are not evidence of attendance (assess's default data range).
    // The pupils' school days were worked out once (PreparedSchool): each week only runs the rules.
    const assessment = result.length === 0 && current ? current : school.assess({ peildatum, made, signalsOnly: true });
    const counts = Object.fromEntries(SIGNAL_KINDS.map((k) => [k, 0])) as Record<SignalKind, number>;
    for (const p of assessment.pupils) for (const kind of new Set(p.signals.map((s) => s.kind))) counts[kind]++;
    result.unshift({ week: peildatum, counts });
  }
  return result;
}
