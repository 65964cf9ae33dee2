/**
 * Traffic summaries: the last day summary per site (`daysummary`), the last three months
 * per site (`monthsummary`) and current visitor totals per site (`ct`).
 */
import type { DaySummary } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { deepEqual, setEntry } from '../records.js';

export interface SummariesState {
  readonly days: Readonly<Record<number, DaySummary>>;
  readonly months: Readonly<Record<number, readonly DaySummary[]>>;
  /** Current visitors by SiteKey, from `ct`. */
  readonly currentVisitors: Readonly<Record<number, number>>;
}

export const initialSummaries: SummariesState = { days: {}, months: {}, currentVisitors: {} };

export const summariesReducer: SliceReducer<SummariesState> = (state, action) => {
  switch (action.name) {
    case 'daysummary': {
      let days = state.days;
      for (const day of action.payload.days) days = setEntry(days, day.siteKey, day);
      return days === state.days ? state : { ...state, days };
    }
    case 'monthsummary':
      return {
        ...state,
        months: setEntry(state.months, action.payload.siteKey, action.payload.days),
      };
    case 'ct': {
      // Sent with an item for every site I can see: a full replacement.
      const currentVisitors: Record<number, number> = {};
      for (const total of action.payload.totals) currentVisitors[total.siteKey] = total.visitors;
      return deepEqual(currentVisitors, state.currentVisitors)
        ? state
        : { ...state, currentVisitors };
    }
    default:
      return state;
  }
};
