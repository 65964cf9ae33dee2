/**
 * The knowledge matcher: ArticleSearch, GetSuggestion and the `<Suggestions>` the server
 * appends to visitor messages. Articles and auto-responses of the site (and skills) are
 * ranked by keyword similarity (src/sim/text-match.ts); when none is close enough, the
 * operator's answer to the most similar earlier visitor line is offered instead, as the
 * spec describes ("searches previous chats for responses to similar visitor messages").
 *
 * For the chat flow: `withSuggestions(world, chat, message)` returns the message with the
 * `<Suggestions>` tag appended (or unchanged when nothing matches).
 */

import { skillsMatch } from './knowledge-access.js';
import { keywords, prepare, sharedKeywords, similarity, type PreparedItem } from './text-match.js';
import type { ChatRecord, World } from './world.js';

export interface SearchScope {
  readonly siteKey: number;
  /** Blank: every skill. */
  readonly skillIds: readonly string[];
}

export interface KnowledgeMatch {
  readonly kind: 'article' | 'autoresponse';
  readonly id: string;
  readonly subject: string;
  readonly content: string;
  readonly documentId: string;
  /** 0..1 */
  readonly similarity: number;
}

export interface SuggestedResponse {
  readonly content: string;
  readonly documentId: string;
}

/** Below this an item (or earlier visitor line) is not offered as a suggestion. */
export const SUGGESTION_THRESHOLD = 0.3;

/** How many recent chats the fallback search reads. */
const RECENT_CHATS_SEARCHED = 300;

interface Candidate {
  readonly kind: KnowledgeMatch['kind'];
  readonly id: string;
  readonly subject: string;
  readonly content: string;
  readonly documentId: string;
  readonly prepared: PreparedItem;
}

/**
 * Items assigned to the site with a matching skill; with `username`, also that user's
 * private auto-responses (the ones without sites), which only they can use.
 */
function candidates(world: World, scope: SearchScope, username: string): Candidate[] {
  const fits = (item: { skillIds: readonly string[]; content: string }): boolean =>
    item.content.trim() !== '' && skillsMatch(item.skillIds, scope.skillIds);
  const list: Candidate[] = [];
  for (const article of world.articles) {
    if (fits(article) && article.siteKeys.includes(scope.siteKey)) {
      list.push({ kind: 'article', ...pick(article), prepared: prepare(article) });
    }
  }
  for (const response of world.autoResponses) {
    const onSite = response.siteKeys.includes(scope.siteKey);
    const own =
      username !== '' && response.siteKeys.length === 0 && response.ownerUsername.toLowerCase() === username.toLowerCase();
    if (fits(response) && (onSite || own)) {
      list.push({ kind: 'autoresponse', ...pick(response), prepared: prepare(response) });
    }
  }
  return list;
}

function pick(item: { id: string; subject: string; content: string; documentId: string }) {
  return { id: item.id, subject: item.subject, content: item.content, documentId: item.documentId };
}

/** Articles and auto-responses of the scope that share a keyword with `text`, best first. */
export function searchKnowledge(
  world: World,
  scope: SearchScope,
  text: string,
  top: number,
  username = '',
): KnowledgeMatch[] {
  const query = keywords(text);
  if (query.size === 0 || top <= 0) return [];
  return candidates(world, scope, username)
    .map((candidate) => ({
      candidate,
      score: similarity(query, candidate.prepared),
      shared: sharedKeywords(query, candidate.prepared),
    }))
    .filter((entry) => entry.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.shared - a.shared ||
        (a.candidate.kind === b.candidate.kind ? 0 : a.candidate.kind === 'article' ? -1 : 1) ||
        a.candidate.subject.localeCompare(b.candidate.subject),
    )
    .slice(0, top)
    .map(({ candidate, score }) => ({
      kind: candidate.kind,
      id: candidate.id,
      subject: candidate.subject,
      content: candidate.content,
      documentId: candidate.documentId,
      similarity: score,
    }));
}

/** Chat text without the markup the server adds (translations, suggestions, links). */
export function plainChatText(message: string): string {
  return message
    .replace(/<translated>[\s\S]*?(?:<\/translated>|$)/gi, '')
    .replace(/<suggestions>[\s\S]*$/i, '')
    .replace(/<original>[\s\S]*?(?:<\/original>|$)/gi, '')
    .trim();
}

function isOperatorLine(operatorIndex: number): boolean {
  return operatorIndex >= 1 && operatorIndex < 99;
}

/**
 * The operator's reply to the earlier visitor line most like `text`, among the site's
 * recent chats with matching skills; null when no line is similar enough.
 */
export function recentOperatorReply(
  world: World,
  scope: SearchScope,
  text: string,
  excludeChatUid = '',
): SuggestedResponse | null {
  const query = keywords(text);
  if (query.size === 0) return null;
  const chats = [...world.chats.values(), ...world.closedChats.slice(-RECENT_CHATS_SEARCHED)]
    .filter((chat) => chat.siteKey === scope.siteKey && chat.chatUid !== excludeChatUid)
    .filter((chat) => skillsMatch(chat.skillIds, scope.skillIds))
    .sort((a, b) => b.started - a.started);
  let best: { score: number; reply: string } | null = null;
  for (const chat of chats) {
    for (let index = 0; index < chat.lines.length; index += 1) {
      const line = chat.lines[index] as ChatRecord['lines'][number];
      if (line.operatorIndex !== 0) continue;
      const reply = chat.lines.slice(index + 1).find((next) => isOperatorLine(next.operatorIndex));
      const replyText = reply === undefined ? '' : plainChatText(reply.message);
      if (replyText === '') continue;
      const score = similarity(query, prepare({ subject: plainChatText(line.message), content: '', keywordsFixed: '' }));
      if (score >= SUGGESTION_THRESHOLD && (best === null || score > best.score)) best = { score, reply: replyText };
    }
  }
  return best === null ? null : { content: best.reply, documentId: '' };
}

export interface SuggestOptions {
  /** At most this many (default 3, as the spec says). */
  readonly max?: number;
  /** The chat being answered: its own lines are not searched. */
  readonly excludeChatUid?: string;
  /** The operator's private auto-responses are offered too. */
  readonly username?: string;
}

/**
 * Up to `max` auto-responses or articles matching a visitor's message; when none is
 * close enough, the best matching recent operator reply; [] when nothing matches.
 */
export function suggestionsFor(
  world: World,
  scope: SearchScope,
  text: string,
  options: SuggestOptions = {},
): SuggestedResponse[] {
  const { max = 3, excludeChatUid = '', username = '' } = options;
  const matches = searchKnowledge(world, scope, text, max, username).filter(
    (match) => match.similarity >= SUGGESTION_THRESHOLD,
  );
  if (matches.length > 0) return matches.map((match) => ({ content: match.content, documentId: match.documentId }));
  const reply = recentOperatorReply(world, scope, text, excludeChatUid);
  return reply === null ? [] : [reply];
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** `<Suggestions><Suggest><Content>…</Content>[<DocumentId>…</DocumentId>]</Suggest>…</Suggestions>`, '' for none. */
export function suggestionsMarkup(suggestions: readonly SuggestedResponse[]): string {
  if (suggestions.length === 0) return '';
  const items = suggestions.map((suggestion) => {
    const document = suggestion.documentId === '' ? '' : `<DocumentId>${escapeXml(suggestion.documentId)}</DocumentId>`;
    return `<Suggest><Content>${escapeXml(suggestion.content)}</Content>${document}</Suggest>`;
  });
  return `<Suggestions>${items.join('')}</Suggestions>`;
}

/**
 * A visitor message as the operator holding the chat receives it when their user has
 * SuggestResponses: with up to three suggestions appended, matched on the message text
 * (a <translated> part is matched instead when present: it is in the operator's language).
 */
export function withSuggestions(world: World, chat: ChatRecord, message: string, username = ''): string {
  const translated = /<translated>([\s\S]*?)(?:<\/translated>|$)/i.exec(message)?.[1];
  const text = translated !== undefined && translated.trim() !== '' ? translated : plainChatText(message);
  const markup = suggestionsMarkup(
    suggestionsFor(world, { siteKey: chat.siteKey, skillIds: chat.skillIds }, text, {
      excludeChatUid: chat.chatUid,
      username,
    }),
  );
  return markup === '' ? message : `${message}${markup}`;
}
