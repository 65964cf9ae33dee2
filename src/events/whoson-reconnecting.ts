export interface WhosonReconnectingDetail {
  /** 1 for the first retry after a drop. */
  attempt: number;
  /** When the next attempt starts (ms since the epoch). */
  retryAt: number;
  reason: string;
}

/** The connection dropped; the session will reconnect and log in again by itself. */
export class WhosonReconnectingEvent extends CustomEvent<WhosonReconnectingDetail> {
  static readonly type = 'whoson-reconnecting';
  constructor(detail: WhosonReconnectingDetail) {
    super(WhosonReconnectingEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'whoson-reconnecting': WhosonReconnectingEvent;
  }
}
