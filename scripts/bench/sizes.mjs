// What the kit costs to download, min+gzip, measured from the build (dist/) the way a
// consumer's bundler sees it, and the same for the peers a team would otherwise pick.
// `measureSizes()` returns bytes; a budget check can reuse it with `sizeBudgets`:
//
//   import { measureSizes, sizeBudgets } from './scripts/bench/sizes.mjs';
//   const sizes = await measureSizes({ peers: false });
//   if (sizes.elements.together.gzip > sizeBudgets.allElementsGzip) ...
//
// Run alone: `node scripts/bench/sizes.mjs [--no-peers]` prints them as JSON.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Budgets in bytes (KB of 1000 bytes, as the table prints them). */
export const sizeBudgets = Object.freeze({
  /** All five elements and every dependency, the shared-worker script included. */
  allElementsGzip: 75_000,
  /** What an intranet page runs on its main thread for the waiting badge (badge + session). */
  badgePageGzip: 20_000,
});

/**
 * What `npm test` enforces today (gzip bytes): the sizes reached, with a little room, so
 * any growth fails the build and has to be argued for. They come down towards
 * `sizeBudgets` as the kit shrinks; raise one only with the reason in the commit.
 */
export const sizeCeilings = Object.freeze({
  /** The script-tag file (every element and dependency; also the shared worker's script). */
  scriptTagGzip: 114_000,
  /** The badge page's main thread as it loads. */
  badgePageGzip: 30_000,
});

/** The peers compared with, installed at bench time into a cache folder (never into package.json). */
export const peerPackages = Object.freeze(['deep-chat', '@vaadin/message-list']);
const peerCache = 'node_modules/.cache/whoson-bench-peers';

const elementModules = [
  'dist/define/whoson-session.js',
  'dist/define/whoson-chat-list.js',
  'dist/define/whoson-chat-pane.js',
  'dist/define/whoson-waiting-badge.js',
  'dist/define/whoson-transfer-dialog.js',
];
const badgeModules = ['dist/define/whoson-session.js', 'dist/define/whoson-waiting-badge.js'];
const workerModule = 'dist/core/shared-session/worker.js';
const scriptTagFile = 'dist/whoson-elements.bundle.min.js';

/** @param {string | Uint8Array} content */
function measure(content) {
  const bytes = Buffer.from(content);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * Bundles `imports` as a consumer's production build would: every dependency inlined,
 * minified, ES2022. One module is bundled as the entry point itself (as a bundler treats
 * a worker script), so a "sideEffects" list that leaves it out cannot drop it.
 */
async function bundleImports(imports, resolveDir) {
  const entry =
    imports.length === 1 && imports[0].startsWith('.')
      ? { entryPoints: [resolve(resolveDir, imports[0])] }
      : { stdin: { contents: imports.map((path) => `import ${JSON.stringify(path)};`).join('\n'), resolveDir, loader: 'js' } };
  const result = await build({
    ...entry,
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Fonts, images and styles some peers import are counted as files would be, not inlined.
    loader: { '.css': 'css', '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'text', '.png': 'file' },
    outdir: 'out',
    logLevel: 'silent',
  });
  const js = result.outputFiles.filter((file) => file.path.endsWith('.js'));
  return measure(js.map((file) => file.text).join('\n'));
}

/**
 * What a page loads before anything is asked of it: bundled with code splitting, the
 * entry chunks and the chunks they import statically. Code behind a dynamic `import()`
 * (the page's own session, the login form, Markdown) loads only when first needed and
 * is counted apart as `later`.
 */
async function bundleEager(imports, resolveDir) {
  const result = await build({
    entryPoints: imports.map((path) => resolve(resolveDir, path)),
    bundle: true,
    write: false,
    minify: true,
    splitting: true,
    metafile: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: resolve(resolveDir, 'size-out'),
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const nameOf = (path) => resolve(resolveDir, path);
  const wanted = new Set(imports.map((path) => nameOf(path)));
  const eager = new Set();
  const visit = (output) => {
    if (eager.has(output)) return;
    eager.add(output);
    for (const imported of outputs[output]?.imports ?? []) {
      if (imported.kind === 'import-statement') visit(imported.path);
    }
  };
  for (const [output, info] of Object.entries(outputs)) {
    if (info.entryPoint !== undefined && wanted.has(nameOf(info.entryPoint))) visit(output);
  }
  const relative = (file) => file.path.slice(resolveDir.length + 1);
  const js = result.outputFiles.filter((file) => file.path.endsWith('.js'));
  const sum = (files) =>
    files.reduce((total, file) => {
      const size = measure(file.text);
      return { raw: total.raw + size.raw, gzip: total.gzip + size.gzip };
    }, { raw: 0, gzip: 0 });
  return {
    eager: sum(js.filter((file) => eager.has(relative(file)))),
    later: sum(js.filter((file) => !eager.has(relative(file)))),
  };
}

const run = promisify(execFile);

/** Installs the peers into the cache folder when they are not there yet; returns the folder. */
async function ensurePeers(root, log) {
  const dir = resolve(root, peerCache);
  const installed = (name) => existsSync(join(dir, 'node_modules', name, 'package.json'));
  if (peerPackages.every(installed)) return dir;
  mkdirSync(dir, { recursive: true });
  // A package.json of its own, so npm installs here and never touches the project's.
  if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  log(`installing ${peerPackages.join(', ')} into ${peerCache} ...`);
  await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--prefix', dir, ...peerPackages], {
    cwd: dir,
    timeout: 180_000,
  });
  return dir;
}

/**
 * @param {{ root?: string, peers?: boolean, log?: (line: string) => void }} [options]
 */
export async function measureSizes({ root = process.cwd(), peers = true, log = () => {} } = {}) {
  const missing = [scriptTagFile, workerModule, ...elementModules].filter((path) => !existsSync(resolve(root, path)));
  if (missing.length > 0) throw new Error(`${missing.join(', ')} missing: run \`npm run build\` first.`);
  const local = (path) => `./${path}`;

  const page = await bundleImports(elementModules.map(local), root);
  const worker = await bundleImports([local(workerModule)], root);
  const badgePage = await bundleEager(badgeModules.map(local), root);

  const peerSizes = [];
  if (peers) {
    let dir;
    try {
      dir = await ensurePeers(root, log);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      for (const name of peerPackages) peerSizes.push({ name, error: `not installed: ${reason}` });
    }
    if (dir) {
      for (const name of peerPackages) {
        try {
          const { version } = JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8'));
          peerSizes.push({ name, version, ...(await bundleImports([name], dir)) });
        } catch (error) {
          peerSizes.push({ name, error: error instanceof Error ? error.message.split('\n')[0] : String(error) });
        }
      }
    }
  }

  return {
    /** The script-tag file: all five elements and every dependency; also the shared worker's script. */
    scriptTag: { file: scriptTagFile, ...measure(readFileSync(resolve(root, scriptTagFile))) },
    /** The npm build bundled by a consumer: the five define modules (page) and the worker script. */
    elements: {
      page,
      worker,
      // What a browser downloads for both: two files, each gzipped.
      together: { raw: page.raw + worker.raw, gzip: page.gzip + worker.gzip },
    },
    /**
     * An intranet page with only the badge: session + badge on the main thread as it
     * loads (`page`), what it loads only when needed (`later`: a login form, a session of
     * its own), the worker apart.
     */
    badgePage: { page: badgePage.eager, later: badgePage.later, worker },
    peers: peerSizes,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = await measureSizes({ peers: !process.argv.includes('--no-peers'), log: (line) => console.error(line) });
  console.log(JSON.stringify(sizes, null, 2));
}
