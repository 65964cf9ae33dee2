import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  activeChats,
  filterChats,
  myChats,
  onlineOperatorsForTransfer,
  operatorName,
  slaLevel,
  waitingChats,
} from './selectors.js';
import { StoreHarness, chatChanged } from '../testing/store-harness.js';

function siteFrame(warning: number, reached: number) {
  return {
    EventName: 'sites',
    Data: [{ SiteKey: 1, Name: 'Site', SLAWarningSeconds: warning, SLAReachedSeconds: reached }],
  };
}

describe('waiting and active chats', () => {
  it('separates chats nobody picked up, longest waiting first', () => {
    const h = new StoreHarness();
    h.loginAs('me');
    h.wire(
      chatChanged({ ChatUID: 'recent', WaitedSeconds: 2 }),
      chatChanged({ ChatUID: 'taken', TalkingToClientId: 'other' }),
      chatChanged({ ChatUID: 'oldest', WaitedSeconds: 30 }),
      chatChanged({ ChatUID: 'mine', TalkingToClientId: 'me' }),
    );
    assert.deepEqual(
      waitingChats(h.state).map((chat) => chat.chatUid),
      ['oldest', 'recent'],
    );
    assert.deepEqual(
      activeChats(h.state)
        .map((chat) => chat.chatUid)
        .sort(),
      ['mine', 'taken'],
    );
    assert.deepEqual(
      myChats(h.state).map((chat) => chat.chatUid),
      ['mine'],
    );
  });

  it('returns the same list until the chats change', () => {
    const h = new StoreHarness();
    h.wire(chatChanged({ ChatUID: 'a' }));
    const first = waitingChats(h.state);
    h.wire({ EventName: 'msg', Data: 'unrelated' });
    assert.equal(waitingChats(h.state), first);
    h.wire(chatChanged({ ChatUID: 'b' }));
    assert.notEqual(waitingChats(h.state), first);
    assert.equal(waitingChats(h.state).length, 2);
  });

  it('narrows by site and skill; chats without skills count for every skill', () => {
    const h = new StoreHarness();
    h.wire(
      chatChanged({ ChatUID: 'sales', SkillNames: 'Sales' }),
      chatChanged({ ChatUID: 'support-2', SkillNames: 'Support', SiteKey: 2 }),
      chatChanged({ ChatUID: 'anyone', SkillNames: '' }),
    );
    const chats = waitingChats(h.state);
    const uids = (list: readonly { chatUid: string }[]) => list.map((chat) => chat.chatUid).sort();
    assert.deepEqual(uids(filterChats(chats, { siteKeys: [2] })), ['support-2']);
    assert.deepEqual(uids(filterChats(chats, { skills: ['sales'] })), ['anyone', 'sales']);
    assert.deepEqual(uids(filterChats(chats, { skills: ['Sales'], includeUnskilled: false })), [
      'sales',
    ]);
    assert.deepEqual(uids(filterChats(chats, {})), ['anyone', 'sales', 'support-2']);
  });
});

describe('slaLevel', () => {
  it('goes from ok to warning to breached as the visitor keeps waiting', () => {
    const h = new StoreHarness();
    h.wire(siteFrame(20, 40), chatChanged({ ChatUID: 'c', WaitedSeconds: 10 }));
    const level = () => slaLevel(h.state.chats.get('c')!, h.state.sites[1], h.now());
    assert.equal(level(), 'ok');
    h.advance(10_000);
    assert.equal(level(), 'warning');
    // A repeat carrying the old WaitedSeconds does not reset the clock.
    h.wire(chatChanged({ ChatUID: 'c', WaitedSeconds: 10 }));
    assert.equal(level(), 'warning');
    h.advance(20_000);
    assert.equal(level(), 'breached');
    // Taken: the wait is over.
    h.wire(chatChanged({ ChatUID: 'c', WaitedSeconds: 40, TalkingToClientId: 'op' }));
    assert.equal(level(), 'ok');
  });

  it('is ok without a site or thresholds', () => {
    const h = new StoreHarness();
    h.wire(siteFrame(0, 0), chatChanged({ ChatUID: 'c', WaitedSeconds: 3600 }));
    assert.equal(slaLevel(h.state.chats.get('c')!, h.state.sites[1], h.now()), 'ok');
    assert.equal(slaLevel(h.state.chats.get('c')!, undefined, h.now()), 'ok');
  });
});

describe('onlineOperatorsForTransfer', () => {
  function withClients(rights: string): StoreHarness {
    const h = new StoreHarness();
    h.loginAs('me', { dept: 'Support', rights });
    h.wire({
      EventName: 'clients',
      Data: [
        { ConnectionId: 'me', Name: 'Me', Dept: 'Support', Status: 0 },
        { ConnectionId: 'ann', Name: 'Ann', Dept: 'support', Status: 0 },
        { ConnectionId: 'bob', Name: 'Bob', Dept: 'Support', Status: 1 },
        { ConnectionId: 'cat', Name: 'Cat', Dept: 'Sales', Status: 0 },
        { ConnectionId: 'dan', Name: 'Dan', Dept: 'Sales', Status: 3 },
      ],
    });
    return h;
  }

  it('offers only online colleagues, never me', () => {
    const h = withClients('YYYYYYYYYYYYY0YYYYYYY');
    assert.deepEqual(
      onlineOperatorsForTransfer(h.state).map((c) => c.name),
      ['Ann', 'Cat'],
    );
  });

  it('stays within my department without the rights to go outside it', () => {
    // Position 12 (transfer outside own department) is N.
    const h = withClients('YYYYYYYYYYYNY0YYYYYYY');
    assert.deepEqual(
      onlineOperatorsForTransfer(h.state).map((c) => c.name),
      ['Ann'],
    );
    // Position 11 (see users outside own department) is N.
    const h2 = withClients('YYYYYYYYYYNYY0YYYYYYY');
    assert.deepEqual(
      onlineOperatorsForTransfer(h2.state).map((c) => c.name),
      ['Ann'],
    );
  });

  it('offers no one before login', () => {
    const h = new StoreHarness();
    h.wire({ EventName: 'clients', Data: [{ ConnectionId: 'ann', Name: 'Ann', Status: 0 }] });
    assert.deepEqual(onlineOperatorsForTransfer(h.state), []);
  });
});

describe('operatorName', () => {
  it('reads OperatorIndex: 0 the visitor, 99 the server, n the n-th taker', () => {
    const conversation = { visitorName: 'Howard', operators: ['Thomas', 'Martin'] };
    assert.equal(operatorName(conversation, 0), 'Howard');
    assert.equal(operatorName(conversation, 1), 'Thomas');
    assert.equal(operatorName(conversation, 2), 'Martin');
    assert.equal(operatorName(conversation, 3), '');
    assert.equal(operatorName(conversation, 99), '');
  });
});
