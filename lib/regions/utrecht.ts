/** Utrecht – Routekaart thuiszitten samen oplossen (seed 003): an actietafel within 5 days. */
import type { Region } from './types.ts';

export const utrecht = {
  id: 'utrecht',
  name: 'Utrecht – Routekaart thuiszitten samen oplossen',
  protocol: '003 Utrecht kernpartners',
  regio: 'midden',
  rules: {},
  definition: 'Wettelijke definitie; binnen 5 dagen een actietafel met leerling, ouders, school en kernpartners.',
  steps: [
    { phase: 'Actietafel', text: 'Actietafel met leerling, ouders, school en kernpartners (jeugdarts, leerplicht, CPO/BPO, buurtteam).', term: 'binnen 5 dagen' },
    { phase: 'Plan', text: 'Korte termijn daginvulling en een plan voor de lange termijn; wie is de regiehouder?' },
    { phase: 'Opschalen', text: 'Via de leidinggevenden van de kernpartners, of SAVE met toestemming van ouders.' },
  ],
  phaseNames: { signaleren: 'Signaleren', 'in-kaart': 'Wensen en mogelijkheden in kaart', plan: 'Actietafel en plan', oplossing: 'Passend aanbod', afgesloten: 'Afgesloten' },
  inform: ['Ouders', 'Jeugdarts / JGZ', 'Leerplicht', 'CPO / BPO (samenwerkingsverband)', 'Buurtteam'],
  /** The Routekaart's "Is alles besproken?" */
  checklist: [
    'Heeft de leerling alles kunnen vertellen?',
    'Heeft de ouder / verzorger alles kunnen vertellen?',
    'Is het doel duidelijk en is er overeenstemming over het doel?',
    'Wie is de regiehouder?',
    'Wat wordt er verwacht van de regiehouder?',
    'Is het plan duidelijk?',
    'Wat zijn de afspraken?',
    'Wie doet wat, wanneer en waarom?',
    'Wanneer is de volgende afspraak en wie zijn erbij?',
    'Zijn er nog vragen of onduidelijkheden?',
    'Hoe heeft iedereen het gesprek ervaren?',
    'Hoe leggen we afspraken vast en hoe wordt informatie gedeeld?',
  ],
  escalation: 'Opschalen via de leidinggevenden van de kernpartners, of SAVE met toestemming van ouders.',
  terms: [
    { id: 'actietafel-utrecht', label: 'Actietafel met leerling, ouders, school en kernpartners', from: 'opened', amount: 5, unit: 'dagen', doneBy: 'overleg', source: 'Routekaart Utrecht: "binnen 5 dagen actietafel" (kalenderdagen)' },
  ],
  source: '003 Utrecht – Routekaart thuiszitten samen oplossen',
} as const satisfies Region;
