/**
 * A chat transcript as the server exports it for GetChatDetailHTML / Text / PDF: an HTML
 * document (every piece of chat text escaped: visitor text is never markup), plain text,
 * and a small valid PDF (one Helvetica page per 56 lines) as Base64.
 *
 * The PDF is written by hand: PDF 1.4, WinAnsi text, a correct cross-reference table.
 * Characters Helvetica's WinAnsi encoding cannot show become "?".
 */

import { parseMessage } from '../core/protocol/markup.js';
import { wireDate } from './wire.js';
import type { ChatRecord, World } from './world.js';

export interface TranscriptEntry {
  readonly at: number;
  readonly from: 'visitor' | 'operator' | 'system';
  readonly speaker: string;
  readonly text: string;
  /** The translation carried with the line, if any. */
  readonly translated: string | null;
}

export interface Transcript {
  readonly title: string;
  /** Label/value pairs for the header (only the ones with a value). */
  readonly facts: readonly (readonly [string, string])[];
  readonly entries: readonly TranscriptEntry[];
}

function readableDate(ms: number): string {
  return `${wireDate(ms).slice(0, 19).replace('T', ' ')} UTC`;
}

function clock(ms: number): string {
  return wireDate(ms).slice(11, 19);
}

export function transcriptOf(world: World, chat: ChatRecord): Transcript {
  const visitorName = chat.name.trim() === '' ? 'Visitor' : chat.name;
  const facts: [string, string][] = [
    ['Site', world.site(chat.siteKey)?.name ?? String(chat.siteKey)],
    ['Chat', chat.chatUid],
    ['Visitor', visitorName],
    ['Email', chat.email],
    ['Phone', chat.phone],
    ['Location', chat.location],
    ['Started', readableDate(chat.started)],
    ['Finished', chat.finished === null ? 'in progress' : readableDate(chat.finished)],
    ['Operators', chat.takenByUsers.join(', ')],
    ['Department', chat.takenByDept],
    ['Wrap-up', chat.wrapUpValue],
    ['Tags', chat.tags.join(', ')],
    ['Left message', chat.missed ? chat.missedMessage : ''],
    ...chat.preChatSurvey.map((field): [string, string] => [field.name, field.value]),
    ...chat.postChatSurvey.map((field): [string, string] => [field.name, field.value]),
  ];
  const entries = chat.lines.map((line): TranscriptEntry => {
    const parsed = parseMessage(line.message);
    const from = line.operatorIndex === 0 ? 'visitor' : line.operatorIndex === 99 ? 'system' : 'operator';
    const speaker =
      from === 'visitor'
        ? visitorName
        : from === 'system'
          ? 'System'
          : (chat.takenByUsers[line.operatorIndex - 1] ?? `Operator ${line.operatorIndex}`);
    return { at: line.dated, from, speaker, text: parsed.text, translated: parsed.translated };
  });
  return {
    title: `Chat with ${visitorName}`,
    facts: facts.filter(([, value]) => value.trim() !== ''),
    entries,
  };
}

export function transcriptText(transcript: Transcript): string {
  const out = [transcript.title, ''];
  for (const [label, value] of transcript.facts) out.push(`${label}: ${value}`);
  out.push('');
  for (const entry of transcript.entries) {
    out.push(`[${clock(entry.at)}] ${entry.speaker}: ${entry.text}`);
    if (entry.translated !== null) out.push(`    (translated: ${entry.translated})`);
  }
  return `${out.join('\n')}\n`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function transcriptHtml(transcript: Transcript): string {
  const facts = transcript.facts
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  const lines = transcript.entries
    .map((entry) => {
      const translated =
        entry.translated === null ? '' : ` <span class="translated">(${escapeHtml(entry.translated)})</span>`;
      return (
        `<li class="${entry.from}"><time datetime="${escapeHtml(wireDate(entry.at))}">${clock(entry.at)}</time> ` +
        `<strong>${escapeHtml(entry.speaker)}</strong>: <span class="text">${escapeHtml(entry.text)}</span>${translated}</li>`
      );
    })
    .join('\n');
  return (
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8">' +
    `<title>${escapeHtml(transcript.title)}</title></head>\n<body>\n` +
    `<h1>${escapeHtml(transcript.title)}</h1>\n<dl>${facts}</dl>\n<ol class="transcript">\n${lines}\n</ol>\n</body></html>\n`
  );
}

// ------------------------------------------------------------------ PDF

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 50;
const FONT_SIZE = 10;
const LEADING = 13;
const LINES_PER_PAGE = 56;
const CHARS_PER_LINE = 95;

/** One byte per character: WinAnsi-safe Latin-1, anything else "?". */
function pdfSafe(text: string): string {
  let out = '';
  for (const char of text.replace(/\t/g, '    ')) {
    const code = char.codePointAt(0) ?? 63;
    out += (code >= 32 && code < 127) || (code >= 160 && code <= 255) ? char : '?';
  }
  return out;
}

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (match) => `\\${match}`)})`;
}

/** Breaks a line into pieces that fit the page, at spaces where possible. */
function wrap(line: string): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > CHARS_PER_LINE) {
    const space = rest.lastIndexOf(' ', CHARS_PER_LINE);
    const cut = space > CHARS_PER_LINE / 2 ? space : CHARS_PER_LINE;
    pieces.push(rest.slice(0, cut));
    rest = `  ${rest.slice(cut).trimStart()}`;
  }
  pieces.push(rest);
  return pieces;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of a string whose characters are all bytes (0..255). */
export function base64OfBytes(binary: string): string {
  let out = '';
  for (let i = 0; i < binary.length; i += 3) {
    const a = binary.charCodeAt(i);
    const b = i + 1 < binary.length ? binary.charCodeAt(i + 1) : 0;
    const c = i + 2 < binary.length ? binary.charCodeAt(i + 2) : 0;
    const triple = (a << 16) | (b << 8) | c;
    out += BASE64[(triple >> 18) & 63]! + BASE64[(triple >> 12) & 63]!;
    out += i + 1 < binary.length ? BASE64[(triple >> 6) & 63]! : '=';
    out += i + 2 < binary.length ? BASE64[triple & 63]! : '=';
  }
  return out;
}

/** The PDF file as a byte string (every character one byte). */
export function transcriptPdfBytes(transcript: Transcript): string {
  const lines = transcriptText(transcript)
    .trimEnd()
    .split('\n')
    .flatMap((line) => wrap(pdfSafe(line)));
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));
  if (pages.length === 0) pages.push([]);

  // Objects: 1 catalog, 2 page tree, 3 font, 4 info, then per page: the page and its content.
  const objects: string[] = [];
  const pageIds = pages.map((_, index) => 5 + index * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = `<< /Title ${pdfString(pdfSafe(transcript.title))} /Producer (WhosOn simulator) >>`;
  pages.forEach((pageLines, index) => {
    const pageId = pageIds[index]!;
    const body = [
      'BT',
      `/F1 ${FONT_SIZE} Tf`,
      `${LEADING} TL`,
      `${MARGIN} ${PAGE_HEIGHT - MARGIN} Td`,
      ...pageLines.map((line) => `${pdfString(line)} Tj T*`),
      'ET',
    ].join('\n');
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
      `/Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${body.length} >>\nstream\n${body}\nendstream`;
  });

  let pdf = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id += 1) {
    offsets[id] = pdf.length;
    pdf += `${id} 0 obj\n${objects[id]!}\nendobj\n`;
  }
  const xrefAt = pdf.length;
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id += 1) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return pdf;
}

export function transcriptPdfBase64(transcript: Transcript): string {
  return base64OfBytes(transcriptPdfBytes(transcript));
}
