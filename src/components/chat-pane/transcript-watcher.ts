/**
 * Tells, before each render, what changed in the transcript on screen: another chat, or
 * new lines in the same one. New lines decide the scrolling (through ScrollFollow), the
 * "new messages" marker (only for lines that arrive unseen) and what the live region says
 * (visitor lines only: the operator knows what they wrote).
 */
import type { Conversation } from '../../core/store/slices/conversations.js';
import type { TranscriptLine } from '../../core/store/transcript.js';
import type { ScrollFollow } from './scroll-follow.js';

export type TranscriptChange = 'switched' | 'changed' | 'same';

export interface TranscriptWatcherOptions {
  readonly follow: ScrollFollow;
  /** The operator is looking at the latest lines right now. */
  readonly seeingLatest: () => boolean;
  /** Visitor lines that just arrived, to announce. */
  readonly announce: (conversation: Conversation, lines: readonly TranscriptLine[]) => void;
}

export function countVisitorLines(lines: readonly TranscriptLine[]): number {
  let count = 0;
  for (const line of lines) if (line.from === 'visitor') count += 1;
  return count;
}

/** The key of the first visitor line not yet read, or null when all are read. */
export function firstUnreadKey(conversation: Pick<Conversation, 'unread' | 'lines'>): string | null {
  let remaining = conversation.unread;
  if (remaining <= 0) return null;
  for (let i = conversation.lines.length - 1; i >= 0; i -= 1) {
    const line = conversation.lines[i]!;
    if (line.from !== 'visitor') continue;
    remaining -= 1;
    if (remaining === 0) return line.key;
  }
  return conversation.lines[0]?.key ?? null;
}

export class TranscriptWatcher {
  readonly #options: TranscriptWatcherOptions;
  #chatUid = '';
  #lines: readonly TranscriptLine[] = [];
  #visitorLines = 0;
  #markerKey: string | null = null;

  constructor(options: TranscriptWatcherOptions) {
    this.#options = options;
  }

  /** The line the "new messages" marker goes before, or null. */
  get markerKey(): string | null {
    return this.#markerKey;
  }

  /** The operator replied: whatever was new has been dealt with. */
  clearMarker(): void {
    this.#markerKey = null;
  }

  /** Call before rendering `conversation` (undefined: nothing to show for `chatUid`). */
  observe(chatUid: string, conversation: Conversation | undefined): TranscriptChange {
    const { follow } = this.#options;
    if (chatUid !== this.#chatUid) {
      this.#chatUid = chatUid;
      this.#lines = conversation?.lines ?? [];
      this.#visitorLines = conversation ? countVisitorLines(conversation.lines) : 0;
      this.#markerKey = conversation ? firstUnreadKey(conversation) : null;
      follow.linesAdded(0, true);
      return 'switched';
    }
    if (!conversation || conversation.lines === this.#lines) return 'same';
    const previous = this.#lines;
    const lines = conversation.lines;
    this.#lines = lines;
    // Lines appended to the same transcript, those before kept or changed in place (my line
    // sent or failed keeps its key): count only the new ones. Anything else is counted whole.
    const appended =
      lines.length >= previous.length && previous.length > 0 && lines[previous.length - 1]!.key === previous.at(-1)!.key;
    const visitorLines = appended
      ? this.#visitorLines + countVisitorLines(lines.slice(previous.length))
      : countVisitorLines(lines);
    const newVisitorLines = visitorLines - this.#visitorLines;
    this.#visitorLines = visitorLines;
    const added = Math.max(0, lines.length - previous.length);
    const last = lines.at(-1);
    // My own new message: show it, wherever the operator had scrolled.
    const mine = added > 0 && last?.localId !== undefined && last.state === 'pending';
    follow.linesAdded(added, mine);
    if (newVisitorLines > 0) {
      if (this.#markerKey === null && conversation.unread > 0 && !this.#options.seeingLatest()) {
        this.#markerKey = firstUnreadKey(conversation);
      }
      const said: TranscriptLine[] = [];
      for (let i = lines.length - 1; i >= 0 && said.length < newVisitorLines; i -= 1) {
        if (lines[i]!.from === 'visitor') said.unshift(lines[i]!);
      }
      this.#options.announce(conversation, said);
    }
    return 'changed';
  }
}
