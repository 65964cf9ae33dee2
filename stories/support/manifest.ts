/**
 * custom-elements.json as the stories and the docs pages use it: the public API only (see
 * public-manifest.ts), read once.
 */
import rawManifest from '../../custom-elements.json';
import { publicManifest, undocumentedItems, type Manifest, type ManifestDeclaration } from './public-manifest.js';

export const elementManifest: Manifest = publicManifest(rawManifest as Manifest);

/** Public items without a description in the generated manifest (should be none). */
export const undocumented: readonly string[] = undocumentedItems(rawManifest as Manifest);

/** The manifest entry of a custom element. */
export function declarationOf(tagName: string): ManifestDeclaration {
  for (const module of elementManifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tagName) return declaration;
    }
  }
  throw new Error(`custom-elements.json has no <${tagName}>: run npm run manifest`);
}
