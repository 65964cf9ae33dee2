/**
 * Vite does two jobs here:
 * - `npm start` (scripts/start-demo.ts runs it in middleware mode beside the simulator):
 *   serves index.html and the demo module (demo/main.ts) with the kit's sources;
 * - `npm run build` (after tsc): writes the self-contained ES module for a plain
 *   `<script type="module">` on a page with no build step, with every dependency (lit,
 *   marked, DOMPurify, ...) inlined, twice from one bundling pass:
 *   dist/whoson-elements.bundle.js (readable, comments kept, for reading and debugging) and
 *   dist/whoson-elements.bundle.min.js (minified, for production pages). Both have sourcemaps.
 *
 * The bundle is also its own shared worker script: run as a worker, it hosts the
 * sessions the pages share and evaluates none of the elements' code (which needs a DOM);
 * in a page, it defines the elements and starts itself as the worker.
 */
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { minifyCssTemplates } from './scripts/minify-css-templates.mjs';

const srcDir = fileURLToPath(new URL('./src/', import.meta.url));
const bundleEntryId = 'virtual:whoson-elements-bundle';
const pageEntryId = 'virtual:whoson-elements-page';

/** The names `src/components/index.ts` exports (values only: what the bundle can re-export). */
async function componentExports(): Promise<string[]> {
  const entry = `${srcDir}components/index.ts`;
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
    tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
  });
  const output = Object.values(result.metafile.outputs)[0];
  return [...(output?.exports ?? [])].sort();
}

/**
 * The bundle's entry: the core API (no DOM: evaluated in pages and in the worker alike);
 * in a shared worker, the session host; in a page, the elements (the package's element
 * exports, and every registration in src/define/, found when the build runs, so a new
 * element is in the bundle without editing a list), loaded through a dynamic import the
 * build inlines as code that runs only when reached.
 */
function bundleEntry(): Plugin {
  return {
    name: 'whoson-bundle-entry',
    // Library mode hands the entry over as a path under the project root.
    resolveId: (id) => {
      if (id.endsWith(bundleEntryId)) return `\0${bundleEntryId}`;
      if (id === pageEntryId) return `\0${pageEntryId}`;
      return undefined;
    },
    async load(id) {
      if (id === `\0${pageEntryId}`) {
        const defineDir = `${srcDir}define/`;
        const defines = existsSync(defineDir)
          ? readdirSync(defineDir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort()
          : [];
        return [
          `export * from ${JSON.stringify(`${srcDir}components/index.ts`)};`,
          ...defines.map((name) => `import ${JSON.stringify(defineDir + name)};`),
        ].join('\n');
      }
      if (id !== `\0${bundleEntryId}`) return undefined;
      const names = await componentExports();
      return [
        `import { isSharedWorkerScope, runSessionWorker } from ${JSON.stringify(`${srcDir}core/shared-session/worker-scope.ts`)};`,
        `export * from ${JSON.stringify(`${srcDir}core/index.ts`)};`,
        'const inWorker = isSharedWorkerScope();',
        'if (inWorker) runSessionWorker();',
        `const page = inWorker ? undefined : await import(${JSON.stringify(pageEntryId)});`,
        ...names.map((name) => `export const ${name} = page?.${name};`),
      ].join('\n');
    },
  };
}

/** The elements' CSS ships without indentation or comments (scripts/minify-css-templates.mjs). */
function minifiedStyles(): Plugin {
  return {
    name: 'whoson-minified-styles',
    apply: 'build',
    transform(code, id) {
      if (!id.startsWith(`${srcDir}components/`) || !/\bcss\s*`/.test(code)) return undefined;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}

/**
 * In the bundle the shared worker is the bundle itself (its own URL), not a file beside
 * it: start-worker.ts is swapped for start-worker-self.ts.
 */
function bundleStartsItselfAsWorker(): Plugin {
  const self = `${srcDir}core/shared-session/start-worker-self.ts`;
  return {
    name: 'whoson-bundle-starts-itself-as-worker',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id, importer) =>
      id === './start-worker.js' && importer?.startsWith(`${srcDir}core/shared-session/`) ? self : undefined,
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [bundleEntry(), bundleStartsItselfAsWorker(), minifiedStyles()],
  server: { host: '127.0.0.1', port: 5173 },
  // The bundle runs in browsers as is: settle Node-style environment checks now
  // (library mode would otherwise leave `process.env.NODE_ENV` for a consumer's bundler).
  define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
  build: {
    outDir: 'dist',
    // tsc has already written dist/ (declarations and per-module files).
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    // Each output below says how far it is minified.
    minify: false,
    rolldownOptions: {
      output: [
        // One file: the elements' code is inlined too, evaluated only when a page reaches it.
        { format: 'es', entryFileNames: 'whoson-elements.bundle.js', minify: false, codeSplitting: false },
        {
          format: 'es',
          entryFileNames: 'whoson-elements.bundle.min.js',
          codeSplitting: false,
          // Library mode would keep whitespace for consumers' tree-shaking; this file is
          // the finished drop-in script. Licence comments of the inlined packages stay.
          minify: true,
          comments: { legal: true, annotation: false, jsdoc: false },
        },
      ],
    },
    lib: { entry: bundleEntryId },
  },
}));
