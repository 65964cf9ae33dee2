/**
 * Every story's setup: the element manifest (custom-elements.json, generated from the
 * elements' JSDoc by `npm run manifest`) feeds the Controls panel and the docs page of
 * each element — attributes, properties, methods, events, slots, parts, CSS custom
 * properties and custom states.
 */
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { argTypesFromManifest } from '../stories/support/manifest-arg-types.js';
import { elementManifest, undocumented } from '../stories/support/manifest.js';

setCustomElementsManifest(elementManifest);

if (undocumented.length > 0) {
  console.warn(`custom-elements.json: public items without a description:\n${undocumented.join('\n')}`);
}

const preview: Preview = {
  // A docs page per element, built from the manifest and the stories' snippets.
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      // One table row per public item of the manifest (Storybook's own reader lets items
      // of the same name, e.g. an attribute and a part, overwrite each other).
      extractArgTypes: argTypesFromManifest,
      // Each story shows the markup an integrator copies (parameters.docs.source.code).
      source: { language: 'html', type: 'code' },
      toc: true,
    },
  },
};

export default preview;
