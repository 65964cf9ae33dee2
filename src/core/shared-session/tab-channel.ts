/**
 * The tabs of an origin sharing one session without a shared worker: the tab holding a
 * Web Lock leads and hosts the sessions; every tab, the leader included, talks to it over
 * a BroadcastChannel, with messages addressed by tab id. When the leader goes, the next
 * tab in line for the lock takes over and says so, and every tab says hello again,
 * handing over what it mirrors so the new host can carry on where the old one stopped.
 */
import { LinkListeners, type Link } from './link.js';
import type { HostMessage, PageMessage } from './messages.js';
import { whenElected } from './page-lock.js';
import type { PageLink } from './remote-session.js';
import type { HostLink, SessionHost } from './session-host.js';

type Envelope =
  | { readonly to: 'host'; readonly from: string; readonly message: PageMessage }
  | { readonly to: string; readonly message: HostMessage }
  | { readonly leader: string };

function channelName(url: string): string {
  return `whoson-elements:tabs:${url}`;
}

/**
 * A page's link to whichever tab leads. `onNewLeader` runs when a tab takes the lead (the
 * page then says hello again).
 */
export function tabChannelLink(url: string, tabId: string, onNewLeader: () => void): PageLink {
  const channel = new BroadcastChannel(channelName(url));
  const listeners = new LinkListeners<HostMessage>();
  channel.onmessage = (event: MessageEvent) => {
    const envelope = event.data as Envelope;
    if ('leader' in envelope) onNewLeader();
    else if (envelope.to === tabId && 'message' in envelope) listeners.deliver(envelope.message as HostMessage);
  };
  return {
    post: (message) => channel.postMessage({ to: 'host', from: tabId, message } satisfies Envelope),
    onMessage: (listener) => listeners.add(listener),
    close() {
      listeners.clear();
      channel.close();
    },
  };
}

/**
 * Waits in line to lead the tabs of `url`; once elected (now, or when the leader goes),
 * hosts their sessions on `host()` until this page goes away.
 */
export function leadTabsWhenElected(url: string, tabId: string, host: () => SessionHost | Promise<SessionHost>): void {
  whenElected(`whoson-elements:leader:${url}`, () => {
    // The tabs connect once the leader announces itself, so the host may take a moment to load.
    void Promise.resolve()
      .then(host)
      .then(
        (ready) => new TabHub(url, ready).announce(tabId),
        (error: unknown) => console.error('whoson-elements: the tab holding the session could not start it', error),
      );
  });
}

/** The leader's end of the channel: one host link per tab that says hello. */
class TabHub {
  readonly #channel: BroadcastChannel;
  readonly #host: SessionHost;
  readonly #links = new Map<string, { link: HostLink; listeners: LinkListeners<PageMessage> }>();

  constructor(url: string, host: SessionHost) {
    this.#host = host;
    this.#channel = new BroadcastChannel(channelName(url));
    this.#channel.onmessage = (event: MessageEvent) => {
      const envelope = event.data as Envelope;
      if (!('to' in envelope) || envelope.to !== 'host' || !('from' in envelope)) return;
      this.#linkOf(envelope.from).listeners.deliver(envelope.message);
    };
  }

  announce(tabId: string): void {
    this.#channel.postMessage({ leader: tabId } satisfies Envelope);
  }

  #linkOf(tabId: string): { link: HostLink; listeners: LinkListeners<PageMessage> } {
    const known = this.#links.get(tabId);
    if (known !== undefined) return known;
    const listeners = new LinkListeners<PageMessage>();
    const link: Link<HostMessage, PageMessage> = {
      post: (message) => this.#channel.postMessage({ to: tabId, message } satisfies Envelope),
      onMessage: (listener) => listeners.add(listener),
      close: () => {
        listeners.clear();
        if (this.#links.get(tabId)?.link === link) this.#links.delete(tabId);
      },
    };
    const entry = { link, listeners };
    this.#links.set(tabId, entry);
    this.#host.attach(link);
    return entry;
  }
}
