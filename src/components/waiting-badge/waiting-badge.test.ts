/**
 * `<whoson-waiting-badge>` in Chromium against the simulated server (logged in as thomas:
 * sites 1 and 2). Site 1 ("My Company") breaches its SLA at 40 s.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { chatRouter } from '../../sim/routing.js';
import type { SimServer } from '../../sim/server.js';
import { visitorSide, type StartChatOptions } from '../../sim/visitor-side.js';
import { pause, sessionFixture, until } from '../../../test/support/session-fixture.js';
import '../../define/whoson-waiting-badge.js';
import type { WhosonBadgeActivateEvent } from '../../events/whoson-badge-activate.js';
import type { WhosonWaitingBadge } from './waiting-badge.js';

const MY_COMPANY = 1;
const SUPPORT_PORTAL = 2;

function startChat(server: SimServer, options: Partial<StartChatOptions> = {}): string {
  return visitorSide(server).startChat({ siteKey: MY_COMPANY, name: 'Ada Lovelace', ...options });
}

function waitedFor(server: SimServer, chatUid: string, seconds: number): void {
  const chat = server.world.chats.get(chatUid)!;
  chat.waitingSince = server.world.now() - seconds * 1000;
  chatRouter(server).announce(chat);
}

function badgeIn(root: HTMLElement): WhosonWaitingBadge {
  return root.querySelector('whoson-waiting-badge')!;
}

function count(badge: WhosonWaitingBadge): string {
  return badge.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();
}

function button(badge: WhosonWaitingBadge): HTMLButtonElement {
  return badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="base"]')!;
}

/** The button's name as assistive technology gets it from the content (aria-hidden left out). */
function spokenName(badge: WhosonWaitingBadge): string {
  const walker = document.createTreeWalker(button(badge), NodeFilter.SHOW_TEXT);
  const words: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement!.closest('[aria-hidden="true"]')) words.push(node.textContent!);
  }
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

function announced(badge: WhosonWaitingBadge): string {
  return badge.shadowRoot!.querySelector('[part="announcer"]')!.textContent!.trim();
}

describe('<whoson-waiting-badge>', () => {
  it('shows a "no session" state outside any session, without throwing', async () => {
    const badge = await fixture<WhosonWaitingBadge>(html`<whoson-waiting-badge></whoson-waiting-badge>`);
    expect(count(badge)).to.equal('–');
    expect(button(badge).disabled).to.equal(true);
    expect(spokenName(badge)).to.equal('Not connected to a WhosOn session.');
  });

  it('counts the waiting chats', async () => {
    const { root, server, session } = await sessionFixture(html`<whoson-waiting-badge></whoson-waiting-badge>`);
    const badge = badgeIn(root);
    await badge.updateComplete;
    expect(count(badge)).to.equal('0');
    expect(badge.dataset['count']).to.equal('0');
    expect(badge.matches(':state(empty)')).to.equal(true);

    const first = startChat(server);
    startChat(server, { siteKey: SUPPORT_PORTAL });
    await until(() => count(badge) === '2', { message: 'two waiting' });
    expect(spokenName(badge)).to.equal('2 chats waiting');
    expect(badge.dataset['count']).to.equal('2');
    expect(badge.matches(':state(empty)')).to.equal(false);

    session.accept(first);
    await until(() => count(badge) === '1', { message: 'the taken chat no longer counted' });
  });

  it('narrows the count to the sites and skills named by attribute', async () => {
    const { root, server } = await sessionFixture(html`
      <whoson-waiting-badge id="portal" sites="2"></whoson-waiting-badge>
      <whoson-waiting-badge id="by-name" sites="my company"></whoson-waiting-badge>
      <whoson-waiting-badge id="technical" skills="Technical"></whoson-waiting-badge>
      <whoson-waiting-badge id="unknown" sites="99"></whoson-waiting-badge>
    `);
    const [portal, byName, technical, unknown] = ['portal', 'by-name', 'technical', 'unknown'].map(
      (id) => root.querySelector<WhosonWaitingBadge>(`#${id}`)!,
    ) as [WhosonWaitingBadge, WhosonWaitingBadge, WhosonWaitingBadge, WhosonWaitingBadge];
    byName.sites = server.world.site(MY_COMPANY)!.name.toUpperCase();
    startChat(server, { siteKey: MY_COMPANY, skillNames: ['Technical'] });
    startChat(server, { siteKey: MY_COMPANY, skillNames: ['Support'] });
    startChat(server, { siteKey: SUPPORT_PORTAL });
    await until(() => count(portal) === '1' && count(byName) === '2', { message: 'counts by site' });
    // The chat with another skill is left out; the one without skills may go to anyone.
    expect(count(technical)).to.equal('2');
    expect(count(unknown)).to.equal('0');
  });

  it('turns breached once a waiting chat passes its SLA, by itself as time passes', async () => {
    const { root, server } = await sessionFixture(html`<whoson-waiting-badge></whoson-waiting-badge>`);
    const badge = badgeIn(root);
    const uid = startChat(server);
    await until(() => count(badge) === '1');
    expect(badge.dataset['sla']).to.equal('ok');
    expect(badge.matches(':state(breached)')).to.equal(false);
    const calm = getComputedStyle(button(badge)).backgroundColor;

    // Just before the breach: no new event arrives, the badge's own deadline must fire.
    waitedFor(server, uid, server.world.site(MY_COMPANY)!.slaReachedSeconds - 0.5);
    await until(() => badge.dataset['sla'] === 'breached', { timeout: 2500, message: 'the breach' });
    expect(badge.matches(':state(breached)')).to.equal(true);
    expect(badge.shadowRoot!.querySelector('[part="sla"]')!.textContent!.trim()).to.equal('Past SLA');
    expect(spokenName(badge)).to.equal('1 chat waiting Past SLA');
    expect(getComputedStyle(button(badge)).backgroundColor).to.not.equal(calm);
  });

  it('dispatches whoson-badge-activate with the count on click, Enter and Space', async () => {
    const { root, server } = await sessionFixture(html`<whoson-waiting-badge></whoson-waiting-badge>`);
    const badge = badgeIn(root);
    startChat(server);
    await until(() => count(badge) === '1');

    setTimeout(() => button(badge).click());
    const clicked = (await oneEvent(root, 'whoson-badge-activate')) as WhosonBadgeActivateEvent;
    expect(clicked.detail.count).to.equal(1);
    expect(clicked.bubbles && clicked.composed).to.equal(true);

    button(badge).focus();
    let activations = 0;
    badge.addEventListener('whoson-badge-activate', () => (activations += 1));
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(activations).to.equal(2);
  });

  it('announces a change of the count politely, once for a burst', async () => {
    const { root, server } = await sessionFixture(html`<whoson-waiting-badge></whoson-waiting-badge>`);
    const badge = badgeIn(root);
    const region = badge.shadowRoot!.querySelector('[part="announcer"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    await badge.updateComplete;
    expect(announced(badge), 'the initial count is not news').to.equal('');

    const said: string[] = [];
    const observer = new MutationObserver(() => {
      const now = announced(badge);
      if (now !== '') said.push(now);
    });
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    try {
      startChat(server);
      startChat(server);
      startChat(server);
      await until(() => announced(badge) === '3 chats waiting', { timeout: 3000, message: 'the announcement' });
      await pause(300);
      expect(said).to.deep.equal(['3 chats waiting']);
    } finally {
      observer.disconnect();
    }
  });

  it('attaches to a session elsewhere in the page by id', async () => {
    const { root, server } = await sessionFixture(undefined, {
      outside: html`<whoson-waiting-badge session="main"></whoson-waiting-badge>`,
    });
    const badge = badgeIn(root);
    startChat(server);
    await until(() => count(badge) === '1', { message: 'the count in a badge outside the session' });
  });

  it('is accessible (axe), calm and breached', async () => {
    const { root, server } = await sessionFixture(html`<whoson-waiting-badge></whoson-waiting-badge>`);
    const badge = badgeIn(root);
    const uid = startChat(server);
    await until(() => count(badge) === '1');
    await expect(badge).to.be.accessible();
    waitedFor(server, uid, 60);
    await until(() => badge.dataset['sla'] === 'breached');
    await expect(badge).to.be.accessible();
  });

  it('loads on its own: its define module pulls in neither the list nor the pane', async () => {
    const seen = new Set<string>();
    const pending = [new URL('/src/define/whoson-waiting-badge.ts', location.origin).href];
    while (pending.length > 0) {
      const url = pending.pop()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const source = await (await fetch(url)).text();
      for (const match of source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]/g)) {
        const specifier = match[1] ?? match[2]!;
        // Packages (lit, @lit/context) are rewritten to /node_modules/...: not ours to check.
        if (specifier.includes('/node_modules/') || (!specifier.startsWith('.') && !specifier.startsWith('/src/'))) continue;
        pending.push(new URL(specifier.replace(/\.js$/, '.ts'), url).href);
      }
    }
    const modules = [...seen].map((url) => new URL(url).pathname);
    expect(modules).to.include('/src/components/waiting-badge/waiting-badge.ts');
    const foreign = modules.filter(
      (path) =>
        path.startsWith('/src/components/') &&
        !path.startsWith('/src/components/waiting-badge/') &&
        !path.startsWith('/src/components/shared/'),
    );
    expect(foreign, 'only shared controllers besides the badge').to.deep.equal([]);
    expect(modules.filter((path) => path.startsWith('/src/define/')).sort()).to.deep.equal([
      '/src/define/define-element.ts',
      '/src/define/whoson-waiting-badge.ts',
    ]);
    expect(modules.filter((path) => path.startsWith('/src/sim/')), 'no simulator code').to.deep.equal([]);
  });
});
