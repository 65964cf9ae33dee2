// Fails unless dist/whoson-elements.bundle.js exists and is self-contained: no import
// or export-from of anything (bare package names, relative chunks, URLs), static or dynamic.
// esbuild parses the bundle and lists every module it refers to.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const bundle = 'dist/whoson-elements.bundle.js';

if (!existsSync(bundle)) {
  console.error(`${bundle} is missing: run \`npm run build\`.`);
  process.exit(1);
}

const result = await build({
  entryPoints: [bundle],
  bundle: true,
  write: false,
  metafile: true,
  format: 'esm',
  logLevel: 'silent',
  // Record every specifier instead of resolving it.
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

const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((entry) => entry.path));
if (imports.length > 0) {
  console.error(`${bundle} is not self-contained; it imports:\n${imports.map((path) => `  ${path}`).join('\n')}`);
  process.exit(1);
}
console.log(`${bundle} is self-contained (no imports).`);
