export interface WhosonLoginFailedDetail {
  /** The server's reason (its `msg`), or why the server could not be reached. */
  reason: string;
}

/** The login was refused or could not complete. Nothing retries a refused login by itself. */
export class WhosonLoginFailedEvent extends CustomEvent<WhosonLoginFailedDetail> {
  static readonly type = 'whoson-login-failed';
  constructor(detail: WhosonLoginFailedDetail) {
    super(WhosonLoginFailedEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'whoson-login-failed': WhosonLoginFailedEvent;
  }
}
