// Fails when the committed custom-elements.json differs from what the analyzer generates
// now from src/ (the manifest is the public contract: Storybook and IDEs read it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const committed = 'custom-elements.json';
const require = createRequire(import.meta.url);
const analyzerDir = dirname(require.resolve('@custom-elements-manifest/analyzer/package.json'));
// The analyzer joins --outdir to the working directory, so it must be relative; .tmp/ is git-ignored.
const outdir = join('.tmp', `manifest-check-${process.pid}`);

/** @returns {string | null} why the committed manifest is not what the sources give */
function problem() {
  const run = spawnSync(process.execPath, [join(analyzerDir, 'cem.js'), 'analyze', '--litelement', '--quiet', '--outdir', outdir], {
    stdio: 'inherit',
  });
  if (run.status !== 0) return 'The custom elements manifest analyzer failed (see above).';
  if (!existsSync(committed)) return `${committed} is missing: run \`npm run manifest\` and commit the file.`;
  const fresh = readFileSync(join(outdir, committed), 'utf8').split('\n');
  const old = readFileSync(committed, 'utf8').split('\n');
  const first = fresh.findIndex((line, index) => line !== old[index]);
  const differs = first !== -1 || old.length !== fresh.length;
  if (!differs) return null;
  const line = first === -1 ? fresh.length : first;
  return [
    `${committed} is stale: the element sources changed since it was generated.`,
    `First difference at line ${line + 1}:`,
    `  committed: ${old[line] ?? '(end of file)'}`,
    `  generated: ${fresh[line] ?? '(end of file)'}`,
    'Run `npm run manifest` and commit custom-elements.json.',
  ].join('\n');
}

let failure;
try {
  failure = problem();
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
if (failure) {
  console.error(failure);
  process.exitCode = 1;
} else {
  console.log(`${committed} is up to date.`);
}

// The README's theming tables, and the parts, properties, events and attributes its
// snippets name, come from the same manifest: check them too (sets exitCode on failure).
await import('./check-readme.mjs');
