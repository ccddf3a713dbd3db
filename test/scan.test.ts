import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoSchoolCsv } from '../scripts/demo/demoSchool.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const tsx = resolve(root, 'node_modules/.bin/tsx');

async function scan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, ['scripts/scan.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run scan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scan-'));
  const demo = join(dir, 'demo.csv');
  const broken = join(dir, 'kapot.csv');
  beforeAll(() => {
    writeFileSync(demo, demoSchoolCsv('2026-11-27'));
    writeFileSync(broken, 'Leerlingnummer;Datum;Reden\n1;05-10-2026;Spijbelen\n2;99-99-2026;Spijbelen\n');
  });

  it('prints the issue’s JSON shape on stdout with --json', async () => {
    const { code, stdout } = await scan(demo, '--peildatum', '2026-11-27', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.peildatum).toBe('2026-11-27');
    const daan = json.pupils.find((p: { id: string }) => p.id === '900101');
    expect(daan).toMatchObject({ id: '900101', name: 'Daan Voorbeeld' });
    expect(daan.signals[0]).toMatchObject({ kind: 'thuiszitter', since: '2026-10-05', schoolDays: 35 });
    // Only pupils with signals; the vrijstelling is reported separately.
    expect(json.pupils.every((p: { signals: unknown[] }) => p.signals.length > 0)).toBe(true);
    expect(json.excluded.map((p: { id: string }) => p.id)).toContain('900109');
  });

  it('prints a readable Dutch table by default', async () => {
    const { code, stdout } = await scan(demo, '--peildatum', '2026-11-27');
    expect(code).toBe(0);
    expect(stdout).toContain('Thuiszitter sinds 5 okt — 35 schooldagen');
    expect(stdout).toContain('Uitgezonderd:');
  });

  it('writes the flagged pupils as a CSV for Dutch Excel with --csv', async () => {
    const out = join(dir, 'signalen.csv');
    const { code } = await scan(demo, '--peildatum', '2026-11-27', '--csv', out);
    expect(code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toContain('Naam;Leerlingnummer;Klas/groep;Signaal;Sinds');
    expect(text).toContain('Daan Voorbeeld;900101;6B;Mogelijk thuiszitter;05-10-2026;35;');
  });

  it('honours --regio and --schooltype', async () => {
    const { stdout } = await scan(demo, '--peildatum', '2026-11-27', '--regio', 'noord', '--schooltype', 'vo', '--json');
    const json = JSON.parse(stdout);
    const meldplicht = json.pupils.flatMap((p: { signals: { kind: string; unit: string }[] }) => p.signals).find((s: { kind: string }) => s.kind === 'meldplicht-16-uur');
    expect(meldplicht.unit).toBe('lesuur');
  });

  it('sends row problems to stderr and still exits 0', async () => {
    const { code, stdout, stderr } = await scan(broken, '--peildatum', '2026-10-06', '--json');
    expect(code).toBe(0);
    expect(stderr).toContain('kapot.csv, rij 3: datum: "99-99-2026" is geen bestaande datum');
    expect(JSON.parse(stdout).peildatum).toBe('2026-10-06');
  });

  it('warns about codes without a geoorloofd status until the school’s code table names them', async () => {
    const eduarte = resolve(root, 'test/fixtures/eduarte-absentiemeldingen.csv');
    const without = await scan(eduarte, '--peildatum', '2009-10-13');
    // "Hele dag ziek" in the remark settles two of the three days; "Gebeld door moeder" says nothing.
    expect(without.stdout).toContain('Geen geoorloofd/ongeoorloofd-status bekend voor Z (1×)');
    const codes = join(dir, 'codes.csv');
    writeFileSync(codes, 'Code;Omschrijving;Geoorloofd;Categorie\nZ;Ziek;ja;ziek\n');
    const withCodes = await scan(eduarte, '--peildatum', '2009-10-13', '--codes', codes);
    expect(withCodes.code).toBe(0);
    expect(withCodes.stdout).not.toContain('Geen geoorloofd/ongeoorloofd-status');
  });

  it('takes the meldingen already made with --gemeld and says what is still due', async () => {
    const before = JSON.parse((await scan(demo, '--peildatum', '2026-11-27', '--json')).stdout);
    const meldplicht = (json: { pupils: { id: string; signals: { kind: string; meldingen?: { begin: string; status: string }[] }[] }[] }, id: string) =>
      json.pupils.find((p) => p.id === id)!.signals.find((s) => s.kind === 'meldplicht-16-uur')!;
    const first = meldplicht(before, '900104').meldingen![0]!;
    expect(first.status).toBe('verlopen');
    const gemeld = join(dir, 'gemeld.csv');
    writeFileSync(gemeld, `leerlingnummer;verzuimsoort;begindatum;einddatum;datum gemeld\n900104;16 uur;${first.begin.split('-').reverse().join('-')};;10-11-2026\n`);
    const after = await scan(demo, '--peildatum', '2026-11-27', '--json', '--gemeld', gemeld);
    expect(after.code).toBe(0);
    expect(after.stderr).toContain('1 meldingen die al gedaan zijn');
    const moments = meldplicht(JSON.parse(after.stdout), '900104').meldingen!;
    expect(moments[0]).toMatchObject({ begin: first.begin, status: 'gemeld', gemeldOp: '2026-11-10' });
    expect(moments[1]!.status).not.toBe('gemeld');
  });

  it('the built CLI (npx thuiszitter-scan) gives the same JSON as the source', async () => {
    const bundle = resolve(root, 'dist/thuiszitter-scan.mjs');
    if (!existsSync(bundle)) await run(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
    const built = await run(process.execPath, [bundle, demo, '--peildatum', '2026-11-27', '--json'], { cwd: root });
    const source = await scan(demo, '--peildatum', '2026-11-27', '--json');
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(source.stdout));
  });

  it('--per-bestand: one line per file (school), an unreadable one reported and the others still scanned', async () => {
    const other = join(dir, 'school-b.csv');
    writeFileSync(other, demoSchoolCsv('2026-11-27'));
    const result = await scan(demo, join(dir, 'weg.csv'), other, '--peildatum', '2026-11-27', '--per-bestand');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('weg.csv kon niet gelezen worden');
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('bestand;leerlingen;registraties;met signaal;thuiszitter;meldplicht-16-uur;rmc-verzuim;dreigend-thuiszitter;mazl');
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(['demo.csv', 'school-b.csv']);
    const json = JSON.parse((await scan(demo, '--peildatum', '2026-11-27', '--json')).stdout);
    expect(Number(lines[1]!.split(';')[3])).toBe(json.pupils.length);
  });

  it('fails loudly on unreadable files and wrong options', async () => {
    const missing = await scan(join(dir, 'bestaat-niet.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('bestaat niet');
    // One missing file among others: reported, and the others are still scanned.
    const mixed = await scan(join(dir, 'bestaat-niet.csv'), demo, '--json');
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('bestaat-niet.csv kon niet gelezen worden: het bestand of de map bestaat niet');
    expect(JSON.parse(mixed.stdout).pupils.length).toBeGreaterThan(0);
    const bad = await scan(demo, '--peildatum', '27-11-2026');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('geen datum');
    expect((await scan(demo, '--regio', 'oost')).code).toBe(2);
  });
});
