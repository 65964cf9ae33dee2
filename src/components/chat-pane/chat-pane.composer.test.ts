import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  maybePart,
  paneFixture,
  part,
  parts,
  pressKey,
  settlePane,
  takeChat,
  typeInto,
} from '../../../test/support/chat-pane-fixture.js';
import { pause } from '../../../test/support/session-fixture.js';
import type { WhosonChatPane } from './chat-pane.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const input = (pane: WhosonChatPane) => part<HTMLTextAreaElement>(pane, 'input');

describe('<whoson-chat-pane>: composer', () => {
  it('sends with Enter and breaks the line with Shift+Enter', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture);
    input(fixture.pane).focus();
    await sendKeys({ type: 'First line' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'second line' });
    expect(fixture.wire.sent('SendTo')).to.have.length(0, 'Shift+Enter does not send');
    expect(input(fixture.pane).value).to.equal('First line\nsecond line');

    await sendKeys({ press: 'Enter' });
    await fixture.until(() => fixture.wire.sent('SendTo').length === 1, { message: 'SendTo' });
    expect(fixture.wire.sent('SendTo')[0]?.Params).to.deep.equal([chatUid, 'First line\nsecond line']);
    await settlePane(fixture.pane);
    expect(input(fixture.pane).value).to.equal('', 'the draft is cleared');
    await fixture.until(
      () => fixture.visitor.window(chatUid)?.lines.some((line) => line.text === 'First line\nsecond line'),
      { message: 'the visitor to see it' },
    );
    const mine = parts(fixture.pane, 'line').at(-1);
    expect(mine?.dataset.from).to.equal('operator');
    expect(mine?.querySelector('[part="text"]')?.textContent).to.equal('First line\nsecond line');
  });

  it('does not send on the Enter that ends an IME composition', async () => {
    const fixture = await paneFixture();
    await takeChat(fixture);
    typeInto(input(fixture.pane), 'にほんご');
    const event = pressKey(input(fixture.pane), 'Enter', { isComposing: true });
    await pause(50);
    expect(event.defaultPrevented).to.equal(false);
    expect(fixture.wire.sent('SendTo')).to.have.length(0);
  });

  it('tells the visitor the operator is typing, and stops when the draft is emptied', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture);
    input(fixture.pane).focus();
    await sendKeys({ type: 'Hel' });
    await fixture.until(() => fixture.wire.sent('StartTyping').length === 1, { message: 'StartTyping' });
    expect(fixture.wire.sent('StartTyping')[0]?.Params).to.deep.equal([chatUid]);
    await fixture.until(() => fixture.visitor.window(chatUid)?.operatorTyping === true, { message: 'the visitor sees it' });
    typeInto(input(fixture.pane), '');
    await fixture.until(() => fixture.wire.sent('StopTyping').length === 1, { message: 'StopTyping' });
  });

  it('refuses a message over 5000 characters: a clear error, nothing sent, the draft kept', async () => {
    const fixture = await paneFixture();
    await takeChat(fixture);
    const tooLong = `${'x'.repeat(5000)}!`;
    typeInto(input(fixture.pane), tooLong);
    await settlePane(fixture.pane);
    expect(part(fixture.pane, 'counter').hasAttribute('data-over')).to.equal(true);
    expect(part(fixture.pane, 'counter').textContent).to.contain('5001 / 5000');

    part(fixture.pane, 'send').click();
    pressKey(input(fixture.pane), 'Enter');
    await settlePane(fixture.pane);
    await pause(50);
    const error = part(fixture.pane, 'error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('5001');
    expect(error.textContent).to.contain('5000');
    expect(input(fixture.pane).getAttribute('aria-invalid')).to.equal('true');
    expect(fixture.wire.sent('SendTo')).to.have.length(0, 'the simulator saw no SendTo');
    expect(input(fixture.pane).value).to.equal(tooLong, 'the draft is kept');
    expect(parts(fixture.pane, 'line').filter((line) => line.dataset.from === 'operator')).to.have.length(0);

    // Shortened, it goes.
    typeInto(input(fixture.pane), 'x'.repeat(5000));
    await settlePane(fixture.pane);
    expect(maybePart(fixture.pane, 'error')).to.equal(null);
    part(fixture.pane, 'send').click();
    await fixture.until(() => fixture.wire.sent('SendTo').length === 1, { message: 'the shortened message' });
  });

  it('keeps one draft per chat: switching never carries a draft to another visitor', async () => {
    const fixture = await paneFixture();
    const ada = await takeChat(fixture, { name: 'Ada' });
    typeInto(input(fixture.pane), 'For Ada only', 4);
    const grace = await takeChat(fixture, { name: 'Grace' });
    expect(input(fixture.pane).value).to.equal('', 'Grace starts with an empty composer');
    typeInto(input(fixture.pane), 'For Grace');

    fixture.sessionElement.selection.select(ada);
    await settlePane(fixture.pane);
    expect(input(fixture.pane).value).to.equal('For Ada only');
    expect(input(fixture.pane).selectionEnd).to.equal(4, 'the caret is back where it was');
    fixture.sessionElement.selection.select(grace);
    await settlePane(fixture.pane);
    expect(input(fixture.pane).value).to.equal('For Grace');

    pressKey(input(fixture.pane), 'Enter');
    await fixture.until(() => fixture.wire.sent('SendTo').length === 1, { message: 'SendTo' });
    expect(fixture.wire.sent('SendTo')[0]?.Params).to.deep.equal([grace, 'For Grace']);
    fixture.sessionElement.selection.select(ada);
    await settlePane(fixture.pane);
    expect(input(fixture.pane).value).to.equal('For Ada only');
  });

  it('a chat-uid attribute pins the pane to its chat whatever is selected', async () => {
    const fixture = await paneFixture();
    const ada = await takeChat(fixture, { name: 'Ada' });
    const grace = await takeChat(fixture, { name: 'Grace' });
    fixture.pane.chatUid = ada;
    await settlePane(fixture.pane);
    expect(part(fixture.pane, 'title').textContent).to.equal('Ada');
    fixture.sessionElement.selection.select(grace);
    await settlePane(fixture.pane);
    expect(part(fixture.pane, 'title').textContent).to.equal('Ada');
  });

  it('inserts a server suggestion at the cursor without overwriting the draft', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture);
    fixture.visitor.visitorSays(chatUid, 'What are your opening hours?');
    await fixture.until(() => maybePart(fixture.pane, 'suggestion'), { message: 'a suggestion' });
    const suggestion = part(fixture.pane, 'suggestion');
    const content = fixture.state().conversations.get(chatUid)!.suggestions[0]!.content;
    expect(suggestion.textContent?.trim()).to.equal(content);

    typeInto(input(fixture.pane), 'Hi Ada. Thanks!', 'Hi Ada.'.length);
    suggestion.click();
    await settlePane(fixture.pane);
    expect(input(fixture.pane).value).to.equal(`Hi Ada. ${content} Thanks!`);
    expect(fixture.wire.sent('SendTo')).to.have.length(0, 'inserting does not send');
  });

  it('opens the auto-response picker with / and inserts the first match with Enter', async () => {
    const fixture = await paneFixture();
    await takeChat(fixture);
    await fixture.until(() => Object.keys(fixture.state().autoResponses).length > 0, { message: 'auto-responses' });
    input(fixture.pane).focus();
    await sendKeys({ type: '/opening' });
    await settlePane(fixture.pane);
    const picker = part(fixture.pane, 'auto-responses');
    const options = parts(fixture.pane, 'auto-response');
    expect(options).to.have.length(1);
    expect(options[0]?.textContent).to.contain('opening hours');
    expect(part<HTMLInputElement>(fixture.pane, 'auto-response-search').value).to.equal('opening');

    await sendKeys({ press: 'Enter' });
    await settlePane(fixture.pane);
    expect(input(fixture.pane).value).to.equal('We are open from 9am to 5pm, Monday to Friday.');
    expect(fixture.wire.sent('SendTo')).to.have.length(0, 'the shortcut is never sent');
    expect(picker.isConnected).to.equal(false);
  });

  it('moves from the / shortcut into the list with Arrow Down, and Escape closes it', async () => {
    const fixture = await paneFixture();
    await takeChat(fixture);
    await fixture.until(() => Object.keys(fixture.state().autoResponses).length > 0, { message: 'auto-responses' });
    input(fixture.pane).focus();
    await sendKeys({ type: '/pass' });
    await settlePane(fixture.pane);
    await sendKeys({ press: 'ArrowDown' });
    expect(fixture.pane.shadowRoot?.activeElement?.getAttribute('part')).to.equal('auto-response');
    await sendKeys({ press: 'Escape' });
    await settlePane(fixture.pane);
    expect(maybePart(fixture.pane, 'auto-responses')).to.equal(null);
    expect(fixture.pane.shadowRoot?.activeElement?.getAttribute('part')).to.equal('input');
    expect(input(fixture.pane).value).to.equal('/pass', 'what was typed stays');
  });

  it('inserts a chosen auto-response at the cursor from the picker button', async () => {
    const fixture = await paneFixture();
    await takeChat(fixture);
    await fixture.until(() => Object.keys(fixture.state().autoResponses).length > 0, { message: 'auto-responses' });
    typeInto(input(fixture.pane), 'Sure. Bye', 'Sure.'.length);
    part(fixture.pane, 'auto-responses-toggle').click();
    await settlePane(fixture.pane);
    expect(part(fixture.pane, 'auto-responses-toggle').getAttribute('aria-expanded')).to.equal('true');
    const search = part<HTMLInputElement>(fixture.pane, 'auto-response-search');
    search.value = 'anything else';
    search.dispatchEvent(new Event('input'));
    await settlePane(fixture.pane);
    const options = parts(fixture.pane, 'auto-response');
    expect(options).to.have.length(1);
    options[0]!.click();
    await settlePane(fixture.pane);
    expect(input(fixture.pane).value).to.equal('Sure. Is there anything else I can help you with today? Bye');
    expect(maybePart(fixture.pane, 'auto-responses')).to.equal(null);
  });

  it('previews Markdown sanitised: no javascript: link, no event handler', async () => {
    const fixture = await paneFixture();
    await takeChat(fixture);
    typeInto(
      input(fixture.pane),
      '**Prices** [list](https://example.com/prices) [x](javascript:alert(1)) <img src=x onerror="window.__pwned=1">',
    );
    part(fixture.pane, 'preview-toggle').click();
    await settlePane(fixture.pane);
    await pause(50);
    const preview = part(fixture.pane, 'preview');
    expect(preview.querySelector('strong')?.textContent).to.equal('Prices');
    const links = [...preview.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['https://example.com/prices']);
    expect(links[0]?.getAttribute('rel')).to.equal('noopener noreferrer nofollow');
    expect(links[0]?.getAttribute('target')).to.equal('_blank');
    expect(preview.textContent).to.contain('x');
    const image = preview.querySelector('img');
    expect(image?.hasAttribute('onerror') ?? false).to.equal(false);
    expect(window.__pwned).to.equal(undefined);
    expect(part(fixture.pane, 'preview-toggle').getAttribute('aria-pressed')).to.equal('true');

    // The preview follows the draft.
    typeInto(input(fixture.pane), '*now*');
    await settlePane(fixture.pane);
    expect(part(fixture.pane, 'preview').querySelector('em')?.textContent).to.equal('now');
  });

  it('shows a failed line with its reason and retries the same text', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture);
    const localId = fixture.session.sendMessage(chatUid, 'Are you there?');
    await fixture.until(() => fixture.wire.sent('SendTo').length === 1, { message: 'sent' });
    // As the session reports a line that could not go out (e.g. its chat closed while offline).
    fixture.session.store.dispatch({ name: 'local:message-failed', payload: { localId, reason: 'The connection was lost.' } });
    await settlePane(fixture.pane);
    const line = parts(fixture.pane, 'line').at(-1)!;
    expect(line.dataset.state).to.equal('failed');
    expect(line.querySelector('[part="line-error"]')?.textContent).to.contain('The connection was lost.');

    (line.querySelector('[part="retry"]') as HTMLButtonElement).click();
    await fixture.until(() => fixture.wire.sent('SendTo').length === 2, { message: 'the retry' });
    expect(fixture.wire.sent('SendTo')[1]?.Params).to.deep.equal([chatUid, 'Are you there?']);
    await settlePane(fixture.pane);
    const lines = parts(fixture.pane, 'line').filter((candidate) => candidate.dataset.from === 'operator');
    expect(lines).to.have.length(1, 'no second copy');
    expect(lines[0]?.dataset.state).to.equal('sent');
  });
});
