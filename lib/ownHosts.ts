/**
 * Hosts a school adds itself (its SWV portal, another pupil administration): what the user typed
 * becomes one match pattern for one site. Patterns that would cover many sites are refused.
 */
import { z } from './zod.ts';
import { KNOWN_SYSTEMS } from './hosts/index.ts';

export const ownHostSchema = z.object({
  /** e.g. https://portal.swv-voorbeeld.nl/* */
  pattern: z.string().regex(/^https?:\/\/(\*\.)?[a-z0-9.-]+\/\*$/),
  host: z.string().min(1).max(253),
  added: z.string(),
});
export type OwnHost = z.infer<typeof ownHostSchema>;
export const ownHostsSchema = z.array(ownHostSchema).max(50);

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export type HostInput = { ok: true; host: string; pattern: string } | { ok: false; message: string };

/** "portal.swv.nl", "https://portal.swv.nl/leerling/12" or "*.swv.nl" → a match pattern for that site. */
export function parseHostInput(input: string): HostInput {
  let text = input.trim().toLowerCase();
  if (text === '') return { ok: false, message: 'Vul een webadres in, bijvoorbeeld portaal.swv-voorbeeld.nl.' };
  let scheme = 'https';
  const withScheme = /^([a-z]+):\/\/(.*)$/.exec(text);
  if (withScheme) {
    if (withScheme[1] !== 'https' && withScheme[1] !== 'http') return { ok: false, message: 'Alleen adressen die met https:// (of http://) beginnen.' };
    scheme = withScheme[1]!;
    text = withScheme[2]!;
  }
  const host = text.split(/[/?#]/)[0]!.replace(/:\d+$/, '');
  const wildcard = host.startsWith('*.');
  const bare = wildcard ? host.slice(2) : host;
  const labels = bare.split('.');
  const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(bare);
  // "*.voorbeeld.nl" covers one organisation's sites; "*.nl" or "*" would cover everyone's.
  if (host === '*' || (wildcard && labels.length < 2)) {
    return { ok: false, message: 'Zo breed kan niet: kies één site (bijvoorbeeld *.kindkans-voorbeeld.nl), geen heel domein als *.nl.' };
  }
  if (!isIp && (labels.length < 2 || !labels.every((l) => LABEL.test(l)))) {
    return { ok: false, message: `"${input.trim().slice(0, 60)}" is geen geldig webadres.` };
  }
  if (scheme === 'http' && !isIp && bare !== 'localhost') {
    return { ok: false, message: 'Leerlinggegevens horen achter https: gebruik een https://-adres.' };
  }
  const known = KNOWN_SYSTEMS.find((s) => s.matches.some((m) => bare.endsWith(m.replace(/^https:\/\/\*|\/\*$/g, ''))));
  if (known) return { ok: false, message: `${known.name} wordt al ondersteund; toevoegen is niet nodig.` };
  return { ok: true, host, pattern: `${scheme}://${host}/*` };
}
