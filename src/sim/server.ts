/**
 * The simulated WhosOn server: accepts transports (a `ws` socket in Node, an in-memory
 * socket in the browser), greets with `hello`, hands Login to login.ts, keeps one
 * OperatorConnection per transport and dispatches commands to the handler families. It
 * never imports `ws` or the DOM.
 *
 * Security as the spec describes it (the rules are in blacklist.ts): failed logins,
 * invalid commands and "Access denied" are strikes against the client address; after
 * `BlackListAfter` strikes the address is blacklisted and its connection attempts are
 * refused at once.
 */

import { OneShotTimer, systemClock, type Clock, type TimerHandle } from '../core/clock.js';
import { commandWireNames } from '../core/protocol/commands.js';
import type { Rights } from '../core/protocol/models.js';
import { decodeRights } from '../core/protocol/rights.js';
import { Blacklist, type BlacklistOptions } from './blacklist.js';
import { createDefaultWorld } from './default-data.js';
import { builtInFamilies } from './handlers/index.js';
import { HandlerRegistry, type HandlerFamily, type HandlerTable } from './handlers/registry.js';
import { ALREADY_LOGGED_IN, INVALID_CREDENTIALS, LoginHandler } from './login.js';
import { createRandom, type Random } from './random.js';
import { wireChatting, wireClient, type ClientView } from './wire.js';
import { parseStatus, type Account, type ChatRecord, type JsonValue, type OperatorStatus, type World } from './world.js';

export { parseStatus, ALREADY_LOGGED_IN, INVALID_CREDENTIALS };
export type { BlacklistOptions };

/** What the server needs of a socket. */
export interface SimTransport {
  send(text: string): void;
  close(code?: number, reason?: string): void;
  /** The client IP (after any X-Forwarded-For override). */
  readonly remoteAddress: string;
}

/** What a transport tells the server. */
export interface TransportSession {
  /** One text frame from the client. */
  receive(text: string): void;
  /** The socket closed (either side). Idempotent. */
  closed(): void;
}

export interface SimServerOptions {
  world?: World;
  clock?: Clock;
  /** Used when no world is given (the default world draws its ids from it). */
  random?: Random;
  /** Seed for the default random source. */
  seed?: number;
  /** Overrides the world's authentication string. */
  authString?: string;
  /** Handler families; defaults to every built-in family. */
  families?: readonly HandlerFamily[];
  /** Families added after the built-in ones (tests, extensions). */
  extraFamilies?: readonly HandlerFamily[];
  blacklist?: BlacklistOptions;
  /** A connection that neither sends nor receives for this long is dropped. Default 60 minutes. */
  idleTimeoutMs?: number;
}

/** Counts of what reached the server, for tests that must know how much did. */
export interface ServerStats {
  /** Transports accepted and greeted; refused ones (blacklisted, shutting down) are not counted. */
  socketsAccepted: number;
  /** Login commands received, whatever came of them. */
  loginsAttempted: number;
  /** Login commands that logged an operator in (the post-login sequence went out). */
  loginsSucceeded: number;
  /** Close commands received from logged-in operators. */
  closesReceived: number;
}

export const SERVER_VERSION = '10.1.1.1';
export const ACCESS_DENIED = 'Access denied';

/** Close codes the simulator uses on its transports. */
export const CloseCode = {
  Normal: 1000,
  GoingAway: 1001,
  PolicyViolation: 1008,
} as const;

const KNOWN_COMMANDS = new Set(commandWireNames.map((name) => name.toLowerCase()));

function findKey(object: Record<string, unknown>, ...names: string[]): string | undefined {
  const wanted = names.map((name) => name.toLowerCase());
  return Object.keys(object).find((key) => wanted.includes(key.toLowerCase()));
}

function paramsToStrings(raw: unknown): string[] {
  if (Array.isArray(raw)) {
    return raw.map((value) =>
      value === null || value === undefined
        ? ''
        : typeof value === 'string'
          ? value
          : typeof value === 'number' || typeof value === 'boolean'
            ? String(value)
            : JSON.stringify(value),
    );
  }
  if (typeof raw === 'string') return [raw];
  if (typeof raw === 'number' || typeof raw === 'boolean') return [String(raw)];
  return [];
}

/** One event frame as the server writes it. */
export function encodeEvent(
  eventName: string,
  params: readonly string[] | null = null,
  data: JsonValue | undefined = null,
  headerKey: 'Params' | 'Header' = 'Params',
): string {
  return JSON.stringify({ EventName: eventName, [headerKey]: params, Data: data ?? null });
}

/** One client connection and, once logged in, the operator behind it. */
export class OperatorConnection {
  readonly connectionId: string;
  readonly remoteAddress: string;
  readonly connectedAt: number;
  account: Account | null = null;
  /** Name and department in force (Login may override the account's, with the right). */
  name = '';
  dept = '';
  lang = 'en';
  platform = '';
  version = '';
  status: OperatorStatus = 0;
  statusMessage = '';
  loggedInAt: number | null = null;
  /** StartVisitorEvents / StopVisitorEvents. */
  visitorEvents = false;
  /** StartCurrentVisitorTotalsEvents / Stop... */
  ctEvents = false;
  /** StartListening / StopListening. */
  listening = false;
  /** ChatUIDs this operator monitors. */
  readonly monitoring = new Set<string>();
  /** Per-connection state of handler families, by family name. */
  readonly extras = new Map<string, unknown>();
  #open = true;
  #rights: Rights | null = null;
  #rightsSource = '';
  readonly #transport: SimTransport;
  readonly #onSend: () => void;

  constructor(connectionId: string, transport: SimTransport, connectedAt: number, onSend: () => void) {
    this.connectionId = connectionId;
    this.remoteAddress = transport.remoteAddress;
    this.connectedAt = connectedAt;
    this.#transport = transport;
    this.#onSend = onSend;
  }

  get open(): boolean {
    return this.#open;
  }

  get loggedIn(): boolean {
    return this.#open && this.account !== null;
  }

  /** The logged-in account; throws before login (handlers only run after it). */
  get user(): Account {
    if (this.account === null) throw new Error(`Connection ${this.connectionId} is not logged in`);
    return this.account;
  }

  get username(): string {
    return this.account?.username ?? '';
  }

  /** Decoded rights of the account (cached until the rights string changes). */
  get rights(): Rights {
    const raw = this.account?.rights ?? '';
    if (this.#rights === null || raw !== this.#rightsSource) {
      this.#rights = decodeRights(raw);
      this.#rightsSource = raw;
    }
    return this.#rights;
  }

  get isSystemAdministrator(): boolean {
    return this.rights.isSystemAdministrator;
  }

  /** Admin, supervisor or system administrator: may SetStatus, see everyone, etc. */
  get isSupervisorOrAdmin(): boolean {
    const account = this.account;
    return account !== null && (account.isAdmin || account.isSupervisor || this.isSystemAdministrator);
  }

  get siteKeys(): readonly number[] {
    return this.account?.siteKeys ?? [];
  }

  canAccessSite(siteKey: number): boolean {
    return this.account !== null && this.account.siteKeys.includes(siteKey);
  }

  /** Sends one event. `headerKey` 'Header' for the events the spec shows with a Header. */
  send(
    eventName: string,
    params: readonly string[] | null = null,
    data: JsonValue | undefined = null,
    headerKey: 'Params' | 'Header' = 'Params',
  ): void {
    if (!this.#open) return;
    this.sendText(encodeEvent(eventName, params, data, headerKey));
  }

  /** Sends an already encoded event frame (fan-out encodes once for all recipients). */
  sendText(text: string): void {
    if (!this.#open) return;
    this.#transport.send(text);
    this.#onSend();
  }

  /** Marks the connection closed and closes the transport. Returns false if already closed. */
  shut(code: number, reason: string): boolean {
    if (!this.#open) return false;
    this.#open = false;
    try {
      this.#transport.close(code, reason);
    } catch {
      // The transport may already be gone; the connection is closed either way.
    }
    return true;
  }

  /** The transport reported its own close. */
  markClosed(): boolean {
    if (!this.#open) return false;
    this.#open = false;
    return true;
  }
}

export interface ServerHooks {
  /** After the post-login sequence and the clientevent fan-out. */
  login: (conn: OperatorConnection) => void;
  /** A logged-in connection is gone (Close, drop, shutdown, idle, kicked): release its chats. */
  gone: (conn: OperatorConnection) => void;
  /** Status changed (Status, SetStatus, or by a family). */
  status: (conn: OperatorConnection, previous: OperatorStatus) => void;
  /** The server is shutting down (after connections are closed). */
  shutdown: () => void;
}

type HookLists = { [K in keyof ServerHooks]: Set<ServerHooks[K]> };

export class SimServer {
  readonly world: World;
  readonly clock: Clock;
  readonly random: Random;
  readonly registry = new HandlerRegistry();
  readonly #connections = new Map<string, OperatorConnection>();
  readonly #idleTimers = new Map<string, OneShotTimer>();
  readonly #lastActivity = new Map<string, number>();
  readonly #timers = new Set<TimerHandle>();
  readonly #hooks: HookLists = { login: new Set(), gone: new Set(), status: new Set(), shutdown: new Set() };
  readonly #extensions = new Map<string, unknown>();
  readonly #blacklist: Blacklist;
  readonly #login: LoginHandler;
  readonly #stats: ServerStats = { socketsAccepted: 0, loginsAttempted: 0, loginsSucceeded: 0, closesReceived: 0 };
  readonly #idleTimeoutMs: number;
  #shuttingDown = false;

  constructor(options: SimServerOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? createRandom(options.seed ?? 42);
    this.world = options.world ?? createDefaultWorld({ random: this.random, now: () => this.clock.now() });
    if (options.authString !== undefined) this.world.authString = options.authString;
    this.#blacklist = new Blacklist(this.world, this.clock, options.blacklist);
    this.#login = new LoginHandler(this, (conn) => {
      for (const listener of this.#hooks.login) listener(conn);
    });
    this.#idleTimeoutMs = options.idleTimeoutMs ?? 60 * 60_000;
    const families = [...(options.families ?? builtInFamilies), ...(options.extraFamilies ?? [])];
    for (const family of families) this.registry.register(family.handlers, family.name);
    for (const family of families) family.install?.(this);
  }

  // ---------------------------------------------------------------- transports

  /** A new client socket. Refused at once (1008) when its address is blacklisted. */
  accept(transport: SimTransport): TransportSession {
    const address = transport.remoteAddress;
    if (this.#shuttingDown || this.isBlacklisted(address)) {
      transport.close(CloseCode.PolicyViolation, this.#shuttingDown ? 'shutting down' : 'blacklisted');
      return { receive: () => undefined, closed: () => undefined };
    }
    this.#stats.socketsAccepted += 1;
    const connectionId = this.world.newId();
    const conn = new OperatorConnection(connectionId, transport, this.clock.now(), () => this.#touch(conn));
    this.#connections.set(connectionId, conn);
    const idle = new OneShotTimer(this.clock);
    this.#idleTimers.set(connectionId, idle);
    conn.send('hello', null, {
      Application: this.world.serverInfo.applicationName,
      Version: this.world.serverInfo.version,
      ConnectionId: connectionId,
    });
    return {
      receive: (text) => this.#receive(conn, text),
      closed: () => {
        if (conn.markClosed()) this.#gone(conn);
      },
    };
  }

  /** Sends the `close` event, closes the transport, and tells the others. */
  closeConnection(conn: OperatorConnection, reason = 'closed by the server'): void {
    conn.send('close', null, null, 'Header');
    if (conn.shut(CloseCode.Normal, reason)) this.#gone(conn);
  }

  /** Closes without the `close` event (a refused or misbehaving client). */
  dropConnection(conn: OperatorConnection, code: number = CloseCode.Normal, reason = ''): void {
    if (conn.shut(code, reason)) this.#gone(conn);
  }

  /** Every connection gets the `close` event and is closed; timers stop. */
  shutdown(): void {
    if (this.#shuttingDown) return;
    this.#shuttingDown = true;
    const all = [...this.#connections.values()];
    for (const conn of all) conn.send('close', null, null, 'Header');
    for (const conn of all) conn.shut(CloseCode.GoingAway, 'server shutting down');
    for (const conn of all) this.#gone(conn);
    for (const handle of this.#timers) this.clock.clearTimeout(handle);
    this.#timers.clear();
    for (const listener of this.#hooks.shutdown) listener();
  }

  get isShuttingDown(): boolean {
    return this.#shuttingDown;
  }

  /** A snapshot of the counters (later traffic does not change it). */
  get stats(): Readonly<ServerStats> {
    return { ...this.#stats };
  }

  // ---------------------------------------------------------------- lookups and fan-out

  /** Open connections, logged in or not. */
  connections(): OperatorConnection[] {
    return [...this.#connections.values()].filter((conn) => conn.open);
  }

  /** Logged-in operators. */
  operators(): OperatorConnection[] {
    return this.connections().filter((conn) => conn.loggedIn);
  }

  connection(connectionId: string): OperatorConnection | undefined {
    const conn = this.#connections.get(connectionId);
    return conn !== undefined && conn.loggedIn ? conn : undefined;
  }

  /** The logged-in connection of a user, if any (one per user). */
  connectionOfUser(username: string): OperatorConnection | undefined {
    const wanted = username.toLowerCase();
    return this.operators().find((conn) => conn.username.toLowerCase() === wanted);
  }

  /** Chats the operator is talking in. */
  chatsOf(conn: OperatorConnection): ChatRecord[] {
    return [...this.world.chats.values()].filter((chat) => chat.talkingTo === conn.connectionId);
  }

  /**
   * Whether `viewer` may see `target` in its clients list: itself always; the system
   * administrator only by itself; invisible users by nobody else; someone of another
   * department only with "Can See Users Outside Of Own Department"; otherwise when
   * they share a site (admins and supervisors see everyone on the server).
   */
  canSee(viewer: OperatorConnection, target: OperatorConnection): boolean {
    if (viewer === target) return true;
    if (!viewer.loggedIn || !target.loggedIn) return false;
    return this.#visible(viewer, target);
  }

  #visible(viewer: OperatorConnection, target: OperatorConnection): boolean {
    if (target.rights.isSystemAdministrator || target.rights.isInvisible) return false;
    if (viewer.isSupervisorOrAdmin) return true;
    if (
      !viewer.rights.canSeeUsersOutsideOwnDepartment &&
      viewer.dept !== '' &&
      target.dept.toLowerCase() !== viewer.dept.toLowerCase()
    ) {
      return false;
    }
    return target.siteKeys.some((key) => viewer.canAccessSite(key));
  }

  /** How `conn` appears in `clients` / `clientevent`. */
  clientView(conn: OperatorConnection): ClientView {
    return {
      connectionId: conn.connectionId,
      account: conn.user,
      name: conn.name,
      dept: conn.dept,
      status: conn.status,
      statusMessage: conn.statusMessage,
      lang: conn.lang,
      chats: this.chatsOf(conn).length,
      platform: conn.platform,
      version: conn.version,
      ip: conn.remoteAddress,
    };
  }

  /** Display name of a logged-in connection (for MonitoredBy and messages). */
  nameOf = (connectionId: string): string | undefined => this.connection(connectionId)?.name;

  /** Sends to every logged-in operator matching `filter`. */
  sendTo(
    filter: (conn: OperatorConnection) => boolean,
    eventName: string,
    params: readonly string[] | null = null,
    data: JsonValue = null,
  ): void {
    let text: string | null = null;
    for (const conn of this.operators()) {
      if (!filter(conn)) continue;
      text ??= encodeEvent(eventName, params, data);
      conn.sendText(text);
    }
  }

  /** Sends to every logged-in operator with access to the site. */
  sendToSiteAccess(
    siteKey: number,
    eventName: string,
    params: readonly string[] | null = null,
    data: JsonValue = null,
  ): void {
    this.sendTo((conn) => conn.canAccessSite(siteKey), eventName, params, data);
  }

  msg(conn: OperatorConnection, text: string): void {
    conn.send('msg', null, text);
  }

  error(conn: OperatorConnection, text: string): void {
    conn.send('error', null, text);
  }

  /** The "Access denied" error; it counts as a strike towards blacklisting. */
  accessDenied(conn: OperatorConnection, text = ACCESS_DENIED): void {
    this.error(conn, text);
    this.strike(conn, 'access denied');
  }

  /** Checks the user may see the site; sends Access denied and returns false if not. */
  requireSite(conn: OperatorConnection, siteKey: number): boolean {
    if (conn.canAccessSite(siteKey)) return true;
    this.accessDenied(conn);
    return false;
  }

  /** `clientevent` about `conn` to everyone who can see it (itself included). */
  broadcastClientEvent(conn: OperatorConnection): void {
    if (!conn.loggedIn) return;
    const text = encodeEvent('clientevent', null, wireClient(this.world, this.clientView(conn), true));
    for (const viewer of this.operators()) {
      if (this.canSee(viewer, conn)) viewer.sendText(text);
    }
  }

  /** `chatchanged` for an active chat to everyone with access to its site. */
  broadcastChatChanged(chat: ChatRecord): void {
    const data = wireChatting(this.world, chat, this.nameOf);
    this.sendToSiteAccess(chat.siteKey, 'chatchanged', [chat.chatUid], data);
  }

  /** Changes an operator's status, tells everyone and runs the status hooks. */
  setStatus(conn: OperatorConnection, status: OperatorStatus, message?: string): void {
    const previous = conn.status;
    conn.status = status;
    if (message !== undefined) conn.statusMessage = message;
    this.broadcastClientEvent(conn);
    for (const listener of this.#hooks.status) listener(conn, previous);
  }

  // ---------------------------------------------------------------- hooks, timers, extensions

  on<K extends keyof ServerHooks>(event: K, listener: ServerHooks[K]): () => void {
    const set = this.#hooks[event] as Set<ServerHooks[K]>;
    set.add(listener);
    return () => set.delete(listener);
  }

  /** The real server releases an operator's chats when the connection drops: hook that here. */
  onOperatorGone(listener: (conn: OperatorConnection) => void): () => void {
    return this.on('gone', listener);
  }

  onLogin(listener: (conn: OperatorConnection) => void): () => void {
    return this.on('login', listener);
  }

  /** A timer on the server's clock, cleared on shutdown. Returns a cancel function. */
  schedule(ms: number, callback: () => void): () => void {
    const handle = this.clock.setTimeout(() => {
      this.#timers.delete(handle);
      if (!this.#shuttingDown) callback();
    }, ms);
    this.#timers.add(handle);
    return () => {
      if (this.#timers.delete(handle)) this.clock.clearTimeout(handle);
    };
  }

  /** Repeats `callback` every `ms` until cancelled or shutdown. */
  every(ms: number, callback: () => void): () => void {
    let cancel = (): void => undefined;
    const tick = (): void => {
      cancel = this.schedule(ms, tick);
      callback();
    };
    cancel = this.schedule(ms, tick);
    return () => cancel();
  }

  /** Per-server state of a handler family, created on first use. */
  extension<T>(key: string, create: () => T): T {
    if (!this.#extensions.has(key)) this.#extensions.set(key, create());
    return this.#extensions.get(key) as T;
  }

  /** Adds handlers after construction (tests). */
  registerHandlers(table: HandlerTable, owner = 'extra'): void {
    this.registry.register(table, owner);
  }

  // ---------------------------------------------------------------- blacklist (rules in blacklist.ts)

  isBlacklisted(address: string): boolean {
    return this.#blacklist.isBlacklisted(address);
  }

  /** Puts an address on the temporary blacklist now (also what strikes lead to). */
  blacklistAddress(address: string, seconds?: number): void {
    this.#blacklist.blacklistAddress(address, seconds);
  }

  /** Clears the temporary blacklist and strikes (ClearBlacklist). */
  clearTemporaryBlacklist(): void {
    this.#blacklist.clearTemporaryBlacklist();
  }

  /** Forgets the strikes against an address (a successful login). */
  forgiveStrikes(address: string): void {
    this.#blacklist.forgiveStrikes(address);
  }

  /**
   * Counts a strike (failed login, invalid command, access denied) against the
   * connection's address. Returns true when this strike blacklisted the address, in
   * which case the connection has been closed.
   */
  strike(conn: OperatorConnection, reason: string): boolean {
    if (!this.#blacklist.strike(conn.remoteAddress, reason)) return false;
    this.dropConnection(conn, CloseCode.PolicyViolation, 'blacklisted');
    return true;
  }

  // ---------------------------------------------------------------- receiving

  /**
   * Records traffic on a connection. Restarting a timer on every frame would cost a
   * clear and a set per frame across hundreds of connections, so the one idle timer
   * per connection checks the last activity when it fires and re-arms for the rest.
   */
  #touch(conn: OperatorConnection): void {
    this.#lastActivity.set(conn.connectionId, this.clock.now());
    const timer = this.#idleTimers.get(conn.connectionId);
    if (timer !== undefined && !timer.active && conn.open) this.#armIdle(conn, timer, this.#idleTimeoutMs);
  }

  #armIdle(conn: OperatorConnection, timer: OneShotTimer, ms: number): void {
    timer.start(ms, () => {
      if (!conn.open) return;
      const idleFor = this.clock.now() - (this.#lastActivity.get(conn.connectionId) ?? conn.connectedAt);
      if (idleFor >= this.#idleTimeoutMs) this.closeConnection(conn, 'inactive');
      else this.#armIdle(conn, timer, this.#idleTimeoutMs - idleFor);
    });
  }

  #invalid(conn: OperatorConnection, text: string): void {
    this.error(conn, text);
    this.strike(conn, text);
  }

  #receive(conn: OperatorConnection, text: string): void {
    if (!conn.open) return;
    this.#touch(conn);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      this.#invalid(conn, 'Invalid command: the frame is not JSON');
      return;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      this.#invalid(conn, 'Invalid command: the frame is not a JSON object');
      return;
    }
    const object = parsed as Record<string, unknown>;
    const commandKey = findKey(object, 'Command');
    const command = commandKey === undefined ? undefined : object[commandKey];
    if (typeof command !== 'string' || command.trim() === '') {
      this.#invalid(conn, 'Invalid command: no Command name');
      return;
    }
    const name = command.trim();
    const paramsKey = findKey(object, 'Params', 'Parameters');
    const rawParams = paramsKey === undefined ? null : object[paramsKey];
    const params = paramsToStrings(rawParams);

    if (name.toLowerCase() === 'login') {
      this.#stats.loginsAttempted += 1;
      if (this.#login.handle(conn, params) === 'loggedIn') this.#stats.loginsSucceeded += 1;
      return;
    }
    if (!conn.loggedIn) {
      this.#invalid(conn, `Not logged in: send Login before "${name}"`);
      return;
    }
    if (name.toLowerCase() === 'close') this.#stats.closesReceived += 1;
    const handler = this.registry.lookup(name);
    if (handler === undefined) {
      if (KNOWN_COMMANDS.has(name.toLowerCase())) {
        // A spec command the simulator does not model is not the client's fault: no strike.
        this.error(conn, `Command "${name}" is not supported by the simulator`);
      } else {
        this.#invalid(conn, `Unknown command "${name}"`);
      }
      return;
    }
    try {
      handler({ server: this, world: this.world, conn, params, rawParams, command: name });
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      this.error(conn, `${name} failed: ${reason}`);
    }
  }

  // ---------------------------------------------------------------- leaving

  #gone(conn: OperatorConnection): void {
    this.#idleTimers.get(conn.connectionId)?.stop();
    this.#idleTimers.delete(conn.connectionId);
    this.#lastActivity.delete(conn.connectionId);
    this.#connections.delete(conn.connectionId);
    if (conn.account === null) return;
    this.world.appendLog(`${conn.account.username} disconnected`);
    if (!this.#shuttingDown) {
      const text = encodeEvent('clientremove', null, conn.connectionId);
      for (const viewer of this.operators()) {
        if (this.#visible(viewer, conn)) viewer.sendText(text);
      }
    }
    for (const listener of this.#hooks.gone) listener(conn);
  }
}
