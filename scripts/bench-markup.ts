/**
 * Message markup parsing speed: time per parse of ordinary and hostile messages, and how
 * the time grows with the input (linear growth keeps a 4x input near 4x the time).
 * Run: node --import tsx scripts/bench-markup.ts
 */
import { parseMessage } from '../src/core/protocol/markup.js';
import { hostileUnits } from '../src/core/protocol/markup-hostile-inputs.js';

function fastestMs(raw: string, runs = 5): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    parseMessage(raw);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const ordinary =
  'Do you offer an on-premises version?<translated>Proposez-vous une version sur site ?</Translated>' +
  '<Suggestions><Suggest><Content>Yes, we do.</Content><DocumentId>65c1</DocumentId></Suggest></Suggestions>';
const ordinaryRuns = 100_000;
const started = performance.now();
for (let run = 0; run < ordinaryRuns; run++) parseMessage(ordinary);
const perParseUs = ((performance.now() - started) * 1000) / ordinaryRuns;
console.log(`ordinary message (${ordinary.length} chars): ${perParseUs.toFixed(2)} µs per parse`);

console.log('hostile input          50k chars   200k chars   growth (x4 input)');
for (const [label, unit] of hostileUnits) {
  const small = fastestMs(unit.repeat(Math.ceil(50_000 / unit.length)));
  const large = fastestMs(unit.repeat(Math.ceil(200_000 / unit.length)));
  console.log(
    `${label.padEnd(44).slice(0, 44)} ${small.toFixed(1).padStart(7)} ms ${large.toFixed(1).padStart(9)} ms ${(large / small).toFixed(1).padStart(8)}x`,
  );
}
