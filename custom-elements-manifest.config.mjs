// custom-elements.json is generated from the elements' JSDoc (@summary, @slot, @event,
// @csspart, @cssproperty, @cssstate) and committed; `npm run manifest:check` fails when stale.

/**
 * Every element inherits the `session` attribute (attach to a `<whoson-session>` by id)
 * from WhosonElement, except `<whoson-session>` itself, which redeclares `sessionId`
 * without an attribute: the analyzer copies inherited members after reading the class,
 * so the inherited copy is taken out here.
 */
function sessionAttachesToNoSession() {
  return {
    name: 'whoson-session-attaches-to-no-session',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.tagName !== 'whoson-session') continue;
          declaration.attributes = (declaration.attributes ?? []).filter((attribute) => attribute.fieldName !== 'sessionId');
          declaration.members = (declaration.members ?? []).filter((member) => member.name !== 'sessionId');
        }
      }
    },
  };
}

export default {
  // Classes live in src/components and name their tag with a `@tag` JSDoc line (the define
  // modules register them through `defineElement`, which the analyzer cannot follow).
  globs: ['src/components/**/*.ts', 'src/define/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.styles.ts', 'src/define/define-element.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [sessionAttachesToNoSession()],
};
