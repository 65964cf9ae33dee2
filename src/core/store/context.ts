/**
 * What a reducer may know besides its own slice and the action. Time comes in here, so
 * reducers stay pure: the same slice, action and context always give the same result.
 */
import type { Client } from '../protocol/models.js';
import type { StoreAction } from './actions.js';

export interface StaleFlags {
  readonly me: boolean;
  readonly sites: boolean;
  readonly clients: boolean;
  readonly chats: boolean;
}

export interface ReducerContext {
  /** Epoch milliseconds when the action is reduced. */
  readonly now: number;
  /** My connection id once this action is applied to `me` ('' before hello). */
  readonly myConnectionId: string;
  /** My display name, for my own lines ('' before nameduser). */
  readonly myName: string;
  /** Connected operators once this action is applied to `clients`: events that name an
   *  operator by connection id are filed under the stable user name. */
  readonly clients: Readonly<Record<string, Client>>;
  /** Which post-login lists had not arrived yet when this action came in. */
  readonly stale: StaleFlags;
}

/** A pure reducer of one slice. Returns the same reference when nothing changed. */
export type SliceReducer<S> = (state: S, action: StoreAction, context: ReducerContext) => S;
