/**
 * The steps of a chat's life shared by the operator commands and the visitor side:
 * taking it, adding lines, closing it. Each step updates the world and sends what the
 * spec says every party sees.
 */

import { chatHooks } from './chat-hooks.js';
import { chatRouter } from './routing.js';
import type { OperatorConnection, SimServer } from './server.js';
import { visitorWindows } from './visitor-windows.js';
import { joinList, wireChatDetail, wireSurvey } from './wire.js';
import type { ChatRecord } from './world.js';

/** The first server line of every chat. */
export const PLEASE_WAIT = 'Please wait. An operator will be with you shortly.';

/** Whether the chat has lines beyond the server's own (then a taker gets the whole transcript). */
export function hasConversation(chat: ChatRecord): boolean {
  return chat.lines.some((line) => line.operatorIndex !== 99);
}

/** The operator's 1-based index into TakenByUsers, adding the name on first take. */
export function operatorIndexFor(chat: ChatRecord, name: string): number {
  let index = chat.takenByUsers.indexOf(name);
  if (index < 0) {
    chat.takenByUsers.push(name);
    index = chat.takenByUsers.length - 1;
  }
  return index + 1;
}

export function appendLine(server: SimServer, chat: ChatRecord, operatorIndex: number, message: string): void {
  chat.lines.push({ dated: server.world.now(), operatorIndex, message });
}

/** A server-side line (OperatorIndex 99), shown in the visitor's window. */
export function appendServerLine(server: SimServer, chat: ChatRecord, message: string): void {
  appendLine(server, chat, 99, message);
  visitorWindows(server).deliver(chat.chatUid, { kind: 'server-message', text: message });
}

/** `conn` takes the chat (from the waiting list, a transfer, or its previous holder). */
export function takeChat(server: SimServer, conn: OperatorConnection, chat: ChatRecord): void {
  const world = server.world;
  const router = chatRouter(server);
  const previousHolder = chat.talkingTo;
  const now = world.now();
  if (chat.waitedSeconds === null) chat.waitedSeconds = Math.max(0, Math.floor((now - chat.started) / 1000));
  chat.talkingTo = conn.connectionId;
  chat.queue = 0;
  chat.takenByDept = conn.dept;
  operatorIndexFor(chat, conn.name);
  router.taken(chat);

  conn.send('chataccepted', [chat.chatUid, joinList(world.skillNames(chat.skillIds))], '');
  if (hasConversation(chat)) {
    conn.send('currentchat', [chat.chatUid], wireChatDetail(world, chat));
  } else {
    conn.send('prechatsurvey', [chat.chatUid], wireSurvey(chat.preChatSurvey, true));
  }
  router.announce(chat);
  server.broadcastClientEvent(conn);
  const hooks = chatHooks(server);
  if (previousHolder !== '' && previousHolder !== conn.connectionId) {
    const previous = server.connection(previousHolder);
    if (previous !== undefined) server.broadcastClientEvent(previous);
    hooks.emit('released', chat, previousHolder, 'transfer');
  }
  visitorWindows(server).deliver(chat.chatUid, { kind: 'taken', operatorName: conn.name });
  hooks.emit('taken', chat, conn, previousHolder);
  router.refreshQueue(chat.siteKey);
}

/**
 * Closes an active chat: it moves to the history, everyone with access gets
 * `chatclosed`, the holder's chat count drops, and waiting chats may now be offered.
 * `by` is the closing operator, null when the visitor closed it.
 */
export function closeActiveChat(server: SimServer, chat: ChatRecord, by: OperatorConnection | null): void {
  const world = server.world;
  const holderId = chat.talkingTo;
  if (world.closeChat(chat.chatUid) === undefined) return;
  const router = chatRouter(server);
  router.forget(chat.chatUid);
  const visit = world.visit(chat.visitorId);
  if (visit !== undefined) visit.chatting = false;
  server.sendToSiteAccess(chat.siteKey, 'chatclosed', [chat.chatUid], '');
  const holder = holderId === '' ? undefined : server.connection(holderId);
  if (holder !== undefined) server.broadcastClientEvent(holder);
  visitorWindows(server).deliver(chat.chatUid, { kind: 'closed', by: by === null ? 'visitor' : 'operator' });
  chatHooks(server).emit('closed', chat, by);
  router.refreshQueue(chat.siteKey);
  router.offerWaiting();
}
