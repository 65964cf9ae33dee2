import { WhosonTransferDialog } from '../components/transfer-dialog/transfer-dialog.js';
import { defineElement } from './define-element.js';

defineElement('whoson-transfer-dialog', WhosonTransferDialog);

export { WhosonTransferDialog };

declare global {
  interface HTMLElementTagNameMap {
    'whoson-transfer-dialog': WhosonTransferDialog;
  }
}
