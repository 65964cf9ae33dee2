// custom-elements.json is generated from the elements' JSDoc (@summary, @slot, @event,
// @csspart, @cssproperty, @cssstate) and committed; `npm run manifest:check` fails when stale.
export default {
  // Classes live in src/components; their tag names come from the define modules.
  globs: ['src/components/**/*.ts', 'src/define/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; the analyzer must not rewrite it.
  packagejson: false,
};
