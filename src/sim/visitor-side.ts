/**
 * The server-side API of the visitor's chat window: what a website visitor does in a
 * chat, as the WhosOn server would receive it from the chat page. The scenario engine
 * drives it to play visitors; tests drive it to play one. Each call updates the world and
 * sends the operators what the spec says they get (chat requests, message, 1/0, preview,
 * document, postchatsurvey, chatscored...).
 */

import { chatHooks } from './chat-hooks.js';
import {
  appendLine,
  appendServerLine,
  closeActiveChat,
  PLEASE_WAIT,
} from './chat-lifecycle.js';
import { makeChat, makeVisitor } from './default-data.js';
import { announceDocument, base64Size, documentUrl, newDocument } from './handlers/knowledge.js';
import { withSuggestions } from './knowledge-search.js';
import { chatRouter } from './routing.js';
import type { SimServer } from './server.js';
import { translateText } from './translator.js';
import { visitorWindows, type VisitorWindow, type VisitorWindowListener } from './visitor-windows.js';
import { wireSurvey } from './wire.js';
import { visitorIdOf, type ChatRecord, type SiteRecord, type SurveyField } from './world.js';

export interface StartChatOptions {
  siteKey: number;
  /** The visitor's name from the pre-chat survey. */
  name: string;
  email?: string;
  phone?: string;
  /** The department the visitor asked for. */
  dept?: string;
  /** Skills the chat is routed by (names, matched case-insensitively; unknown ones are ignored). */
  skillNames?: readonly string[];
  /** The visitor's two-letter language. */
  lang?: string;
  /** The visitor asked for translation (effective only where the site has it enabled). */
  translation?: boolean;
  /** More pre-chat survey fields, after the built-in name and email. */
  survey?: readonly SurveyField[];
  /** Defaults to a made-up address. */
  ip?: string;
  /** Defaults to a made-up tracking id. */
  trackingId?: string;
}

/** The visitor cannot do that (the chat ended, the site refuses chats, uploads are off...). */
export class VisitorActionError extends Error {
  override readonly name = 'VisitorActionError';
}

/** Server lines for a visitor still waiting when the site's SLA thresholds pass. */
export const SLA_WARNING_LINE = 'Thank you for waiting. An operator will be with you shortly.';
export const SLA_REACHED_LINE = 'Sorry to keep you waiting. All our operators are busy; please stay with us.';

/** How long after a rating the sentiment score arrives (the server queues scoring). */
export const SCORING_DELAY_MS = 5_000;

const TRANSLATED_TAG = /<translated\s*>/i;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Base64 of the UTF-8 bytes, in Node and browsers alike. */
export function toBase64(content: string): string {
  const bytes = new TextEncoder().encode(content);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The `<link>` tag of a document message. */
export function linkMarkup(url: string, fileName: string): string {
  return `<link><url>${escapeXml(url)}</url><name>${escapeXml(fileName)}</name></link>`;
}

export class VisitorSide {
  readonly #server: SimServer;
  /** ChatUID -> cancels of its SLA timers. */
  readonly #slaTimers = new Map<string, Array<() => void>>();

  constructor(server: SimServer) {
    this.#server = server;
    chatHooks(server).on('closed', (chat) => this.#cancelSla(chat.chatUid));
  }

  /** What the visitor's chat window shows (kept a while after the chat closes). */
  window(chatUid: string): VisitorWindow | undefined {
    return visitorWindows(this.#server).get(chatUid);
  }

  /** Everything shown in any visitor window (operator lines, typing, requests, closing). */
  onWindowEvent(listener: VisitorWindowListener): () => void {
    return visitorWindows(this.#server).on(listener);
  }

  /**
   * A visitor asks for a chat: the chat is created waiting with the server's "Please
   * wait" line, everyone with access to the site gets `chatchanged`, and operators able
   * to take it get `chat` (or one auto-accept operator `acceptchat`). Returns the ChatUID.
   */
  startChat(options: StartChatOptions): string {
    const server = this.#server;
    const world = server.world;
    const site = world.site(options.siteKey);
    if (site === undefined) throw new VisitorActionError(`No site with key ${options.siteKey}`);
    if (site.paused) throw new VisitorActionError(`Site ${site.name} is paused: chats are not accepted`);
    const now = world.now();
    const ip = options.ip ?? this.#madeUpAddress();
    const blockedUntil = world.blockedVisitorIps.get(ip);
    if (blockedUntil !== undefined) {
      if (now < blockedUntil) throw new VisitorActionError(`Visitor address ${ip} is blocked from chatting`);
      world.blockedVisitorIps.delete(ip);
    }
    const trackingId = options.trackingId ?? this.#madeUpTrackingId();
    const lang = (options.lang ?? 'en').trim().toLowerCase() || 'en';
    const translation = (options.translation ?? false) && site.translationEnabled;
    const email = options.email ?? '';
    const visit = this.#visitFor(site, ip, trackingId, options.name, email);
    visit.chatting = true;
    visit.chattingLanguage = lang;
    visit.chattingTranslate = translation;
    visit.lastActivity = now;

    const skillIds: string[] = [];
    for (const name of options.skillNames ?? []) {
      const skill = world.skillByName(name);
      if (skill !== undefined && !skillIds.includes(skill.id)) skillIds.push(skill.id);
    }
    const survey: SurveyField[] = [{ name: 'VisitorName', value: options.name, builtInField: 'visitor name' }];
    if (email !== '') survey.push({ name: 'Email', value: email, builtInField: 'email' });
    if (options.phone !== undefined && options.phone !== '') {
      survey.push({ name: 'Phone', value: options.phone, builtInField: 'telephone' });
    }
    survey.push(...(options.survey ?? []).map((field) => ({ ...field })));

    const chat = makeChat({
      chatUid: world.newId(),
      chatNumber: world.nextChatNumber(),
      siteKey: site.siteKey,
      started: now,
      visitorId: visitorIdOf(visit),
      name: options.name,
      email,
      phone: options.phone ?? '',
      ip,
      trackingId,
      dns: visit.dns,
      location: visit.location,
      visitNo: visit.visitNo,
      lang,
      requestedDept: options.dept ?? '',
      skillIds,
      translation,
      preChatSurvey: survey,
      lines: [{ dated: now, operatorIndex: 99, message: PLEASE_WAIT }],
    });
    world.chats.set(chat.chatUid, chat);
    const window = visitorWindows(server).open(chat.chatUid);
    window.lines.push({ at: now, from: 'server', name: '', text: PLEASE_WAIT });

    const router = chatRouter(server);
    router.announce(chat);
    chatHooks(server).emit('started', chat);
    router.offer(chat);
    this.#scheduleSlaLines(site, chat);
    return chat.chatUid;
  }

  /**
   * The visitor sends a message. The operator holding the chat gets `message` (with
   * `<translated>` when the chat is translated, and `<Suggestions>` when their
   * SuggestResponses is on); a chat nobody holds yet notifies everyone who could take it.
   */
  visitorSays(chatUid: string, text: string): void {
    const server = this.#server;
    const world = server.world;
    const chat = this.#activeChat(chatUid);
    const site = world.site(chat.siteKey);
    const holder = chat.talkingTo === '' ? undefined : server.connection(chat.talkingTo);
    let stored = text;
    if (chat.translation && site?.translationEnabled === true && !TRANSLATED_TAG.test(text)) {
      const translated = translateText(text, chat.lang, holder?.lang ?? 'en');
      stored = `${text}<translated>${escapeXml(translated)}</translated>`;
    }
    appendLine(server, chat, 0, stored);
    const window = visitorWindows(server).get(chatUid);
    if (window !== undefined) {
      window.lines.push({ at: world.now(), from: 'visitor', name: chat.name, text });
      window.visitorTyping = false;
      if (window.twoFactorCodes.includes(text.trim())) window.emailVerified = true;
    }
    this.#touchVisit(chat);

    if (holder !== undefined) {
      const message = holder.user.suggestResponses ? withSuggestions(world, chat, stored, holder.username) : stored;
      holder.send('message', [chatUid], message);
    } else {
      server.sendTo(
        (conn) => conn.canAccessSite(chat.siteKey) && conn.rights.canTakeChats,
        'message',
        [chatUid],
        stored,
      );
    }
    chatHooks(server).emit('visitorMessage', chat, stored);
  }

  /** The visitor starts or stops typing: `1` / `0` to the operator holding the chat. */
  visitorTyping(chatUid: string, typing: boolean): void {
    const server = this.#server;
    const chat = this.#activeChat(chatUid);
    const window = visitorWindows(server).get(chatUid);
    if (window !== undefined) {
      if (window.visitorTyping === typing) return;
      window.visitorTyping = typing;
    }
    server.connection(chat.talkingTo)?.send(typing ? '1' : '0', [chatUid], '');
    chatHooks(server).emit('visitorTyping', chat, typing);
  }

  /** What the visitor has typed so far (typing preview): `preview` to the operator holding the chat. */
  visitorPreview(chatUid: string, text: string): void {
    const chat = this.#activeChat(chatUid);
    this.#server.connection(chat.talkingTo)?.send('preview', [chatUid], text);
  }

  /**
   * The visitor uploads a file: it is stored as a visitor-uploaded document (`document`
   * to everyone with access to the site, without content), and the operator gets a
   * `message` holding `<link><url>…</url><name>…</name></link>`. Returns the document id.
   */
  uploadFile(chatUid: string, fileName: string, content: string): string {
    const server = this.#server;
    const world = server.world;
    const chat = this.#activeChat(chatUid);
    const site = world.site(chat.siteKey);
    const window = visitorWindows(server).get(chatUid);
    if (site === undefined || site.allowFileUpload === 0) {
      throw new VisitorActionError('File uploads are not allowed on this site');
    }
    if (site.allowFileUpload === 2 && window?.documentRequested !== true) {
      throw new VisitorActionError('File uploads are allowed only when the operator asks for a file');
    }
    if (fileName.trim() === '') throw new VisitorActionError('The file needs a name');
    const base64 = toBase64(content);
    const document = newDocument(world, {
      fileName,
      size: base64Size(base64) ?? 0,
      visitorName: chat.name,
      visitorUploaded: true,
      siteKey: chat.siteKey,
      base64,
    });
    world.documents.push(document);
    if (window !== undefined) window.documentRequested = false;
    announceDocument(server, document);
    const link = linkMarkup(documentUrl(world, document.id), fileName);
    appendLine(server, chat, 0, link);
    window?.lines.push({ at: document.dated, from: 'visitor', name: chat.name, text: fileName });
    const holder = server.connection(chat.talkingTo);
    if (holder !== undefined) {
      holder.send('message', [chatUid], link);
    } else {
      server.sendTo((conn) => conn.canAccessSite(chat.siteKey) && conn.rights.canTakeChats, 'message', [chatUid], link);
    }
    chatHooks(server).emit('visitorMessage', chat, link);
    return document.id;
  }

  /**
   * The visitor completes a field the operator asked for (FieldRequest): the value
   * comes to the operator as a regular `message` and is kept with the chat's survey.
   */
  answerField(chatUid: string, fieldName: string, value: string): void {
    const chat = this.#activeChat(chatUid);
    const site = this.#server.world.site(chat.siteKey);
    const field = site?.onDemandFields.find((candidate) => candidate.fieldName.toLowerCase() === fieldName.toLowerCase());
    if (field === undefined) throw new VisitorActionError(`The site has no field named ${fieldName}`);
    const window = visitorWindows(this.#server).get(chatUid);
    window?.pendingFields.delete(field.fieldName.toLowerCase());
    const existing = chat.preChatSurvey.find((entry) => entry.name.toLowerCase() === field.fieldName.toLowerCase());
    if (existing !== undefined) existing.value = value;
    else chat.preChatSurvey.push({ name: field.fieldName, value });
    if (field.fieldType === 'email') {
      chat.email = value;
      const visit = this.#server.world.visit(chat.visitorId);
      if (visit !== undefined) visit.contact.email = value;
    }
    this.visitorSays(chatUid, value);
  }

  /**
   * The visitor closes the chat window: the chat closes for everyone. A chat nobody ever
   * took is marked missed and handed to the `missed` hook (the missed-chat family turns
   * it into a `missedchat`).
   */
  visitorLeaves(chatUid: string): void {
    const server = this.#server;
    const chat = this.#activeChat(chatUid);
    this.#cancelSla(chatUid);
    const neverTaken = chat.takenByUsers.length === 0;
    if (neverTaken) {
      chat.missed = true;
      chat.waitedSeconds = Math.max(0, Math.floor((server.world.now() - chat.started) / 1000));
    }
    closeActiveChat(server, chat, null);
    if (neverTaken) chatHooks(server).emit('missed', chat);
  }

  /**
   * The visitor completes the post-chat survey: everyone with access gets
   * `postchatsurvey`, and a few seconds later (the server queues scoring) `chatscored`.
   */
  rate(chatUid: string, rating: number, fields: readonly SurveyField[] = []): void {
    const server = this.#server;
    const chat = server.world.anyChat(chatUid);
    if (chat === undefined) throw new VisitorActionError(`No chat ${chatUid}`);
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      throw new VisitorActionError(`A rating is a whole number from 1 to 5, not ${rating}`);
    }
    chat.rating = rating;
    chat.postChatSurvey = [
      { name: 'Rating', value: String(rating), builtInField: 'chat rating' },
      ...fields.map((field) => ({ ...field, builtInField: field.builtInField ?? '' })),
    ];
    server.sendToSiteAccess(chat.siteKey, 'postchatsurvey', [chatUid], wireSurvey(chat.postChatSurvey, true));
    server.schedule(SCORING_DELAY_MS, () => {
      const score = sentimentScore(chat);
      chat.sentimentScore = score;
      server.sendToSiteAccess(chat.siteKey, 'chatscored', [chatUid], String(score));
    });
  }

  #activeChat(chatUid: string): ChatRecord {
    const chat = this.#server.world.chat(chatUid);
    if (chat === undefined) {
      const closed = this.#server.world.anyChat(chatUid) !== undefined;
      throw new VisitorActionError(closed ? `Chat ${chatUid} has ended` : `No chat ${chatUid}`);
    }
    return chat;
  }

  #touchVisit(chat: ChatRecord): void {
    const visit = this.#server.world.visit(chat.visitorId);
    if (visit !== undefined) visit.lastActivity = this.#server.world.now();
  }

  #visitFor(site: SiteRecord, ip: string, trackingId: string, name: string, email: string) {
    const world = this.#server.world;
    const id = visitorIdOf({ siteKey: site.siteKey, ip, trackingId });
    const existing = world.visitors.get(id);
    if (existing !== undefined) {
      if (existing.name === '') existing.name = name;
      if (existing.email === '' && email !== '') existing.email = email;
      if (existing.contact.name === '') existing.contact.name = name;
      if (existing.contact.email === '' && email !== '') existing.contact.email = email;
      return existing;
    }
    // Chats started without visitor tracking still get a visitor (the spec's Terminology).
    const visit = makeVisitor({
      siteKey: site.siteKey,
      ip,
      trackingId,
      started: world.now(),
      pages: ['chat.aspx'],
      name,
      email,
      placeIndex: world.random.int(0, 7),
      no: world.nextVisitNumber(site.siteKey),
    });
    world.visitors.set(id, visit);
    return visit;
  }

  #scheduleSlaLines(site: SiteRecord, chat: ChatRecord): void {
    const cancels: Array<() => void> = [];
    const stillWaiting = (): boolean =>
      this.#server.world.chats.has(chat.chatUid) && chat.talkingTo === '' && chat.takenByUsers.length === 0;
    const at = (seconds: number, line: string): void => {
      if (seconds <= 0) return;
      cancels.push(
        this.#server.schedule(seconds * 1000, () => {
          if (stillWaiting()) appendServerLine(this.#server, chat, line);
        }),
      );
    };
    at(site.slaWarningSeconds, SLA_WARNING_LINE);
    if (site.slaReachedSeconds > site.slaWarningSeconds) at(site.slaReachedSeconds, SLA_REACHED_LINE);
    this.#slaTimers.set(chat.chatUid, cancels);
  }

  #cancelSla(chatUid: string): void {
    for (const cancel of this.#slaTimers.get(chatUid) ?? []) cancel();
    this.#slaTimers.delete(chatUid);
  }

  #madeUpAddress(): string {
    const random = this.#server.world.random;
    return `${random.int(11, 223)}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
  }

  #madeUpTrackingId(): string {
    const random = this.#server.world.random;
    return `${random.int(100, 999)}-${String(random.int(0, 9_999_999_999)).padStart(10, '0')}`;
  }
}

/**
 * A sentiment score 1-100: the rating sets the level, the visitor's words nudge it.
 * Deterministic, so tests and replays agree.
 */
export function sentimentScore(chat: ChatRecord): number {
  const visitorText = chat.lines
    .filter((line) => line.operatorIndex === 0)
    .map((line) => line.message.toLowerCase())
    .join(' ');
  const positive = (visitorText.match(/\b(thanks|thank|great|perfect|brilliant|helpful|excellent)\b/g) ?? []).length;
  const negative = (visitorText.match(/\b(bad|wrong|broken|angry|terrible|useless|awful|damaged)\b/g) ?? []).length;
  const base = chat.rating > 0 ? chat.rating * 20 : 60;
  return Math.min(100, Math.max(1, base + 5 * positive - 5 * negative));
}

/** The server's visitor side (one per server). */
export function visitorSide(server: SimServer): VisitorSide {
  return server.extension('visitor-side', () => new VisitorSide(server));
}
