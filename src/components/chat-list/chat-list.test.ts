/**
 * `<whoson-chat-list>` in Chromium against the simulated server: a `<whoson-session>`
 * logged in as thomas (Support; sites 1 and 2), visitors played through the sim's
 * visitor side. Site 1 ("My Company") warns at 20 s and breaches its SLA at 40 s.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { commands } from '../../core/protocol/commands.js';
import { createDefaultWorld } from '../../sim/default-data.js';
import { chatRouter } from '../../sim/routing.js';
import type { SimServer } from '../../sim/server.js';
import { visitorSide, type StartChatOptions } from '../../sim/visitor-side.js';
import { DEMO_OPERATORS, pause, sessionFixture, until } from '../../../test/support/session-fixture.js';
import '../../define/whoson-chat-list.js';
import '../../define/whoson-chat-pane.js';
import { alertSound } from './alert-sound.js';
import type { WhosonChatSelectEvent } from '../../events/whoson-chat-select.js';
import type { WhosonChatList } from './chat-list.js';

const MY_COMPANY = 1;
const SUPPORT_PORTAL = 2;

function startChat(server: SimServer, options: Partial<StartChatOptions> = {}): string {
  return visitorSide(server).startChat({ siteKey: MY_COMPANY, name: 'Ada Lovelace', ...options });
}

/** Makes the visitor have waited `seconds` already (the server re-announces the chat). */
function waitedFor(server: SimServer, chatUid: string, seconds: number): void {
  const chat = server.world.chats.get(chatUid)!;
  chat.waitingSince = server.world.now() - seconds * 1000;
  chatRouter(server).announce(chat);
}

function listIn(root: HTMLElement): WhosonChatList {
  return root.querySelector('whoson-chat-list')!;
}

function row(list: WhosonChatList, chatUid: string): HTMLElement | null {
  return list.shadowRoot!.querySelector<HTMLElement>(`[part~="chat"][data-chat-uid="${chatUid}"]`);
}

function part(list: WhosonChatList, chatUid: string, name: string): HTMLElement | null {
  return row(list, chatUid)?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function announcer(list: WhosonChatList): string {
  return text(list.shadowRoot!.querySelector('[part="announcer"]'));
}

/** The first test of the page: nothing has been clicked yet, so audio is still locked. */
describe('<whoson-chat-list> sound', () => {
  it('says audio is locked until the first click, then plays', async () => {
    expect(navigator.userActivation.hasBeenActive, 'a fresh page').to.equal(false);
    const { root, server } = await sessionFixture(html`<whoson-chat-list sound sound-interval="1"></whoson-chat-list>`);
    const list = listIn(root);
    await list.updateComplete;
    const notice = list.shadowRoot!.querySelector<HTMLElement>('[part="sound-notice"]');
    expect(text(notice)).to.equal('Click to enable sound alerts');

    startChat(server);
    await until(() => list.shadowRoot!.querySelectorAll('[part~="chat"]').length === 1);
    const box = notice!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await until(() => list.shadowRoot!.querySelector('[part="sound-notice"]') === null, {
      message: 'the notice to go once audio is unlocked',
    });
    expect(alertSound.unlocked).to.equal(true);
  });

  it('repeats the tone while a request waits, and stops once it is taken', async () => {
    const { root, server, session } = await sessionFixture(html`<whoson-chat-list sound sound-interval="1"></whoson-chat-list>`);
    const list = listIn(root);
    let plays = 0;
    const play = alertSound.play;
    alertSound.play = () => {
      plays += 1;
      play.call(alertSound);
    };
    try {
      const uid = startChat(server);
      await until(() => row(list, uid));
      await until(() => plays >= 3, { timeout: 3500, message: 'the tone on arrival, then every second' });
      session.accept(uid);
      await until(() => row(list, uid)?.dataset['state'] === 'mine');
      const afterTaking = plays;
      await pause(1500);
      expect(plays, 'no tone once taken').to.equal(afterTaking);
    } finally {
      alertSound.play = play;
    }
  });
});

describe('<whoson-chat-list>', () => {
  it('shows a "no session" state outside any session, without throwing', async () => {
    const list = await fixture<WhosonChatList>(html`<whoson-chat-list></whoson-chat-list>`);
    expect(text(list.shadowRoot!.querySelector('[part="no-session"]'))).to.equal('Not connected to a WhosOn session.');
    expect(list.shadowRoot!.querySelector('[part~="chat"]')).to.equal(null);
  });

  it('lists a waiting chat apart from active ones, with visitor, site, department and skills', async () => {
    const { root, server } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
    const list = listIn(root);
    const uid = startChat(server, { name: 'Ada Lovelace', dept: 'Support', skillNames: ['Technical'] });
    await until(() => row(list, uid), { message: 'the waiting row' });

    const waitingRow = row(list, uid)!;
    expect(waitingRow.closest('[data-section]')!.getAttribute('data-section')).to.equal('waiting');
    expect(waitingRow.dataset['state']).to.equal('waiting');
    expect(text(part(list, uid, 'name'))).to.equal('Ada Lovelace');
    expect(text(part(list, uid, 'site'))).to.equal(server.world.site(MY_COMPANY)!.name);
    expect(text(part(list, uid, 'department'))).to.equal('Support');
    expect(text(part(list, uid, 'skills'))).to.equal('Technical');
    expect(part(list, uid, 'accept'), 'a take button').to.not.equal(null);
    expect(text(list.shadowRoot!.querySelector('[data-section="waiting"] [part="section-count"]'))).to.equal('1');
  });

  it('shows what the waiting visitor last said', async () => {
    const { root, server } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
    const list = listIn(root);
    const uid = startChat(server);
    await until(() => row(list, uid));
    visitorSide(server).visitorSays(uid, 'My order has not arrived');
    await until(() => text(part(list, uid, 'preview')) === 'My order has not arrived', { message: 'the preview' });
  });

  it('ticks the wait time every second', async () => {
    const { root, server } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
    const list = listIn(root);
    const uid = startChat(server);
    await until(() => row(list, uid));
    const first = part(list, uid, 'wait')!.getAttribute('datetime');
    await until(() => part(list, uid, 'wait')!.getAttribute('datetime') !== first, {
      timeout: 2500,
      message: 'the wait time to move on',
    });
    const seconds = Number(/PT(\d+)S/.exec(part(list, uid, 'wait')!.getAttribute('datetime')!)![1]);
    expect(seconds).to.be.within(1, 3);
    expect(text(part(list, uid, 'wait'))).to.equal(`${seconds}s`);
  });

  it('turns to warning and breached at the site SLA thresholds, in text as well as colour', async () => {
    const { root, server } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
    const list = listIn(root);
    const site = server.world.site(MY_COMPANY)!;
    const uid = startChat(server);
    await until(() => row(list, uid));
    expect(row(list, uid)!.dataset['sla']).to.equal('ok');
    expect(part(list, uid, 'sla')).to.equal(null);
    const okColour = getComputedStyle(part(list, uid, 'wait')!).color;

    // Half a second before the warning: the list's own clock must cross it.
    waitedFor(server, uid, site.slaWarningSeconds - 0.5);
    await until(() => row(list, uid)!.dataset['sla'] === 'warning', { timeout: 2500, message: 'the warning' });
    expect(text(part(list, uid, 'sla'))).to.equal('Near SLA');
    const warningColour = getComputedStyle(part(list, uid, 'wait')!).color;
    expect(warningColour).to.not.equal(okColour);

    waitedFor(server, uid, site.slaReachedSeconds - 0.5);
    await until(() => row(list, uid)!.dataset['sla'] === 'breached', { timeout: 2500, message: 'the breach' });
    expect(text(part(list, uid, 'sla'))).to.equal('Past SLA');
    const breachedColour = getComputedStyle(part(list, uid, 'wait')!).color;
    expect(breachedColour).to.not.equal(okColour);
    expect(breachedColour).to.not.equal(warningColour);
  });

  it('takes a waiting chat: it moves to my chats, is selected, and the pane follows', async () => {
    const { root, server, sessionElement } = await sessionFixture(
      html`<whoson-chat-list></whoson-chat-list><whoson-chat-pane></whoson-chat-pane>`,
    );
    const list = listIn(root);
    const pane = root.querySelector('whoson-chat-pane')!;
    const uid = startChat(server);
    await until(() => part(list, uid, 'accept'));

    const selected = oneEvent(list, 'whoson-chat-select') as Promise<WhosonChatSelectEvent>;
    part(list, uid, 'accept')!.click();
    const event = await selected;
    expect(event.detail.chatUid).to.equal(uid);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(sessionElement.selection.chatUid).to.equal(uid);

    await until(() => row(list, uid)?.dataset['state'] === 'mine', { message: 'the chat among mine' });
    expect(row(list, uid)!.closest('[data-section]')!.getAttribute('data-section')).to.equal('mine');
    expect(part(list, uid, 'accept')).to.equal(null);
    expect(row(list, uid)!.hasAttribute('data-selected')).to.equal(true);
    expect(part(list, uid, 'select')!.getAttribute('aria-current')).to.equal('true');
    expect(server.world.chats.get(uid)!.talkingTo).to.equal(server.connectionOfUser(DEMO_OPERATORS.thomas)!.connectionId);
    await until(() => text(pane.shadowRoot!.querySelector('[part="title"]')) === 'Ada Lovelace', {
      message: 'the pane showing the taken chat',
    });
  });

  it('selects a row on click: whoson-chat-select and the shared selection', async () => {
    const { root, server, sessionElement } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
    const list = listIn(root);
    const uid = startChat(server);
    await until(() => row(list, uid));
    setTimeout(() => part(list, uid, 'select')!.click());
    const event = (await oneEvent(root, 'whoson-chat-select')) as WhosonChatSelectEvent;
    expect(event.detail.chatUid).to.equal(uid);
    expect(sessionElement.selection.chatUid).to.equal(uid);
  });

  it('shows my chats with unread count and the visitor typing', async () => {
    const { root, server, session } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
    const list = listIn(root);
    const uid = startChat(server);
    await until(() => row(list, uid));
    session.accept(uid);
    await until(() => row(list, uid)?.dataset['state'] === 'mine');

    visitorSide(server).visitorSays(uid, 'Hello?');
    visitorSide(server).visitorSays(uid, 'Anyone there?');
    await until(() => text(part(list, uid, 'unread')).startsWith('2'), { message: 'two unread' });
    expect(text(part(list, uid, 'unread'))).to.contain('2 unread messages');

    visitorSide(server).visitorTyping(uid, true);
    await until(() => text(part(list, uid, 'typing')) === 'typing…', { message: 'the typing indicator' });
    visitorSide(server).visitorTyping(uid, false);
    await until(() => part(list, uid, 'typing') === null, { message: 'the typing indicator to go' });
  });

  it('announces a new request in its live region and in the document title', async () => {
    const original = document.title;
    document.title = 'CRM record';
    try {
      const { root, server, session } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
      const list = listIn(root);
      expect(document.title).to.equal('CRM record');

      const first = startChat(server, { name: 'Grace Hopper' });
      await until(() => announcer(list) === `New chat request from Grace Hopper on ${server.world.site(MY_COMPANY)!.name}.`, {
        message: 'the announcement',
      });
      expect(document.title).to.equal('(1) CRM record');
      const second = startChat(server, { name: 'Alan Turing', siteKey: SUPPORT_PORTAL });
      await until(() => document.title === '(2) CRM record', { message: 'two waiting in the title' });

      session.accept(first);
      await until(() => document.title === '(1) CRM record', { message: 'one waiting in the title' });
      session.accept(second);
      await until(() => document.title === 'CRM record', { message: 'the original title back' });

      startChat(server, { name: 'Edsger Dijkstra' });
      await until(() => document.title === '(1) CRM record');
      list.remove();
      expect(document.title, 'restored when the list goes away').to.equal('CRM record');
    } finally {
      document.title = original;
    }
  });

  it('moves with the arrow keys, Home and End, within one tab stop; Enter selects', async () => {
    const { root, server } = await sessionFixture(
      html`<button id="before">before</button><whoson-chat-list></whoson-chat-list><button id="after">after</button>`,
    );
    const list = listIn(root);
    const uids = [startChat(server, { name: 'First' }), startChat(server, { name: 'Second' }), startChat(server, { name: 'Third' })];
    await until(() => uids.every((uid) => row(list, uid)));
    const focused = (): Element | null => list.shadowRoot!.activeElement;
    const rovingStops = (): number =>
      [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="chat"] button')].filter((button) => button.tabIndex === 0).length;
    expect(rovingStops(), 'one tab stop among the rows').to.equal(1);

    root.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(part(list, uids[0]!, 'select'));

    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(part(list, uids[1]!, 'select'));
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal(part(list, uids[1]!, 'accept'));
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(), 'down keeps the column').to.equal(part(list, uids[2]!, 'accept'));
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused()).to.equal(part(list, uids[2]!, 'select'));
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal(part(list, uids[0]!, 'select'));
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal(part(list, uids[2]!, 'select'));
    expect(rovingStops()).to.equal(1);

    const selected = oneEvent(list, 'whoson-chat-select') as Promise<WhosonChatSelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.chatUid).to.equal(uids[2]);

    await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'Tab leaves the list').to.equal(root.querySelector('#after'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(), 'and comes back to the same row').to.equal(part(list, uids[2]!, 'select'));
  });

  it('keeps the focus in the list when the focused row goes away', async () => {
    const { root, server } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
    const list = listIn(root);
    const first = startChat(server, { name: 'First' });
    const second = startChat(server, { name: 'Second' });
    await until(() => row(list, first) && row(list, second));
    part(list, first, 'select')!.focus();
    visitorSide(server).visitorLeaves(first);
    await until(() => row(list, first) === null, { message: 'the row to go' });
    await list.updateComplete;
    expect(list.shadowRoot!.activeElement).to.equal(part(list, second, 'select'));
  });

  it('takes a chat by keyboard and moves the focus to it among my chats', async () => {
    const { root, server } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
    const list = listIn(root);
    const uid = startChat(server);
    await until(() => part(list, uid, 'accept'));
    part(list, uid, 'select')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await until(() => row(list, uid)?.dataset['state'] === 'mine');
    await until(() => list.shadowRoot!.activeElement === part(list, uid, 'select'), { message: 'focus on the taken chat' });
  });

  it('shows a transfer request with its sender and message, and takes it', async () => {
    const { root, server, session, loginOperator, sessionElement } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
    const list = listIn(root);
    const martin = await loginOperator(DEMO_OPERATORS.martin);
    const uid = startChat(server, { name: 'Transferred Visitor' });
    await until(() => martin.store.getState().chats.get(uid));
    martin.accept(uid);
    await until(() => martin.store.getState().chats.get(uid)?.talkingToClientId === martin.store.getState().me.connectionId);

    const thomasId = session.store.getState().me.connectionId;
    martin.transferToOperators(uid, [thomasId], 'Needs support: order #42: refund');
    const transferRow = (): HTMLElement | null =>
      list.shadowRoot!.querySelector<HTMLElement>(`[part~="transfer-request"][data-chat-uid="${uid}"]`);
    await until(() => transferRow(), { message: 'the transfer request' });
    expect(text(transferRow()!.querySelector('[part~="name"]'))).to.equal('Transferred Visitor');
    expect(text(transferRow()!.querySelector('[part~="transfer-from"]'))).to.equal(`from ${server.world.account(DEMO_OPERATORS.martin)!.name}`);
    expect(text(transferRow()!.querySelector('[part~="transfer-message"]'))).to.equal('Needs support: order #42: refund');

    transferRow()!.querySelector<HTMLButtonElement>('[part~="accept"]')!.click();
    await until(() => row(list, uid)?.dataset['state'] === 'mine', { message: 'the chat among mine' });
    expect(sessionElement.selection.chatUid).to.equal(uid);
    await until(() => transferRow() === null, { message: 'the request to go' });
  });

  it('takes a chat the server assigns (acceptchat) without asking, and shows it among mine', async () => {
    const { root, server, sessionElement } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
    const list = listIn(root);
    server.world.account(DEMO_OPERATORS.thomas)!.autoAccept = true;
    const uid = startChat(server, { name: 'Assigned Visitor' });
    await until(() => row(list, uid)?.dataset['state'] === 'mine', { message: 'the assigned chat among mine' });
    await until(() => announcer(list) === 'Chat with Assigned Visitor was assigned to you.', { message: 'the announcement' });
    expect(sessionElement.selection.chatUid, 'selected, as nothing else was').to.equal(uid);
  });

  it("shows colleagues' chats, with their operator and monitor, only to those who may monitor", async () => {
    const { root, server, session, loginOperator } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`, {
      user: DEMO_OPERATORS.martin,
    });
    const list = listIn(root);
    const thomas = await loginOperator(DEMO_OPERATORS.thomas);
    const uid = startChat(server, { dept: 'Support' });
    await until(() => thomas.store.getState().chats.get(uid));
    thomas.accept(uid);
    await until(() => row(list, uid)?.dataset['state'] === 'colleague', { message: "the chat among colleagues'" });
    expect(row(list, uid)!.closest('[data-section]')!.getAttribute('data-section')).to.equal('colleagues');
    expect(text(part(list, uid, 'operator'))).to.equal(`with ${server.world.account(DEMO_OPERATORS.thomas)!.name}`);

    session.sendCommand(commands.monitor(uid));
    const martinName = server.world.account(DEMO_OPERATORS.martin)!.name;
    await until(() => text(part(list, uid, 'monitored-by')) === `monitored by ${martinName}`, { message: 'monitored by' });
  });

  it("hides colleagues' chats from an operator who may not monitor them", async () => {
    const { root, server, session, loginOperator } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
    const list = listIn(root);
    const martin = await loginOperator(DEMO_OPERATORS.martin);
    const uid = startChat(server, { dept: 'Sales' });
    await until(() => martin.store.getState().chats.get(uid) && row(list, uid));
    martin.accept(uid);
    await until(() => session.store.getState().chats.get(uid)?.talkingToClientId === martin.store.getState().me.connectionId);
    await list.updateComplete;
    expect(row(list, uid)).to.equal(null);
    expect(list.shadowRoot!.querySelector('[data-section="colleagues"]')).to.equal(null);
  });

  it('offers no take button when the rights forbid taking chats', async () => {
    const world = createDefaultWorld();
    const account = world.account(DEMO_OPERATORS.thomas)!;
    // Position 5 of the Rights string: Can Take Chats.
    account.rights = `${account.rights.slice(0, 4)}N${account.rights.slice(5)}`;
    const { root, server } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`, { server: { world } });
    const list = listIn(root);
    const uid = startChat(server);
    await until(() => row(list, uid));
    expect(part(list, uid, 'select')).to.not.equal(null);
    expect(part(list, uid, 'accept')).to.equal(null);
  });

  it('shows a hostile visitor name as text', async () => {
    const { root, server } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
    const list = listIn(root);
    const hostile = '<img src=x onerror="window.__chatListPwned=1">';
    const uid = startChat(server, { name: hostile });
    visitorSide(server).visitorSays(uid, '<script>window.__chatListPwned=2</script>');
    await until(() => part(list, uid, 'preview'));
    expect(text(part(list, uid, 'name'))).to.equal(hostile);
    expect(text(part(list, uid, 'preview'))).to.equal('<script>window.__chatListPwned=2</script>');
    expect(list.shadowRoot!.querySelector('img, script')).to.equal(null);
    await pause(50);
    expect((window as unknown as { __chatListPwned?: number }).__chatListPwned).to.equal(undefined);
  });

  it('renders the compact variant: one line of essentials, take button kept', async () => {
    const { root, server } = await sessionFixture(html`<whoson-chat-list compact style="width: 240px"></whoson-chat-list>`);
    const list = listIn(root);
    const uid = startChat(server, { dept: 'Support', skillNames: ['Technical'] });
    visitorSide(server).visitorSays(uid, 'Hello');
    await until(() => part(list, uid, 'preview'));
    expect(getComputedStyle(part(list, uid, 'name')!).display).to.not.equal('none');
    expect(getComputedStyle(part(list, uid, 'wait')!).display).to.not.equal('none');
    expect(getComputedStyle(part(list, uid, 'accept')!).display).to.not.equal('none');
    expect(getComputedStyle(part(list, uid, 'preview')!).display).to.equal('none');
    expect(getComputedStyle(part(list, uid, 'skills')!).display).to.equal('none');
    expect(row(list, uid)!.getBoundingClientRect().width).to.be.at.most(240);
  });

  it('narrows to the sites and skills named by attribute', async () => {
    const { root, server } = await sessionFixture(html`<whoson-chat-list sites="2"></whoson-chat-list>`);
    const list = listIn(root);
    const other = startChat(server, { siteKey: MY_COMPANY });
    const portal = startChat(server, { siteKey: SUPPORT_PORTAL });
    await until(() => row(list, portal));
    await pause(50);
    expect(row(list, other)).to.equal(null);

    list.sites = '';
    list.skills = 'Technical';
    const technical = startChat(server, { skillNames: ['Technical'] });
    await until(() => row(list, technical));
    // Chats without skills may be taken by anyone: they stay.
    expect(row(list, other)).to.not.equal(null);
  });

  it('attaches to a session elsewhere in the page by id', async () => {
    const { root, server } = await sessionFixture(undefined, {
      outside: html`<whoson-chat-list session="main"></whoson-chat-list>`,
    });
    const list = listIn(root);
    const uid = startChat(server);
    await until(() => row(list, uid), { message: 'the row in a list outside the session' });
  });

  it('stops its timer when no chat waits, and lets go of everything when removed', async () => {
    const { root, server, session } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
    const list = listIn(root);
    const uid = startChat(server);
    await until(() => row(list, uid));
    let updates = 0;
    const requestUpdate = list.requestUpdate.bind(list);
    list.requestUpdate = (...args: Parameters<WhosonChatList['requestUpdate']>) => {
      updates += 1;
      requestUpdate(...args);
    };
    await until(() => updates >= 1, { timeout: 1500, message: 'a tick while the chat waits' });

    session.accept(uid);
    await until(() => row(list, uid)?.dataset['state'] === 'mine');
    await list.updateComplete;
    updates = 0;
    await pause(1300);
    expect(updates, 'no tick once nothing waits').to.equal(0);

    startChat(server);
    await until(() => updates > 0, { message: 'a new chat wakes the list' });
    list.remove();
    updates = 0;
    startChat(server);
    await pause(1300);
    expect(updates, 'neither the store nor the timer reach a removed list').to.equal(0);
  });

  it('is accessible (axe) with waiting and active chats', async () => {
    const { root, server, session } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
    const list = listIn(root);
    const taken = startChat(server, { name: 'Taken' });
    const waiting = startChat(server, { name: 'Waiting', dept: 'Support' });
    await until(() => row(list, taken) && row(list, waiting));
    session.accept(taken);
    await until(() => row(list, taken)?.dataset['state'] === 'mine');
    waitedFor(server, waiting, 45);
    await until(() => row(list, waiting)!.dataset['sla'] === 'breached');
    await expect(list).to.be.accessible();
  });
});

describe('<whoson-chat-list> desktop notifications', () => {
  /** Stands in for the browser's Notification: headless Chromium cannot grant permission. */
  class FakeNotification extends EventTarget {
    static permission: NotificationPermission = 'default';
    static shown: FakeNotification[] = [];
    static async requestPermission(): Promise<NotificationPermission> {
      FakeNotification.permission = 'granted';
      return 'granted';
    }
    closed = false;
    constructor(
      readonly title: string,
      readonly options: NotificationOptions = {},
    ) {
      super();
      FakeNotification.shown.push(this);
    }
    close(): void {
      this.closed = true;
    }
  }

  const realNotification = window.Notification;
  const realHasFocus = document.hasFocus;

  beforeEach(() => {
    FakeNotification.permission = 'default';
    FakeNotification.shown = [];
    Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true, writable: true });
    // The operator is looking at another window.
    document.hasFocus = () => false;
  });

  afterEach(() => {
    Object.defineProperty(window, 'Notification', { value: realNotification, configurable: true, writable: true });
    document.hasFocus = realHasFocus;
  });

  it('asks permission on a click, notifies of a new request, opens it on click, and withdraws it once taken', async () => {
    const { root, server, session, sessionElement } = await sessionFixture(html`<whoson-chat-list notify></whoson-chat-list>`);
    const list = listIn(root);
    await list.updateComplete;
    const ask = list.shadowRoot!.querySelector<HTMLButtonElement>('[part="notify-permission"]');
    expect(text(ask)).to.equal('Enable desktop notifications');
    ask!.click();
    await until(() => list.shadowRoot!.querySelector('[part="notify-permission"]') === null, { message: 'the question to go' });
    expect(FakeNotification.permission).to.equal('granted');

    const uid = startChat(server, { name: 'Notified Visitor' });
    await until(() => FakeNotification.shown.length === 1, { message: 'a notification' });
    const [notification] = FakeNotification.shown as [FakeNotification];
    expect(notification.title).to.equal('New chat request');
    expect(notification.options.body).to.equal(`New chat request from Notified Visitor on ${server.world.site(MY_COMPANY)!.name}.`);

    notification.dispatchEvent(new Event('click'));
    expect(sessionElement.selection.chatUid).to.equal(uid);
    session.accept(uid);
    await until(() => notification.closed, { message: 'the notification withdrawn once the chat is taken' });
  });

  it('shows no notification without the notify attribute', async () => {
    FakeNotification.permission = 'granted';
    const { root, server } = await sessionFixture(html`<whoson-chat-list></whoson-chat-list>`);
    const list = listIn(root);
    const uid = startChat(server);
    await until(() => row(list, uid) && announcer(list) !== '');
    expect(FakeNotification.shown).to.deep.equal([]);
    expect(list.shadowRoot!.querySelector('[part="notify-permission"]')).to.equal(null);
  });
});
