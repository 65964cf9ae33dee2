/**
 * `<whoson-transfer-dialog>` in Chromium against the simulated server. Thomas (Support,
 * sites 1 and 2) holds a chat of site 1 ("My Company", one queue); martin (Sales, site 1)
 * is logged in on the same server so there is someone to transfer to.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Session } from '../../core/session.js';
import { DEMO_SKILL_IDS } from '../../sim/default-data.js';
import {
  paneFixture,
  part as panePart,
  recordWire,
  takeChat,
  type WireRecorder,
} from '../../../test/support/chat-pane-fixture.js';
import {
  DEMO_AUTH_STRING,
  DEMO_OPERATORS,
  DEMO_PASSWORD,
  pause,
  sessionFixture,
  until,
  type SessionFixture,
} from '../../../test/support/session-fixture.js';
import '../../define/whoson-transfer-dialog.js';
import type { WhosonRequestCloseEvent } from '../../events/whoson-request-close.js';
import { WhosonTransferRequestEvent } from '../../events/whoson-transfer-request.js';
import type { WhosonTransferEvent } from '../../events/whoson-transfer.js';
import type { WhosonTransferDialog } from './transfer-dialog.js';

const MY_COMPANY = 1;

interface Setup extends SessionFixture {
  dialog: WhosonTransferDialog;
  opener: HTMLButtonElement;
  martin: Session;
  martinId: string;
  chatUid: string;
  wire: WireRecorder;
}

function part<T extends Element = HTMLElement>(dialog: WhosonTransferDialog, name: string): T {
  const found = dialog.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name}`);
  return found;
}

function maybePart(dialog: WhosonTransferDialog, name: string): HTMLElement | null {
  return dialog.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function nativeDialog(dialog: WhosonTransferDialog): HTMLDialogElement {
  return part<HTMLDialogElement>(dialog, 'dialog');
}

function targets(dialog: WhosonTransferDialog, kind: string): HTMLElement[] {
  return [...dialog.shadowRoot!.querySelectorAll<HTMLElement>(`[part="target"][data-kind="${kind}"]`)];
}

function targetNames(dialog: WhosonTransferDialog, kind: string): string[] {
  return targets(dialog, kind).map((target) => target.querySelector('[part="target-name"]')!.textContent!.trim());
}

function target(dialog: WhosonTransferDialog, kind: string, name: string): HTMLElement {
  const found = targets(dialog, kind).find(
    (candidate) => candidate.querySelector('[part="target-name"]')!.textContent!.trim() === name,
  );
  if (!found) throw new Error(`no ${kind} target ${name}; there are ${targetNames(dialog, kind).join(', ')}`);
  return found;
}

function confirmButton(dialog: WhosonTransferDialog): HTMLButtonElement {
  return part<HTMLButtonElement>(dialog, 'confirm');
}

/** The focused element, inside shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function errorText(dialog: WhosonTransferDialog): string {
  return maybePart(dialog, 'error')?.textContent?.trim() ?? '';
}

async function setup(options: { martinOnline?: boolean } = {}): Promise<Setup> {
  const fixtureResult = await sessionFixture(
    html`<button id="opener" type="button">Transfer…</button><whoson-transfer-dialog></whoson-transfer-dialog>`,
  );
  const { root, visitor, session, state, loginOperator, server } = fixtureResult;
  const dialog = root.querySelector('whoson-transfer-dialog')!;
  const opener = root.querySelector<HTMLButtonElement>('#opener')!;
  const martin = await loginOperator(DEMO_OPERATORS.martin);
  const martinId = server.connectionOfUser(DEMO_OPERATORS.martin)!.connectionId;
  if (options.martinOnline !== false) {
    await until(() => state().clients[martinId]?.status === 0, { message: 'martin online in thomas’s list' });
  }
  const chatUid = visitor.startChat({ siteKey: MY_COMPANY, name: 'Ada Lovelace' });
  await until(() => state().chats.get(chatUid), { message: 'the chat to arrive' });
  session.accept(chatUid);
  await until(() => state().chats.get(chatUid)?.talkingToClientId === state().me.connectionId, {
    message: 'thomas to hold the chat',
  });
  await until(() => martin.store.getState().chats.get(chatUid)?.talkingToClientId, { message: 'martin to see it taken' });
  const wire = recordWire();
  return { ...fixtureResult, dialog, opener, martin, martinId, chatUid, wire };
}

async function openFromOpener(setupResult: Setup): Promise<void> {
  setupResult.opener.focus();
  setupResult.dialog.open(setupResult.chatUid);
  await setupResult.dialog.updateComplete;
}

/** The commands sent for the chat, in order (GetSkills and the like left out). */
function chatCommands(wire: WireRecorder, chatUid: string): string[] {
  return wire.frames.filter((frame) => frame.Params?.[0] === chatUid).map((frame) => frame.Command);
}

describe('<whoson-transfer-dialog>', () => {
  it('shows a "no session" state outside any session, without throwing', async () => {
    const dialog = await fixture<WhosonTransferDialog>(html`<whoson-transfer-dialog></whoson-transfer-dialog>`);
    dialog.open('no-such-chat');
    await dialog.updateComplete;
    expect(nativeDialog(dialog).open).to.equal(true);
    expect(part(dialog, 'no-session').textContent).to.contain('Not connected');
    expect(maybePart(dialog, 'confirm')).to.equal(null);
    part(dialog, 'cancel').click();
    await until(() => !nativeDialog(dialog).open, { message: 'closed' });
    expect(dialog.isOpen).to.equal(false);
  });

  it('open() shows a modal with focus in the search field, and gives focus back to the opener on close', async () => {
    const context = await setup();
    const { dialog, opener } = context;
    await openFromOpener(context);
    expect(nativeDialog(dialog).matches(':modal')).to.equal(true);
    expect(dialog.matches(':state(open)')).to.equal(true);
    expect(focused()).to.equal(part(dialog, 'search'));
    expect(part(dialog, 'subtitle').textContent).to.contain('Ada Lovelace');

    part(dialog, 'cancel').click();
    await until(() => !nativeDialog(dialog).open, { message: 'closed' });
    await until(() => focused() === opener, { message: 'focus back on the opener' });
    expect(dialog.matches(':state(open)')).to.equal(false);
  });

  it('answers a whoson-transfer-request from its session and marks it handled', async () => {
    const { dialog, opener, chatUid } = await setup();
    opener.focus();
    const request = new WhosonTransferRequestEvent({ chatUid });
    opener.dispatchEvent(request);
    expect(request.defaultPrevented, 'the pane learns it was handled').to.equal(true);
    await dialog.updateComplete;
    expect(nativeDialog(dialog).open).to.equal(true);
    expect(dialog.chatUid).to.equal(chatUid);
    await sendKeys({ press: 'Escape' });
    await until(() => focused() === opener, { message: 'focus back on the opener' });
  });

  it('leaves a request alone when the page already handled it', async () => {
    const { dialog, opener, chatUid } = await setup();
    const ownUi = (event: Event): void => event.preventDefault();
    opener.addEventListener(WhosonTransferRequestEvent.type, ownUi);
    try {
      opener.dispatchEvent(new WhosonTransferRequestEvent({ chatUid }));
      await dialog.updateComplete;
      expect(nativeDialog(dialog).open).to.equal(false);
    } finally {
      opener.removeEventListener(WhosonTransferRequestEvent.type, ownUi);
    }
  });

  it('lists only online operators other than me, live', async () => {
    const context = await setup();
    const { dialog, martin, martinId, state } = context;
    await openFromOpener(context);
    expect(targetNames(dialog, 'user')).to.deep.equal([state().clients[martinId]!.name]);
    expect(targetNames(dialog, 'user')).not.to.include(state().me.user?.name);

    martin.setStatus(1);
    await until(() => targets(dialog, 'user').length === 0, { message: 'busy martin to disappear' });
    expect(part(dialog, 'group-empty').textContent).to.contain('No other operator is online');

    martin.setStatus(0);
    await until(() => targets(dialog, 'user').length === 1, { message: 'martin back' });
  });

  it('transfers to martin: Transfer with the message, then Leave, and closes', async () => {
    const context = await setup();
    const { dialog, opener, martin, martinId, chatUid, wire } = context;
    await openFromOpener(context);
    expect(confirmButton(dialog).disabled, 'nothing chosen yet').to.equal(true);

    target(dialog, 'user', context.state().clients[martinId]!.name).click();
    await dialog.updateComplete;
    expect(confirmButton(dialog).disabled).to.equal(false);
    expect(part(dialog, 'summary').textContent).to.contain('Transfer to');
    const message = part<HTMLTextAreaElement>(dialog, 'message');
    message.value = 'Customer asks about pricing: can you help?';
    message.dispatchEvent(new Event('input'));

    const transferred = oneEvent(dialog, 'whoson-transfer') as Promise<WhosonTransferEvent>;
    confirmButton(dialog).click();
    const event = await transferred;
    expect(event.detail).to.deep.include({ chatUid, kind: 'user', message: 'Customer asks about pricing: can you help?' });

    expect(chatCommands(wire, chatUid)).to.deep.equal(['Transfer', 'Leave']);
    expect(wire.sent('Transfer')[0]!.Params).to.deep.equal([chatUid, martinId, 'Customer asks about pricing: can you help?']);
    await until(() => martin.store.getState().requests.transfers.get(chatUid), { message: 'martin’s transfer request' });
    expect(martin.store.getState().requests.transfers.get(chatUid)!.message).to.equal('Customer asks about pricing: can you help?');

    await until(() => !nativeDialog(dialog).open, { message: 'closed' });
    await until(() => focused() === opener, { message: 'focus back on the opener' });
  });

  it('sends TransferDept for a department, then Leave', async () => {
    const context = await setup();
    const { dialog, martin, chatUid, wire } = context;
    await openFromOpener(context);
    expect(targetNames(dialog, 'dept')).to.include.members(['Sales', 'Support']);
    target(dialog, 'dept', 'Sales').click();
    await dialog.updateComplete;
    confirmButton(dialog).click();

    await until(() => chatCommands(wire, chatUid).length === 2, { message: 'the commands' });
    expect(chatCommands(wire, chatUid)).to.deep.equal(['TransferDept', 'Leave']);
    expect(wire.sent('TransferDept')[0]!.Params).to.deep.equal([chatUid, 'Sales', '']);
    await until(() => martin.store.getState().requests.transfers.get(chatUid), { message: 'martin (Sales) asked' });
    await until(() => !nativeDialog(dialog).open, { message: 'closed' });
  });

  it('sends TransferSkills with every chosen skill, then Leave', async () => {
    const context = await setup();
    const { dialog, chatUid, wire } = context;
    await openFromOpener(context);
    target(dialog, 'skill', 'Sales').click();
    target(dialog, 'skill', 'Support').click();
    await dialog.updateComplete;
    expect(part(dialog, 'summary').textContent).to.contain('Sales, Support');
    confirmButton(dialog).click();

    await until(() => chatCommands(wire, chatUid).length === 2, { message: 'the commands' });
    expect(chatCommands(wire, chatUid)).to.deep.equal(['TransferSkills', 'Leave']);
    expect(wire.sent('TransferSkills')[0]!.Params).to.deep.equal([
      chatUid,
      `${DEMO_SKILL_IDS.sales},${DEMO_SKILL_IDS.support}`,
      '',
    ]);
  });

  it('asks for the skills when it opens without any', async () => {
    const context = await setup();
    const { dialog, session, wire } = context;
    session.store.dispatch({ name: 'skills', payload: { skills: [] } });
    await openFromOpener(context);
    const skillGroup = dialog.shadowRoot!.querySelector('[part="group"][data-kind="skill"]')!;
    expect(skillGroup.querySelector('[part="group-empty"]')!.textContent).to.equal('Loading skills…');
    expect(wire.sent('GetSkills')).to.have.length(1);
    await until(() => targets(dialog, 'skill').length === 3, { message: 'the skills of site 1' });
    expect(targetNames(dialog, 'skill')).to.deep.equal(['Sales', 'Support', 'Support › Technical']);
  });

  it('puts the chat back on a queue with TransferQueue (no message), then Leave', async () => {
    const context = await setup();
    const { dialog, chatUid, wire } = context;
    await openFromOpener(context);
    const queue = target(dialog, 'queue', 'Default Queue');
    expect(queue.querySelector('[part="target-detail"]')!.textContent).to.contain('current wait');
    queue.click();
    await dialog.updateComplete;
    expect(part<HTMLTextAreaElement>(dialog, 'message').disabled).to.equal(true);
    expect(part(dialog, 'message-note').textContent).to.contain('no message');
    confirmButton(dialog).click();

    await until(() => chatCommands(wire, chatUid).length === 2, { message: 'the commands' });
    expect(chatCommands(wire, chatUid)).to.deep.equal(['TransferQueue', 'Leave']);
    expect(wire.sent('TransferQueue')[0]!.Params).to.deep.equal([chatUid, '1']);
  });

  it('a choice of another kind replaces the current one', async () => {
    const context = await setup();
    const { dialog, martinId, state } = context;
    await openFromOpener(context);
    const martinTarget = target(dialog, 'user', state().clients[martinId]!.name);
    martinTarget.click();
    await dialog.updateComplete;
    target(dialog, 'dept', 'Sales').click();
    await dialog.updateComplete;
    expect(martinTarget.querySelector('input')!.checked).to.equal(false);
    expect(martinTarget.hasAttribute('data-selected')).to.equal(false);
    expect(part(dialog, 'summary').textContent).to.contain('Sales department');
  });

  it('filters the targets by the search text', async () => {
    const context = await setup();
    const { dialog } = context;
    await openFromOpener(context);
    const search = part<HTMLInputElement>(dialog, 'search');
    search.value = 'tech';
    search.dispatchEvent(new Event('input'));
    await dialog.updateComplete;
    expect(targetNames(dialog, 'skill')).to.deep.equal(['Support › Technical']);
    expect(targets(dialog, 'dept')).to.have.length(0);
    expect(targets(dialog, 'user')).to.have.length(0);
    expect([...dialog.shadowRoot!.querySelectorAll('[part="group-empty"]')].map((node) => node.textContent)).to.include(
      'Nothing matches the search.',
    );
  });

  it('Escape closes it, unless the close request is prevented', async () => {
    const context = await setup();
    const { dialog } = context;
    await openFromOpener(context);
    const keep = (event: WhosonRequestCloseEvent): void => {
      expect(event.detail.source).to.equal('keyboard');
      event.preventDefault();
    };
    dialog.addEventListener('whoson-request-close', keep);
    await sendKeys({ press: 'Escape' });
    await pause(50);
    expect(nativeDialog(dialog).open, 'kept open').to.equal(true);

    dialog.removeEventListener('whoson-request-close', keep);
    await sendKeys({ press: 'Escape' });
    await until(() => !nativeDialog(dialog).open, { message: 'closed by Escape' });
  });

  it('shows an error, sends nothing and stays open when the chosen operator went offline just before confirming', async () => {
    const context = await setup();
    const { dialog, martin, martinId, chatUid, session, wire, state } = context;
    await openFromOpener(context);
    target(dialog, 'user', state().clients[martinId]!.name).click();
    await dialog.updateComplete;

    // Confirm in the same moment the news arrives, before the dialog could re-render.
    const stop = session.store.subscribe('clients', () => {
      if (state().clients[martinId]?.status !== 0) {
        stop();
        confirmButton(dialog).click();
      }
    });
    martin.setStatus(1);
    await until(() => errorText(dialog) !== '', { message: 'the error' });
    expect(errorText(dialog)).to.match(/no longer online/);
    expect(part(dialog, 'error').getAttribute('role')).to.equal('alert');
    expect(chatCommands(wire, chatUid)).to.deep.equal([]);
    expect(nativeDialog(dialog).open).to.equal(true);
    expect(dialog.matches(':state(error)')).to.equal(true);
  });

  it('drops an operator who goes offline from the selection, and says so', async () => {
    const context = await setup();
    const { dialog, martin, martinId, state } = context;
    await openFromOpener(context);
    target(dialog, 'user', state().clients[martinId]!.name).click();
    await dialog.updateComplete;
    expect(confirmButton(dialog).disabled).to.equal(false);

    martin.setStatus(3);
    await until(() => targets(dialog, 'user').length === 0, { message: 'martin gone from the list' });
    expect(confirmButton(dialog).disabled).to.equal(true);
    expect(errorText(dialog)).to.match(/no longer online/);
  });

  it('shows the server’s answer when it refuses the transfer', async () => {
    const context = await setup();
    const { dialog, martin, martinId, chatUid, wire, state } = context;
    await openFromOpener(context);
    target(dialog, 'user', state().clients[martinId]!.name).click();
    await dialog.updateComplete;

    // Martin's connection goes before thomas's client hears of it: the server refuses.
    martin.logout();
    confirmButton(dialog).click();
    expect(dialog.matches(':state(pending)')).to.equal(true);
    await until(() => errorText(dialog) !== '', { message: 'the server’s error' });
    expect(errorText(dialog)).to.contain('none of the chosen users is connected');
    expect(chatCommands(wire, chatUid)).to.deep.equal(['Transfer', 'Leave']);
    await pause(100);
    expect(nativeDialog(dialog).open, 'still open to show it').to.equal(true);
    expect(dialog.matches(':state(pending)')).to.equal(false);
  });

  it('shows the server’s msg when nobody in the department can take the chat', async () => {
    const context = await setup();
    const { dialog, chatUid, wire } = context;
    await openFromOpener(context);
    target(dialog, 'dept', 'Support').click();
    await dialog.updateComplete;
    confirmButton(dialog).click();
    await until(() => errorText(dialog) !== '', { message: 'the server’s msg' });
    expect(errorText(dialog)).to.contain('No users in the Support department');
    expect(chatCommands(wire, chatUid)).to.deep.equal(['TransferDept', 'Leave']);
  });

  it('offers only my own department without the right to transfer outside it', async () => {
    const fixtureResult = await sessionFixture(html`<whoson-transfer-dialog></whoson-transfer-dialog>`, { login: false });
    const { server, sessionElement, root, loginOperator, visitor, session, state } = fixtureResult;
    const account = server.world.account(DEMO_OPERATORS.thomas)!;
    // Positions 11 and 12: see users and transfer outside the own department.
    account.rights = `${account.rights.slice(0, 10)}NN${account.rights.slice(12)}`;
    await sessionElement.login({ username: DEMO_OPERATORS.thomas, password: DEMO_PASSWORD, authString: DEMO_AUTH_STRING });
    await loginOperator(DEMO_OPERATORS.martin);
    const chatUid = visitor.startChat({ siteKey: MY_COMPANY, name: 'Grace Hopper' });
    await until(() => state().chats.get(chatUid), { message: 'the chat' });
    session.accept(chatUid);
    await until(() => state().chats.get(chatUid)?.talkingToClientId === state().me.connectionId, { message: 'taken' });
    await pause(50);

    const dialog = root.querySelector('whoson-transfer-dialog')!;
    dialog.open(chatUid);
    await dialog.updateComplete;
    expect(targets(dialog, 'user'), 'martin is in Sales').to.have.length(0);
    expect(targetNames(dialog, 'dept')).to.deep.equal(['Support']);
  });

  it('works by keyboard alone', async () => {
    const context = await setup();
    const { dialog, opener, martin, chatUid, wire } = context;
    // The opener plays a chat pane's transfer button.
    opener.addEventListener('click', () => opener.dispatchEvent(new WhosonTransferRequestEvent({ chatUid })), { once: true });
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => nativeDialog(dialog).open, { message: 'opened from the keyboard' });
    expect(focused()).to.equal(part(dialog, 'search'));

    await sendKeys({ type: 'martin' });
    await dialog.updateComplete;
    expect(targets(dialog, 'user')).to.have.length(1);
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(targets(dialog, 'user')[0]!.querySelector('input'));
    await sendKeys({ press: 'Space' });
    await dialog.updateComplete;
    expect(targets(dialog, 'user')[0]!.hasAttribute('data-selected')).to.equal(true);

    // Tab on to the message, then to confirm, never leaving the dialog.
    for (let step = 0; step < 12 && focused() !== part(dialog, 'message'); step++) {
      await sendKeys({ press: 'Tab' });
      expect(dialog.shadowRoot!.contains(focused()), 'focus stays inside').to.equal(true);
    }
    expect(focused()).to.equal(part(dialog, 'message'));
    await sendKeys({ type: 'Over to you' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(part(dialog, 'cancel'));
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(confirmButton(dialog));
    await sendKeys({ press: 'Enter' });

    await until(() => chatCommands(wire, chatUid).length === 2, { message: 'Transfer and Leave' });
    expect(wire.sent('Transfer')[0]!.Params![2]).to.equal('Over to you');
    await until(() => martin.store.getState().requests.transfers.get(chatUid), { message: 'martin asked' });
    await until(() => focused() === opener, { message: 'focus back on the opener' });
  });

  it('is accessible when open', async () => {
    const context = await setup();
    const { dialog, martinId, state } = context;
    await openFromOpener(context);
    target(dialog, 'user', state().clients[martinId]!.name).click();
    await dialog.updateComplete;
    await expect(dialog).to.be.accessible();
  });

  describe('with a chat pane', () => {
    /** The pane's transfer button opens the dialog; Escape gives focus back; a transfer to martin goes out. */
    async function transferFromPane(placement: 'inside' | 'outside'): Promise<void> {
      const dialogTemplate =
        placement === 'inside'
          ? html`<whoson-transfer-dialog></whoson-transfer-dialog>`
          : html`<whoson-transfer-dialog session="main"></whoson-transfer-dialog>`;
      const pane = html`<whoson-chat-pane style="height: 480px"></whoson-chat-pane>`;
      const context = await paneFixture(
        placement === 'inside' ? html`${pane}${dialogTemplate}` : pane,
        placement === 'outside' ? { outside: dialogTemplate } : {},
      );
      const dialog = context.root.querySelector('whoson-transfer-dialog')!;
      const martin = await context.loginOperator(DEMO_OPERATORS.martin);
      const chatUid = await takeChat(context);
      const martinId = context.server.connectionOfUser(DEMO_OPERATORS.martin)!.connectionId;
      await until(() => context.state().clients[martinId]?.status === 0, { message: 'martin online' });

      const transferButton = panePart<HTMLButtonElement>(context.pane, 'transfer');
      transferButton.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => nativeDialog(dialog).open, { message: `the ${placement} dialog to open` });
      expect(dialog.chatUid).to.equal(chatUid);
      expect(focused()).to.equal(part(dialog, 'search'));
      await sendKeys({ press: 'Escape' });
      await until(() => focused() === transferButton, { message: 'focus back on the pane’s transfer button' });

      await sendKeys({ press: 'Enter' });
      await until(() => nativeDialog(dialog).open, { message: 'open again' });
      target(dialog, 'user', context.state().clients[martinId]!.name).click();
      await dialog.updateComplete;
      confirmButton(dialog).click();
      await until(() => martin.store.getState().requests.transfers.get(chatUid), { message: 'martin asked' });
      await until(() => !nativeDialog(dialog).open, { message: 'closed' });
      await until(() => context.state().conversations.get(chatUid)?.left, { message: 'the pane’s chat left' });
    }

    it('opens from the pane’s transfer button inside the session, and hands focus back to it', async () => {
      await transferFromPane('inside');
    });

    it('opens from the pane’s transfer button when attached to the session by id', async () => {
      await transferFromPane('outside');
    });
  });
});
