/** The draft after an insertion, and where the caret goes. */
export interface DraftEdit {
  readonly text: string;
  readonly caret: number;
}

const BLANK_AT_END = /\s$/u;
const BLANK_AT_START = /^\s/u;

/**
 * Inserts text at the caret without replacing anything the operator typed: a selection
 * is not overwritten, the insertion goes after it. A space is added where the insertion
 * would otherwise run into a neighbouring word. The caret ends after the insertion.
 */
export function insertAtCursor(draft: string, caret: number, insertion: string): DraftEdit {
  const at = Math.min(Math.max(0, Math.trunc(caret) || 0), draft.length);
  const before = draft.slice(0, at);
  const after = draft.slice(at);
  const spaceBefore = before !== '' && !BLANK_AT_END.test(before) ? ' ' : '';
  const spaceAfter = after !== '' && !BLANK_AT_START.test(after) ? ' ' : '';
  const inserted = `${spaceBefore}${insertion}${spaceAfter}`;
  return { text: before + inserted + after, caret: before.length + inserted.length };
}

/**
 * The `/` shortcut: a draft whose first line starts with `/` is a search for an
 * auto-response. Returns what follows the slash on that line, or null.
 */
export function slashQuery(draft: string): string | null {
  if (!draft.startsWith('/')) return null;
  const end = draft.indexOf('\n');
  return draft.slice(1, end < 0 ? undefined : end);
}

/** Replaces the `/query` first line with the chosen text; the rest of the draft stays. */
export function replaceSlashQuery(draft: string, insertion: string): DraftEdit {
  const end = draft.indexOf('\n');
  const rest = end < 0 ? '' : draft.slice(end);
  return { text: insertion + rest, caret: insertion.length };
}
