/**
 * The built script-tag file in a plain page, as an integrator with no build step uses it:
 * the page (web-test-runner.bundle.config.js) loads only
 * `<script type="module" src="/dist/whoson-elements.bundle[.min].js">`; this test writes
 * plain HTML and logs in against the simulator that config runs in Node.
 * Run by `npm run test:bundle` after `npm run build`, not by the source-level `npm run test:browser`.
 */
// Types only (erased): the page runs nothing from src/. No assertion library either
// (@open-wc/testing would load a second Lit): the page holds the bundle and mocha alone.
import type { WhosonConnectedEvent, WhosonLoginFailedEvent, WhosonSession, WhosonWaitingBadge } from '../../src/index.js';
import { bundleSim, startVisitorChat } from '../support/bundle-sim-url.js';

const TAGS = ['whoson-session', 'whoson-chat-list', 'whoson-chat-pane', 'whoson-waiting-badge', 'whoson-transfer-dialog'];

/** The file this group's page loaded. */
const bundleFile = document.head.querySelector<HTMLScriptElement>('script[src^="/dist/"]')?.getAttribute('src') ?? '';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function equal(actual: unknown, expected: unknown, what: string): void {
  const shown = (value: unknown): string => (typeof value === 'function' ? `class ${value.name}` : JSON.stringify(value));
  check(Object.is(actual, expected), `${what}: expected ${shown(expected)}, got ${shown(actual)}`);
}

async function until(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const shownCount = (badge: WhosonWaitingBadge): string =>
  badge.shadowRoot?.querySelector('[part="count"]')?.textContent?.trim() ?? '';

describe(`the script-tag file ${bundleFile}`, () => {
  let container: HTMLElement | undefined;

  afterEach(() => {
    container?.querySelector<WhosonSession>('whoson-session')?.logout();
    container?.remove();
  });

  it('is the only file of the kit the page loaded', () => {
    check(/^\/dist\/whoson-elements\.bundle(\.min)?\.js$/.test(bundleFile), `the page loads a bundle (${bundleFile})`);
    const kitFiles = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/src/') || path.startsWith('/dist/'));
    equal(kitFiles.join(', '), bundleFile, 'files fetched from /src and /dist');
  });

  it('defines all five elements and exports the classes it registered and the core API', async () => {
    for (const tag of TAGS) check(typeof customElements.get(tag) === 'function', `<${tag}> is defined`);
    // The same URL is the same module instance: the page's script, not a second copy.
    const api = (await import(/* @vite-ignore */ bundleFile)) as Record<string, unknown>;
    equal(api['WhosonSession'], customElements.get('whoson-session'), 'exported WhosonSession');
    equal(api['WhosonChatList'], customElements.get('whoson-chat-list'), 'exported WhosonChatList');
    equal(api['WhosonChatPane'], customElements.get('whoson-chat-pane'), 'exported WhosonChatPane');
    equal(api['WhosonWaitingBadge'], customElements.get('whoson-waiting-badge'), 'exported WhosonWaitingBadge');
    equal(api['WhosonTransferDialog'], customElements.get('whoson-transfer-dialog'), 'exported WhosonTransferDialog');
    check(typeof api['Session'] === 'function', 'the core Session is exported');
    check(typeof api['parseMessage'] === 'function', 'the message markup parser is exported');
  });

  it('logs in against the simulator from plain HTML, and the badge inside counts waiting chats', async () => {
    const sim = await bundleSim();
    container = document.createElement('div');
    // What an integrator writes; the URL is the simulator's ws://127.0.0.1:<port>.
    container.innerHTML = `
      <whoson-session url="${sim.url}" auth-string="${sim.authString}" username="${sim.username}">
        <whoson-waiting-badge></whoson-waiting-badge>
      </whoson-session>`;
    document.body.append(container);
    const session = container.querySelector('whoson-session') as WhosonSession;
    const badge = container.querySelector('whoson-waiting-badge') as WhosonWaitingBadge;
    check(session instanceof customElements.get('whoson-session')!, '<whoson-session> is upgraded');
    check(badge instanceof customElements.get('whoson-waiting-badge')!, '<whoson-waiting-badge> is upgraded');

    const outcome = new Promise<WhosonConnectedEvent>((resolve, reject) => {
      session.addEventListener('whoson-connected', resolve, { once: true });
      session.addEventListener(
        'whoson-login-failed',
        (event: WhosonLoginFailedEvent) => reject(new Error(`Login failed: ${event.detail.reason}`)),
        { once: true },
      );
    });
    session.password = sim.password;
    const connected = await outcome;
    check(connected.detail.serverInfo.connectionId !== '', 'the server gave a connection id');
    equal(session.session?.connection.state, 'connected', 'the connection state');
    // The password is left neither in the DOM nor on the element.
    equal(session.hasAttribute('password'), false, 'a password attribute');
    equal(session.password, '', 'the password property after login');

    await until(() => /^\d+$/.test(shownCount(badge)), 'the badge to show a count');
    const before = Number(shownCount(badge));
    equal(badge.count, before, "the badge's count property");

    await startVisitorChat('Ada Lovelace');
    await until(() => shownCount(badge) === String(before + 1), `the badge to count ${before + 1} waiting chats`);
    equal(badge.dataset['count'], String(before + 1), 'data-count');
  });
});
