/**
 * Fills a melding into the form the user has open (DUO Verzuimloket, the pupil administration's
 * melding screen, an SWV portal): fields are found by their label, aria-label, placeholder or name in
 * Dutch wording variants, and filled the way a person would, with the events React and Angular listen
 * to. It never submits; it reports what it filled and what is left for the user.
 */
import { formDate } from '../format.ts';

export type FieldValue = string | boolean;

export interface FieldSpec {
  /** Our name for the field, e.g. 'begindatum'. */
  key: string;
  /** Wordings that name it on forms (lowercase, compared without punctuation). */
  labels: readonly string[];
  value: FieldValue;
  /** Dates are given as ISO and written as the field expects (type=date or dd-mm-jjjj). */
  type?: 'text' | 'date' | 'choice' | 'yesno';
}

export interface FillResult {
  filled: { key: string; element: Element }[];
  /** Fields of the melding that the form has no place for, or that could not take the value. */
  missing: { key: string; reason: string }[];
  /** The form's own fields that are still empty: left for the user (radio groups once). */
  empty: Element[];
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\*|\(verplicht\)|:/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The texts that name a control: its <label>, aria-label(ledby), placeholder, name and id. */
export function namesOf(control: Element): string[] {
  const doc = control.ownerDocument;
  const names: string[] = [];
  const id = control.getAttribute('id');
  if (id) for (const label of Array.from(doc.querySelectorAll('label'))) if (label.getAttribute('for') === id) names.push(label.textContent ?? '');
  const wrapping = control.closest('label');
  if (wrapping) names.push(wrapping.textContent ?? '');
  const aria = control.getAttribute('aria-label');
  if (aria) names.push(aria);
  for (const ref of (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) names.push(doc.getElementById(ref)?.textContent ?? '');
  for (const attr of ['placeholder', 'name', 'id']) {
    const value = control.getAttribute(attr);
    // name="vermoedelijkeReden" → "vermoedelijke reden"
    if (value) names.push(value.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-[\].]+/g, ' '));
  }
  // A fieldset's legend names its radio buttons and checkboxes.
  const legend = control.closest('fieldset')?.querySelector('legend');
  if (legend && ['radio', 'checkbox'].includes((control as HTMLInputElement).type)) names.push(legend.textContent ?? '');
  const own = names.map(normaliseLabel).filter(Boolean);
  // A field in a group ("Melder" › "Telefoonnummer") is also named with its group, both ways round.
  const group = groupName(control);
  if (!group) return own;
  // "Gegevens melder" groups like "Melder": its last word names the group too.
  const groups = [...new Set([group, group.split(' ').pop()!])];
  const grouped = own.flatMap((name) => groups.flatMap((g) => (name.includes(g) ? [] : [`${name} ${g}`, `${g} ${name}`])));
  return [...own, ...grouped];
}

/** The name of the group a control sits in: its fieldset's legend, or the heading that opens its section. */
function groupName(control: Element): string {
  const legend = control.closest('fieldset')?.querySelector(':scope > legend')?.textContent;
  if (legend) return normaliseLabel(legend);
  const section = control.closest('section, [role="group"], [role="region"]');
  if (section) {
    const label = section.getAttribute('aria-label') ?? section.querySelector('h1, h2, h3, h4, h5, h6, legend')?.textContent;
    if (label) return normaliseLabel(label);
  }
  return '';
}

function matches(control: Element, spec: FieldSpec): boolean {
  const wanted = spec.labels.map(normaliseLabel);
  return namesOf(control).some((name) => wanted.some((w) => name === w || name.startsWith(`${w} `) || name.endsWith(` ${w}`)));
}

/** Events made by the control's own window, so they are the page's kind of event. */
function fire(control: Element, ...types: string[]) {
  const EventType = control.ownerDocument.defaultView?.Event ?? Event;
  for (const type of types) control.dispatchEvent(new EventType(type, { bubbles: true }));
}

/** Sets a value so that framework-controlled inputs (React, Angular) see it as typed. */
function setNativeValue(control: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = Object.getPrototypeOf(control) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(control, value);
  else control.value = value;
  fire(control, 'input', 'change', 'blur');
}

function yes(value: FieldValue): boolean {
  return value === true || (typeof value === 'string' && /^(ja|j|yes|true|1)$/i.test(value));
}

const isSelect = (c: Control): c is HTMLSelectElement => c.tagName === 'SELECT';
const inputType = (c: Control) => (c.tagName === 'INPUT' ? (c as HTMLInputElement).type : '');

function labelOfOption(radio: HTMLInputElement): string {
  const own = radio.closest('label')?.textContent;
  if (own) return own;
  return Array.from(radio.ownerDocument.querySelectorAll('label'))
    .filter((l) => radio.id && l.getAttribute('for') === radio.id)
    .map((l) => l.textContent ?? '')
    .join(' ');
}

function fillOne(control: Control, spec: FieldSpec, all: readonly Control[]): string | null {
  if (control.disabled || (control as HTMLInputElement).readOnly) return 'het veld is niet te bewerken';
  if (isSelect(control)) {
    const wanted = normaliseLabel(typeof spec.value === 'boolean' ? (spec.value ? 'ja' : 'nee') : spec.value);
    const option = Array.from(control.options).find((o) => normaliseLabel(o.textContent ?? '') === wanted || normaliseLabel(o.value) === wanted);
    if (!option) return `geen keuze "${String(spec.value)}" in de lijst`;
    control.value = option.value;
    fire(control, 'input', 'change');
    return null;
  }
  if (inputType(control) === 'checkbox') {
    const box = control as HTMLInputElement;
    if (box.checked !== yes(spec.value)) box.click();
    return null;
  }
  if (inputType(control) === 'radio') {
    // The radio group: pick the option whose own label (or value) says the value.
    const name = (control as HTMLInputElement).name;
    const group = all.filter((c) => inputType(c) === 'radio' && (c as HTMLInputElement).name === name) as HTMLInputElement[];
    const wanted = normaliseLabel(typeof spec.value === 'boolean' ? (spec.value ? 'ja' : 'nee') : spec.value);
    const option = group.find((r) => normaliseLabel(labelOfOption(r)) === wanted || normaliseLabel(r.value) === wanted);
    if (!option) return `geen keuze "${String(spec.value)}"`;
    if (!option.checked) option.click();
    return null;
  }
  let text = typeof spec.value === 'boolean' ? (spec.value ? 'ja' : 'nee') : spec.value;
  if (spec.type === 'date') text = inputType(control) === 'date' ? text : formDate(text);
  const max = (control as HTMLInputElement).maxLength;
  if (max > 0 && text.length > max) return `te lang (ten hoogste ${max} tekens)`;
  setNativeValue(control as HTMLInputElement, text);
  return null;
}

export interface FillPlan {
  /** Each melding field with the form's control that will take it (radio groups once). */
  planned: { spec: FieldSpec; control: Control }[];
  /** Melding fields the form has no place for. */
  missing: { key: string; reason: string }[];
  controls: Control[];
}

/** Which control takes which field, without touching the form: what the user confirms before filling. */
export function planFill(root: ParentNode, specs: readonly FieldSpec[]): FillPlan {
  const controls = Array.from(root.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]), textarea, select')) as Control[];
  const used = new Set<Element>();
  const plan: FillPlan = { planned: [], missing: [], controls };
  for (const spec of specs) {
    const control = controls.find((c) => !used.has(c) && matches(c, spec));
    if (!control) {
      plan.missing.push({ key: spec.key, reason: 'geen veld gevonden' });
      continue;
    }
    // A radio group counts as one field.
    if ((control as HTMLInputElement).type === 'radio') {
      for (const r of controls) if ((r as HTMLInputElement).name === (control as HTMLInputElement).name) used.add(r);
    } else {
      used.add(control);
    }
    plan.planned.push({ spec, control });
  }
  return plan;
}

export function fillForm(root: ParentNode, specs: readonly FieldSpec[]): FillResult {
  const { planned, missing, controls } = planFill(root, specs);
  const result: FillResult = { filled: [], missing: [...missing], empty: [] };
  for (const { spec, control } of planned) {
    // The form may have changed since the plan was shown: a control that left the page is not filled.
    if (!control.isConnected) {
      result.missing.push({ key: spec.key, reason: 'het veld staat niet meer op de pagina' });
      continue;
    }
    const problem = fillOne(control, spec, controls);
    if (problem) result.missing.push({ key: spec.key, reason: problem });
    else result.filled.push({ key: spec.key, element: control });
  }
  // In the melding's own order, whether the form had no place for a field or refused its value.
  const order = new Map(specs.map((spec, i) => [spec.key, i]));
  result.missing.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  const filled = new Set(result.filled.map((f) => f.element));
  const radioGroups = new Set<string>();
  for (const control of controls) {
    if (filled.has(control) || control.disabled) continue;
    const type = inputType(control);
    if (type === 'radio') {
      const name = (control as HTMLInputElement).name;
      if (radioGroups.has(name)) continue;
      radioGroups.add(name);
      const group = controls.filter((c) => inputType(c) === 'radio' && (c as HTMLInputElement).name === name) as HTMLInputElement[];
      if (!group.some((r) => r.checked || filled.has(r))) result.empty.push(control);
    } else if (type !== 'checkbox' && !control.value) {
      result.empty.push(control);
    }
  }
  return result;
}

/** Words that only a melding's form uses: which kind of melding the form on the page is for. */
const MARKERS = {
  leerplicht: ['bsn', 'burgerservicenummer', 'onderwijsnummer', 'soort verzuim', 'verzuimsoort', 'vermoedelijke reden', 'begindatum verzuim', 'alle lessen gemist', 'naam melder', 'leslocatie'],
  swv: ['startdatum thuiszitten', 'thuiszitten', 'hulpvraag', 'wensen', 'samenwerkingsverband', 'contactpersoon school', 'wat heeft de school gedaan', 'reden aanmelding', 'betrokken'],
} as const;

/**
 * Which melding the page's form is for, or null when the page has no melding form. A form that looks
 * like the samenwerkingsverband's wins a tie, so a number meant for DUO never goes there.
 */
export function meldingFormKind(root: ParentNode): 'leerplicht' | 'swv' | null {
  const names = Array.from(root.querySelectorAll('input:not([type=hidden]), textarea, select')).flatMap(namesOf);
  if (names.length === 0) return null;
  const score = (markers: readonly string[]) => markers.filter((m) => names.some((n) => n === m || n.includes(m))).length;
  const duo = score(MARKERS.leerplicht);
  const swv = score(MARKERS.swv);
  if (swv >= 2 && swv >= duo) return 'swv';
  if (duo >= 2) return 'leerplicht';
  return null;
}
