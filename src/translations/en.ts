/**
 * The built-in English strings: the fallback for every other language. Each element keeps
 * its terms in its own table (one concept per file); they are merged here. Plurals and
 * anything with values are functions.
 */
import { chatListTerms } from './en/chat-list.js';
import { chatPaneTerms } from './en/chat-pane.js';
import { commonTerms } from './en/common.js';
import { sessionTerms } from './en/session.js';
import { transferDialogTerms } from './en/transfer-dialog.js';
import { waitingBadgeTerms } from './en/waiting-badge.js';

export const en = {
  ...commonTerms,
  ...sessionTerms,
  ...chatListTerms,
  ...chatPaneTerms,
  ...waitingBadgeTerms,
  ...transferDialogTerms,
};

export type Terms = typeof en;
export type TermKey = keyof Terms;
