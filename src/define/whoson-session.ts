import { WhosonSession } from '../components/session/session.js';
import { defineElement } from './define-element.js';

defineElement('whoson-session', WhosonSession);

export { WhosonSession };

declare global {
  interface HTMLElementTagNameMap {
    'whoson-session': WhosonSession;
  }
}
