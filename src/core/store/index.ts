/** The session store: state, actions, the store itself and its selectors. */
export type {
  LocalAction,
  LocalActionMap,
  LocalActionName,
  RequestKind,
  StoreAction,
  StoreActionName,
} from './actions.js';
export type { ReducerContext, SliceReducer, StaleFlags } from './context.js';
export { initialState, type SessionState, type SliceName } from './state.js';
export { sliceReducers } from './slice-reducers.js';
export { createStore, type Store, type StoreError, type StoreOptions } from './store.js';
export * from './selectors.js';
export type { LineFrom, LineState, TranscriptLine, TranscriptView } from './transcript.js';
export { SERVER_INDEX, VISITOR_INDEX } from './transcript.js';
export type { ArticlesState } from './slices/articles.js';
export type { ChatEntry, ChatsState } from './slices/chats.js';
export { isWaiting } from './slices/chats.js';
export type { Conversation, ConversationsState, Typing } from './slices/conversations.js';
export type { HistoryState, ChatSearchResult, TranscriptFormat } from './slices/history.js';
export { historyDayKey, prevChatsKey, transcriptKey } from './slices/history.js';
export type { ListenedChat, ListenState } from './slices/listen.js';
export type { MeState } from './slices/me.js';
export type { MissedChatEntry, MissedChatsState } from './slices/missed-chats.js';
export type { MonitoredChat, MonitoringState } from './slices/monitoring.js';
export type { Notice, NoticesState } from './slices/notices.js';
export type {
  ChatRequestEntry,
  MonitorRequestEntry,
  RequestsState,
  TransferRequestEntry,
} from './slices/requests.js';
export type { SyncState } from './slices/sync.js';
export type { UserChatEntry, UserChatThread, UserChatsState } from './slices/user-chats.js';
export { visitDetailKey } from './slices/visit-details.js';
export { visitListKey } from './slices/visit-lists.js';
