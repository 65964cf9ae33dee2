/**
 * What an administrator edits about sites: full properties (`siteproperties`) and images
 * (`siteimages`) by SiteKey, chat-window strings by id (`sitestrings`, all at once).
 */
import type { JsonObject, SiteImage, SiteStrings } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { indexBy, removeEntries, setEntry } from '../records.js';

export interface SiteAdminState {
  readonly properties: Readonly<Record<number, JsonObject>>;
  readonly images: Readonly<Record<number, readonly SiteImage[]>>;
  readonly strings: Readonly<Record<string, SiteStrings>>;
}

export const initialSiteAdmin: SiteAdminState = { properties: {}, images: {}, strings: {} };

export const siteAdminReducer: SliceReducer<SiteAdminState> = (state, action) => {
  switch (action.name) {
    case 'siteproperties':
      return {
        ...state,
        properties: setEntry(state.properties, action.payload.siteKey, action.payload.properties),
      };
    case 'siteimages':
      return {
        ...state,
        images: setEntry(state.images, action.payload.siteKey, action.payload.images),
      };
    case 'sitestrings':
      return { ...state, strings: indexBy(action.payload.strings, (strings) => strings.id) };
    case 'sitedeleted': {
      const properties = removeEntries(state.properties, [action.payload.siteKey]);
      const images = removeEntries(state.images, [action.payload.siteKey]);
      return properties === state.properties && images === state.images
        ? state
        : { ...state, properties, images };
    }
    default:
      return state;
  }
};
