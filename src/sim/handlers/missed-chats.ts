/**
 * Missed chats: a chat the visitor left before anyone took it, or a message or callback
 * request left when nobody was available. Operators with "Can Respond To Missed Chats"
 * and access to the site get it as `missedchat` (and in `missedchats` after login, which
 * the server sends from `world.missedChats`).
 *
 * Responding is claimed first (MissedChatResponding), so two operators never answer the
 * same visitor: a second claimant gets the spec's `msg`. Everyone sees the claim as a
 * `missedchat` with ResponseStarted set. The response (MissedChatResponded) is appended
 * to the stored chat, "emailed" to the visitor, and the missed chat closes for everyone
 * (`MissedChatClosed`). A claim can be given up (MissedChatRespondingCancel), and lapses
 * when its operator disconnects.
 *
 * Missed chats expire after the site property `MissedChatsExpireDays` days, when set.
 * Expiry is checked when something touches missed chats (a login, a new missed chat, a
 * command) rather than on a timer, so an idle simulator keeps no timer alive.
 */

import { chatHooks } from '../chat-hooks.js';
import { makeChat } from '../default-data.js';
import type { OperatorConnection, SimServer } from '../server.js';
import { wireMissedChat } from '../wire.js';
import type { ChatRecord, JsonValue, MissedChatRecord, World } from '../world.js';
import type { CommandContext, HandlerFamily } from './registry.js';

const DAY_MS = 86_400_000;

/** Who is told about a site's missed chats. */
export function canSeeMissedChats(conn: OperatorConnection, siteKey: number): boolean {
  return conn.rights.canRespondToMissedChats && conn.canAccessSite(siteKey);
}

function sendToResponders(
  server: SimServer,
  siteKey: number,
  eventName: string,
  params: readonly string[] | null,
  data: JsonValue,
): void {
  server.sendTo((conn) => canSeeMissedChats(conn, siteKey), eventName, params, data);
}

/** Tells everyone concerned that a missed chat is new or changed. */
function announce(server: SimServer, missed: MissedChatRecord): void {
  sendToResponders(server, missed.siteKey, 'missedchat', null, wireMissedChat(server.world, missed));
}

/** Removes a missed chat and sends `MissedChatClosed` (the spec's spelling) to everyone concerned. */
function closeMissed(server: SimServer, missed: MissedChatRecord): void {
  const list = server.world.missedChats;
  const index = list.indexOf(missed);
  if (index < 0) return;
  list.splice(index, 1);
  sendToResponders(server, missed.siteKey, 'MissedChatClosed', [missed.chatUid], '');
}

/** Closes a pending missed chat, if there is one (its stored chat was deleted, say). */
export function closeMissedChat(server: SimServer, chatUid: string): boolean {
  const missed = server.world.missedChats.find((candidate) => candidate.chatUid === chatUid);
  if (missed === undefined) return false;
  closeMissed(server, missed);
  return true;
}

/** The visitor's last line, markup and all, for a missed chat that left no message. */
function lastVisitorLine(chat: ChatRecord): string {
  for (let i = chat.lines.length - 1; i >= 0; i -= 1) {
    const line = chat.lines[i]!;
    if (line.operatorIndex === 0) return line.message;
  }
  return '';
}

/** The missed-chat record of a stored chat marked missed. */
function missedRecordOf(chat: ChatRecord): MissedChatRecord {
  const end = chat.finished ?? chat.started;
  const message = chat.missedMessage !== '' ? chat.missedMessage : lastVisitorLine(chat);
  return {
    chatUid: chat.chatUid,
    siteKey: chat.siteKey,
    ip: chat.ip,
    trackingId: chat.trackingId,
    visitNo: chat.visitNo,
    dns: chat.dns,
    location: chat.location,
    dept: chat.requestedDept,
    skillIds: [...chat.skillIds],
    lang: chat.lang,
    translation: chat.translation,
    started: chat.started,
    waitedSeconds: Math.max(0, Math.floor((end - chat.started) / 1000)),
    name: chat.name,
    email: chat.email,
    phone: chat.phone,
    message,
    responseStartedBy: '',
    wantsCallback: chat.missedCallback,
    wantsCallbackOn: chat.missedCallbackOn,
  };
}

/**
 * Adds a stored chat (already in `world.closedChats`, `missed` set) to the pending
 * missed chats and tells everyone concerned. Idempotent per ChatUID.
 */
export function addMissedChat(server: SimServer, chat: ChatRecord): MissedChatRecord {
  const world = server.world;
  const existing = world.missedChats.find((missed) => missed.chatUid === chat.chatUid);
  if (existing !== undefined) return existing;
  chat.missed = true;
  expireMissedChats(server);
  const missed = missedRecordOf(chat);
  if (chat.missedMessage === '') chat.missedMessage = missed.message;
  world.missedChats.push(missed);
  world.appendLog(`Missed chat ${chat.chatUid} from ${chat.name || chat.ip}`);
  announce(server, missed);
  return missed;
}

/** What a visitor leaves when nobody is available to chat. */
export interface LeftMessage {
  siteKey: number;
  name: string;
  message: string;
  email?: string;
  phone?: string;
  /** The visitor asked to be called back (on `phone`). */
  wantsCallback?: boolean;
  /** When the callback is wanted; defaults to now. */
  wantsCallbackOn?: number;
  ip?: string;
  trackingId?: string;
  /** `SiteKey:IP:TrackingId` of the visit, when known. */
  visitorId?: string;
  dns?: string;
  location?: string;
  visitNo?: number;
  dept?: string;
  skillIds?: readonly string[];
  lang?: string;
  /** When the visitor started; defaults to now. */
  started?: number;
  /** Pre-chat survey answers. */
  survey?: readonly { name: string; value: string }[];
}

/**
 * A visitor left a message or callback request because no users were available: it is
 * stored as a missed chat (in the history and pending) and announced with `missedchat`.
 */
export function leaveMessage(server: SimServer, left: LeftMessage): MissedChatRecord {
  const world = server.world;
  const now = world.now();
  const started = left.started ?? now;
  const ip = left.ip ?? '';
  const trackingId = left.trackingId ?? '';
  const wantsCallback = left.wantsCallback ?? false;
  const chat = makeChat({
    chatUid: world.newId(),
    chatNumber: world.nextChatNumber(),
    siteKey: left.siteKey,
    started,
    visitorId: left.visitorId ?? (ip === '' ? '' : `${left.siteKey}:${ip}:${trackingId}`),
    name: left.name,
    email: left.email ?? '',
    phone: left.phone ?? '',
    ip,
    trackingId,
    dns: left.dns ?? ip,
    location: left.location ?? '',
    visitNo: left.visitNo ?? 1,
    lang: left.lang ?? 'en',
    requestedDept: left.dept ?? '',
    skillIds: [...(left.skillIds ?? [])],
    waitedSeconds: 0,
    finished: now,
    preChatSurvey: (left.survey ?? []).map((field) => ({ name: field.name, value: field.value })),
    lines: [{ dated: now, operatorIndex: 0, message: left.message }],
    missed: true,
    missedMessage: left.message,
    missedCallback: wantsCallback,
    missedCallbackOn: wantsCallback ? (left.wantsCallbackOn ?? now) : null,
  });
  world.closedChats.push(chat);
  return addMissedChat(server, chat);
}

/** The pending missed chat named by the first param, the right and site checked. */
function pendingMissedChat(ctx: CommandContext): MissedChatRecord | undefined {
  const { server, world, conn, params } = ctx;
  expireMissedChats(server);
  if (!conn.rights.canRespondToMissedChats) {
    server.accessDenied(conn);
    return undefined;
  }
  const chatUid = (params[0] ?? '').trim();
  const missed = world.missedChats.find((candidate) => candidate.chatUid === chatUid);
  if (missed === undefined) {
    server.error(conn, `There is no pending missed chat ${chatUid}`);
    return undefined;
  }
  if (!conn.canAccessSite(missed.siteKey)) {
    server.accessDenied(conn);
    return undefined;
  }
  return missed;
}

function responderName(world: World, server: SimServer, username: string): string {
  return server.connectionOfUser(username)?.name ?? world.account(username)?.name ?? username;
}

/** Sends the spec's msg and returns true when someone else is already responding. */
function takenBySomeoneElse(ctx: CommandContext, missed: MissedChatRecord): boolean {
  const { server, world, conn } = ctx;
  const by = missed.responseStartedBy;
  if (by === '' || by.toLowerCase() === conn.username.toLowerCase()) return false;
  server.msg(
    conn,
    `Missed chat with ${missed.name || missed.ip} is currently being responded to by ${responderName(world, server, by)}`,
  );
  return true;
}

/** Appends the response to the stored chat under the responder's name. */
function recordResponse(world: World, conn: OperatorConnection, chatUid: string, text: string): void {
  const chat = world.anyChat(chatUid);
  if (chat === undefined) return;
  let index = chat.takenByUsers.indexOf(conn.name);
  if (index < 0) {
    chat.takenByUsers.push(conn.name);
    index = chat.takenByUsers.length - 1;
  }
  const now = world.now();
  chat.lines.push({ dated: now, operatorIndex: index + 1, message: text });
  chat.missedSeen = true;
  chat.missedSeenByUserName = conn.username;
  chat.missedSeenOn = now;
}

/** Closes missed chats older than their site's `MissedChatsExpireDays`. */
function expireMissedChats(server: SimServer): void {
  const world = server.world;
  const now = world.now();
  for (const missed of [...world.missedChats]) {
    const days = world.siteProperties.get(missed.siteKey)?.['MissedChatsExpireDays'];
    if (typeof days === 'number' && days > 0 && now - missed.started >= days * DAY_MS) {
      closeMissed(server, missed);
    }
  }
}

function install(server: SimServer): void {
  chatHooks(server).on('missed', (chat) => {
    addMissedChat(server, chat);
  });

  // A claim belongs to a connected operator: it lapses when they leave.
  server.onOperatorGone((conn) => {
    const username = conn.username.toLowerCase();
    if (username === '') return;
    for (const missed of server.world.missedChats) {
      if (missed.responseStartedBy.toLowerCase() !== username) continue;
      missed.responseStartedBy = '';
      announce(server, missed);
    }
  });

  server.onLogin(() => expireMissedChats(server));
}

function cancelResponding(ctx: CommandContext): void {
  const missed = pendingMissedChat(ctx);
  if (missed === undefined) return;
  if (takenBySomeoneElse(ctx, missed)) return;
  if (missed.responseStartedBy === '') return;
  missed.responseStartedBy = '';
  announce(ctx.server, missed);
}

export const missedChatsFamily: HandlerFamily = {
  name: 'missed-chats',
  handlers: {
    MissedChatResponding: (ctx) => {
      const missed = pendingMissedChat(ctx);
      if (missed === undefined || takenBySomeoneElse(ctx, missed)) return;
      if (missed.responseStartedBy !== '') return;
      missed.responseStartedBy = ctx.conn.username;
      announce(ctx.server, missed);
    },

    MissedChatResponded: (ctx) => {
      const missed = pendingMissedChat(ctx);
      if (missed === undefined || takenBySomeoneElse(ctx, missed)) return;
      const text = ctx.params[1] ?? '';
      if (text.trim() === '') {
        ctx.server.error(ctx.conn, 'MissedChatResponded: the response text is empty');
        return;
      }
      const { server, world, conn } = ctx;
      recordResponse(world, conn, missed.chatUid, text);
      const to = missed.email !== '' ? missed.email : missed.phone;
      world.appendLog(`${conn.username} responded to missed chat ${missed.chatUid}${to === '' ? '' : ` (sent to ${to})`}`);
      closeMissed(server, missed);
    },

    MissedChatRespondingCancel: cancelResponding,
    // The spec's prose spells it so; accept that spelling too.
    MissedChatPespondingCancel: cancelResponding,
  },
  install,
};
