// Checks what `npm run build` wrote, as a consumer would meet it, and prints the sizes:
//
// 1. The script-tag files (dist/whoson-elements.bundle.js and .min.js) are self-contained:
//    no import or export-from of anything (bare names, relative chunks, URLs), static or
//    dynamic; each exports the whole package API and has a sourcemap. That each registers
//    every element and logs in is tested in Chromium: `npm run test:bundle`.
// 2. Per-element entry points: bundling one define module (dist/define/<tag>.js) takes in
//    that element only — none of the other elements — and the badge takes in neither
//    marked nor DOMPurify and is a small part of the full bundle.
// 3. package.json "sideEffects" names exactly the define modules (src and dist) and the
//    script-tag files, and a bundler really drops everything else: importing the package
//    entry for nothing yields an empty bundle.
// 4. Every path package.json "exports" names exists.
//
// esbuild (a devDependency) plays the consumer's bundler: it resolves the package through
// its "exports" and honours "sideEffects" as webpack, Rollup and Vite do.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
const bundles = ['dist/whoson-elements.bundle.js', 'dist/whoson-elements.bundle.min.js'];
const defineDir = 'dist/define';
/** The badge is the element a page header loads alone; this much of the full bundle at most. */
const badgeShareLimit = 0.25;
/** What only the chat pane needs; the badge must not carry it. */
const paneOnlyPackages = ['node_modules/marked/', 'node_modules/dompurify/'];

const problems = [];
const fail = (message) => problems.push(message);

/** Raw and gzip size of a file's content (text or bytes), in kB of 1000 bytes as Vite prints them. */
function sizes(content) {
  const bytes = Buffer.from(content);
  const raw = bytes.length;
  const gzip = gzipSync(bytes).length;
  const kB = (count) => `${(count / 1000).toFixed(1)} kB`;
  return { raw, gzip, text: `${kB(raw)} raw, ${kB(gzip)} gzip` };
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** Bundles like a consumer's production build; returns the output and what went into it. */
async function bundle(options) {
  const result = await build({
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
    ...options,
  });
  const [output] = Object.values(result.metafile.outputs);
  return {
    code: result.outputFiles[0].text,
    // Modules with code in the output (an input that was tree-shaken away has 0 bytes).
    included: Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
    exports: output.exports,
  };
}

if (!existsSync(defineDir) || bundles.some((file) => !existsSync(file))) {
  console.error(`${[defineDir, ...bundles].filter((file) => !existsSync(file)).join(', ')} missing: run \`npm run build\`.`);
  process.exit(1);
}

const tags = readdirSync(defineDir)
  .filter((name) => /^whoson-.*\.js$/.test(name))
  .map((name) => basename(name, '.js'))
  .sort();
/** Each element's own folder under dist/components (whoson-chat-list -> chat-list). */
const elementFolder = (tag) => `dist/components/${tag.slice('whoson-'.length)}/`;
if (tags.length === 0) fail(`${defineDir} holds no define modules.`);

// 1. The script-tag files.
const apiExports = (await bundle({ entryPoints: ['dist/index.js'], packages: 'external' })).exports.sort();
console.log('Script-tag files (self-contained ES modules):');
const bundleSizes = {};
for (const file of bundles) {
  // Record every specifier instead of resolving it.
  const scan = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
    plugins: [
      {
        name: 'refuse-imports',
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: /.*/ }, (args) =>
            args.kind === 'entry-point' ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  const imports = Object.values(scan.metafile.inputs).flatMap((input) => input.imports.map((entry) => entry.path));
  if (imports.length > 0) fail(`${file} is not self-contained; it imports:\n${imports.map((path) => `    ${path}`).join('\n')}`);

  const exported = new Set(Object.values(scan.metafile.outputs)[0].exports);
  const missing = apiExports.filter((name) => !exported.has(name));
  if (missing.length > 0) fail(`${file} does not export ${missing.join(', ')} (exported by dist/index.js).`);

  const source = readFileSync(file, 'utf8');
  if (!source.trimEnd().endsWith(`//# sourceMappingURL=${basename(file)}.map`) || !existsSync(`${file}.map`)) {
    fail(`${file} has no sourcemap.`);
  }

  const size = sizes(readFileSync(file));
  bundleSizes[file] = size;
  console.log(`  ${file.padEnd(40)} ${size.text}  (${exported.size} exports)`);
}
const fullSize = bundleSizes['dist/whoson-elements.bundle.min.js'];

// 2. Per-element entry points, each bundled alone (minified, as a production build would).
console.log('\nOne element per page (dist/define/<tag>.js bundled alone, minified):');
for (const tag of tags) {
  const file = `${defineDir}/${tag}.js`;
  const { code, included } = await bundle({ entryPoints: [file] });
  const size = sizes(code);
  const share = size.raw / fullSize.raw;
  console.log(`  ${tag.padEnd(24)} ${size.text.padEnd(26)} ${(share * 100).toFixed(0).padStart(3)}% of the full bundle, ${included.length} modules`);

  const others = tags.filter((other) => other !== tag).map(elementFolder);
  const foreign = included.filter((path) => others.some((folder) => path.startsWith(folder)));
  if (foreign.length > 0) fail(`${file} pulls in other elements:\n${foreign.map((path) => `    ${path}`).join('\n')}`);
  if (!code.includes('customElements')) fail(`${file} bundled alone registers nothing.`);

  if (tag === 'whoson-waiting-badge') {
    const heavy = included.filter((path) => paneOnlyPackages.some((prefix) => path.startsWith(prefix)));
    if (heavy.length > 0) fail(`${file} pulls in what only the chat pane needs: ${heavy.join(', ')}`);
    if (share > badgeShareLimit) {
      fail(`${file} bundles to ${size.raw} bytes, ${(share * 100).toFixed(0)}% of the full bundle (at most ${badgeShareLimit * 100}%).`);
    }
  }
}

// 3. sideEffects: exactly the define modules (src and dist) and the script-tag files.
const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*/g, '\0')
      .replace(/\*/g, '[^/]*')
      .replace(/\0/g, '.*')}$`,
  );
const sideEffects = packageJson.sideEffects;
if (!Array.isArray(sideEffects)) {
  fail('package.json "sideEffects" must list the files with side effects (the define modules and the bundles).');
} else {
  const patterns = sideEffects.map(globToRegExp);
  const isDefineModule = (path) => /^src\/define\/whoson-[^/]*\.ts$/.test(path) || /^dist\/define\/whoson-[^/]*\.js$/.test(path);
  // Test files never reach a consumer's bundler.
  const candidates = [...walk('src'), ...walk('dist')]
    .map((path) => relative('.', path).split('\\').join('/'))
    .filter((path) => !path.endsWith('.test.ts'));
  for (const path of candidates) {
    const marked = patterns.some((pattern) => pattern.test(path));
    const effectful = isDefineModule(path) || bundles.includes(path);
    if (effectful && !marked) fail(`package.json "sideEffects" misses ${path}: a bundler would drop its registration.`);
    if (!effectful && marked) fail(`package.json "sideEffects" names ${path}, which has none: bundlers could not drop it.`);
  }
}

// 3b. What a consumer's bundler makes of the package, resolved by name through "exports".
const consumerDir = mkdtempSync(join(tmpdir(), 'whoson-consumer-'));
try {
  mkdirSync(join(consumerDir, 'node_modules'));
  symlinkSync(process.cwd(), join(consumerDir, 'node_modules', packageJson.name), 'dir');
  const consumer = (contents) => bundle({ stdin: { contents, resolveDir: consumerDir, loader: 'js' } });

  console.log('\nA consumer bundling the package:');
  const nothingUsed = await consumer(`import '${packageJson.name}';`);
  console.log(`  import '${packageJson.name}' (nothing used)`.padEnd(62), `${nothingUsed.code.length} bytes`);
  if (nothingUsed.code.length > 0) {
    fail(`Importing '${packageJson.name}' for nothing still bundles ${nothingUsed.code.length} bytes (from ${nothingUsed.included.join(', ')}): check "sideEffects".`);
  }

  const classOnly = await consumer(
    `import { WhosonWaitingBadge } from '${packageJson.name}'; customElements.define('my-badge', WhosonWaitingBadge);`,
  );
  console.log(`  import { WhosonWaitingBadge } from '${packageJson.name}'`.padEnd(62), sizes(classOnly.code).text);
  const classOnlyForeign = classOnly.included.filter(
    (path) => tags.some((tag) => tag !== 'whoson-waiting-badge' && path.startsWith(elementFolder(tag))) || path.startsWith(defineDir),
  );
  if (classOnlyForeign.length > 0) {
    fail(`Importing WhosonWaitingBadge from the package entry also bundles:\n${classOnlyForeign.map((path) => `    ${path}`).join('\n')}`);
  }

  const byName = await consumer(`import '${packageJson.name}/define/whoson-waiting-badge.js';`);
  console.log(`  import '${packageJson.name}/define/whoson-waiting-badge.js'`.padEnd(62), sizes(byName.code).text);
  if (!byName.included.includes(`${defineDir}/whoson-waiting-badge.js`)) {
    fail(`'${packageJson.name}/define/whoson-waiting-badge.js' does not resolve to ${defineDir}/whoson-waiting-badge.js.`);
  }
} catch (error) {
  fail(`Bundling the package as a consumer failed: ${error.message}`);
} finally {
  rmSync(consumerDir, { recursive: true, force: true });
}

// 3c. An application built with Vite from the npm package: the session's shared worker is
// found through `new SharedWorker(new URL('./worker.js', import.meta.url))` and emitted as
// a file of its own that the page starts (no blob:, no inline worker), which hosts sessions.
const appDir = mkdtempSync(join(tmpdir(), 'whoson-vite-app-'));
try {
  mkdirSync(join(appDir, 'node_modules'));
  symlinkSync(process.cwd(), join(appDir, 'node_modules', packageJson.name), 'dir');
  writeFileSync(join(appDir, 'index.html'), '<!doctype html><script type="module" src="/main.js"></script><whoson-session></whoson-session>');
  writeFileSync(join(appDir, 'main.js'), `import '${packageJson.name}/define/whoson-session.js';\n`);
  const { build: viteBuild } = await import('vite');
  await viteBuild({ root: appDir, configFile: false, logLevel: 'silent', build: { outDir: 'out', emptyOutDir: true } });
  const emitted = walk(join(appDir, 'out')).filter((path) => path.endsWith('.js'));
  const workers = emitted.filter((path) => readFileSync(path, 'utf8').includes('onconnect'));
  const pages = emitted.filter((path) => !workers.includes(path));
  console.log('\nAn application built with Vite from the npm package:');
  for (const path of emitted) {
    console.log(`  ${relative(appDir, path).padEnd(40)} ${sizes(readFileSync(path)).text}${workers.includes(path) ? '  (the shared worker)' : ''}`);
  }
  if (workers.length !== 1) {
    fail(`A Vite build of the package emits ${workers.length} shared worker files (expected 1: ${emitted.join(', ')}).`);
  } else if (!pages.some((path) => readFileSync(path, 'utf8').includes(basename(workers[0])))) {
    fail(`The Vite app's page code never names its worker file ${basename(workers[0])}.`);
  } else if (readFileSync(workers[0], 'utf8').includes('customElements')) {
    fail('The shared worker built by Vite carries the elements: it must hold the session only.');
  }
} catch (error) {
  fail(`Building an application with Vite from the package failed: ${error.message}`);
} finally {
  rmSync(appDir, { recursive: true, force: true });
}

// 4. Every "exports" target exists (a `*` target needs at least one match).
const targets = (value) =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(targets) : [];
for (const target of targets(packageJson.exports)) {
  const fixedPart = target.slice(0, target.indexOf('*') + 1 || undefined);
  const exists = target.includes('*')
    ? walk(fixedPart.slice(0, fixedPart.lastIndexOf('/') + 1)).some((path) => globToRegExp(target).test(relative('.', path).split('\\').join('/')))
    : existsSync(target);
  if (!exists) fail(`package.json "exports" names ${target}, which the build did not write.`);
}

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log('\nBundles, entry points, sideEffects and exports are as they should be.');
