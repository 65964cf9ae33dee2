/**
 * The framework-free core of whoson-elements: the WhosOn v10 Client API protocol, the
 * connection, the store and the session. It has no DOM and runs in browsers and Node.
 */
export * from './protocol/models.js';
export type * from './protocol/event-map.js';
export {
  decodeFrame,
  encodeCommand,
  splitParams,
  ProtocolError,
  type CommandFrame,
  type DecodeResult,
  type EventFrame,
} from './protocol/frame.js';
export * from './protocol/commands.js';
export { decodeEvent, decodableEventNames } from './protocol/events.js';
export { parseMessage, stripMarkup } from './protocol/markup.js';
export { decodeRights, encodeRights } from './protocol/rights.js';

export {
  Connection,
  LoginError,
  NotConnectedError,
  type ConnectionEvents,
  type ConnectionOptions,
  type ConnectionState,
  type LoginCredentials,
  type LoginFailureKind,
  type SendResult,
  type StateChange,
  type WebSocketConstructorLike,
  type WebSocketLike,
} from './connection.js';
export { systemClock, type Clock, type TimerHandle } from './clock.js';
export { Session, SessionActionError, type SessionOptions, type SessionResume } from './session.js';
export type { ConnectionView, SessionApi } from './session-api.js';
export { TYPING_IDLE_MS } from './typing-notifier.js';

export {
  createStore,
  type ActionListener,
  type Store,
  type StoreError,
  type StoreOptions,
  type StoreReader,
} from './store/store.js';
export type { SessionState } from './store/state.js';
export { mirrorSlices, type MirroredSlice, type MirroredSlices } from './store/mirror.js';
export { mirrorAllSlices } from './store/mirror-all.js';
export type * from './store/actions.js';
export * from './store/selectors.js';
export type { LineFrom, LineState, TranscriptLine } from './store/transcript.js';
export type { Conversation } from './store/slices/conversations.js';
export type { ConnectionStatus } from './store/slices/connection.js';
export type { ChatUi, ChatUiState } from './store/slices/chat-ui.js';
