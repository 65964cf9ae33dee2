// The built script-tag files in a plain page (`npm run test:bundle`, after `npm run build`):
// each group's page loads one file with nothing but
// `<script type="module" src="/dist/...">`, as an integrator's page would, and the test
// (test/browser/bundle.test.ts) logs in through the elements that file defined against
// the simulator running in Node. The page never loads the kit's sources.
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { tsImport } from 'tsx/esm/api';
import { chromiumFlags, findChromium, sharedWorkerExtendedLifetime } from './scripts/find-chromium.mjs';

const { bundleSimPlugin } = await tsImport('./test/support/bundle-sim-plugin.ts', import.meta.url);

const bundles = [
  { name: 'bundle-min', file: 'dist/whoson-elements.bundle.min.js' },
  { name: 'bundle', file: 'dist/whoson-elements.bundle.js' },
];
const missing = bundles.filter(({ file }) => !existsSync(file)).map(({ file }) => file);
if (missing.length > 0) throw new Error(`${missing.join(' and ')} missing: run \`npm run build\` first.`);

const chromium = await findChromium();
console.log(`Bundle tests use ${chromium.path} (found via ${chromium.source}).`);

/** @param {string} file @returns {(testFramework: string) => string} */
const pageLoading = (file) => (testFramework) => `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>whoson-elements script-tag bundle</title>
    <script type="module" src="/${file}"></script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  groups: bundles.map(({ name, file }) => ({
    name,
    files: 'test/browser/bundle.test.ts',
    testRunnerHtml: pageLoading(file),
  })),
  // For the test file's own imports (@open-wc/testing); the bundle has none.
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), bundleSimPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromium.path, headless: true, args: [...chromiumFlags, sharedWorkerExtendedLifetime] },
    }),
  ],
  browserStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 10_000 } },
};
