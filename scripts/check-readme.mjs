// Fails when README.md no longer matches the elements it documents:
// - the theming tables differ from what scripts/docs-theming.mjs generates from
//   custom-elements.json;
// - a whoson-* event (from the manifest or src/events) is missing from the README;
// - the README names a `::part()`, a `--whoson-*` custom property, a whoson-* event, or an
//   attribute or framework binding on one of the kit's tags that no element has (a
//   snippet that would silently do nothing).
// Run by `npm run manifest:check` (scripts/check-manifest.mjs imports it).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { END_MARKER, START_MARKER, manifestPath, readmePath, themingInReadme, themingMarkdown } from './docs-theming.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const readme = readFileSync(readmePath, 'utf8');

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement === true && typeof declaration.tagName === 'string');

/** Event names the event classes declare (`static readonly type = 'whoson-…'`). */
function eventClassNames() {
  const dir = `${root}src/events/`;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .flatMap((name) => [...readFileSync(dir + name, 'utf8').matchAll(/static readonly type = '(whoson-[a-z-]+)'/g)].map((match) => match[1]));
}

/** The shared design tokens every element reads (`var(--whoson-…` in the token styles). */
function sharedTokens() {
  const source = readFileSync(`${root}src/components/shared/tokens.styles.ts`, 'utf8');
  return new Set([...source.matchAll(/var\((--whoson-[a-z-]+)/g)].map((match) => match[1]));
}

const problems = [];

const documented = themingInReadme(readme);
if (documented === null) {
  problems.push(`README.md lacks the ${START_MARKER} … ${END_MARKER} markers around the theming tables.`);
} else if (documented !== themingMarkdown(manifest)) {
  problems.push('The theming tables in README.md are stale: run `node scripts/docs-theming.mjs --write` (after `npm run manifest`).');
}

const events = new Set([...elements.flatMap((element) => (element.events ?? []).map((event) => event.name)), ...eventClassNames()]);
for (const name of [...events].sort()) {
  if (!readme.includes(`\`${name}\``)) problems.push(`README.md does not document the event \`${name}\`.`);
}
// Names a snippet or the prose quotes: each must be an element, an event or the package.
const tags = new Set(elements.map((element) => element.tagName));
const quoted = /[`'"](whoson-[a-z-]+)[`'"]|@(whoson-[a-z-]+)=|\((whoson-[a-z-]+)\)=|\bon(whoson-[a-z-]+)=/g;
for (const name of new Set([...readme.matchAll(quoted)].map((found) => found.slice(1).find(Boolean)))) {
  if (!tags.has(name) && !events.has(name) && name !== 'whoson-elements') {
    problems.push(`README.md names \`${name}\`, which is neither an element nor an event of the kit.`);
  }
}

const partsByTag = new Map(elements.map((element) => [element.tagName, new Set((element.cssParts ?? []).map((part) => part.name))]));
const anyPart = new Set([...partsByTag.values()].flatMap((parts) => [...parts]));
for (const match of readme.matchAll(/(whoson-[a-z-]+)?::part\(([a-z-]+)\)/g)) {
  const [, tag, part] = match;
  const parts = tag && partsByTag.has(tag) ? partsByTag.get(tag) : anyPart;
  if (!parts.has(part)) problems.push(`README.md styles \`${match[0]}\`, a part ${tag ? `<${tag}>` : 'no element'} does not have.`);
}

// Attributes and framework bindings written on the kit's tags in the snippets.
const everywhere = new Set(['id', 'class', 'classname', 'slot', 'hidden', 'style', 'dir', 'lang', 'title', 'ref', 'key', 'part', 'data-theme']);
const nativeEvents = new Set(['click', 'keydown', 'focus', 'blur']);
for (const match of readme.replace(/=>/g, '=~').matchAll(/<(whoson-[a-z-]+)(\s[^>]*)?>/g)) {
  const [, tag, text = ''] = match;
  const element = elements.find((candidate) => candidate.tagName === tag);
  if (!element) continue;
  const attributes = new Set((element.attributes ?? []).map((attribute) => attribute.name));
  const members = new Set((element.members ?? []).filter((member) => member.kind === 'field' && member.privacy !== 'private').map((member) => member.name));
  for (const [, raw] of text.matchAll(/([^\s=]+)(?:=("[^"]*"|'[^']*'|\{[^}]*\}))?/g)) {
    const name = raw.replace(/^v-bind:/, ':');
    let problem = '';
    if (name === '/' || everywhere.has(name.toLowerCase()) || /^(data|aria)-/.test(name) || name.startsWith('#') || name.startsWith('v-')) continue;
    const event = /^(?:on|@)(whoson-[a-z-]+)$/.exec(name) ?? /^\((whoson-[a-z-]+|[a-z]+)\)$/.exec(name);
    const property = /^\[([A-Za-z]+)\]$/.exec(name) ?? /^:([A-Za-z-]+)(?:\.prop)?$/.exec(name);
    if (event) {
      if (!events.has(event[1]) && !nativeEvents.has(event[1])) problem = `the event ${event[1]}`;
    } else if (property) {
      if (!attributes.has(property[1]) && !members.has(property[1])) problem = `the property ${property[1]}`;
    } else if (!attributes.has(name) && !members.has(name)) {
      // React takes the property spelling too (`authString`).
      problem = `the attribute ${name}`;
    }
    if (problem) problems.push(`README.md gives <${tag}> ${problem}, which it does not have.`);
  }
}

const properties = new Set([...sharedTokens(), ...elements.flatMap((element) => (element.cssProperties ?? []).map((property) => property.name))]);
for (const name of new Set([...readme.matchAll(/--whoson-[a-z-]+/g)].map((found) => found[0]))) {
  // `--whoson-color-*` and the like name a family, not one property.
  if (name.endsWith('-')) continue;
  if (!properties.has(name)) problems.push(`README.md names the custom property \`${name}\`, which no element reads.`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else {
  console.log('README.md matches custom-elements.json (theming tables, events, parts, custom properties, attributes).');
}
