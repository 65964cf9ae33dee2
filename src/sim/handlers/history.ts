/**
 * Previous chats: a site's chats of a day (GetChats -> `chats`), one chat's detail
 * (GetChatDetail -> `chatdetail`, active chats included: listen mode reads them so),
 * the transcript as HTML, text or PDF (GetChatDetailHTML/Text/PDF -> the event of the
 * same lower-case name, Params [SiteKey, ChatUID], Data the document; the PDF as
 * Base64), earlier chats from an IP (`prevchatsforip`), search (`chatsearch`) and
 * deletion (DeleteChats, with "Can Delete Chats" -> `deletedchats` to everyone with
 * access to the site).
 *
 * Days are UTC days of the chat's start.
 */

import { transcriptHtml, transcriptOf, transcriptPdfBase64, transcriptText } from '../transcript-export.js';
import { wireChatDetail, wireChatHeader, wireDate, wireDay } from '../wire.js';
import type { ChatRecord, JsonValue, World } from '../world.js';
import { splitList } from '../world.js';
import { closeMissedChat } from './missed-chats.js';
import type { CommandContext, HandlerFamily } from './registry.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A yyyy-mm-dd param that is a real date, or an error sent and null. */
function dayParam(ctx: CommandContext, value: string | undefined, label: string): string | null {
  const day = (value ?? '').trim();
  if (DAY.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && wireDay(Date.parse(`${day}T00:00:00Z`)) === day) {
    return day;
  }
  ctx.server.error(ctx.conn, `${ctx.command}: ${label} "${day}" is not a date (yyyy-mm-dd)`);
  return null;
}

/** The site key param, checked against the user's sites. */
function siteParam(ctx: CommandContext): number | null {
  const { server, conn, params } = ctx;
  const text = (params[0] ?? '').trim();
  const siteKey = Number(text);
  if (text === '' || !Number.isInteger(siteKey)) {
    server.error(conn, `${ctx.command}: "${text}" is not a SiteKey`);
    return null;
  }
  return server.requireSite(conn, siteKey) ? siteKey : null;
}

/** Stored chats of a site, oldest first. */
function storedChats(world: World, siteKey: number): ChatRecord[] {
  return world.closedChats.filter((chat) => chat.siteKey === siteKey).sort((a, b) => a.started - b.started);
}

/** An active or stored chat of the site named by the second param. */
function chatParam(ctx: CommandContext, siteKey: number): ChatRecord | undefined {
  const chatUid = (ctx.params[1] ?? '').trim();
  const chat = ctx.world.anyChat(chatUid);
  if (chat === undefined || chat.siteKey !== siteKey) {
    ctx.server.error(ctx.conn, `${ctx.command}: no chat ${chatUid} on site ${siteKey}`);
    return undefined;
  }
  return chat;
}

/** Text the search looks in: the lines and the header (the spec's list, and who took it). */
function searchableText(chat: ChatRecord): string {
  return [
    chat.name,
    chat.email,
    chat.phone,
    chat.location,
    chat.ip,
    chat.dns,
    chat.requestedDept,
    chat.takenByDept,
    chat.missedMessage,
    chat.wrapUpValue,
    chat.summary,
    ...chat.takenByUsers,
    ...chat.tags,
    ...chat.preChatSurvey.map((field) => field.value),
    ...chat.postChatSurvey.map((field) => field.value),
    ...chat.lines.map((line) => line.message),
  ]
    .join('\n')
    .toLowerCase();
}

/** Operator names as usernames where an account has that name (the spec's example shows usernames). */
function takenByUsernames(world: World, names: readonly string[]): string {
  return names.map((name) => world.accounts.find((account) => account.name === name)?.username ?? name).join(',');
}

/** A command answered with one event about one chat: Params [SiteKey, ChatUID]. */
function chatAnswer(eventName: string, render: (world: World, chat: ChatRecord) => JsonValue) {
  return (ctx: CommandContext): void => {
    const siteKey = siteParam(ctx);
    if (siteKey === null) return;
    const chat = chatParam(ctx, siteKey);
    if (chat === undefined) return;
    ctx.conn.send(eventName, [String(siteKey), chat.chatUid], render(ctx.world, chat));
  };
}

function deleteChats(ctx: CommandContext): void {
  const { server, world, conn, params } = ctx;
  if (!conn.rights.canDeleteChats) {
    server.accessDenied(conn);
    return;
  }
  const siteKey = siteParam(ctx);
  if (siteKey === null) return;
  const wanted = new Set(splitList(params[1] ?? ''));
  if (wanted.size === 0) {
    server.error(conn, 'DeleteChats: no ChatUIDs given');
    return;
  }
  const deleted: string[] = [];
  for (let i = world.closedChats.length - 1; i >= 0; i -= 1) {
    const chat = world.closedChats[i]!;
    if (chat.siteKey !== siteKey || !wanted.has(chat.chatUid)) continue;
    world.closedChats.splice(i, 1);
    deleted.unshift(chat.chatUid);
  }
  const missing = [...wanted].filter((uid) => !deleted.includes(uid));
  if (missing.length > 0) {
    const active = missing.filter((uid) => world.chat(uid) !== undefined);
    server.error(
      conn,
      active.length > 0
        ? `DeleteChats: chat ${active.join(', ')} is still active and cannot be deleted`
        : `DeleteChats: no stored chat ${missing.join(', ')} on site ${siteKey}`,
    );
  }
  if (deleted.length === 0) return;
  for (const uid of deleted) closeMissedChat(server, uid);
  world.appendLog(`${conn.username} deleted ${deleted.length} chat(s) on site ${siteKey}`);
  server.sendToSiteAccess(siteKey, 'deletedchats', [String(siteKey)], deleted.join(','));
}

function chatSearch(ctx: CommandContext): void {
  const siteKey = siteParam(ctx);
  if (siteKey === null) return;
  const from = dayParam(ctx, ctx.params[1], 'From Date');
  if (from === null) return;
  const to = dayParam(ctx, ctx.params[2], 'To Date');
  if (to === null) return;
  const text = (ctx.params[3] ?? '').trim().toLowerCase();
  const found = storedChats(ctx.world, siteKey).filter((chat) => {
    const day = wireDay(chat.started);
    return day >= from && day <= to && (text === '' || searchableText(chat).includes(text));
  });
  ctx.conn.send(
    'chatsearch',
    [String(siteKey), from, to],
    found.map((chat) => wireChatHeader(ctx.world, chat)),
  );
}

export const historyFamily: HandlerFamily = {
  name: 'history',
  handlers: {
    GetChats: (ctx) => {
      const siteKey = siteParam(ctx);
      if (siteKey === null) return;
      const day = dayParam(ctx, ctx.params[1], 'Date');
      if (day === null) return;
      const chats = storedChats(ctx.world, siteKey).filter((chat) => wireDay(chat.started) === day);
      ctx.conn.send(
        'chats',
        [String(siteKey), day],
        chats.map((chat) => wireChatHeader(ctx.world, chat)),
      );
    },

    GetChatDetail: chatAnswer('chatdetail', wireChatDetail),
    GetChatDetailHTML: chatAnswer('chatdetailhtml', (world, chat) => transcriptHtml(transcriptOf(world, chat))),
    GetChatDetailText: chatAnswer('chatdetailtext', (world, chat) => transcriptText(transcriptOf(world, chat))),
    GetChatDetailPDF: chatAnswer('chatdetailpdf', (world, chat) =>
      transcriptPdfBase64(transcriptOf(world, chat)),
    ),

    GetPrevChatsForIP: (ctx) => {
      const siteKey = siteParam(ctx);
      if (siteKey === null) return;
      const ip = (ctx.params[1] ?? '').trim();
      const chats = storedChats(ctx.world, siteKey)
        .filter((chat) => chat.ip === ip)
        .reverse();
      ctx.conn.send(
        'prevchatsforip',
        [String(siteKey), ip],
        chats.map((chat) => ({
          ChatUID: chat.chatUid,
          Name: chat.name,
          StartDate: wireDate(chat.started).slice(0, 19).replace('T', ' '),
          TakenByUsers: takenByUsernames(ctx.world, chat.takenByUsers),
          TakenByDept: chat.takenByDept,
          Duration: Math.max(0, Math.floor(((chat.finished ?? chat.started) - chat.started) / 1000)),
        })),
      );
    },

    DeleteChats: deleteChats,

    GetChatSearch: chatSearch,
  },
};
