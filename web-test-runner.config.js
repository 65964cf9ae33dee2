// Browser tests: real headless Chromium, TypeScript compiled on the fly by esbuild.
// Node tests (src/core, src/sim, test/node) run under `npm run test:node` instead.
import { existsSync, readdirSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { tsImport } from 'tsx/esm/api';
import { chromiumFlags, findChromium, sharedWorkerExtendedLifetime } from './scripts/find-chromium.mjs';

// The test-support code is TypeScript; tsx loads it here without a build step.
const { scriptedServerPlugin } = await tsImport('./test/support/scripted-server-plugin.ts', import.meta.url);

/**
 * The shared worker is started by URL (`new URL('./worker.js', import.meta.url)`), not
 * imported, so the dev server's `.js` to `.ts` mapping for imports does not reach it:
 * a request for a `.js` file of src/ that exists only as `.ts` gets the TypeScript,
 * which the esbuild plugin compiles like any other.
 */
async function typeScriptForMissingJs(context, next) {
  const path = context.path;
  if (path.startsWith('/src/') && path.endsWith('.js') && !existsSync(`.${path}`) && existsSync(`.${path.slice(0, -3)}.ts`)) {
    context.url = context.url.replace(/\.js(?=\?|$)/, '.ts');
  }
  return next();
}

const chromium = await findChromium();
console.log(`Browser tests use ${chromium.path} (found via ${chromium.source}).`);

// One group per element folder, so one element's tests run alone with
// `npm run test:browser -- --group chat-list`; a plain run runs every group.
const componentGroups = existsSync('src/components')
  ? readdirSync('src/components', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => ({ name: entry.name, files: `src/components/${entry.name}/**/*.test.ts` }))
  : [];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // Cross-cutting browser tests; they form the group "default". bundle.test.ts tests the
  // built script-tag file in its own page: `npm run test:bundle` (web-test-runner.bundle.config.js).
  files: ['test/browser/**/*.test.ts', '!test/browser/bundle.test.ts'],
  groups: componentGroups,
  nodeResolve: true,
  middleware: [typeScriptForMissingJs],
  // Decorators and class fields follow tsconfig.json (experimentalDecorators, useDefineForClassFields: false).
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), scriptedServerPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromium.path, headless: true, args: [...chromiumFlags, sharedWorkerExtendedLifetime] },
    }),
  ],
  // The first launch may unpack @sparticuz/chromium; a slow CI box needs the slack.
  browserStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 10_000 } },
};
