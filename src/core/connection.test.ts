import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Connection, LoginError, NotConnectedError } from './connection.js';
import type { ConnectionEvents, ConnectionOptions, LoginCredentials, WebSocketConstructorLike } from './connection.js';
import { FakeClock } from './testing/fake-clock.js';
import { FakeSocket, FakeSocketFactory } from './testing/fake-socket.js';

const url = 'wss://chat.example.com:8013';

const credentials: LoginCredentials = {
  username: 'thomas@mysite.com',
  password: 'password1234',
  authString: 'MYSERVERAUTHSTRING',
  name: 'Thomas Parker',
  department: 'Support',
  status: 0,
  lang: 'en',
};

const answerTimeoutMs = 20_000;
const keepaliveMs = 30 * 60_000;
const minute = 60_000;

type Recorded = { [K in keyof ConnectionEvents]: ConnectionEvents[K][] };

function setup(options: Partial<ConnectionOptions> = {}) {
  const clock = new FakeClock();
  const factory = new FakeSocketFactory();
  const connection = new Connection({
    url,
    WebSocket: factory.WebSocket,
    clock,
    // No jitter unless a test asks for it: delays are then exactly the base sequence.
    random: () => 0,
    platform: 'Test Platform',
    version: '1.2.3',
    answerTimeoutMs,
    keepaliveMs,
    loginTimeoutMs: 30_000,
    ...options,
  });
  const log: Recorded = {
    state: [],
    event: [],
    'protocol-error': [],
    'login-started': [],
    'login-failed': [],
    'outbox-sent': [],
    'outbox-failed': [],
  };
  for (const type of Object.keys(log) as (keyof ConnectionEvents)[]) {
    connection.on(type, (detail) => (log[type] as unknown[]).push(detail));
  }
  const states = () => log.state.map((change) => change.state);
  return { clock, factory, connection, log, states };
}

function hello(socket: FakeSocket): void {
  socket.open();
  socket.event('hello', { Application: 'WhosOn', Version: '10.1.1.1', ConnectionId: 'hello-id' });
}

const postLoginNames = ['nameduser', 'clientsettings', 'sites', 'clients', 'chatting', 'missedchats'];

/** The server's side of a successful login, `connected` last. */
function acceptLogin(socket: FakeSocket, connectionId = 'conn-1'): void {
  socket.event('nameduser', { Username: credentials.username, Name: 'Thomas', Rights: 'YYYYYYYYYNYYY1NN' }, [
    connectionId,
  ]);
  socket.event('clientsettings', { Theme: 'Dark' });
  socket.event('sites', []);
  socket.event('clients', []);
  socket.event('chatting', []);
  socket.event('missedchats', []);
  socket.event('connected', { ApplicationName: 'WhosOn', Version: '10.1.1.1', RegisteredUser: 'My Company' }, [
    connectionId,
  ]);
}

async function loggedIn(options: Partial<ConnectionOptions> = {}) {
  const context = setup(options);
  const login = context.connection.login(credentials);
  hello(context.factory.latest);
  acceptLogin(context.factory.latest);
  await login;
  return context;
}

/** Lets the reconnect timer fire and completes the automatic re-login on the new socket. */
function completeRelogin(context: ReturnType<typeof setup>, connectionId = 'conn-2'): FakeSocket {
  const before = context.factory.sockets.length;
  const last = context.log.state.at(-1);
  assert.equal(last?.state, 'reconnecting');
  context.clock.advance((last?.retryAt ?? 0) - context.clock.now());
  assert.equal(context.factory.sockets.length, before + 1, 'one new socket');
  const socket = context.factory.latest;
  hello(socket);
  acceptLogin(socket, connectionId);
  return socket;
}

const sendTo = (text: string) => ({ Command: 'SendTo', Params: ['chat-1', text] });

describe('Connection: logging in', () => {
  it('sends nothing before hello, then Login at once with the credentials, platform and version', () => {
    const { connection, factory, states } = setup();
    void connection.login(credentials).catch(() => {});
    assert.equal(factory.sockets.length, 1);
    const socket = factory.latest;
    assert.equal(socket.url, url);
    assert.deepEqual(states(), ['connecting']);
    socket.open();
    assert.deepEqual(socket.sent, [], 'nothing goes out on open');
    socket.event('hello', { Application: 'WhosOn', Version: '10.1.1.1', ConnectionId: 'x' });
    assert.deepEqual(socket.commands, [
      {
        Command: 'Login',
        Params: [
          'thomas@mysite.com',
          'password1234',
          'MYSERVERAUTHSTRING',
          'Thomas Parker',
          'Support',
          '0',
          'en',
          'Test Platform',
          '1.2.3',
        ],
      },
    ]);
    assert.deepEqual(states(), ['connecting', 'logging-in']);
  });

  it('resolves on connected, after emitting the post-login events in order', async () => {
    const { connection, factory, log, states } = setup();
    const login = connection.login(credentials);
    const socket = factory.latest;
    hello(socket);
    assert.deepEqual(log['login-started'], [{ relogin: false }]);
    acceptLogin(socket, 'conn-42');
    const info = await login;
    assert.equal(info.connectionId, 'conn-42');
    assert.equal(info.registeredUser, 'My Company');
    assert.deepEqual(
      log.event.map((event) => event.name),
      ['hello', ...postLoginNames, 'connected'],
    );
    assert.deepEqual(log['protocol-error'], []);
    assert.deepEqual(states(), ['connecting', 'logging-in', 'connected']);
    assert.equal(connection.state, 'connected');
  });

  it('is not connected until the connected event itself arrives', () => {
    const { connection, factory } = setup();
    void connection.login(credentials);
    const socket = factory.latest;
    hello(socket);
    for (const name of postLoginNames) socket.event(name, name === 'clientsettings' ? {} : []);
    assert.equal(connection.state, 'logging-in');
    assert.throws(() => connection.send(sendTo('too early')), NotConnectedError);
  });

  it('a msg before connected is a refusal: rejects with its text, closes, and never retries', async () => {
    const { connection, factory, clock, log } = setup();
    const login = connection.login(credentials);
    const socket = factory.latest;
    hello(socket);
    socket.event('msg', 'Invalid credentials entered. Please check your login details.');
    await assert.rejects(login, (error: unknown) => {
      assert.ok(error instanceof LoginError);
      assert.equal(error.message, 'Invalid credentials entered. Please check your login details.');
      assert.equal(error.kind, 'rejected');
      return true;
    });
    assert.deepEqual(log['login-failed'], [{ reason: 'Invalid credentials entered. Please check your login details.' }]);
    assert.notEqual(socket.closedByClient, null, 'the socket is closed');
    assert.equal(connection.state, 'closed');
    assert.equal(clock.pendingTimers, 0);
    clock.advance(24 * 60 * minute);
    assert.equal(factory.sockets.length, 1, 'no new socket, however long we wait');
    assert.deepEqual(socket.commandNames, ['Login'], 'Login was sent once');
    assert.ok(!log.event.some((event) => event.name === 'msg'), 'the refusal is reported as login-failed only');
  });

  it('"User already logged in." on the first login is final too', async () => {
    const { connection, factory, clock } = setup();
    const login = connection.login(credentials);
    hello(factory.latest);
    factory.latest.event('msg', 'User already logged in.');
    await assert.rejects(login, /User already logged in/);
    clock.advance(60 * minute);
    assert.equal(factory.sockets.length, 1);
    assert.equal(connection.state, 'closed');
  });

  it('never sends Login twice on one socket', () => {
    const { connection, factory } = setup();
    void connection.login(credentials);
    const socket = factory.latest;
    hello(socket);
    socket.event('hello', { Application: 'WhosOn' });
    assert.deepEqual(socket.commandNames, ['Login']);
  });

  it('refuses a second login() while one is in progress or done, without opening a socket', async () => {
    const { connection, factory } = setup();
    void connection.login(credentials);
    await assert.rejects(connection.login(credentials), /Cannot log in while connecting/);
    hello(factory.latest);
    acceptLogin(factory.latest);
    await assert.rejects(connection.login(credentials), /Cannot log in while connected/);
    assert.equal(factory.sockets.length, 1);
    assert.deepEqual(factory.latest.commandNames, ['Login']);
  });

  it('rejects unusable credentials before opening any socket', async () => {
    const { connection, factory } = setup();
    await assert.rejects(connection.login({ ...credentials, password: '' }), /password/);
    assert.equal(factory.sockets.length, 0);
    assert.equal(connection.state, 'idle');
  });

  it('rejects with a timeout when connected does not arrive within loginTimeoutMs', async () => {
    const { connection, factory, clock } = setup({ loginTimeoutMs: 15_000 });
    const login = connection.login(credentials);
    hello(factory.latest);
    clock.advance(14_999);
    assert.equal(connection.state, 'logging-in');
    clock.advance(1);
    await assert.rejects(login, (error: unknown) => error instanceof LoginError && error.kind === 'timeout');
    assert.equal(connection.state, 'closed');
    assert.notEqual(factory.latest.closedByClient, null);
    assert.equal(clock.pendingTimers, 0);
    clock.advance(60 * minute);
    assert.equal(factory.sockets.length, 1);
  });

  it('a socket that fails before the first login rejects as unreachable, without retrying', async () => {
    const { connection, factory, clock, log } = setup();
    const login = connection.login(credentials);
    factory.latest.drop();
    await assert.rejects(login, (error: unknown) => error instanceof LoginError && error.kind === 'unreachable');
    assert.equal(connection.state, 'closed');
    assert.equal(log['login-failed'].length, 1);
    clock.advance(60 * minute);
    assert.equal(factory.sockets.length, 1);
    assert.equal(clock.pendingTimers, 0);
  });

  it('a WebSocket constructor that throws (bad URL) rejects the login', async () => {
    const { connection, factory, clock } = setup();
    factory.constructorError = new SyntaxError('Invalid URL');
    await assert.rejects(connection.login(credentials), /Invalid URL/);
    assert.equal(connection.state, 'closed');
    assert.equal(clock.pendingTimers, 0);
  });
});

describe('Connection: reconnecting', () => {
  it('after a drop: reconnecting with attempt and retryAt, then a new socket, hello, re-login, connected', async () => {
    const context = await loggedIn();
    const { connection, factory, clock, log, states } = context;
    const first = factory.latest;
    log.state.length = 0;
    first.drop();
    assert.equal(connection.state, 'reconnecting');
    const reconnecting = log.state[0]!;
    assert.equal(reconnecting.attempt, 1);
    assert.equal(reconnecting.retryAt, clock.now() + 1_000);
    assert.ok(reconnecting.reason);

    clock.advance(999);
    assert.equal(factory.sockets.length, 1, 'not before retryAt');
    clock.advance(1);
    assert.equal(factory.sockets.length, 2);
    const second = factory.latest;
    second.open();
    assert.deepEqual(second.sent, [], 'nothing before hello on the new socket either');
    second.event('hello', {});
    assert.deepEqual(second.commands[0]?.Params?.slice(0, 3), [
      credentials.username,
      credentials.password,
      credentials.authString,
    ]);
    assert.deepEqual(log['login-started'].at(-1), { relogin: true });
    acceptLogin(second, 'conn-2');
    assert.deepEqual(states(), ['reconnecting', 'connecting', 'logging-in', 'connected']);
    assert.equal(connection.state, 'connected');
    assert.equal(factory.maxLive, 1);
  });

  it('repeated failures back off exponentially up to the cap, one socket at a time', async () => {
    const context = await loggedIn({ backoff: { initialMs: 1_000, maxMs: 8_000, factor: 2 } });
    const { factory, clock, log } = context;
    factory.latest.drop();
    const delays: number[] = [];
    for (let round = 0; round < 7; round += 1) {
      const change = log.state.at(-1)!;
      assert.equal(change.state, 'reconnecting');
      assert.equal(change.attempt, round + 1);
      delays.push(change.retryAt! - clock.now());
      clock.advance(change.retryAt! - clock.now());
      factory.latest.drop(); // the server is still unreachable
    }
    assert.deepEqual(delays, [1_000, 2_000, 4_000, 8_000, 8_000, 8_000, 8_000]);
    assert.equal(factory.sockets.length, 8, 'exactly one socket per attempt');
    assert.equal(factory.maxLive, 1);
  });

  it('jitter spreads the retries of clients dropped together', async () => {
    const draws = [0.1, 0.7];
    const retryDelays: number[] = [];
    for (const draw of draws) {
      const context = await loggedIn({ random: () => draw, backoff: { initialMs: 4_000, jitter: 0.5 } });
      context.factory.latest.drop();
      retryDelays.push(context.log.state.at(-1)!.retryAt! - context.clock.now());
    }
    assert.notEqual(retryDelays[0], retryDelays[1]);
    for (const delay of retryDelays) assert.ok(delay >= 2_000 && delay <= 4_000, String(delay));
  });

  it('a successful re-login resets the backoff', async () => {
    const context = await loggedIn();
    context.factory.latest.drop();
    context.clock.advance(1_000);
    context.factory.latest.drop(); // attempt 2 fails
    completeRelogin(context);
    context.factory.latest.drop();
    const change = context.log.state.at(-1)!;
    assert.equal(change.attempt, 1);
    assert.equal(change.retryAt! - context.clock.now(), 1_000);
  });

  it("the server's close event: reconnect later with backoff, not at once, and log in again", async () => {
    const context = await loggedIn();
    const { connection, factory, clock, log } = context;
    const first = factory.latest;
    first.event('close', null);
    assert.ok(log.event.some((event) => event.name === 'close'));
    assert.equal(connection.state, 'reconnecting');
    assert.notEqual(first.closedByClient, null);
    clock.advance(0);
    assert.equal(factory.sockets.length, 1, 'no immediate reconnect');
    first.serverClose(); // the server drops the socket, as it said it would
    assert.equal(log.state.filter((change) => change.state === 'reconnecting').length, 1, 'counted once');
    completeRelogin(context);
    assert.equal(connection.state, 'connected');
    assert.deepEqual(log['login-started'].at(-1), { relogin: true });
  });

  it('"User already logged in." on a re-login is retried with backoff, a bounded number of times', async () => {
    const context = await loggedIn({ alreadyLoggedInRetries: 3 });
    const { connection, factory, clock, log } = context;
    factory.latest.drop();
    const refusalDelays: number[] = [];
    for (let refusal = 0; refusal < 3; refusal += 1) {
      clock.advance(log.state.at(-1)!.retryAt! - clock.now());
      hello(factory.latest);
      factory.latest.event('msg', 'User already logged in.');
      assert.equal(connection.state, 'reconnecting', `refusal ${refusal + 1} is retried`);
      refusalDelays.push(log.state.at(-1)!.retryAt! - clock.now());
    }
    assert.deepEqual(refusalDelays, [2_000, 4_000, 8_000], 'the delays keep growing');
    clock.advance(log.state.at(-1)!.retryAt! - clock.now());
    hello(factory.latest);
    factory.latest.event('msg', 'User already logged in.');
    assert.equal(connection.state, 'closed', 'the fourth refusal is final');
    assert.deepEqual(log['login-failed'], [{ reason: 'User already logged in.' }]);
    const sockets = factory.sockets.length;
    clock.advance(24 * 60 * minute);
    assert.equal(factory.sockets.length, sockets);
    assert.equal(clock.pendingTimers, 0);
  });

  it('the server noticing the dead socket lets a retried re-login succeed', async () => {
    const context = await loggedIn();
    const { connection, factory, clock, log } = context;
    factory.latest.drop();
    clock.advance(log.state.at(-1)!.retryAt! - clock.now());
    hello(factory.latest);
    factory.latest.event('msg', 'User already logged in.');
    completeRelogin(context);
    assert.equal(connection.state, 'connected');
  });

  it('a re-login refused for its credentials is final and forgets them', async () => {
    const context = await loggedIn();
    const { connection, factory, clock, log } = context;
    factory.latest.drop();
    clock.advance(log.state.at(-1)!.retryAt! - clock.now());
    hello(factory.latest);
    factory.latest.event('msg', 'Invalid credentials entered. Please check your login details.');
    assert.equal(connection.state, 'closed');
    assert.equal(log['login-failed'].length, 1);
    clock.advance(24 * 60 * minute);
    assert.equal(factory.sockets.length, 2);
  });

  it('a re-login that times out is treated as a drop', async () => {
    const context = await loggedIn({ loginTimeoutMs: 10_000 });
    const { connection, factory, clock, log } = context;
    factory.latest.drop();
    clock.advance(1_000);
    hello(factory.latest);
    clock.advance(10_000);
    assert.equal(connection.state, 'reconnecting');
    assert.equal(log.state.at(-1)!.attempt, 2);
    assert.notEqual(factory.latest.closedByClient, null);
    completeRelogin(context);
    assert.equal(connection.state, 'connected');
  });

  it('events from a discarded socket change nothing', async () => {
    const context = await loggedIn();
    const { connection, factory } = context;
    const old = factory.latest;
    old.drop();
    const fresh = completeRelogin(context);
    const eventsBefore = context.log.event.length;
    old.receive({ EventName: 'close', Params: null, Data: null });
    old.finishClose();
    old.drop();
    assert.equal(connection.state, 'connected');
    assert.equal(context.log.event.length, eventsBefore);
    assert.equal(fresh.closedByClient, null);
  });

  it("re-logs in with the operator's current status, not the initial one", async () => {
    const context = await loggedIn();
    const { factory } = context;
    factory.latest.event('status', '2'); // changed by the server or a supervisor
    factory.latest.drop();
    const second = completeRelogin(context, 'conn-2');
    assert.equal(second.commands[0]?.Params?.[5], '2');
    // The own ClientEvent (after a manual change in another client) counts too.
    second.event('clientevent', { ConnectionId: 'conn-2', UserName: credentials.username, Status: 1 });
    second.event('clientevent', { ConnectionId: 'someone-else', UserName: 'martin', Status: 3 });
    second.drop();
    const third = completeRelogin(context, 'conn-3');
    assert.equal(third.commands[0]?.Params?.[5], '1');
  });

  it('setLoginStatus() sets the status the next re-login asks for', async () => {
    const context = await loggedIn();
    context.connection.setLoginStatus(3);
    context.factory.latest.drop();
    const socket = completeRelogin(context);
    assert.equal(socket.commands[0]?.Params?.[5], '3');
  });

  it('probe() while waiting to reconnect tries at once', async () => {
    const context = await loggedIn({ backoff: { initialMs: 30_000 } });
    context.factory.latest.drop();
    assert.equal(context.factory.sockets.length, 1);
    context.connection.probe('online');
    assert.equal(context.factory.sockets.length, 2);
    assert.equal(context.connection.state, 'connecting');
    assert.equal(context.clock.pendingTimers, 1, 'only the login bound; the old retry timer is gone');
  });
});

describe('Connection: bad frames', () => {
  it('a malformed frame or an unknown event is reported and the session continues', async () => {
    const { connection, factory, log } = await loggedIn();
    const socket = factory.latest;
    socket.receive('{not json');
    socket.receive({ EventName: 'somethingnew', Params: null, Data: null });
    socket.receive({ NoEventName: true });
    assert.equal(log['protocol-error'].length, 3);
    assert.equal(connection.state, 'connected');
    assert.equal(socket.closedByClient, null);
    socket.event('chatclosed', null, ['chat-1']);
    assert.equal(log.event.at(-1)?.name, 'chatclosed', 'later events still flow');
  });

  it('bad frames during login do not stop it', async () => {
    const { connection, factory, log } = setup();
    const login = connection.login(credentials);
    hello(factory.latest);
    factory.latest.receive('garbage');
    acceptLogin(factory.latest);
    await login;
    assert.equal(log['protocol-error'].length, 1);
  });

  it('a listener that throws never reaches the socket callback and breaks nothing', async () => {
    const { connection, factory } = setup();
    const reported: unknown[] = [];
    const originalConsoleError = console.error;
    console.error = (error: unknown) => reported.push(error);
    try {
      connection.on('event', () => {
        throw new Error('listener bug');
      });
      const login = connection.login(credentials);
      assert.doesNotThrow(() => hello(factory.latest));
      assert.doesNotThrow(() => acceptLogin(factory.latest));
      await login;
      assert.doesNotThrow(() => factory.latest.drop());
    } finally {
      console.error = originalConsoleError;
    }
    assert.equal(connection.state, 'reconnecting');
    assert.ok(reported.length >= 8, 'each failure is reported, not swallowed');
  });
});

describe('Connection: keepalive and dead connections', () => {
  it('sends Noop every keepaliveMs while connected', async () => {
    const { factory, clock } = await loggedIn();
    const socket = factory.latest;
    const noops = () => socket.commandNames.filter((name) => name === 'Noop').length;
    clock.advance(keepaliveMs - 1);
    assert.equal(noops(), 0);
    clock.advance(1);
    assert.equal(noops(), 1);
    socket.event('noop');
    clock.advance(keepaliveMs);
    assert.equal(noops(), 2);
    socket.event('noop');
    clock.advance(keepaliveMs);
    assert.equal(noops(), 3);
  });

  it('a keepalive Noop without any answer reveals a dead socket', async () => {
    const { connection, factory, clock } = await loggedIn();
    clock.advance(keepaliveMs + answerTimeoutMs);
    assert.equal(connection.state, 'reconnecting');
    assert.notEqual(factory.latest.closedByClient, null);
  });

  it('probe(): no frame at all within answerTimeoutMs means dead: close and reconnect', async () => {
    const { connection, factory, clock, log } = await loggedIn();
    const socket = factory.latest;
    connection.probe('visible');
    assert.equal(socket.commandNames.at(-1), 'Noop');
    clock.advance(answerTimeoutMs - 1);
    assert.equal(connection.state, 'connected');
    clock.advance(1);
    assert.equal(connection.state, 'reconnecting');
    assert.notEqual(socket.closedByClient, null);
    assert.match(log.state.at(-1)!.reason!, /No answer/);
  });

  it('probe(): any frame counts as the answer', async () => {
    const { connection, factory, clock } = await loggedIn();
    connection.probe();
    factory.latest.event('chatclosed', null, ['chat-9']);
    clock.advance(answerTimeoutMs * 10);
    assert.equal(connection.state, 'connected');
    assert.equal(clock.pendingTimers, 1, 'only the keepalive is left');
  });

  it('only one probe is outstanding at a time', async () => {
    const { connection, factory } = await loggedIn();
    connection.probe();
    connection.probe();
    assert.equal(factory.latest.commandNames.filter((name) => name === 'Noop').length, 1);
  });

  it('frozen tab: the answer timer fires late before the queued answer; the live socket survives', async () => {
    const { connection, factory, clock } = await loggedIn();
    const socket = factory.latest;
    connection.probe('visible');
    clock.freeze(10 * minute); // no timer runs while frozen
    clock.advance(0); // resume: the overdue timer fires first...
    assert.equal(connection.state, 'connected', 'a late timer is no proof of death');
    assert.equal(socket.closedByClient, null);
    assert.equal(socket.commandNames.filter((name) => name === 'Noop').length, 2, 'it probes again');
    socket.event('noop'); // ...then the queued answer is delivered
    clock.advance(answerTimeoutMs * 3);
    assert.equal(connection.state, 'connected');
    assert.equal(factory.sockets.length, 1);
  });

  it('throttled tab: a timer that wakes only once a minute does not kill a live connection', async () => {
    const { connection, factory, clock } = await loggedIn();
    const socket = factory.latest;
    clock.advance(1_000); // off the minute boundary
    clock.throttle(minute);
    connection.probe('keepalive');
    clock.advance(minute); // the 20 s timer fires ~59 s later, late
    assert.equal(connection.state, 'connected');
    assert.equal(socket.commandNames.filter((name) => name === 'Noop').length, 2);
    socket.event('noop');
    clock.advance(5 * minute);
    assert.equal(connection.state, 'connected');
    assert.equal(socket.closedByClient, null);
  });

  it('throttled tab: a socket that never answers is still declared dead after a few late rounds', async () => {
    const { connection, factory, clock } = await loggedIn();
    const socket = factory.latest;
    clock.advance(1_000);
    clock.throttle(minute);
    connection.probe();
    clock.advance(10 * minute);
    assert.equal(connection.state === 'reconnecting' || connection.state === 'connecting', true);
    assert.notEqual(socket.closedByClient, null);
    const noops = socket.commandNames.filter((name) => name === 'Noop').length;
    assert.ok(noops >= 2 && noops <= 4, `bounded re-probes, got ${noops}`);
  });

  it('a late login timer gives a frozen tab a fresh bound instead of failing the login', async () => {
    const { connection, factory, clock } = setup({ loginTimeoutMs: 30_000 });
    const login = connection.login(credentials);
    hello(factory.latest);
    clock.freeze(10 * minute);
    clock.advance(0);
    assert.equal(connection.state, 'logging-in');
    acceptLogin(factory.latest);
    await login;
    assert.equal(connection.state, 'connected');
  });
});

describe('Connection: outbox', () => {
  it('send() while connected writes at once', async () => {
    const { connection, factory } = await loggedIn();
    assert.deepEqual(connection.send(sendTo('hi')), { status: 'sent' });
    assert.deepEqual(connection.send(sendTo('again'), { queue: true }), { status: 'sent' });
    assert.deepEqual(
      factory.latest.commands.slice(-2).map((command) => command.Params?.[1]),
      ['hi', 'again'],
    );
  });

  it('send() while not connected throws unless asked to queue', async () => {
    const { connection, factory } = await loggedIn();
    factory.latest.drop();
    assert.throws(() => connection.send(sendTo('lost?')), NotConnectedError);
    const result = connection.send(sendTo('kept'), { queue: true });
    assert.equal(result.status, 'queued');
    assert.ok(result.status === 'queued' && result.id.length > 0);
  });

  it('nothing is queued when no login is coming: before login() or after logout()', async () => {
    const { connection, log } = setup();
    assert.throws(() => connection.send(sendTo('to whom?'), { queue: true }), NotConnectedError);
    const login = connection.login(credentials);
    assert.equal(connection.send(sendTo('early'), { queue: true }).status, 'queued', 'a login is under way');
    connection.logout();
    await assert.rejects(login);
    assert.equal(log['outbox-failed'].length, 1);
    assert.throws(() => connection.send(sendTo('after logout'), { queue: true }), NotConnectedError);
  });

  it('queued commands go out once, in order, after the next login, after listeners heard connected', async () => {
    const context = await loggedIn();
    const { connection, factory, log } = context;
    factory.latest.drop();
    const first = connection.send(sendTo('one'), { queue: true });
    const second = connection.send(sendTo('two'), { queue: true });
    assert.ok(first.status === 'queued' && second.status === 'queued');

    let sentWhenConnectedHeard: string[] | undefined;
    connection.on('state', ({ state }) => {
      if (state === 'connected') {
        sentWhenConnectedHeard = factory.latest.commandNames;
        // The session takes its chats back here, before queued messages go out.
        connection.send({ Command: 'Chat', Params: ['chat-1'] });
      }
    });
    const socket = completeRelogin(context);
    assert.deepEqual(sentWhenConnectedHeard, ['Login']);
    assert.deepEqual(
      socket.commands.map((command) => `${command.Command} ${command.Params?.at(-1) ?? ''}`),
      ['Login 1.2.3', 'Chat chat-1', 'SendTo one', 'SendTo two'],
    );
    assert.deepEqual(log['outbox-sent'], [{ id: first.id }, { id: second.id }]);

    socket.drop();
    const next = completeRelogin(context, 'conn-3');
    assert.deepEqual(next.commandNames, ['Login', 'Chat'], 'no queued command is sent twice');
  });

  it('a command queued while the outbox still holds older ones keeps its place', async () => {
    const context = await loggedIn();
    const { connection, factory, log } = context;
    factory.latest.drop();
    connection.send(sendTo('one'), { queue: true });
    let lateId = '';
    connection.on('state', ({ state }) => {
      if (state !== 'connected') return;
      const late = connection.send(sendTo('two'), { queue: true });
      assert.equal(late.status, 'queued');
      if (late.status === 'queued') lateId = late.id;
    });
    const socket = completeRelogin(context);
    await Promise.resolve();
    assert.deepEqual(
      socket.commands.filter((command) => command.Command === 'SendTo').map((command) => command.Params?.[1]),
      ['one', 'two'],
    );
    assert.equal(log['outbox-sent'].at(-1)?.id, lateId);
  });

  it('an item the socket refuses to write stays queued and goes out once after the next login', async () => {
    const context = await loggedIn();
    const { connection, factory, log } = context;
    factory.latest.drop();
    const first = connection.send(sendTo('one'), { queue: true });
    const second = connection.send(sendTo('two'), { queue: true });
    assert.ok(first.status === 'queued' && second.status === 'queued');

    const clock = context.clock;
    clock.advance(log.state.at(-1)!.retryAt! - clock.now());
    const broken = factory.latest;
    broken.failSend = (data) => data.includes('"one"');
    hello(broken);
    acceptLogin(broken);
    assert.equal(connection.state, 'reconnecting', 'a socket that throws on send is given up');
    assert.deepEqual(log['outbox-sent'], []);
    assert.deepEqual(log['outbox-failed'], []);

    const socket = completeRelogin(context, 'conn-3');
    assert.deepEqual(
      socket.commands.filter((command) => command.Command === 'SendTo').map((command) => command.Params?.[1]),
      ['one', 'two'],
    );
    assert.deepEqual(log['outbox-sent'], [{ id: first.id }, { id: second.id }]);
  });

  it('a connected send that throws reports not connected, reconnects, and keeps a queued one', async () => {
    const context = await loggedIn();
    const { connection, factory } = context;
    factory.latest.failSend = () => true;
    assert.throws(() => connection.send(sendTo('direct')), NotConnectedError);
    assert.equal(connection.state, 'reconnecting');
    const kept = connection.send(sendTo('queued'), { queue: true });
    assert.equal(kept.status, 'queued');
    const socket = completeRelogin(context);
    assert.deepEqual(socket.commandNames, ['Login', 'SendTo']);
  });

  it('a socket already closing is not written to: a queued command waits instead of being lost', async () => {
    const context = await loggedIn();
    const { connection, factory } = context;
    const dying = factory.latest;
    // The browser flips readyState before it delivers the close event, and silently
    // discards anything sent in between.
    dying.readyState = 2;
    const result = connection.send(sendTo('precious'), { queue: true });
    assert.equal(result.status, 'queued');
    assert.equal(connection.state, 'reconnecting');
    const socket = completeRelogin(context);
    assert.deepEqual(socket.commandNames, ['Login', 'SendTo']);
  });

  it('cancelQueued drops an item and reports it failed with the reason', async () => {
    const context = await loggedIn();
    const { connection, factory, log } = context;
    factory.latest.drop();
    const doomed = connection.send(sendTo('doomed'), { queue: true });
    const kept = connection.send(sendTo('kept'), { queue: true });
    assert.ok(doomed.status === 'queued' && kept.status === 'queued');
    connection.cancelQueued(doomed.id, 'Chat closed');
    connection.cancelQueued(doomed.id, 'again');
    assert.deepEqual(log['outbox-failed'], [{ id: doomed.id, reason: 'Chat closed' }]);
    const socket = completeRelogin(context);
    assert.deepEqual(
      socket.commands.filter((command) => command.Command === 'SendTo').map((command) => command.Params?.[1]),
      ['kept'],
    );
  });

  it('logout() fails every queued item with "Logged out"', async () => {
    const { connection, factory, log } = await loggedIn();
    factory.latest.drop();
    const ids = ['a', 'b'].map((text) => {
      const result = connection.send(sendTo(text), { queue: true });
      return result.status === 'queued' ? result.id : '';
    });
    connection.logout();
    assert.deepEqual(log['outbox-failed'], ids.map((id) => ({ id, reason: 'Logged out' })));
  });

  it('a final login refusal fails the queued items with its reason', async () => {
    const context = await loggedIn();
    const { connection, factory, clock, log } = context;
    factory.latest.drop();
    const queued = connection.send(sendTo('a'), { queue: true });
    assert.equal(queued.status, 'queued');
    clock.advance(log.state.at(-1)!.retryAt! - clock.now());
    hello(factory.latest);
    factory.latest.event('msg', 'Your account has been disabled.');
    assert.deepEqual(
      log['outbox-failed'].map((failure) => failure.reason),
      ['Your account has been disabled.'],
    );
  });
});

describe('Connection: logging out', () => {
  it('sends Close, then closes the socket; state closed, no reconnect, no timers', async () => {
    const { connection, factory, clock, states } = await loggedIn();
    const socket = factory.latest;
    connection.logout();
    assert.equal(socket.commandNames.at(-1), 'Close');
    assert.deepEqual(socket.commands.at(-1), { Command: 'Close', Params: null });
    assert.equal(socket.closedByClient?.code, 1000);
    assert.equal(connection.state, 'closed');
    assert.equal(states().at(-1), 'closed');
    assert.equal(clock.pendingTimers, 0);
    socket.finishClose();
    clock.advance(24 * 60 * minute);
    assert.equal(factory.sockets.length, 1);
    assert.equal(connection.state, 'closed');
  });

  it('forgets the credentials: a drop after logging in again uses the new ones', async () => {
    const context = await loggedIn();
    const { connection, factory } = context;
    connection.logout();
    const login = connection.login({ ...credentials, username: 'martin@mysite.com' });
    hello(factory.latest);
    acceptLogin(factory.latest);
    await login;
    factory.latest.drop();
    const socket = completeRelogin(context);
    assert.equal(socket.commands[0]?.Params?.[0], 'martin@mysite.com');
  });

  it('while waiting to reconnect: stops the retry; nothing is left running', async () => {
    const { connection, factory, clock } = await loggedIn();
    factory.latest.drop();
    assert.equal(clock.pendingTimers, 1);
    connection.logout();
    assert.equal(clock.pendingTimers, 0);
    clock.advance(60 * minute);
    assert.equal(factory.sockets.length, 1);
    assert.equal(connection.state, 'closed');
  });

  it('during a login: rejects it as aborted, sends no Close on a socket not logged in', async () => {
    const { connection, factory, clock } = setup();
    const login = connection.login(credentials);
    hello(factory.latest);
    connection.logout();
    await assert.rejects(login, (error: unknown) => error instanceof LoginError && error.kind === 'aborted');
    assert.deepEqual(factory.latest.commandNames, ['Login']);
    assert.notEqual(factory.latest.closedByClient, null);
    assert.equal(clock.pendingTimers, 0);
  });

  it('a listener logging out on a state change leaves nothing running', async () => {
    const context = await loggedIn();
    const { connection, factory, clock } = context;
    connection.on('state', ({ state }) => {
      if (state === 'reconnecting') connection.logout();
    });
    factory.latest.drop();
    assert.equal(connection.state, 'closed');
    assert.equal(clock.pendingTimers, 0);
    clock.advance(60 * minute);
    assert.equal(factory.sockets.length, 1);
  });
});

describe('Connection: WebSocket implementations', () => {
  it('the native WebSocket and the ws package both fit the injected constructor type', async () => {
    const { WebSocket: NodeWebSocket } = await import('ws');
    // Compile-time checks: tsc rejects this file if either stops fitting.
    const native: WebSocketConstructorLike | undefined = (globalThis as { WebSocket?: typeof WebSocket }).WebSocket;
    const fromWs: WebSocketConstructorLike = NodeWebSocket;
    assert.equal(typeof fromWs, 'function');
    assert.ok(native === undefined || typeof native === 'function');
  });

  let stop: (() => Promise<void>) | undefined;
  beforeEach(() => {
    stop = undefined;
  });
  afterEach(async () => {
    await stop?.();
  });

  it('logs in and out over the ws package', async () => {
    const { WebSocketServer, WebSocket: NodeWebSocket } = await import('ws');
    const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    stop = () => new Promise((resolve) => server.close(() => resolve()));
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const received: string[] = [];
    const closed = new Promise<void>((resolve) => {
      server.on('connection', (client) => {
        client.on('close', () => resolve());
        client.on('message', (data) => {
          const command = JSON.parse(String(data)) as { Command: string };
          received.push(command.Command);
          if (command.Command === 'Login') {
            client.send(JSON.stringify({ EventName: 'connected', Params: ['real-1'], Data: {} }));
          }
        });
        client.send(JSON.stringify({ EventName: 'hello', Params: null, Data: {} }));
      });
    });
    const address = server.address();
    assert.ok(address && typeof address === 'object');
    const connection = new Connection({ url: `ws://127.0.0.1:${address.port}`, WebSocket: NodeWebSocket });
    const info = await connection.login(credentials);
    assert.equal(info.connectionId, 'real-1');
    connection.logout();
    await closed;
    assert.deepEqual(received, ['Login', 'Close']);
  });
});
