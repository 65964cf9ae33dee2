import { createContext } from '@lit/context';
import type { SessionApi } from '../../core/session-api.js';
import type { ChatSelection } from './chat-selection.js';

/**
 * The core session a `<whoson-session>` provides to its subtree. Its identity changes only
 * when the session is replaced (a new server URL), so consumers re-subscribe then.
 */
export const sessionContext = createContext<SessionApi | undefined>(Symbol('whoson-session'));

/** Which chat the operator is looking at, shared by the list and the panes. */
export const selectionContext = createContext<ChatSelection | undefined>(Symbol('whoson-chat-selection'));
