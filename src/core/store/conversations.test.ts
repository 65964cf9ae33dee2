import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalAction } from './actions.js';
import { isVisitorTyping, TYPING_EXPIRY_MS } from './selectors.js';
import { SPEC_CHAT, StoreHarness, chatChanged } from '../testing/store-harness.js';

const CHAT = SPEC_CHAT;

function accepted(): StoreHarness {
  const h = new StoreHarness();
  h.loginAs('me', { name: 'Thomas' });
  h.wire(chatChanged({ TalkingToClientId: 'me' }), {
    EventName: 'chataccepted',
    Params: [CHAT, ''],
  });
  return h;
}

function queued(localId: string, text: string, at = 0): LocalAction {
  return { name: 'local:message-queued', payload: { chatUid: CHAT, localId, text, at } };
}

function sent(localId: string): LocalAction {
  return { name: 'local:message-sent', payload: { localId } };
}

function failed(localId: string, reason: string): LocalAction {
  return { name: 'local:message-failed', payload: { localId, reason } };
}

/** A `currentchat` frame with these lines (operator index 1 is Thomas, 0 the visitor). */
function currentChat(lines: Array<[number, string]>, takenBy = 'Thomas') {
  return {
    EventName: 'currentchat',
    Params: [CHAT],
    Data: {
      ChatHeader: { ChatUID: CHAT, SiteKey: 1, Name: 'Howard Williams', TakenByUsers: takenBy },
      PreChatSurvey: [],
      PostChatSurvey: [],
      Lines: lines.map(([index, message], i) => ({
        Dated: `2024-01-15T09:00:${String(i).padStart(2, '0')}`,
        OperatorIndex: index,
        Message: message,
      })),
      VisitDetail: null,
    },
  };
}

function view(h: StoreHarness) {
  const conversation = h.state.conversations.get(CHAT);
  assert.ok(conversation);
  return conversation.lines.map((line) => `${line.from}:${line.text}:${line.state}`);
}

describe('my messages', () => {
  it('shows a message at once as pending, then sent or failed with the reason', () => {
    const h = accepted();
    h.dispatch(queued('a', 'Hello', h.now()), queued('b', 'Anyone?', h.now()));
    assert.deepEqual(view(h), ['operator:Hello:pending', 'operator:Anyone?:pending']);
    const line = h.state.conversations.get(CHAT)?.lines[0];
    assert.equal(line?.operatorName, 'Thomas');
    assert.equal(line?.localId, 'a');
    assert.equal(line?.dated, new Date(h.now()).toISOString());

    h.dispatch(sent('a'), failed('b', 'The chat closed while the connection was down.'));
    assert.deepEqual(view(h), ['operator:Hello:sent', 'operator:Anyone?:failed']);
    assert.equal(
      h.state.conversations.get(CHAT)?.lines[1]?.reason,
      'The chat closed while the connection was down.',
    );
  });

  it('puts a failed message back to pending when it is queued again', () => {
    const h = accepted();
    h.dispatch(queued('a', 'Hello'), failed('a', 'offline'), queued('a', 'Hello'));
    assert.deepEqual(view(h), ['operator:Hello:pending']);
    assert.equal(h.state.conversations.get(CHAT)?.lines[0]?.reason, undefined);
  });

  it('ignores delivery news about a line it does not hold', () => {
    const h = accepted();
    const before = h.state;
    h.dispatch(sent('unknown'), failed('unknown', 'x'));
    assert.equal(h.state, before);
  });
});

describe('currentchat reconciliation', () => {
  it('never shows a line twice: my sent line found in the snapshot gives way to it', () => {
    const h = accepted();
    h.wire({ EventName: 'message', Params: [CHAT], Data: 'I need prices' });
    h.dispatch(queued('a', 'Which product?'), sent('a'));
    h.dispatch(queued('b', 'Are you there?'));
    h.dispatch(queued('c', 'Hello?'), failed('c', 'offline'));

    // After a re-login the server sends the whole transcript, my sent line included.
    h.wire(
      currentChat([
        [99, 'Please wait.'],
        [0, 'I need prices'],
        [1, 'Which product?'],
      ]),
    );
    assert.deepEqual(view(h), [
      'system:Please wait.:received',
      'visitor:I need prices:received',
      'operator:Which product?:received',
      'operator:Are you there?:pending',
      'operator:Hello?:failed',
    ]);

    // The same snapshot again: still no duplicate, and the same keys.
    const keys = h.state.conversations.get(CHAT)?.lines.map((line) => line.key);
    h.wire(
      currentChat([
        [99, 'Please wait.'],
        [0, 'I need prices'],
        [1, 'Which product?'],
      ]),
    );
    assert.deepEqual(
      h.state.conversations.get(CHAT)?.lines.map((line) => line.key),
      keys,
    );
    assert.equal(new Set(keys).size, keys?.length);
  });

  it('keeps a sent line the snapshot does not have, after it', () => {
    const h = accepted();
    h.dispatch(queued('a', 'Lost on the way'), sent('a'));
    h.wire(currentChat([[0, 'Hi']]));
    assert.deepEqual(view(h), ['visitor:Hi:received', 'operator:Lost on the way:sent']);
  });

  it('matches each snapshot line to one of my lines at most', () => {
    const h = accepted();
    h.dispatch(queued('a', 'ok'), sent('a'), queued('b', 'ok'), sent('b'));
    h.wire(
      currentChat([
        [0, 'Thanks'],
        [1, 'ok'],
      ]),
    );
    assert.deepEqual(view(h), [
      'visitor:Thanks:received',
      'operator:ok:received',
      'operator:ok:sent',
    ]);
  });

  it('recognises my Markdown line in the HTML the server stored', () => {
    const h = accepted();
    h.dispatch(queued('a', 'Our **best** price: 10 EUR.'), sent('a'));
    h.wire(currentChat([[1, 'Our <strong>best</strong> price: 10 EUR.']]));
    assert.equal(h.state.conversations.get(CHAT)?.lines.length, 1);
    assert.equal(h.state.conversations.get(CHAT)?.lines[0]?.state, 'received');
  });

  it('does not take a visitor line for my line', () => {
    const h = accepted();
    h.dispatch(queued('a', 'yes'), sent('a'));
    h.wire(currentChat([[0, 'yes']]));
    assert.deepEqual(view(h), ['visitor:yes:received', 'operator:yes:sent']);
  });

  it('counts the visitor lines the snapshot brings beyond those on screen as unread', () => {
    const h = accepted();
    h.wire({ EventName: 'message', Params: [CHAT], Data: 'one' });
    h.dispatch({ name: 'local:conversation-read', payload: { chatUid: CHAT } });
    assert.equal(h.state.conversations.get(CHAT)?.unread, 0);
    h.wire(
      currentChat([
        [0, 'one'],
        [1, 'answer'],
        [0, 'two'],
        [0, 'three'],
      ]),
    );
    assert.equal(h.state.conversations.get(CHAT)?.unread, 2);
  });

  it('names operators by their index in TakenByUsers', () => {
    const h = accepted();
    h.wire(
      currentChat(
        [
          [1, 'from Martin'],
          [2, 'from Thomas'],
        ],
        'Martin,Thomas',
      ),
    );
    assert.deepEqual(
      h.state.conversations.get(CHAT)?.lines.map((line) => line.operatorName),
      ['Martin', 'Thomas'],
    );
  });
});

describe('server notes on my lines', () => {
  it('shows what the filter let through beside what I typed', () => {
    const h = accepted();
    h.dispatch(queued('a', 'call 0123'), sent('a'), queued('b', 'something else'), sent('b'));
    h.wire({
      EventName: 'SendToFiltered',
      Params: [CHAT],
      Data: 'call ****<original>call 0123</original>',
    });
    const [first, second] = h.state.conversations.get(CHAT)?.lines ?? [];
    assert.equal(first?.text, 'call 0123');
    assert.equal(first?.filteredText, 'call ****');
    assert.equal(second?.filteredText, undefined);
  });
});

describe('visitor typing', () => {
  it('expires on the receiving side when no stop arrives', () => {
    const h = accepted();
    h.wire({ EventName: '1', Params: [CHAT] });
    const conversation = () => h.state.conversations.get(CHAT)!;
    const started = h.now();
    assert.equal(isVisitorTyping(conversation(), started), true);
    assert.equal(isVisitorTyping(conversation(), started + TYPING_EXPIRY_MS - 1), true);
    assert.equal(isVisitorTyping(conversation(), started + TYPING_EXPIRY_MS), false);

    // A preview is news that they are still typing.
    h.advance(TYPING_EXPIRY_MS - 1000);
    h.wire({ EventName: 'preview', Params: [CHAT], Data: 'Do you' });
    assert.equal(isVisitorTyping(conversation(), started + TYPING_EXPIRY_MS + 5000), true);
    assert.equal(conversation().preview, 'Do you');

    // The message ends it, and clears the preview.
    h.wire({ EventName: 'message', Params: [CHAT], Data: 'Do you ship?' });
    assert.equal(isVisitorTyping(conversation(), h.now()), false);
    assert.equal(conversation().preview, '');
  });
});

describe('conversation life', () => {
  it('is no longer mine once I leave it, and is put away when dismissed', () => {
    const h = accepted();
    h.dispatch({ name: 'local:chat-left', payload: { chatUid: CHAT } });
    assert.equal(h.state.conversations.get(CHAT)?.left, true);
    h.wire({ EventName: 'chataccepted', Params: [CHAT] });
    assert.equal(h.state.conversations.get(CHAT)?.left, false, 'taken again');
    h.dispatch({ name: 'local:conversation-dismissed', payload: { chatUid: CHAT } });
    assert.equal(h.state.conversations.get(CHAT), undefined);
  });

  it('is opened by the chat list when a chat is taken by my connection', () => {
    const h = new StoreHarness();
    h.loginAs('me');
    const conversation = () => h.state.conversations.get(CHAT);
    h.wire(chatChanged({ TalkingToClientId: 'someone-else' }));
    assert.equal(conversation(), undefined);
    h.wire(chatChanged({ TalkingToClientId: 'me', Name: 'Howard' }));
    assert.equal(conversation()?.visitorName, 'Howard');
    assert.equal(conversation()?.siteKey, 1);
  });

  it('leaves a message for a chat I do not hold out of my conversations', () => {
    const h = new StoreHarness();
    h.loginAs('me');
    h.wire(chatChanged());
    h.wire({ EventName: 'message', Params: [CHAT], Data: 'hello?' });
    assert.equal(h.state.conversations.size, 0);
    assert.equal(h.state.chats.get(CHAT)?.lastVisitorMessage?.text, 'hello?');
  });
});
