/**
 * What runs inside the shared worker: one SessionHost for every page of the origin that
 * connects, each over its own MessagePort. The sessions use the worker's own WebSocket.
 */
import { Session } from '../session.js';
import { messagePortLink } from './link.js';
import type { HostMessage, PageMessage } from './messages.js';
import { watchPage } from './page-lock.js';
import { SessionHost } from './session-host.js';

interface SharedWorkerScopeLike {
  onconnect: ((event: MessageEvent) => void) | null;
}

/** True when this code runs as a shared worker (the bundle then hosts sessions, no elements). */
export function isSharedWorkerScope(): boolean {
  const scopeClass = (globalThis as { SharedWorkerGlobalScope?: abstract new () => unknown }).SharedWorkerGlobalScope;
  return typeof scopeClass === 'function' && globalThis instanceof scopeClass;
}

/** Hosts the sessions of every page that connects to this shared worker. */
export function runSessionWorker(): SessionHost {
  const host = new SessionHost({
    createSession: (url) => new Session({ url }),
    watchPage,
  });
  (globalThis as unknown as SharedWorkerScopeLike).onconnect = (event) => {
    const port = event.ports[0];
    if (port !== undefined) host.attach(messagePortLink<HostMessage, PageMessage>(port));
  };
  return host;
}
