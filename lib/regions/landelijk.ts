/** The national rules: the law's definition, no regional protocol. */
import { GENERIC_PHASE_NAMES, type Region } from './types.ts';

export const landelijk = {
  id: 'landelijk',
  name: 'Landelijk (wettelijke definitie)',
  protocol: 'Leerplichtwet; DUO',
  rules: {},
  definition: 'Ingeschreven, langer dan 4 weken ongeoorloofd afwezig, geen vrijstelling.',
  steps: [],
  phaseNames: GENERIC_PHASE_NAMES,
  inform: ['Ouders', 'Leerplicht', 'Samenwerkingsverband'],
  checklist: [],
  escalation: 'Loopt het vast, bespreek de leerling dan met leerplicht en het samenwerkingsverband (thuiszittersoverleg).',
  terms: [],
  source: 'Leerplichtwet; Thuiszitterspact 2016',
} as const satisfies Region;
