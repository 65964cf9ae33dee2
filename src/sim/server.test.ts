import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Connection } from '../core/connection.js';
import type { WhosOnEvent } from '../core/protocol/event-map.js';
import { FakeClock } from '../core/testing/fake-clock.js';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD, DEMO_SKILL_IDS, makeChat } from './default-data.js';
import { memorySocketFor } from './memory-socket.js';
import { sessionFamily } from './handlers/session.js';
import { SimServer, type OperatorConnection, type SimServerOptions } from './server.js';
import { RawClient, settle } from './testing/raw-client.js';

interface WireClient {
  ConnectionId: string;
  UserName: string;
  Status: number;
  StatusMessage: string;
}

function setup(options: Omit<SimServerOptions, 'clock'> = {}) {
  const clock = new FakeClock();
  const server = new SimServer({ clock, seed: 11, ...options });
  return { clock, server };
}

const thomasAddress = '10.0.0.1';
const martinAddress = '10.0.0.2';
const adminAddress = '10.0.0.3';

describe('clients fan-out', () => {
  it('shows Thomas Martin arriving, changing status and leaving, through the real client', async () => {
    const { clock, server } = setup();
    const thomas = new Connection({
      url: 'ws://sim.test',
      WebSocket: memorySocketFor(server, { remoteAddress: thomasAddress }),
      clock,
    });
    const seen: WhosOnEvent[] = [];
    thomas.on('event', (event) => seen.push(event));
    await thomas.login({ username: DEMO_OPERATORS.thomas, password: DEMO_PASSWORD, authString: DEMO_AUTH_STRING });
    seen.length = 0;

    const martin = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: martinAddress });
    await settle();
    const arrived = seen.find((event) => event.name === 'clientevent');
    assert.ok(arrived?.name === 'clientevent');
    assert.equal(arrived.payload.client.connectionId, martin.connectionId);
    assert.equal(arrived.payload.client.userName, DEMO_OPERATORS.martin);
    assert.equal(arrived.payload.client.ip, martinAddress);

    seen.length = 0;
    await martin.run('Status', ['2', 'Just grabbing a coffee']);
    await settle();
    const changed = seen.find((event) => event.name === 'clientevent');
    assert.ok(changed?.name === 'clientevent');
    assert.equal(changed.payload.client.status, 2);
    assert.equal(changed.payload.client.statusMessage, 'Just grabbing a coffee');
    const ownEcho = martin.last('clientevent')?.Data as WireClient;
    assert.equal(ownEcho.Status, 2, 'the operator also gets its own clientevent');

    seen.length = 0;
    await martin.run('Close');
    await settle();
    const removed = seen.find((event) => event.name === 'clientremove');
    assert.ok(removed?.name === 'clientremove');
    assert.equal(removed.payload.connectionId, martin.connectionId);
    assert.equal(martin.closeEvent?.code, 1000, 'Close ends the connection');
    assert.deepEqual(
      server.operators().map((conn) => conn.username),
      [DEMO_OPERATORS.thomas],
    );
    thomas.logout();
  });

  it('lists connected operators in clients after login, the user included', async () => {
    const { server } = setup();
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: thomasAddress });
    const martin = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: martinAddress });
    const list = martin.last('clients')?.Data as WireClient[];
    assert.deepEqual(
      list.map((client) => client.ConnectionId).sort(),
      [thomas.connectionId, martin.connectionId].sort(),
    );
  });

  it('hides the system administrator from others, while the administrator sees everyone', async () => {
    const { server } = setup();
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: thomasAddress });
    thomas.clear();
    const admin = await RawClient.login(server, DEMO_OPERATORS.admin, { remoteAddress: adminAddress });
    await admin.run('Status', ['1', '']);
    assert.deepEqual(thomas.all('clientevent'), [], 'no clientevent about the administrator');
    const adminList = admin.last('clients')?.Data as WireClient[];
    assert.ok(adminList.some((client) => client.UserName === DEMO_OPERATORS.thomas));
    admin.close();
    await settle();
    assert.deepEqual(thomas.all('clientremove'), [], 'nor a clientremove');
  });

  it('rejects a status outside 0..3 (4 reads as Away)', async () => {
    const { server } = setup();
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas);
    const bad = await thomas.run('Status', ['7', '']);
    assert.deepEqual(bad.map((event) => event.EventName), ['error']);
    await thomas.run('Status', ['4', '']);
    assert.equal((thomas.last('clientevent')?.Data as WireClient).Status, 3);
  });
});

describe('SetStatus', () => {
  it('is refused to an operator without supervisor or admin rights', async () => {
    const { server } = setup();
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: thomasAddress });
    const martin = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: martinAddress });
    martin.clear();
    const answer = await thomas.run('SetStatus', [martin.connectionId, '3']);
    assert.deepEqual(
      answer.map((event) => [event.EventName, event.Data]),
      [['error', 'Access denied']],
    );
    assert.deepEqual(martin.events, [], 'nothing reaches the target');
  });

  it('lets a supervisor set another operator status: status to the target, clientevent to all', async () => {
    const { server } = setup();
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: thomasAddress });
    const martin = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: martinAddress });
    thomas.clear();
    martin.clear();
    await martin.run('SetStatus', [thomas.connectionId, '3']);
    await settle();
    assert.deepEqual(
      thomas.events.map((event) => [event.EventName, event.EventName === 'status' ? event.Data : null]),
      [
        ['status', '3'],
        ['clientevent', null],
      ],
    );
    const seenByMartin = martin.last('clientevent')?.Data as WireClient;
    assert.equal(seenByMartin.ConnectionId, thomas.connectionId);
    assert.equal(seenByMartin.Status, 3);
    assert.equal(martin.all('status').length, 0);
  });

  it('accepts the spec example form: "Parameters" and any case of the command name', async () => {
    const { server } = setup();
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: thomasAddress });
    const admin = await RawClient.login(server, DEMO_OPERATORS.admin, { remoteAddress: adminAddress });
    admin.sendText(JSON.stringify({ Command: 'setstatus', Parameters: [thomas.connectionId, '1'] }));
    await settle();
    assert.equal(thomas.last('status')?.Data, '1');
  });
});

describe('commands', () => {
  it('answers an unknown command with an error naming it', async () => {
    const { server } = setup();
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas);
    const answer = await thomas.run('Foo', ['x']);
    assert.deepEqual(
      answer.map((event) => [event.EventName, event.Data]),
      [['error', 'Unknown command "Foo"']],
    );
  });

  it('answers a spec command without a handler with an error naming it', async () => {
    const { server } = setup({ families: [] });
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas);
    const answer = await thomas.run('GetSkills');
    assert.equal(answer.length, 1);
    assert.equal(answer[0]?.EventName, 'error');
    assert.match(String(answer[0]?.Data), /GetSkills/);
  });

  it('turns a handler failure into an error event and keeps the connection', async () => {
    const { server } = setup({
      families: [sessionFamily],
      extraFamilies: [
        {
          name: 'broken',
          handlers: {
            Translate: () => {
              throw new Error('boom');
            },
          },
        },
      ],
    });
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas);
    const answer = await thomas.run('Translate', ['hello']);
    assert.deepEqual(answer.map((event) => event.EventName), ['error']);
    assert.match(String(answer[0]?.Data), /boom/);
    assert.deepEqual((await thomas.run('Noop')).map((event) => event.EventName), ['noop']);
  });

  it('answers a malformed frame with an error', async () => {
    const { server } = setup();
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas);
    thomas.clear();
    thomas.sendText('{"Command": "Noop"');
    await settle();
    assert.deepEqual(thomas.names(), ['error']);
  });

  it('answers Noop with noop', async () => {
    const { server } = setup();
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas);
    const answer = await thomas.run('Noop');
    assert.deepEqual(answer.map((event) => event.EventName), ['noop']);
  });

  it('passes handler families the params, whichever key carried them', async () => {
    const received: (readonly string[])[] = [];
    const { server } = setup({
      families: [sessionFamily],
      extraFamilies: [{ name: 'probe', handlers: { GetLog: ({ params }) => void received.push(params) } }],
    });
    const admin = await RawClient.login(server, DEMO_OPERATORS.admin);
    admin.sendText(JSON.stringify({ Command: 'GetLog', Params: ['a', 1] }));
    admin.sendText(JSON.stringify({ Command: 'GETLOG', Parameters: ['b'] }));
    admin.sendText(JSON.stringify({ Command: 'getlog', Params: null }));
    await settle();
    assert.deepEqual(received, [['a', '1'], ['b'], []]);
  });
});

describe('closing', () => {
  it('sends every connection the close event on shutdown, then closes them', async () => {
    const { server } = setup();
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: thomasAddress });
    const martin = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: martinAddress });
    const waiting = await RawClient.connect(server, '10.0.0.9');
    thomas.clear();
    martin.clear();
    server.shutdown();
    await settle();
    for (const client of [thomas, martin]) {
      assert.deepEqual(
        client.events.map((event) => event.text),
        ['{"EventName":"close","Header":null,"Data":null}'],
        'only the close event: no clientremove noise while everyone goes',
      );
      assert.equal(client.isClosed(), true);
    }
    assert.equal(waiting.last('close')?.Data, null, 'connections not yet logged in get it too');
    assert.equal(waiting.isClosed(), true);
    const late = await RawClient.connect(server, '10.0.0.10');
    assert.equal(late.opened, false, 'no new connections after shutdown');
  });

  it('closes one connection with the close event when the server requires a re-login', async () => {
    const { server } = setup();
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: thomasAddress });
    const martin = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: martinAddress });
    const conn = server.connection(thomas.connectionId);
    assert.ok(conn);
    martin.clear();
    server.closeConnection(conn, 'user properties changed');
    await settle();
    assert.equal(thomas.last('close')?.Data, null);
    assert.equal(thomas.closeEvent?.reason, 'user properties changed');
    assert.deepEqual(
      martin.events.map((event) => [event.EventName, event.Data]),
      [['clientremove', thomas.connectionId]],
    );
  });

  it('runs the gone hooks when a socket drops without Close, with the account still readable', async () => {
    const { server } = setup();
    const gone: string[] = [];
    server.onOperatorGone((conn: OperatorConnection) => gone.push(conn.username));
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas);
    const anonymous = await RawClient.connect(server, '10.0.0.8');
    thomas.close();
    anonymous.close();
    await settle();
    assert.deepEqual(gone, [DEMO_OPERATORS.thomas], 'only logged-in connections count as operators gone');
    assert.equal(server.connections().length, 0);
  });

  it('drops a connection silent for 60 minutes, and Noop keeps it alive', async () => {
    const { clock, server } = setup();
    const quiet = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: thomasAddress });
    const chatty = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: martinAddress });
    clock.advance(30 * 60_000);
    await chatty.run('Noop');
    clock.advance(30 * 60_000);
    await settle();
    assert.equal(quiet.last('close')?.Data, null);
    assert.equal(quiet.isClosed(), true);
    assert.equal(chatty.isClosed(), false);
    assert.deepEqual(
      server.operators().map((conn) => conn.username),
      [DEMO_OPERATORS.martin],
    );
  });
});

describe('data scoping', () => {
  function addChat(server: SimServer, chatUid: string, siteKey: number): void {
    const now = server.clock.now();
    server.world.chats.set(
      chatUid,
      makeChat({
        chatUid,
        chatNumber: server.world.nextChatNumber(),
        siteKey,
        started: now - 5_000,
        name: `Visitor on ${siteKey}`,
        skillIds: [DEMO_SKILL_IDS.support],
      }),
    );
  }

  it('sends only the sites, chats and missed chats of the user\'s sites', async () => {
    const { server } = setup();
    addChat(server, 'aaaaaaaaaaaaaaaaaaaaaaa1', 1);
    addChat(server, 'aaaaaaaaaaaaaaaaaaaaaaa2', 2);
    server.world.missedChats.push({ ...server.world.missedChats[0]!, chatUid: 'bbbbbbbbbbbbbbbbbbbbbbb2', siteKey: 2 });
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: thomasAddress });
    const martin = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: martinAddress });

    const siteKeys = (client: RawClient, name: string): number[] =>
      (client.last(name)?.Data as { SiteKey: number }[]).map((item) => item.SiteKey).sort();
    assert.deepEqual(siteKeys(thomas, 'sites'), [1, 2]);
    assert.deepEqual(siteKeys(martin, 'sites'), [1]);
    assert.deepEqual(siteKeys(thomas, 'chatting'), [1, 2]);
    assert.deepEqual(siteKeys(martin, 'chatting'), [1]);
    assert.deepEqual(siteKeys(thomas, 'missedchats'), [1, 2]);
    assert.deepEqual(siteKeys(martin, 'missedchats'), [1]);
  });

  it('fans a chat change out only to operators with access to its site', async () => {
    const { server } = setup();
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: thomasAddress });
    const martin = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: martinAddress });
    addChat(server, 'aaaaaaaaaaaaaaaaaaaaaaa3', 2);
    server.broadcastChatChanged(server.world.chat('aaaaaaaaaaaaaaaaaaaaaaa3')!);
    await settle();
    assert.deepEqual(thomas.last('chatchanged')?.Params, ['aaaaaaaaaaaaaaaaaaaaaaa3']);
    assert.equal(martin.all('chatchanged').length, 0);
  });

  it('sends Access denied for a site outside the user\'s scope', async () => {
    const { server } = setup({
      families: [sessionFamily],
      extraFamilies: [
        {
          name: 'probe',
          handlers: {
            GetSiteProperties: ({ server: sim, conn, params }) => {
              if (sim.requireSite(conn, Number(params[0]))) conn.send('siteproperties', [params[0] ?? ''], {});
            },
          },
        },
      ],
    });
    const martin = await RawClient.login(server, DEMO_OPERATORS.martin);
    assert.deepEqual((await martin.run('GetSiteProperties', ['2'])).map((event) => event.Data), ['Access denied']);
    assert.deepEqual((await martin.run('GetSiteProperties', ['1'])).map((event) => event.EventName), ['siteproperties']);
  });
});
