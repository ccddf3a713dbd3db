import { describe, expect, it } from 'vitest';
import { parseHostInput } from '../lib/ownHosts.ts';

describe('sites a school adds', () => {
  it('turns an address into a pattern for that one site', () => {
    expect(parseHostInput('portaal.swv-voorbeeld.nl')).toEqual({ ok: true, host: 'portaal.swv-voorbeeld.nl', pattern: 'https://portaal.swv-voorbeeld.nl/*' });
    expect(parseHostInput(' https://Portaal.SWV-voorbeeld.nl/leerling/12?x=1 ')).toMatchObject({ pattern: 'https://portaal.swv-voorbeeld.nl/*' });
    expect(parseHostInput('*.kindkans-voorbeeld.nl')).toMatchObject({ pattern: 'https://*.kindkans-voorbeeld.nl/*' });
    expect(parseHostInput('http://127.0.0.2:8080/x')).toMatchObject({ pattern: 'http://127.0.0.2/*' });
  });

  it('refuses what would cover many sites, plain http, known systems and nonsense', () => {
    expect(parseHostInput('*.nl')).toMatchObject({ ok: false, message: expect.stringMatching(/Zo breed/) });
    expect(parseHostInput('*')).toMatchObject({ ok: false });
    expect(parseHostInput('http://portaal.swv.nl')).toMatchObject({ ok: false, message: expect.stringMatching(/https/) });
    expect(parseHostInput('ftp://portaal.swv.nl')).toMatchObject({ ok: false });
    expect(parseHostInput('school.magister.net')).toMatchObject({ ok: false, message: 'Magister wordt al ondersteund; toevoegen is niet nodig.' });
    expect(parseHostInput('<script>')).toMatchObject({ ok: false });
    expect(parseHostInput('')).toMatchObject({ ok: false });
  });
});
