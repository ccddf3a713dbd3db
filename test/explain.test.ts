import { describe, expect, it } from 'vitest';
import { explainLeerplicht, explainSignal } from '../lib/explain.ts';
import { assessOne, records } from './helpers.ts';

describe('explanations', () => {
  const p = assessOne(records('2026-10-05', '2026-11-27'), '2026-11-27');
  const thuiszitter = p.signals[0]!;

  it('says why the thuiszitter signal fired, in Dutch', () => {
    const e = explainSignal(thuiszitter);
    expect(e.title).toBe('Mogelijk thuiszitter');
    expect(e.short).toBe('Thuiszitter sinds 5 okt — 35 schooldagen');
    expect(e.details.join('\n')).toContain('35 schooldagen van 5-10-2026 tot en met 27-11-2026; de termijn was verstreken op 9-11-2026');
    expect(e.details.join('\n')).toContain('herfstvakantie 19-10-2026 – 23-10-2026');
    expect(e.details.at(-1)).toMatch(/^Bron: Langdurig relatief verzuim/);
  });

  it('speaks English when asked', () => {
    expect(explainSignal(thuiszitter, 'en').short).toBe('Thuiszitter since 5 Oct — 35 school days');
  });

  it('warns when days without a geoorloofd status were counted', () => {
    const unknown = assessOne(records('2026-10-05', '2026-11-27', { geoorloofd: 'onbekend' }), '2026-11-27');
    expect(explainSignal(unknown.signals[0]!).details.join('\n')).toContain('35 dagen zonder vastgelegde geoorloofd/ongeoorloofd-status');
  });

  it('names the meldplicht dates and the deadline', () => {
    const melding = p.signals.find((s) => s.kind === 'meldplicht-16-uur')!;
    const e = explainSignal(melding);
    // Nothing recorded as reported: the oldest meldmoment leads.
    expect(e.short).toMatch(/^16 uur bereikt op \d+ (okt|nov) — meldtermijn verlopen \(\d+ (okt|nov)\)$/);
    expect(e.details[1]).toMatch(/^Begindatum .* einddatum .*klokuren/);
  });

  it('describes the leerplicht status', () => {
    expect(explainLeerplicht(p.leerplicht)).toBe('Leerplichtig tot en met 31-7-2031 — 11 jaar');
  });
});
