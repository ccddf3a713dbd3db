/**
 * Human explanations of signals and leerplicht status, in Dutch (default) and English.
 * A signal is advice for a person to judge: every text says which rule fired, on which days, what was
 * skipped and where the rule comes from.
 */
import { format } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { dayToDate, dayToIso, isoToDay, type IsoDate } from './calendar/days.ts';
import type { ClosedPeriod } from './calendar/schoolCalendar.ts';
import type { LeerplichtStatus } from './rules/leerplicht.ts';
import type { Signal, SignalKind } from './rules/signal.ts';

export type Lang = 'nl' | 'en';

export interface Explanation {
  /** Heading, e.g. "Mogelijk thuiszitter". */
  title: string;
  /** One line for a badge, e.g. "Thuiszitter sinds 5 okt — 35 schooldagen". */
  short: string;
  /** What was counted, what was skipped, caveats, the source. */
  details: string[];
}

/** 5-10-2026 */
export function formatDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
}

/** 5 okt */
export function formatShortDate(iso: IsoDate, lang: Lang): string {
  return format(dayToDate(isoToDay(iso)), 'd MMM', { locale: lang === 'nl' ? nl : enGB }).replace(/\.$/, '');
}

const TITLES: Record<Lang, Record<SignalKind, string>> = {
  nl: {
    thuiszitter: 'Mogelijk thuiszitter',
    'meldplicht-16-uur': 'Meldplicht: 16 uur in 4 lesweken',
    'dreigend-thuiszitter': 'Dreigend thuiszitter',
    mazl: 'MAZL: zorgwekkend ziekteverzuim',
  },
  en: {
    thuiszitter: 'Possible thuiszitter (long-term absence)',
    'meldplicht-16-uur': 'Must report: 16 hours in 4 school weeks',
    'dreigend-thuiszitter': 'At risk of becoming a thuiszitter',
    mazl: 'MAZL: worrying sick leave',
  },
};

export function signalTitle(kind: SignalKind, lang: Lang = 'nl'): string {
  return TITLES[lang][kind];
}

function skippedText(periods: ClosedPeriod[], lang: Lang): string | undefined {
  if (periods.length === 0) return undefined;
  const list = periods
    .map((p) => (p.start === p.end ? `${p.name} ${formatDate(p.start)}` : `${p.name} ${formatDate(p.start)} – ${formatDate(p.end)}`))
    .join('; ');
  return lang === 'nl' ? `Niet meegeteld (geen schooldag): ${list}.` : `Not counted (no school): ${list}.`;
}

function hoursText(hours: number, unit: 'klokuur' | 'lesuur', lang: Lang): string {
  const n = Number.isInteger(hours) ? String(hours) : hours.toFixed(1).replace('.', lang === 'nl' ? ',' : '.');
  if (lang === 'en') return `${n} ${unit === 'lesuur' ? 'lessons' : 'clock hours'}`;
  return `${n} ${unit === 'lesuur' ? 'lesuren' : 'klokuren'}`;
}

export function explainSignal(signal: Signal, lang: Lang = 'nl'): Explanation {
  const nlang = lang === 'nl';
  const details: string[] = [];
  let short: string;
  const since = formatShortDate(signal.since, lang);

  switch (signal.kind) {
    case 'thuiszitter': {
      short = nlang
        ? `Thuiszitter sinds ${since} — ${signal.schoolDays} schooldagen`
        : `Thuiszitter since ${since} — ${signal.schoolDays} school days`;
      details.push(
        nlang
          ? `Regel: langer dan 4 lesweken aaneengesloten hele dagen ${signal.countsGeoorloofd ? 'niet op school (ongeacht de reden, regiodefinitie)' : 'ongeoorloofd afwezig'}.`
          : `Rule: absent whole days ${signal.countsGeoorloofd ? 'for any reason (regional definition)' : 'without a valid reason'} for more than 4 consecutive school weeks.`,
        nlang
          ? `Geteld: ${signal.schoolDays} schooldagen van ${formatDate(signal.since)} tot en met ${formatDate(signal.lastDay)}; de termijn was verstreken op ${formatDate(signal.firedOn)}.`
          : `Counted: ${signal.schoolDays} school days from ${formatDate(signal.since)} to ${formatDate(signal.lastDay)}; the term passed on ${formatDate(signal.firedOn)}.`,
        nlang
          ? `Startdatum thuiszitten (eerste dag niet op school): ${formatDate(signal.since)}. Inspectie-categorie: ${signal.bucket === 'langer-dan-3-maanden' ? 'langer dan 3 maanden' : '4 weken tot 3 maanden'}.`
          : `Start date (first day not at school): ${formatDate(signal.since)}. Inspectie category: ${signal.bucket === 'langer-dan-3-maanden' ? 'more than 3 months' : '4 weeks to 3 months'}.`,
      );
      break;
    }
    case 'dreigend-thuiszitter': {
      if (signal.pattern === 'patroon') {
        short = nlang
          ? `Dreigend: ${signal.schoolDays} hele dagen afwezig in ${signal.windowWeeks} lesweken`
          : `At risk: ${signal.schoolDays} whole days absent in ${signal.windowWeeks} school weeks`;
        details.push(
          nlang
            ? `Regel: veel hele dagen afwezig binnen ${signal.windowWeeks} lesweken, niet aaneengesloten. Geteld: ${signal.schoolDays} dagen tussen ${formatDate(signal.since)} en ${formatDate(signal.lastDay)}.`
            : `Rule: many whole days absent within ${signal.windowWeeks} school weeks, not consecutive. Counted: ${signal.schoolDays} days between ${formatDate(signal.since)} and ${formatDate(signal.lastDay)}.`,
        );
      } else {
        short = nlang
          ? `Dreigend thuiszitter sinds ${since} — ${signal.schoolDays} schooldagen`
          : `At risk since ${since} — ${signal.schoolDays} school days`;
        details.push(
          nlang
            ? `Regel: de helft van de thuiszitterstermijn aaneengesloten hele dagen afwezig. Geteld: ${signal.schoolDays} schooldagen van ${formatDate(signal.since)} tot en met ${formatDate(signal.lastDay)}.`
            : `Rule: absent whole days for half the thuiszitter term. Counted: ${signal.schoolDays} school days from ${formatDate(signal.since)} to ${formatDate(signal.lastDay)}.`,
        );
      }
      break;
    }
    case 'meldplicht-16-uur': {
      const deadline = formatShortDate(signal.deadline, lang);
      short = signal.overdue
        ? nlang
          ? `16 uur bereikt op ${formatShortDate(signal.until, lang)} — meldtermijn verlopen (${deadline})`
          : `16 hours reached on ${formatShortDate(signal.until, lang)} — reporting term passed (${deadline})`
        : nlang
          ? `16 uur bereikt op ${formatShortDate(signal.until, lang)} — melden uiterlijk ${deadline}`
          : `16 hours reached on ${formatShortDate(signal.until, lang)} — report by ${deadline}`;
      details.push(
        nlang
          ? `Regel: 16 uur ongeoorloofd verzuim binnen 4 opeenvolgende lesweken; melden bij leerplicht (DUO) binnen 5 werkdagen.`
          : `Rule: 16 hours of unauthorised absence within 4 consecutive school weeks; report to leerplicht (DUO) within 5 working days.`,
        nlang
          ? `Begindatum ${formatDate(signal.since)}, einddatum ${formatDate(signal.until)}: ${hoursText(signal.hours, signal.unit, lang)} op ${signal.countedDays.length} schooldagen${signal.alleLessenGemist ? ', alle lessen gemist' : ''}. Uiterste melddatum: ${formatDate(signal.deadline)}.`
          : `Begin ${formatDate(signal.since)}, end ${formatDate(signal.until)}: ${hoursText(signal.hours, signal.unit, lang)} on ${signal.countedDays.length} school days${signal.alleLessenGemist ? ', all lessons missed' : ''}. Report by ${formatDate(signal.deadline)}.`,
      );
      if (signal.meldingen.length > 1) {
        const earlier = signal.meldingen.slice(0, -1).map((m) => `${formatDate(m.begin)} – ${formatDate(m.end)}`);
        details.push(
          nlang
            ? `Eerdere meldmomenten in deze gegevens (na elke melding begint de telling opnieuw): ${earlier.join('; ')}.`
            : `Earlier reporting moments in this data (counting restarts after each): ${earlier.join('; ')}.`,
        );
      }
      break;
    }
    case 'mazl': {
      short =
        signal.criterion === 'aaneengesloten'
          ? nlang
            ? `Ziek sinds ${since} — ${signal.consecutiveDays} schooldagen aaneengesloten`
            : `Sick since ${since} — ${signal.consecutiveDays} consecutive school days`
          : nlang
            ? `${signal.reports} ziekmeldingen sinds ${since}`
            : `${signal.reports} sick reports since ${since}`;
      details.push(
        signal.criterion === 'aaneengesloten'
          ? nlang
            ? `Regel: de zevende schooldag aaneengesloten ziek. Ziek van ${formatDate(signal.since)} tot en met ${formatDate(signal.lastDay)} (${signal.consecutiveDays} schooldagen).`
            : `Rule: the 7th consecutive school day sick. Sick from ${formatDate(signal.since)} to ${formatDate(signal.lastDay)} (${signal.consecutiveDays} school days).`
          : nlang
            ? `Regel: de vierde ziekmelding binnen 12 lesweken (aaneengesloten ziektedagen zijn één melding). ${signal.reports} ziekmeldingen van ${formatDate(signal.since)} tot en met ${formatDate(signal.firedOn)}.`
            : `Rule: the 4th sick report within 12 school weeks (consecutive sick days are one report). ${signal.reports} reports from ${formatDate(signal.since)} to ${formatDate(signal.firedOn)}.`,
        nlang ? 'Vervolg: gesprek met ouders en leerling; overweeg een consult bij de jeugdarts.' : 'Next: talk with parents and pupil; consider a consultation with the school doctor.',
      );
      break;
    }
  }

  const skipped = skippedText(signal.skipped, lang);
  if (skipped) details.push(skipped);
  if (!signal.ongoing && signal.kind !== 'meldplicht-16-uur') {
    details.push(nlang ? `Laatst geteld op ${formatDate(signal.lastDay)}.` : `Last counted on ${formatDate(signal.lastDay)}.`);
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
  return { title: signalTitle(signal.kind, lang), short, details };
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
