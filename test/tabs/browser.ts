/**
 * Drives the test CRM pages in real Chromium tabs (puppeteer-core, the Chromium the
 * browser tests use): opening, typing into the pane, reading what the elements show.
 */
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { chromiumFlags, findChromium, sharedWorkerExtendedLifetime } from '../../scripts/find-chromium.mjs';

/**
 * `WHOSON_TABS_FIREFOX=/usr/bin/firefox-esr npm run test:tabs` runs the same story in
 * Firefox (over WebDriver BiDi), whose shared workers end with their last page.
 */
export const firefoxPath = process.env['WHOSON_TABS_FIREFOX'] ?? '';

/**
 * Chromium, or Firefox when asked (above). `extendedLifetime: false` plays a browser
 * whose shared workers end with their last page (Firefox, Safari today).
 */
export async function launchBrowser(options: { extendedLifetime?: boolean } = {}): Promise<Browser> {
  if (firefoxPath !== '') {
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      // The request tone plays without the click Firefox otherwise waits for.
      extraPrefsFirefox: { 'media.autoplay.default': 0, 'media.autoplay.block-webaudio': false },
    });
  }
  const chromium = await findChromium();
  return puppeteer.launch({
    executablePath: chromium.path,
    headless: true,
    args: [
      ...chromiumFlags,
      options.extendedLifetime === false ? '--disable-features=SharedWorkerExtendedLifetime' : sharedWorkerExtendedLifetime,
      // The request tone plays without the click browsers otherwise wait for.
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

/**
 * Counts the request tones a page plays (each tone is two oscillator notes). A string:
 * the test's own compiler would add helpers to a function that the page does not have.
 */
const countTones = `
  window.tones = 0;
  const create = AudioContext.prototype.createOscillator;
  AudioContext.prototype.createOscillator = function () {
    window.tones += 0.5;
    return create.call(this);
  };
`;

export async function openTab(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.evaluateOnNewDocument(countTones);
  page.on('pageerror', (error) => console.error(`page error in ${page.url()}: ${String(error)}`));
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/**
 * Polls `check` in the page until it holds. (Not `waitForFunction`: in Firefox its polling
 * evaluates a string in the page, which the test site's policy rightly forbids.)
 */
async function waitInPage<Args extends string[]>(
  page: Page,
  check: (...args: Args) => boolean,
  timeout: number,
  ...args: Args
): Promise<void> {
  const deadline = Date.now() + timeout;
  const evaluate = page.evaluate.bind(page) as (fn: (...args: Args) => boolean, ...args: Args) => Promise<boolean>;
  while (!(await evaluate(check, ...args))) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting in ${page.url()} for ${check.toString().slice(0, 160)}`);
    await pause(25);
  }
}

/** Waits until the page's session shows the operator logged in. */
export async function untilConnected(page: Page, timeout = 15_000): Promise<void> {
  await waitInPage(
    page,
    () => (document.querySelector('whoson-session') as { session?: { connection: { state: string } } } | null)?.session?.connection.state === 'connected',
    timeout,
  );
}

interface SessionHolder {
  session?: {
    store: {
      getState(): {
        me: { connectionId: string };
        conversations: { get(chatUid: string): { lines: { text: string; state: string }[] } | undefined };
      };
    };
  };
}

/** The connection id the page's session shows. */
export function connectionIdShown(page: Page): Promise<string> {
  return page.evaluate(
    () => (document.querySelector('whoson-session') as SessionHolder | null)?.session?.store.getState().me.connectionId ?? '',
  );
}

/** Waits until the page's session shows the line in the chat's transcript, in that state. */
export async function untilLine(page: Page, chatUid: string, text: string, state: string, timeout = 10_000): Promise<void> {
  await waitInPage(
    page,
    (uid: string, wanted: string, wantedState: string) => {
      const session = (document.querySelector('whoson-session') as SessionHolder | null)?.session;
      const lines = session?.store.getState().conversations.get(uid)?.lines ?? [];
      return lines.some((line) => line.text === wanted && line.state === wantedState);
    },
    timeout,
    chatUid,
    text,
    state,
  );
}

/** What the page's chat list shows for a chat: its row state, or null without a row. */
export function rowState(page: Page, chatUid: string): Promise<string | null> {
  return page.evaluate((uid) => {
    const list = document.querySelector('whoson-chat-list');
    const row = list?.shadowRoot?.querySelector<HTMLElement>(`[part~="chat"][data-chat-uid="${uid}"]`);
    return row?.dataset['state'] ?? (row ? 'shown' : null);
  }, chatUid);
}

export async function untilRow(page: Page, chatUid: string, state?: string, timeout = 10_000): Promise<void> {
  await waitInPage(
    page,
    (uid: string, wanted: string) => {
      const list = document.querySelector('whoson-chat-list');
      const row = list?.shadowRoot?.querySelector<HTMLElement>(`[part~="chat"][data-chat-uid="${uid}"]`);
      return row !== null && row !== undefined && (wanted === '' || row.dataset['state'] === wanted);
    },
    timeout,
    chatUid,
    state ?? '',
  );
}

/** Clicks the chat's take button in the list. */
export async function take(page: Page, chatUid: string): Promise<void> {
  await page.evaluate((uid) => {
    const list = document.querySelector('whoson-chat-list');
    const button = list?.shadowRoot?.querySelector<HTMLElement>(`[data-chat-uid="${uid}"] [part~="accept"]`);
    if (!button) throw new Error(`No take button for ${uid}`);
    button.click();
  }, chatUid);
}

/** Selects the chat in the list (the pane follows). */
export async function select(page: Page, chatUid: string): Promise<void> {
  await page.evaluate((uid) => {
    const session = document.querySelector('whoson-session') as { selection: { select(uid: string): void } } | null;
    session?.selection.select(uid);
  }, chatUid);
}

/** Types into the pane's composer as the operator would (real key presses). */
export async function typeInComposer(page: Page, text: string): Promise<void> {
  await waitInPage(
    page,
    () => document.querySelector('whoson-chat-pane')?.shadowRoot?.querySelector('textarea[part="input"]') != null,
    10_000,
  );
  const input = await page.$('whoson-chat-pane >>> textarea[part="input"]');
  if (!input) throw new Error('No composer');
  await input.click();
  await page.keyboard.type(text);
}

/** The text in the pane's composer, or null while there is none. */
export function composerText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const pane = document.querySelector('whoson-chat-pane');
    return pane?.shadowRoot?.querySelector<HTMLTextAreaElement>('textarea[part="input"]')?.value ?? null;
  });
}

export async function untilComposerText(page: Page, text: string, timeout = 10_000): Promise<void> {
  await waitInPage(
    page,
    (wanted: string) =>
      document.querySelector('whoson-chat-pane')?.shadowRoot?.querySelector<HTMLTextAreaElement>('textarea[part="input"]')?.value === wanted,
    timeout,
    text,
  );
}

/** Request tones the page played so far. */
export function tones(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { tones: number }).tones);
}

/** Milliseconds from the start of the page's navigation to the chat list showing a chat. */
export async function chatListShownAt(page: Page, timeout = 10_000): Promise<number> {
  await waitInPage(page, () => typeof (window as unknown as { chatListShownAt?: number }).chatListShownAt === 'number', timeout);
  return page.evaluate(() => (window as unknown as { chatListShownAt: number }).chatListShownAt);
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(check: () => boolean | Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await pause(25);
  }
}
