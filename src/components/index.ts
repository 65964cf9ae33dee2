/**
 * The element classes, without registering them (import `whoson-elements/define/<tag>.js`
 * for that), plus what an integrator extends or reuses: the base, the session controller,
 * the translations hook and the events.
 */
export { WhosonChatList } from './chat-list/chat-list.js';
export { WhosonChatPane } from './chat-pane/chat-pane.js';
export { WhosonSession } from './session/session.js';
export { WhosonTransferDialog } from './transfer-dialog/transfer-dialog.js';
export { WhosonWaitingBadge } from './waiting-badge/waiting-badge.js';
export { WhosonElement } from './shared/whoson-element.js';
export { SessionController, SESSION_CHANGE_EVENT, type SessionProvider } from './shared/session-controller.js';
export { ChatSelection } from './shared/chat-selection.js';
export { sessionContext, selectionContext } from './shared/session-context.js';
export { registerTranslation, type Translation } from './shared/localize.js';
export * from '../events/index.js';
