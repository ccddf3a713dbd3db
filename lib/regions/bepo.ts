/** BePO – Richtlijn kind in de knel (seed 000, juli 2020). */
import type { Region } from './types.ts';

export const bepo = {
  id: 'bepo',
  name: 'BePO – Richtlijn kind in de knel',
  protocol: '000 BePO, juli 2020',
  rules: {},
  definition:
    'Geen thuiszitter langer dan 1 maand; de schooldirecteur meldt dreigend thuiszitten direct schriftelijk aan schoolbestuur, jeugdarts, leerplicht, sociaal team en schoolconsulent.',
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
  phaseNames: {
    signaleren: 'Stap 1 Signaleren',
    'in-kaart': 'Stap 2 Situatie in kaart',
    plan: 'Stap 3 Ronde tafel en ondersteuningsbehoefte',
    oplossing: 'Stap 4 Middelen en passende plek',
    afgesloten: 'Afgesloten',
  },
  inform: ['Schoolbestuur', 'Jeugdarts', 'Leerplicht', 'Sociaal team', 'Schoolconsulent'],
  checklist: ['Situatieschets door de IB-er', 'Ronde tafelgesprek georganiseerd', 'Plan van aanpak: korte termijn (4 tot 6 weken)', 'Plan van aanpak: duurzame aanpak'],
  escalation: 'Geen kind zit langer dan 1 maand thuis: lukt dat niet, dan schaalt de schooldirecteur op naar het schoolbestuur en BePO.',
  terms: [
    { id: 'informeren-bepo', label: 'Schoolbestuur, jeugdarts, leerplicht, sociaal team en schoolconsulent schriftelijk informeren', from: 'opened', amount: 1, unit: 'werkdagen', doneBy: 'informed', source: 'BePO: "direct schriftelijk"' },
    { id: 'middelen-bepo', label: 'Besluit over de middelen', from: 'overleg', amount: 1, unit: 'weken', doneBy: 'middelen', source: 'BePO stap 4: binnen 1 week na het ronde tafelgesprek' },
    { id: 'maand-bepo', label: 'Niet langer dan 1 maand thuis', from: 'since', amount: 1, unit: 'maanden', doneBy: 'passendePlek', source: 'BePO: geen kind zit langer dan 1 maand thuis' },
  ],
  source: '000 BePO – Richtlijn kind in de knel (juli 2020)',
} as const satisfies Region;
