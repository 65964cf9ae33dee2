/**
 * Puts a page on the session its browser shares, in one of two ways:
 * - `shared`: a shared worker hosts the sessions (started with an extended lifetime, so
 *   in Chrome and Edge it outlives a navigation); where the worker cannot start (no
 *   SharedWorker, a Content-Security-Policy without `worker-src 'self'`), it falls back
 *   to `tabs`;
 * - `tabs`: the tab elected with a Web Lock hosts them and relays over BroadcastChannel.
 * Returns undefined where neither is possible: the page then keeps a session of its own.
 */
import { messagePortLink } from './link.js';
import type { HostMessage, PageMessage } from './messages.js';
import { hasWebLocks, holdPageLock, watchPage } from './page-lock.js';
import { RemoteSession, type PageLink, type RemoteSessionOptions } from './remote-session.js';
import type { SessionHost } from './session-host.js';
import { startSessionWorker } from './start-worker.js';
import { leadTabsWhenElected, tabChannelLink } from './tab-channel.js';

/** How a page's session is shared: see the module comment; `page` shares nothing. */
export type ConnectionMode = 'shared' | 'tabs' | 'page';

/** Bumped when pages and hosts stop understanding each other's messages. */
const WORKER_NAME = 'whoson-elements session host 1';

export interface SharedSessionOptions extends RemoteSessionOptions {
  readonly mode: 'shared' | 'tabs';
  /** Starts the shared worker (default: the kit's own worker script). */
  readonly startWorker?: (name: string) => SharedWorker;
}

function canLeadTabs(): boolean {
  return typeof BroadcastChannel === 'function' && hasWebLocks();
}

/** Whether this browser can share a session in `mode` (or in the fallback of `shared`). */
export function canShareSession(mode: ConnectionMode): boolean {
  if (mode === 'page') return false;
  return canLeadTabs() || (mode === 'shared' && typeof SharedWorker === 'function');
}

export function connectSharedSession(options: SharedSessionOptions): RemoteSession | undefined {
  if (!canShareSession(options.mode)) return undefined;
  const remote = new RemoteSession(options);
  // The page holds its lock once, for its lifetime; the host watches it to know the page is gone.
  const locked = holdPageLock(remote.tabId);
  let current: PageLink | undefined;
  const use = (link: PageLink): void => {
    current = link;
    void locked.then(() => {
      // A worker that failed before the lock was held was replaced meanwhile.
      if (current === link) remote.connect(link);
    });
  };
  const shareBetweenTabs = (): void => {
    const link = tabChannelLink(remote.url, remote.tabId, () => remote.connect(link));
    leadTabsWhenElected(remote.url, remote.tabId, tabsHost);
    use(link);
  };
  if (options.mode === 'shared' && typeof SharedWorker === 'function') {
    const link = workerLink(options.startWorker ?? startSessionWorker, () => {
      // The worker could not start (a policy without worker-src 'self', a missing file):
      // the tabs share the session among themselves.
      if (canLeadTabs()) shareBetweenTabs();
    });
    if (link !== undefined) {
      use(link);
      return remote;
    }
  }
  if (!canLeadTabs()) return undefined;
  shareBetweenTabs();
  return remote;
}

/**
 * The host a tab runs once elected to hold the connection for the others: its code (the
 * session, the connection, the protocol) loads then, not with every page.
 */
async function tabsHost(): Promise<SessionHost> {
  const [{ SessionHost }, { Session }] = await Promise.all([import('./session-host.js'), import('../session.js')]);
  return new SessionHost({ createSession: (url) => new Session({ url }), watchPage });
}

/** A link to the shared worker; `failed` runs if the worker dies before it ever answered. */
function workerLink(start: (name: string) => SharedWorker, failed: () => void): PageLink | undefined {
  let worker: SharedWorker;
  try {
    worker = start(WORKER_NAME);
  } catch {
    return undefined;
  }
  const link = messagePortLink<PageMessage, HostMessage>(worker.port);
  let answered = false;
  const stopWaiting = link.onMessage(() => {
    answered = true;
    stopWaiting();
  });
  worker.addEventListener('error', () => {
    if (answered) return;
    answered = true;
    link.close();
    failed();
  });
  return link;
}
