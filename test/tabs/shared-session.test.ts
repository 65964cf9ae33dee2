/**
 * One session per browser, in real Chromium tabs of one origin, against the simulator
 * over real WebSockets, with the built script-tag file: what the server sees (sockets,
 * Logins, Close) whatever the tabs do. Run by `npm run test:tabs` after `npm run build`.
 *
 * Each mode runs the same story: three tabs share one connection; a message sent from
 * one tab goes out once; a new chat rings once; the first tab closes; the last tab
 * navigates and reloads mid-chat with a draft typed; every tab goes and, after the grace
 * period, the session logs out. In Chromium by default; `WHOSON_TABS_FIREFOX=<path>` runs
 * it in Firefox.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { DEMO_OPERATORS, DEMO_SITE_KEYS } from '../../src/sim/default-data.js';
import { startTabsSite, type TabsSite } from '../support/tabs-site.js';
import {
  chatListShownAt,
  composerText,
  connectionIdShown,
  firefoxPath,
  launchBrowser,
  openTab,
  pause,
  rowState,
  select,
  take,
  tones,
  typeInComposer,
  until,
  untilComposerText,
  untilConnected,
  untilLine,
  untilRow,
} from './browser.js';

interface Case {
  readonly title: string;
  readonly mode: 'shared' | 'tabs';
  /** False: the browser ends a shared worker with its last page (Firefox, Safari). */
  readonly extendedLifetime: boolean;
  /** New Logins when the first tab closes (1: it led the others and the socket went with it). */
  readonly loginsWhenFirstTabCloses: number;
  /** New Logins when the only tab navigates (0: the shared worker outlives the page). */
  readonly loginsPerNavigation: number;
}

const cases: readonly Case[] = [
  { title: 'connection="shared"', mode: 'shared', extendedLifetime: true, loginsWhenFirstTabCloses: 0, loginsPerNavigation: 0 },
  {
    title: 'connection="shared", in a browser whose shared worker ends with its last page',
    mode: 'shared',
    extendedLifetime: false,
    loginsWhenFirstTabCloses: 0,
    loginsPerNavigation: 1,
  },
  {
    title: 'connection="tabs" (the Web Locks leader)',
    mode: 'tabs',
    extendedLifetime: true,
    loginsWhenFirstTabCloses: 1,
    loginsPerNavigation: 1,
  },
];

// Firefox has shared workers without the extended lifetime.
const casesHere = firefoxPath === '' ? cases : cases.filter((each) => !(each.mode === 'shared' && each.extendedLifetime));

for (const { title, mode, extendedLifetime, ...expected } of casesHere) {
  describe(`${title}: one session for the browser`, () => {
    let browser: Browser;
    let site: TabsSite;
    let context: BrowserContext;
    const page = (query: Record<string, string> = {}) => site.page({ connection: mode, grace: '1', ...query });
    const delivered = (chatUid: string, text: string) =>
      site.server.world.chats.get(chatUid)?.lines.filter((line) => line.message === text).length ?? 0;
    const operator = () => site.server.connectionOfUser(DEMO_OPERATORS.thomas);
    const heldByMe = (chatUid: string) => {
      const me = operator();
      return me !== undefined && site.server.world.chats.get(chatUid)?.talkingTo === me.connectionId;
    };

    before(async () => {
      browser = await launchBrowser({ extendedLifetime });
      site = await startTabsSite();
      context = await browser.createBrowserContext();
    });
    after(async () => {
      await browser?.close();
      await site?.close();
    });

    let tabs: Page[] = [];
    let chatUid = '';

    it('gives three tabs one socket and one Login', async () => {
      if (mode === 'tabs') {
        // The first tab leads (it asked for the lock first); the test closes it later.
        tabs = [await openTab(context, page())];
        await untilConnected(tabs[0]!);
        tabs.push(...(await Promise.all([openTab(context, page()), openTab(context, page())])));
      } else {
        // Each tab's single sign-on asks for the login at once: they share one.
        tabs = await Promise.all([openTab(context, page()), openTab(context, page()), openTab(context, page())]);
      }
      for (const tab of tabs) await untilConnected(tab);
      assert.equal(site.server.stats.socketsAccepted, 1, 'sockets the server accepted');
      assert.equal(site.server.stats.loginsAttempted, 1, 'Logins the server received');
      assert.equal(site.sim.connectionCount, 1);
      const ids = await Promise.all(tabs.map(connectionIdShown));
      assert.equal(new Set(ids).size, 1, 'every tab shows the same connection');
    });

    // Headless Firefox has no audio output: its AudioContext never runs, so no tone can be counted.
    const noAudio = firefoxPath === '' ? false : 'headless Firefox plays no audio';
    it('rings once for a new chat, whatever the number of tabs, and shows it in every tab', { skip: noAudio }, async () => {
      // A click in each tab, as an operator's would: browsers unlock audio on a gesture.
      for (const tab of tabs) await tab.click('h1');
      const before = (await Promise.all(tabs.map(tones))).reduce((sum, count) => sum + count, 0);
      chatUid = site.visitor.startChat({ siteKey: DEMO_SITE_KEYS.myCompany, name: 'Ada Lovelace' });
      for (const tab of tabs) await untilRow(tab, chatUid);
      await pause(700);
      const after = (await Promise.all(tabs.map(tones))).reduce((sum, count) => sum + count, 0);
      assert.equal(after - before, 1, 'tones played across the three tabs');
    });

    it('sends a message typed in the second tab once, and every tab shows it', async () => {
      if (chatUid === '') {
        chatUid = site.visitor.startChat({ siteKey: DEMO_SITE_KEYS.myCompany, name: 'Ada Lovelace' });
        for (const tab of tabs) await untilRow(tab, chatUid);
      }
      await take(tabs[1]!, chatUid);
      for (const tab of tabs) await untilRow(tab, chatUid, 'mine');
      await select(tabs[1]!, chatUid);
      await typeInComposer(tabs[1]!, 'Hello from the second tab');
      await tabs[1]!.keyboard.press('Enter');
      await until(() => delivered(chatUid, 'Hello from the second tab') === 1, 'the message to reach the visitor');
      for (const tab of tabs) await untilLine(tab, chatUid, 'Hello from the second tab', 'sent');
      await pause(300);
      assert.equal(delivered(chatUid, 'Hello from the second tab'), 1, 'delivered once');
    });

    it(`keeps the other tabs going when the first closes (${expected.loginsWhenFirstTabCloses} new Login)`, async () => {
      const logins = site.server.stats.loginsAttempted;
      await tabs[0]!.close();
      tabs = tabs.slice(1);
      await pause(500);
      for (const tab of tabs) {
        await untilConnected(tab);
        await untilRow(tab, chatUid, 'mine');
      }
      assert.equal(site.server.stats.loginsAttempted - logins, expected.loginsWhenFirstTabCloses, 'new Logins');
      await until(() => heldByMe(chatUid), 'the chat to be ours on the server');
    });

    it('keeps the chat and the draft when the last tab navigates to another page and reloads', async () => {
      await tabs[1]!.close();
      tabs = tabs.slice(0, 1);
      const tab = tabs[0]!;
      await select(tab, chatUid);
      await typeInComposer(tab, 'Let me check your order');
      await pause(100);
      const sockets = site.server.stats.socketsAccepted;
      const logins = site.server.stats.loginsAttempted;

      await Promise.all([tab.waitForNavigation({ waitUntil: 'load' }), tab.click('#to-orders')]);
      const restoredAfterNavigation = await chatListShownAt(tab);
      await untilConnected(tab);
      await untilComposerText(tab, 'Let me check your order');

      await tab.reload({ waitUntil: 'load' });
      const restoredAfterReload = await chatListShownAt(tab);
      await untilConnected(tab);
      await untilComposerText(tab, 'Let me check your order');
      await until(() => heldByMe(chatUid), 'the chat to be ours on the server');

      assert.equal(site.server.stats.loginsAttempted - logins, 2 * expected.loginsPerNavigation, 'new Logins');
      assert.equal(site.server.stats.socketsAccepted - sockets, 2 * expected.loginsPerNavigation, 'new sockets');
      assert.equal(await composerText(tab), 'Let me check your order');
      assert.equal(await rowState(tab, chatUid), 'mine');
      console.log(
        `${title} (${await browser.version()}): chat list restored ${restoredAfterNavigation.toFixed(0)} ms after navigating, ${restoredAfterReload.toFixed(0)} ms after reloading`,
      );
    });

    it('logs out after the grace period once every tab is gone', async () => {
      const closes = site.server.stats.closesReceived;
      for (const tab of tabs) await tab.close();
      tabs = [];
      if (mode === 'shared' && extendedLifetime) {
        // Within the grace period the shared worker still holds the session.
        await pause(300);
        assert.ok(operator() !== undefined, 'still logged in during the grace period');
        await until(() => site.server.stats.closesReceived === closes + 1, 'the Close after the grace period', 10_000);
      }
      // The leading tab's socket goes with it: the server sees the operator leave either way.
      await until(() => operator() === undefined, 'the operator to be gone from the server', 10_000);
    });
  });
}

describe('connection="shared" on a site whose policy forbids the shared worker', () => {
  let browser: Browser;
  let site: TabsSite;

  before(async () => {
    browser = await launchBrowser();
    site = await startTabsSite({ workerSrc: "'none'" });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('still gives the tabs one socket and one Login: they share the session among themselves', async () => {
    const context = await browser.createBrowserContext();
    const first = await openTab(context, site.page({ connection: 'shared' }));
    await untilConnected(first);
    const second = await openTab(context, site.page({ connection: 'shared' }));
    await untilConnected(second);
    assert.equal(site.server.stats.socketsAccepted, 1);
    assert.equal(site.server.stats.loginsAttempted, 1);
    assert.equal(await connectionIdShown(second), await connectionIdShown(first));
    await context.close();
  });
});
