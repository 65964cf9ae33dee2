/**
 * A scriptable WebSocket double. The test plays the server: open the socket, deliver
 * frames, drop it, make `send` throw. Client actions (sends, closes) are recorded.
 * Like a browser, it never calls a handler from inside `send` or `close`: the close
 * event after a client `close()` is delivered only when the test calls `finishClose()`.
 */
import type {
  CloseEventLike,
  MessageEventLike,
  WebSocketConstructorLike,
  WebSocketLike,
} from '../websocket-like.js';
import { WebSocketReadyState } from '../websocket-like.js';

export interface SentCommand {
  readonly Command: string;
  readonly Params: readonly string[] | null;
}

export class FakeSocket implements WebSocketLike {
  readyState: number = WebSocketReadyState.Connecting;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: MessageEventLike) => void) | null = null;
  onclose: ((event: CloseEventLike) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  /** Raw text of every frame the client wrote. */
  readonly sent: string[] = [];
  /** Set when the client called `close()`. */
  closedByClient: { code?: number; reason?: string } | null = null;
  /** When it returns true for a frame, `send` throws instead of writing it. */
  failSend: ((data: string) => boolean) | null = null;

  constructor(readonly url: string) {}

  /** The client's frames parsed as commands. */
  get commands(): SentCommand[] {
    return this.sent.map((text) => JSON.parse(text) as SentCommand);
  }

  get commandNames(): string[] {
    return this.commands.map((command) => command.Command);
  }

  /** Neither closed by the client nor dropped. */
  get live(): boolean {
    return this.closedByClient === null && this.readyState !== WebSocketReadyState.Closed;
  }

  send(data: string): void {
    if (this.readyState === WebSocketReadyState.Connecting) {
      throw new Error('InvalidStateError: still connecting');
    }
    if (this.failSend?.(data)) throw new Error('send failed');
    // Browsers silently discard writes to a closing or closed socket.
    if (this.readyState !== WebSocketReadyState.Open) return;
    this.sent.push(data);
  }

  close(code?: number, reason?: string): void {
    if (this.closedByClient !== null || this.readyState === WebSocketReadyState.Closed) return;
    this.closedByClient = { code, reason };
    this.readyState = WebSocketReadyState.Closing;
  }

  // --- the server's side ---

  open(): void {
    this.readyState = WebSocketReadyState.Open;
    this.onopen?.({ type: 'open' });
  }

  /** Delivers a frame: an object is sent as JSON, a string as is. */
  receive(frame: object | string): void {
    const data = typeof frame === 'string' ? frame : JSON.stringify(frame);
    this.onmessage?.({ data });
  }

  /** Delivers an event frame by name. */
  event(name: string, data: unknown = null, params: unknown = null): void {
    this.receive({ EventName: name, Params: params, Data: data });
  }

  /** The connection dies under the client: error, then close, as browsers report it. */
  drop(code = 1006, reason = ''): void {
    this.readyState = WebSocketReadyState.Closed;
    this.onerror?.({ type: 'error' });
    this.onclose?.({ code, reason, wasClean: false });
  }

  /** The server closes cleanly: close only. */
  serverClose(code = 1000, reason = ''): void {
    this.readyState = WebSocketReadyState.Closed;
    this.onclose?.({ code, reason, wasClean: true });
  }

  /** Completes a client-initiated close by delivering its close event. */
  finishClose(): void {
    this.readyState = WebSocketReadyState.Closed;
    this.onclose?.({ code: this.closedByClient?.code ?? 1005, reason: '', wasClean: true });
  }
}

/** Hands out `FakeSocket`s through a constructor the connection can be given. */
export class FakeSocketFactory {
  readonly sockets: FakeSocket[] = [];
  /** The most sockets live at once, measured as each one is created. */
  maxLive = 0;
  /** When set, the next construction throws it (a bad URL, a blocked scheme). */
  constructorError: Error | null = null;
  readonly WebSocket: WebSocketConstructorLike;

  constructor() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const factory = this;
    this.WebSocket = class extends FakeSocket {
      constructor(url: string) {
        if (factory.constructorError) {
          const error = factory.constructorError;
          factory.constructorError = null;
          throw error;
        }
        super(url);
        factory.sockets.push(this);
        factory.maxLive = Math.max(factory.maxLive, factory.liveCount);
      }
    };
  }

  get latest(): FakeSocket {
    const socket = this.sockets.at(-1);
    if (!socket) throw new Error('No socket has been created');
    return socket;
  }

  get liveCount(): number {
    return this.sockets.filter((socket) => socket.live).length;
  }
}
