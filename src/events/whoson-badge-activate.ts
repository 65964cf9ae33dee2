export interface WhosonBadgeActivateDetail {
  /** The number of waiting chats the badge showed. */
  count: number;
}

/** The waiting-chats badge was clicked or activated by keyboard. */
export class WhosonBadgeActivateEvent extends CustomEvent<WhosonBadgeActivateDetail> {
  static readonly type = 'whoson-badge-activate';
  constructor(detail: WhosonBadgeActivateDetail) {
    super(WhosonBadgeActivateEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'whoson-badge-activate': WhosonBadgeActivateEvent;
  }
}
