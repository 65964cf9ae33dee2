import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import type { ClientOptions } from 'ws';
import { Connection } from '../../core/connection.js';
import type { WhosOnEvent } from '../../core/protocol/event-map.js';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD } from '../default-data.js';
import { SimServer } from '../server.js';
import { makeSelfSignedCertificate, MissingOpensslError } from './self-signed.js';
import { startSimHost } from './ws-host.js';
import type { SimHost, SimHostOptions } from './ws-host.js';

interface Frame {
  EventName: string;
  Params?: unknown;
  Header?: unknown;
  Data: unknown;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function host(options: Partial<SimHostOptions> = {}): Promise<{ server: SimServer; host: SimHost }> {
  const server = new SimServer({ seed: 7 });
  const simHost = await startSimHost({ server, port: 0, ...options });
  cleanups.push(async () => {
    server.shutdown();
    await simHost.close();
  });
  return { server, host: simHost };
}

/** A raw `ws` client that records every frame. */
class RawWsClient {
  readonly frames: Frame[] = [];
  readonly socket: WebSocket;
  readonly #waiters: { test: (frame: Frame) => boolean; resolve: (frame: Frame) => void }[] = [];

  constructor(url: string, options: ClientOptions = {}) {
    this.socket = new WebSocket(url, options);
    this.socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Frame;
      this.frames.push(frame);
      for (const waiter of [...this.#waiters]) {
        if (waiter.test(frame)) {
          this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
          waiter.resolve(frame);
        }
      }
    });
    cleanups.push(() => this.socket.terminate());
  }

  next(eventName: string, timeoutMs = 5_000): Promise<Frame> {
    const seen = this.frames.find((frame) => frame.EventName === eventName);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "${eventName}" within ${timeoutMs} ms`)), timeoutMs);
      this.#waiters.push({
        test: (frame) => frame.EventName === eventName,
        resolve: (frame) => {
          clearTimeout(timer);
          resolve(frame);
        },
      });
    });
  }

  command(name: string, params: string[] | null): void {
    this.socket.send(JSON.stringify({ Command: name, Params: params }));
  }

  login(username: string = DEMO_OPERATORS.thomas, password = DEMO_PASSWORD): void {
    this.command('Login', [username, password, DEMO_AUTH_STRING, '', '', '0', 'en', 'ws-test', '1']);
  }

  closed(): Promise<{ code: number; reason: string }> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve({ code: 1006, reason: '' });
    return new Promise((resolve) => this.socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  }
}

function httpStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url.replace(/^ws/, 'http'), { headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('ws host: plain WebSocket', () => {
  it('greets with hello and logs an operator in through a real socket', async () => {
    const { host: simHost } = await host();
    assert.match(simHost.url, /^ws:\/\/127\.0\.0\.1:\d+$/);
    const client = new RawWsClient(simHost.url);
    const hello = await client.next('hello');
    const helloData = hello.Data as { Application: string; ConnectionId: string };
    assert.equal(helloData.Application, 'WhosOn');
    client.login();
    const connected = await client.next('connected');
    assert.deepEqual(connected.Params, [helloData.ConnectionId]);
    const names = client.frames.map((frame) => frame.EventName);
    assert.equal(names[0], 'hello');
    assert.ok(names.indexOf('nameduser') < names.indexOf('connected'));
    assert.ok(names.includes('sites') && names.includes('clients'));
    assert.equal(simHost.connectionCount, 1);
  });

  it('answers wrong credentials with the spec msg over the socket', async () => {
    const { host: simHost } = await host();
    const client = new RawWsClient(simHost.url);
    await client.next('hello');
    client.login(DEMO_OPERATORS.thomas, 'wrong');
    const msg = await client.next('msg');
    assert.equal(msg.Data, 'Invalid credentials entered. Please check your login details.');
    assert.equal(client.frames.some((frame) => frame.EventName === 'connected'), false);
  });

  it('logs in with the core Connection over the ws package and logs out with Close', async () => {
    const { server, host: simHost } = await host();
    const connection = new Connection({ url: simHost.url, WebSocket });
    cleanups.push(() => connection.logout());
    const events: WhosOnEvent[] = [];
    connection.on('event', (event) => events.push(event));
    const info = await connection.login({
      username: DEMO_OPERATORS.martin,
      password: DEMO_PASSWORD,
      authString: DEMO_AUTH_STRING,
    });
    assert.equal(info.version, '10.1.1.1');
    assert.equal(connection.state, 'connected');
    assert.ok(events.some((event) => event.name === 'sites'));
    assert.equal(server.operators().length, 1);
    assert.equal(server.operators()[0]?.username, DEMO_OPERATORS.martin);

    const gone = new Promise<void>((resolve) => server.onOperatorGone(() => resolve()));
    connection.logout();
    await gone;
    assert.equal(server.operators().length, 0);
  });

  it('tells a second operator when the first one’s socket drops', async () => {
    const { host: simHost } = await host();
    const thomas = new RawWsClient(simHost.url);
    await thomas.next('hello');
    thomas.login(DEMO_OPERATORS.thomas);
    const thomasId = (await thomas.next('connected')).Params as string[];
    const martin = new RawWsClient(simHost.url);
    await martin.next('hello');
    martin.login(DEMO_OPERATORS.martin);
    await martin.next('connected');
    thomas.socket.terminate();
    const removed = await martin.next('clientremove');
    assert.equal(removed.Data, thomasId[0]);
  });

  it('sees the socket peer address, or the X-Forwarded-For client when a proxy sends one', async () => {
    const { server, host: simHost } = await host();
    const direct = new RawWsClient(simHost.url);
    await direct.next('hello');
    const proxied = new RawWsClient(simHost.url, { headers: { 'X-Forwarded-For': '203.0.113.9, 10.0.0.1' } });
    await proxied.next('hello');
    const spelledAsSpec = new RawWsClient(simHost.url, { headers: { 'X-Forward-For': '198.51.100.4' } });
    await spelledAsSpec.next('hello');
    const addresses = server.connections().map((conn) => conn.remoteAddress).sort();
    assert.deepEqual(addresses, ['127.0.0.1', '198.51.100.4', '203.0.113.9']);
  });

  it('ignores X-Forwarded-For when told not to trust it', async () => {
    const { server, host: simHost } = await host({ trustForwardedFor: false });
    const proxied = new RawWsClient(simHost.url, { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    await proxied.next('hello');
    assert.deepEqual(server.connections().map((conn) => conn.remoteAddress), ['127.0.0.1']);
  });

  it('refuses a blacklisted address before the WebSocket handshake', async () => {
    const { server, host: simHost } = await host();
    server.blacklistAddress('192.0.2.50', 60);
    const refused = new WebSocket(simHost.url, { headers: { 'X-Forwarded-For': '192.0.2.50' } });
    cleanups.push(() => refused.terminate());
    const status = await new Promise<number>((resolve) => {
      refused.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      refused.on('open', () => resolve(101));
    });
    refused.on('error', () => undefined);
    assert.equal(status, 403);
    assert.equal(server.connections().length, 0);
    // Another address still gets in.
    const other = new RawWsClient(simHost.url);
    await other.next('hello');
  });

  it('blacklists an address after repeated failed logins over real sockets', async () => {
    const server = new SimServer({ seed: 3, blacklist: { after: 3, retrySeconds: 60 } });
    const simHost = await startSimHost({ server, port: 0 });
    cleanups.push(async () => {
      server.shutdown();
      await simHost.close();
    });
    const headers = { 'X-Forwarded-For': '192.0.2.77' };
    const client = new RawWsClient(simHost.url, { headers });
    await client.next('hello');
    const closed = client.closed();
    for (let i = 0; i < 3; i += 1) client.login(DEMO_OPERATORS.thomas, `wrong-${i}`);
    const { code } = await closed;
    assert.equal(code, 1008);
    const status = await httpStatus(simHost.url, { ...headers, Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==' });
    assert.equal(status, 403);
  });

  it('answers a plain HTTP request with 426 Upgrade Required', async () => {
    const { host: simHost } = await host();
    assert.equal(await httpStatus(simHost.url), 426);
  });

  it('shuts down cleanly: operators get the close event, sockets close, the port is freed', async () => {
    const server = new SimServer({ seed: 9 });
    const simHost = await startSimHost({ server, port: 0 });
    const client = new RawWsClient(simHost.url);
    await client.next('hello');
    client.login();
    await client.next('connected');
    const closed = client.closed();
    server.shutdown();
    await simHost.close();
    const closeFrame = await client.next('close');
    assert.equal(closeFrame.EventName, 'close');
    assert.equal((await closed).code, 1001);
    assert.equal(simHost.connectionCount, 0);
    await assert.rejects(httpStatus(simHost.url), /ECONNREFUSED/);
  });

  it('reports a port already in use instead of hanging', async () => {
    const { host: first } = await host();
    const server = new SimServer();
    await assert.rejects(startSimHost({ server, port: first.port }), /EADDRINUSE/);
  });
});

describe('ws host: TLS', () => {
  it('serves wss:// with a self-signed certificate that a client trusting it accepts', async () => {
    const { host: simHost } = await host({ tls: 'self-signed' });
    assert.match(simHost.url, /^wss:\/\/127\.0\.0\.1:\d+$/);
    assert.match(simHost.certificate ?? '', /BEGIN CERTIFICATE/);
    const client = new RawWsClient(simHost.url, { ca: simHost.certificate });
    await client.next('hello');
    client.login();
    await client.next('connected');

    // The core Connection over wss, with a WebSocket that trusts the certificate.
    const certificate = simHost.certificate;
    class TrustingWebSocket extends WebSocket {
      constructor(url: string) {
        super(url, { ca: certificate });
      }
    }
    const connection = new Connection({ url: simHost.url, WebSocket: TrustingWebSocket });
    cleanups.push(() => connection.logout());
    const info = await connection.login({
      username: DEMO_OPERATORS.martin,
      password: DEMO_PASSWORD,
      authString: DEMO_AUTH_STRING,
    });
    assert.equal(info.applicationName, 'WhosOn');
  });

  it('is refused by a client that does not trust the self-signed certificate', async () => {
    const { host: simHost } = await host({ tls: 'self-signed' });
    const untrusting = new WebSocket(simHost.url);
    cleanups.push(() => untrusting.terminate());
    const error = await new Promise<Error>((resolve) => untrusting.once('error', resolve));
    assert.match(error.message, /self[- ]signed/i);
  });

  it('serves a certificate and key given as files', async () => {
    const pair = await makeSelfSignedCertificate();
    const dir = await mkdtemp(join(tmpdir(), 'ws-host-test-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const certFile = join(dir, 'cert.pem');
    const keyFile = join(dir, 'key.pem');
    await writeFile(certFile, pair.cert);
    await writeFile(keyFile, pair.key);
    const { host: simHost } = await host({ tls: { certFile, keyFile } });
    assert.equal(simHost.certificate, pair.cert);
    const client = new RawWsClient(simHost.url, { ca: pair.cert });
    await client.next('hello');
  });

  it('says clearly that openssl is needed when it cannot be found', async () => {
    const path = process.env['PATH'];
    process.env['PATH'] = '';
    try {
      await assert.rejects(startSimHost({ server: new SimServer(), port: 0, tls: 'self-signed' }), (error: unknown) => {
        assert.ok(error instanceof MissingOpensslError);
        assert.match(error.message, /openssl/);
        assert.match(error.message, /--tls-cert/);
        return true;
      });
    } finally {
      process.env['PATH'] = path;
    }
  });
});
