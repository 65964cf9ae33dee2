import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Connection, LoginError } from '../core/connection.js';
import type { LoginCredentials } from '../core/connection.js';
import type { WhosOnEvent } from '../core/protocol/event-map.js';
import { FakeClock } from '../core/testing/fake-clock.js';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD, createDefaultWorld } from './default-data.js';
import { memorySocketFor } from './memory-socket.js';
import { createRandom } from './random.js';
import { ALREADY_LOGGED_IN, INVALID_CREDENTIALS, SimServer, type SimServerOptions } from './server.js';
import { RawClient, settle } from './testing/raw-client.js';

function setup(options: Omit<SimServerOptions, 'clock'> = {}) {
  const clock = new FakeClock();
  const server = new SimServer({ clock, seed: 7, ...options });
  return { clock, server };
}

function clientFor(server: SimServer, clock: FakeClock, remoteAddress = '10.1.1.1') {
  const connection = new Connection({
    url: 'ws://sim.test:8013',
    WebSocket: memorySocketFor(server, { remoteAddress }),
    clock,
    random: () => 0,
    platform: 'Test',
    version: '1.0',
  });
  const events: WhosOnEvent[] = [];
  connection.on('event', (event) => events.push(event));
  return { connection, events };
}

function credentials(username: string, overrides: Partial<LoginCredentials> = {}): LoginCredentials {
  return { username, password: DEMO_PASSWORD, authString: DEMO_AUTH_STRING, status: 0, lang: 'en', ...overrides };
}

async function loginFails(
  connection: Connection,
  login: LoginCredentials,
): Promise<LoginError> {
  try {
    await connection.login(login);
  } catch (error) {
    assert.ok(error instanceof LoginError, `expected a LoginError, got ${String(error)}`);
    return error;
  }
  assert.fail('the login was accepted');
}

describe('login through the real client', () => {
  it('sends hello, then the post-login events in the spec order, ending with connected', async () => {
    const { clock, server } = setup();
    const { connection, events } = clientFor(server, clock);
    const info = await connection.login(credentials(DEMO_OPERATORS.thomas));
    assert.deepEqual(
      events.map((event) => event.name),
      ['hello', 'nameduser', 'clientsettings', 'sites', 'clients', 'chatting', 'missedchats', 'connected'],
    );
    const hello = events[0];
    assert.ok(hello?.name === 'hello');
    assert.equal(hello.payload.version, '10.1.1.1');
    assert.equal(info.connectionId, hello.payload.connectionId, 'connected carries the hello connection id');
    const named = events[1];
    assert.ok(named?.name === 'nameduser');
    assert.equal(named.payload.connectionId, info.connectionId);
    assert.equal(named.payload.user.userName, DEMO_OPERATORS.thomas);
    assert.equal(connection.state, 'connected');
  });

  it('leaves out clientsettings when the user has none, and missedchats without the right', async () => {
    const world = createDefaultWorld({ random: createRandom(1) });
    const martin = world.account(DEMO_OPERATORS.martin);
    assert.ok(martin);
    // Position 6 is "Can Respond To Missed Chats".
    martin.rights = `${martin.rights.slice(0, 5)}N${martin.rights.slice(6)}`;
    const { clock, server } = setup({ world });
    const { connection, events } = clientFor(server, clock);
    await connection.login(credentials(DEMO_OPERATORS.martin));
    assert.deepEqual(
      events.map((event) => event.name),
      ['hello', 'nameduser', 'sites', 'clients', 'chatting', 'connected'],
    );
  });

  it('refuses a wrong password with the spec message, and the client does not retry', async () => {
    const { clock, server } = setup();
    const { connection } = clientFor(server, clock);
    const error = await loginFails(connection, credentials(DEMO_OPERATORS.thomas, { password: 'wrong' }));
    assert.equal(error.message, INVALID_CREDENTIALS);
    assert.equal(error.kind, 'rejected');
    assert.equal(server.operators().length, 0);
  });

  it('refuses a wrong authentication string and an unknown user with the same message', async () => {
    const { clock, server } = setup();
    const wrongAuth = clientFor(server, clock);
    const unknown = clientFor(server, clock);
    assert.equal(
      (await loginFails(wrongAuth.connection, credentials(DEMO_OPERATORS.thomas, { authString: 'NOPE' }))).message,
      INVALID_CREDENTIALS,
    );
    assert.equal(
      (await loginFails(unknown.connection, credentials('nobody@mysite.com'))).message,
      INVALID_CREDENTIALS,
    );
  });

  it('refuses a second login of a user who is still connected', async () => {
    const { clock, server } = setup();
    const first = clientFor(server, clock);
    await first.connection.login(credentials(DEMO_OPERATORS.thomas));
    const second = clientFor(server, clock, '10.1.1.2');
    const error = await loginFails(second.connection, credentials(DEMO_OPERATORS.thomas));
    assert.equal(error.message, ALREADY_LOGGED_IN);
    assert.equal(first.connection.state, 'connected', 'the first session is untouched');
    assert.equal(server.operators().length, 1);
  });

  it('accepts the user again once the first connection has gone', async () => {
    const { clock, server } = setup();
    const first = clientFor(server, clock);
    await first.connection.login(credentials(DEMO_OPERATORS.thomas));
    first.connection.logout();
    await settle();
    const second = clientFor(server, clock);
    await second.connection.login(credentials(DEMO_OPERATORS.thomas));
    assert.equal(server.operators().length, 1);
  });
});

describe('login rules on raw frames', () => {
  it('answers any command before Login with an error and runs nothing', async () => {
    const { server } = setup();
    const client = await RawClient.connect(server);
    const answer = await client.run('Noop');
    assert.deepEqual(
      answer.map((event) => event.EventName),
      ['error'],
    );
    assert.match(String(answer[0]?.Data), /Login/);
  });

  it('refuses a second Login on the same connection with an error and no second sequence', async () => {
    const { server } = setup();
    const client = await RawClient.login(server, DEMO_OPERATORS.thomas);
    assert.equal(client.all('connected').length, 1);
    const answer = await client.run('Login', [DEMO_OPERATORS.thomas, DEMO_PASSWORD, DEMO_AUTH_STRING, '', '', '0', 'en', 'x', '1']);
    assert.deepEqual(answer.map((event) => event.EventName), ['error']);
    assert.equal(client.all('connected').length, 1);
  });

  it('may retry Login on the same connection after a failure', async () => {
    const { server } = setup();
    const client = await RawClient.connect(server);
    await client.run('Login', [DEMO_OPERATORS.thomas, 'bad', DEMO_AUTH_STRING, '', '', '0', 'en', 'x', '1']);
    assert.equal(client.last('msg')?.Data, INVALID_CREDENTIALS);
    await client.run('Login', [DEMO_OPERATORS.thomas, DEMO_PASSWORD, DEMO_AUTH_STRING, '', '', '0', 'en', 'x', '1']);
    assert.equal(client.all('connected').length, 1);
  });

  it('uses the name and department given at login only with "Can Change Own Name On Login"', async () => {
    const world = createDefaultWorld({ random: createRandom(3) });
    const martin = world.account(DEMO_OPERATORS.martin);
    assert.ok(martin);
    // Position 9 is "Can Change Own Name On Login".
    martin.rights = `${martin.rights.slice(0, 8)}N${martin.rights.slice(9)}`;
    const { server } = setup({ world });
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { name: 'Tom P', dept: 'Sales' });
    const martinClient = await RawClient.login(server, DEMO_OPERATORS.martin, { name: 'Marty', remoteAddress: '10.0.0.2' });
    const clients = martinClient.last('clients')?.Data as { UserName: string; Name: string; Dept: string }[];
    const thomasView = clients.find((client) => client.UserName === DEMO_OPERATORS.thomas);
    const martinView = clients.find((client) => client.UserName === DEMO_OPERATORS.martin);
    assert.deepEqual([thomasView?.Name, thomasView?.Dept], ['Tom P', 'Sales']);
    assert.deepEqual([martinView?.Name, martinView?.Dept], ['Martin', 'Sales']);
    assert.ok(thomas.opened);
  });

  it('sets the initial status from the Login parameters', async () => {
    const { server } = setup();
    const client = await RawClient.login(server, DEMO_OPERATORS.thomas, { status: '2' });
    const own = (client.last('clients')?.Data as { ConnectionId: string; Status: number }[]).find(
      (item) => item.ConnectionId === client.connectionId,
    );
    assert.equal(own?.Status, 2);
  });
});

describe('blacklisting', () => {
  const badLogin = [DEMO_OPERATORS.thomas, 'wrong', DEMO_AUTH_STRING, '', '', '0', 'en', 'x', '1'];

  it('blacklists an address after BlackListAfter failed logins and refuses its new connections', async () => {
    const { clock, server } = setup({ blacklist: { after: 3, retrySeconds: 20, clearAfterMinutes: 60 } });
    const attacker = await RawClient.connect(server, '10.9.9.9');
    await attacker.run('Login', badLogin);
    await attacker.run('Login', badLogin);
    assert.equal(attacker.isClosed(), false, 'two failures are tolerated');
    await attacker.run('Login', badLogin);
    assert.equal(attacker.all('msg').length, 3);
    assert.equal(attacker.closeEvent?.code, 1008, 'the third failure closes the connection');

    const refused = await RawClient.connect(server, '10.9.9.9');
    assert.equal(refused.opened, false);
    assert.deepEqual(refused.events, [], 'no hello for a blacklisted address');
    assert.equal(refused.closeEvent?.code, 1008);

    const someoneElse = await RawClient.connect(server, '10.9.9.10');
    assert.ok(someoneElse.opened, 'other addresses are unaffected');
    assert.equal(someoneElse.all('hello').length, 1);

    clock.advance(20_000);
    const later = await RawClient.connect(server, '10.9.9.9');
    assert.ok(later.opened, 'the temporary blacklist lapses after BlackListRetrySeconds');
    await later.run('Login', [DEMO_OPERATORS.thomas, DEMO_PASSWORD, DEMO_AUTH_STRING, '', '', '0', 'en', 'x', '1']);
    assert.equal(later.all('connected').length, 1);
  });

  it('takes BlackListAfter from the server settings by default (5 in the demo data)', async () => {
    const { server } = setup();
    const attacker = await RawClient.connect(server, '10.9.9.8');
    for (let i = 0; i < 4; i += 1) await attacker.run('Login', badLogin);
    assert.equal(attacker.isClosed(), false);
    await attacker.run('Login', badLogin);
    assert.equal(attacker.closeEvent?.code, 1008);
    assert.ok(server.isBlacklisted('10.9.9.8'));
  });

  it('forgets old failures after BlackListClearAfterMinutes', async () => {
    const { clock, server } = setup({ blacklist: { after: 3, retrySeconds: 20, clearAfterMinutes: 60 } });
    const client = await RawClient.connect(server, '10.9.9.7');
    await client.run('Login', badLogin);
    await client.run('Login', badLogin);
    clock.advance(61 * 60_000);
    const again = await RawClient.connect(server, '10.9.9.7');
    await again.run('Login', badLogin);
    await again.run('Login', badLogin);
    assert.equal(again.isClosed(), false);
    assert.equal(server.isBlacklisted('10.9.9.7'), false);
  });

  it('blacklists an address that keeps sending invalid commands', async () => {
    const { server } = setup({ blacklist: { after: 3 } });
    const client = await RawClient.connect(server, '10.9.9.6');
    client.sendText('not json');
    client.sendText('{"Command": 42}');
    client.sendText('{"Command": "NoSuchThing", "Params": null}');
    await settle();
    assert.equal(client.all('error').length, 3);
    assert.equal(client.closeEvent?.code, 1008);
    assert.ok(server.isBlacklisted('10.9.9.6'));
  });

  it('blacklists an address that keeps getting "Access denied"', async () => {
    const { server } = setup({ blacklist: { after: 3 } });
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas, { remoteAddress: '10.9.9.5' });
    for (let i = 0; i < 3; i += 1) await thomas.run('SetStatus', [thomas.connectionId, '1']);
    assert.deepEqual(
      thomas.all('error').map((event) => event.Data),
      ['Access denied', 'Access denied', 'Access denied'],
    );
    assert.equal(thomas.closeEvent?.code, 1008);
    assert.equal(server.operators().length, 0);
  });

  it('never blacklists with NoAutoBlackList', async () => {
    const { server } = setup({ blacklist: { after: 2, disabled: true } });
    const client = await RawClient.connect(server, '10.9.9.4');
    for (let i = 0; i < 4; i += 1) await client.run('Login', badLogin);
    assert.equal(client.isClosed(), false);
    assert.equal(server.isBlacklisted('10.9.9.4'), false);
  });

  it('refuses an address on the permanent blacklist', async () => {
    const { server } = setup();
    server.world.blacklist.permanent.add('10.6.6.6');
    const client = await RawClient.connect(server, '10.6.6.6');
    assert.equal(client.opened, false);
    assert.equal(client.closeEvent?.code, 1008);
  });
});

describe('server stats', () => {
  it('starts at zero', () => {
    const { server } = setup();
    assert.deepEqual(server.stats, { socketsAccepted: 0, loginsAttempted: 0, loginsSucceeded: 0, closesReceived: 0 });
  });

  it('counts sockets, login attempts, successful logins and Close commands from real clients', async () => {
    const { clock, server } = setup();

    const thomas = clientFor(server, clock, '10.30.0.1').connection;
    await thomas.login(credentials(DEMO_OPERATORS.thomas));

    const badPassword = clientFor(server, clock, '10.30.0.2').connection;
    assert.equal(
      (await loginFails(badPassword, credentials(DEMO_OPERATORS.martin, { password: 'wrong' }))).message,
      INVALID_CREDENTIALS,
    );

    const secondThomas = clientFor(server, clock, '10.30.0.3').connection;
    assert.equal((await loginFails(secondThomas, credentials(DEMO_OPERATORS.thomas))).message, ALREADY_LOGGED_IN);

    assert.deepEqual(server.stats, { socketsAccepted: 3, loginsAttempted: 3, loginsSucceeded: 1, closesReceived: 0 });

    thomas.logout();
    await settle();
    assert.equal(server.operators().length, 0, 'Close ended the session');
    assert.deepEqual(server.stats, { socketsAccepted: 3, loginsAttempted: 3, loginsSucceeded: 1, closesReceived: 1 });
  });

  it('leaves refused sockets out, counts a repeated Login as an attempt, and a Close before login not at all', async () => {
    const { server } = setup();
    server.blacklistAddress('10.30.1.9', 60);
    const refused = await RawClient.connect(server, '10.30.1.9');
    assert.equal(refused.opened, false);

    const anonymous = await RawClient.connect(server, '10.30.1.1');
    await anonymous.run('Close');
    assert.ok(anonymous.last('error'), 'Close before Login is an error');

    const martin = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: '10.30.1.2' });
    await martin.run('Login', [DEMO_OPERATORS.martin, DEMO_PASSWORD, DEMO_AUTH_STRING, '', '', '0', 'en', 'x', '1']);
    assert.equal(martin.all('connected').length, 1, 'the repeated Login got no second sequence');

    const stats = server.stats;
    assert.deepEqual(stats, { socketsAccepted: 2, loginsAttempted: 2, loginsSucceeded: 1, closesReceived: 0 });

    await martin.run('close');
    assert.equal(martin.closeEvent?.code, 1000);
    assert.equal(server.stats.closesReceived, 1, 'command names match case-insensitively');
    assert.equal(stats.closesReceived, 0, 'an earlier snapshot does not change');
  });
});
