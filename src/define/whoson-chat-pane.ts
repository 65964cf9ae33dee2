import { WhosonChatPane } from '../components/chat-pane/chat-pane.js';
import { defineElement } from './define-element.js';

defineElement('whoson-chat-pane', WhosonChatPane);

declare global {
  interface HTMLElementTagNameMap {
    'whoson-chat-pane': WhosonChatPane;
  }
}

export { WhosonChatPane };
