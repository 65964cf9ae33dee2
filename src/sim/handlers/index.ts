/**
 * Every built-in handler family, in registration order. A family file exports one
 * `HandlerFamily`; add it here (one import, one list entry).
 */

import { adminFamily } from './admin.js';
import type { HandlerFamily } from './registry.js';
import { chatsFamily } from './chats.js';
import { historyFamily } from './history.js';
import { knowledgeFamily } from './knowledge.js';
import { missedChatsFamily } from './missed-chats.js';
import { monitoringFamily } from './monitoring.js';
import { sessionFamily } from './session.js';
import { userChatFamily } from './user-chat.js';
import { visitorsFamily } from './visitors.js';

export const builtInFamilies: readonly HandlerFamily[] = [
  sessionFamily,
  chatsFamily,
  monitoringFamily,
  missedChatsFamily,
  userChatFamily,
  historyFamily,
  knowledgeFamily,
  adminFamily,
  visitorsFamily,
];
