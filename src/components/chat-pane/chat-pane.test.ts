import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  maybePart,
  paneFixture,
  part,
  parts,
  settlePane,
  takeChat,
  type PaneFixture,
} from '../../../test/support/chat-pane-fixture.js';
import { DEMO_OPERATORS } from '../../../test/support/session-fixture.js';
import { TYPING_EXPIRY_MS } from '../../core/store/selectors.js';
import type { WhosonChatPane } from './chat-pane.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

function lineTexts(pane: WhosonChatPane): Array<[string, string, string]> {
  return parts(pane, 'line').map((line) => [
    line.dataset.from ?? '',
    line.querySelector('[part="author"]')?.textContent?.trim() ?? '',
    line.querySelector('[part="text"]')?.textContent?.trim() ?? '',
  ]);
}

/** The shadow root's focused element's part. */
function focusedPart(pane: WhosonChatPane): string {
  return pane.shadowRoot?.activeElement?.getAttribute('part') ?? '(none)';
}

describe('<whoson-chat-pane>: transcript', () => {
  it('shows "no chat selected" until a chat is selected', async () => {
    const { pane } = await paneFixture();
    expect(part(pane, 'placeholder').textContent).to.contain('No chat selected');
    expect(maybePart(pane, 'input')).to.equal(null);
  });

  it('shows a taken chat’s transcript from currentchat, each line with who said it', async () => {
    const fixture = await paneFixture();
    const martin = await fixture.loginOperator(DEMO_OPERATORS.martin);
    const chatUid = fixture.visitor.startChat({ siteKey: 1, name: 'Ada Lovelace' });
    fixture.visitor.visitorSays(chatUid, 'Hi, anyone there?');
    await fixture.until(() => martin.store.getState().chats.get(chatUid), { message: 'martin sees the chat' });
    martin.accept(chatUid);
    await fixture.until(() => martin.store.getState().conversations.get(chatUid)?.header, { message: 'martin took it' });
    martin.sendMessage(chatUid, 'Hello Ada, Martin here.');
    martin.leave(chatUid);
    await fixture.until(() => fixture.state().chats.get(chatUid)?.talkingToClientId === '', { message: 'released' });

    fixture.session.accept(chatUid);
    await fixture.until(() => fixture.state().conversations.get(chatUid)?.lines.length, { message: 'currentchat' });
    fixture.sessionElement.selection.select(chatUid);
    await settlePane(fixture.pane);

    const lines = lineTexts(fixture.pane);
    expect(lines[0]?.[0]).to.equal('system');
    expect(lines[0]?.[1]).to.equal('WhosOn');
    expect(lines).to.deep.include(['visitor', 'Ada Lovelace', 'Hi, anyone there?']);
    expect(lines).to.deep.include(['operator', 'Martin', 'Hello Ada, Martin here.']);
    const times = parts(fixture.pane, 'time');
    expect(times.length).to.be.greaterThan(0);
    expect(times[0]?.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
    expect(part(fixture.pane, 'title').textContent).to.equal('Ada Lovelace');
  });

  it('adds a visitor message live, announces it, and marks it read when seen', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture);
    fixture.visitor.visitorSays(chatUid, 'Do you ship to Norway?');
    await fixture.until(() => lineTexts(fixture.pane).some(([, , text]) => text === 'Do you ship to Norway?'), {
      message: 'the live line',
    });
    await fixture.until(() => part(fixture.pane, 'announcer').textContent?.includes('Do you ship to Norway?'), {
      message: 'the announcement',
    });
    expect(part(fixture.pane, 'announcer').getAttribute('aria-live')).to.equal('polite');
    expect(part(fixture.pane, 'announcer').textContent).to.contain('Ada Lovelace says');
    await fixture.until(() => fixture.state().conversations.get(chatUid)?.unread === 0, { message: 'marked read' });
    expect(maybePart(fixture.pane, 'unread-marker')).to.equal(null, 'no marker for a line read as it came');
  });

  it('shows a visitor line read in the render that shows it, with no render after it', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const renders: Array<{ shown: boolean; unread: number }> = [];
    const pane = fixture.pane as unknown as { update: (changed: unknown) => void };
    const update = pane.update;
    pane.update = function (this: unknown, changed: unknown): void {
      update.call(this, changed);
      renders.push({
        shown: lineTexts(fixture.pane).some(([, , text]) => text === 'Is the red one in stock?'),
        unread: fixture.state().conversations.get(chatUid)?.unread ?? -1,
      });
    };
    try {
      fixture.visitor.visitorSays(chatUid, 'Is the red one in stock?');
      await fixture.until(() => part(fixture.pane, 'announcer').textContent?.includes('Is the red one in stock?'), {
        message: 'the announcement',
      });
      await new Promise((resolve) => requestAnimationFrame(resolve));
    } finally {
      delete (pane as { update?: unknown }).update;
    }
    const showing = renders.findIndex((render) => render.shown);
    expect(showing, 'a render showed the line').to.be.at.least(0);
    expect(renders[showing]!.unread, 'read as it was shown').to.equal(0);
    expect(renders.slice(showing + 1), 'renders after the line showed (marking read, the live region)').to.deep.equal([]);
  });

  it('does not announce the operator’s own lines', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture);
    fixture.session.sendMessage(chatUid, 'Let me check that for you.');
    await settlePane(fixture.pane);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(part(fixture.pane, 'announcer').textContent?.trim()).to.equal('');
    expect(lineTexts(fixture.pane).at(-1)).to.deep.equal(['operator', 'Thomas', 'Let me check that for you.']);
  });

  it('keeps the view where the operator scrolled to, and offers a "new messages" button', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture);
    for (let i = 0; i < 30; i += 1) fixture.visitor.visitorSays(chatUid, `Line number ${i} of a long chat`);
    await fixture.until(() => parts(fixture.pane, 'line').length >= 30, { message: 'many lines' });
    const transcript = part(fixture.pane, 'transcript');
    await fixture.until(
      () => transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight <= 50,
      { message: 'followed to the bottom' },
    );

    transcript.scrollTop = 0;
    transcript.dispatchEvent(new Event('scroll'));
    fixture.visitor.visitorSays(chatUid, 'Are you still there?');
    await fixture.until(() => maybePart(fixture.pane, 'new-messages'), { message: 'the new messages button' });
    expect(transcript.scrollTop).to.equal(0, 'the view was not yanked');
    expect(fixture.state().conversations.get(chatUid)?.unread).to.be.greaterThan(0, 'not seen yet');
    const marker = part(fixture.pane, 'unread-marker');
    expect(marker.nextElementSibling?.querySelector('[part="text"]')?.textContent).to.equal('Are you still there?');

    part(fixture.pane, 'new-messages').click();
    await settlePane(fixture.pane);
    // Scrolled before the next frame is painted.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight).to.be.at.most(50);
    expect(maybePart(fixture.pane, 'new-messages')).to.equal(null);
  });

  it('renders a long transcript\'s latest lines, and earlier ones on demand without moving the view', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture);
    for (let i = 0; i < 300; i += 1) fixture.visitor.visitorSays(chatUid, `Line ${i}`);
    await fixture.until(() => fixture.state().conversations.get(chatUid)!.lines.filter((line) => line.from === 'visitor').length >= 300);
    await settlePane(fixture.pane);
    const texts = (): string[] => parts(fixture.pane, 'line').map((line) => line.querySelector('[part="text"]')?.textContent ?? '');
    expect(texts().at(-1)).to.equal('Line 299');
    expect(parts(fixture.pane, 'line').length, 'only the latest lines rendered').to.be.below(150);
    const earlier = part(fixture.pane, 'earlier');
    expect(earlier.textContent).to.match(/Show \d+ earlier messages/);

    const transcript = part(fixture.pane, 'transcript');
    await fixture.until(() => transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight <= 50);
    const before = parts(fixture.pane, 'line').length;
    const newest = parts(fixture.pane, 'line').at(-1)!;
    const newestTop = newest.getBoundingClientRect().top;
    earlier.click();
    await settlePane(fixture.pane);
    expect(parts(fixture.pane, 'line').length).to.be.above(before);
    // Lines added above do not move what the operator was reading.
    expect(Math.abs(newest.getBoundingClientRect().top - newestTop)).to.be.below(2);

    // Scrolled to the very first line by and by.
    for (let round = 0; round < 5 && maybePart(fixture.pane, 'earlier'); round += 1) {
      transcript.scrollTop = 0;
      transcript.dispatchEvent(new Event('scroll'));
      await settlePane(fixture.pane);
    }
    expect(texts()).to.include('Line 0');
    expect(maybePart(fixture.pane, 'earlier')).to.equal(null);
  });

  it('keeps the newest line in view when the transcript gets shorter (the visitor starts typing)', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture);
    for (let i = 0; i < 30; i += 1) fixture.visitor.visitorSays(chatUid, `Line number ${i} of a long chat`);
    await fixture.until(() => parts(fixture.pane, 'line').length >= 30, { message: 'many lines' });
    const transcript = part(fixture.pane, 'transcript');
    const newestLineHidden = (): number =>
      (parts(fixture.pane, 'line').at(-1)?.getBoundingClientRect().bottom ?? 0) - transcript.getBoundingClientRect().bottom;
    await fixture.until(() => newestLineHidden() <= 1, { message: 'the newest line in view' });
    const heightBefore = transcript.clientHeight;

    fixture.visitor.visitorTyping(chatUid, true);
    fixture.visitor.visitorPreview(chatUid, 'I also wanted to ask about the delivery address');
    await fixture.until(() => maybePart(fixture.pane, 'typing-preview'), { message: 'the typing preview' });
    await fixture.until(() => transcript.clientHeight < heightBefore, { message: 'the transcript to get shorter' });
    await fixture.until(() => newestLineHidden() <= 1, { message: 'the newest line still in view' });
  });

  it('marks where unread lines begin', async () => {
    const fixture = await paneFixture();
    const first = await takeChat(fixture);
    const second = await takeChat(fixture, { name: 'Grace Hopper' });
    fixture.visitor.visitorSays(first, 'One more question');
    await fixture.until(() => fixture.state().conversations.get(first)?.unread === 1, { message: 'unread in the other chat' });
    fixture.sessionElement.selection.select(first);
    await settlePane(fixture.pane);
    const marker = part(fixture.pane, 'unread-marker');
    const next = marker.nextElementSibling as HTMLElement;
    expect(next.querySelector('[part="text"]')?.textContent).to.equal('One more question');
    expect(second).not.to.equal(first);
  });

  it('shows the visitor typing and the preview, and hides them on stop or expiry', async () => {
    const fixture = await paneFixture();
    const chatUid = await takeChat(fixture);
    fixture.visitor.visitorTyping(chatUid, true);
    await fixture.until(() => maybePart(fixture.pane, 'typing-indicator'), { message: 'the typing indicator' });
    expect(part(fixture.pane, 'typing-indicator').textContent).to.contain('Ada Lovelace is typing');

    fixture.visitor.visitorPreview(chatUid, 'I would like <b>two</b>');
    await fixture.until(() => maybePart(fixture.pane, 'typing-preview'), { message: 'the preview' });
    expect(part(fixture.pane, 'typing-preview').textContent).to.equal('I would like <b>two</b>');

    fixture.visitor.visitorTyping(chatUid, false);
    await fixture.until(() => !maybePart(fixture.pane, 'typing'), { message: 'typing stopped' });

    // A start whose stop never comes expires.
    fixture.visitor.visitorTyping(chatUid, true);
    await fixture.until(() => maybePart(fixture.pane, 'typing'), { message: 'typing again' });
    fixture.pane.now = () => Date.now() + TYPING_EXPIRY_MS + 1000;
    await settlePane(fixture.pane);
    expect(maybePart(fixture.pane, 'typing')).to.equal(null);
  });
});

describe('<whoson-chat-pane>: hostile visitor text', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  it('shows HTML and script from the visitor as written, and runs none of it', async () => {
    const fixture = await paneFixture();
    const name = '<img src=x onerror=window.__pwned=1>';
    const chatUid = await takeChat(fixture, {
      name,
      survey: [{ name: 'Company', value: '<script>window.__pwned=2</script>', builtInField: '' }],
    });
    fixture.visitor.visitorSays(chatUid, '<script>window.__pwned=3</script>');
    fixture.visitor.visitorSays(chatUid, '<img src=x onerror="window.__pwned=4">');
    fixture.visitor.visitorPreview(chatUid, '<svg onload="window.__pwned=5">');
    await fixture.until(() => lineTexts(fixture.pane).length >= 2, { message: 'the lines' });
    const details = part<HTMLDetailsElement>(fixture.pane, 'details');
    details.open = true;
    await settlePane(fixture.pane);
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(part(fixture.pane, 'title').textContent).to.equal(name);
    const texts = lineTexts(fixture.pane).map(([, , text]) => text);
    expect(texts).to.include('<script>window.__pwned=3</script>');
    expect(texts).to.include('<img src=x onerror="window.__pwned=4">');
    expect(part(fixture.pane, 'survey').textContent).to.contain('<script>window.__pwned=2</script>');
    const root = fixture.pane.shadowRoot!;
    expect(root.querySelector('script')).to.equal(null);
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('svg')).to.equal(null);
    expect(window.__pwned).to.equal(undefined);
  });
});

describe('<whoson-chat-pane>: accessibility and keyboard', () => {
  async function chatWithLines(): Promise<PaneFixture & { chatUid: string }> {
    const fixture = await paneFixture(undefined, {});
    const chatUid = await takeChat(fixture, { siteKey: 2, name: 'Grace Hopper' });
    fixture.visitor.visitorSays(chatUid, 'My password does not work');
    fixture.session.sendMessage(chatUid, 'Let me help you with that.');
    await fixture.until(() => parts(fixture.pane, 'line').length >= 2, { message: 'lines' });
    return { ...fixture, chatUid };
  }

  it('passes axe with a conversation on screen', async () => {
    const { pane } = await chatWithLines();
    await expect(pane).to.be.accessible();
  });

  it('passes axe with the details, tools, tags, preview and picker open', async () => {
    const { pane } = await chatWithLines();
    for (const name of ['details', 'tools', 'tags-section']) {
      const details = maybePart<HTMLDetailsElement>(pane, name);
      if (details) details.open = true;
    }
    part(pane, 'preview-toggle').click();
    part(pane, 'auto-responses-toggle').click();
    await settlePane(pane);
    await expect(pane).to.be.accessible();
  });

  it('works by keyboard alone: type, send, then through the actions to close', async () => {
    const fixture = await chatWithLines();
    const { pane, chatUid } = fixture;
    part(pane, 'input').focus();
    await sendKeys({ type: 'Anything else?' });
    await sendKeys({ press: 'Enter' });
    await fixture.until(() => fixture.wire.sent('SendTo').some((frame) => frame.Params?.[1] === 'Anything else?'), {
      message: 'sent by Enter',
    });

    const order: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      await sendKeys({ press: 'Tab' });
      order.push(focusedPart(pane));
    }
    expect(order).to.deep.equal([
      'send',
      'preview-toggle',
      'auto-responses-toggle',
      'tools-summary',
      'tags-summary',
      'transfer',
      'leave',
      'close',
    ]);

    await sendKeys({ press: 'Enter' });
    await settlePane(pane);
    expect(focusedPart(pane)).to.equal('confirm-close');
    await sendKeys({ press: 'Enter' });
    await fixture.until(() => fixture.wire.sent('CloseChat').length === 1, { message: 'CloseChat' });
    await fixture.until(() => maybePart(pane, 'state-banner'), { message: 'the closed banner' });
    expect(fixture.state().conversations.get(chatUid)?.closed).to.equal(true);
  });
});

describe('<whoson-chat-pane>: lifecycle', () => {
  it('releases every store subscription when removed, and takes them again when put back', async () => {
    const fixture = await paneFixture();
    await takeChat(fixture);
    const store = fixture.session.store;
    const original = store.subscribe;
    let active = 0;
    store.subscribe = ((slice: Parameters<typeof original>[0], listener: () => void) => {
      active += 1;
      const unsubscribe = original.call(store, slice, listener);
      return () => {
        active -= 1;
        unsubscribe();
      };
    }) as typeof store.subscribe;
    try {
      const pane = fixture.pane;
      const parent = pane.parentElement!;
      pane.remove();
      parent.append(pane);
      await settlePane(pane);
      expect(active).to.be.greaterThan(0);
      expect(maybePart(pane, 'input')).not.to.equal(null, 'the pane works again');
      pane.remove();
      expect(active).to.equal(0);
      parent.append(pane);
    } finally {
      store.subscribe = original;
    }
  });
});
