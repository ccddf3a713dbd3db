import { describe, expect, it } from 'vitest';
import { parseBackup } from '../lib/backup.ts';
import { MAX_LEARNED_PAGES, parseLearnedPages, withLearnedPage } from '../lib/hosts/generic/learned.ts';

const base = { format: 'thuiszitter-signaal-backup', version: 1, createdAt: '2026-11-30T10:00:00Z', settings: {}, tables: { pupils: [], cases: [], drafts: [], log: [], registratie: [] } };
const backup = (change: Record<string, unknown>) => JSON.stringify({ ...base, ...change });

describe('a restore validates as Options does, and refuses what would break the extension', () => {
  it('refuses an unknown region or a threshold of the wrong type, and says nothing changed', () => {
    expect(parseBackup(backup({ settings: { preset: 'bestaat-niet' } }))).toMatchObject({ ok: false, message: expect.stringMatching(/onbekende regio-instelling.*Er is niets veranderd/) });
    expect(parseBackup(backup({ settings: { rules: { thuiszitter: { weeks: 'veel' } } } }))).toMatchObject({ ok: false, message: expect.stringMatching(/thuiszitter\.weeks/) });
    expect(parseBackup(backup({ settings: { preset: 'utrecht', rules: { thuiszitter: { weeks: 3 } } } }))).toMatchObject({ ok: true });
  });

  it('refuses a chosen Inspectie secret; only one the extension made is restored', () => {
    expect(parseBackup(backup({ inspectieSecret: 'geheim' }))).toMatchObject({ ok: false, message: expect.stringMatching(/inspectieSecret/) });
    expect(parseBackup(backup({ inspectieSecret: 'a'.repeat(64) }))).toMatchObject({ ok: true });
  });

  it('refuses an own site that Options refuses', () => {
    const broad = { pattern: 'https://*.nl/*', host: '*.nl', added: '2026-11-30' };
    expect(parseBackup(backup({ ownHosts: [broad] }))).toMatchObject({ ok: false, message: expect.stringMatching(/eigen site die niet is toegestaan/) });
    const fine = { pattern: 'https://portaal.swv-voorbeeld.nl/*', host: 'portaal.swv-voorbeeld.nl', added: '2026-11-30' };
    expect(parseBackup(backup({ ownHosts: [fine] }))).toMatchObject({ ok: true });
  });
});

describe('taught pages are bounded', () => {
  it('keeps at most MAX_LEARNED_PAGES, the newest, with short headers', () => {
    let pages = parseLearnedPages([]);
    for (let i = 0; i < MAX_LEARNED_PAGES + 10; i++) {
      pages = withLearnedPage(pages, { host: `h${i}.example`, pathPattern: '/x', headers: ['Datum'.repeat(100), 'Reden'], columns: ['date', 'reason'] });
    }
    expect(pages).toHaveLength(MAX_LEARNED_PAGES);
    expect(pages[0]!.host).toBe('h10.example');
    expect(pages[0]!.headers[0]!.length).toBe(80);
  });

  it('drops what is not a taught page when reading them back', () => {
    expect(parseLearnedPages([{ host: 'a', pathPattern: '/', headers: ['x'], columns: ['__proto__'] }, 'rommel', { host: 'b', pathPattern: '/', headers: ['Datum'], columns: ['date'] }])).toEqual([
      { host: 'b', pathPattern: '/', headers: ['Datum'], columns: ['date'] },
    ]);
  });
});
