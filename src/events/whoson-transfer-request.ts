export interface WhosonTransferRequestDetail {
  chatUid: string;
}

/**
 * The operator asked to transfer a chat (a chat pane's transfer button). Cancelable: a
 * page with its own transfer UI calls `preventDefault()`; otherwise the pane opens the
 * `<whoson-transfer-dialog>` of its session or page with `open(chatUid)`.
 */
export class WhosonTransferRequestEvent extends CustomEvent<WhosonTransferRequestDetail> {
  static readonly type = 'whoson-transfer-request';
  constructor(detail: WhosonTransferRequestDetail) {
    super(WhosonTransferRequestEvent.type, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'whoson-transfer-request': WhosonTransferRequestEvent;
  }
}
