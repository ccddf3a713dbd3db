// npm run lint (part of npm test). What the code must never do is a rule here, not a convention:
// lib/ is the pure domain (no browser, WXT, DOM storage or component code: it also runs in the CLI),
// page content never becomes markup, and nothing is evaluated.
import stylistic from '@stylistic/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BROWSER_ONLY_GLOBALS = ['browser', 'chrome', 'storage', 'localStorage', 'sessionStorage', 'indexedDB', 'defineContentScript', 'defineBackground', 'createShadowRootUi'].map(
  (name) => ({ name, message: 'lib/ is the pure domain: pass what it needs in from components/ or entrypoints/.' }),
);

export default tseslint.config(
  { ignores: ['.output/**', '.output-closed/**', '.wxt/**', 'dist/**', 'node_modules/**', 'demo-output/**', 'test-results/**', 'playwright-report/**', '.prof/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { '@stylistic': stylistic },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page content is untrusted: build nodes and set textContent.' },
        { property: 'outerHTML', message: 'Page content is untrusted: build nodes and set textContent.' },
        { property: 'insertAdjacentHTML', message: 'Page content is untrusted: build nodes and set textContent.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page content is untrusted: render text.' },
        { selector: "AssignmentExpression > MemberExpression.left[property.name='innerHTML']", message: 'Page content is untrusted: set textContent.' },
      ],
      '@stylistic/max-len': ['error', { code: 180, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreComments: false }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_ONLY_GLOBALS],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports'], message: 'lib/ is the pure domain: no WXT.' },
            { group: ['@/components/*', '**/components/*'], message: 'lib/ never imports UI or storage code.' },
            { group: ['react', 'react-dom', 'react-dom/*', 'dexie'], message: 'lib/ is the pure domain: no UI framework or database.' },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    // The classic hook rules; the React Compiler's rules (set-state-in-effect …) assume a compiler this project does not use.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
