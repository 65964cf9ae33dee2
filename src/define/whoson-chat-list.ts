import { WhosonChatList } from '../components/chat-list/chat-list.js';
import { defineElement } from './define-element.js';

defineElement('whoson-chat-list', WhosonChatList);

export { WhosonChatList };

declare global {
  interface HTMLElementTagNameMap {
    'whoson-chat-list': WhosonChatList;
  }
}
