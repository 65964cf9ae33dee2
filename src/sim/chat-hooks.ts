/**
 * What happens in chats, for the handler families that react to it: monitoring sends
 * monitorc/monitorv/mc1/mc0/m1/m0 and monitorstop, listen mode sends listenc/listenv/
 * listentransfer, missed chats turn an untaken chat into a `missedchat`, visitors update
 * the visitor's chatting flag. The chat flow (routing, the chat handlers, the visitor
 * side) emits; other families subscribe in their `install`:
 *
 *   install: (server) => { chatHooks(server).on('visitorMessage', (chat, text) => ...) }
 *
 * Listeners run synchronously, after the chat flow has sent its own events.
 */

import type { OperatorConnection, SimServer } from './server.js';
import type { ChatRecord } from './world.js';

/** Why an operator no longer holds a chat that stays open. */
export type ReleaseReason = 'leave' | 'drop' | 'queue' | 'transfer';

export interface ChatHookMap {
  /**
   * A visitor started a chat; it is in `world.chats`, waiting. Its visit (`chat.visitorId`)
   * is flagged as chatting, and was added to `world.visitors` if the visitor was not tracked.
   */
  started: (chat: ChatRecord) => void;
  /** `conn` took the chat; `previousHolder` is the connection id it was taken from ('' if it was waiting). */
  taken: (chat: ChatRecord, conn: OperatorConnection, previousHolder: string) => void;
  /** The operator with this connection id stopped holding the chat, which waits again (or went to a transfer target). */
  released: (chat: ChatRecord, connectionId: string, reason: ReleaseReason) => void;
  /** The chat closed and is in `world.closedChats`; `by` is the operator who closed it, null for the visitor. */
  closed: (chat: ChatRecord, by: OperatorConnection | null) => void;
  /** The visitor left before anyone took the chat (already closed, `chat.missed` set). */
  missed: (chat: ChatRecord) => void;
  /** The visitor said something; `message` as stored in the transcript (with any <translated> part). */
  visitorMessage: (chat: ChatRecord, message: string) => void;
  /** The operator's line as the visitor got it (filtered, with any <translated> part). */
  operatorMessage: (chat: ChatRecord, conn: OperatorConnection, message: string) => void;
  visitorTyping: (chat: ChatRecord, typing: boolean) => void;
  operatorTyping: (chat: ChatRecord, conn: OperatorConnection, typing: boolean) => void;
  /**
   * A transfer was requested. `target` names it as listentransfer does: operator
   * name(s), the department, the skill name(s) or the queue name.
   */
  transferred: (
    chat: ChatRecord,
    from: OperatorConnection,
    target: string,
    message: string,
    recipients: readonly OperatorConnection[],
  ) => void;
}

export type ChatHookName = keyof ChatHookMap;

export class ChatHooks {
  readonly #listeners = new Map<ChatHookName, Set<unknown>>();

  on<K extends ChatHookName>(name: K, listener: ChatHookMap[K]): () => void {
    let set = this.#listeners.get(name);
    if (set === undefined) {
      set = new Set();
      this.#listeners.set(name, set);
    }
    const listeners = set;
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  emit<K extends ChatHookName>(name: K, ...args: Parameters<ChatHookMap[K]>): void {
    const set = this.#listeners.get(name);
    if (set === undefined) return;
    for (const listener of [...set]) (listener as (...values: Parameters<ChatHookMap[K]>) => void)(...args);
  }
}

/** The server's chat hooks (one per server). */
export function chatHooks(server: SimServer): ChatHooks {
  return server.extension('chat-hooks', () => new ChatHooks());
}
