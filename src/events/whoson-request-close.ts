export interface WhosonRequestCloseDetail {
  /** What asked to close: the Escape key or the dialog's cancel button. */
  source: 'keyboard' | 'cancel-button';
}

/**
 * A dialog of the kit is about to close because the operator dismissed it. Cancelable:
 * `preventDefault()` keeps it open (e.g. to confirm discarding what was typed).
 */
export class WhosonRequestCloseEvent extends CustomEvent<WhosonRequestCloseDetail> {
  static readonly type = 'whoson-request-close';
  constructor(detail: WhosonRequestCloseDetail) {
    super(WhosonRequestCloseEvent.type, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'whoson-request-close': WhosonRequestCloseEvent;
  }
}
