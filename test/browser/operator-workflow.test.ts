/**
 * The whole operator workflow across the real elements, composed as an integrator would:
 * thomas's `<whoson-session>` holds the badge, the list, the pane and the transfer dialog;
 * martin's `<whoson-session id="martin">` sits elsewhere in the page with a list and a
 * pane attached to it by id. Both talk to one in-memory simulated server; visitors are
 * played through the simulator's visitor side. Nothing is mocked.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import type { WhosonChatList } from '../../src/components/chat-list/chat-list.js';
import type { WhosonChatPane } from '../../src/components/chat-pane/chat-pane.js';
import type { WhosonSession } from '../../src/components/session/session.js';
import '../../src/define/whoson-chat-list.js';
import '../../src/define/whoson-chat-pane.js';
import '../../src/define/whoson-transfer-dialog.js';
import '../../src/define/whoson-waiting-badge.js';
import { INVALID_CREDENTIALS } from '../../src/sim/server.js';
import { recordWire, type WireRecorder } from '../support/chat-pane-fixture.js';
import {
  DEMO_AUTH_STRING,
  DEMO_OPERATORS,
  DEMO_PASSWORD,
  pause,
  sessionFixture,
  SIM_URL,
  until,
} from '../support/session-fixture.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const MY_COMPANY = 1;
const SUPPORT_PORTAL = 2;

let martinSession: WhosonSession | null = null;

afterEach(() => {
  martinSession?.logout();
  martinSession = null;
  delete window.__pwned;
});

/** Thomas's desk, logged out (the form showing) unless `login`; a place for martin's beside it. */
async function composedPage(login: boolean) {
  const wire = recordWire();
  const page = await sessionFixture(
    html`<whoson-waiting-badge></whoson-waiting-badge>
      <whoson-chat-list></whoson-chat-list>
      <whoson-chat-pane style="height: 420px"></whoson-chat-pane>
      <whoson-transfer-dialog></whoson-transfer-dialog>`,
    { login, authStringAttribute: false, outside: html`<aside id="martin-desk" aria-label="Martin"></aside>` },
  );
  const at = <K extends keyof HTMLElementTagNameMap>(tag: K) => page.sessionElement.querySelector(tag)!;
  const elements = { badge: at('whoson-waiting-badge'), list: at('whoson-chat-list'), pane: at('whoson-chat-pane') };
  return { ...page, ...elements, wire, dialog: at('whoson-transfer-dialog') };
}

type Page = Awaited<ReturnType<typeof composedPage>>;

/** Martin's session elsewhere in the page, his list and pane attached to it by id. */
async function martinDesk(page: Page) {
  const desk = page.root.querySelector<HTMLElement>('#martin-desk')!;
  render(
    html`<whoson-session id="martin" url=${SIM_URL} username=${DEMO_OPERATORS.martin} auth-string=${DEMO_AUTH_STRING}
        .WebSocket=${page.WebSocket}></whoson-session>
      <whoson-chat-list session="martin"></whoson-chat-list>
      <whoson-chat-pane session="martin" style="height: 420px"></whoson-chat-pane>`,
    desk,
  );
  martinSession = desk.querySelector('whoson-session')!;
  await martinSession.updateComplete;
  await martinSession.login({ password: DEMO_PASSWORD });
  const martinId = page.server.connectionOfUser(DEMO_OPERATORS.martin)!.connectionId;
  await waitFor('martin online for thomas', () => page.state().clients[martinId]?.status === 0);
  return { list: desk.querySelector('whoson-chat-list')!, pane: desk.querySelector('whoson-chat-pane')! };
}

const all = <T extends Element = HTMLElement>(host: Element, selector: string): T[] => [
  ...host.shadowRoot!.querySelectorAll<T>(selector),
];
const find = <T extends Element = HTMLElement>(host: Element, selector: string): T | null =>
  host.shadowRoot!.querySelector<T>(selector);

function get<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = find<T>(host, selector);
  if (!found) throw new Error(`No ${selector} in <${host.localName}>`);
  return found;
}

const part = (name: string): string => `[part~="${name}"]`;

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The list's row of a chat in a section: waiting, mine, colleague, or a transfer request. */
function row(list: WhosonChatList, chatUid: string, state: string): HTMLElement | null {
  const selector = state === 'transfer' ? part('transfer-request') : `${part('chat')}[data-state="${state}"]`;
  return find(list, `${selector}[data-chat-uid="${chatUid}"]`);
}

/** What the element's live region says now. */
function announced(host: Element): string {
  return text(find(host, part('announcer')));
}

/** The visitor's chat window shows this operator line. */
function visitorSees(page: Page, chatUid: string, line: string): boolean {
  return page.visitor.window(chatUid)?.lines.some((shown) => shown.from === 'operator' && shown.text === line) === true;
}

const listed = (list: WhosonChatList, chatUid: string): boolean => find(list, `[data-chat-uid="${chatUid}"]`) !== null;
const lineTexts = (pane: WhosonChatPane): string[] =>
  all(pane, part('line')).map((line) => text(line.querySelector(part('text'))));

/** The focused element, looking into shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const focusIn = (host: Element): boolean => host.shadowRoot!.contains(focused());

/** Waits (polling) until the condition holds; `what` names it in the failure. */
function waitFor(what: string, condition: () => unknown): Promise<void> {
  return until(condition, { message: what });
}

/** Presses Tab (or Shift+Tab) until `reached` holds; returns how many presses it took. */
async function tabUntil(reached: () => boolean, most: number, what: string, back = false): Promise<number> {
  if (back) await sendKeys({ down: 'Shift' });
  try {
    for (let presses = 1; presses <= most; presses += 1) {
      await sendKeys({ press: 'Tab' });
      if (reached()) return presses;
    }
  } finally {
    if (back) await sendKeys({ up: 'Shift' });
  }
  throw new Error(`${what} not reached within ${most} presses of Tab; focus is on ${focused()?.outerHTML.slice(0, 120)}`);
}

/** Presses keys (strings) and types text (`{ type }`), in order. */
async function keys(...steps: Array<string | { type: string }>): Promise<void> {
  for (const step of steps) await sendKeys(typeof step === 'string' ? { press: step } : step);
}

/** Focuses a field and types into it, replacing what it held (pointer-driven tests). */
async function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  field.focus();
  field.select();
  await sendKeys({ type: value });
}

/** The commands of these names sent about one chat, in order, as the server received them. */
function chatCommands(wire: WireRecorder, chatUid: string, names: readonly string[]): string[] {
  return wire.frames
    .filter((frame) => frame.Params?.includes(chatUid) === true && names.includes(frame.Command))
    .map((frame) => frame.Command);
}

const TRANSFER_COMMANDS = ['Transfer', 'TransferDept', 'TransferSkills', 'TransferQueue', 'Leave'];
const CLOSING_COMMANDS = ['ChatWrapUpComplete', 'CloseChat'];

describe('operator workflow across the composed elements', () => {
  it('logs in, takes a chat, talks, transfers it to martin, who wraps up and closes it', async () => {
    const page = await composedPage(false);
    const { sessionElement, badge, list, pane, dialog, wire, visitor, server } = page;
    const nameOf = (user: string): string => server.world.account(user)!.name;
    const [thomasName, martinName] = [nameOf(DEMO_OPERATORS.thomas), nameOf(DEMO_OPERATORS.martin)];

    // 1. The built-in form, first with a wrong password: the reason shows, nothing retries.
    await typeInto(get(sessionElement, '#username'), DEMO_OPERATORS.thomas);
    await typeInto(get(sessionElement, '#password'), 'not-my-password');
    await typeInto(get(sessionElement, '#auth-string'), DEMO_AUTH_STRING);
    get(sessionElement, part('login-button')).click();
    const loginError = (): string => text(find(sessionElement, part('login-error')));
    await waitFor('the server’s reason', () => loginError().includes(INVALID_CREDENTIALS));
    expect(get(sessionElement, part('login-error')).getAttribute('role')).to.equal('alert');
    await pause(1200);
    expect(wire.sent('Login'), 'one Login, never retried').to.have.length(1);
    expect(find(sessionElement, part('bar'))).to.equal(null);

    await typeInto(get(sessionElement, '#password'), DEMO_PASSWORD);
    get(sessionElement, part('login-button')).click();
    await waitFor('logged in', () => find(sessionElement, part('bar')));
    expect(text(get(sessionElement, part('user')))).to.contain(thomasName);
    expect(loginError()).to.equal('');

    // 2. A visitor asks for a chat.
    const martin = await martinDesk(page);
    const chatUid = visitor.startChat({ siteKey: MY_COMPANY, name: 'Ada Lovelace' });
    await waitFor('the badge to count 1', () => text(get(badge, part('count'))) === '1');
    await waitFor('the waiting row', () => row(list, chatUid, 'waiting'));
    expect(text(row(list, chatUid, 'waiting')!.querySelector(part('name')))).to.equal('Ada Lovelace');
    await waitFor('the live region', () => announced(list).includes('New chat request from Ada Lovelace'));
    visitor.visitorSays(chatUid, 'Hello, is anyone there?');
    const preview = (): string => text(row(list, chatUid, 'waiting')!.querySelector(part('preview')));
    await waitFor('what the waiting visitor said', () => preview() === 'Hello, is anyone there?');

    // 3. Take it with the list's take button.
    row(list, chatUid, 'waiting')!.querySelector<HTMLButtonElement>(part('accept'))!.click();
    await waitFor('the chat among mine', () => row(list, chatUid, 'mine'));
    await waitFor('the composer', () => find(pane, part('input')));
    await waitFor('the badge back to 0', () => text(get(badge, part('count'))) === '0');
    expect(text(get(pane, part('title')))).to.equal('Ada Lovelace');
    await waitFor('the transcript', () => lineTexts(pane).includes('Hello, is anyone there?'));
    expect(all(pane, part('line')).map((line) => line.dataset['from'])).to.deep.equal(['system', 'visitor']);

    // 4. Messages both ways, typing both ways.
    visitor.visitorSays(chatUid, 'My order has not arrived');
    await waitFor('the visitor’s line', () => lineTexts(pane).includes('My order has not arrived'));
    await waitFor('the announcement', () => announced(pane) === 'Ada Lovelace says: My order has not arrived');
    const composer = get<HTMLTextAreaElement>(pane, part('input'));
    composer.focus();
    await keys({ type: 'Let me look that up' });
    await waitFor('the visitor to see typing', () => visitor.window(chatUid)?.operatorTyping === true);
    await keys('Enter');
    await waitFor('the visitor to receive it', () => visitorSees(page, chatUid, 'Let me look that up'));
    expect(composer.value, 'the draft empties').to.equal('');
    visitor.visitorTyping(chatUid, true);
    visitor.visitorPreview(chatUid, 'It was order 42');
    await waitFor('the typing preview', () => find(pane, part('typing-preview')));
    expect(text(get(pane, part('typing-indicator')))).to.equal('Ada Lovelace is typing…');
    expect(text(get(pane, part('typing-preview')))).to.equal('It was order 42');
    visitor.visitorSays(chatUid, 'It was order 42');
    await waitFor('the second line', () => lineTexts(pane).includes('It was order 42'));

    // 5. Transfer to martin through the dialog the pane opens.
    get(pane, part('transfer')).click();
    await waitFor('the dialog', () => dialog.isOpen && get<HTMLDialogElement>(dialog, part('dialog')).open);
    const martinTarget = all(dialog, '[part~="target"][data-kind="user"]');
    expect(martinTarget.map((target) => text(target.querySelector(part('target-name'))))).to.deep.equal([martinName]);
    martinTarget[0]!.click();
    await typeInto(get<HTMLTextAreaElement>(dialog, part('message')), 'Order query: please check the warehouse');
    await dialog.updateComplete;
    get<HTMLButtonElement>(dialog, part('confirm')).click();
    await waitFor('the dialog to close', () => !dialog.isOpen);
    expect(chatCommands(wire, chatUid, TRANSFER_COMMANDS)).to.deep.equal(['Transfer', 'Leave']);
    expect(wire.sent('Transfer')[0]!.Params![2]).to.equal('Order query: please check the warehouse');

    const request = (): HTMLElement | null => row(martin.list, chatUid, 'transfer');
    await waitFor('the transfer request in martin’s list', request);
    expect(text(request()!.querySelector(part('name')))).to.equal('Ada Lovelace');
    expect(text(request()!.querySelector(part('transfer-from')))).to.equal(`from ${thomasName}`);
    expect(text(request()!.querySelector(part('transfer-message')))).to.equal('Order query: please check the warehouse');
    request()!.querySelector<HTMLButtonElement>(part('accept'))!.click();
    await waitFor('the chat among martin’s', () => row(martin.list, chatUid, 'mine'));
    await waitFor('martin’s transcript', () => lineTexts(martin.pane).includes('It was order 42'));
    const transcript = all(martin.pane, part('line')).map((line) => [
      line.dataset['from'],
      text(line.querySelector(part('author'))),
      text(line.querySelector(part('text'))),
    ]);
    expect(transcript).to.deep.include.members([
      ['visitor', 'Ada Lovelace', 'Hello, is anyone there?'],
      ['visitor', 'Ada Lovelace', 'My order has not arrived'],
      ['operator', thomasName, 'Let me look that up'],
      ['visitor', 'Ada Lovelace', 'It was order 42'],
    ]);
    await waitFor('the chat gone from thomas’s list', () => !listed(list, chatUid));

    // 6. Martin closes; the site requires a wrap-up first.
    get(martin.pane, part('close')).click();
    await waitFor('the required wrap-up', () => find(martin.pane, part('wrap-up-required')));
    expect(find(martin.pane, part('confirm-close')), 'no closing before the wrap-up').to.equal(null);
    get(martin.pane, part('wrap-up-menu-button')).click();
    await martin.pane.updateComplete;
    get(martin.pane, '[part~="wrap-up-option"][data-value="quote"]').click();
    await waitFor('the close confirmation', () => find(martin.pane, part('confirm-close')));
    get(martin.pane, part('confirm-close')).click();
    await waitFor('the chat closed on the server', () => server.world.chat(chatUid) === undefined);
    expect(chatCommands(wire, chatUid, CLOSING_COMMANDS)).to.deep.equal(CLOSING_COMMANDS);
    expect(server.world.anyChat(chatUid)?.wrapUpValue).to.equal('quote');
    await waitFor('the chat gone from both lists', () => !listed(martin.list, chatUid) && !listed(list, chatUid));
  });

  it('does the same by keyboard alone, the focus always where the next step needs it', async () => {
    const page = await composedPage(false);
    const { sessionElement, badge, list, pane, dialog, wire, visitor, server } = page;
    const input = (id: string): Element => get(sessionElement, id);

    // Log in from the form: a wrong password puts the focus back in the password field.
    (focused() as HTMLElement | null)?.blur();
    await tabUntil(() => focused() === input('#username'), 3, 'the username field');
    await keys({ type: DEMO_OPERATORS.thomas }, 'Tab', { type: 'not-my-password' }, 'Tab');
    expect(focused()).to.equal(input('#auth-string'));
    await keys({ type: DEMO_AUTH_STRING }, 'Enter');
    await waitFor('the reason', () => text(find(sessionElement, part('login-error'))).includes(INVALID_CREDENTIALS));
    await waitFor('focus back on the password', () => focused() === input('#password'));
    await keys({ type: DEMO_PASSWORD }, 'Enter');
    await waitFor('logged in', () => find(sessionElement, part('bar')));
    await waitFor('focus on the status', () => focused() === find(sessionElement, '#status-select'));
    expect(wire.sent('Login')).to.have.length(2);

    // A chat arrives: on through the bar and the badge into the list, take it.
    const martin = await martinDesk(page);
    const chatUid = visitor.startChat({ siteKey: MY_COMPANY, name: 'Ada Lovelace' });
    await waitFor('the waiting row', () => row(list, chatUid, 'waiting'));
    await tabUntil(() => focused() === get(badge, part('base')), 4, 'the badge');
    await keys('Tab');
    expect(focused()).to.equal(row(list, chatUid, 'waiting')!.querySelector(part('select')));
    await keys('ArrowRight');
    expect(focused()).to.equal(row(list, chatUid, 'waiting')!.querySelector(part('accept')));
    await keys('Enter');
    const mine = (): Element | null | undefined => row(list, chatUid, 'mine')?.querySelector(part('select'));
    await waitFor('focus on the taken chat', () => focused() === mine());
    await tabUntil(() => focused() === find(pane, part('input')), 3, 'the composer, a few Tabs from the list');

    // Talk.
    visitor.visitorSays(chatUid, 'My order has not arrived');
    await keys({ type: 'Let me look that up' });
    await waitFor('typing seen by the visitor', () => visitor.window(chatUid)?.operatorTyping === true);
    await keys('Enter');
    await waitFor('the message sent by Enter', () => visitorSees(page, chatUid, 'Let me look that up'));
    expect(lineTexts(pane)).to.include('My order has not arrived');

    // The dialog: Escape gives the focus back to the transfer button; then transfer for real.
    const transferButton = (): Element | null => find(pane, part('transfer'));
    await tabUntil(() => focused() === transferButton(), 8, 'the transfer button');
    await keys('Enter');
    await waitFor('focus in the dialog’s search', () => focused() === find(dialog, part('search')));
    await keys('Escape');
    await waitFor('focus back on transfer', () => !dialog.isOpen && focused() === transferButton());
    await keys('Space');
    await waitFor('the dialog again', () => focused() === find(dialog, part('search')));
    await keys('Tab');
    expect(focused(), 'martin’s checkbox').to.equal(find(dialog, '[part~="target"][data-kind="user"] input'));
    await keys('Space');
    await waitFor('martin chosen', () => find(dialog, '[part~="target"][data-kind="user"][data-selected]'));
    await tabUntil(() => focused() === find(dialog, part('message')), 12, 'the message field');
    await keys({ type: 'Order query' });
    await tabUntil(() => focused() === find(dialog, part('confirm')), 2, 'confirm');
    // Tab past the end wraps round to the search field (through the browser's own UI at most), never behind the modal.
    const inDialogOrBrowser = (): boolean => focused() === document.body || dialog.shadowRoot!.contains(focused());
    await tabUntil(() => {
      expect(inDialogOrBrowser(), 'focus behind the modal').to.equal(true);
      return focused() === find(dialog, part('search'));
    }, 3, 'the search field again');
    await tabUntil(() => focused() === find(dialog, part('confirm')), 3, 'confirm again', true);
    await keys('Enter');
    await waitFor('the dialog closed', () => !dialog.isOpen);
    expect(chatCommands(wire, chatUid, TRANSFER_COMMANDS)).to.deep.equal(['Transfer', 'Leave']);
    await waitFor('focus kept in thomas’s pane after the transfer', () => focusIn(pane));

    // Martin, further down the page, takes the transfer and closes the chat.
    await waitFor('the transfer request', () => row(martin.list, chatUid, 'transfer'));
    await tabUntil(() => focusIn(martin.list), 20, 'martin’s list');
    expect(focused()).to.equal(row(martin.list, chatUid, 'transfer')!.querySelector(part('accept')));
    await keys('Enter');
    const martinRow = (): Element | null | undefined => row(martin.list, chatUid, 'mine')?.querySelector(part('select'));
    await waitFor('focus on martin’s chat', () => focused() === martinRow());
    await tabUntil(() => focused() === find(martin.pane, part('input')), 4, 'martin’s composer');
    await tabUntil(() => focused() === find(martin.pane, part('close')), 10, 'martin’s close button');
    await keys('Enter');
    await waitFor('focus on the required wrap-up', () => focused() === find(martin.pane, part('wrap-up')));
    await keys('Tab');
    expect(focused()).to.equal(find(martin.pane, part('wrap-up-menu-button')));
    await keys('Enter');
    await tabUntil(() => focused() === find(martin.pane, '[part~="wrap-up-option"][data-value="quote"]'), 3, 'an option');
    await keys('Enter');
    await waitFor('focus on the confirmation', () => focused() === find(martin.pane, part('confirm-close')));
    await keys('Enter');
    await waitFor('closed on the server', () => server.world.chat(chatUid) === undefined);
    expect(chatCommands(wire, chatUid, CLOSING_COMMANDS)).to.deep.equal(CLOSING_COMMANDS);
    await waitFor('gone from both lists', () => !listed(martin.list, chatUid) && !listed(list, chatUid));
  });

  it('shows hostile visitor text as written everywhere, runs none of it, and passes axe', async () => {
    const page = await composedPage(true);
    const { root, badge, list, pane, dialog, visitor } = page;
    const name = '<img src=x onerror=window.__pwned=1>';
    const message = '<script>window.__pwned=2</script>';
    const fileName = '<img src=x onerror=window.__pwned=3>.txt';

    const chatUid = visitor.startChat({ siteKey: SUPPORT_PORTAL, name });
    visitor.visitorSays(chatUid, message);
    await waitFor('the waiting row', () => row(list, chatUid, 'waiting')?.querySelector(part('preview')));
    await waitFor('the badge', () => text(get(badge, part('count'))) === '1');
    const waiting = row(list, chatUid, 'waiting')!;
    expect(text(waiting.querySelector(part('name')))).to.equal(name);
    expect(text(waiting.querySelector(part('preview')))).to.equal(message);
    await waitFor('the announcement, as text', () => text(get(list, part('announcer'))).includes(name));

    waiting.querySelector<HTMLButtonElement>(part('accept'))!.click();
    await waitFor('the transcript', () => lineTexts(pane).includes(message));
    visitor.uploadFile(chatUid, fileName, 'hello');
    await waitFor('the uploaded file', () => find(pane, part('file-link')));
    expect(text(get(pane, part('title')))).to.equal(name);
    expect(text(get(pane, part('file-link')))).to.equal(fileName);
    expect(text(row(list, chatUid, 'mine')!.querySelector(part('name')))).to.equal(name);
    visitor.visitorTyping(chatUid, true);
    visitor.visitorPreview(chatUid, message);
    await waitFor('the preview', () => text(find(pane, part('typing-preview'))) === message);
    await pause(150);

    for (const element of [badge, list, pane]) {
      expect(all(element, 'img, script'), `markup made from visitor text in <${element.localName}>`).to.have.length(0);
    }
    expect(window.__pwned).to.equal(undefined);
    await expect(root).to.be.accessible();

    // The transfer dialog names the visitor as text too.
    get(pane, part('transfer')).click();
    await waitFor('the dialog', () => dialog.isOpen && find(dialog, part('subtitle')));
    expect(text(get(dialog, part('subtitle')))).to.contain(name);
    expect(all(dialog, 'img, script')).to.have.length(0);
    expect(window.__pwned).to.equal(undefined);
  });
});
