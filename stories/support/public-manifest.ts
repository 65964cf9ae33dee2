/**
 * What Storybook is given of custom-elements.json: the public API only. Private,
 * protected and static members are dropped (they are not the contract), and the summary
 * leads the description the docs page shows above the stories. The table of attributes,
 * properties, methods, events, slots, parts, CSS custom properties and states is built
 * from it by manifest-arg-types.ts.
 */

export interface ManifestItem {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  description?: string;
  summary?: string;
  parameters?: ReadonlyArray<{ name: string; optional?: boolean; type?: { text?: string } }>;
  return?: { type?: { text?: string } };
}

export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssStates?: ManifestItem[];
}

interface ManifestModule {
  path: string;
  declarations?: ManifestDeclaration[];
}

export interface Manifest {
  schemaVersion: string;
  modules: ManifestModule[];
}

function isPublic(member: ManifestItem): boolean {
  return !member.static && !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public';
}

function oneLine(text: string | undefined): string {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').trim();
}

function describe(declaration: ManifestDeclaration): string {
  const summary = oneLine(declaration.summary);
  const description = (declaration.description ?? '').trim();
  const sections: string[] = [];
  if (summary !== '' && !description.startsWith(summary)) sections.push(`**${summary}**`);
  if (description !== '') sections.push(description);
  return sections.join('\n\n');
}

/** The manifest with only public members, methods and custom states in the descriptions. */
export function publicManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (!declaration.customElement) return declaration;
        const members = (declaration.members ?? []).filter(isPublic);
        return { ...declaration, members, description: describe(declaration) };
      }),
    })),
  };
}

/**
 * Public items of the elements with no description (`<tag> <category> <name>`): each one
 * would show as a blank row on the docs page. Slots are named '' for the default slot.
 */
export function undocumentedItems(manifest: Manifest): string[] {
  const found: string[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || declaration.tagName === undefined) continue;
      if (oneLine(declaration.description) === '') found.push(`<${declaration.tagName}> description`);
      const groups: Array<[string, readonly ManifestItem[]]> = [
        ['attribute', declaration.attributes ?? []],
        ['member', (declaration.members ?? []).filter(isPublic)],
        ['event', declaration.events ?? []],
        ['slot', declaration.slots ?? []],
        ['part', declaration.cssParts ?? []],
        ['css property', declaration.cssProperties ?? []],
        ['state', declaration.cssStates ?? []],
      ];
      for (const [category, items] of groups) {
        for (const item of items) {
          if (oneLine(item.description) === '') found.push(`<${declaration.tagName}> ${category} ${item.name || '(default)'}`);
        }
      }
    }
  }
  return found;
}
