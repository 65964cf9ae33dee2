/**
 * User-to-user chat: SendToClient (`fromclient` to the other operator), typing (C1/C0 ->
 * `c1`/`c0`), stored history (GetClientChat -> `clientchat`, newest first, 100 lines a
 * page) and Broadcast (a `msg` to everyone the admin can see).
 *
 * C1 and C0 carry the SENDER's own connection id, so the server decides who sees the
 * indicator: the colleague this operator last exchanged a message with. (A client that
 * sends the colleague's id instead is understood too.)
 *
 * Lines are stored when both users have "User-To-User Chats Are Stored In Database";
 * GetClientChat needs that right on both sides as well.
 */

import { decodeRights } from '../../core/protocol/rights.js';
import type { OperatorConnection, SimServer } from '../server.js';
import { wireDate } from '../wire.js';
import type { UserChatLine, World } from '../world.js';
import type { CommandContext, HandlerFamily } from './registry.js';

/** The spec's SendToClient limit. */
export const SEND_TO_CLIENT_LIMIT = 4000;
/** Lines per `clientchat` page. */
export const CLIENT_CHAT_PAGE = 100;

interface UserChatState {
  /** Connection id of the colleague last written to or heard from. */
  partner: string | null;
  /** Connection id that was sent `c1` and has not had `c0` yet. */
  typingTo: string | null;
}

function stateOf(conn: OperatorConnection): UserChatState {
  let state = conn.extras.get('user-chat') as UserChatState | undefined;
  if (state === undefined) {
    state = { partner: null, typingTo: null };
    conn.extras.set('user-chat', state);
  }
  return state;
}

/** The other logged-in operator named by a connection id, visible to `conn`. */
function colleague(ctx: CommandContext, connectionId: string | undefined): OperatorConnection | undefined {
  const { server, conn } = ctx;
  const id = (connectionId ?? '').trim();
  const other = server.connection(id);
  if (other === undefined || other === conn || !server.canSee(conn, other)) {
    server.error(conn, `No connected user with connection id "${id}"`);
    return undefined;
  }
  return other;
}

function stopTyping(sender: OperatorConnection, server: SimServer): void {
  const state = stateOf(sender);
  const target = state.typingTo === null ? undefined : server.connection(state.typingTo);
  state.typingTo = null;
  target?.send('c0', [sender.connectionId], '');
}

/** Who a C1/C0 is for: the id given if it names a colleague, else the last partner. */
function typingTarget(ctx: CommandContext): OperatorConnection | undefined {
  const { server, conn, params } = ctx;
  const given = (params[0] ?? '').trim();
  if (given !== '' && given !== conn.connectionId) {
    const other = server.connection(given);
    if (other !== undefined && other !== conn && server.canSee(conn, other)) return other;
  }
  const partner = stateOf(conn).partner;
  return partner === null ? undefined : server.connection(partner);
}

function storesUserChats(world: World, username: string): boolean {
  const account = world.account(username);
  return account !== undefined && decodeRights(account.rights).userChatsStoredInDatabase;
}

function sendToClient(ctx: CommandContext): void {
  const { server, world, conn, params } = ctx;
  if (!conn.rights.canChatToOtherUsers) {
    server.accessDenied(conn);
    return;
  }
  const text = params[1] ?? '';
  if (text.length > SEND_TO_CLIENT_LIMIT) {
    server.error(conn, `SendToClient: the message is ${text.length} characters; the limit is ${SEND_TO_CLIENT_LIMIT}`);
    return;
  }
  if (text.trim() === '') {
    server.error(conn, 'SendToClient: the message is empty');
    return;
  }
  const other = colleague(ctx, params[0]);
  if (other === undefined) return;
  // The server takes a message as the end of typing: no c0 goes to the recipient
  // (its client clears the indicator), but one elsewhere is cleared.
  const mine = stateOf(conn);
  if (mine.typingTo !== null && mine.typingTo !== other.connectionId) stopTyping(conn, server);
  mine.typingTo = null;
  mine.partner = other.connectionId;
  stateOf(other).partner = conn.connectionId;
  other.send('fromclient', [conn.connectionId], text);
  if (storesUserChats(world, conn.username) && storesUserChats(world, other.username)) {
    world.userChats.push({
      id: world.newId(),
      dated: world.now(),
      fromUsername: conn.username,
      toUsername: other.username,
      text,
    });
  }
}

function sameUser(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Lines between two users, newest first (ties by id, newest id first). */
function conversation(world: World, me: string, other: string): UserChatLine[] {
  return world.userChats
    .filter(
      (line) =>
        (sameUser(line.fromUsername, me) && sameUser(line.toUsername, other)) ||
        (sameUser(line.fromUsername, other) && sameUser(line.toUsername, me)),
    )
    .map((line, index) => ({ line, index }))
    .sort((a, b) => b.line.dated - a.line.dated || b.index - a.index)
    .map(({ line }) => line);
}

function getClientChat(ctx: CommandContext): void {
  const { server, world, conn, params } = ctx;
  if (!conn.rights.userChatsStoredInDatabase) {
    server.accessDenied(conn);
    return;
  }
  const account = world.account(params[0] ?? '');
  if (account === undefined) {
    server.error(conn, `GetClientChat: no user "${params[0] ?? ''}"`);
    return;
  }
  const sharesSite = account.siteKeys.some((key) => conn.canAccessSite(key));
  if (!sharesSite && !conn.isSupervisorOrAdmin) {
    server.accessDenied(conn);
    return;
  }
  const startAtId = (params[1] ?? '').trim();
  const search = (params[2] ?? '').trim().toLowerCase();
  let lines = storesUserChats(world, account.username) ? conversation(world, conn.username, account.username) : [];
  if (startAtId !== '') {
    // The page after the one that ended with this id: strictly older lines.
    const index = lines.findIndex((line) => line.id === startAtId);
    lines = index < 0 ? [] : lines.slice(index + 1);
  }
  if (search !== '') lines = lines.filter((line) => line.text.toLowerCase().includes(search));
  conn.send(
    'clientchat',
    [account.username],
    lines.slice(0, CLIENT_CHAT_PAGE).map((line) => ({
      Id: line.id,
      Dated: wireDate(line.dated),
      MyLine: sameUser(line.fromUsername, conn.username),
      Text: line.text,
    })),
  );
}

function broadcast(ctx: CommandContext): void {
  const { server, conn, params } = ctx;
  if (!(conn.user.isAdmin || conn.isSystemAdministrator)) {
    server.accessDenied(conn);
    return;
  }
  const text = params[0] ?? '';
  if (text.trim() === '') {
    server.error(conn, 'Broadcast: the message is empty');
    return;
  }
  server.sendTo((other) => server.canSee(conn, other), 'msg', null, text);
}

export const userChatFamily: HandlerFamily = {
  name: 'user-chat',
  handlers: {
    SendToClient: sendToClient,

    C1: (ctx) => {
      const { server, conn } = ctx;
      if (!conn.rights.canChatToOtherUsers) {
        server.accessDenied(conn);
        return;
      }
      // Nobody to show it to before the first exchange: a typing signal is dropped.
      const target = typingTarget(ctx);
      if (target === undefined) return;
      const state = stateOf(conn);
      if (state.typingTo !== null && state.typingTo !== target.connectionId) stopTyping(conn, server);
      state.typingTo = target.connectionId;
      target.send('c1', [conn.connectionId], '');
    },

    C0: (ctx) => {
      const { server, conn } = ctx;
      const state = stateOf(conn);
      if (state.typingTo !== null) {
        stopTyping(conn, server);
        return;
      }
      typingTarget(ctx)?.send('c0', [conn.connectionId], '');
    },

    GetClientChat: getClientChat,

    Broadcast: broadcast,
  },
  install: (server) => {
    // A colleague who disconnects while typing leaves no indicator behind.
    server.onOperatorGone((gone) => {
      const typingTo = stateOf(gone).typingTo;
      if (typingTo !== null) server.connection(typingTo)?.send('c0', [gone.connectionId], '');
    });
  },
};
