// After `tsc` wrote dist/: the compiled element modules' css`...` templates minified in
// place (what a consumer's bundler takes in), as the script-tag bundle's are.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyCssTemplates } from './minify-css-templates.mjs';

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

let before = 0;
let after = 0;
for (const path of walk('dist/components').filter((file) => file.endsWith('.js'))) {
  const source = readFileSync(path, 'utf8');
  if (!/\bcss\s*`/.test(source)) continue;
  const minified = minifyCssTemplates(source);
  before += source.length;
  after += minified.length;
  if (minified !== source) writeFileSync(path, minified);
}
console.log(`Element styles in dist/: ${before} → ${after} characters.`);
