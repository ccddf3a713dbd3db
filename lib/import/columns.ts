/** Dutch column headers of absence exports, in any order, mapped to the fields the import reads. */

export const FIELDS = [
  'id', 'name', 'lastName', 'firstName', 'infix', 'birthDate', 'group', 'schoolType',
  'date', 'endDate', 'startTime', 'endTime', 'lesson', 'fromLesson', 'toLesson',
  'reason', 'code', 'description', 'geoorloofd', 'ongeoorloofd', 'category', 'wholeDay', 'minutes', 'remark', 'vrijstelling',
  'startkwalificatie', 'period',
] as const;
export type Field = (typeof FIELDS)[number];

/**
 * Normalised header text → field. Normalising lowercases, drops accents, brackets, dots and spacing.
 * A Map: header texts come from files and pages, and "constructor" or "__proto__" must be unknown words.
 */
const SYNONYMS = new Map<string, Field>();
function add(field: Field, ...names: string[]) {
  for (const n of names) SYNONYMS.set(normaliseHeader(n), field);
}

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(on\)/g, 'on_')
    .replace(/[^a-z0-9/_]+/g, '');
}

add('id', 'leerlingnummer', 'leerlingnr', 'llnr', 'leerling nr', 'leerling-nummer', 'deelnemer', 'deelnemernummer', 'deelnemernr',
  'stamnummer', 'stamnr', 'studentnummer', 'studentnr', 'nummer', 'nr', 'leerlingid', 'id');
add('name', 'naam', 'leerling', 'leerlingnaam', 'naam leerling', 'volledige naam', 'naam deelnemer', 'student', 'naam student');
add('lastName', 'achternaam', 'familienaam');
add('firstName', 'roepnaam', 'voornaam', 'voornamen');
add('infix', 'tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'voorvoegsels');
add('birthDate', 'geboortedatum', 'geb datum', 'gebdatum', 'geb.datum', 'geboorte datum', 'geboren');
add('group', 'klas', 'groep', 'stamgroep', 'jaargroep', 'klas/groep', 'groep/klas', 'basisgroep', 'stamklas', 'mentorgroep');
add('schoolType', 'schooltype', 'onderwijssoort');
add('date', 'datum', 'dag', 'begindatum', 'startdatum', 'datum van', 'vanaf datum', 'begin datum', 'datum absentie', 'absentiedatum', 'verzuimdatum');
add('endDate', 'einddatum', 'datum tot', 't/m datum', 'tm datum', 'tot en met', 'eind datum', 'datum t/m');
add('startTime', 'begintijd', 'starttijd', 'van', 'tijd van', 'vanaf', 'begin tijd', 'vanaf tijd');
add('endTime', 'eindtijd', 'tot', 'tijd tot', 'eind tijd', 'tot tijd', 't/m tijd');
add('lesson', 'lesuur', 'uur', 'les', 'lesuren');
add('fromLesson', 'beginlesuur', 'van lesuur', 'vanaf lesuur', 'begin lesuur', 'eerste lesuur');
add('toLesson', 'eindlesuur', 'tot lesuur', 't/m lesuur', 'eind lesuur', 'laatste lesuur');
add('reason', 'reden', 'absentiereden', 'verzuimreden', 'reden absentie', 'absentie', 'gebeurtenis');
add('code', 'code', 'afkorting', 'redencode', 'absentiecode', 'verzuimcode');
add('description', 'omschrijving', 'reden omschrijving', 'omschrijving reden', 'toelichting reden');
add('geoorloofd', 'geoorloofd', 'verantwoord', '(on)geoorloofd', 'geoorloofd ja/nee', 'geoorloofd?', 'is geoorloofd');
add('ongeoorloofd', 'ongeoorloofd', 'ongeoorloofd ja/nee', 'ongeoorloofd?');
add('category', 'soort', 'categorie', 'type', 'absentiesoort', 'soort absentie', 'verantwoordingtype', 'registratiesoort', 'soort verzuim');
add('wholeDay', 'hele dag', 'heledag', 'gehele dag', 'hele dag afwezig', 'alle lessen gemist');
add('minutes', 'minuten', 'minuten gemist', 'minutengemist', 'duur', 'duur (min)', 'duur minuten', 'aantal minuten');
add('remark', 'opmerking', 'opmerkingen', 'notitie', 'toelichting');
add('vrijstelling', 'vrijstelling', 'vrijstelling leerplicht', 'vervangende leerplicht', 'vrijstelling/vervangende leerplicht');
// One cell for the whole period, as EduArte shows it: "05-10-2026 2e t/m 4e uur", "05-10-2026 t/m 09-10-2026".
add('period', 'datum/tijd', 'datum / tijd', 'periode', 'datum en tijd');
add('startkwalificatie', 'startkwalificatie', 'startkwalificatie behaald', 'sk', 'diploma startkwalificatie');

export type ColumnMap = Partial<Record<Field, number>>;

/** The field one header or label names, if any ("Leerlingnummer:" → id). */
export function fieldForHeader(header: string): Field | undefined {
  return SYNONYMS.get(normaliseHeader(header));
}

/** The fields a header row names; the first column wins when two name the same field. */
export function mapHeaders(headers: readonly string[]): { map: ColumnMap; unknown: string[] } {
  const map: ColumnMap = {};
  const unknown: string[] = [];
  headers.forEach((raw, index) => {
    const field = SYNONYMS.get(normaliseHeader(raw));
    if (field === undefined) {
      if (raw.trim() !== '') unknown.push(raw.trim());
      return;
    }
    if (map[field] === undefined) map[field] = index;
  });
  return { map, unknown };
}

/** A header row names at least a date (or a period) and a pupil. */
export function looksLikeHeader(map: ColumnMap): boolean {
  const pupil = map.id !== undefined || map.name !== undefined || map.lastName !== undefined;
  return (map.date !== undefined || map.period !== undefined) && pupil;
}

/** EduArte's absence import (HOSTS.md §3): deelnemer;begindatum;begintijd;einddatum;eindtijd;beginlesuur;eindlesuur;reden;opmerkingen */
export const EDUARTE_COLUMNS: ColumnMap = {
  id: 0, date: 1, startTime: 2, endDate: 3, endTime: 4, fromLesson: 5, toLesson: 6, reason: 7, remark: 8,
};

export function looksLikeEduarteRow(row: readonly string[]): boolean {
  return row.length >= 8 && row.length <= 9 && /^\d+$/.test(row[0]!.trim()) && /^\d{8}$/.test(row[1]!.trim());
}
