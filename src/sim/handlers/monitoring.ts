/**
 * Monitoring and listen mode.
 *
 * Monitoring: a supervisor with "Can Monitor Other Users Chats" watches one chat another
 * operator holds (`monitoring`, then `monitoredchat` with the transcript so far), gets
 * both sides as `monitorc`/`monitorv` and their typing as `mc1`/`mc0`/`m1`/`m0`, can
 * whisper to the operator (`whisper`, `mcw1`/`mcw0`) and acquire the chat. Monitoring ends
 * with StopMonitor, or with `monitorstop` when the chat closes or leaves its operator.
 * A chat has at most one monitor, and its `MonitoredBy` shows who.
 *
 * Listen mode: a supervisor or admin with the monitoring right gets `listenc`/`listenv`
 * for every chat on their sites and `listentransfer` for every transfer. The spec says
 * StartListening/StopListening from anyone else are ignored, so they are.
 *
 * The chat flow reports what happens in chats through src/sim/chat-hooks.ts; this family
 * subscribes in `install`.
 */

import { chatHooks } from '../chat-hooks.js';
import { chatRouter } from '../routing.js';
import type { OperatorConnection, SimServer } from '../server.js';
import { wireChatDetail } from '../wire.js';
import type { ChatRecord } from '../world.js';
import type { CommandContext, HandlerFamily } from './registry.js';

/** The operator talking in the chat now (the last to have taken it). */
function holderName(server: SimServer, chat: ChatRecord): string {
  return server.nameOf(chat.talkingTo) ?? chat.takenByUsers.at(-1) ?? '';
}

/** Monitors of the chat that are still connected. */
function monitorsOf(server: SimServer, chat: ChatRecord): OperatorConnection[] {
  return chat.monitoredBy.flatMap((id) => {
    const conn = server.connection(id);
    return conn !== undefined && conn.monitoring.has(chat.chatUid) ? [conn] : [];
  });
}

/** Operators in listen mode who may see the chat's site. */
function listenersOf(server: SimServer, chat: ChatRecord): OperatorConnection[] {
  return server.operators().filter((conn) => conn.listening && conn.canAccessSite(chat.siteKey));
}

/** Whether listen mode is open to this operator (the spec's rule). */
export function mayListen(conn: OperatorConnection): boolean {
  return conn.rights.canMonitorOtherUsersChats && conn.isSupervisorOrAdmin;
}

/**
 * Ends `monitor`'s monitoring of a chat. `notify` sends `monitorstop` (the server ended
 * it); a StopMonitor needs no answer. Everyone sees the chat's MonitoredBy cleared
 * while the chat is still active.
 */
function endMonitoring(
  server: SimServer,
  monitor: OperatorConnection,
  chatUid: string,
  notify: { operatorName: string } | null,
): void {
  if (!monitor.monitoring.delete(chatUid)) return;
  if (notify !== null) monitor.send('monitorstop', [chatUid, notify.operatorName], '');
  const chat = server.world.chat(chatUid);
  if (chat === undefined) return;
  const before = chat.monitoredBy.length;
  chat.monitoredBy = chat.monitoredBy.filter((id) => id !== monitor.connectionId);
  if (chat.monitoredBy.length !== before) server.broadcastChatChanged(chat);
}

/** `monitorstop` to every monitor of a chat whose operator changed or that closed. */
function stopAllMonitors(server: SimServer, chatUid: string, operatorName: string): void {
  for (const monitor of server.operators()) {
    if (monitor.monitoring.has(chatUid)) endMonitoring(server, monitor, chatUid, { operatorName });
  }
}

/** The active chat named by the first param, or an error sent and undefined. */
function activeChat(ctx: CommandContext, chatUid: string | undefined): ChatRecord | undefined {
  const { server, world, conn } = ctx;
  const uid = (chatUid ?? '').trim();
  if (uid === '') {
    server.error(conn, `${ctx.command}: a ChatUID is required`);
    return undefined;
  }
  const chat = world.chat(uid);
  if (chat === undefined) {
    server.error(conn, `Chat ${uid} is not active`);
    return undefined;
  }
  if (!conn.canAccessSite(chat.siteKey)) {
    server.accessDenied(conn);
    return undefined;
  }
  return chat;
}

/**
 * For MCW1/MCW0/Whisper: the chat must be one `conn` monitors, and the connection id
 * sent (the operator to whisper to) must be the operator holding it.
 */
function monitoredChatFor(ctx: CommandContext, operatorId: string | undefined, chatUid: string | undefined) {
  const chat = activeChat(ctx, chatUid);
  if (chat === undefined) return undefined;
  const { server, conn } = ctx;
  if (!conn.monitoring.has(chat.chatUid)) {
    server.error(conn, `You are not monitoring chat ${chat.chatUid}`);
    return undefined;
  }
  const operator = server.connection(chat.talkingTo);
  if (operator === undefined) {
    server.error(conn, `Chat ${chat.chatUid} has no operator to whisper to`);
    return undefined;
  }
  const given = (operatorId ?? '').trim();
  if (given !== '' && given !== operator.connectionId) {
    server.error(conn, `Chat ${chat.chatUid} is not held by connection ${given}`);
    return undefined;
  }
  return { chat, operator };
}

function startMonitoring(ctx: CommandContext): void {
  const { server, world, conn, params } = ctx;
  if (!conn.rights.canMonitorOtherUsersChats) {
    server.accessDenied(conn);
    return;
  }
  const chat = activeChat(ctx, params[0]);
  if (chat === undefined) return;
  if (chat.talkingTo === '') {
    server.error(conn, `Chat ${chat.chatUid} has not been taken by a user yet: only taken chats can be monitored`);
    return;
  }
  if (chat.talkingTo === conn.connectionId) {
    server.error(conn, `You cannot monitor your own chat ${chat.chatUid}`);
    return;
  }
  if (conn.monitoring.has(chat.chatUid)) {
    server.error(conn, `You are already monitoring chat ${chat.chatUid}`);
    return;
  }
  const current = monitorsOf(server, chat);
  if (current.length > 0) {
    server.error(conn, `Chat ${chat.chatUid} is already being monitored by ${current.map((m) => m.name).join(', ')}`);
    return;
  }
  chat.monitoredBy = [conn.connectionId];
  conn.monitoring.add(chat.chatUid);
  conn.send('monitoring', [chat.chatUid, chat.talkingTo], '');
  conn.send('monitoredchat', [chat.chatUid], wireChatDetail(world, chat));
  server.broadcastChatChanged(chat);
}

function acquire(ctx: CommandContext): void {
  const { server, conn, params } = ctx;
  const chat = activeChat(ctx, params[0]);
  if (chat === undefined) return;
  if (!conn.monitoring.has(chat.chatUid)) {
    server.error(conn, `You can only acquire a chat you are monitoring (chat ${chat.chatUid})`);
    return;
  }
  if (!conn.rights.canTakeChats) {
    server.accessDenied(conn);
    return;
  }
  const holder = server.connection(chat.talkingTo);
  const operatorName = holderName(server, chat);
  // The acquirer may now take the chat with `Chat`, even before the holder's Leave lands.
  chatRouter(server).addTransferTargets(chat, [conn.connectionId]);
  holder?.send('chataquired', [chat.chatUid, conn.name], '');
  endMonitoring(server, conn, chat.chatUid, { operatorName });
  conn.send('transferconfirmed', [chat.chatUid], '');
  server.world.appendLog(`${conn.username} acquired chat ${chat.chatUid} from ${operatorName}`);
}

function requestMonitor(ctx: CommandContext): void {
  const { server, conn, params } = ctx;
  const chat = activeChat(ctx, params[0]);
  if (chat === undefined) return;
  if (chat.talkingTo !== conn.connectionId) {
    server.error(conn, `You can only ask for monitoring of a chat you have taken (chat ${chat.chatUid})`);
    return;
  }
  const message = params[1] ?? '';
  const recipients = server
    .operators()
    .filter(
      (other) =>
        other !== conn && other.rights.canMonitorOtherUsersChats && other.canAccessSite(chat.siteKey),
    );
  for (const other of recipients) {
    other.send(
      'requestmonitor',
      [String(chat.siteKey), chat.chatUid, chat.name, conn.name, conn.connectionId],
      message,
    );
  }
}

function whisperTyping(eventName: 'mcw1' | 'mcw0') {
  return (ctx: CommandContext): void => {
    const found = monitoredChatFor(ctx, ctx.params[0], ctx.params[1]);
    if (found === undefined) return;
    found.operator.send(eventName, [found.chat.chatUid, ctx.conn.name], '');
  };
}

/** Subscribes monitoring and listen mode to the chat flow and the server. */
function install(server: SimServer): void {
  const hooks = chatHooks(server);

  hooks.on('operatorMessage', (chat, operator, message) => {
    for (const monitor of monitorsOf(server, chat)) monitor.send('monitorc', [chat.chatUid, operator.name], message);
    for (const listener of listenersOf(server, chat)) {
      // "When another client user ... sends a message": not echoed to its own sender.
      if (listener !== operator) listener.send('listenc', [chat.chatUid], message);
    }
  });

  hooks.on('visitorMessage', (chat, message) => {
    if (chat.talkingTo !== '') {
      const operatorName = holderName(server, chat);
      for (const monitor of monitorsOf(server, chat)) monitor.send('monitorv', [chat.chatUid, operatorName], message);
    }
    for (const listener of listenersOf(server, chat)) listener.send('listenv', [chat.chatUid], message);
  });

  hooks.on('visitorTyping', (chat, typing) => {
    for (const monitor of monitorsOf(server, chat)) {
      // The spec's m0 example carries a Header rather than Params.
      if (typing) monitor.send('m1', [chat.chatUid], '');
      else monitor.send('m0', [chat.chatUid], '', 'Header');
    }
  });

  hooks.on('operatorTyping', (chat, operator, typing) => {
    for (const monitor of monitorsOf(server, chat)) monitor.send(typing ? 'mc1' : 'mc0', [chat.chatUid], operator.name);
  });

  hooks.on('transferred', (chat, _from, target, message) => {
    for (const listener of listenersOf(server, chat)) listener.send('listentransfer', [chat.chatUid, target], message);
  });

  // The monitored operator no longer holds the chat: it moved on or went back to waiting.
  hooks.on('released', (chat, connectionId) => {
    const name = server.nameOf(connectionId) ?? chat.takenByUsers.at(-1) ?? '';
    stopAllMonitors(server, chat.chatUid, name);
  });
  hooks.on('taken', (chat, conn, previousHolder) => {
    if (previousHolder !== '' && previousHolder !== conn.connectionId) {
      stopAllMonitors(server, chat.chatUid, server.nameOf(previousHolder) ?? '');
    }
    // A monitor who took the chat itself is no longer monitoring it.
    if (conn.monitoring.has(chat.chatUid)) endMonitoring(server, conn, chat.chatUid, null);
  });
  hooks.on('closed', (chat) => {
    stopAllMonitors(server, chat.chatUid, chat.takenByUsers.at(-1) ?? '');
  });

  server.onOperatorGone((conn) => {
    for (const chatUid of [...conn.monitoring]) endMonitoring(server, conn, chatUid, null);
    conn.listening = false;
  });
}

export const monitoringFamily: HandlerFamily = {
  name: 'monitoring',
  handlers: {
    Monitor: startMonitoring,

    StopMonitor: (ctx) => {
      const { server, conn, params } = ctx;
      const chatUid = (params[0] ?? '').trim();
      if (!conn.monitoring.has(chatUid)) {
        server.error(conn, `You are not monitoring chat ${chatUid}`);
        return;
      }
      endMonitoring(server, conn, chatUid, null);
    },

    MCW1: whisperTyping('mcw1'),
    MCW0: whisperTyping('mcw0'),

    Whisper: (ctx) => {
      const found = monitoredChatFor(ctx, ctx.params[0], ctx.params[1]);
      if (found === undefined) return;
      const text = ctx.params[2] ?? '';
      if (text.trim() === '') {
        ctx.server.error(ctx.conn, 'Whisper: the message is empty');
        return;
      }
      found.operator.send('whisper', [found.chat.chatUid, ctx.conn.name], text);
    },

    RequestMonitor: requestMonitor,

    AquireChat: acquire,

    StartListening: ({ conn }) => {
      if (mayListen(conn)) conn.listening = true;
    },

    StopListening: ({ conn }) => {
      conn.listening = false;
    },
  },
  install,
};
