/** Sites I can see, by SiteKey (`sites`, `site`, `sitedeleted`). */
import type { Site } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { deepEqual, indexBy, removeEntries, setEntry } from '../records.js';

export type SitesState = Readonly<Record<number, Site>>;

export const initialSites: SitesState = {};

export const sitesReducer: SliceReducer<SitesState> = (state, action, context) => {
  switch (action.name) {
    case 'sites':
      return indexBy(action.payload.sites, (site) => site.siteKey);
    case 'site': {
      const site = action.payload.site;
      const previous = state[site.siteKey];
      if (previous !== undefined && deepEqual(previous, site)) return state;
      return setEntry(state, site.siteKey, site);
    }
    case 'sitedeleted':
      return removeEntries(state, [action.payload.siteKey]);
    case 'connected':
      return context.stale.sites ? {} : state;
    default:
      return state;
  }
};
