import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Connection, LoginError } from '../core/connection.js';
import type { LoginCredentials } from '../core/connection.js';
import { FakeClock } from '../core/testing/fake-clock.js';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD } from './default-data.js';
import { memorySocketFor } from './memory-socket.js';
import { ALREADY_LOGGED_IN, INVALID_CREDENTIALS, SimServer } from './server.js';
import { RawClient, settle } from './testing/raw-client.js';

function setup() {
  const clock = new FakeClock();
  const server = new SimServer({ clock, seed: 5 });
  return { clock, server };
}

function clientFor(server: SimServer, clock: FakeClock, remoteAddress: string): Connection {
  return new Connection({
    url: 'ws://sim.test:8013',
    WebSocket: memorySocketFor(server, { remoteAddress }),
    clock,
    random: () => 0,
    platform: 'Test',
    version: '1.0',
  });
}

function credentials(username: string, overrides: Partial<LoginCredentials> = {}): LoginCredentials {
  return { username, password: DEMO_PASSWORD, authString: DEMO_AUTH_STRING, status: 0, lang: 'en', ...overrides };
}

async function refusal(connection: Connection, login: LoginCredentials): Promise<string> {
  try {
    await connection.login(login);
  } catch (error) {
    assert.ok(error instanceof LoginError, `expected a LoginError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('the login was accepted');
}

describe('server stats', () => {
  it('starts at zero', () => {
    const { server } = setup();
    assert.deepEqual(server.stats, { socketsAccepted: 0, loginsAttempted: 0, loginsSucceeded: 0, closesReceived: 0 });
  });

  it('counts sockets, login attempts, successful logins and Close commands from real clients', async () => {
    const { clock, server } = setup();

    const thomas = clientFor(server, clock, '10.30.0.1');
    await thomas.login(credentials(DEMO_OPERATORS.thomas));

    const badPassword = clientFor(server, clock, '10.30.0.2');
    assert.equal(
      await refusal(badPassword, credentials(DEMO_OPERATORS.martin, { password: 'wrong' })),
      INVALID_CREDENTIALS,
    );

    const secondThomas = clientFor(server, clock, '10.30.0.3');
    assert.equal(await refusal(secondThomas, credentials(DEMO_OPERATORS.thomas)), ALREADY_LOGGED_IN);

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
