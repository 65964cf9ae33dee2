// ESLint 9 flat config. Template checks beyond these rules come from lit-analyzer
// (`npm run lint` runs both).
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

// A relative import must name its `.js` file: that is what the browser and Node load,
// and `moduleResolution: Bundler` in tsconfig.json would not catch a missing extension.
const relativeWithoutJs = String.raw`/^\.{1,2}\u002F(?!.*\.(js|mjs|json|css)$)/`;
const requireJsExtension = ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map(
  (node) => ({
    selector: `${node}[source.value=${relativeWithoutJs}]`,
    message: 'Relative imports need an explicit .js extension (import from "./frame.js").',
  }),
);

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/best-practice'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-syntax': ['error', ...requireJsExtension],
      // The wire format forbids control characters in some fields; checking for them is deliberate.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core runs in pages, in a shared worker and in Node alike: no Node modules, no Lit,
    // no DOM, and nothing of the layers above it (outside its tests).
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(node:|ws$)', message: 'src/core must run in the browser: no Node-only imports.' },
            { regex: '^(lit|@lit/|lit-html|marked|dompurify)', message: 'src/core has no rendering: Lit, marked and DOMPurify belong to the elements.' },
            { regex: '/(components|define|sim|events)/', message: 'src/core depends on nothing above it (elements, simulator, events).' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['document', 'window', 'customElements', 'HTMLElement', 'Element', 'Node', 'localStorage', 'sessionStorage', 'location', 'history'].map(
          (name) => ({ name, message: `src/core has no DOM (it also runs in a shared worker and in Node): no \`${name}\`.` }),
        ),
      ],
    },
  },
  {
    // Elements read the store and call Session methods: they never build commands, and the
    // simulator is for tests and stories only.
    files: ['src/components/**/*.ts', 'src/define/**/*.ts', 'src/events/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '/sim/', message: 'Elements never import the simulator (tests and stories do).' },
            {
              regex: 'core/protocol/commands\\.js$',
              importNames: ['commands'],
              message: 'Elements never build commands: every operator action is a Session method.',
            },
          ],
        },
      ],
    },
  },
  {
    // The simulator plays the server: it knows nothing of the elements.
    files: ['src/sim/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '/(components|define|events)/', message: 'The simulator never imports the elements.' }] },
      ],
    },
  },
  {
    // Node-side code: tooling, configs, the simulator's server side and Node tests.
    files: ['scripts/**', '*.config.*', 'test/node/**', 'test/support/**', 'src/sim/**', '**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
