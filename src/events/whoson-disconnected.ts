export interface WhosonDisconnectedDetail {
  /** Why the session ended: logged out, or the server closed it. */
  reason: string;
}

/** The session ended and will not reconnect by itself. */
export class WhosonDisconnectedEvent extends CustomEvent<WhosonDisconnectedDetail> {
  static readonly type = 'whoson-disconnected';
  constructor(detail: WhosonDisconnectedDetail) {
    super(WhosonDisconnectedEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'whoson-disconnected': WhosonDisconnectedEvent;
  }
}
