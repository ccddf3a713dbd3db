/**
 * The persoonsgebonden nummer of the DUO verzuimmelding: a BSN (checked with the elfproef) or, for a
 * pupil without one, an onderwijsnummer. It goes only into the DUO melding, never into forms for the
 * samenwerkingsverband (OSO rule, RULES.md §3.2), and is shown masked.
 */

/** BSN elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
export function isValidBsn(value: string): boolean {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

export type PersonNumber = { kind: 'bsn' | 'onderwijsnummer'; value: string };

export function parsePersonNumber(input: string, kind: PersonNumber['kind']): { ok: true; number: PersonNumber } | { ok: false; message: string } {
  const digits = input.replace(/[\s.-]/g, '');
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

/**
 * Every value in a form for the samenwerkingsverband must be free of BSN-like numbers: any run of
 * 9 digits that passes the elfproef is reported (with the field it is in).
 */
export function findPersonNumbers(fields: Record<string, string | undefined>): string[] {
  const found: string[] = [];
  for (const [field, value] of Object.entries(fields)) {
    for (const match of (value ?? '').matchAll(/(?<!\d)(\d[\s.-]?){8}\d(?!\d)/g)) {
      if (isValidBsn(match[0])) found.push(field);
    }
  }
  return [...new Set(found)];
}
