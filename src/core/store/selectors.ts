/**
 * Derived views of the state for the elements. List selectors are memoised on the slice
 * they read, so calling them on every render costs nothing until that slice changes.
 */
import type { Client, Site } from '../protocol/models.js';
import type { SessionState } from './state.js';
import { isWaiting, type ChatEntry } from './slices/chats.js';
import { sortedView, type SortedView } from './sorted-view.js';
import type { Conversation } from './slices/conversations.js';
import { SERVER_INDEX, VISITOR_INDEX } from './operator-index.js';

/**
 * How long a typing indicator lasts without news. Senders stop after 2 s without a key
 * press and the visitor's preview refreshes it while they type; a stop that never
 * arrives (lost, or the visitor closed the window) must not leave "typing…" on screen.
 */
export const TYPING_EXPIRY_MS = 15_000;

/** True while `at` (the last start-typing signal) is recent enough to believe. */
export function isTypingFresh(at: number | null, now: number): boolean {
  return at !== null && now - at < TYPING_EXPIRY_MS;
}

/** The visitor is typing: a '1' or a preview came less than TYPING_EXPIRY_MS ago, and no '0' or message since. */
export function isVisitorTyping(
  conversation: Pick<Conversation, 'visitorTypingAt'>,
  now: number,
): boolean {
  return isTypingFresh(conversation.visitorTypingAt, now);
}

/**
 * Oldest first: by when the visitor started waiting, then in the server's order (chats
 * that arrive in the same millisecond), then by ChatUID, so the order is total.
 */
function byWaitingSince(a: ChatEntry, b: ChatEntry): number {
  return (
    a.waitingSince - b.waitingSince ||
    a.arrival - b.arrival ||
    (a.chatUid < b.chatUid ? -1 : a.chatUid > b.chatUid ? 1 : 0)
  );
}

const waitingView = sortedView(isWaiting, byWaitingSince);
const activeView = sortedView((chat: ChatEntry) => !isWaiting(chat), byWaitingSince);

/** Chats nobody has picked up (blank TalkingToClientId), longest waiting first. */
export function waitingChats(state: Pick<SessionState, 'chats'>): readonly ChatEntry[] {
  return waitingView(state.chats);
}

/** Chats an operator is talking to, oldest first. */
export function activeChats(state: Pick<SessionState, 'chats'>): readonly ChatEntry[] {
  return activeView(state.chats);
}

/** Views of the chats one connection holds and of everyone else's, for the last connection asked. */
let takenViews: { connectionId: string; mine: SortedView<ChatEntry>; others: SortedView<ChatEntry> } | null = null;

function viewsFor(connectionId: string): NonNullable<typeof takenViews> {
  if (takenViews?.connectionId !== connectionId) {
    takenViews = {
      connectionId,
      mine: sortedView((chat) => chat.talkingToClientId === connectionId, byWaitingSince),
      others: sortedView((chat) => !isWaiting(chat) && chat.talkingToClientId !== connectionId, byWaitingSince),
    };
  }
  return takenViews;
}

/** Chats my connection is talking to, oldest first. */
export function myChats(state: Pick<SessionState, 'chats' | 'me'>): readonly ChatEntry[] {
  const me = state.me.connectionId;
  if (me === '') return [];
  return viewsFor(me).mine(state.chats);
}

/** Chats other operators are talking to, oldest first. */
export function colleaguesChats(state: Pick<SessionState, 'chats' | 'me'>): readonly ChatEntry[] {
  return viewsFor(state.me.connectionId).others(state.chats);
}

export interface ChatFilter {
  /** Only these sites; all when absent or empty. */
  readonly siteKeys?: readonly number[];
  /** Only chats with one of these skills (names or ids, any case); all when absent or empty. */
  readonly skills?: readonly string[];
  /**
   * Whether chats without skills match a skill filter (default true): the spec says a
   * chat without skills can be taken by anyone.
   */
  readonly includeUnskilled?: boolean;
}

/** The chats that pass `filter`; the very same list when the filter narrows nothing. */
export function filterChats(chats: readonly ChatEntry[], filter: ChatFilter): readonly ChatEntry[] {
  const sites = filter.siteKeys && filter.siteKeys.length > 0 ? new Set(filter.siteKeys) : null;
  const skills =
    filter.skills && filter.skills.length > 0
      ? new Set(filter.skills.map((skill) => skill.trim().toLowerCase()))
      : null;
  const includeUnskilled = filter.includeUnskilled ?? true;
  if (sites === null && skills === null) return chats;
  return chats.filter((chat) => {
    if (sites !== null && !sites.has(chat.siteKey)) return false;
    if (skills === null) return true;
    const own = [...chat.skillNames, ...chat.skillIds];
    if (own.length === 0) return includeUnskilled;
    return own.some((skill) => skills.has(skill.trim().toLowerCase()));
  });
}

export type SlaLevel = 'ok' | 'warning' | 'breached';

/**
 * A waiting chat against its site's thresholds: the time waited is the server's
 * WaitedSeconds plus the time since it was received (`waitingSince` holds both). A
 * taken chat, or a site without thresholds, is 'ok'.
 */
export function slaLevel(
  chat: Pick<ChatEntry, 'talkingToClientId' | 'waitingSince'>,
  site: Pick<Site, 'slaWarningSeconds' | 'slaReachedSeconds'> | undefined,
  now: number,
): SlaLevel {
  if (!isWaiting(chat) || site === undefined) return 'ok';
  const waited = (now - chat.waitingSince) / 1000;
  if (site.slaReachedSeconds > 0 && waited >= site.slaReachedSeconds) return 'breached';
  if (site.slaWarningSeconds > 0 && waited >= site.slaWarningSeconds) return 'warning';
  return 'ok';
}

function sameDepartment(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Operators I may offer a chat to: online (Status 0), not me, and within my department
 * unless my rights let me see and transfer outside it. Nothing before login (no rights).
 */
export function onlineOperatorsForTransfer(state: Pick<SessionState, 'clients' | 'me'>): Client[] {
  const { rights, connectionId } = state.me;
  if (rights === null) return [];
  const myDept = state.clients[connectionId]?.dept ?? state.me.user?.dept ?? '';
  const anyDept = rights.canTransferOutsideOwnDepartment && rights.canSeeUsersOutsideOwnDepartment;
  return Object.values(state.clients)
    .filter(
      (client) =>
        client.status === 0 &&
        client.connectionId !== connectionId &&
        (anyDept || sameDepartment(client.dept, myDept)),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Who wrote a line, by OperatorIndex: the visitor (0), the server (99, ''), or the n-th operator. */
export function operatorName(
  conversation: Pick<Conversation, 'operators' | 'visitorName'>,
  index: number,
): string {
  if (index === VISITOR_INDEX) return conversation.visitorName;
  if (index === SERVER_INDEX || index < 0) return '';
  return conversation.operators[index - 1] ?? '';
}

/** Conversations still mine (not closed, not left), oldest first. */
export function openConversations(state: Pick<SessionState, 'conversations'>): Conversation[] {
  return state.conversations
    .toArray()
    .filter((conversation) => !conversation.closed && !conversation.left)
    .sort((a, b) => a.openedAt - b.openedAt);
}

/** Visitor messages not yet seen, over all my conversations. */
export function unreadTotal(state: Pick<SessionState, 'conversations'>): number {
  let total = 0;
  state.conversations.forEach((conversation) => (total += conversation.unread));
  return total;
}
