/**
 * The absence data Magister and Somtoday load into their own pages (HOSTS.md §1.1–1.2, §2.1–2.2):
 * the most stable source those pages offer, more so than their markup. The JSON comes from the page,
 * so it is untrusted: every field is checked, anything unexpected is skipped and counted.
 */
import type { AbsenceRecord, Category, Geoorloofd, Pupil, Span } from '../model.ts';
import { categoryFromText } from '../rules/reasons.ts';

export type PageJsonKind = 'magister-absenties' | 'somtoday-absentiemeldingen' | 'somtoday-registratieoverzicht';

export interface JsonReading {
  pupils: Pupil[];
  records: AbsenceRecord[];
  skipped: number;
}

/** Which page responses carry absences, by their address. */
export function pageJsonKind(url: string): PageJsonKind | null {
  const path = url.split('?')[0] ?? '';
  if (/\/api\/personen\/\d+\/absenties$/.test(path)) return 'magister-absenties';
  if (/\/rest\/v1\/absentiemeldingen$/.test(path)) return 'somtoday-absentiemeldingen';
  if (/\/rest\/v1\/leerlingen\/[^/]+\/registratieOverzicht$/.test(path)) return 'somtoday-registratieoverzicht';
  return null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 300): string | undefined => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined);
const int = (v: unknown, min: number, max: number): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
const flag = (v: unknown): Geoorloofd => (v === true ? 'ja' : v === false ? 'nee' : 'onbekend');

const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Magister writes UTC with seven fractional digits ("2026-08-18T22:00:00.0000000Z"): the Dutch date it means. */
export function magisterDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value.replace(/\.(\d{3})\d*Z$/, '.$1Z'));
  return Number.isNaN(date.getTime()) ? undefined : DUTCH_DATE.format(date);
}

/** Somtoday writes local time with its offset ("2023-01-09T11:05:00.000+01:00"): the date as written. */
function somtodayDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

/** Magister's Verantwoordingtype (its own enum, HOSTS.md §1.2). */
const MAGISTER_TYPES: Record<number, Category> = { 1: 'absent', 2: 'te-laat', 3: 'ziek', 4: 'verwijderd', 6: 'overig', 7: 'overig', 8: 'overig' };

export function magisterAbsences(json: unknown, pupilId: string): JsonReading {
  const items = isObject(json) && Array.isArray(json.Items) ? json.Items : [];
  const records: AbsenceRecord[] = [];
  let skipped = 0;
  for (const item of items.slice(0, 20_000)) {
    if (!isObject(item)) {
      skipped++;
      continue;
    }
    const lesson = isObject(item.Afspraak) ? item.Afspraak : undefined;
    // The absence's Start is the day; the lesson's Start is the real moment.
    const date = magisterDate(lesson?.Start) ?? magisterDate(item.Start);
    if (!date) {
      skipped++;
      continue;
    }
    const from = int(lesson?.LesuurVan, 1, 16) ?? int(item.Lesuur, 1, 16);
    const to = int(lesson?.LesuurTotMet, 1, 16) ?? from;
    const span: Span = lesson?.DuurtHeleDag === true || !from ? { kind: 'day' } : { kind: 'lessons', from, to: Math.max(from, to ?? from) };
    const reasonText = str(item.Omschrijving);
    const category = MAGISTER_TYPES[int(item.Verantwoordingtype, 1, 8) ?? 0] ?? categoryFromText(reasonText) ?? 'absent';
    const record: AbsenceRecord = { pupilId, date, span, category, geoorloofd: flag(item.Geoorloofd), source: { kind: 'page', name: 'magister-json' } };
    const code = str(item.Code, 40);
    if (code) record.reasonCode = code;
    if (reasonText) record.reasonText = reasonText;
    const remark = str(item.opmerkingen, 300);
    if (remark) record.remark = remark;
    records.push(record);
  }
  return { pupils: [{ id: pupilId, name: '' }], records, skipped };
}

const SOMTODAY_SOORT: Record<string, Category> = { Absent: 'absent', Telaat: 'te-laat', Verwijderd: 'verwijderd' };

function somtodaySpan(begin: unknown, end: unknown): Span {
  const from = int(begin, 1, 16);
  return from ? { kind: 'lessons', from, to: Math.max(from, int(end, 1, 16) ?? from) } : { kind: 'day' };
}

/** A registration over several days counts on each of them (whole days between the first and last). */
function eachDay(first: string, last: string | undefined, make: (date: string) => AbsenceRecord, out: AbsenceRecord[]) {
  out.push(make(first));
  if (!last || last <= first) return;
  const start = new Date(`${first}T12:00:00Z`);
  for (let i = 1; i <= 366; i++) {
    const d = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    if (d > last) break;
    out.push(make(d));
  }
}

/** /rest/v1/absentiemeldingen: {items: [RAbsentieMelding]} (HOSTS.md §2.2). */
export function somtodayAbsentieMeldingen(json: unknown, fallbackPupilId: string): JsonReading {
  const items = isObject(json) && Array.isArray(json.items) ? json.items : [];
  const pupils = new Map<string, Pupil>();
  const records: AbsenceRecord[] = [];
  let skipped = 0;
  for (const item of items.slice(0, 20_000)) {
    const begin = isObject(item) ? somtodayDate(item.beginDatumTijd) : undefined;
    if (!isObject(item) || !begin) {
      skipped++;
      continue;
    }
    const leerling = isObject(item.leerling) ? item.leerling : {};
    const number = typeof leerling.leerlingnummer === 'number' || typeof leerling.leerlingnummer === 'string' ? String(leerling.leerlingnummer).slice(0, 64) : undefined;
    const id = number || fallbackPupilId;
    if (!pupils.has(id)) pupils.set(id, { id, name: [str(leerling.roepnaam, 60), str(leerling.achternaam, 100)].filter(Boolean).join(' ') });
    const reden = isObject(item.absentieReden) ? item.absentieReden : {};
    const reasonText = str(reden.omschrijving);
    const category = SOMTODAY_SOORT[String(reden.absentieSoort)] ?? categoryFromText(reasonText) ?? 'absent';
    const end = somtodayDate(item.eindDatumTijd);
    eachDay(
      begin,
      end,
      (date) => {
        const span = date === begin && (!end || end === begin) ? somtodaySpan(item.beginLesuur, item.eindLesuur) : { kind: 'day' as const };
        const record: AbsenceRecord = { pupilId: id, date, span, category, geoorloofd: flag(reden.geoorloofd), source: { kind: 'page', name: 'somtoday-json' } };
        const code = str(reden.afkorting, 40);
        if (code) record.reasonCode = code;
        if (reasonText) record.reasonText = reasonText;
        const remark = str(item.opmerkingen, 300);
        if (remark) record.remark = remark;
        return record;
      },
      records,
    );
  }
  return { pupils: [...pupils.values()], records, skipped };
}

const BUCKETS: Record<string, { category: Category; geoorloofd: Geoorloofd }> = {
  ongeoorloofdAfwezig: { category: 'absent', geoorloofd: 'nee' },
  geoorloofdAfwezig: { category: 'absent', geoorloofd: 'ja' },
  teLaat: { category: 'te-laat', geoorloofd: 'onbekend' },
  verwijderd: { category: 'verwijderd', geoorloofd: 'onbekend' },
};
const KOLOMMEN: Record<string, { category: Category; geoorloofd: Geoorloofd }> = {
  ONGEOORLOOFD_AFWEZIG: BUCKETS.ongeoorloofdAfwezig!,
  GEOORLOOFD_AFWEZIG: BUCKETS.geoorloofdAfwezig!,
  TE_LAAT: BUCKETS.teLaat!,
  VERWIJDERD: BUCKETS.verwijderd!,
};

/**
 * /rest/v1/leerlingen/{id}/registratieOverzicht, in both shapes seen (HOSTS.md §2.1): flat buckets
 * (ongeoorloofdAfwezig: [{begin, eind, omschrijving, geoorloofd}]) or the wrapper with
 * registraties[].categorie.kolom and periodeRegistratieDetails.vakRegistraties[].registraties[].
 */
export function somtodayRegistratieOverzicht(json: unknown, pupilId: string): JsonReading {
  const records: AbsenceRecord[] = [];
  let skipped = 0;
  const add = (item: unknown, bucket: { category: Category; geoorloofd: Geoorloofd }) => {
    if (!isObject(item)) {
      skipped++;
      return;
    }
    const date = somtodayDate(item.begin) ?? somtodayDate(item.beginDatumTijd);
    if (!date) {
      skipped++;
      return;
    }
    const reasonText = str(item.omschrijving) ?? str(item.absentieReden);
    // The item's own flag wins; "Is er uit gestuurd" was seen booked as geoorloofd.
    const geoorloofd = typeof item.geoorloofd === 'boolean' ? flag(item.geoorloofd) : bucket.geoorloofd;
    // A coarse "absent" with a reason that says ziek or verlof is refined by the ReasonResolver.
    const record: AbsenceRecord = { pupilId, date, span: somtodaySpan(item.beginLesuur, item.eindLesuur), category: bucket.category, geoorloofd, source: { kind: 'page', name: 'somtoday-json' } };
    const minutes = int(item.minutenGemist, 0, 1440);
    if (minutes !== undefined) record.minutes = minutes;
    if (reasonText) record.reasonText = reasonText;
    const remark = str(item.opmerkingen, 300);
    if (remark) record.remark = remark;
    records.push(record);
  };
  if (isObject(json) && Array.isArray(json.registraties)) {
    for (const registratie of json.registraties.slice(0, 100)) {
      if (!isObject(registratie) || !isObject(registratie.categorie)) continue;
      const bucket = KOLOMMEN[String(registratie.categorie.kolom)];
      const details = isObject(registratie.periodeRegistratieDetails) ? registratie.periodeRegistratieDetails : {};
      if (!bucket || !Array.isArray(details.vakRegistraties)) continue;
      for (const vak of details.vakRegistraties.slice(0, 200)) {
        if (isObject(vak) && Array.isArray(vak.registraties)) for (const item of vak.registraties.slice(0, 5_000)) add(item, bucket);
      }
    }
  } else if (isObject(json)) {
    for (const [key, bucket] of Object.entries(BUCKETS)) {
      const items = json[key];
      if (Array.isArray(items)) for (const item of items.slice(0, 20_000)) add(item, bucket);
    }
  }
  return { pupils: [{ id: pupilId, name: '' }], records, skipped };
}

export function readPageJson(kind: PageJsonKind, json: unknown, pupilId: string): JsonReading {
  switch (kind) {
    case 'magister-absenties':
      return magisterAbsences(json, pupilId);
    case 'somtoday-absentiemeldingen':
      return somtodayAbsentieMeldingen(json, pupilId);
    default:
      return somtodayRegistratieOverzicht(json, pupilId);
  }
}
