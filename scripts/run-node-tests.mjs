// Runs every Node test file with node's own runner. Node 20's `--test` takes no globs,
// so the files are found here and handed over explicitly.
// Extra arguments pass through: `npm run test:node -- --test-name-pattern=login`.
import { spawn } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const roots = ['src/core', 'src/sim', 'test/node'];

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findTests(path);
    return entry.isFile() && entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = roots.flatMap(findTests).map((file) => relative('.', file)).sort();
if (files.length === 0) {
  console.log(`No Node test files under ${roots.join(', ')}.`);
  process.exit(0);
}

// A test that hangs fails after two minutes instead of stalling CI (a later
// `--test-timeout` among the pass-through arguments overrides this one).
const defaults = ['--test-timeout=120000'];

const child = spawn(process.execPath, ['--import', 'tsx', '--test', ...defaults, ...process.argv.slice(2), ...files], {
  stdio: 'inherit',
});
child.on('exit', (code, signal) => {
  if (signal) {
    console.error(`Node tests stopped by ${signal}.`);
    process.exit(1);
  }
  process.exit(code ?? 1);
});
