import { WhosonWaitingBadge } from '../components/waiting-badge/waiting-badge.js';
import { defineElement } from './define-element.js';

defineElement('whoson-waiting-badge', WhosonWaitingBadge);

export { WhosonWaitingBadge };

declare global {
  interface HTMLElementTagNameMap {
    'whoson-waiting-badge': WhosonWaitingBadge;
  }
}
