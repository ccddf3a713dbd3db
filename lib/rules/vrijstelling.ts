/**
 * Vrijstellingen and vervangende leerplicht (Leerplichtwet art. 5, 5a, 15, 3a/3b; RULES.md §1.4):
 * reading them in any wording, and which signals each one removes.
 *
 * Decided readings (README, "Besliste lezingen"):
 * - Read by legal basis in any wording: "vrijstelling art. 5 onder a", "Vrijstelling 5 onder a",
 *   "artikel 5 sub b", "5-onder-c", "art. 5a", "vrijstelling art. 15". "5a" written as one word is
 *   art. 5a (trekkend bestaan), never 5 onder a; "5b" and "5c" can only mean 5 onder b/c (there is no
 *   art. 5b or 5c). "5 a" with only a space is ambiguous and is not guessed.
 * - Art. 5 onder a/b/c, 5a and 15 remove the thuiszitter, dreigend, 16-uur and RMC signals (no
 *   relatief verzuim without a duty to attend) and say so; MAZL stays (sickness care is separate).
 * - Vervangende leerplicht (3a/3b) removes thuiszitter and dreigend (the pupil follows another
 *   programme), not the 16-uur count of the hours the pupil must still attend.
 * - Only 5 onder a goes into the Inspectie registration.
 * - Anything unrecognised ("ja", a free text without a legal basis) removes no signal and is shown
 *   beside it as "vrijstelling (soort onbekend): controleer".
 */
import type { VrijstellingGrond } from '../vocabulary.ts';
import type { SignalKind } from './signal.ts';

export const VRIJSTELLING_SOURCE =
  'Leerplichtwet art. 5 (onder a, b, c), 5a, 15 en 3a/3b: een leerling met vrijstelling of vervangende leerplicht is geen thuiszitter.';

const ALL_ABSENCE: readonly SignalKind[] = ['thuiszitter', 'dreigend-thuiszitter', 'meldplicht-16-uur', 'rmc-verzuim'];
const STREAKS: readonly SignalKind[] = ['thuiszitter', 'dreigend-thuiszitter'];

export const VRIJSTELLINGEN: Record<VrijstellingGrond, { label: string; removes: readonly SignalKind[]; inspectie: boolean }> = {
  '5-onder-a': { label: 'vrijstelling art. 5 onder a (lichamelijk of psychisch niet geschikt)', removes: ALL_ABSENCE, inspectie: true },
  '5-onder-b': { label: 'vrijstelling art. 5 onder b (richting)', removes: ALL_ABSENCE, inspectie: false },
  '5-onder-c': { label: 'vrijstelling art. 5 onder c (school in het buitenland)', removes: ALL_ABSENCE, inspectie: false },
  '5a': { label: 'vrijstelling art. 5a (trekkend bestaan)', removes: ALL_ABSENCE, inspectie: false },
  '15': { label: 'vrijstelling art. 15 (ander onderwijs)', removes: ALL_ABSENCE, inspectie: false },
  '3a': { label: 'vervangende leerplicht art. 3a', removes: STREAKS, inspectie: false },
  '3b': { label: 'vervangende leerplicht art. 3b', removes: STREAKS, inspectie: false },
  overig: { label: 'vrijstelling (soort onbekend): controleer', removes: [], inspectie: false },
};

/** Words around the article that say nothing about which one it is. */
const NOISE = /\b(?:vrijstellingen|vrijstelling|vervangende leerplicht|leerplichtwet(?: 1969)?|lpw|artikel|art|ingevolge|op grond van|ogv|o\.g\.v|volgens|wet|lid\s*1)\b\.?/g;

export function parseVrijstellingText(raw: string): VrijstellingGrond | undefined {
  const text = raw.toLowerCase().replace(/[.,:;()]/g, ' ').replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
  if (text === '' || text === 'nee' || text === 'geen' || text === '-' || text === '0' || text === 'n' || text === 'false') return undefined;
  const sub = /(?:^|\s)5\s*(?:-\s*)?(?:onder|sub|letter|lid)\s*-?\s*([abc])\b/.exec(text) ?? /(?:^|\s)5\s*-\s*([abc])\b/.exec(text);
  if (sub) return `5-onder-${sub[1]}` as VrijstellingGrond;
  if (/(?:^|\s)5a\b/.test(text)) return '5a';
  const bc = /(?:^|\s)5([bc])\b/.exec(text);
  if (bc) return `5-onder-${bc[1]}` as VrijstellingGrond;
  if (/(?:^|\s)15\b/.test(text)) return '15';
  if (/(?:^|\s)3a\b/.test(text)) return '3a';
  if (/(?:^|\s)3b\b/.test(text)) return '3b';
  return 'overig';
}
