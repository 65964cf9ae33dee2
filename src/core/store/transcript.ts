/**
 * Transcript lines as the panes show them, and how a server snapshot (`currentchat`,
 * `monitoredchat`, `chatdetail`) is merged with what is already on screen.
 *
 * WhosOn lines carry no ids. A snapshot therefore replaces every server line, and the
 * operator's own lines (which the server never echoes back) are kept only while they
 * are not in the snapshot: a line that went out and now appears there is dropped, so
 * no line is ever shown twice; lines still pending or failed stay after the snapshot,
 * and so do whispers, which no snapshot carries.
 */
import { parseMessage } from '../protocol/markup.js';
import type {
  ChatDetail,
  ChatHeader,
  ChatLine,
  ParsedMessage,
  SurveyField,
  VisitDetail,
} from '../protocol/models.js';

export type LineFrom = 'visitor' | 'operator' | 'system';

/** `received` came from the server; the others are my own lines on their way out. */
export type LineState = 'received' | 'pending' | 'sent' | 'failed';

export interface TranscriptLine {
  /** Stable and unique within its transcript (for keyed rendering). */
  readonly key: string;
  readonly from: LineFrom;
  /** The operator's name on operator lines, '' otherwise. */
  readonly operatorName: string;
  /** As the server wrote it, or an ISO time for lines seen live. */
  readonly dated: string;
  /** Plain text to show (markup removed). */
  readonly text: string;
  readonly message: ParsedMessage;
  readonly state: LineState;
  /** Why a line failed to go out. */
  readonly reason?: string;
  /** Set on my own lines: the id the session gave the message. */
  readonly localId?: string;
  /** A supervisor's private note (Whisper): never seen by the visitor. */
  readonly whisper?: boolean;
  /** What the visitor saw after the site's chat text rules (SendToFiltered). */
  readonly filteredText?: string;
  /** The translation the visitor saw (SendToTranslated). */
  readonly translatedText?: string;
  /** Listen mode: where the chat was transferred (Name, Department or Skill). */
  readonly transferTarget?: string;
}

export { SERVER_INDEX, VISITOR_INDEX } from './operator-index.js';
import { SERVER_INDEX, VISITOR_INDEX } from './operator-index.js';

/** The parts of a chat the server sends whole in a snapshot. */
export interface TranscriptView {
  readonly header: ChatHeader | null;
  /** TakenByUsers: OperatorIndex n names operators[n - 1]. */
  readonly operators: readonly string[];
  readonly preChatSurvey: readonly SurveyField[];
  readonly postChatSurvey: readonly SurveyField[];
  readonly visitDetail: VisitDetail | null;
  readonly lines: readonly TranscriptLine[];
  /** Numbers the keys of lines that arrive one at a time. */
  readonly seq: number;
}

export const emptyTranscriptView: TranscriptView = {
  header: null,
  operators: [],
  preChatSurvey: [],
  postChatSurvey: [],
  visitDetail: null,
  lines: [],
  seq: 0,
};

export function authorOf(
  operatorIndex: number,
  operators: readonly string[],
): { from: LineFrom; operatorName: string } {
  if (operatorIndex === VISITOR_INDEX) return { from: 'visitor', operatorName: '' };
  if (operatorIndex === SERVER_INDEX || operatorIndex < 0)
    return { from: 'system', operatorName: '' };
  return { from: 'operator', operatorName: operators[operatorIndex - 1] ?? '' };
}

/** The lines of a snapshot. Keys come from the line itself, so the same snapshot twice
 *  gives the same keys and the rendered rows are reused. */
export function serverLines(
  lines: readonly ChatLine[],
  operators: readonly string[],
): TranscriptLine[] {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const base = `srv:${line.dated}:${line.operatorIndex}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const message = parseMessage(line.message);
    const { from, operatorName } = authorOf(line.operatorIndex, operators);
    // One literal of a fixed shape: thousands of lines share one hidden class.
    return {
      // Joined, not concatenated: V8 keeps a concatenation as a tree of pieces, three
      // times the size of the flat string a join makes (10,000 lines: about 1 MB).
      key: [base, occurrence].join(':'),
      from,
      operatorName,
      dated: line.dated,
      text: message.text,
      message,
      state: 'received',
    };
  });
}

/** A line that arrived on its own (message, monitorv, listenc, ...). */
export function liveLine(
  seq: number,
  from: LineFrom,
  operatorName: string,
  message: ParsedMessage,
  now: number,
  extra: Partial<Pick<TranscriptLine, 'whisper' | 'transferTarget'>> = {},
): TranscriptLine {
  return {
    key: `live:${seq}`,
    from,
    operatorName,
    dated: new Date(now).toISOString(),
    text: message.text,
    message,
    state: 'received',
    ...extra,
  };
}

/** A line I typed, shown at once as pending. */
export function localLine(
  localId: string,
  text: string,
  at: number,
  operatorName: string,
  whisper = false,
): TranscriptLine {
  const message = parseMessage(text);
  return {
    key: `local:${localId}`,
    from: 'operator',
    operatorName,
    dated: new Date(at).toISOString(),
    text: message.text,
    message,
    state: 'pending',
    localId,
    ...(whisper ? { whisper: true } : {}),
  };
}

/** Adds my line, or puts an existing one with the same id back to pending (a retry). */
export function queueLocalLine(
  lines: readonly TranscriptLine[],
  line: TranscriptLine,
): readonly TranscriptLine[] {
  const index = findLocal(lines, line.localId ?? '');
  if (index < 0) return [...lines, line];
  const existing = lines[index]!;
  if (existing.state === 'pending' && existing.reason === undefined) return lines;
  const { reason: _reason, ...rest } = existing;
  return replaceAt(lines, index, { ...rest, state: 'pending' });
}

/** Marks my line sent or failed; the same array when the id is not in it. */
export function settleLocalLine(
  lines: readonly TranscriptLine[],
  localId: string,
  state: 'sent' | 'failed',
  reason?: string,
): readonly TranscriptLine[] {
  const index = findLocal(lines, localId);
  if (index < 0) return lines;
  const line = lines[index]!;
  if (line.state === state && line.reason === reason) return lines;
  const { reason: _old, ...rest } = line;
  return replaceAt(
    lines,
    index,
    state === 'failed' ? { ...rest, state, reason: reason ?? '' } : { ...rest, state },
  );
}

export function findLocal(lines: readonly TranscriptLine[], localId: string): number {
  // My newest lines are at the end: search from there.
  for (let i = lines.length - 1; i >= 0; i -= 1) if (lines[i]!.localId === localId) return i;
  return -1;
}

/**
 * Records on my last matching line what the server did to it: the filtered text
 * (SendToFiltered: `text` is what the visitor saw, `original` what I typed) or the
 * translation (SendToTranslated: `text` is mine, `translated` the visitor's). Matches by
 * text from the newest line back; failing that, my newest line not yet annotated.
 */
export function annotateOwnLine(
  lines: readonly TranscriptLine[],
  message: ParsedMessage,
  kind: 'filtered' | 'translated',
): readonly TranscriptLine[] {
  const typed = kind === 'filtered' ? (message.original ?? '') : message.text;
  const annotation =
    kind === 'filtered'
      ? { filteredText: message.text }
      : { translatedText: message.translated ?? '' };
  const field = kind === 'filtered' ? 'filteredText' : 'translatedText';
  const wanted = comparable(typed);
  let fallback = -1;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]!;
    if (line.from !== 'operator' || line.whisper || line.localId === undefined) continue;
    if (wanted !== '' && comparable(line.text) === wanted) {
      return replaceAt(lines, i, { ...line, ...annotation });
    }
    if (fallback < 0 && line[field] === undefined) fallback = i;
  }
  if (fallback < 0) return lines;
  return replaceAt(lines, fallback, { ...lines[fallback]!, ...annotation });
}

/**
 * Replaces the server lines with a snapshot and keeps my own lines that it does not
 * contain, after it. A sent line is matched against the snapshot's operator lines from
 * the newest back, each snapshot line standing for one of mine at most.
 */
export function reconcileLines(
  previous: readonly TranscriptLine[],
  snapshot: readonly TranscriptLine[],
): readonly TranscriptLine[] {
  // Whispers are not part of the visitor's transcript: the snapshot never has them.
  const own = previous.filter((line) => line.localId !== undefined || line.whisper === true);
  if (own.length === 0) return snapshot;
  const candidates: Array<{ texts: string[]; used: boolean }> = [];
  for (const line of snapshot) {
    if (line.from !== 'operator') continue;
    const texts = [comparable(line.text)];
    if (line.message.original !== null) texts.push(comparable(line.message.original));
    candidates.push({ texts, used: false });
  }
  const dropped = new Set<TranscriptLine>();
  for (let i = own.length - 1; i >= 0; i -= 1) {
    const line = own[i]!;
    if (line.state !== 'sent' || line.whisper) continue;
    const mine = [comparable(line.text)];
    if (line.filteredText !== undefined) mine.push(comparable(line.filteredText));
    for (let c = candidates.length - 1; c >= 0; c -= 1) {
      const candidate = candidates[c]!;
      if (candidate.used || !candidate.texts.some((text) => text !== '' && mine.includes(text)))
        continue;
      candidate.used = true;
      dropped.add(line);
      break;
    }
  }
  return [...snapshot, ...own.filter((line) => !dropped.has(line))];
}

/** Applies a snapshot (`currentchat`, `monitoredchat`, `chatdetail`) to a view. */
export function withSnapshot<T extends TranscriptView>(view: T, detail: ChatDetail): T {
  const operators = detail.header.takenByUsers;
  return {
    ...view,
    header: detail.header,
    operators,
    // A snapshot without surveys keeps what `prechatsurvey`/`postchatsurvey` gave.
    preChatSurvey: detail.preChatSurvey.length > 0 ? detail.preChatSurvey : view.preChatSurvey,
    postChatSurvey: detail.postChatSurvey.length > 0 ? detail.postChatSurvey : view.postChatSurvey,
    visitDetail: detail.visitDetail ?? view.visitDetail,
    lines: reconcileLines(view.lines, serverLines(detail.lines, operators)),
  };
}

/** Appends a live line and advances the key counter. */
export function withLiveLine<T extends TranscriptView>(
  view: T,
  from: LineFrom,
  operatorName: string,
  message: ParsedMessage,
  now: number,
  extra?: Partial<Pick<TranscriptLine, 'whisper' | 'transferTarget'>>,
): T {
  const line = liveLine(view.seq, from, operatorName, message, now, extra);
  return { ...view, seq: view.seq + 1, lines: [...view.lines, line] };
}

/**
 * Text as compared between my line and the server's copy: the server turns Markdown into
 * HTML and may reflow blanks, so tags, punctuation and case are ignored. Text made only of
 * symbols (emoji) is compared as typed.
 */
function comparable(text: string): string {
  const loose = text
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return loose !== '' ? loose : text.trim();
}

function replaceAt<T>(list: readonly T[], index: number, item: T): readonly T[] {
  const copy = list.slice();
  copy[index] = item;
  return copy;
}
