import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { StoreAction } from './actions.js';
import { createStore, type StoreError } from './store.js';
import { SPEC_CHAT, StoreHarness, chatChanged } from '../testing/store-harness.js';
import { wire } from '../testing/wire-events.js';

describe('store subscriptions', () => {
  it('wakes only the subscribers of the slices that changed', () => {
    const h = new StoreHarness();
    const calls: string[] = [];
    h.store.subscribe('chats', () => calls.push('chats'));
    h.store.subscribe('visitors', () => calls.push('visitors'));
    h.store.subscribe('notices', () => calls.push('notices'));

    h.wire(chatChanged());
    assert.deepEqual(calls, ['chats']);

    h.wire({ EventName: 'error', Data: 'Access denied' });
    assert.deepEqual(calls, ['chats', 'notices']);
  });

  it('passes the new slice value and stops after unsubscribing', () => {
    const h = new StoreHarness();
    const seen: number[] = [];
    const unsubscribe = h.store.subscribe('chats', (chats) => seen.push(chats.size));
    h.wire(chatChanged());
    h.wire(chatChanged({ ChatUID: 'second' }));
    unsubscribe();
    h.wire(chatChanged({ ChatUID: 'third' }));
    assert.deepEqual(seen, [1, 2]);
    assert.equal([...h.state.chats.keys()].length, 3);
  });

  it('keeps the same state object for an action that changes nothing', () => {
    const h = new StoreHarness();
    h.wire(chatChanged());
    const before = h.state;
    let all = 0;
    h.store.subscribeAll(() => (all += 1));
    h.wire({ EventName: 'noop' }, { EventName: 'accepted' });
    h.dispatch({ name: 'local:conversation-read', payload: { chatUid: 'unknown' } });
    assert.equal(h.state, before);
    assert.equal(all, 0);
  });

  it('calls subscribeAll once per changing action with the previous state', () => {
    const h = new StoreHarness();
    const changes: Array<[number, number]> = [];
    h.store.subscribeAll((state, previous) =>
      changes.push([[...previous.chats.keys()].length, [...state.chats.keys()].length]),
    );
    h.wire(chatChanged(), chatChanged({ ChatUID: 'b' }));
    assert.deepEqual(changes, [
      [0, 1],
      [1, 2],
    ]);
  });

  it('runs a dispatch made by a listener after the current one, in order', () => {
    const h = new StoreHarness();
    const order: string[] = [];
    h.store.subscribe('chats', (chats) => {
      order.push(`chats:${chats.size}`);
      if (chats.size === 1) h.wire({ EventName: 'msg', Data: 'from a listener' });
    });
    h.store.subscribe('notices', (notices) => order.push(`notices:${notices.items.length}`));
    h.wire(chatChanged());
    assert.deepEqual(order, ['chats:1', 'notices:1']);
  });

  it('gives reducers the time of the injected clock', () => {
    let now = 5_000;
    const store = createStore({ now: () => now });
    store.dispatch(wire(chatChanged({ WaitedSeconds: 2 })));
    assert.equal(store.getState().chats.get(SPEC_CHAT)?.receivedAt, 5_000);
    assert.equal(store.getState().chats.get(SPEC_CHAT)?.waitingSince, 3_000);
    now = 9_000;
    store.dispatch(wire({ EventName: 'msg', Data: 'later' }));
    assert.equal(store.getState().notices.items[0]?.at, 9_000);
  });
});

describe('store resilience', () => {
  it('reports a throwing reducer, keeps its slice and applies the action elsewhere', () => {
    const h = new StoreHarness();
    h.loginAs('me');
    h.wire(chatChanged({ TalkingToClientId: 'me' }));
    assert.ok(h.state.conversations.get(SPEC_CHAT));
    const chatsBefore = h.state.chats;

    // A chat list whose entry lacks TalkingToClientId altogether: the chats reducer trips.
    const broken = {
      chatUid: SPEC_CHAT,
      siteKey: 1,
      ip: '',
      trackingId: '',
      name: 'Renamed',
      dept: '',
      skillIds: [],
      skillNames: [],
      waitedSeconds: 0,
      queuePos: 0,
      talkingToClientId: undefined,
      lang: '',
      translation: false,
      monitoredBy: '',
      location: '',
      channel: '',
      chatNumber: null,
    };
    const weird = { name: 'chatting', payload: { chats: [broken] } } as unknown as StoreAction;
    h.dispatch(weird);

    assert.equal(h.errors.length, 1);
    assert.equal(h.errors[0]?.slice, 'chats');
    assert.equal(h.errors[0]?.phase, 'reducer');
    assert.equal(h.errors[0]?.action, weird);
    assert.ok(h.errors[0]?.error instanceof TypeError);
    assert.equal(h.state.chats, chatsBefore, 'the failing slice keeps its previous value');
    assert.equal(
      h.state.conversations.get(SPEC_CHAT)?.chat?.name,
      'Renamed',
      'the other slices still applied it',
    );

    // The store goes on working.
    h.wire(chatChanged({ ChatUID: 'next' }));
    assert.ok(h.state.chats.get('next'));
  });

  it('survives an action with no payload at all', () => {
    const h = new StoreHarness();
    h.wire(chatChanged());
    const before = h.state;
    h.dispatch({ name: 'chatchanged' } as unknown as StoreAction);
    assert.equal(h.state, before);
    assert.ok(h.errors.length > 0);
    assert.ok(
      h.errors.every((error) => error.phase === 'reducer' && error.action.name === 'chatchanged'),
    );
  });

  it('reports a throwing listener and still notifies the others', () => {
    const h = new StoreHarness();
    const calls: string[] = [];
    h.store.subscribe('chats', () => {
      throw new Error('listener bug');
    });
    h.store.subscribe('chats', () => calls.push('second'));
    h.store.subscribeAll(() => calls.push('all'));
    h.wire(chatChanged());
    assert.deepEqual(calls, ['second', 'all']);
    assert.equal(h.errors.length, 1);
    assert.equal(h.errors[0]?.phase, 'listener');
    assert.equal(h.errors[0]?.slice, 'chats');
    assert.ok(h.state.chats.get(SPEC_CHAT));
  });

  it('stops reporting to an error listener once it unsubscribed', () => {
    const store = createStore();
    const seen: StoreError[] = [];
    const stop = store.onError((error) => seen.push(error));
    store.dispatch({ name: 'visitor' } as unknown as StoreAction);
    const count = seen.length;
    assert.ok(count > 0);
    stop();
    const originalError = console.error;
    console.error = () => {};
    try {
      store.dispatch({ name: 'visitor' } as unknown as StoreAction);
    } finally {
      console.error = originalError;
    }
    assert.equal(seen.length, count);
  });
});

describe('a store mirroring another (a page of a shared session)', () => {
  it('reaches the same state from a snapshot and the same actions at the same times', () => {
    const source = new StoreHarness();
    source.wire(chatChanged());
    const mirror = createStore({ now: () => 0 });
    mirror.replace(source.state);
    source.store.onAction((action, at) => mirror.dispatch(action, at));
    source.advance(5_000);
    source.wire({ EventName: 'chatclosed', Params: [SPEC_CHAT] });
    source.store.dispatch({ name: 'local:draft-changed', payload: { chatUid: SPEC_CHAT, text: 'Bye', caret: 3 } });
    source.advance(1_000);
    source.wire(chatChanged({ ChatUID: 'second' }));
    assert.deepEqual(mirror.getState(), source.state);
  });

  it('tells action listeners of every action, changed or not, before slice subscribers', () => {
    const store = createStore({ now: () => 42 });
    const heard: string[] = [];
    store.onAction((action, at) => heard.push(`${action.name}@${at}`));
    store.subscribe('notices', () => heard.push('notices'));
    store.dispatch(wire({ EventName: 'error', Data: 'Access denied' }));
    store.dispatch({ name: 'local:conversation-read', payload: { chatUid: 'none' } }, 7);
    assert.deepEqual(heard, ['error@42', 'notices', 'local:conversation-read@7']);
  });

  it('wakes the subscribers of the slices a snapshot changed', () => {
    const source = new StoreHarness();
    source.wire(chatChanged());
    const mirror = createStore();
    const woken: string[] = [];
    mirror.subscribe('chats', () => woken.push('chats'));
    mirror.subscribe('visitors', () => woken.push('visitors'));
    mirror.replace(source.state);
    assert.deepEqual(woken, ['chats']);
  });
});
