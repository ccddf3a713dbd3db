/**
 * Human explanations of signals and leerplicht status, in Dutch (default) and English.
 * A signal is advice for a person to judge: every text says which rule fired (in the numbers the
 * rule used — each rule writes its own words, lib/rules/*.ts), on which days, what was skipped, which
 * timetable and reason readings decided it, and where the rule comes from.
 */
import { dayToIso, isoToDay } from './calendar/days.ts';
import type { ClosedPeriod } from './calendar/schoolCalendar.ts';
import { formatDate, type Lang } from './format.ts';
import type { LeerplichtStatus } from './rules/leerplicht.ts';
import { explainMazl } from './rules/mazl.ts';
import { explainMeldplicht, meldplichtTitle } from './rules/meldplicht16.ts';
import { isMeldplicht, type Signal, type SignalKind } from './rules/signal.ts';
import { explainDreigend, explainThuiszitter } from './rules/thuiszitter.ts';

export { formatDate, formatShortDate, type Lang } from './format.ts';

export interface Explanation {
  /** Heading, e.g. "Mogelijk thuiszitter". */
  title: string;
  /** One line for a badge, e.g. "Thuiszitter sinds 5 okt — 35 schooldagen". */
  short: string;
  /** What was counted, what was skipped, caveats, the source. */
  details: string[];
}

const TITLES: Record<Lang, Record<SignalKind, string>> = {
  nl: {
    thuiszitter: 'Mogelijk thuiszitter',
    'meldplicht-16-uur': 'Meldplicht: 16 uur in 4 lesweken',
    'rmc-verzuim': 'RMC-verzuim: 16 uur in 4 lesweken (18+)',
    'dreigend-thuiszitter': 'Dreigend thuiszitter',
    mazl: 'MAZL: zorgwekkend ziekteverzuim',
  },
  en: {
    thuiszitter: 'Possible thuiszitter (long-term absence)',
    'meldplicht-16-uur': 'Must report: 16 hours in 4 school weeks',
    'rmc-verzuim': 'RMC absence: 16 hours in 4 school weeks (18+)',
    'dreigend-thuiszitter': 'At risk of becoming a thuiszitter',
    mazl: 'MAZL: worrying sick leave',
  },
};

/** The heading of a signal; with the signal itself the numbers are the ones its rule used. */
export function signalTitle(kind: SignalKind, lang: Lang = 'nl', signal?: Signal): string {
  if (signal && isMeldplicht(signal)) return meldplichtTitle(signal, lang);
  return TITLES[lang][kind];
}

function skippedText(periods: ClosedPeriod[], lang: Lang): string | undefined {
  if (periods.length === 0) return undefined;
  const list = periods
    .map((p) => (p.start === p.end ? `${p.name} ${formatDate(p.start)}` : `${p.name} ${formatDate(p.start)} – ${formatDate(p.end)}`))
    .join('; ');
  return lang === 'nl' ? `Niet meegeteld (geen schooldag): ${list}.` : `Not counted (no school): ${list}.`;
}

function ruleText(signal: Signal, lang: Lang): { short: string; details: string[] } {
  switch (signal.kind) {
    case 'thuiszitter':
      return explainThuiszitter(signal, lang);
    case 'dreigend-thuiszitter':
      return explainDreigend(signal, lang);
    case 'meldplicht-16-uur':
    case 'rmc-verzuim':
      return explainMeldplicht(signal, lang);
    case 'mazl':
      return explainMazl(signal, lang);
  }
}

export function explainSignal(signal: Signal, lang: Lang = 'nl'): Explanation {
  const nlang = lang === 'nl';
  const { short, details } = ruleText(signal, lang);
  const skipped = skippedText(signal.skipped, lang);
  if (skipped) details.push(skipped);
  if (!signal.ongoing && !isMeldplicht(signal)) {
    details.push(nlang ? `Afgelopen: laatst geteld op ${formatDate(signal.lastDay)}.` : `Ended: last counted on ${formatDate(signal.lastDay)}.`);
  }
  if (signal.timetable) details.push(nlang ? `Schooltijden: ${signal.timetable}.` : `School times: ${signal.timetable}.`);
  if (signal.reasons && signal.reasons.length > 0) {
    details.push(`${nlang ? 'Redenen gelezen als' : 'Reasons read as'}: ${signal.reasons.join('; ')}.`);
  }
  if (signal.unknownDays > 0) {
    details.push(
      nlang
        ? `Let op: ${signal.unknownDays} ${signal.unknownDays === 1 ? 'dag' : 'dagen'} zonder vastgelegde geoorloofd/ongeoorloofd-status ${signal.unknownDays === 1 ? 'is' : 'zijn'} als ongeoorloofd meegeteld. Controleer de redencodes.`
        : `Note: ${signal.unknownDays} day(s) without a recorded authorised/unauthorised status were counted as unauthorised. Check the reason codes.`,
    );
  }
  if (signal.startsAtDataStart) {
    details.push(
      nlang
        ? 'De telling begint op de eerste dag van de gegevens: het verzuim kan eerder begonnen zijn.'
        : 'The count starts on the first day of the data: the absence may have begun earlier.',
    );
  }
  details.push(`${nlang ? 'Bron' : 'Source'}: ${signal.source}`);
  return { title: signalTitle(signal.kind, lang, signal), short, details };
}

export function explainLeerplicht(status: LeerplichtStatus, lang: Lang = 'nl'): string {
  const nlang = lang === 'nl';
  const until = status.until ? formatDate(status.until) : undefined;
  let text: string;
  switch (status.state) {
    case 'onbekend':
      text = nlang ? 'Leerplicht onbekend (geen geboortedatum)' : 'Leerplicht unknown (no birth date)';
      break;
    case 'nog-niet-leerplichtig':
      text = nlang
        ? `Nog niet leerplichtig (leerplichtig vanaf ${until ? formatDate(dayToIso(isoToDay(status.until!) + 1)) : '?'})`
        : `Not yet of compulsory school age (from ${until ? formatDate(dayToIso(isoToDay(status.until!) + 1)) : '?'})`;
      break;
    case 'leerplichtig':
      text = nlang ? `Leerplichtig tot en met ${until}` : `Of compulsory school age until ${until}`;
      break;
    case 'kwalificatieplichtig':
      text = nlang ? `Kwalificatieplichtig tot en met ${until}` : `Must obtain a basic qualification, until ${until}`;
      break;
    default:
      text = nlang ? 'Niet meer leer- of kwalificatieplichtig' : 'No longer of compulsory school age';
  }
  if (status.age !== undefined) text += nlang ? ` — ${status.age} jaar` : ` — age ${status.age}`;
  return text;
}
