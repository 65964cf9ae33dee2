/** Visit lists (`visitlist`), by `SiteKey:date`; past days do not change, so they are kept. */
import type { VisitListEntry } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { setEntry } from '../records.js';

export type VisitListsState = Readonly<Record<string, readonly VisitListEntry[]>>;

export const initialVisitLists: VisitListsState = {};

export function visitListKey(siteKey: number, date: string): string {
  return `${siteKey}:${date}`;
}

export const visitListsReducer: SliceReducer<VisitListsState> = (state, action) => {
  if (action.name !== 'visitlist') return state;
  const { siteKey, date, visits } = action.payload;
  return setEntry(state, visitListKey(siteKey, date), visits);
};
