/** Den Haag – Taken ketenpartners (seed 004, VO): 16 uur via het DUO Verzuimloket; leerplicht acts after the melding. */
import type { Region } from './types.ts';

export const denHaag = {
  id: 'den-haag',
  name: 'Den Haag – Taken ketenpartners (VO)',
  protocol: '004 Den Haag ketenpartners',
  regio: 'midden',
  rules: {},
  definition: 'Wettelijke definitie; melding 16 uur via het DUO Verzuimloket; leerplicht handelt na melding van ongeoorloofd verzuim.',
  steps: [
    { phase: 'Preventie', text: 'Coördinator passend onderwijs met SMW+, JGZ en leerplicht; aanmelden bij SMW+ (met toestemming ouders), JGZ of leerplicht.' },
    { phase: 'Melding', text: 'Ongeoorloofd verzuim (16 uur) via het DUO Verzuimloket; leerplicht handelt volgens de MAS en koppelt terug via het Verzuimloket.' },
    { phase: 'Vrijstelling', text: 'Leerplicht beslist over verlof van meer dan 10 schooldagen en over vrijstellingen.' },
  ],
  phaseNames: { signaleren: 'Preventie', 'in-kaart': 'Melding', plan: 'Aanpak ketenpartners', oplossing: 'Oplossing', afgesloten: 'Afgesloten' },
  inform: ['Coördinator passend onderwijs', 'SMW+', 'JGZ', 'Leerplicht'],
  checklist: [],
  escalation: 'Leerplicht handelt volgens de MAS en koppelt terug via het Verzuimloket; bespreek vastgelopen situaties met leerplicht.',
  terms: [],
  source: '004 Den Haag – Taken ketenpartners (VO)',
} as const satisfies Region;
