/**
 * A raw-frame client for simulator tests: connects through a MemorySocket, records
 * every event frame as sent, and sends commands as plain envelopes (so tests can also
 * send what the real client never would: bad JSON, unknown names, "Parameters").
 */

import type { CloseEventLike } from '../../core/websocket-like.js';
import { DEMO_AUTH_STRING, DEMO_PASSWORD } from '../default-data.js';
import { MemorySocket } from '../memory-socket.js';
import type { SimServer } from '../server.js';

export interface RawEvent {
  readonly EventName: string;
  readonly Params?: unknown;
  readonly Header?: unknown;
  readonly Data: unknown;
  /** The frame text exactly as received. */
  readonly text: string;
}

/** Lets queued microtasks (socket deliveries) run. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await Promise.resolve();
}

export class RawClient {
  readonly events: RawEvent[] = [];
  readonly socket: MemorySocket;
  opened = false;
  /** From `hello` (kept when `events` is cleared). */
  connectionId = '';
  closeEvent: CloseEventLike | null = null;

  constructor(server: SimServer, remoteAddress = '127.0.0.1') {
    this.socket = new MemorySocket('ws://sim', server, { remoteAddress });
    this.socket.onopen = () => {
      this.opened = true;
    };
    this.socket.onmessage = (event) => {
      const text = String(event.data);
      const frame: RawEvent = { ...(JSON.parse(text) as Omit<RawEvent, 'text'>), text };
      if (frame.EventName === 'hello') {
        this.connectionId = (frame.Data as { ConnectionId?: string } | null)?.ConnectionId ?? '';
      }
      this.events.push(frame);
    };
    this.socket.onclose = (event) => {
      this.closeEvent = event;
    };
  }

  /** Connects and waits for `hello`. */
  static async connect(server: SimServer, remoteAddress?: string): Promise<RawClient> {
    const client = new RawClient(server, remoteAddress);
    await settle();
    return client;
  }

  /** Connects and logs in; waits for the post-login sequence. */
  static async login(
    server: SimServer,
    username: string,
    options: { password?: string; remoteAddress?: string; status?: string; name?: string; dept?: string } = {},
  ): Promise<RawClient> {
    const client = await RawClient.connect(server, options.remoteAddress);
    client.command('Login', [
      username,
      options.password ?? DEMO_PASSWORD,
      DEMO_AUTH_STRING,
      options.name ?? '',
      options.dept ?? '',
      options.status ?? '0',
      'en',
      'test',
      '1.0',
    ]);
    await settle();
    return client;
  }

  /** Sends `{"Command": name, "Params": params}` (or raw text). */
  command(name: string, params: readonly string[] | null = null): void {
    this.socket.send(JSON.stringify({ Command: name, Params: params }));
  }

  sendText(text: string): void {
    this.socket.send(text);
  }

  /** Sends and waits for delivery both ways. */
  async run(name: string, params: readonly string[] | null = null): Promise<RawEvent[]> {
    const before = this.events.length;
    this.command(name, params);
    await settle();
    return this.events.slice(before);
  }

  names(): string[] {
    return this.events.map((event) => event.EventName);
  }

  /** Events of one name, in order. */
  all(name: string): RawEvent[] {
    return this.events.filter((event) => event.EventName === name);
  }

  last(name: string): RawEvent | undefined {
    return this.all(name).at(-1);
  }

  clear(): void {
    this.events.length = 0;
  }

  /** Whether the socket has closed (a method, so assertions do not narrow `closeEvent`). */
  isClosed(): boolean {
    return this.closeEvent !== null;
  }

  close(): void {
    this.socket.close(1000, 'test');
  }
}
