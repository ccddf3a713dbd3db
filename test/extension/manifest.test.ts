import { execFile, execSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { KNOWN_SYSTEMS } from '../../lib/hosts/index.ts';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

async function build(env: Record<string, string> = {}, ...args: string[]) {
  await run(resolve(root, 'node_modules/.bin/wxt'), ['build', ...args], { cwd: root, env: { ...process.env, ...env } });
}
const manifest = (dir: string) => JSON.parse(readFileSync(resolve(root, '.output', dir, 'manifest.json'), 'utf8'));

describe('the built extension', () => {
  it('production (Chrome/Edge MV3): content script only on the known school systems, other sites only when the school adds them', async () => {
    await build({ E2E: '' });
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    // Localised: Dutch by default, English where the browser speaks it.
    expect([m.name, m.description, m.default_locale]).toEqual(['__MSG_extName__', '__MSG_extDescription__', 'nl']);
    for (const lang of ['nl', 'en']) {
      const messages = JSON.parse(readFileSync(resolve(root, '.output/chrome-mv3/_locales', lang, 'messages.json'), 'utf8'));
      expect(messages.extName.message).toBe('Thuiszitter-signaal');
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    }
    expect(m.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(m.permissions).toEqual(['storage', 'scripting']);
    // No site access up front beyond the content script's matches; a school's own site is asked for when added.
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.options_ui.page).toBe('options.html');
    expect(m.background.service_worker).toBe('background.js');
    const scripts = Object.fromEntries(m.content_scripts.map((c: { js: string[] }) => [c.js[0], c]));
    expect(Object.keys(scripts).sort()).toEqual(['content-scripts/page-data.js', 'content-scripts/page.js']);
    expect(scripts['content-scripts/page.js'].matches.sort()).toEqual(KNOWN_SYSTEMS.flatMap((s) => s.matches).sort());
    // The hand-over of the page's own data runs in the page's world, only where the page loads such data.
    expect(scripts['content-scripts/page-data.js']).toMatchObject({
      world: 'MAIN', run_at: 'document_start', matches: ['https://*.magister.net/*', 'https://*.somtoday.nl/*'],
    });
    expect(JSON.stringify(m)).not.toContain('localhost');
    // Icons for the stores, the toolbar and the pages (rendered from assets/icon.svg).
    expect(m.icons).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
    for (const size of [16, 32, 48, 128]) {
      const png = readFileSync(resolve(root, '.output/chrome-mv3', `icon/${size}.png`));
      expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
      expect(png.readUInt32BE(16)).toBe(size);
    }
  }, 60_000);

  it('zips for the stores (npm run zip): Chrome/Edge, Firefox and the sources AMO asks for', async () => {
    const version = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version;
    for (const name of ['chrome', 'firefox', 'sources']) rmSync(resolve(root, '.output', `thuiszitter-signaal-${version}-${name}.zip`), { force: true });
    await run('npm', ['run', 'zip'], { cwd: root, env: { ...process.env, E2E: '' } });
    for (const name of ['chrome', 'firefox', 'sources']) {
      const zip = readFileSync(resolve(root, '.output', `thuiszitter-signaal-${version}-${name}.zip`));
      // A zip archive starts with "PK\x03\x04".
      expect([name, ...zip.subarray(0, 4)]).toEqual([name, 0x50, 0x4b, 0x03, 0x04]);
    }
  }, 120_000);

  it('Firefox (MV3, 140+): the page-data script in the page’s world too, a fixed id, nothing collected; web-ext lint passes', async () => {
    await build({ E2E: '' }, '-b', 'firefox');
    const m = manifest('firefox-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.browser_specific_settings.gecko).toEqual({
      id: 'thuiszitter-signaal@thuiszitter-signaal.nl', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] },
    });
    const scripts = Object.fromEntries(m.content_scripts.map((c: { js: string[] }) => [c.js[0], c]));
    expect(scripts['content-scripts/page-data.js']).toMatchObject({ world: 'MAIN', run_at: 'document_start' });
    expect(scripts['content-scripts/page.js'].matches).toContain('https://*.magister.net/*');
    expect(m.permissions).toEqual(['storage', 'scripting']);
    expect(m.background.scripts).toEqual(['background.js']);
    expect(JSON.stringify(m)).not.toContain('localhost');
    // Mozilla's own linter, as AMO runs it on upload: no errors. (Its warnings are library code: React DOM's
    // innerHTML path for dangerouslySetInnerHTML, which this code never uses, and zod's eval probe, switched off.)
    const { stdout } = await run(resolve(root, 'node_modules/.bin/web-ext'), ['lint', '-s', resolve(root, '.output/firefox-mv3'), '--output=json'], { cwd: root }).catch((error: { stdout: string }) => error);
    const report = JSON.parse(stdout) as { errors: { code: string; message: string }[]; warnings: { code: string; file: string }[] };
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((w) => !['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT'].includes(w.code))).toEqual([]);
  }, 120_000);

  it('the extension’s own code never writes markup or evaluates text', () => {
    const sources = execSync('git ls-files lib components entrypoints', { cwd: root, encoding: 'utf8' }).split('\n').filter((f) => /\.(ts|tsx)$/.test(f) && existsSync(resolve(root, f)));
    for (const file of sources) {
      const text = readFileSync(resolve(root, file), 'utf8');
      expect([file, /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\(|new Function\(/.test(text)]).toEqual([file, false]);
    }
  });
});
