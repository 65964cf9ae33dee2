import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SPEC_CHAT, StoreHarness, chatChanged } from '../testing/store-harness.js';

describe('local actions', () => {
  it('shows my whispers in the chat I monitor until they went out', () => {
    const h = new StoreHarness();
    h.loginAs('me', { name: 'Stephen' });
    h.spec('Monitoring (Event)', 'MonitoredChat (Event)');
    h.dispatch(
      {
        name: 'local:whisper-queued',
        payload: { chatUid: SPEC_CHAT, localId: 'w1', text: 'Check the price list', at: h.now() },
      },
      {
        name: 'local:whisper-queued',
        payload: { chatUid: SPEC_CHAT, localId: 'w2', text: 'Too late?', at: h.now() },
      },
      { name: 'local:whisper-sent', payload: { localId: 'w1' } },
      { name: 'local:whisper-failed', payload: { localId: 'w2', reason: 'offline' } },
    );
    const lines = h.state.monitoring[SPEC_CHAT]?.lines ?? [];
    assert.deepEqual(
      lines.slice(-2).map((line) => [line.whisper, line.operatorName, line.text, line.state]),
      [
        [true, 'Stephen', 'Check the price list', 'sent'],
        [true, 'Stephen', 'Too late?', 'failed'],
      ],
    );
    // A new snapshot of the chat keeps them: the server's transcript never has whispers.
    h.spec('MonitoredChat (Event)');
    assert.equal(h.state.monitoring[SPEC_CHAT]?.lines.length, 11);
    h.dispatch({ name: 'local:monitor-stopped', payload: { chatUid: SPEC_CHAT } });
    assert.deepEqual(h.state.monitoring, {});
  });

  it('keeps the whispers I received when my transcript is refreshed', () => {
    const h = new StoreHarness();
    h.loginAs('me');
    h.wire(chatChanged({ TalkingToClientId: 'me' }));
    h.spec('ChatAccepted (Event)', 'Whisper (Event)', 'CurrentChat (Event)');
    const lines = h.state.conversations.get(SPEC_CHAT)?.lines ?? [];
    assert.equal(lines.length, 10);
    assert.equal(lines[9]?.whisper, true);
  });

  it('dismisses one kind of request or all of a chat', () => {
    const h = new StoreHarness();
    h.spec('Chat (Event)', 'Transfer (Event) — Chat Requests', 'RequestMonitor (Event)');
    h.dispatch({
      name: 'local:request-dismissed',
      payload: { chatUid: SPEC_CHAT, kind: 'transfer' },
    });
    assert.ok(h.state.requests.chats.get(SPEC_CHAT));
    assert.equal(h.state.requests.transfers.get(SPEC_CHAT), undefined);
    assert.ok(h.state.requests.monitors.get(SPEC_CHAT));
    h.dispatch({ name: 'local:request-dismissed', payload: { chatUid: SPEC_CHAT } });
    const { chats, transfers, monitors } = h.state.requests;
    assert.deepEqual([chats.size, transfers.size, monitors.size], [0, 0, 0]);
  });

  it('puts a notice away by id, and bounds the list', () => {
    const h = new StoreHarness();
    for (let i = 0; i < 60; i += 1) h.wire({ EventName: 'msg', Data: `notice ${i}` });
    assert.equal(h.state.notices.items.length, 50);
    assert.equal(h.state.notices.items[0]?.text, 'notice 10');
    const id = h.state.notices.items[49]!.id;
    h.dispatch({ name: 'local:notice-dismissed', payload: { id } });
    assert.equal(h.state.notices.items.length, 49);
    assert.ok(h.state.notices.items.every((notice) => notice.id !== id));
    h.wire({ EventName: 'error', Data: 'after' });
    assert.ok(h.state.notices.items.at(-1)!.id > id, 'ids are never reused');
  });

  it('empties the listen view when listen mode stops', () => {
    const h = new StoreHarness();
    h.dispatch({
      name: 'local:listening-changed',
      payload: { listening: true, chatUids: ['a', 'b'] },
    });
    assert.deepEqual(Object.keys(h.state.listen.chats), ['a', 'b']);
    h.spec('ListenV (Event)');
    h.dispatch({ name: 'local:listening-changed', payload: { listening: false } });
    assert.deepEqual(h.state.listen, { listening: false, chats: {} });
  });

  it('is logged out while disconnected', () => {
    const h = new StoreHarness();
    h.loginAs('me');
    h.dispatch({ name: 'local:disconnected', payload: {} });
    assert.equal(h.state.me.loggedIn, false);
    assert.equal(h.state.me.connectionId, 'me', 'kept until the next login replaces it');
  });
});
