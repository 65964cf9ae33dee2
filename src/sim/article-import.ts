/**
 * ArticleImport's document conversion: base64 file -> plain text -> pages of at most
 * 10,000 characters (the article content limit). Markdown splits at `## ` headers first,
 * as the spec says the server does. The real server also reads PDF, Word, OpenDocument,
 * RTF and Excel; the simulator reads text, Markdown and HTML and says so for the rest.
 */

export const ARTICLE_CONTENT_LIMIT = 10_000;

export type ImportKind = 'text' | 'markdown' | 'html';

const KIND_BY_EXTENSION: Readonly<Record<string, ImportKind>> = {
  txt: 'text',
  text: 'text',
  csv: 'text',
  md: 'markdown',
  markdown: 'markdown',
  htm: 'html',
  html: 'html',
};

export class ImportError extends Error {
  override readonly name = 'ImportError';
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** How a file is read, by its extension; throws ImportError for a type the simulator cannot read. */
export function importKindOf(fileName: string): ImportKind {
  const extension = extensionOf(fileName);
  const kind = KIND_BY_EXTENSION[extension];
  if (kind === undefined) {
    const what = extension === '' ? `"${fileName}" has no file extension` : `.${extension} files are not read`;
    throw new ImportError(
      `The simulator imports text (.txt), Markdown (.md) and HTML (.htm, .html) files only: ${what}`,
    );
  }
  return kind;
}

/** Base64 -> UTF-8 text; throws ImportError when the base64 is malformed. */
export function decodeBase64Text(base64: string): string {
  const compact = base64.replace(/\s+/g, '');
  if (compact === '' || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new ImportError('The file content is not valid base64');
  }
  let binary: string;
  try {
    binary = atob(compact);
  } catch {
    throw new ImportError('The file content is not valid base64');
  }
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** HTML -> plain text: scripts and styles dropped, block ends as line breaks, tags removed. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|head|template)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|h[1-6]|li|tr|section|article|header|footer|blockquote|pre|table|ul|ol)\s*>/gi, '\n\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t\f\v\r]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The plain text of a file of the given kind (Markdown stays Markdown: articles may hold it). */
export function fileText(kind: ImportKind, content: string): string {
  const text = kind === 'html' ? htmlToText(content) : content.replace(/\r\n?/g, '\n');
  return text.trim();
}

/** Cuts text longer than `limit` at paragraph, then line, then word boundaries. */
function splitBySize(text: string, limit: number): string[] {
  const pages: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    let cut = window.lastIndexOf('\n\n');
    if (cut < limit / 2) cut = window.lastIndexOf('\n');
    if (cut < limit / 2) cut = window.lastIndexOf(' ');
    if (cut < limit / 2) cut = limit;
    pages.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') pages.push(rest);
  return pages;
}

/** Markdown sections, each starting at a `## ` header (the text before the first is one too). */
function markdownSections(text: string): string[] {
  const sections: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (/^##\s/.test(line) && current.join('').trim() !== '') {
      sections.push(current.join('\n').trim());
      current = [];
    }
    current.push(line);
  }
  if (current.join('').trim() !== '') sections.push(current.join('\n').trim());
  return sections;
}

/**
 * The article pages of a text: one page when it fits, else pages of roughly `limit`
 * characters; Markdown keeps whole `##` sections together as far as they fit.
 */
export function splitPages(text: string, kind: ImportKind, limit = ARTICLE_CONTENT_LIMIT): string[] {
  if (text.length <= limit) return text === '' ? [] : [text];
  if (kind !== 'markdown') return splitBySize(text, limit);
  const pages: string[] = [];
  let page = '';
  for (const section of markdownSections(text)) {
    const pieces = section.length > limit ? splitBySize(section, limit) : [section];
    for (const piece of pieces) {
      const joined = page === '' ? piece : `${page}\n\n${piece}`;
      if (joined.length <= limit) {
        page = joined;
      } else {
        pages.push(page);
        page = piece;
      }
    }
  }
  if (page !== '') pages.push(page);
  return pages;
}
