export type TransferTargetKind = 'user' | 'dept' | 'skill' | 'queue';

export interface WhosonTransferDetail {
  chatUid: string;
  kind: TransferTargetKind;
  /** Connection ids (user), one department name (dept), skill ids (skill) or one queue number (queue). */
  targets: string[];
  /** The message sent with the transfer ('' for none; a queue takes none). */
  message: string;
}

/**
 * A chat was handed on from the transfer dialog: the Transfer* command and Leave were
 * sent and the server reported no error.
 */
export class WhosonTransferEvent extends CustomEvent<WhosonTransferDetail> {
  static readonly type = 'whoson-transfer';
  constructor(detail: WhosonTransferDetail) {
    super(WhosonTransferEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'whoson-transfer': WhosonTransferEvent;
  }
}
