// custom-elements.json is generated from the elements' JSDoc (@summary, @slot, @event,
// @csspart, @cssproperty, @cssstate) and committed; `npm run manifest:check` fails when stale.
export default {
  // Classes live in src/components and name their tag with a `@tag` JSDoc line (the define
  // modules register them through `defineElement`, which the analyzer cannot follow).
  globs: ['src/components/**/*.ts', 'src/define/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.styles.ts', 'src/define/define-element.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; the analyzer must not rewrite it.
  packagejson: false,
};
