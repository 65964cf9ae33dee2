/**
 * ExecuteReport on the simulator: the report definitions (the spec's Reports) select
 * columns of the DaySummary table, so the simulator reads their SELECT list and answers
 * from its day summaries. `SELECT NewVisitors AS "New Visits",Dated FROM DaySummary ...`
 * gives the columns "New Visits" and "Dated", one row per day in the range.
 */

import type { DaySummaryRecord } from './world.js';

type ColumnType = 'Int64' | 'Double' | 'DateTime' | 'String';

interface SourceColumn {
  readonly type: ColumnType;
  readonly read: (summary: DaySummaryRecord) => string | number;
}

/** DaySummary columns by (lower-case) SQL name. */
const COLUMNS: Readonly<Record<string, SourceColumn>> = (() => {
  const int = (read: (summary: DaySummaryRecord) => number): SourceColumn => ({ type: 'Int64', read });
  const double = (read: (summary: DaySummaryRecord) => number): SourceColumn => ({ type: 'Double', read });
  const table: Record<string, SourceColumn> = {
    sitekey: int((s) => s.siteKey),
    dated: { type: 'DateTime', read: (s) => `${s.dated} 00:00:00` },
    peaktime: { type: 'String', read: (s) => s.peakTime },
    current: int((s) => s.current),
    visits: int((s) => s.total),
    total: int((s) => s.total),
    totalvisits: int((s) => s.total),
    newvisitors: int((s) => s.new),
    new: int((s) => s.new),
    pageviews: int((s) => s.views),
    views: int((s) => s.views),
    peak: int((s) => s.peak),
    chats: int((s) => s.chats),
    chatsmissed: int((s) => s.chatsMissed),
    missedchats: int((s) => s.chatsMissed),
    chatslines: int((s) => s.chatsLines),
    chatlines: int((s) => s.chatsLines),
    chatsontime: int((s) => s.chatsOnTime),
    avgrating: double((s) => s.avgRating),
    avgsentiment: double((s) => s.avgSentiment),
    waitsecs: int((s) => s.waitSecs),
    chatsecs: int((s) => s.chatSecs),
  };
  return table;
})();

export class ReportError extends Error {
  override readonly name = 'ReportError';
}

export interface ReportColumn {
  readonly name: string;
  readonly type: ColumnType;
  readonly source: SourceColumn;
}

/** Splits at commas outside quotes and parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const char of text) {
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'" || char === '[') {
      quote = char === '[' ? ']' : char;
    } else if (char === '(') {
      depth += 1;
    } else if (char === ')') {
      depth -= 1;
    } else if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

function unquote(name: string): string {
  const trimmed = name.trim();
  const match = /^(?:"(.*)"|'(.*)'|\[(.*)\])$/s.exec(trimmed);
  return match === null ? trimmed : (match[1] ?? match[2] ?? match[3] ?? '');
}

/** The columns a report's SQL selects from DaySummary. */
export function reportColumns(sql: string): ReportColumn[] {
  const match = /^\s*select\s+([\s\S]+?)\s+from\s+(\w+)/i.exec(sql);
  if (match === null || (match[2] ?? '').toLowerCase() !== 'daysummary') {
    throw new ReportError('the simulator runs reports over the DaySummary table only');
  }
  return splitTopLevel(match[1] ?? '').map((item) => {
    const aliased = /^([\s\S]+?)\s+as\s+([\s\S]+)$/i.exec(item);
    const expression = unquote(aliased?.[1] ?? item);
    const source = COLUMNS[expression.toLowerCase()];
    if (source === undefined) throw new ReportError(`the simulator keeps no DaySummary column "${expression}"`);
    return { name: aliased === null ? expression : unquote(aliased[2] ?? ''), type: source.type, source };
  });
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The report's rows as CSV (header first, CRLF line ends), days in date order. */
export function reportCsv(columns: readonly ReportColumn[], days: readonly DaySummaryRecord[]): string {
  const lines = [columns.map((column) => csvField(column.name)).join(',')];
  for (const day of [...days].sort((a, b) => a.dated.localeCompare(b.dated))) {
    lines.push(columns.map((column) => csvField(column.source.read(day))).join(','));
  }
  return lines.map((line) => `${line}\r\n`).join('');
}
