import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SPEC_CHAT, StoreHarness, chatData, type WireFrame } from '../testing/store-harness.js';

function site(siteKey: number): Record<string, unknown> {
  return {
    SiteKey: siteKey,
    Name: `Site ${siteKey}`,
    SLAWarningSeconds: 20,
    SLAReachedSeconds: 40,
  };
}

function client(connectionId: string, name: string, status = 0): Record<string, unknown> {
  return { ConnectionId: connectionId, UserName: `${name}@x`, Name: name, Status: status };
}

function postLogin(
  connectionId: string,
  lists: { sites: number[]; clients: string[]; chats: string[]; missed?: string[] },
): WireFrame[] {
  const frames: WireFrame[] = [
    {
      EventName: 'nameduser',
      Params: [connectionId],
      Data: { Username: 'me@x', Name: 'Me', Rights: 'YYYYYYYYYYYYY0YYYYYYY' },
    },
    { EventName: 'sites', Data: lists.sites.map(site) },
    { EventName: 'clients', Data: lists.clients.map((id) => client(id, id)) },
    {
      EventName: 'chatting',
      Data: lists.chats.map((uid) => chatData({ ChatUID: uid, TalkingToClientId: 'someone' })),
    },
  ];
  if (lists.missed) {
    frames.push({
      EventName: 'missedchats',
      Data: lists.missed.map((uid) => ({ ChatUID: uid, Name: uid })),
    });
  }
  frames.push({ EventName: 'connected', Params: [connectionId], Data: {} });
  return frames;
}

function firstSession(h: StoreHarness): void {
  h.dispatch({ name: 'local:login-started', payload: { relogin: false } });
  h.wire({ EventName: 'clientsettings', Data: { Theme: 'Dark' } });
  h.wire(
    ...postLogin('first', {
      sites: [1, 2],
      clients: ['a', 'b'],
      chats: ['x', 'y'],
      missed: ['m1'],
    }),
  );
}

describe('re-login', () => {
  it('marks the rebuilt lists stale and keeps showing them until they arrive', () => {
    const h = new StoreHarness();
    firstSession(h);
    assert.deepEqual(h.state.sync.stale, { me: false, sites: false, clients: false, chats: false });

    h.dispatch({ name: 'local:login-started', payload: { relogin: true } });
    assert.equal(h.state.sync.relogin, true);
    assert.deepEqual(h.state.sync.stale, { me: true, sites: true, clients: true, chats: true });
    assert.deepEqual(Object.keys(h.state.sites), ['1', '2'], 'no flash of empty lists');
    assert.deepEqual([...h.state.chats.keys()].sort(), ['x', 'y']);
    assert.equal(h.state.me.loggedIn, false);
    // What the server may not send again is cleared at once.
    assert.deepEqual(h.state.missedChats, {});
    assert.equal(h.state.me.clientSettings, null);
  });

  it('replaces every list with the new login, never merging', () => {
    const h = new StoreHarness();
    firstSession(h);
    h.dispatch({ name: 'local:login-started', payload: { relogin: true } });
    h.wire(...postLogin('second', { sites: [2, 3], clients: ['b', 'c'], chats: ['y', 'z'] }));
    assert.deepEqual(Object.keys(h.state.sites), ['2', '3']);
    assert.deepEqual(Object.keys(h.state.clients).sort(), ['b', 'c']);
    assert.deepEqual([...h.state.chats.keys()].sort(), ['y', 'z']);
    assert.deepEqual(h.state.missedChats, {}, 'no missedchats this time: none');
    assert.equal(h.state.me.connectionId, 'second');
    assert.equal(h.state.me.loggedIn, true);
    assert.deepEqual(h.state.sync.stale, { me: false, sites: false, clients: false, chats: false });
  });

  it('empties a list the server did not send before connected', () => {
    const h = new StoreHarness();
    firstSession(h);
    h.dispatch({ name: 'local:login-started', payload: { relogin: true } });
    h.wire(
      { EventName: 'nameduser', Params: ['second'], Data: { Username: 'me@x', Name: 'Me' } },
      { EventName: 'sites', Data: [site(1)] },
      { EventName: 'connected', Params: ['second'], Data: {} },
    );
    assert.deepEqual(Object.keys(h.state.sites), ['1']);
    assert.deepEqual(h.state.clients, {});
    assert.equal(h.state.chats.size, 0);
  });

  it('keeps my conversations, closes those whose chat ended meanwhile, drops stale requests', () => {
    const h = new StoreHarness();
    h.loginAs('first');
    h.wire(
      {
        EventName: 'chatting',
        Data: [
          chatData({ ChatUID: 'kept', TalkingToClientId: 'first' }),
          chatData({ ChatUID: 'ended', TalkingToClientId: 'first' }),
        ],
      },
      { EventName: 'message', Params: ['kept'], Data: 'still here?' },
      { EventName: 'chat', Params: ['waiting', '1', 'Ann', '', ''] },
      { EventName: 'chat', Params: ['vanished', '1', 'Bob', '', ''] },
    );
    assert.ok(h.state.conversations.get('kept') && h.state.conversations.get('ended'));

    h.dispatch({ name: 'local:login-started', payload: { relogin: true } });
    h.wire(
      { EventName: 'nameduser', Params: ['second'], Data: { Username: 'me@x', Name: 'Me' } },
      {
        EventName: 'chatting',
        // The server released my chats when the connection dropped.
        Data: [
          chatData({ ChatUID: 'kept', TalkingToClientId: '' }),
          chatData({ ChatUID: 'waiting', TalkingToClientId: '' }),
        ],
      },
      { EventName: 'connected', Params: ['second'], Data: {} },
    );
    const kept = h.state.conversations.get('kept');
    assert.equal(kept?.closed, false);
    assert.deepEqual(
      kept?.lines.map((line) => line.text),
      ['still here?'],
    );
    assert.equal(h.state.conversations.get('ended')?.closed, true);
    assert.deepEqual([...h.state.requests.chats.keys()], ['waiting']);
  });

  it('does not mark stale on the first login the lists that never existed', () => {
    const h = new StoreHarness();
    h.dispatch({ name: 'local:login-started', payload: { relogin: false } });
    assert.equal(h.state.sync.relogin, false);
    h.wire(...postLogin('me', { sites: [1], clients: ['me'], chats: [SPEC_CHAT] }));
    assert.deepEqual([...h.state.chats.keys()], [SPEC_CHAT]);
    assert.equal(h.state.me.status, 0);
  });
});

describe('chatchanged', () => {
  it('creates a chat that no chat event announced', () => {
    const h = new StoreHarness();
    h.wire({
      EventName: 'chatchanged',
      Params: ['c1'],
      Data: chatData({ ChatUID: 'c1', Name: 'Ann' }),
    });
    assert.equal(h.state.chats.get('c1')?.name, 'Ann');
    assert.equal(h.state.chats.get('c1')?.receivedAt, h.now());
  });

  it('may repeat: an identical repeat changes nothing, a change updates the one entry', () => {
    const h = new StoreHarness();
    const frame = {
      EventName: 'chatchanged',
      Params: ['c1'],
      Data: chatData({ ChatUID: 'c1', WaitedSeconds: 4 }),
    };
    h.wire(frame, { EventName: 'chatchanged', Params: ['c2'], Data: chatData({ ChatUID: 'c2' }) });
    const before = h.state;
    let woken = 0;
    h.store.subscribe('chats', () => (woken += 1));

    h.advance(3_000);
    h.wire(frame, frame);
    assert.equal(h.state, before);
    assert.equal(woken, 0);

    h.wire({ ...frame, Data: chatData({ ChatUID: 'c1', WaitedSeconds: 7, QueuePos: 2 }) });
    assert.equal(woken, 1);
    assert.equal(h.state.chats.get('c1')?.queuePos, 2);
    assert.equal(h.state.chats.get('c2'), before.chats.get('c2'), 'the other chats are the same objects');
    assert.equal([...h.state.chats.keys()].length, 2);
  });

  it('leaves my conversation untouched when it repeats unchanged', () => {
    const h = new StoreHarness();
    h.loginAs('me');
    const frame = {
      EventName: 'chatchanged',
      Params: ['c1'],
      Data: chatData({ ChatUID: 'c1', TalkingToClientId: 'me' }),
    };
    h.wire(frame);
    const conversations = h.state.conversations;
    assert.ok(conversations.get('c1'));
    h.wire(frame);
    assert.equal(h.state.conversations, conversations);
  });

  it('ends the waiting row once the chat is taken, and chatclosed removes it', () => {
    const h = new StoreHarness();
    h.wire({ EventName: 'chatchanged', Params: ['c1'], Data: chatData({ ChatUID: 'c1' }) });
    h.wire({
      EventName: 'chatchanged',
      Params: ['c1'],
      Data: chatData({ ChatUID: 'c1', TalkingToClientId: 'op' }),
    });
    assert.equal(h.state.chats.get('c1')?.talkingToClientId, 'op');
    h.wire({ EventName: 'chatclosed', Params: ['c1'] });
    assert.equal(h.state.chats.size, 0);
  });
});
