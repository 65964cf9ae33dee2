/**
 * Chat routing: which connected operators may take a waiting chat, and offering it to
 * them. The server sends `chat` only to operators able to take it (the spec: "based on
 * current status, skill assignments, chat routing rules, chat queuing, maximum chat
 * settings, user rights"), and `acceptchat` to one auto-accept operator instead.
 *
 * A chat nobody can take waits (its QueuePos counts the site's waiting chats) and is
 * offered again whenever an operator may have become available: a login, a status
 * change to Online, a chat of theirs closing or being left, a connection dropping.
 */

import { chatHooks, type ReleaseReason } from './chat-hooks.js';
import type { OperatorConnection, SimServer } from './server.js';
import { chatRequestParams, queuePositionOf, wireChatting } from './wire.js';
import type { ChatRecord } from './world.js';

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export class ChatRouter {
  readonly #server: SimServer;
  /** ChatUID -> connection ids the current wait has been offered to. */
  readonly #offered = new Map<string, Set<string>>();
  /** ChatUID -> the auto-accept operator the chat was pushed to. */
  readonly #assigned = new Map<string, string>();
  /** ChatUID -> the QueuePos the operators were last told, to announce only changes. */
  readonly #announcedPosition = new Map<string, number>();
  /** ChatUID -> connection ids holding a transfer request for it (they get no `chat` too). */
  readonly #transferTargets = new Map<string, Set<string>>();

  constructor(server: SimServer) {
    this.#server = server;
  }

  /** Logged in, Online, allowed to take chats, with access to the chat's site and all its skills. */
  isAvailableFor(conn: OperatorConnection, chat: ChatRecord): boolean {
    if (!conn.loggedIn || conn.status !== 0) return false;
    if (!conn.rights.canTakeChats || !conn.canAccessSite(chat.siteKey)) return false;
    const skills = conn.user.skillIds;
    return chat.skillIds.every((id) => skills.includes(id));
  }

  /** Below the account's MaxChats (0 means no limit). */
  hasCapacity(conn: OperatorConnection): boolean {
    const max = conn.user.maxChats;
    return max <= 0 || this.#server.chatsOf(conn).length < max;
  }

  /**
   * Operators the chat may be offered to now. When the visitor asked for a department
   * and someone of it is available, only that department's operators qualify (the chat
   * then waits for them rather than going elsewhere).
   */
  eligibleOperators(chat: ChatRecord): OperatorConnection[] {
    let available = this.#server.operators().filter((conn) => this.isAvailableFor(conn, chat));
    if (chat.requestedDept.trim() !== '') {
      const ofDept = available.filter((conn) => sameText(conn.dept, chat.requestedDept));
      if (ofDept.length > 0) available = ofDept;
    }
    return available.filter((conn) => this.hasCapacity(conn));
  }

  /** Waiting chats, oldest wait first. */
  waitingChats(): ChatRecord[] {
    return [...this.#server.world.chats.values()]
      .filter((chat) => chat.talkingTo === '')
      .sort((a, b) => a.waitingSince - b.waitingSince);
  }

  /**
   * Offers a waiting chat to operators who have not had this wait offered yet: one
   * auto-accept operator gets `acceptchat` (the fewest chats first), otherwise every
   * eligible operator gets `chat`.
   */
  offer(chat: ChatRecord): void {
    if (chat.talkingTo !== '' || !this.#server.world.chats.has(chat.chatUid)) return;
    const eligible = this.eligibleOperators(chat);
    const assignedId = this.#assigned.get(chat.chatUid);
    if (assignedId !== undefined) {
      if (eligible.some((conn) => conn.connectionId === assignedId)) return;
      this.#assigned.delete(chat.chatUid);
    }
    const offered = this.#offeredSet(chat.chatUid);
    const params = chatRequestParams(this.#server.world, chat);
    const autoAccept = eligible
      .filter((conn) => conn.user.autoAccept)
      .sort((a, b) => this.#server.chatsOf(a).length - this.#server.chatsOf(b).length);
    const pick = autoAccept[0];
    if (pick !== undefined) {
      this.#assigned.set(chat.chatUid, pick.connectionId);
      offered.add(pick.connectionId);
      pick.send('acceptchat', params, '');
      return;
    }
    const targets = this.#transferTargets.get(chat.chatUid);
    for (const conn of eligible) {
      if (offered.has(conn.connectionId) || targets?.has(conn.connectionId)) continue;
      offered.add(conn.connectionId);
      conn.send('chat', params, '');
    }
  }

  /** Offers every waiting chat, oldest first (an operator may have become available). */
  offerWaiting(): void {
    for (const chat of this.waitingChats()) this.offer(chat);
  }

  /** The chat was taken: the offers of this wait are spent. */
  taken(chat: ChatRecord): void {
    this.#offered.delete(chat.chatUid);
    this.#assigned.delete(chat.chatUid);
    this.#transferTargets.delete(chat.chatUid);
  }

  /** The chat is gone for good. */
  forget(chatUid: string): void {
    this.#offered.delete(chatUid);
    this.#assigned.delete(chatUid);
    this.#announcedPosition.delete(chatUid);
    this.#transferTargets.delete(chatUid);
  }

  /** Operators holding a transfer request for the chat are not also sent `chat` for it. */
  addTransferTargets(chat: ChatRecord, connectionIds: readonly string[]): void {
    let set = this.#transferTargets.get(chat.chatUid);
    if (set === undefined) {
      set = new Set();
      this.#transferTargets.set(chat.chatUid, set);
    }
    for (const id of connectionIds) set.add(id);
  }

  isTransferTarget(chat: ChatRecord, connectionId: string): boolean {
    return this.#transferTargets.get(chat.chatUid)?.has(connectionId) ?? false;
  }

  /**
   * Puts a held chat back to waiting: a new wait starts, everyone sees it waiting, and
   * it is offered again (after the operator's own clientevent shows the lower count).
   */
  release(chat: ChatRecord, reason: ReleaseReason): void {
    const holderId = chat.talkingTo;
    if (holderId === '') return;
    chat.talkingTo = '';
    chat.waitingSince = this.#server.world.now();
    this.#offered.delete(chat.chatUid);
    this.#assigned.delete(chat.chatUid);
    this.announce(chat);
    const holder = this.#server.connection(holderId);
    if (holder !== undefined) this.#server.broadcastClientEvent(holder);
    chatHooks(this.#server).emit('released', chat, holderId, reason);
    this.refreshQueue(chat.siteKey);
    this.offerWaiting();
  }

  /** `chatchanged` to everyone with access, remembering the QueuePos they were told. */
  announce(chat: ChatRecord): void {
    const world = this.#server.world;
    this.#announcedPosition.set(chat.chatUid, queuePositionOf(world, chat));
    this.#server.sendToSiteAccess(chat.siteKey, 'chatchanged', [chat.chatUid], wireChatting(world, chat, this.#server.nameOf));
  }

  /** Re-announces the site's waiting chats whose queue position moved. */
  refreshQueue(siteKey: number): void {
    const world = this.#server.world;
    for (const chat of this.waitingChats()) {
      if (chat.siteKey !== siteKey) continue;
      if (this.#announcedPosition.get(chat.chatUid) !== queuePositionOf(world, chat)) this.announce(chat);
    }
  }

  #offeredSet(chatUid: string): Set<string> {
    let set = this.#offered.get(chatUid);
    if (set === undefined) {
      set = new Set();
      this.#offered.set(chatUid, set);
    }
    return set;
  }
}

/** The server's router (one per server). */
export function chatRouter(server: SimServer): ChatRouter {
  return server.extension('chat-router', () => new ChatRouter(server));
}

/**
 * Wires routing to the server's life: a login or a status change to Online may make an
 * operator available; a dropped connection releases the operator's chats (the real
 * server does this; the client takes them back after its re-login).
 */
export function installRouting(server: SimServer): void {
  const router = chatRouter(server);
  server.onLogin(() => router.offerWaiting());
  server.on('status', (conn, previous) => {
    if (conn.status === 0 && previous !== 0) router.offerWaiting();
  });
  server.onOperatorGone((conn) => {
    for (const chat of [...server.world.chats.values()]) {
      if (chat.talkingTo === conn.connectionId) router.release(chat, 'drop');
    }
    router.offerWaiting();
  });
}
