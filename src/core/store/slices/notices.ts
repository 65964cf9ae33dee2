/**
 * Texts the server asks to show the operator (`msg`, `error`), newest last, at most
 * NOTICE_LIMIT of them, until dismissed.
 */
import type { SliceReducer } from '../context.js';
import { appendBounded } from '../records.js';

export const NOTICE_LIMIT = 50;

export interface Notice {
  /** Unique within the session, increasing. */
  readonly id: number;
  readonly kind: 'msg' | 'error';
  readonly text: string;
  readonly at: number;
}

export interface NoticesState {
  readonly items: readonly Notice[];
  readonly nextId: number;
}

export const initialNotices: NoticesState = { items: [], nextId: 1 };

export const noticesReducer: SliceReducer<NoticesState> = (state, action, context) => {
  switch (action.name) {
    case 'msg':
    case 'error': {
      const notice: Notice = {
        id: state.nextId,
        kind: action.name,
        text: action.payload.text,
        at: context.now,
      };
      return {
        items: appendBounded(state.items, [notice], NOTICE_LIMIT),
        nextId: state.nextId + 1,
      };
    }
    case 'local:notice-dismissed': {
      const items = state.items.filter((notice) => notice.id !== action.payload.id);
      return items.length === state.items.length ? state : { ...state, items };
    }
    default:
      return state;
  }
};
