import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { StoreHarness } from '../testing/store-harness.js';

function withMartin(connectionId = 'martin-1'): StoreHarness {
  const h = new StoreHarness();
  h.loginAs('me');
  h.wire({
    EventName: 'clients',
    Data: [{ ConnectionId: connectionId, UserName: 'martin@x', Name: 'Martin', Status: 0 }],
  });
  return h;
}

function history(lines: Array<[id: string, dated: string, mine: boolean, text: string]>) {
  // Newest first, as the server sends them.
  return {
    EventName: 'clientchat',
    Params: ['martin@x'],
    Data: [...lines]
      .sort((a, b) => (a[1] < b[1] ? 1 : -1))
      .map(([Id, Dated, MyLine, Text]) => ({ Id, Dated, MyLine, Text })),
  };
}

function texts(h: StoreHarness): string[] {
  return (h.state.userChats['martin@x']?.lines ?? []).map(
    (line) => `${line.mine ? 'me' : 'him'}:${line.text}:${line.state}`,
  );
}

describe('user-to-user chats', () => {
  it('keeps one thread per colleague across his reconnections', () => {
    const h = withMartin('martin-1');
    h.wire({ EventName: 'fromclient', Params: ['martin-1'], Data: 'first' });
    h.wire({
      EventName: 'clientevent',
      Data: { ConnectionId: 'martin-2', UserName: 'martin@x', Name: 'Martin', Status: 0 },
    });
    h.wire({ EventName: 'fromclient', Params: ['martin-2'], Data: 'second' });
    assert.deepEqual(Object.keys(h.state.userChats), ['martin@x']);
    assert.deepEqual(texts(h), ['him:first:received', 'him:second:received']);
    assert.equal(h.state.userChats['martin@x']?.connectionId, 'martin-2');
    assert.equal(h.state.userChats['martin@x']?.unread, 2);
    h.dispatch({ name: 'local:user-chat-read', payload: { userName: 'martin@x' } });
    assert.equal(h.state.userChats['martin@x']?.unread, 0);
  });

  it('shows my messages as pending, then sent or failed', () => {
    const h = withMartin();
    h.dispatch(
      {
        name: 'local:user-message-queued',
        payload: { connectionId: 'martin-1', localId: 'u1', text: 'hi', at: h.now() },
      },
      {
        name: 'local:user-message-queued',
        payload: { connectionId: 'martin-1', localId: 'u2', text: 'there?', at: h.now() },
      },
    );
    assert.deepEqual(texts(h), ['me:hi:pending', 'me:there?:pending']);
    h.dispatch(
      { name: 'local:user-message-sent', payload: { localId: 'u1' } },
      { name: 'local:user-message-failed', payload: { localId: 'u2', reason: 'offline' } },
    );
    assert.deepEqual(texts(h), ['me:hi:sent', 'me:there?:failed']);
    assert.equal(h.state.userChats['martin@x']?.lines[1]?.reason, 'offline');
  });

  it('merges history by id and never shows a live line twice', () => {
    const h = withMartin();
    h.wire(history([['1', '2024-01-10T10:00:00', false, 'old hello']]));
    h.wire({ EventName: 'fromclient', Params: ['martin-1'], Data: 'new question' });
    h.dispatch(
      {
        name: 'local:user-message-queued',
        payload: { connectionId: 'martin-1', localId: 'u1', text: 'my answer', at: h.now() },
      },
      { name: 'local:user-message-sent', payload: { localId: 'u1' } },
      {
        name: 'local:user-message-queued',
        payload: { connectionId: 'martin-1', localId: 'u2', text: 'still queued', at: h.now() },
      },
    );
    // After a reconnect the newest page holds the lines seen live.
    h.wire(
      history([
        ['1', '2024-01-10T10:00:00', false, 'old hello'],
        ['2', '2024-01-15T09:00:00', false, 'new question'],
        ['3', '2024-01-15T09:00:05', true, 'my answer'],
      ]),
    );
    assert.deepEqual(texts(h), [
      'him:old hello:received',
      'him:new question:received',
      'me:my answer:received',
      'me:still queued:pending',
    ]);
    assert.equal(new Set(h.state.userChats['martin@x']?.lines.map((line) => line.key)).size, 4);
  });

  it('adds an older page before the lines held, without touching live ones', () => {
    const h = withMartin();
    h.wire(history([['5', '2024-01-15T09:00:00', false, 'ok']]));
    h.wire({ EventName: 'fromclient', Params: ['martin-1'], Data: 'ok' });
    h.wire(
      history([
        ['1', '2023-12-01T10:00:00', false, 'ok'],
        ['2', '2023-12-01T10:01:00', true, 'older'],
      ]),
    );
    assert.deepEqual(texts(h), [
      'him:ok:received',
      'me:older:received',
      'him:ok:received',
      'him:ok:received',
    ]);
    assert.equal(h.state.userChats['martin@x']?.oldestId, '1');
  });

  it('shows and clears his typing', () => {
    const h = withMartin();
    h.wire({ EventName: 'c1', Params: ['martin-1'] });
    assert.equal(h.state.userChats['martin@x']?.typingAt, h.now());
    h.wire({ EventName: 'fromclient', Params: ['martin-1'], Data: 'done' });
    assert.equal(h.state.userChats['martin@x']?.typingAt, null);
  });
});
