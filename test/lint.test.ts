import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The rules npm run lint enforces (eslint.config.js) really catch what they are for: lib/ stays the pure
 * domain (it also runs in the scan CLI, where no browser exists), and page content never becomes markup.
 */
const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '..') });

async function rulesBroken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(import.meta.dirname, '..', filePath) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('npm run lint', () => {
  it('keeps browser, WXT, storage and component code out of lib/', async () => {
    expect(await rulesBroken("export const url = () => browser.runtime.getURL('/x');\n", 'lib/example.ts')).toContain('no-restricted-globals');
    expect(await rulesBroken("export const get = () => chrome.storage.local.get('x');\n", 'lib/example.ts')).toContain('no-restricted-globals');
    expect(await rulesBroken("import { storage } from 'wxt/utils/storage';\nexport const s = storage;\n", 'lib/example.ts')).toContain('no-restricted-imports');
    expect(await rulesBroken("import { currentSettings } from '@/components/settings';\nexport const c = currentSettings;\n", 'lib/example.ts')).toContain('no-restricted-imports');
    expect(await rulesBroken("import Dexie from 'dexie';\nexport const d = Dexie;\n", 'lib/rules/example.ts')).toContain('no-restricted-imports');
    // The same code is fine where it belongs.
    expect(await rulesBroken("import { browser } from 'wxt/browser';\nexport const url = () => browser.runtime.getURL('/x');\n", 'components/example.ts')).toEqual([]);
    expect(await rulesBroken("import { z } from './zod.ts';\nexport const n = z.number();\n", 'lib/example.ts')).toEqual([]);
  });

  it('never lets page content become markup or code', async () => {
    expect(await rulesBroken('export function show(el: HTMLElement, text: string) { el.innerHTML = text; }\n', 'components/page/example.ts')).toContain('no-restricted-properties');
    expect(await rulesBroken('export function show(el: HTMLElement, text: string) { el.insertAdjacentHTML("beforeend", text); }\n', 'components/page/example.ts')).toContain('no-restricted-properties');
    expect(await rulesBroken('export const run = (text: string) => eval(text);\n', 'components/page/example.ts')).toContain('no-eval');
    expect(await rulesBroken('export const P = ({ t }: { t: string }) => <p dangerouslySetInnerHTML={{ __html: t }} />;\n', 'components/dashboard/Example.tsx')).toContain('no-restricted-syntax');
  });
});
