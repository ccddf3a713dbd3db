/**
 * The next steps of each regional protocol (../shared/seeds/), as the sidebar shows them next to a
 * signal: who informs whom, and the terms. Case follow-up with deadlines builds on these phases.
 */
import type { SignalKind } from './rules/signal.ts';

export interface ProtocolStep {
  /** The protocol's own name for the phase. */
  phase: string;
  text: string;
  /** A term, as the protocol words it. */
  term?: string;
}

export interface Protocol {
  presetId: string;
  name: string;
  steps: ProtocolStep[];
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

export const PROTOCOLS: readonly Protocol[] = [
  {
    presetId: 'bepo',
    name: 'BePO – Richtlijn kind in de knel',
    steps: [
      { phase: 'Stap 1 Signaleren', text: 'Leerkracht → IB-er → schooldirecteur; de directeur bespreekt het vermoeden "kind in de knel" met de ouders.' },
      {
        phase: 'Melden',
        text: 'De schooldirecteur meldt dreigend thuiszitten of thuiszitten direct schriftelijk aan schoolbestuur, jeugdarts, leerplicht, sociaal team en schoolconsulent.',
        term: 'onmiddellijk',
      },
      { phase: 'Stap 2 Situatie in kaart', text: 'De IB-er maakt een situatieschets; de directeur organiseert een ronde tafelgesprek.' },
      { phase: 'Stap 3 Ondersteuningsbehoefte', text: 'Plan van aanpak (onderwijszorgarrangement): korte termijn 4 tot 6 weken en een duurzame aanpak.' },
      { phase: 'Stap 4 Middelen', text: 'Budgethouders besluiten over de middelen.', term: 'binnen 1 week na het ronde tafelgesprek' },
      { phase: 'Uitgangspunt', text: 'Geen kind zit langer dan 1 maand thuis.', term: 'maximaal 1 maand' },
    ],
  },
  {
    presetId: 'lekstroom',
    name: 'Regio Lekstroom – Thuiszittersaanpak',
    steps: [
      { phase: 'Signaleren', text: 'Breng geoorloofde en ongeoorloofde thuiszitters in kaart; vrijstellingen apart.' },
      { phase: 'Regie', text: 'Stel een regiehouder aan; bij een patstelling is er doorzettingsmacht (SWV, sociaal team voor de zorg).' },
      { phase: 'Passende plek', text: 'Elk kind zit binnen 6 weken op een passende plek in onderwijs en/of zorg.', term: 'binnen 6 weken (Thuiszitterspact: 3 maanden)' },
    ],
  },
  {
    presetId: 'ppo-rotterdam',
    name: 'PPO Rotterdam – Aanpak thuiszitters',
    steps: [
      { phase: 'Fase 0 Voortraject', text: 'Registreer verzuim en incidenten; bespreek de leerling met de schoolcontactpersoon (SCP) van PPO.' },
      {
        phase: 'Fase 1 Melding thuiszitter',
        text: 'Meld volledig verzuim bij Leerplicht (vanaf 5 jaar) en bij de SCP van PPO (vanaf 4 jaar), met de startdatum van thuiszitten: de eerste dag van niet verschijnen. De SCP registreert in Kindkans met status "thuiszitter".',
      },
      { phase: 'Fase 2 Oudergesprek en plan van aanpak', text: 'Gesprek van school, ouders en SCP (eventueel wijkteam, SMW); het plan komt in het OPP.' },
      { phase: 'Fase 3 Oplossingen', text: 'Terug naar de eigen school, een andere school, SBO/SO via een tlv, of een zorgarrangement met het wijkteam.' },
      { phase: 'Opschalen', text: 'Loopt het vast: thuiszitterscoördinator van PPO (Noord of Zuid), zo nodig de Taskforce Thuiszitters.' },
    ],
  },
  {
    presetId: 'utrecht',
    name: 'Utrecht – Routekaart thuiszitten samen oplossen',
    steps: [
      { phase: 'Actietafel', text: 'Actietafel met leerling, ouders, school en kernpartners (jeugdarts, leerplicht, CPO/BPO, buurtteam).', term: 'binnen 5 dagen' },
      { phase: 'Plan', text: 'Korte termijn daginvulling en een plan voor de lange termijn; wie is de regiehouder?' },
      { phase: 'Opschalen', text: 'Via de leidinggevenden van de kernpartners, of SAVE met toestemming van ouders.' },
    ],
  },
  {
    presetId: 'den-haag',
    name: 'Den Haag – Taken ketenpartners (VO)',
    steps: [
      { phase: 'Preventie', text: 'Coördinator passend onderwijs met SMW+, JGZ en leerplicht; aanmelden bij SMW+ (met toestemming ouders), JGZ of leerplicht.' },
      { phase: 'Melding', text: 'Ongeoorloofd verzuim (16 uur) via het DUO Verzuimloket; leerplicht handelt volgens de MAS en koppelt terug via het Verzuimloket.' },
      { phase: 'Vrijstelling', text: 'Leerplicht beslist over verlof van meer dan 10 schooldagen en over vrijstellingen.' },
    ],
  },
];

/** The legal step for each signal the pupil has, then the region's protocol. */
export function nextSteps(presetId: string, kinds: readonly SignalKind[]): { protocol?: Protocol; legal: ProtocolStep[] } {
  return {
    protocol: PROTOCOLS.find((p) => p.presetId === presetId),
    legal: kinds.map((k) => LEGAL_STEPS[k]),
  };
}
