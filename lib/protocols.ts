/**
 * The next steps after a signal, as the sidebar shows them: first what the law asks of every school,
 * then the steps of the school's regional protocol (lib/regions/<id>.ts).
 */
import { regionById, type ProtocolStep } from './regions/index.ts';
import type { SignalKind } from './rules/signal.ts';

export interface Protocol {
  name: string;
  steps: readonly ProtocolStep[];
}

/** What the law asks of every school, whatever the region (Leerplichtwet, DUO). */
const LEGAL_STEPS: Record<SignalKind, ProtocolStep> = {
  'meldplicht-16-uur': {
    phase: 'Melding leerplicht',
    text: 'Meld het verzuim bij leerplicht: PO via het leerlingadministratiesysteem, VO en mbo via het DUO Verzuimloket of het eigen pakket.',
    term: 'binnen 5 werkdagen na de einddatum',
  },
  'rmc-verzuim': {
    phase: 'Melding RMC',
    text: 'Meld het verzuim als RMC-verzuim (DUO) als dat met de gemeente is afgesproken; bespreek met de leerling en het RMC hoe het verder gaat.',
    term: 'binnen 5 werkdagen na de einddatum',
  },
  thuiszitter: {
    phase: 'Melding leerplicht',
    text: 'Meld langdurig relatief verzuim bij leerplicht (DUO) met de startdatum van het thuiszitten, en bij het samenwerkingsverband.',
    term: 'Thuiszitterspact: nooit langer dan 3 maanden thuis zonder passend aanbod',
  },
  'dreigend-thuiszitter': {
    phase: 'Signaleren',
    text: 'Bespreek de leerling met ouders en de IB-er; betrek de contactpersoon van het samenwerkingsverband voordat het thuiszitten wordt.',
  },
  mazl: {
    phase: 'MAZL',
    text: 'Ga in gesprek met ouders en leerling over het ziekteverzuim en vraag zo nodig een consult bij de jeugdarts aan.',
  },
};

/** The legal step for each signal the pupil has, then the region's protocol. */
export function nextSteps(regionId: string, kinds: readonly SignalKind[]): { protocol?: Protocol; legal: ProtocolStep[] } {
  const region = regionById(regionId);
  return {
    protocol: region.steps.length > 0 ? { name: region.name, steps: region.steps } : undefined,
    legal: kinds.map((k) => LEGAL_STEPS[k]),
  };
}
