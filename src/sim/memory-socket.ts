/**
 * A WebSocket-like object wired straight to a SimServer, for the browser (Storybook,
 * element tests) and Node tests. It behaves like a real socket: it opens after
 * construction, every frame and the close arrive asynchronously and in order, and a
 * connection the server refuses (a blacklisted address) errors and closes without
 * ever opening.
 */

import type {
  CloseEventLike,
  MessageEventLike,
  WebSocketConstructorLike,
  WebSocketLike,
} from '../core/websocket-like.js';
import type { SimServer, SimTransport, TransportSession } from './server.js';

export interface MemorySocketOptions {
  /** The client address the server sees. Default 127.0.0.1. */
  remoteAddress?: string;
  /**
   * Runs a delivery step later. Default `queueMicrotask`; pass e.g.
   * `(run) => clock.setTimeout(run, 0)` to put delivery on a fake clock.
   */
  defer?: (run: () => void) => void;
}

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;

export class MemorySocket implements WebSocketLike {
  static readonly CONNECTING = CONNECTING;
  static readonly OPEN = OPEN;
  static readonly CLOSING = CLOSING;
  static readonly CLOSED = CLOSED;

  readonly url: string;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: MessageEventLike) => void) | null = null;
  onclose: ((event: CloseEventLike) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  #readyState: number = CONNECTING;
  #session: TransportSession | null = null;
  #closeDelivered = false;
  readonly #defer: (run: () => void) => void;

  constructor(url: string, server: SimServer, options: MemorySocketOptions = {}) {
    this.url = url;
    this.#defer = options.defer ?? ((run) => queueMicrotask(run));
    const remoteAddress = options.remoteAddress ?? '127.0.0.1';
    this.#defer(() => this.#connect(server, remoteAddress));
  }

  get readyState(): number {
    return this.#readyState;
  }

  send(data: string): void {
    if (this.#readyState === CONNECTING) {
      throw new Error('InvalidStateError: the socket is still connecting');
    }
    if (this.#readyState !== OPEN) return;
    const session = this.#session;
    this.#defer(() => session?.receive(String(data)));
  }

  close(code?: number, reason?: string): void {
    if (this.#readyState === CLOSING || this.#readyState === CLOSED) return;
    const wasConnecting = this.#readyState === CONNECTING;
    this.#readyState = CLOSING;
    this.#defer(() => {
      this.#session?.closed();
      this.#deliverClose({ code: wasConnecting ? 1006 : code ?? 1005, reason: reason ?? '', wasClean: !wasConnecting });
    });
  }

  #connect(server: SimServer, remoteAddress: string): void {
    if (this.#readyState !== CONNECTING) return;
    let accepting = true;
    const early: string[] = [];
    let refused: CloseEventLike | null = null;
    const transport: SimTransport = {
      remoteAddress,
      send: (text) => {
        if (accepting) {
          early.push(text);
          return;
        }
        this.#defer(() => this.#deliverMessage(text));
      },
      close: (code, reason) => {
        const event = { code: code ?? 1005, reason: reason ?? '', wasClean: true };
        if (accepting) {
          refused = event;
          return;
        }
        // Frames sent before the close still arrive first, as on a real socket.
        this.#defer(() => {
          this.#session?.closed();
          this.#deliverClose(event);
        });
      },
    };
    this.#session = server.accept(transport);
    accepting = false;
    if (refused !== null) {
      this.#readyState = CLOSED;
      this.onerror?.({ type: 'error' });
      this.#deliverClose(refused);
      return;
    }
    this.#readyState = OPEN;
    this.onopen?.({ type: 'open' });
    for (const text of early) this.#defer(() => this.#deliverMessage(text));
  }

  #deliverMessage(text: string): void {
    if (this.#readyState === CLOSED) return;
    this.onmessage?.({ data: text });
  }

  #deliverClose(event: CloseEventLike): void {
    if (this.#closeDelivered) return;
    this.#closeDelivered = true;
    this.#readyState = CLOSED;
    this.onclose?.(event);
  }
}

/** A `new (url) => WebSocketLike` constructor whose sockets connect to `server`. */
export function memorySocketFor(server: SimServer, options: MemorySocketOptions = {}): WebSocketConstructorLike {
  return class BoundMemorySocket extends MemorySocket {
    constructor(url: string) {
      super(url, server, options);
    }
  };
}
