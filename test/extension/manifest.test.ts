import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('the built extension (production build)', () => {
  it('is a valid MV3 manifest that asks for no permissions and no hosts', async () => {
    await promisify(execFile)(resolve(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root });
    const manifest = JSON.parse(readFileSync(resolve(root, '.output/chrome-mv3/manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('Thuiszitter-signaal');
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.permissions ?? []).toEqual([]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.background.service_worker).toBe('background.js');
  }, 60_000);
});
