/**
 * Takes apart the markup the server puts in message text: `<translated>` (closing tag in
 * any case), `<original>` (SendToFiltered), `<Suggestions><Suggest><Content>…
 * <DocumentId>…` (Server Response Suggestion) and `<link><url>…<name>…` (Document Uploads).
 *
 * Tolerance, because the spec's own examples are not well-formed XML:
 * - tag names in any case, blanks allowed before `>` (`<Suggest >`), anything between tags;
 * - an element without its closing tag ends where the next element of its level opens,
 *   or where its container ends; for `<translated>`, `<original>` and `<Suggestions>`
 *   (which come once per message) the same opening tag met again is read as the closing
 *   tag, which is what the spec's suggestion example writes;
 * - a stray closing tag of ours is dropped; any other `<` or `&` is text and stays as
 *   written (`a <b> c`, `x < y`, `<script>` too: escaping is the renderer's job);
 * - a `<Suggest>` without `<Content>` takes its bare text as content, a `<link>` without
 *   `<url>` its bare text as URL, a `<Suggestions>` without `<Suggest>` is one suggestion.
 *
 * XML entities (`&lt;` `&gt;` `&amp;` `&quot;` `&apos;`, numeric) are decoded inside our
 * tags only. The tags look XML-built, and a server that escapes would otherwise show
 * `&amp;` in file names and break URLs; a server that does not escape loses nothing but a
 * literal "&amp;" typed into a suggestion. Text outside our tags is never decoded: it is
 * what the visitor typed.
 *
 * The parse is a left-to-right scan with `indexOf` and cached tag positions; the only
 * regular expressions (ASCII lower-casing, entities) have no nested quantifiers. Hostile
 * input therefore costs linear time: there is nothing to backtrack.
 */

import type { MessageLink, MessageSuggestion, ParsedMessage } from './models.js';

interface TagMatch {
  /** Index of `<`. */
  start: number;
  /** Index just past `>`. */
  end: number;
}

const GREATER_THAN = 0x3e;

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

/**
 * Finds `<name>` / `</name>` (blanks allowed before `>`) in the lower-cased message.
 * Remembers its last answer: a scan asks with a growing `from`, so every finder walks the
 * message at most once, however many times it is asked.
 */
class TagFinder {
  private lastFrom = -1;
  private lastMatch: TagMatch | null = null;

  constructor(
    private readonly lower: string,
    /** `<name` or `</name`. */
    private readonly prefix: string,
  ) {}

  find(from: number): TagMatch | null {
    const stillValid =
      this.lastFrom >= 0 &&
      from >= this.lastFrom &&
      (this.lastMatch === null || this.lastMatch.start >= from);
    if (!stillValid) {
      this.lastFrom = from;
      this.lastMatch = this.search(from);
    }
    return this.lastMatch;
  }

  private search(from: number): TagMatch | null {
    const { lower, prefix } = this;
    let at = lower.indexOf(prefix, from);
    while (at !== -1) {
      let index = at + prefix.length;
      while (index < lower.length && isBlank(lower.charCodeAt(index))) index += 1;
      if (lower.charCodeAt(index) === GREATER_THAN) return { start: at, end: index + 1 };
      // `<suggest` inside `<suggestions>`, `<link` in `<linked>`: not this tag.
      at = lower.indexOf(prefix, index);
    }
    return null;
  }
}

/** Elements that come once per message: their opening tag met again closes them. */
const CLOSED_BY_OWN_OPENING_TAG: ReadonlySet<string> = new Set(['translated', 'original', 'suggestions']);

interface ElementTags {
  /** Lower case. */
  readonly name: string;
  readonly opening: TagFinder;
  readonly closing: TagFinder;
}

/** The elements that may sit side by side at one depth of the markup. */
type Level = readonly ElementTags[];

/** The tag finders of one message, one set per depth. */
class MessageLevels {
  readonly message: Level;
  readonly suggestions: Level;
  readonly suggest: Level;
  readonly link: Level;

  constructor(raw: string) {
    // ASCII-only lowering keeps every index aligned with `raw` (full Unicode
    // lower-casing can change the length, e.g. for `İ`).
    const lower = raw.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
    const level = (names: readonly string[]): Level =>
      names.map((name) => ({
        name,
        opening: new TagFinder(lower, `<${name}`),
        closing: new TagFinder(lower, `</${name}`),
      }));
    this.message = level(['translated', 'original', 'suggestions', 'link']);
    this.suggestions = level(['suggest']);
    this.suggest = level(['content', 'documentid']);
    this.link = level(['url', 'name']);
  }
}

interface Token extends TagMatch {
  element: ElementTags;
  closing: boolean;
}

/** The first opening (and, if asked, closing) tag of the level lying wholly in [from, end). */
function firstTag(level: Level, from: number, end: number, includeClosing: boolean): Token | null {
  let first: Token | null = null;
  for (const element of level) {
    const opening = element.opening.find(from);
    if (opening && opening.end <= end && (first === null || opening.start < first.start)) {
      first = { start: opening.start, end: opening.end, element, closing: false };
    }
    if (!includeClosing) continue;
    const closing = element.closing.find(from);
    if (closing && closing.end <= end && (first === null || closing.start < first.start)) {
      first = { start: closing.start, end: closing.end, element, closing: true };
    }
  }
  return first;
}

/** A piece of a scanned range: an element's content, or text between elements (name null). */
interface Segment {
  name: string | null;
  start: number;
  end: number;
}

/**
 * Splits [start, end) of the message into the contents of the level's elements and the
 * text between them, in order. Stray closing tags are left out.
 */
function scan(level: Level, start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  let position = start;
  while (position < end) {
    const token = firstTag(level, position, end, true);
    if (!token) {
      segments.push({ name: null, start: position, end });
      break;
    }
    if (token.start > position) segments.push({ name: null, start: position, end: token.start });
    if (token.closing) {
      position = token.end;
      continue;
    }

    const { element } = token;
    const contentStart = token.end;
    const closing = element.closing.find(contentStart);
    const nextOpening = firstTag(level, contentStart, end, false);
    let contentEnd = end;
    let resumeAt = end;
    if (closing && closing.end <= end && (!nextOpening || closing.start < nextOpening.start)) {
      contentEnd = closing.start;
      resumeAt = closing.end;
    } else if (nextOpening) {
      contentEnd = nextOpening.start;
      const closesThis =
        nextOpening.element === element && CLOSED_BY_OWN_OPENING_TAG.has(element.name);
      resumeAt = closesThis ? nextOpening.end : nextOpening.start;
    }
    segments.push({ name: element.name, start: contentStart, end: contentEnd });
    position = resumeAt;
  }
  return segments;
}

const XML_ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(
    XML_ENTITY,
    (entity, decimal: string | undefined, hex: string | undefined, named: string | undefined) => {
      if (named) return NAMED_ENTITIES[named] ?? entity;
      const codePoint = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
      const isCharacter =
        codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
      return isCharacter ? String.fromCodePoint(codePoint) : entity;
    },
  );
}

/** Reads one level into named contents (decoded, trimmed, blanks dropped) and bare text. */
function readLevel(
  raw: string,
  level: Level,
  start: number,
  end: number,
): { contents: Map<string, string[]>; bareText: string } {
  const contents = new Map<string, string[]>();
  let bareText = '';
  for (const segment of scan(level, start, end)) {
    const slice = raw.slice(segment.start, segment.end);
    if (segment.name === null) {
      bareText += slice;
      continue;
    }
    const value = decodeEntities(slice).trim();
    if (!value) continue;
    const list = contents.get(segment.name);
    if (list) list.push(value);
    else contents.set(segment.name, [value]);
  }
  return { contents, bareText: decodeEntities(bareText).trim() };
}

function readSuggest(
  raw: string,
  levels: MessageLevels,
  start: number,
  end: number,
): MessageSuggestion | null {
  const { contents, bareText } = readLevel(raw, levels.suggest, start, end);
  const content = contents.get('content')?.join('\n') ?? bareText;
  const documentId = contents.get('documentid')?.[0] ?? '';
  return content || documentId ? { content, documentId } : null;
}

function readSuggestions(
  raw: string,
  levels: MessageLevels,
  start: number,
  end: number,
  into: MessageSuggestion[],
): void {
  const entries = scan(levels.suggestions, start, end).filter((segment) => segment.name !== null);
  // No <Suggest> at all: the whole block is one suggestion.
  if (entries.length === 0) entries.push({ name: 'suggest', start, end });
  for (const entry of entries) {
    const suggestion = readSuggest(raw, levels, entry.start, entry.end);
    if (suggestion) into.push(suggestion);
  }
}

function readLink(raw: string, levels: MessageLevels, start: number, end: number): MessageLink | null {
  const { contents, bareText } = readLevel(raw, levels.link, start, end);
  const url = contents.get('url')?.[0] ?? bareText;
  const name = contents.get('name')?.[0] ?? '';
  return url || name ? { url, name } : null;
}

/**
 * The lists of a message without suggestions or links: one frozen pair shared by every
 * plain line (a transcript holds thousands), never written to.
 */
const NO_SUGGESTIONS = Object.freeze([]) as unknown as MessageSuggestion[];
const NO_LINKS = Object.freeze([]) as unknown as MessageLink[];

export function parseMessage(raw: string): ParsedMessage {
  // The signature says string, but event Data can be null: read that as an empty message.
  const message = typeof raw === 'string' ? raw : '';
  if (!message.includes('<')) {
    return { raw: message, text: message.trim(), translated: null, original: null, suggestions: NO_SUGGESTIONS, links: NO_LINKS };
  }
  const parsed: ParsedMessage = {
    raw: message,
    text: '',
    translated: null,
    original: null,
    suggestions: [],
    links: [],
  };
  const levels = new MessageLevels(message);
  const translations: string[] = [];
  const originals: string[] = [];
  let text = '';
  for (const segment of scan(levels.message, 0, message.length)) {
    const { name, start, end } = segment;
    if (name === null) {
      text += message.slice(start, end);
    } else if (name === 'suggestions') {
      readSuggestions(message, levels, start, end, parsed.suggestions);
    } else if (name === 'link') {
      const link = readLink(message, levels, start, end);
      if (link) {
        parsed.links.push(link);
        // An upload shows as its file name, in place when the link sits inside text.
        text += link.name || link.url;
      }
    } else {
      const value = decodeEntities(message.slice(start, end)).trim();
      if (value) (name === 'translated' ? translations : originals).push(value);
    }
  }

  parsed.text = text.trim();
  // A second translation or original is unusual; keep it rather than drop what was sent.
  parsed.translated = translations.length > 0 ? translations.join('\n') : null;
  parsed.original = originals.length > 0 ? originals.join('\n') : null;
  return parsed;
}

/** The text to show for a message, without its markup (list previews, notifications). */
export function stripMarkup(raw: string): string {
  return parseMessage(raw).text;
}
