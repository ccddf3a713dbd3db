/**
 * The absence data Somtoday's pupil and parent app loads into its own page (HOSTS.md §2.1–2.2;
 * NONtoday/leerling-source 2.6.1 `registraties-state.ts`, `afspraak-model.ts`; elisaado/somtoday-api-docs;
 * digital-IMEI/home-assistant-somtoday `absences.py`):
 * - `/rest/v1/absentiemeldingen`: meldingen with begin/eind moment, lesuren when given, the reason
 *   (`absentieSoort` is only ever Absent/Telaat/Verwijderd: the reason's text decides ziek or verlof).
 * - `/rest/v1/leerlingen/{id}/registratieOverzicht`: since release 2.4.0 buckets (afwezigWaarnemingen,
 *   ongeoorloofdAfwezig, geoorloofdAfwezig, teLaat, verwijderd) of registrations whose lesuren live only
 *   inside `afspraken[]`; before that a wrapper `registraties[].categorie.kolom` with registrations
 *   that carry `beginLesuur`/`eindLesuur` themselves.
 */
import { own } from '../../lookup.ts';
import type { IsoDate } from '../../calendar/days.ts';
import type { AbsenceRecord, Category, Geoorloofd, Pupil } from '../../model.ts';
import { flag, int, isObject, localMoment, MAX_PAGE_RECORDS, MAX_RESPONSE_ITEMS, periodParts, str, type Json, type PeriodPart } from '../json.ts';
import type { JsonReading } from '../pageData.ts';

const SOMTODAY_SOORT: Record<string, Category> = { Absent: 'absent', Telaat: 'te-laat', Verwijderd: 'verwijderd' };
const SOURCE = { kind: 'page' as const, name: 'somtoday-json' };

/** The parts of one registration: its begin and end moments, lesuren when it has them. */
function partsOf(begin: unknown, end: unknown, until: IsoDate, fromLesson: unknown, toLesson: unknown): PeriodPart[] | undefined {
  const b = localMoment(begin);
  if (!b) return undefined;
  const e = end === undefined || end === null ? undefined : localMoment(end);
  if (end !== undefined && end !== null && !e) return undefined;
  const from = int(fromLesson, 1, 16);
  const to = int(toLesson, 1, 16);
  return periodParts(b, e, until, from !== undefined || to !== undefined ? { from, to } : {});
}

/** Adds a registration's days; false when the page's bound is reached (the caller counts the rest). */
function push(out: AbsenceRecord[], parts: PeriodPart[], base: Omit<AbsenceRecord, 'date' | 'span'>): boolean {
  if (out.length + parts.length > MAX_PAGE_RECORDS) return false;
  for (const part of parts) out.push({ ...base, date: part.date, span: part.span });
  return true;
}

/** /rest/v1/absentiemeldingen: one pupil's (or a parent's children's) meldingen. */
export function somtodayAbsentieMeldingen(json: unknown, fallbackPupilId: string, today: IsoDate): JsonReading {
  const items = isObject(json) && Array.isArray(json.items) ? json.items : [];
  const records: AbsenceRecord[] = [];
  const pupils = new Map<string, Pupil>();
  let skipped = 0;
  let truncated = false;
  for (const item of items.slice(0, MAX_RESPONSE_ITEMS)) {
    const parts = isObject(item) ? partsOf(item.beginDatumTijd, item.eindDatumTijd, today, item.beginLesuur, item.eindLesuur) : undefined;
    if (!isObject(item) || !parts) {
      skipped++;
      continue;
    }
    const leerling = isObject(item.leerling) ? item.leerling : {};
    const number = typeof leerling.leerlingnummer === 'number' || typeof leerling.leerlingnummer === 'string' ? String(leerling.leerlingnummer).slice(0, 64) : undefined;
    const id = number || fallbackPupilId;
    if (!pupils.has(id)) pupils.set(id, { id, name: [str(leerling.roepnaam, 60), str(leerling.voorvoegsel ?? leerling.tussenvoegsel, 20), str(leerling.achternaam, 100)].filter(Boolean).join(' ') });
    const reden = isObject(item.absentieReden) ? item.absentieReden : {};
    const base: Omit<AbsenceRecord, 'date' | 'span'> = {
      pupilId: id,
      // A coarse "Absent" with a reason that says ziek or verlof is refined by the ReasonResolver.
      category: own(SOMTODAY_SOORT, String(reden.absentieSoort)) ?? 'absent',
      geoorloofd: flag(reden.geoorloofd),
      source: SOURCE,
    };
    const code = str(reden.afkorting, 40);
    if (code) base.reasonCode = code;
    const reasonText = str(reden.omschrijving);
    if (reasonText) base.reasonText = reasonText;
    const remark = str(item.opmerkingen);
    if (remark) base.remark = remark;
    if (!push(records, parts, base)) {
      skipped++;
      truncated = true;
    }
  }
  return { pupils: [...pupils.values()], records, skipped, truncated };
}

/** The app's buckets (since 2.4.0) and the older wrapper's columns: what each says about the registrations in it. */
const BUCKETS: Record<string, { category: Category; geoorloofd: Geoorloofd }> = {
  // "Afwezig": observed absent in a lesson, no melding (yet): nobody has said whether it was geoorloofd.
  afwezigWaarnemingen: { category: 'absent', geoorloofd: 'onbekend' },
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
 * One bucket item of the 2.4.0+ shape: {begin, eind?, omschrijving, afgehandeld, geoorloofd?, afspraken[]}.
 * The lessons it covers are the afspraken, each with its own lesuren (or times); without afspraken
 * the item's own begin and end.
 */
function bucketItem(item: Json, bucket: { category: Category; geoorloofd: Geoorloofd }, pupilId: string, today: IsoDate, out: AbsenceRecord[]): boolean {
  const base: Omit<AbsenceRecord, 'date' | 'span'> = {
    pupilId,
    category: bucket.category,
    // The item's own flag wins: "Is er uit gestuurd" was seen booked as geoorloofd.
    geoorloofd: typeof item.geoorloofd === 'boolean' ? flag(item.geoorloofd) : bucket.geoorloofd,
    source: SOURCE,
  };
  const reasonText = str(item.omschrijving) ?? str(item.absentieReden);
  if (reasonText && reasonText !== '-') base.reasonText = reasonText;
  const remark = str(item.opmerkingen);
  if (remark) base.remark = remark;
  const minutes = int(item.minutenGemist, 0, 1440);
  const afspraken = Array.isArray(item.afspraken) ? item.afspraken.filter(isObject) : [];
  if (afspraken.length > 0) {
    let read = false;
    for (const afspraak of afspraken.slice(0, 200)) {
      const parts = partsOf(afspraak.beginDatumTijd, afspraak.eindDatumTijd, today, afspraak.beginLesuur, afspraak.eindLesuur);
      if (!parts || parts.length !== 1 || !push(out, parts, base)) continue;
      read = true;
    }
    if (read) return true;
  }
  const parts = partsOf(item.begin ?? item.beginDatumTijd, item.eind ?? item.eindDatumTijd, today, item.beginLesuur, item.eindLesuur);
  if (!parts) return false;
  const start = out.length;
  if (!push(out, parts, base)) return false;
  // The source's own minutes, for a registration within one day (Somtoday's minutenGemist).
  if (minutes !== undefined && parts.length === 1 && out[start]!.span.kind === 'lessons') out[start]!.minutes = minutes;
  return true;
}

export function somtodayRegistratieOverzicht(json: unknown, pupilId: string, today: IsoDate): JsonReading {
  const records: AbsenceRecord[] = [];
  let skipped = 0;
  let items = 0;
  const add = (item: unknown, bucket: { category: Category; geoorloofd: Geoorloofd }) => {
    if (items++ >= MAX_RESPONSE_ITEMS || records.length >= MAX_PAGE_RECORDS) {
      skipped++;
      return;
    }
    if (!isObject(item) || !bucketItem(item, bucket, pupilId, today, records)) skipped++;
  };
  if (isObject(json) && Array.isArray(json.registraties)) {
    for (const registratie of json.registraties.slice(0, 100)) {
      if (!isObject(registratie) || !isObject(registratie.categorie)) continue;
      const bucket = own(KOLOMMEN, String(registratie.categorie.kolom));
      const details = isObject(registratie.periodeRegistratieDetails) ? registratie.periodeRegistratieDetails : {};
      if (!bucket || !Array.isArray(details.vakRegistraties)) continue;
      for (const vak of details.vakRegistraties.slice(0, 200)) {
        if (isObject(vak) && Array.isArray(vak.registraties)) for (const item of vak.registraties.slice(0, 5_000)) add(item, bucket);
      }
    }
  } else if (isObject(json)) {
    for (const [key, bucket] of Object.entries(BUCKETS)) {
      const list = json[key];
      if (Array.isArray(list)) for (const item of list.slice(0, MAX_RESPONSE_ITEMS)) add(item, bucket);
    }
  }
  return { pupils: [{ id: pupilId, name: '' }], records, skipped, truncated: items > MAX_RESPONSE_ITEMS || records.length >= MAX_PAGE_RECORDS };
}

