/**
 * src/react.ts keeps up with the elements: every element in custom-elements.json is a JSX
 * intrinsic element whose props include each of its attributes, its writable public
 * properties and an `on<event>` handler for each of its events. The TypeScript checker
 * reads the props as a React 19 user's editor would.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
}
interface ManifestElement {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: ManifestMember[];
  events?: { name: string }[];
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as {
  modules: { declarations?: ManifestElement[] }[];
};
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is ManifestElement & { tagName: string } =>
    declaration.customElement === true && typeof declaration.tagName === 'string',
  );

/** Public properties React must not set: the password would become an attribute before the element upgrades. */
const notProps: Record<string, readonly string[]> = { 'whoson-session': ['password'] };

/** The prop names of `React.JSX.IntrinsicElements[tag]` for every tag, as src/react.ts declares them. */
function jsxProps(): Map<string, Set<string>> {
  const probeFile = `${root}test/node/__react-typings-probe.ts`;
  const probe = [
    "import type {} from '../../src/react.js';",
    "import type { JSX } from 'react';",
    'export type Probe = JSX.IntrinsicElements;',
  ].join('\n');
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    experimentalDecorators: true,
    useDefineForClassFields: false,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = ((exists) => (file: string) => file === probeFile || exists(file))(host.fileExists.bind(host));
  host.readFile = (file) => (file === probeFile ? probe : readFile(file));
  host.getSourceFile = (file, language, onError, create) =>
    file === probeFile ? ts.createSourceFile(file, probe, language, true) : getSourceFile(file, language, onError, create);

  const program = ts.createProgram([probeFile], options, host);
  const errors = ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file === undefined || diagnostic.file.fileName.includes('/src/react.ts') || diagnostic.file.fileName === probeFile);
  assert.deepEqual(
    errors.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
    [],
    'src/react.ts compiles against @types/react',
  );
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(probeFile);
  assert.ok(source);
  const alias = checker.getSymbolAtLocation((source.statements.at(-1) as ts.TypeAliasDeclaration).name);
  assert.ok(alias);
  const intrinsic = checker.getDeclaredTypeOfSymbol(alias);
  return new Map(
    elements.map(({ tagName }) => {
      const entry = checker.getPropertyOfType(intrinsic, tagName);
      const props = entry === undefined ? [] : checker.getPropertiesOfType(checker.getTypeOfSymbol(entry));
      return [tagName, new Set(props.map((prop) => prop.name))];
    }),
  );
}

describe('JSX typings for React (src/react.ts)', () => {
  let props: Map<string, Set<string>>;
  before(() => {
    props = jsxProps();
  });

  it('the manifest lists the five elements', () => {
    assert.deepEqual(elements.map((element) => element.tagName).sort(), [
      'whoson-chat-list',
      'whoson-chat-pane',
      'whoson-session',
      'whoson-transfer-dialog',
      'whoson-waiting-badge',
    ]);
  });

  for (const element of elements) {
    describe(`<${element.tagName}>`, () => {
      it('is an intrinsic element with React’s common props', () => {
        const own = props.get(element.tagName)!;
        assert.ok(own.size > 0, `${element.tagName} is missing from React.JSX.IntrinsicElements`);
        for (const common of ['key', 'ref', 'children', 'class', 'className', 'style', 'id', 'onClick']) {
          assert.ok(own.has(common), `${element.tagName} takes no \`${common}\``);
        }
      });

      it('takes every attribute and writable public property', () => {
        const own = props.get(element.tagName)!;
        const excluded = notProps[element.tagName] ?? [];
        const attributes = (element.attributes ?? []).map((attribute) => attribute.name);
        const properties = (element.members ?? [])
          .filter((member) => member.kind === 'field' && !member.static && !member.readonly)
          .filter((member) => member.privacy === undefined || member.privacy === 'public')
          .map((member) => member.name)
          .filter((name) => !excluded.includes(name));
        const missing = [...attributes, ...properties].filter((name) => !own.has(name));
        assert.deepEqual(missing, [], `props missing from src/react.ts for ${element.tagName}`);
        for (const name of excluded) assert.ok(!own.has(name), `${element.tagName} must not take \`${name}\` as a prop`);
      });

      it('takes an on<event> handler for each of its events', () => {
        const own = props.get(element.tagName)!;
        const missing = (element.events ?? []).map((event) => `on${event.name}`).filter((name) => !own.has(name));
        assert.deepEqual(missing, [], `event handler props missing from src/react.ts for ${element.tagName}`);
      });
    });
  }
});
