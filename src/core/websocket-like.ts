/**
 * The part of the standard WebSocket surface the connection uses. Both the browser's
 * native `WebSocket` and the `ws` package's client satisfy it, as does the test double.
 */

// Handlers are compared bivariantly (as DOM handler properties are) so the native
// `(this: WebSocket, ev: MessageEvent) => any` handlers fit these narrower shapes.
type Handler<E> = { bivarianceHack(event: E): void }['bivarianceHack'];

export interface MessageEventLike {
  readonly data: unknown;
}

export interface CloseEventLike {
  readonly code?: number;
  readonly reason?: string;
  readonly wasClean?: boolean;
}

export interface WebSocketLike {
  /** 0 connecting, 1 open, 2 closing, 3 closed (the standard constants). */
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: Handler<unknown> | null;
  onmessage: Handler<MessageEventLike> | null;
  onclose: Handler<CloseEventLike> | null;
  onerror: Handler<unknown> | null;
}

export type WebSocketConstructorLike = new (url: string) => WebSocketLike;

export const WebSocketReadyState = {
  Connecting: 0,
  Open: 1,
  Closing: 2,
  Closed: 3,
} as const;
