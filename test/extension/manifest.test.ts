import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { KNOWN_SYSTEMS } from '../../lib/adapters/index.ts';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

async function build(env: Record<string, string> = {}, ...args: string[]) {
  await run(resolve(root, 'node_modules/.bin/wxt'), ['build', ...args], { cwd: root, env: { ...process.env, ...env } });
}
const manifest = (dir: string) => JSON.parse(readFileSync(resolve(root, '.output', dir, 'manifest.json'), 'utf8'));

describe('the built extension', () => {
  it('production (Chrome/Edge MV3): storage only, content script only on the known school systems', async () => {
    await build({ E2E: '' });
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.name).toBe('Thuiszitter-signaal');
    expect(m.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(m.permissions).toEqual(['storage']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.background.service_worker).toBe('background.js');
    expect(m.content_scripts).toHaveLength(1);
    expect(m.content_scripts[0].matches.sort()).toEqual(KNOWN_SYSTEMS.flatMap((s) => s.matches).sort());
    expect(JSON.stringify(m)).not.toContain('localhost');
  }, 60_000);

  it('Firefox (MV2) builds a valid manifest too', async () => {
    await build({ E2E: '' }, '-b', 'firefox');
    const m = manifest('firefox-mv2');
    expect(m.manifest_version).toBe(2);
    expect(m.content_scripts[0].matches).toContain('https://*.magister.net/*');
    expect(m.permissions).toContain('storage');
    expect(JSON.stringify(m)).not.toContain('localhost');
  }, 60_000);
});
