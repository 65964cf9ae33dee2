import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FakeClock } from '../core/testing/fake-clock.js';
import { DEMO_OPERATORS } from './default-data.js';
import { MemorySocket, memorySocketFor } from './memory-socket.js';
import { SimServer } from './server.js';
import { RawClient, settle } from './testing/raw-client.js';

function server(): SimServer {
  return new SimServer({ clock: new FakeClock(), seed: 9 });
}

describe('MemorySocket', () => {
  it('opens after construction, then delivers hello; sending while connecting throws', async () => {
    const sim = server();
    const Socket = memorySocketFor(sim, { remoteAddress: '10.2.2.2' });
    const socket = new Socket('ws://sim');
    const seen: string[] = [];
    socket.onopen = () => seen.push('open');
    socket.onmessage = (event) => seen.push(JSON.parse(String(event.data)).EventName as string);
    assert.equal(socket.readyState, MemorySocket.CONNECTING);
    assert.throws(() => socket.send('{"Command":"Noop","Params":null}'));
    assert.deepEqual(seen, [], 'nothing happens synchronously');
    await settle();
    assert.equal(socket.readyState, MemorySocket.OPEN);
    assert.deepEqual(seen, ['open', 'hello']);
    assert.equal(sim.connections()[0]?.remoteAddress, '10.2.2.2');
  });

  it('tells the server when the client closes, and reports the close to the client', async () => {
    const sim = server();
    const client = await RawClient.login(sim, DEMO_OPERATORS.thomas);
    assert.equal(sim.operators().length, 1);
    client.close();
    assert.equal(client.socket.readyState, MemorySocket.CLOSING);
    await settle();
    assert.equal(client.socket.readyState, MemorySocket.CLOSED);
    assert.deepEqual([client.closeEvent?.code, client.closeEvent?.reason], [1000, 'test']);
    assert.equal(sim.operators().length, 0);
  });

  it('delivers frames the server sent before closing, then the close', async () => {
    const sim = server();
    const client = await RawClient.login(sim, DEMO_OPERATORS.thomas);
    const conn = sim.connection(client.connectionId);
    assert.ok(conn);
    conn.send('msg', null, 'last words');
    sim.dropConnection(conn, 4000, 'bye');
    await settle();
    assert.equal(client.last('msg')?.Data, 'last words');
    assert.deepEqual([client.closeEvent?.code, client.closeEvent?.reason], [4000, 'bye']);
  });

  it('errors and closes without opening when the server refuses the connection', async () => {
    const sim = server();
    sim.world.blacklist.permanent.add('10.3.3.3');
    const socket = new MemorySocket('ws://sim', sim, { remoteAddress: '10.3.3.3' });
    const seen: string[] = [];
    socket.onopen = () => seen.push('open');
    socket.onerror = () => seen.push('error');
    socket.onclose = (event) => seen.push(`close ${event.code ?? ''}`);
    await settle();
    assert.deepEqual(seen, ['error', 'close 1008']);
    assert.equal(socket.readyState, MemorySocket.CLOSED);
  });

  it('can deliver on an injected scheduler instead of microtasks', async () => {
    const sim = server();
    const clock = new FakeClock();
    const socket = new MemorySocket('ws://sim', sim, { defer: (run) => clock.setTimeout(run, 0) });
    let opened = false;
    socket.onopen = () => {
      opened = true;
    };
    await settle();
    assert.equal(opened, false, 'waits for the clock');
    clock.advance(0);
    assert.equal(opened, true);
  });
});
