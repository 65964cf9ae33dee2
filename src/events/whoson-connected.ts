import type { ServerInfo } from '../core/protocol/models.js';

export interface WhosonConnectedDetail {
  /** What the server said about itself in `connected`, including our connection id. */
  serverInfo: ServerInfo;
}

/** The login completed (also after an automatic re-login), or the page joined the operator's live session. */
export class WhosonConnectedEvent extends CustomEvent<WhosonConnectedDetail> {
  static readonly type = 'whoson-connected';
  constructor(detail: WhosonConnectedDetail) {
    super(WhosonConnectedEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'whoson-connected': WhosonConnectedEvent;
  }
}
