/**
 * User-to-user chats, one thread per colleague, keyed by user name: connection ids change
 * with every login, user names do not, and `clientchat` history names the user.
 *
 * History (`clientchat`, newest first on the wire, 100 lines a page) merges by line Id.
 * Lines seen live carry no Id: when a page brings lines newer than any history held, the
 * live lines it contains (same direction, same text, matched newest back) give way to
 * the history copy, so no line shows twice. My pending or failed lines always stay.
 */
import type { UserChatLine } from '../../protocol/models.js';
import type { ReducerContext, SliceReducer } from '../context.js';
import { setEntry, updateEntry } from '../records.js';
import type { LineState } from '../transcript.js';

export interface UserChatEntry {
  readonly key: string;
  /** The server's line id; null for lines seen live or typed here. */
  readonly id: string | null;
  /** Server lines: UTC as the server wrote it. Live lines: an ISO time. */
  readonly dated: string;
  readonly mine: boolean;
  readonly text: string;
  readonly state: LineState;
  readonly localId?: string;
  readonly reason?: string;
}

export interface UserChatThread {
  readonly userName: string;
  /** The colleague's connection for this login ('' when only history is known). */
  readonly connectionId: string;
  /** Oldest first. */
  readonly lines: readonly UserChatEntry[];
  readonly seq: number;
  /** When the colleague last started typing (`c1`); null after `c0` or a message. */
  readonly typingAt: number | null;
  readonly unread: number;
  /** The Id to pass to GetClientChat for the page before the oldest one held. */
  readonly oldestId: string | null;
}

export type UserChatsState = Readonly<Record<string, UserChatThread>>;

export const initialUserChats: UserChatsState = {};

function newThread(userName: string, connectionId: string): UserChatThread {
  return { userName, connectionId, lines: [], seq: 0, typingAt: null, unread: 0, oldestId: null };
}

/** The thread key for a connection: the user's name, or the connection id if unknown. */
function threadKey(context: ReducerContext, connectionId: string): string {
  return context.clients[connectionId]?.userName || connectionId;
}

function change(
  state: UserChatsState,
  context: ReducerContext,
  connectionId: string,
  create: boolean,
  update: (thread: UserChatThread) => UserChatThread,
): UserChatsState {
  const key = threadKey(context, connectionId);
  const existing = state[key];
  if (existing === undefined && !create) return state;
  const thread = existing ?? newThread(key, connectionId);
  const current = thread.connectionId === connectionId ? thread : { ...thread, connectionId };
  return setEntry(state, key, update(current));
}

function settle(
  state: UserChatsState,
  localId: string,
  update: (line: UserChatEntry) => UserChatEntry,
): UserChatsState {
  for (const thread of Object.values(state)) {
    for (let i = thread.lines.length - 1; i >= 0; i -= 1) {
      const line = thread.lines[i]!;
      if (line.localId !== localId) continue;
      const updated = update(line);
      if (updated === line) return state;
      const lines = thread.lines.slice();
      lines[i] = updated;
      return setEntry(state, thread.userName, { ...thread, lines });
    }
  }
  return state;
}

function byDate(a: UserChatEntry, b: UserChatEntry): number {
  if (a.dated !== b.dated) return a.dated < b.dated ? -1 : 1;
  return (a.id ?? '') < (b.id ?? '') ? -1 : 1;
}

/** Merges a history page into a thread; see the module comment. */
export function mergeHistory(
  thread: UserChatThread,
  page: readonly UserChatLine[],
): UserChatThread {
  if (page.length === 0) return thread;
  const history = new Map<string, UserChatEntry>();
  const live: UserChatEntry[] = [];
  let newestHeld = '';
  for (const line of thread.lines) {
    if (line.id === null) live.push(line);
    else {
      history.set(line.id, line);
      if (line.dated > newestHeld) newestHeld = line.dated;
    }
  }
  const added: UserChatEntry[] = [];
  for (const line of page) {
    if (history.has(line.id)) continue;
    const entry: UserChatEntry = {
      key: `id:${line.id}`,
      id: line.id,
      dated: line.dated,
      mine: line.myLine,
      text: line.text,
      state: 'received',
    };
    history.set(line.id, entry);
    added.push(entry);
  }
  if (added.length === 0) return thread;

  // Only lines newer than the history already held can be copies of lines seen live.
  const candidates = added.filter((line) => line.dated > newestHeld).sort(byDate);
  const dropped = new Set<UserChatEntry>();
  let from = candidates.length - 1;
  for (let i = live.length - 1; i >= 0 && from >= 0; i -= 1) {
    const line = live[i]!;
    if (line.state === 'pending' || line.state === 'failed') continue;
    for (let c = from; c >= 0; c -= 1) {
      const candidate = candidates[c]!;
      if (candidate.mine === line.mine && candidate.text.trim() === line.text.trim()) {
        dropped.add(line);
        from = c - 1;
        break;
      }
    }
  }
  const lines = [
    ...[...history.values()].sort(byDate),
    ...live.filter((line) => !dropped.has(line)),
  ];
  // The page's last line is its oldest: the Id to ask for the page before it.
  const pageOldest = page[page.length - 1]!;
  const oldestHeld = thread.oldestId === null ? null : history.get(thread.oldestId);
  const oldestId =
    oldestHeld === undefined || oldestHeld === null || pageOldest.dated < oldestHeld.dated
      ? pageOldest.id
      : thread.oldestId;
  return { ...thread, lines, oldestId };
}

export const userChatsReducer: SliceReducer<UserChatsState> = (state, action, context) => {
  switch (action.name) {
    case 'fromclient': {
      const { connectionId, text } = action.payload;
      return change(state, context, connectionId, true, (thread) => ({
        ...thread,
        seq: thread.seq + 1,
        lines: [
          ...thread.lines,
          {
            key: `live:${thread.seq}`,
            id: null,
            dated: new Date(context.now).toISOString(),
            mine: false,
            text,
            state: 'received',
          },
        ],
        typingAt: null,
        unread: thread.unread + 1,
      }));
    }
    case 'c1':
      return change(state, context, action.payload.connectionId, true, (thread) => ({
        ...thread,
        typingAt: context.now,
      }));
    case 'c0':
      return change(state, context, action.payload.connectionId, false, (thread) =>
        thread.typingAt === null ? thread : { ...thread, typingAt: null },
      );
    case 'clientchat': {
      const { userName, lines } = action.payload;
      const existing = state[userName] ?? newThread(userName, '');
      const merged = mergeHistory(existing, lines);
      return merged === existing ? state : setEntry(state, userName, merged);
    }
    case 'local:user-message-queued': {
      const { connectionId, localId, text, at } = action.payload;
      return change(state, context, connectionId, true, (thread) => {
        const index = thread.lines.findIndex((line) => line.localId === localId);
        if (index >= 0) {
          // The same message queued again (a retry): back to pending.
          const { reason: _reason, ...line } = thread.lines[index]!;
          const lines = thread.lines.slice();
          lines[index] = { ...line, state: 'pending' };
          return { ...thread, lines };
        }
        const line: UserChatEntry = {
          key: `local:${localId}`,
          id: null,
          dated: new Date(at).toISOString(),
          mine: true,
          text,
          state: 'pending',
          localId,
        };
        return { ...thread, lines: [...thread.lines, line] };
      });
    }
    case 'local:user-message-sent':
      return settle(state, action.payload.localId, (line) => {
        if (line.state === 'sent') return line;
        const { reason: _reason, ...rest } = line;
        return { ...rest, state: 'sent' };
      });
    case 'local:user-message-failed': {
      const { reason } = action.payload;
      return settle(state, action.payload.localId, (line) =>
        line.state === 'failed' && line.reason === reason
          ? line
          : { ...line, state: 'failed', reason },
      );
    }
    case 'local:user-chat-read':
      return updateEntry(state, action.payload.userName, (thread) =>
        thread.unread === 0 ? thread : { ...thread, unread: 0 },
      );
    default:
      return state;
  }
};
