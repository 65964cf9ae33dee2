export interface WhosonChatSelectDetail {
  chatUid: string;
}

/** The operator selected a chat (a pane without `chat-uid` follows the selection). */
export class WhosonChatSelectEvent extends CustomEvent<WhosonChatSelectDetail> {
  static readonly type = 'whoson-chat-select';
  constructor(detail: WhosonChatSelectDetail) {
    super(WhosonChatSelectEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'whoson-chat-select': WhosonChatSelectEvent;
  }
}
