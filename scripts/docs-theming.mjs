// Prints the README's theming reference — per element, its CSS custom properties, parts and
// custom states — as Markdown generated from custom-elements.json, so the README can never
// promise a part or a property the elements do not have.
//
//   node scripts/docs-theming.mjs          print the Markdown
//   node scripts/docs-theming.mjs --write  put it into README.md between the theming markers
//
// scripts/check-readme.mjs fails when the README's copy differs from what this prints.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START_MARKER = '<!-- theming:start -->';
export const END_MARKER = '<!-- theming:end -->';

const root = fileURLToPath(new URL('..', import.meta.url));
export const manifestPath = `${root}custom-elements.json`;
export const readmePath = `${root}README.md`;

/**
 * A manifest description as the text of one table cell: on one line, pipes escaped (GFM
 * splits cells on them even inside code spans), and `<` outside code spans escaped so a
 * tag name reads as text instead of becoming HTML.
 * @param {string | undefined} text
 */
function cell(text) {
  return (text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .split('`')
    .map((piece, index) => (index % 2 === 1 ? piece : piece.replace(/&/g, '&amp;').replace(/</g, '&lt;')))
    .join('`')
    .replace(/\|/g, '\\|');
}

/**
 * @param {string} heading
 * @param {ReadonlyArray<{ name: string; description?: string }>} rows
 * @param {(name: string) => string} format how a name shows in the first column
 */
function table(heading, rows, format) {
  return [`| ${heading} | Description |`, '| --- | --- |', ...rows.map((row) => `| ${format(row.name)} | ${cell(row.description)} |`)];
}

/** @param {unknown} manifest the parsed custom-elements.json */
function customElements(manifest) {
  const modules = /** @type {{ modules?: Array<{ declarations?: Array<Record<string, any>> }> }} */ (manifest).modules ?? [];
  return modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement === true && typeof declaration.tagName === 'string')
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * The theming reference for every element of the manifest, alphabetically by tag.
 * @param {unknown} manifest the parsed custom-elements.json
 * @returns {string}
 */
export function themingMarkdown(manifest) {
  const lines = [];
  for (const element of customElements(manifest)) {
    const tag = element.tagName;
    const properties = element.cssProperties ?? [];
    const parts = element.cssParts ?? [];
    const states = element.cssStates ?? [];
    lines.push(`#### \`<${tag}>\``, '');
    if (properties.length > 0) {
      lines.push(...table('Custom property', properties, (name) => `\`${name}\``), '');
    }
    if (parts.length > 0) {
      // Long lists stay folded so the README remains readable; GitHub renders the table inside.
      lines.push(
        `<details><summary>${parts.length} parts: <code>${tag}::part(…)</code></summary>`,
        '',
        ...table('Part', parts, (name) => `\`${name}\``),
        '',
        '</details>',
        '',
      );
    }
    if (states.length > 0) {
      lines.push(...table('Custom state', states, (name) => `\`:state(${name})\``), '');
    }
  }
  return lines.join('\n').trimEnd();
}

/** @returns {string} the reference generated from the committed custom-elements.json */
export function themingFromManifestFile() {
  return themingMarkdown(JSON.parse(readFileSync(manifestPath, 'utf8')));
}

/**
 * The text between the README's markers (without them), or null when a marker is missing.
 * @param {string} readme
 */
export function themingInReadme(readme) {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start) return null;
  return readme.slice(start + START_MARKER.length, end).trim();
}

function write() {
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start) {
    console.error(`README.md lacks the ${START_MARKER} … ${END_MARKER} markers.`);
    process.exitCode = 1;
    return;
  }
  const generated = themingFromManifestFile();
  const next = `${readme.slice(0, start + START_MARKER.length)}\n\n${generated}\n\n${readme.slice(end)}`;
  if (next === readme) {
    console.log('README.md theming tables are already up to date.');
    return;
  }
  writeFileSync(readmePath, next);
  console.log('README.md theming tables rewritten from custom-elements.json.');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--write')) write();
  else console.log(themingFromManifestFile());
}
