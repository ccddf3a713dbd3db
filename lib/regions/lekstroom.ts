/** Regio Lekstroom – Thuiszittersaanpak (seed 001): geoorloofde and ongeoorloofde thuiszitters both count. */
import type { Region } from './types.ts';

export const lekstroom = {
  id: 'lekstroom',
  name: 'Regio Lekstroom – Thuiszittersaanpak',
  protocol: '001 Lekstroom, ontwikkelplan',
  regio: 'midden',
  rules: { thuiszitter: { countGeoorloofd: true } },
  definition:
    'Zonder geldige reden meer dan 4 weken verzuimen of niet ingeschreven; geoorloofde en ongeoorloofde thuiszitters worden beide in kaart gebracht; vrijstellingen vallen erbuiten.',
  steps: [
    { phase: 'Signaleren', text: 'Breng geoorloofde en ongeoorloofde thuiszitters in kaart; vrijstellingen apart.' },
    { phase: 'Regie', text: 'Stel een regiehouder aan; bij een patstelling is er doorzettingsmacht (SWV, sociaal team voor de zorg).' },
    { phase: 'Passende plek', text: 'Elk kind zit binnen 6 weken op een passende plek in onderwijs en/of zorg.', term: 'binnen 6 weken (Thuiszitterspact: 3 maanden)' },
  ],
  phaseNames: { signaleren: 'Signaleren', 'in-kaart': 'In kaart brengen en regiehouder', plan: 'Plan van aanpak', oplossing: 'Passende plek', afgesloten: 'Afgesloten' },
  inform: ['Ouders', 'Leerplicht', 'Samenwerkingsverband', 'Sociaal team'],
  checklist: ['Regiehouder aangesteld'],
  escalation: 'Bij een patstelling: doorzettingsmacht (samenwerkingsverband voor onderwijs, sociaal team voor de zorg).',
  terms: [
    { id: 'passende-plek-lekstroom', label: 'Passende plek in onderwijs en/of zorg', from: 'since', amount: 6, unit: 'weken', doneBy: 'passendePlek', source: 'Lekstroom: binnen 6 weken een passende plek' },
  ],
  source: '001 Regio Lekstroom – Thuiszittersaanpak',
} as const satisfies Region;
