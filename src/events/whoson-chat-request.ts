import type { ChatRequest } from '../core/protocol/event-map.js';

export interface WhosonChatRequestDetail extends ChatRequest {
  /** True for `acceptchat`: the server requires the chat to be taken, and it was. */
  autoAccepted: boolean;
}

/** A visitor asked for a chat this operator can take. */
export class WhosonChatRequestEvent extends CustomEvent<WhosonChatRequestDetail> {
  static readonly type = 'whoson-chat-request';
  constructor(detail: WhosonChatRequestDetail) {
    super(WhosonChatRequestEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'whoson-chat-request': WhosonChatRequestEvent;
  }
}
