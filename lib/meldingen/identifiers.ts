/**
 * The persoonsgebonden nummer of the DUO verzuimmelding: a BSN (checked with the elfproef) or, for a
 * pupil without one, an onderwijsnummer. It goes only into the DUO melding, never into forms for the
 * samenwerkingsverband (OSO rule, RULES.md §3.2), and is shown masked.
 */

/** Zero-width characters a text can hide between digits. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** What may stand between the digits of a written number: spaces, dots, dashes, slashes, underscores. */
const SEPARATOR = '[\\s._/\\\\\\-\u2010-\u2015\u2212,]';

/** Text as its digits read: full-width digits become 0–9 (NFKC), invisible characters go. */
export function normaliseDigits(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/** BSN elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
export function isValidBsn(value: string): boolean {
  const digits = normaliseDigits(value).replace(new RegExp(SEPARATOR, 'g'), '');
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

export type PersonNumber = { kind: 'bsn' | 'onderwijsnummer'; value: string };

export function parsePersonNumber(input: string, kind: PersonNumber['kind']): { ok: true; number: PersonNumber } | { ok: false; message: string } {
  const digits = normaliseDigits(input).replace(new RegExp(SEPARATOR, 'g'), '');
  if (!/^\d{9}$/.test(digits)) return { ok: false, message: `Een ${kind === 'bsn' ? 'BSN' : 'onderwijsnummer'} heeft 9 cijfers.` };
  if (kind === 'bsn' && !isValidBsn(digits)) return { ok: false, message: 'Dit is geen geldig BSN (de elfproef klopt niet). Controleer de cijfers.' };
  // DUO checks onderwijsnummers itself; their check rule is not in the sources (RULES.md).
  return { ok: true, number: { kind, value: digits } };
}

/** ******789: enough to recognise, not enough to copy. */
export function maskPersonNumber(value: string): string {
  const digits = value.replace(/\D/g, '');
  return `${'*'.repeat(Math.max(0, digits.length - 3))}${digits.slice(-3)}`;
}

/** Words that say a number is a persoonsgebonden nummer. */
const PERSON_NUMBER_WORDS = /bsn|burger\s*service|sofi|onderwijs\s*n(umme)?r|\bo\.?n\.?r\b|pgn|persoonsgebonden/i;

/**
 * Every value in a form for the samenwerkingsverband must be free of BSN and onderwijsnummer: the
 * digits are read after every separator, space, invisible character and full-width form is taken
 * out. A run of 9 digits that passes the elfproef is a BSN. DUO's check rule for onderwijsnummers is
 * not in the sources (RULES.md): any 9 digits count as one when the field's name or the words just
 * before the number say so. Returns the fields that hold one.
 */
export function findPersonNumbers(fields: Record<string, string | undefined>): string[] {
  const found: string[] = [];
  const run = new RegExp(`(?<!\\d)\\d(?:${SEPARATOR}{0,3}\\d){8}(?!${SEPARATOR}{0,3}\\d)`, 'g');
  for (const [field, value] of Object.entries(fields)) {
    const text = normaliseDigits(value ?? '');
    for (const match of text.matchAll(run)) {
      const digits = match[0].replace(/\D/g, '');
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      if (isValidBsn(digits) || PERSON_NUMBER_WORDS.test(field) || PERSON_NUMBER_WORDS.test(before)) {
        found.push(field);
        break;
      }
    }
  }
  return [...new Set(found)];
}
