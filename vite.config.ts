/**
 * Vite does two jobs here:
 * - `npm start` (scripts/start-demo.ts runs it in middleware mode beside the simulator):
 *   serves index.html and the demo module (demo/main.ts) with the kit's sources;
 * - `npm run build` (after tsc): writes the self-contained ES module for a plain
 *   `<script type="module">` on a page with no build step, with every dependency (lit,
 *   marked, DOMPurify, ...) inlined, twice from one bundling pass:
 *   dist/whoson-elements.bundle.js (readable, comments kept, for reading and debugging) and
 *   dist/whoson-elements.bundle.min.js (minified, for production pages). Both have sourcemaps.
 */
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const srcDir = fileURLToPath(new URL('./src/', import.meta.url));
const bundleEntryId = 'virtual:whoson-elements-bundle';

/**
 * The bundle's entry: the public API plus every element registration in src/define/,
 * found when the build runs, so a new element is in the bundle without editing a list.
 */
function bundleEntry(): Plugin {
  return {
    name: 'whoson-bundle-entry',
    // Library mode hands the entry over as a path under the project root.
    resolveId: (id) => (id.endsWith(bundleEntryId) ? `\0${bundleEntryId}` : undefined),
    load(id) {
      if (id !== `\0${bundleEntryId}`) return undefined;
      const defineDir = `${srcDir}define/`;
      const defines = existsSync(defineDir)
        ? readdirSync(defineDir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort()
        : [];
      return [
        `export * from ${JSON.stringify(`${srcDir}index.ts`)};`,
        ...defines.map((name) => `import ${JSON.stringify(defineDir + name)};`),
      ].join('\n');
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [bundleEntry()],
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
        { format: 'es', entryFileNames: 'whoson-elements.bundle.js', minify: false },
        {
          format: 'es',
          entryFileNames: 'whoson-elements.bundle.min.js',
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
