import { describe, expect, it } from 'vitest';
import { verzuimsoortFor } from '../../lib/meldingen/verzuimsoort.ts';
import type { LeerplichtStatus } from '../../lib/rules/leerplicht.ts';

const status = (state: LeerplichtStatus['state'], age?: number, startkwalificatie = false): LeerplichtStatus => ({
  state, age, meldplichtig: state === 'leerplichtig', source: '',
  rmc: state === 'niet-meer-leerplichtig' && (age ?? 0) >= 18 && (age ?? 0) < 23 && !startkwalificatie,
});

describe('DUO verzuimsoort', () => {
  it('follows the signal for leer- and kwalificatieplichtigen', () => {
    expect(verzuimsoortFor('thuiszitter', status('leerplichtig', 10))).toEqual({ ok: true, soort: 'lrv', einddatumVerplicht: true });
    expect(verzuimsoortFor('meldplicht-16-uur', status('kwalificatieplichtig', 17))).toEqual({ ok: true, soort: '16-uur', einddatumVerplicht: true });
    expect(verzuimsoortFor('dreigend-thuiszitter', status('leerplichtig', 10))).toMatchObject({ soort: 'overig', einddatumVerplicht: false });
  });

  it('is RMC from 18 to 23, and no melding for a 4-year-old', () => {
    expect(verzuimsoortFor('meldplicht-16-uur', status('niet-meer-leerplichtig', 19))).toMatchObject({ soort: 'rmc' });
    expect(verzuimsoortFor('rmc-verzuim', status('niet-meer-leerplichtig', 19))).toMatchObject({ soort: 'rmc' });
    // Past leerplicht with a startkwalificatie: nothing to report.
    expect(verzuimsoortFor('meldplicht-16-uur', status('niet-meer-leerplichtig', 19, true))).toMatchObject({ ok: false });
    expect(verzuimsoortFor('meldplicht-16-uur', status('niet-meer-leerplichtig', 17, true))).toMatchObject({ ok: false });
    expect(verzuimsoortFor('thuiszitter', status('nog-niet-leerplichtig', 4))).toMatchObject({ ok: false, reason: expect.stringMatching(/samenwerkingsverband/) });
    expect(verzuimsoortFor('thuiszitter', status('niet-meer-leerplichtig', 24))).toMatchObject({ ok: false });
  });
});
