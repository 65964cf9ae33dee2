/**
 * Live website visitors by id (`SiteKey:IP:TrackingId`): `visitors` replaces,
 * `visitor` upserts, `visitorremove` removes, and in throttle mode `visitorbatch`
 * applies its updates and then its removes, in one copy.
 */
import type { Visitor } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { copyRecord, deepEqual, indexBy, removeEntries, setEntry } from '../records.js';

export type VisitorsState = Readonly<Record<string, Visitor>>;

export const initialVisitors: VisitorsState = {};

export const visitorsReducer: SliceReducer<VisitorsState> = (state, action) => {
  switch (action.name) {
    case 'visitors':
      return indexBy(action.payload.visitors, (visitor) => visitor.id);
    case 'visitor': {
      const visitor = action.payload.visitor;
      const previous = state[visitor.id];
      return previous !== undefined && deepEqual(previous, visitor)
        ? state
        : setEntry(state, visitor.id, visitor);
    }
    case 'visitorremove':
      return removeEntries(state, [action.payload.id]);
    case 'visitorbatch': {
      // Updates first, then removes: a visitor may arrive and leave within one batch.
      const { updates, removes } = action.payload;
      let next: Record<string, Visitor> | null = null;
      for (const visitor of updates) {
        const previous = (next ?? state)[visitor.id];
        if (previous !== undefined && deepEqual(previous, visitor)) continue;
        next ??= copyRecord(state);
        next[visitor.id] = visitor;
      }
      for (const id of removes) {
        if (!Object.hasOwn(next ?? state, id)) continue;
        next ??= copyRecord(state);
        delete next[id];
      }
      return next ?? state;
    }
    default:
      return state;
  }
};
