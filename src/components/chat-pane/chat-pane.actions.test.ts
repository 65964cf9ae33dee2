import { expect, html, oneEvent } from '@open-wc/testing';
import {
  maybePart,
  paneFixture,
  part,
  parts,
  settlePane,
  takeChat,
  typeInto,
  type PaneFixture,
} from '../../../test/support/chat-pane-fixture.js';
import { pause } from '../../../test/support/session-fixture.js';
import '../../define/whoson-transfer-dialog.js';
import type { WhosonTransferRequestEvent } from '../../events/whoson-transfer-request.js';
import type { WhosonChatPane } from './chat-pane.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

function lastLine(pane: WhosonChatPane): HTMLElement {
  const line = parts(pane, 'line').at(-1);
  if (!line) throw new Error('no lines');
  return line;
}

async function openDetails(pane: WhosonChatPane, name: string): Promise<HTMLDetailsElement> {
  const details = part<HTMLDetailsElement>(pane, name);
  details.open = true;
  await oneEvent(details, 'toggle');
  await settlePane(pane);
  return details;
}

function serverChat(fixture: PaneFixture, chatUid: string) {
  const chat = fixture.server.world.anyChat(chatUid);
  if (!chat) throw new Error(`the simulator has no chat ${chatUid}`);
  return chat;
}

describe('<whoson-chat-pane>: message kinds', () => {
  it('shows a translated visitor message with both texts', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture, { siteKey: 2, name: 'Amélie', lang: 'fr', translation: true });
    fixture.visitor.visitorSays(chatUid, 'Bonjour, merci');
    await fixture.until(() => maybePart(fixture.pane, 'translation'), { message: 'the translation' });
    const line = lastLine(fixture.pane);
    expect(line.querySelector('[part="text"]')?.textContent).to.equal('Bonjour, merci');
    const translated = fixture.state().conversations.get(chatUid)!.lines.at(-1)!.message.translated;
    expect(translated).to.be.a('string').and.not.equal('');
    expect(line.querySelector('[part="translation"]')?.textContent).to.contain(translated!);
  });

  it('shows what I typed and what the visitor saw after the site’s text rules', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture, { siteKey: 1 });
    fixture.session.sendMessage(chatUid, 'That is a damn good question');
    await fixture.until(() => maybePart(fixture.pane, 'filtered'), { message: 'the filtered text' });
    const line = lastLine(fixture.pane);
    expect(line.querySelector('[part="text"]')?.textContent).to.equal('That is a damn good question');
    expect(line.querySelector('[part="filtered"]')?.textContent).to.contain('That is a **** good question');
  });

  it('links an uploaded file only when its address is http(s)', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture, { siteKey: 2 });
    fixture.visitor.uploadFile(chatUid, 'invoice <b>2024</b>.pdf', 'PDF content');
    await fixture.until(() => maybePart(fixture.pane, 'file-link'), { message: 'the upload' });
    const link = part<HTMLAnchorElement>(fixture.pane, 'file-link');
    expect(link.textContent).to.equal('invoice <b>2024</b>.pdf');
    expect(link.href).to.match(/^https?:/);
    expect(link.rel).to.equal('noopener noreferrer nofollow');
    expect(link.target).to.equal('_blank');

    fixture.visitor.visitorSays(chatUid, '<link><url>javascript:window.__pwned=1</url><name>evil.pdf</name></link>');
    await fixture.until(() => maybePart(fixture.pane, 'file-name'), { message: 'the unsafe upload' });
    expect(part(fixture.pane, 'file-name').textContent).to.equal('evil.pdf');
    expect(parts(fixture.pane, 'file-link')).to.have.length(1);
    expect(window.__pwned).to.equal(undefined);
  });
});

describe('<whoson-chat-pane>: tools', () => {
  it('asks the visitor for an on-demand field and shows the answer', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture, { siteKey: 1 });
    await openDetails(fixture.pane, 'tools');
    const buttons = parts(fixture.pane, 'field-request');
    expect(buttons.map((button) => button.dataset.field)).to.deep.equal(['Email', 'Reference']);
    buttons[1]!.click();
    await fixture.until(() => fixture.wire.sent('FieldRequest').length === 1, { message: 'FieldRequest' });
    expect(fixture.wire.sent('FieldRequest')[0]?.Params).to.deep.equal([chatUid, 'Reference', '']);
    await fixture.until(
      () => fixture.visitor.window(chatUid)?.events.some((event) => event.kind === 'field-request'),
      { message: 'the visitor asked' },
    );
    await settlePane(fixture.pane);
    expect(part(fixture.pane, 'notice').textContent).to.contain('Reference');
    fixture.visitor.answerField(chatUid, 'Reference', 'REF-123');
    await fixture.until(() => parts(fixture.pane, 'line').some((line) => line.textContent?.includes('REF-123')), {
      message: 'the answer',
    });
  });

  it('sends a stored document', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture, { siteKey: 1 });
    await fixture.until(() => Object.keys(fixture.state().documents).length > 0, { message: 'documents' });
    await settlePane(fixture.pane);
    await openDetails(fixture.pane, 'tools');
    const select = part<HTMLSelectElement>(fixture.pane, 'document-select');
    expect(select.options.length).to.be.greaterThan(0);
    const chosen = select.options[select.options.length - 1]!.value;
    select.value = chosen;
    select.dispatchEvent(new Event('change'));
    await settlePane(fixture.pane);
    part(fixture.pane, 'send-document').click();
    await fixture.until(() => fixture.wire.sent('SendDocumentTo').length === 1, { message: 'SendDocumentTo' });
    expect(fixture.wire.sent('SendDocumentTo')[0]?.Params).to.deep.equal([chatUid, chosen]);
    await fixture.until(
      () => fixture.visitor.window(chatUid)?.events.some((event) => event.kind === 'document'),
      { message: 'the visitor got the document' },
    );
  });

  it('does not offer sending documents when the site disables it', async () => {
    const fixture = await paneFixture();
    fixture.server.world.site(1)!.disableFileSend = true;
    // The site change reaches the client as a `site` event in a real server; here, after login.
    await takeChat(fixture, { siteKey: 1 });
    const site = fixture.state().sites[1]!;
    fixture.session.store.dispatch({ name: 'site', payload: { site: { ...site, disableFileSend: true } } });
    await settlePane(fixture.pane);
    await openDetails(fixture.pane, 'tools');
    expect(maybePart(fixture.pane, 'send-document')).to.equal(null);
    expect(maybePart(fixture.pane, 'field-request')).not.to.equal(null);
  });

  it('asks for the visit detail once, when the details open, and shows it', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture, {
      siteKey: 1,
      survey: [{ name: 'Order number', value: 'A-1001', builtInField: '' }],
    });
    expect(fixture.wire.sent('GetChatVisit')).to.have.length(0, 'nothing before opening');
    const details = await openDetails(fixture.pane, 'details');
    expect(part(fixture.pane, 'survey').textContent).to.contain('A-1001');
    await fixture.until(() => fixture.wire.sent('GetChatVisit').length === 1, { message: 'GetChatVisit' });
    const chat = fixture.state().chats.get(chatUid)!;
    expect(fixture.wire.sent('GetChatVisit')[0]?.Params).to.deep.equal([String(chat.siteKey), chat.ip, chat.trackingId, chatUid]);
    await fixture.until(() => maybePart(fixture.pane, 'visit'), { message: 'the visit detail' });
    expect(part(fixture.pane, 'visit').textContent).to.contain(chat.ip);

    details.open = false;
    await oneEvent(details, 'toggle');
    details.open = true;
    await oneEvent(details, 'toggle');
    await pause(50);
    expect(fixture.wire.sent('GetChatVisit')).to.have.length(1, 'asked once');
  });
});

describe('<whoson-chat-pane>: wrap-up, tags, leave, close', () => {
  it('blocks closing until a required wrap-up is chosen, then sends it and closes', async () => {
    const fixture = await paneFixture();
    // Site 1: Menu, Required, shown at SessionEnd.
    const chatUid = await takeChat(fixture, { siteKey: 1 });
    expect(maybePart(fixture.pane, 'wrap-up')).to.equal(null, 'not before the end');
    part(fixture.pane, 'close').click();
    await settlePane(fixture.pane);
    const required = part(fixture.pane, 'wrap-up-required');
    expect(required.getAttribute('role')).to.equal('alert');
    expect(required.textContent).to.contain('wrap-up');
    expect(maybePart(fixture.pane, 'confirm')).to.equal(null);
    await pause(50);
    expect(fixture.wire.sent('CloseChat')).to.have.length(0, 'closing is blocked');
    expect(fixture.pane.shadowRoot?.activeElement?.getAttribute('part')).to.equal('wrap-up');

    part(fixture.pane, 'wrap-up-menu-button').click();
    await settlePane(fixture.pane);
    const option = parts(fixture.pane, 'wrap-up-option').find((button) => button.dataset.value === 'quote');
    expect(option, 'the Wants Quotation option').not.to.equal(undefined);
    option!.click();
    await fixture.until(() => fixture.wire.sent('ChatWrapUpComplete').length === 1, { message: 'ChatWrapUpComplete' });
    expect(fixture.wire.sent('ChatWrapUpComplete')[0]?.Params).to.deep.equal(['1', chatUid, 'quote']);
    await fixture.until(() => serverChat(fixture, chatUid).wrapUpValue === 'quote', { message: 'stored' });
    await settlePane(fixture.pane);
    expect(part(fixture.pane, 'wrap-up-chosen').textContent).to.contain('Sales Enquiry › Wants Quotation');

    // The close carries on to its confirmation.
    expect(fixture.pane.shadowRoot?.activeElement?.getAttribute('part')).to.equal('confirm-close');
    part(fixture.pane, 'confirm-close').click();
    await fixture.until(() => fixture.wire.sent('CloseChat').length === 1, { message: 'CloseChat' });
    await fixture.until(() => maybePart(fixture.pane, 'state-banner'), { message: 'closed' });
    expect(part(fixture.pane, 'state-banner').textContent).to.contain('ended');
    expect(maybePart(fixture.pane, 'input')).to.equal(null);
  });

  it('shows the wrap-up when the visitor leaves and keeps the transcript until dismissed', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture, { siteKey: 1 });
    fixture.visitor.visitorSays(chatUid, 'Thanks, bye!');
    await fixture.until(() => parts(fixture.pane, 'line').length > 0, { message: 'a line' });
    fixture.visitor.visitorLeaves(chatUid);
    await fixture.until(() => maybePart(fixture.pane, 'state-banner'), { message: 'the closed banner' });
    expect(parts(fixture.pane, 'line').some((line) => line.textContent?.includes('Thanks, bye!'))).to.equal(true);
    expect(maybePart(fixture.pane, 'wrap-up')).not.to.equal(null, 'SessionEnd: shown now');

    part(fixture.pane, 'dismiss').click();
    await settlePane(fixture.pane);
    expect(part(fixture.pane, 'wrap-up-required').textContent).to.contain('wrap-up');
    expect(fixture.state().conversations.get(chatUid)).not.to.equal(undefined);

    part(fixture.pane, 'wrap-up-menu-button').click();
    await settlePane(fixture.pane);
    parts(fixture.pane, 'wrap-up-option').find((button) => button.dataset.value === 'support')!.click();
    await fixture.until(() => fixture.wire.sent('ChatWrapUpComplete').length === 1, { message: 'wrap-up after close' });
    await settlePane(fixture.pane);
    part(fixture.pane, 'dismiss').click();
    await settlePane(fixture.pane);
    expect(fixture.state().conversations.get(chatUid)).to.equal(undefined);
    expect(part(fixture.pane, 'placeholder').textContent).to.contain('No chat selected');
  });

  it('offers Buttons wrap-ups as buttons, at the operator’s close (site 2, not required)', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture, { siteKey: 2 });
    expect(maybePart(fixture.pane, 'wrap-up')).to.equal(null);
    part(fixture.pane, 'close').click();
    await settlePane(fixture.pane);
    expect(part(fixture.pane, 'wrap-up').dataset.type).to.equal('Buttons');
    expect(maybePart(fixture.pane, 'confirm')).not.to.equal(null, 'not required: closing may go on');
    parts(fixture.pane, 'wrap-up-option').find((button) => button.dataset.value === 'fixed')!.click();
    await fixture.until(() => serverChat(fixture, chatUid).wrapUpValue === 'fixed', { message: 'stored' });
    await settlePane(fixture.pane);
    const fixed = parts(fixture.pane, 'wrap-up-option').find((button) => button.dataset.value === 'fixed');
    expect(fixed?.getAttribute('aria-pressed')).to.equal('true');
  });

  it('offers a List wrap-up as a select with nested options, and a Link one by drilling down', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture, { siteKey: 1 });
    const site = fixture.state().sites[1]!;
    const setWrapUp = (type: 'List' | 'Link') =>
      fixture.session.store.dispatch({
        name: 'site',
        payload: { site: { ...site, wrapUp: { ...site.wrapUp, type, show: 'SessionStart', required: false } } },
      });
    setWrapUp('List');
    await settlePane(fixture.pane);
    const select = part<HTMLSelectElement>(fixture.pane, 'wrap-up-select');
    expect([...select.options].map((option) => option.textContent?.trim())).to.deep.equal([
      'Choose…',
      'Sales Enquiry › Wants Quotation',
      'Sales Enquiry › Wants Callback',
      'Support Enquiry',
    ]);
    expect(part<HTMLButtonElement>(fixture.pane, 'wrap-up-save').disabled).to.equal(true);
    select.value = 'call';
    select.dispatchEvent(new Event('change'));
    await settlePane(fixture.pane);
    await pause(20);
    expect(fixture.wire.sent('ChatWrapUpComplete')).to.have.length(0, 'choosing is not saving');
    part(fixture.pane, 'wrap-up-save').click();
    await fixture.until(() => serverChat(fixture, chatUid).wrapUpValue === 'call', { message: 'List saved' });

    setWrapUp('Link');
    await settlePane(fixture.pane);
    expect(part(fixture.pane, 'wrap-up').dataset.type).to.equal('Link');
    parts(fixture.pane, 'wrap-up-option').find((button) => button.dataset.value === 'sales')!.click();
    await settlePane(fixture.pane);
    expect(parts(fixture.pane, 'wrap-up-option').map((button) => button.dataset.value)).to.deep.equal(['quote', 'call']);
    expect(part(fixture.pane, 'wrap-up-back').textContent).to.contain('Sales Enquiry');
    parts(fixture.pane, 'wrap-up-option').find((button) => button.dataset.value === 'quote')!.click();
    await fixture.until(() => serverChat(fixture, chatUid).wrapUpValue === 'quote', { message: 'Link chosen' });
  });

  it('sends the site’s tags and free tags', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture, { siteKey: 1 });
    await openDetails(fixture.pane, 'tags-section');
    const sales = parts<HTMLInputElement>(fixture.pane, 'tag-checkbox')[0]!;
    sales.click();
    await fixture.until(() => fixture.wire.sent('ChatAddTags').length === 1, { message: 'ChatAddTags' });
    expect(fixture.wire.sent('ChatAddTags')[0]?.Params?.slice(0, 2)).to.deep.equal(['1', chatUid]);

    const field = part<HTMLInputElement>(fixture.pane, 'tag-input');
    field.value = 'VIP <customer>';
    field.dispatchEvent(new Event('input'));
    await settlePane(fixture.pane);
    part(fixture.pane, 'tag-add-button').click();
    await fixture.until(() => fixture.wire.sent('ChatAddTags').length === 2, { message: 'the free tag' });
    await fixture.until(() => serverChat(fixture, chatUid).tags.length === 2, { message: 'stored' });
    expect(serverChat(fixture, chatUid).tags).to.deep.equal(['Sales', 'VIP <customer>']);
    await settlePane(fixture.pane);
    expect(part(fixture.pane, 'free-tag').textContent).to.contain('VIP <customer>');

    part(fixture.pane, 'tag-remove').click();
    await fixture.until(() => serverChat(fixture, chatUid).tags.length === 1, { message: 'removed' });
    expect(serverChat(fixture, chatUid).tags).to.deep.equal(['Sales']);
  });

  it('leaves the chat for colleagues and keeps the transcript', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture, { siteKey: 2 });
    fixture.visitor.visitorSays(chatUid, 'Hello?');
    await fixture.until(() => parts(fixture.pane, 'line').length > 0, { message: 'a line' });
    part(fixture.pane, 'leave').click();
    await fixture.until(() => fixture.wire.sent('Leave').length === 1, { message: 'Leave' });
    await fixture.until(() => fixture.state().chats.get(chatUid)?.talkingToClientId === '', { message: 'released' });
    await settlePane(fixture.pane);
    expect(part(fixture.pane, 'state-banner').textContent).to.contain('You left');
    expect(maybePart(fixture.pane, 'input')).to.equal(null);
    expect(parts(fixture.pane, 'line').length).to.be.greaterThan(0);
  });

  it('asks before closing, and Cancel keeps the chat open', async () => {
    const fixture = await paneFixture();
    await takeChat(fixture, { siteKey: 2 });
    part(fixture.pane, 'close').click();
    await settlePane(fixture.pane);
    expect(part(fixture.pane, 'close').getAttribute('aria-expanded')).to.equal('true');
    part(fixture.pane, 'confirm-cancel').click();
    await settlePane(fixture.pane);
    expect(maybePart(fixture.pane, 'confirm')).to.equal(null);
    expect(fixture.pane.shadowRoot?.activeElement?.getAttribute('part')).to.equal('close');
    await pause(50);
    expect(fixture.wire.sent('CloseChat')).to.have.length(0);
  });

  it('asks for a transfer with a cancelable event the page may take over', async () => {
    const fixture = await paneFixture(
      html`<whoson-chat-pane style="height: 640px"></whoson-chat-pane><whoson-transfer-dialog></whoson-transfer-dialog>`,
    );
    const chatUid = await takeChat(fixture, { siteKey: 2 });
    const dialog = fixture.sessionElement.querySelector('whoson-transfer-dialog')!;
    fixture.sessionElement.addEventListener('whoson-transfer-request', (event) => event.preventDefault(), { once: true });
    const request = oneEvent(fixture.pane, 'whoson-transfer-request');
    part(fixture.pane, 'transfer').click();
    const event = (await request) as WhosonTransferRequestEvent;
    expect(event.detail.chatUid).to.equal(chatUid);
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    await dialog.updateComplete;
    expect(dialog.isOpen).to.equal(false, 'the page took over');
  });

  it('is answered by a transfer dialog elsewhere in the page that names the session', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture, { siteKey: 2 });
    const dialog = document.createElement('whoson-transfer-dialog');
    dialog.setAttribute('session', fixture.sessionElement.id);
    document.body.append(dialog);
    try {
      await dialog.updateComplete;
      part(fixture.pane, 'transfer').click();
      await dialog.updateComplete;
      expect(dialog.isOpen).to.equal(true);
      expect(dialog.chatUid).to.equal(chatUid);
      dialog.close();
    } finally {
      dialog.remove();
    }
  });

  it('says so when no transfer dialog answers the request', async () => {
    const fixture = await paneFixture();
    await takeChat(fixture, { siteKey: 2 });
    // Outside any session and without `session`: it has no session and answers nothing.
    const stray = document.createElement('whoson-transfer-dialog');
    document.body.append(stray);
    try {
      part(fixture.pane, 'transfer').click();
      await fixture.pane.updateComplete;
      expect(stray.isOpen).to.equal(false);
      expect(part(fixture.pane, 'action-error').textContent).to.contain('No transfer dialog');
    } finally {
      stray.remove();
    }
  });

  it('opens the session’s <whoson-transfer-dialog> for the chat', async () => {
    const fixture = await paneFixture(
      html`<whoson-chat-pane style="height: 640px"></whoson-chat-pane><whoson-transfer-dialog></whoson-transfer-dialog>`,
    );
    const chatUid = await takeChat(fixture, { siteKey: 1 });
    const dialog = fixture.sessionElement.querySelector('whoson-transfer-dialog')!;
    expect(dialog.isOpen).to.equal(false);
    part(fixture.pane, 'transfer').click();
    await dialog.updateComplete;
    expect(dialog.isOpen).to.equal(true);
    expect(dialog.chatUid).to.equal(chatUid);
    dialog.close();
  });

  it('offers a waiting chat to take instead of a composer', async () => {
    const fixture = await paneFixture();
    const chatUid = fixture.visitor.startChat({ siteKey: 1, name: 'Waiting Wendy' });
    await fixture.until(() => fixture.state().chats.get(chatUid), { message: 'the request' });
    fixture.sessionElement.selection.select(chatUid);
    await settlePane(fixture.pane);
    expect(part(fixture.pane, 'title').textContent).to.equal('Waiting Wendy');
    expect(maybePart(fixture.pane, 'input')).to.equal(null);
    part(fixture.pane, 'accept').click();
    await fixture.until(() => maybePart(fixture.pane, 'input'), { message: 'the composer once taken' });
    typeInto(part<HTMLTextAreaElement>(fixture.pane, 'input'), 'Hello Wendy');
    part(fixture.pane, 'send').click();
    await fixture.until(() => fixture.wire.sent('SendTo').length === 1, { message: 'SendTo' });
  });
});
