/**
 * Which DUO verzuimsoort a signal leads to (RULES.md §2.2): "16 uur in 4 weken" and "langdurig
 * relatief verzuim" for leer- and kwalificatieplichtigen, "RMC" for 18+ (below 23), and no melding
 * for a pupil who is not yet leerplichtig (PPO Rotterdam: 4-year-olds go to the SWV only).
 */
import type { LeerplichtStatus } from '../rules/leerplicht.ts';
import type { SignalKind } from '../rules/signal.ts';

export const VERZUIMSOORTEN = {
  '16-uur': '16 uur in 4 weken',
  lrv: 'Langdurig relatief verzuim',
  luxe: 'Luxe verzuim',
  overig: 'Overig verzuim',
  rmc: 'RMC',
} as const;
export type Verzuimsoort = keyof typeof VERZUIMSOORTEN;

export type VerzuimsoortChoice = { ok: true; soort: Verzuimsoort; einddatumVerplicht: boolean } | { ok: false; reason: string };

export function verzuimsoortFor(kind: SignalKind, leerplicht: LeerplichtStatus): VerzuimsoortChoice {
  if (leerplicht.state === 'nog-niet-leerplichtig') {
    return { ok: false, reason: 'Nog niet leerplichtig: geen melding bij leerplicht. Meld de leerling wel bij het samenwerkingsverband.' };
  }
  if (leerplicht.state === 'niet-meer-leerplichtig') {
    if (leerplicht.rmc) return { ok: true, soort: 'rmc', einddatumVerplicht: true };
    return {
      ok: false,
      reason: (leerplicht.age ?? 0) >= 23
        ? 'Ouder dan 23: de Leerplichtwet en de RMC-melding gelden niet meer.'
        : 'Niet meer leer- of kwalificatieplichtig (startkwalificatie): geen melding bij leerplicht of RMC.',
    };
  }
  switch (kind) {
    case 'thuiszitter':
      return { ok: true, soort: 'lrv', einddatumVerplicht: true };
    case 'meldplicht-16-uur':
      return { ok: true, soort: '16-uur', einddatumVerplicht: true };
    default:
      // Below the legal limit: reporting is allowed as "overig verzuim", not required.
      return { ok: true, soort: 'overig', einddatumVerplicht: false };
  }
}
