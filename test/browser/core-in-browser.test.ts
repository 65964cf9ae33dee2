/**
 * The protocol core in real Chromium: the frame codec on the browser's own JSON, and a
 * Connection over the browser's native WebSocket to the scripted server that
 * web-test-runner.config.js starts (test/support/scripted-whoson-server.ts).
 */
import { expect } from '@open-wc/testing';
import { Connection, LoginError, type ConnectionState } from '../../src/core/connection.js';
import type { WhosOnEvent } from '../../src/core/protocol/event-map.js';
import { decodeFrame, encodeCommand } from '../../src/core/protocol/frame.js';
import { scriptedCredentials, scriptedLoginData } from '../support/scripted-login-data.js';
import { scriptedServerUrl } from '../support/scripted-server-url.js';

function nextEvent(connection: Connection, name: WhosOnEvent['name']): Promise<WhosOnEvent> {
  return new Promise((resolve) => {
    const stop = connection.on('event', (event) => {
      if (event.name !== name) return;
      stop();
      resolve(event);
    });
  });
}

describe('frame codec in the browser', () => {
  it('decodes a spec event frame', () => {
    const result = decodeFrame('{"EventName":"hello","Params":null,"Data":{"Application":"WhosOn","ConnectionId":"abc"}}');
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.name).to.equal('hello');
    expect(result.value.params).to.deep.equal([]);
    expect(result.value.data).to.deep.equal({ Application: 'WhosOn', ConnectionId: 'abc' });
  });

  it('reports a malformed frame instead of throwing', () => {
    expect(decodeFrame('{"EventName":').ok).to.equal(false);
  });

  it('encodes a command envelope', () => {
    expect(encodeCommand({ Command: 'Noop', Params: null })).to.equal('{"Command":"Noop","Params":null}');
  });
});

describe('Connection over the native WebSocket', () => {
  let url: string;
  let connection: Connection | undefined;

  before(async () => {
    url = await scriptedServerUrl();
  });

  afterEach(() => {
    connection?.logout();
    connection = undefined;
  });

  it('uses the browser WebSocket when none is injected', () => {
    expect(globalThis.WebSocket).to.be.a('function');
    connection = new Connection({ url });
    expect(connection.state).to.equal('idle');
  });

  it('logs in after hello and receives the post-login events', async () => {
    connection = new Connection({ url });
    const states: ConnectionState[] = [];
    const events: WhosOnEvent[] = [];
    connection.on('state', (change) => states.push(change.state));
    connection.on('event', (event) => events.push(event));

    const info = await connection.login({ ...scriptedCredentials });

    expect(info.registeredUser).to.equal(scriptedLoginData.server.RegisteredUser);
    expect(info.connectionId).to.match(/^scripted-connection-/);
    expect(connection.state).to.equal('connected');
    expect(states).to.include.members(['connecting', 'logging-in', 'connected']);
    expect(states.indexOf('logging-in')).to.be.lessThan(states.indexOf('connected'));

    const names = events.map((event) => event.name);
    for (const name of ['nameduser', 'sites', 'clients', 'chatting', 'connected'] as const) {
      expect(names, `event ${name}`).to.include(name);
    }
    expect(names.indexOf('connected')).to.equal(names.length - 1);

    const chatting = events.find((event) => event.name === 'chatting');
    const clients = events.find((event) => event.name === 'clients');
    expect(chatting?.name === 'chatting' && chatting.payload.chats.map((chat) => chat.chatUid)).to.deep.equal(
      scriptedLoginData.chatting.map((chat) => chat.ChatUID),
    );
    expect(clients?.name === 'clients' && clients.payload.clients.length).to.equal(scriptedLoginData.clients.length);
  });

  it("rejects the login with the server's reason and does not retry", async () => {
    connection = new Connection({ url });
    let error: unknown;
    try {
      await connection.login({ ...scriptedCredentials, password: 'wrong-password' });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(LoginError);
    expect((error as LoginError).message).to.contain('Invalid credentials');
    expect((error as LoginError).kind).to.equal('rejected');
    expect(connection.state).to.equal('closed');
  });

  it('gets a noop back when it probes a live link', async () => {
    connection = new Connection({ url });
    await connection.login({ ...scriptedCredentials });
    const answered = nextEvent(connection, 'noop');
    connection.probe();
    const event = await answered;
    expect(event.name).to.equal('noop');
    expect(connection.state).to.equal('connected');
  });

  it('closes on logout', async () => {
    connection = new Connection({ url });
    await connection.login({ ...scriptedCredentials });
    connection.logout();
    expect(connection.state).to.equal('closed');
  });
});
