import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * lib/ is the pure domain: no browser or WXT API, no component code. WXT's auto-imports make
 * `browser`, `storage` and every export of components/*.ts global, so a lib file calling them would
 * still typecheck and only fail at run time in `npm run scan`; this test keeps that from happening.
 * (lib/demo/ holds demo pages as text, whose scripts run in the demo page, not here.)
 */
const root = resolve(import.meta.dirname, '..');
const lib = resolve(root, 'lib');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/\bbrowser\s*\.\s*(runtime|storage|tabs|action|permissions|scripting)\b/, 'browser API'],
  [/\bchrome\s*\.\s*(runtime|storage|tabs|action|permissions|scripting)\b/, 'chrome API'],
  [/\bstorage\s*\.\s*(getItem|setItem|removeItem|defineItem|watch)\b/, 'WXT storage'],
  [/from\s+['"](@\/components|\.\.\/(\.\.\/)*components)\//, 'component import'],
  [/from\s+['"](wxt|#imports)/, 'WXT import'],
  [/\b(defineContentScript|defineBackground|createShadowRootUi|useAppConfig)\s*\(/, 'WXT auto-import'],
];

describe('lib/ stays pure', () => {
  it('no browser or WXT API and no component code in lib/**', () => {
    const found: string[] = [];
    for (const file of files(lib)) {
      if (relative(lib, file).startsWith('demo')) continue;
      const text = readFileSync(file, 'utf8');
      for (const [pattern, what] of FORBIDDEN) if (pattern.test(text)) found.push(`${relative(root, file)}: ${what}`);
    }
    expect(found).toEqual([]);
  });
});
