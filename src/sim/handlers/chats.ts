/**
 * The chat flow commands: taking a chat, talking in it (SendTo with the site's text
 * rules and translation, links, documents, typing, field and file requests), leaving,
 * closing, transferring it (to operators, a department, skills or a queue), and the
 * per-chat extras (wrap-up, tags, CRM flag, transcripts, two-factor, visit detail,
 * contact, callbacks). Its `install` wires routing to logins, status changes and
 * dropped connections.
 *
 * Checks: a chat on a site the user cannot access, or one held by someone else, gets
 * "Access denied" (a strike, as on the real server). A command for a chat that has
 * already ended gets a plain error: the visitor may close a chat at any moment, so a
 * correct client can race it. Typing signals for a chat no longer held are dropped.
 */

import { chatHooks } from '../chat-hooks.js';
import { appendLine, closeActiveChat, operatorIndexFor, takeChat } from '../chat-lifecycle.js';
import { chatRouter, installRouting } from '../routing.js';
import type { OperatorConnection, SimServer } from '../server.js';
import { translateText } from '../translator.js';
import { linkMarkup, visitorSide } from '../visitor-side.js';
import { visitorWindows } from '../visitor-windows.js';
import { wireDate, wireVisitDetail } from '../wire.js';
import {
  splitList,
  visitorIdOf,
  type ChatRecord,
  type DocumentRecord,
  type JsonObject,
  type SiteRecord,
} from '../world.js';
import { contactFieldOrder } from '../../core/protocol/commands.js';
import { announceDocument, base64Size, documentUrl, newDocument } from './knowledge.js';
import type { CommandContext, HandlerFamily } from './registry.js';

/** The spec's SendTo limit. */
export const SEND_TO_LIMIT = 5000;
/** How long a visitor stays blocked after Block. */
export const BLOCK_MS = 24 * 3_600_000;
/** The number callbacks ring from (the spec example's). */
export const CALLBACK_FROM_NUMBER = '01782822577';

/** Callback progress: status, transcript line, milliseconds after CallBackStart. */
export const CALLBACK_STEPS: ReadonlyArray<{ status: string; line: (to: string) => string; atMs: number }> = [
  { status: 'queued', line: () => 'Call queued.', atMs: 0 },
  { status: 'ringing', line: (to) => `Calling ${to}...`, atMs: 2_000 },
  { status: 'in-progress', line: () => 'Call connected.', atMs: 8_000 },
  { status: 'completed', line: () => 'Call ended.', atMs: 50_000 },
];

export interface TranscriptRequest {
  siteKey: number;
  chatUid: string;
  from: string;
  to: string;
  subject: string;
  sms: boolean;
  message: string;
  pdf: boolean;
  documentId: string;
  requestedBy: string;
  at: number;
}

export interface TwoFactorRequest {
  siteKey: number;
  chatUid: string;
  email: string;
  code: string;
  message: string;
  requestedBy: string;
  at: number;
}

/** What the chat commands record that has no event of its own (for tests and the demo). */
export interface ChatRecords {
  transcripts: TranscriptRequest[];
  twoFactor: TwoFactorRequest[];
  nextCallbackId: number;
}

export function chatRecords(server: SimServer): ChatRecords {
  return server.extension('chat-records', () => ({ transcripts: [], twoFactor: [], nextCallbackId: 1 }));
}

const TWO_FACTOR_DEFAULT = 'Please enter the code below into your chat session to verify:';
const TRANSLATED_TAG = /<translated\s*>/i;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function param(ctx: CommandContext, index: number): string {
  return (ctx.params[index] ?? '').trim();
}

/** A required param; blank sends an error naming it. */
function required(ctx: CommandContext, index: number, label: string): string | undefined {
  const value = param(ctx, index);
  if (value === '') {
    ctx.server.error(ctx.conn, `${ctx.command}: ${label} is required`);
    return undefined;
  }
  return value;
}

function parseFlag(value: string): boolean | undefined {
  const lower = value.trim().toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0' || lower === '') return false;
  return undefined;
}

/** Tells the sender why an inactive ChatUID cannot be used. */
function notActive(ctx: CommandContext, chatUid: string): void {
  const past = ctx.world.anyChat(chatUid);
  if (past !== undefined && !ctx.conn.canAccessSite(past.siteKey)) {
    ctx.server.accessDenied(ctx.conn);
    return;
  }
  ctx.server.error(
    ctx.conn,
    past === undefined ? `${ctx.command}: no chat with ChatUID ${chatUid}` : `${ctx.command}: the chat with ${past.name} has ended`,
  );
}

/** The active chat named by param 0 on a site the sender may use, or undefined after telling them why not. */
function activeChat(ctx: CommandContext): ChatRecord | undefined {
  const chatUid = required(ctx, 0, 'ChatUID');
  if (chatUid === undefined) return undefined;
  const chat = ctx.world.chat(chatUid);
  if (chat === undefined) {
    notActive(ctx, chatUid);
    return undefined;
  }
  return ctx.server.requireSite(ctx.conn, chat.siteKey) ? chat : undefined;
}

/**
 * Like activeChat for Leave and CloseChat, which a client racing the visitor sends for a chat
 * that ended meanwhile: that is passed over without a word. `command` names it in the error
 * for an unknown ChatUID.
 */
function activeChatUnlessJustEnded(ctx: CommandContext, command: string): ChatRecord | undefined {
  const chatUid = required(ctx, 0, 'ChatUID');
  if (chatUid === undefined) return undefined;
  const chat = ctx.world.chat(chatUid);
  if (chat === undefined) {
    const past = ctx.world.anyChat(chatUid);
    if (past === undefined) ctx.server.error(ctx.conn, `${command}: no chat with ChatUID ${chatUid}`);
    else if (!ctx.conn.canAccessSite(past.siteKey)) ctx.server.accessDenied(ctx.conn);
    return undefined;
  }
  return ctx.server.requireSite(ctx.conn, chat.siteKey) ? chat : undefined;
}

/** The active chat the sender holds (param 0), or undefined after telling them why not. */
function heldChat(ctx: CommandContext): ChatRecord | undefined {
  const chat = activeChat(ctx);
  if (chat === undefined) return undefined;
  if (chat.talkingTo !== ctx.conn.connectionId) {
    ctx.server.accessDenied(ctx.conn);
    return undefined;
  }
  return chat;
}

/** The held chat (param 0) when its site lets operators send files; `command` names the refusal. */
function heldChatForFileSend(ctx: CommandContext, command: string): ChatRecord | undefined {
  const chat = heldChat(ctx);
  if (chat === undefined) return undefined;
  if (ctx.world.site(chat.siteKey)?.disableFileSend === true) {
    ctx.server.error(ctx.conn, `${command}: sending files is disabled for this site`);
    return undefined;
  }
  return chat;
}

/**
 * An active or closed chat named by SiteKey and ChatUID params (wrap-up, tags, CRM,
 * transcripts: the spec allows them after the chat closed).
 */
function chatBySiteAndUid(ctx: CommandContext, siteIndex: number, uidIndex: number): ChatRecord | undefined {
  const chatUid = required(ctx, uidIndex, 'ChatUID');
  if (chatUid === undefined) return undefined;
  const chat = ctx.world.anyChat(chatUid);
  if (chat === undefined) {
    ctx.server.error(ctx.conn, `${ctx.command}: no chat with ChatUID ${chatUid}`);
    return undefined;
  }
  if (!ctx.server.requireSite(ctx.conn, chat.siteKey)) return undefined;
  const siteKey = param(ctx, siteIndex);
  if (siteKey !== '' && Number(siteKey) !== chat.siteKey) {
    ctx.server.error(ctx.conn, `${ctx.command}: chat ${chatUid} is not on site ${siteKey}`);
    return undefined;
  }
  return chat;
}

/** Applies the site's chat text rules; returns the text unchanged when none match. */
export function applyTextRules(site: SiteRecord | undefined, text: string): string {
  let result = text;
  for (const rule of site?.textRules ?? []) {
    const flags = rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`;
    result = result.replace(new RegExp(rule.pattern.source, flags), rule.replacement);
  }
  return result;
}

function touchVisit(ctx: CommandContext, chat: ChatRecord): void {
  const visit = ctx.world.visit(chat.visitorId);
  if (visit !== undefined) visit.lastActivity = ctx.world.now();
}

/** The operator stopped typing (SendTo implies it): tell the visitor and the hooks if they were. */
function stopOperatorTyping(ctx: CommandContext, chat: ChatRecord): void {
  const window = visitorWindows(ctx.server).get(chat.chatUid);
  if (window === undefined || !window.operatorTyping) return;
  visitorWindows(ctx.server).deliver(chat.chatUid, { kind: 'operator-typing', operatorName: ctx.conn.name, typing: false });
  chatHooks(ctx.server).emit('operatorTyping', chat, ctx.conn, false);
}

/** An operator line that the visitor sees as a document link. */
function sendDocumentLink(ctx: CommandContext, chat: ChatRecord, document: DocumentRecord): void {
  const url = documentUrl(ctx.world, document.id);
  const link = linkMarkup(url, document.fileName);
  stopOperatorTyping(ctx, chat);
  appendLine(ctx.server, chat, operatorIndexFor(chat, ctx.conn.name), link);
  visitorWindows(ctx.server).deliver(chat.chatUid, {
    kind: 'document',
    operatorName: ctx.conn.name,
    fileName: document.fileName,
    url,
  });
  touchVisit(ctx, chat);
  chatHooks(ctx.server).emit('operatorMessage', chat, ctx.conn, link);
}

/** Sends `transfer` to each recipient and tells the hooks; false when there is nobody. */
function requestTransfer(
  ctx: CommandContext,
  chat: ChatRecord,
  recipients: readonly OperatorConnection[],
  target: string,
  message: string,
): void {
  const text = message.trim() === '' ? `Please pick up the chat session for visitor ${chat.name}.` : message;
  const router = chatRouter(ctx.server);
  router.addTransferTargets(chat, recipients.map((conn) => conn.connectionId));
  for (const recipient of recipients) recipient.send('transfer', [chat.chatUid, ctx.conn.connectionId, text], '');
  chatHooks(ctx.server).emit('transferred', chat, ctx.conn, target, text, recipients);
}

/** Operators who could take a transferred chat: logged in, allowed to take chats, with access to its site. */
function transferCandidates(ctx: CommandContext, chat: ChatRecord): OperatorConnection[] {
  return ctx.server
    .operators()
    .filter((conn) => conn !== ctx.conn && conn.rights.canTakeChats && conn.canAccessSite(chat.siteKey));
}

/**
 * TransferDept / TransferSkills: offers the chat to every available candidate `matches`
 * picks, named as `target`; `nobody` tells the sender when there is none.
 */
function transferToAvailable(
  ctx: CommandContext,
  chat: ChatRecord,
  matches: (target: OperatorConnection) => boolean,
  target: string,
  nobody: string,
): void {
  const recipients = transferCandidates(ctx, chat).filter((candidate) => candidate.status === 0 && matches(candidate));
  if (recipients.length === 0) {
    ctx.server.msg(ctx.conn, nobody);
    return;
  }
  requestTransfer(ctx, chat, recipients, target, ctx.params[2] ?? '');
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function outsideOwnDepartment(conn: OperatorConnection, dept: string): boolean {
  return conn.dept.trim() !== '' && !sameText(conn.dept, dept);
}


export const chatsFamily: HandlerFamily = {
  name: 'chats',
  install: (server) => {
    installRouting(server);
    // Created now so it follows chat closures from the start.
    visitorSide(server);
  },
  handlers: {
    Chat: (ctx) => {
      const { server, world, conn } = ctx;
      const chatUid = required(ctx, 0, 'ChatUID');
      if (chatUid === undefined) return;
      const chat = world.chat(chatUid);
      if (chat === undefined) {
        const past = world.anyChat(chatUid);
        if (past !== undefined && !conn.canAccessSite(past.siteKey)) {
          server.accessDenied(conn);
          return;
        }
        server.msg(conn, past === undefined ? 'That chat is no longer available.' : `The chat with ${past.name} has already ended.`);
        return;
      }
      if (!server.requireSite(conn, chat.siteKey)) return;
      if (!conn.rights.canTakeChats) {
        server.accessDenied(conn);
        return;
      }
      const holder = chat.talkingTo;
      if (holder !== '' && holder !== conn.connectionId && !chatRouter(server).isTransferTarget(chat, conn.connectionId)) {
        const holderName = server.nameOf(holder) ?? 'another operator';
        server.msg(conn, `Visitor ${chat.name} has already started talking to ${holderName}`);
        return;
      }
      takeChat(server, conn, chat);
    },

    SendTo: (ctx) => {
      const { server, world, conn } = ctx;
      const chat = heldChat(ctx);
      if (chat === undefined) return;
      const text = ctx.params[1] ?? '';
      if (text.trim() === '') {
        server.error(conn, 'SendTo: the message is blank');
        return;
      }
      if (text.length > SEND_TO_LIMIT) {
        server.error(conn, `SendTo: the message is ${text.length} characters; the limit is ${SEND_TO_LIMIT}`);
        return;
      }
      const site = world.site(chat.siteKey);
      // A translation the client supplied is kept as is and never translated again.
      const tagAt = text.search(TRANSLATED_TAG);
      const own = tagAt >= 0 ? text.slice(0, tagAt) : text;
      const suppliedTranslation = tagAt >= 0 ? text.slice(tagAt) : '';
      const visible = applyTextRules(site, own);
      if (visible !== own) {
        conn.send('SendToFiltered', [chat.chatUid], `${visible}<original>${escapeXml(own)}</original>`);
      }
      let message = visible + suppliedTranslation;
      let visitorSees = visible;
      if (suppliedTranslation === '' && chat.translation && site?.translationEnabled === true) {
        const translated = translateText(visible, conn.lang, chat.lang);
        message = `${visible}<translated>${escapeXml(translated)}</Translated>`;
        visitorSees = translated;
        conn.send('SendToTranslated', [chat.chatUid], message);
      }
      stopOperatorTyping(ctx, chat);
      appendLine(server, chat, operatorIndexFor(chat, conn.name), message);
      visitorWindows(server).deliver(chat.chatUid, { kind: 'operator-message', operatorName: conn.name, text: visitorSees });
      touchVisit(ctx, chat);
      chatHooks(server).emit('operatorMessage', chat, conn, message);
    },

    LinkTo: (ctx) => {
      const { server, conn } = ctx;
      const chat = heldChat(ctx);
      if (chat === undefined) return;
      const url = param(ctx, 1);
      if (!/^https?:\/\/\S+$/i.test(url)) {
        server.error(conn, `LinkTo: "${url}" is not an http or https URL`);
        return;
      }
      stopOperatorTyping(ctx, chat);
      appendLine(server, chat, operatorIndexFor(chat, conn.name), url);
      visitorWindows(server).deliver(chat.chatUid, { kind: 'link', operatorName: conn.name, url });
      touchVisit(ctx, chat);
      chatHooks(server).emit('operatorMessage', chat, conn, url);
    },

    StartTyping: (ctx) => operatorTyping(ctx, true),
    StopTyping: (ctx) => operatorTyping(ctx, false),

    Leave: (ctx) => {
      const { server, conn } = ctx;
      const chat = activeChatUnlessJustEnded(ctx, 'Leave');
      if (chat === undefined) return;
      if (chat.talkingTo === conn.connectionId) {
        stopOperatorTyping(ctx, chat);
        chatRouter(server).release(chat, 'leave');
        visitorWindows(server).deliver(chat.chatUid, { kind: 'released' });
        return;
      }
      // After a transfer was taken or the chat went to a queue, the client's Leave comes late.
      if (chat.takenByUsers.includes(conn.name)) return;
      server.accessDenied(conn);
    },

    CloseChat: (ctx) => {
      const { server, conn } = ctx;
      const chat = activeChatUnlessJustEnded(ctx, 'CloseChat');
      if (chat === undefined) return;
      const mayClose = chat.talkingTo === conn.connectionId || (chat.talkingTo === '' && conn.isSupervisorOrAdmin);
      if (!mayClose) {
        server.accessDenied(conn);
        return;
      }
      stopOperatorTyping(ctx, chat);
      closeActiveChat(server, chat, conn);
    },

    Transfer: (ctx) => {
      const { server, conn } = ctx;
      const chat = heldChat(ctx);
      if (chat === undefined) return;
      const ids = splitList(ctx.params[1] ?? '');
      if (ids.length === 0) {
        server.error(conn, 'Transfer: name at least one connection id');
        return;
      }
      const candidates = transferCandidates(ctx, chat);
      const recipients = ids.flatMap((id) => {
        const target = candidates.find((candidate) => candidate.connectionId === id);
        return target === undefined ? [] : [target];
      });
      if (!conn.rights.canTransferOutsideOwnDepartment && recipients.some((target) => outsideOwnDepartment(conn, target.dept))) {
        server.accessDenied(conn);
        return;
      }
      if (recipients.length === 0) {
        server.error(conn, 'Transfer: none of the chosen users is connected and able to take this chat');
        return;
      }
      requestTransfer(ctx, chat, recipients, recipients.map((target) => target.name).join(','), ctx.params[2] ?? '');
    },

    TransferDept: (ctx) => {
      const { server, conn } = ctx;
      const chat = heldChat(ctx);
      if (chat === undefined) return;
      const dept = required(ctx, 1, 'Department');
      if (dept === undefined) return;
      if (!conn.rights.canTransferOutsideOwnDepartment && outsideOwnDepartment(conn, dept)) {
        server.accessDenied(conn);
        return;
      }
      // Routing follows the new department once the chat is left.
      chat.requestedDept = dept;
      transferToAvailable(
        ctx,
        chat,
        (target) => sameText(target.dept, dept),
        dept,
        `No users in the ${dept} department are available to take the chat.`,
      );
    },

    TransferSkills: (ctx) => {
      const { server, world, conn } = ctx;
      const chat = heldChat(ctx);
      if (chat === undefined) return;
      const skillIds = splitList(ctx.params[1] ?? '');
      if (skillIds.length === 0) {
        server.error(conn, 'TransferSkills: name at least one skill id');
        return;
      }
      const unknown = skillIds.filter((id) => world.skill(id) === undefined);
      if (unknown.length > 0) {
        server.error(conn, `TransferSkills: unknown skill id ${unknown.join(', ')}`);
        return;
      }
      // Routing follows the new skills once the chat is left.
      chat.skillIds = [...skillIds];
      const names = world.skillNames(skillIds).join(',');
      transferToAvailable(
        ctx,
        chat,
        (target) => skillIds.every((id) => target.user.skillIds.includes(id)),
        names,
        `No users with the skills ${names} are available to take the chat.`,
      );
    },

    TransferQueue: (ctx) => {
      const { server, world, conn } = ctx;
      const chat = heldChat(ctx);
      if (chat === undefined) return;
      const number = Number(param(ctx, 1));
      const queue = world.site(chat.siteKey)?.transferQueues.find((candidate) => candidate.number === number);
      if (queue === undefined) {
        server.error(conn, `TransferQueue: site ${chat.siteKey} has no queue ${param(ctx, 1)}`);
        return;
      }
      const queued = [...world.chats.values()].filter(
        (other) => other.siteKey === chat.siteKey && other.queue === queue.number && other.talkingTo === '',
      ).length;
      if (queue.maxSessions > 0 && queued >= queue.maxSessions) {
        server.error(conn, `TransferQueue: ${queue.name} is full`);
        return;
      }
      stopOperatorTyping(ctx, chat);
      chat.queue = queue.number;
      chatHooks(server).emit('transferred', chat, conn, queue.name, '', []);
      chatRouter(server).release(chat, 'queue');
      visitorWindows(server).deliver(chat.chatUid, { kind: 'released' });
    },

    ChatWrapUpComplete: (ctx) => {
      const chat = chatBySiteAndUid(ctx, 0, 1);
      if (chat === undefined) return;
      chat.wrapUpValue = ctx.params[2] ?? '';
    },

    ChatAddTags: (ctx) => {
      const chat = chatBySiteAndUid(ctx, 0, 1);
      if (chat === undefined) return;
      chat.tags = splitList(ctx.params[2] ?? '');
    },

    Translation: (ctx) => {
      const { server, world, conn } = ctx;
      const chat = activeChat(ctx);
      if (chat === undefined) return;
      if (chat.talkingTo !== conn.connectionId && !conn.isSupervisorOrAdmin) {
        server.accessDenied(conn);
        return;
      }
      const enabled = parseFlag(ctx.params[1] ?? '');
      if (enabled === undefined) {
        server.error(conn, `Translation: expected 'true' or 'false', got '${ctx.params[1] ?? ''}'`);
        return;
      }
      // The spec: ignored when the site has no translation.
      if (world.site(chat.siteKey)?.translationEnabled !== true || chat.translation === enabled) return;
      chat.translation = enabled;
      const visit = world.visit(chat.visitorId);
      if (visit !== undefined) visit.chattingTranslate = enabled;
      chatRouter(server).announce(chat);
    },

    SendDocumentTo: (ctx) => {
      const { server, world, conn } = ctx;
      const chat = heldChatForFileSend(ctx, 'SendDocumentTo');
      if (chat === undefined) return;
      const id = param(ctx, 1);
      const document = world.documents.find(
        (candidate) => candidate.id === id && (candidate.siteKey === 0 || candidate.siteKey === chat.siteKey),
      );
      if (document === undefined) {
        server.error(conn, `SendDocumentTo: no document ${id} for this site`);
        return;
      }
      document.accessCount += 1;
      document.lastAccessed = world.now();
      sendDocumentLink(ctx, chat, document);
      // A single-use document is gone once the visitor has it.
      if (document.singleUse) world.documents.splice(world.documents.indexOf(document), 1);
    },

    SendNewDocumentTo: (ctx) => {
      const { server, world, conn } = ctx;
      const chat = heldChatForFileSend(ctx, 'SendNewDocumentTo');
      if (chat === undefined) return;
      const fileName = required(ctx, 1, 'File Name');
      if (fileName === undefined) return;
      const singleUse = parseFlag(ctx.params[3] ?? '');
      if (singleUse === undefined) {
        server.error(conn, `SendNewDocumentTo: Single Use must be 'true' or 'false'`);
        return;
      }
      const siteKeyText = param(ctx, 4);
      const siteKey = siteKeyText === '' ? 0 : Number(siteKeyText);
      if (!Number.isInteger(siteKey) || siteKey < 0) {
        server.error(conn, `SendNewDocumentTo: '${siteKeyText}' is not a site key`);
        return;
      }
      if (siteKey !== 0 && !server.requireSite(conn, siteKey)) return;
      const base64 = (ctx.params[5] ?? '').replace(/\s+/g, '');
      const size = base64 === '' ? null : base64Size(base64);
      if (size === null) {
        server.error(conn, 'SendNewDocumentTo: the content must be base64');
        return;
      }
      const document = newDocument(world, {
        fileName,
        folder: ctx.params[2] ?? '',
        size,
        createdByUser: conn.username,
        siteKey,
        singleUse,
        accessCount: 1,
        base64,
      });
      // Single use: the visitor's copy is the only one (removed once accessed).
      if (!singleUse) {
        world.documents.push(document);
        announceDocument(server, document);
      }
      sendDocumentLink(ctx, chat, document);
    },

    DocumentRequest: (ctx) => {
      const { server, world, conn } = ctx;
      const chat = heldChat(ctx);
      if (chat === undefined) return;
      if (world.site(chat.siteKey)?.allowFileUpload === 0) {
        server.error(conn, 'DocumentRequest: visitors cannot upload files on this site');
        return;
      }
      visitorWindows(server).deliver(chat.chatUid, { kind: 'document-request', operatorName: conn.name });
    },

    FieldRequest: (ctx) => {
      const { server, world, conn } = ctx;
      const chat = heldChat(ctx);
      if (chat === undefined) return;
      const fields = world.site(chat.siteKey)?.onDemandFields ?? [];
      const name = param(ctx, 1);
      const field = fields.find((candidate) => sameText(candidate.fieldName, name));
      if (field === undefined) {
        const known = fields.map((candidate) => candidate.fieldName).join(', ') || 'none';
        server.error(conn, `FieldRequest: "${name}" is not one of the site's fields (${known})`);
        return;
      }
      const prompt = param(ctx, 2) === '' ? field.prompt : (ctx.params[2] ?? '');
      appendLine(server, chat, 99, prompt);
      visitorWindows(server).deliver(chat.chatUid, {
        kind: 'field-request',
        fieldName: field.fieldName,
        fieldType: field.fieldType,
        prompt,
      });
    },

    Block: (ctx) => {
      const { server, world, conn } = ctx;
      const ip = required(ctx, 0, 'IP address');
      if (ip === undefined) return;
      if (!/^[0-9a-f.:]+$/i.test(ip)) {
        server.error(conn, `Block: '${ip}' is not an IP address`);
        return;
      }
      const protectedSite = [...world.chats.values()]
        .filter((chat) => chat.ip === ip)
        .map((chat) => world.site(chat.siteKey))
        .find((site) => site?.preventBlock === true);
      if (protectedSite !== undefined) {
        server.error(conn, `Block: visitors of ${protectedSite.name} cannot be blocked`);
        return;
      }
      world.blockedVisitorIps.set(ip, world.now() + BLOCK_MS);
      world.appendLog(`${conn.username} blocked visitor address ${ip}`);
      conn.send('accepted', null, null);
    },

    // The spec defines no answer to CRMPost: the flag is recorded silently.
    CRMPost: (ctx) => {
      const { server, world, conn } = ctx;
      const chat = chatBySiteAndUid(ctx, 0, 1);
      if (chat === undefined) return;
      if (world.site(chat.siteKey)?.crm.enabled !== true) {
        server.error(conn, `CRMPost: CRM integration is not enabled for site ${chat.siteKey}`);
        return;
      }
      chat.crmPost = param(ctx, 2).toLowerCase() !== 'disable';
    },

    SendTranscript: (ctx) => {
      const { server, world, conn } = ctx;
      const chat = chatBySiteAndUid(ctx, 0, 1);
      if (chat === undefined) return;
      const to = required(ctx, 3, 'To address');
      if (to === undefined) return;
      const sms = parseFlag(ctx.params[5] ?? '') === true;
      const valid = sms ? /^\+?[\d ()-]{6,}$/.test(to) : /^[^@\s]+@[^@\s]+$/.test(to);
      if (!valid) {
        server.error(conn, `SendTranscript: '${to}' is not ${sms ? 'a phone number' : 'an email address'}`);
        return;
      }
      chatRecords(server).transcripts.push({
        siteKey: chat.siteKey,
        chatUid: chat.chatUid,
        from: param(ctx, 2),
        to,
        subject: ctx.params[4] ?? '',
        sms,
        message: ctx.params[6] ?? '',
        pdf: parseFlag(ctx.params[7] ?? '') === true,
        documentId: param(ctx, 8),
        requestedBy: conn.username,
        at: world.now(),
      });
      conn.send('accepted', null, null);
    },

    SendTwoFactorAuth: (ctx) => {
      const { server, world, conn } = ctx;
      const chat = chatBySiteAndUid(ctx, 0, 1);
      if (chat === undefined) return;
      if (world.chat(chat.chatUid) === undefined) {
        notActive(ctx, chat.chatUid);
        return;
      }
      const email = required(ctx, 2, 'Email address');
      if (email === undefined) return;
      if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
        server.error(conn, `SendTwoFactorAuth: '${email}' is not an email address`);
        return;
      }
      const code = required(ctx, 3, 'Validation code');
      if (code === undefined) return;
      const message = param(ctx, 4) === '' ? TWO_FACTOR_DEFAULT : (ctx.params[4] ?? '');
      chatRecords(server).twoFactor.push({
        siteKey: chat.siteKey,
        chatUid: chat.chatUid,
        email,
        code,
        message,
        requestedBy: conn.username,
        at: world.now(),
      });
      visitorWindows(server).deliver(chat.chatUid, { kind: 'two-factor', email, code, message });
    },

    GetChatVisit: (ctx) => {
      const { server, world, conn } = ctx;
      const [siteKeyText = '', ip = '', trackingId = '', chatUid = ''] = ctx.params;
      const chat = chatUid.trim() === '' ? undefined : world.anyChat(chatUid.trim());
      const siteKey = chat?.siteKey ?? Number(siteKeyText);
      if (!Number.isInteger(siteKey) || !server.requireSite(conn, siteKey)) {
        if (!Number.isInteger(siteKey)) server.error(conn, `GetChatVisit: '${siteKeyText}' is not a site key`);
        return;
      }
      const visit = world.visit(chat?.visitorId ?? visitorIdOf({ siteKey, ip, trackingId }));
      if (visit === undefined) {
        server.error(conn, `GetChatVisit: no visit for ${chatUid.trim() === '' ? `${ip} ${trackingId}` : `chat ${chatUid}`}`);
        return;
      }
      conn.send('visitdetailchat', [siteKeyText, ip, trackingId, chatUid], wireVisitDetail(world, visit, 'Chatted'));
    },

    Contact: (ctx) => {
      const { server, world, conn } = ctx;
      const siteKey = Number(param(ctx, 0));
      if (!Number.isInteger(siteKey) || param(ctx, 0) === '') {
        server.error(conn, `Contact: '${param(ctx, 0)}' is not a site key`);
        return;
      }
      if (!server.requireSite(conn, siteKey)) return;
      const ip = required(ctx, 1, 'IP address');
      if (ip === undefined) return;
      const visit = world.visit(visitorIdOf({ siteKey, ip, trackingId: param(ctx, 2) }));
      if (visit === undefined) {
        server.error(conn, `Contact: no visitor ${ip} ${param(ctx, 2)} on site ${siteKey}`);
        return;
      }
      contactFieldOrder.forEach((field, index) => {
        const value = ctx.params[3 + index] ?? '';
        // Blank keeps the existing value (the spec).
        if (value.trim() !== '') visit.contact[field] = value;
      });
      conn.send('accepted', null, null);
    },

    CallBackStart: (ctx) => {
      const { server, world, conn } = ctx;
      const chatUid = required(ctx, 1, 'ChatUID');
      if (chatUid === undefined) return;
      const chat = world.anyChat(chatUid);
      const missed = world.missedChats.find((candidate) => candidate.chatUid === chatUid);
      const siteKey = chat?.siteKey ?? missed?.siteKey;
      if (siteKey === undefined) {
        server.error(conn, `CallBackStart: no chat with ChatUID ${chatUid}`);
        return;
      }
      if (!server.requireSite(conn, siteKey)) return;
      const phone = required(ctx, 2, 'Phone Number');
      if (phone === undefined) return;
      if (!/^\+?[\d ()-]{6,}$/.test(phone)) {
        server.error(conn, `CallBackStart: '${phone}' is not a phone number`);
        return;
      }
      const records = chatRecords(server);
      const id = records.nextCallbackId;
      records.nextCallbackId += 1;
      const started = world.now();
      const visitorName = chat?.name ?? missed?.name ?? '';
      const base = world.serverInfo.gatewayPassthroughUrl.replace(/\/+$/, '');
      const progress = (status: string, line: string): JsonObject => ({
        ID: id,
        SiteKey: siteKey,
        ChatUID: chatUid,
        FromNumber: CALLBACK_FROM_NUMBER,
        ToNumber: phone,
        UserName: conn.username,
        VisitorName: visitorName,
        CallStarted: wireDate(started),
        CallStatus: status,
        CallRecordingURL: status === 'completed' ? `${base}/callrecording?id=${id}` : '',
        TranscriptLine: line,
      });
      for (const step of CALLBACK_STEPS) {
        const send = (): void => conn.send('chatcallbackevent', null, progress(step.status, step.line(phone)));
        if (step.atMs === 0) send();
        else server.schedule(step.atMs, send);
      }
    },
  },
};

function operatorTyping(ctx: CommandContext, typing: boolean): void {
  const { server, world, conn } = ctx;
  const chatUid = required(ctx, 0, 'ChatUID');
  if (chatUid === undefined) return;
  const chat = world.chat(chatUid);
  if (chat === undefined) return;
  if (!server.requireSite(conn, chat.siteKey)) return;
  if (chat.talkingTo !== conn.connectionId) return;
  const windows = visitorWindows(server);
  if (windows.get(chatUid)?.operatorTyping === typing) return;
  windows.deliver(chatUid, { kind: 'operator-typing', operatorName: conn.name, typing });
  chatHooks(server).emit('operatorTyping', chat, conn, typing);
}
