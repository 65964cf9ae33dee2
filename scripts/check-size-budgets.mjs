// Fails when the kit grows past what `npm test` allows (scripts/bench/sizes.mjs:
// `sizeCeilings`), and prints how far each size is from its goal (`sizeBudgets`).
// Sizes are deterministic for a given build, so this is a check, not a benchmark.
import { measureSizes, sizeBudgets, sizeCeilings } from './bench/sizes.mjs';

const sizes = await measureSizes({ peers: false });
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const checks = [
  {
    what: 'script-tag file (every element and dependency; also the shared worker), min+gzip',
    size: sizes.scriptTag.gzip,
    ceiling: sizeCeilings.scriptTagGzip,
    goal: sizeBudgets.allElementsGzip,
  },
  {
    what: 'waiting badge page (session + badge) as it loads, main thread, min+gzip',
    size: sizes.badgePage.page.gzip,
    ceiling: sizeCeilings.badgePageGzip,
    goal: sizeBudgets.badgePageGzip,
  },
];
let failed = false;
for (const { what, size, ceiling, goal } of checks) {
  const over = size > ceiling;
  failed ||= over;
  console.log(`${over ? '✗' : '✓'} ${what}: ${kB(size)} (allowed ${kB(ceiling)}, goal ${kB(goal)})`);
}
console.log(
  `  npm build: page ${kB(sizes.elements.page.gzip)} + worker ${kB(sizes.elements.worker.gzip)}; ` +
    `badge page loads ${kB(sizes.badgePage.later.gzip)} more only when needed.`,
);
if (failed) {
  console.error('\nThe kit grew past its size ceiling (scripts/bench/sizes.mjs): find what grew, or argue for the new size.');
  process.exit(1);
}
