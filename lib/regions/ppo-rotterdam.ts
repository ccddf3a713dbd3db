/** PPO Rotterdam – Aanpak thuiszitters (seed 002): "niet naar school", whatever the reason; 4-year-olds to PPO only. */
import type { Region } from './types.ts';

export const ppoRotterdam = {
  id: 'ppo-rotterdam',
  name: 'PPO Rotterdam – Aanpak thuiszitters',
  protocol: '002 PPO Rotterdam',
  regio: 'midden',
  rules: { thuiszitter: { countGeoorloofd: true } },
  definition:
    'Een leerplichtige leerling die meer dan vier weken achtereenvolgend niet naar school gaat; startdatum = eerste dag van niet verschijnen. Ook 4-jarigen (alleen melding bij PPO).',
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
  phaseNames: {
    signaleren: 'Fase 0 Voortraject',
    'in-kaart': 'Fase 1 Melding thuiszitter',
    plan: 'Fase 2 Oudergesprek en plan van aanpak',
    oplossing: 'Fase 3 Oplossingen',
    afgesloten: 'Afgesloten',
  },
  inform: ['Leerplicht (vanaf 5 jaar)', 'Schoolcontactpersoon (SCP) van PPO', 'Ouders'],
  checklist: ['SCP heeft de leerling in Kindkans geregistreerd als thuiszitter', 'Plan van aanpak opgenomen in het OPP'],
  escalation: 'Loopt het vast: thuiszitterscoördinator van PPO (Noord of Zuid), zo nodig de Taskforce Thuiszitters.',
  terms: [],
  source: '002 PPO Rotterdam – Aanpak thuiszitters',
} as const satisfies Region;
