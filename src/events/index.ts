export * from './whoson-badge-activate.js';
export * from './whoson-chat-request.js';
export * from './whoson-chat-select.js';
export * from './whoson-connected.js';
export * from './whoson-disconnected.js';
export * from './whoson-login-failed.js';
export * from './whoson-reconnecting.js';
