/**
 * Who a single pupil's page is about: labelled values such as "Leerlingnummer 900101", "Naam",
 * "Geboortedatum", "Groep" in definition lists, two-column tables, "Label: waarde" text, or a heading.
 * Page text is read with textContent only, never as markup.
 */
import { fieldForHeader, type Field } from '../../import/columns.ts';

export interface PageIdentity {
  id?: string;
  name?: string;
  firstName?: string;
  /** Tussenvoegsel ("van", "de", "van der"): part of the name everywhere. */
  infix?: string;
  lastName?: string;
  birthDate?: string;
  group?: string;
  /** A BSN or onderwijsnummer the page shows: only ever used for the DUO melding. */
  personNumber?: { kind: 'bsn' | 'onderwijsnummer'; value: string };
  /** The element showing the name (or number), where a badge can go. */
  anchor?: Element;
}

const WANTED: ReadonlySet<Field> = new Set(['id', 'name', 'firstName', 'lastName', 'infix', 'birthDate', 'group']);
/** Headings that name the page, not the pupil. */
const PAGE_TITLES = /^(afwezigheid|absenties?|verzuim|registraties|aanwezigheid|overzicht|leerlingkaart|dossier|leerling)\b/i;
const MAX_VALUE = 120;
const PERSON_NUMBER_LABEL = /^(bsn|burgerservicenummer|sofinummer|onderwijsnummer)$/i;

export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function readIdentity(root: ParentNode, exclude: readonly Element[] = []): PageIdentity {
  const identity: PageIdentity = {};
  const excluded = (el: Element) => exclude.some((x) => x === el || x.contains(el));
  const take = (label: string, value: string, anchor: Element) => {
    const number = PERSON_NUMBER_LABEL.exec(label.replace(/:\s*$/, '').trim());
    if (number && !identity.personNumber && /^\d{9}$/.test(value.replace(/[\s.-]/g, ''))) {
      identity.personNumber = { kind: /onderwijs/i.test(number[1]!) ? 'onderwijsnummer' : 'bsn', value: value.replace(/[\s.-]/g, '') };
      return;
    }
    const field = fieldForHeader(label.replace(/:\s*$/, ''));
    const clean = value.slice(0, MAX_VALUE);
    if (!field || !WANTED.has(field) || !clean) return;
    const key = field as keyof Omit<PageIdentity, 'anchor' | 'personNumber'>;
    if (identity[key]) return;
    identity[key] = clean;
    if ((field === 'name' || field === 'lastName' || (field === 'id' && !identity.anchor)) && !excluded(anchor)) identity.anchor = anchor;
  };

  for (const dt of Array.from(root.querySelectorAll('dt'))) {
    if (excluded(dt)) continue;
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') take(textOf(dt), textOf(dd), dd);
  }
  for (const row of Array.from(root.querySelectorAll('tr'))) {
    if (excluded(row)) continue;
    const cells = row.children;
    if (cells.length === 2) take(textOf(cells[0]), textOf(cells[1]), cells[1]!);
  }
  for (const label of Array.from(root.querySelectorAll('label, .label, [class*="label"]'))) {
    if (excluded(label)) continue;
    const value = label.nextElementSibling;
    if (value && !value.matches('input, select, textarea')) take(textOf(label), textOf(value), value);
  }
  // "Leerlingnummer: 900101" as the whole text of a small element.
  for (const el of Array.from(root.querySelectorAll('h1, h2, h3, p, span, div, li, small'))) {
    if (el.childElementCount > 2 || excluded(el)) continue;
    const match = /^([^:]{3,30}):\s*(.{1,120})$/.exec(textOf(el));
    if (match) take(match[1]!, match[2]!, el);
  }
  if (!identity.name && !identity.lastName) {
    for (const heading of Array.from(root.querySelectorAll('h1, h2'))) {
      const text = textOf(heading);
      if (text && text.length <= 80 && !PAGE_TITLES.test(text) && !excluded(heading)) {
        identity.name = text;
        identity.anchor ??= heading;
        break;
      }
    }
  }
  if (!identity.name && (identity.firstName || identity.lastName)) {
    identity.name = [identity.firstName, identity.infix, identity.lastName].filter(Boolean).join(' ');
  }
  return identity;
}
