/**
 * The built-in English strings, complete: the fallback for every other language, and the
 * list of every term a translation can give. Each element keeps its terms in its own table
 * (one concept per file), which the element registers when it is made (see
 * `registerEnglish` in components/shared/localize.ts): the elements import their own
 * tables, never this one, so a page carries only the strings of what it shows. Plurals and
 * anything with values are functions.
 */
import { chatListTerms } from './en/chat-list.js';
import { chatPaneTerms } from './en/chat-pane.js';
import { commonTerms } from './en/common.js';
import { sessionBarTerms } from './en/session-bar.js';
import { sessionLoginFormTerms } from './en/session-login-form.js';
import { sessionTerms } from './en/session.js';
import { transferDialogTerms } from './en/transfer-dialog.js';
import { waitingBadgeTerms } from './en/waiting-badge.js';

export const en = {
  ...commonTerms,
  ...sessionTerms,
  ...sessionLoginFormTerms,
  ...sessionBarTerms,
  ...chatListTerms,
  ...chatPaneTerms,
  ...waitingBadgeTerms,
  ...transferDialogTerms,
};

export type Terms = typeof en;
export type TermKey = keyof Terms;
