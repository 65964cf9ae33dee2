/**
 * What a story does with an element's manifest-driven args: the CSS custom property
 * controls become inline style, and the docs page's description is the manifest's.
 */
import { declarationOf } from './manifest.js';

/** The `--whoson-*` args that have a value, as an inline style (empty when none). */
export function customPropertyStyle(args: Record<string, unknown>): string {
  return Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value.trim() !== '')
    .map(([name, value]) => `${name}: ${String(value)};`)
    .join(' ');
}

/**
 * The docs page's description of an element: its manifest summary and description,
 * followed by a note about the stories.
 */
export function componentDescription(tagName: string, storiesNote: string): string {
  return `${declarationOf(tagName).description ?? ''}\n\n---\n\n${storiesNote}`;
}
