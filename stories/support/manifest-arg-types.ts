/**
 * The rows of an element's docs table (and its Controls), read from custom-elements.json.
 *
 * Storybook's own reader keys every row by the item's name, so an attribute, a slot and
 * a part of the same name (`<whoson-session>` has an attribute `username` and a part
 * `username`, a slot and a method `login`, a property and a part `password`) overwrite
 * one another and the page silently loses public items; it also leaves out methods,
 * custom states and the default slot. Here each kind has its own keys, so every public
 * item of the manifest is one row.
 *
 * Rows carry no control, except the CSS custom properties (a story applies them as
 * inline style); a story turns on the controls of the attributes it renders.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { declarationOf } from './manifest.js';
import type { ManifestItem } from './public-manifest.js';

type InputType = ArgTypes[string];

type TypedItem = ManifestItem & {
  type?: { text?: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  readonly?: boolean;
};

const scalarTypes = new Set(['string', 'boolean', 'number']);

function typeOf(text: string | undefined): InputType['type'] {
  if (text !== undefined && scalarTypes.has(text)) return { name: text as 'string' | 'boolean' | 'number' };
  return { name: 'other', value: text ?? 'unknown' };
}

function row(category: string, name: string, description: string | undefined, typeText?: string, defaultText?: string): InputType {
  return {
    name,
    description: description ?? '',
    // The object forms: this table is not normalised like a story's own argTypes.
    control: { disable: true },
    // Parts, slots and states have no type: no "other" label for them.
    ...(typeText ? { type: typeOf(typeText) } : {}),
    table: {
      category,
      ...(typeText ? { type: { summary: typeText } } : {}),
      ...(defaultText !== undefined ? { defaultValue: { summary: defaultText } } : {}),
    },
  };
}

/** `whoson-chat-select` -> `onWhosonChatSelect`: the arg Storybook's Actions panel logs to. */
export function actionArgName(eventName: string): string {
  const pascal = eventName.replace(/(^|[-_:.\s]+)(.)/g, (_match, _separator: string, letter: string) => letter.toUpperCase());
  return `on${pascal}`;
}

/** Every public item of `<tagName>` as a docs table row (null for an unknown tag). */
export function argTypesFromManifest(tagName: unknown): ArgTypes | null {
  if (typeof tagName !== 'string') return null;
  let declaration;
  try {
    declaration = declarationOf(tagName);
  } catch {
    return null;
  }
  const rows: ArgTypes = {};
  const add = (key: string, value: InputType): void => {
    rows[key] = value;
  };

  const attributes = (declaration.attributes ?? []) as TypedItem[];
  for (const attribute of attributes) {
    const property =
      attribute.fieldName && attribute.fieldName !== attribute.name ? `\n\nProperty: \`${attribute.fieldName}\`.` : '';
    add(attribute.name, row('attributes', attribute.name, `${attribute.description ?? ''}${property}`, attribute.type?.text, attribute.default));
  }

  const members = (declaration.members ?? []) as TypedItem[];
  const reflected = new Set(attributes.map((attribute) => attribute.fieldName).filter(Boolean));
  for (const member of members) {
    if (member.kind === 'method') continue;
    // Shown as its attribute (the row names the property).
    if (member.attribute !== undefined || reflected.has(member.name)) continue;
    const readOnly = member.readonly ? ' (read-only)' : '';
    add(rows[member.name] ? `property:${member.name}` : member.name, row('properties', member.name, `${member.description ?? ''}${readOnly}`, member.type?.text, member.default));
  }

  for (const method of members.filter((member) => member.kind === 'method')) {
    const parameters = (method.parameters ?? []).map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}`);
    add(`method:${method.name}`, row('methods', `${method.name}(${parameters.join(', ')})`, method.description, method.return?.type?.text));
  }

  for (const event of (declaration.events ?? []) as TypedItem[]) {
    add(`event:${event.name}`, row('events', event.name, event.description, event.type?.text));
    // The arg that receives the event in the Actions panel (sim-story forwards them).
    add(actionArgName(event.name), { name: actionArgName(event.name), action: event.name, table: { disable: true } });
  }

  for (const slot of declaration.slots ?? []) {
    add(`slot:${slot.name || '(default)'}`, row('slots', slot.name || '(default)', slot.description));
  }

  for (const part of declaration.cssParts ?? []) {
    add(`part:${part.name}`, row('css shadow parts', part.name, part.description));
  }

  for (const property of (declaration.cssProperties ?? []) as TypedItem[]) {
    add(property.name, {
      ...row('css custom properties', property.name, property.description, undefined, property.default),
      control: { type: /color|background|indicator/.test(property.name) ? 'color' : 'text' },
    });
  }

  for (const state of declaration.cssStates ?? []) {
    add(`state:${state.name}`, row('css custom states', `:state(${state.name})`, state.description));
  }
  return rows;
}
