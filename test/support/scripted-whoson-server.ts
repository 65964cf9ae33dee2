/**
 * A tiny scripted WhosOn-like server on a real `ws` socket, for tests that need the
 * browser's native WebSocket (or a Node client) to talk to something over TCP.
 *
 * It is deliberately dumb — a fixed script, not the simulator in src/sim: `hello` on
 * connect; `Login` answered with the spec's post-login events (or a `msg` on bad
 * credentials, as a real server does); `Noop` answered with `noop`. Every other command
 * is recorded and ignored. Each connection is independent, so test files running at the
 * same time can share one server.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { scriptedCredentials, scriptedLoginData } from './scripted-login-data.js';

export { scriptedCredentials, scriptedLoginData };

export interface ScriptedServerOptions {
  username?: string;
  password?: string;
  authString?: string;
}

export interface ScriptedServer {
  /** `ws://127.0.0.1:<port>` */
  readonly url: string;
  /** Every command received, in order, across connections. */
  readonly received: ReadonlyArray<{ connection: number; Command: string; Params: unknown }>;
  close(): Promise<void>;
}

function event(name: string, data: unknown, params: string[] | null = null): string {
  return JSON.stringify({ EventName: name, Params: params, Data: data });
}

export async function startScriptedWhosOnServer(options: ScriptedServerOptions = {}): Promise<ScriptedServer> {
  const expected = { ...scriptedCredentials, ...options };
  const received: Array<{ connection: number; Command: string; Params: unknown }> = [];
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  let connections = 0;

  server.on('connection', (socket: WebSocket) => {
    const connection = ++connections;
    const connectionId = `scripted-connection-${connection}`;
    socket.send(event('hello', { Application: 'WhosOn', Version: '10.1.1.1', ConnectionId: connectionId }));

    socket.on('message', (raw) => {
      let command: { Command?: unknown; Params?: unknown };
      try {
        command = JSON.parse(String(raw)) as typeof command;
      } catch {
        socket.send(event('error', 'Invalid command'));
        return;
      }
      const name = typeof command.Command === 'string' ? command.Command : '';
      received.push({ connection, Command: name, Params: command.Params });
      const params = Array.isArray(command.Params) ? command.Params.map(String) : [];

      switch (name.toLowerCase()) {
        case 'login': {
          const [username, password, authString] = params;
          if (username !== expected.username || password !== expected.password || authString !== expected.authString) {
            socket.send(event('msg', 'Invalid credentials entered. Please check your login details.'));
            return;
          }
          socket.send(
            event('nameduser', { Username: username, Name: params[3] || 'Thomas', Dept: params[4] ?? '', Rights: 'YYYYYYYYYNYYY1NN' }, [connectionId]),
          );
          socket.send(event('sites', scriptedLoginData.sites));
          socket.send(event('clients', scriptedLoginData.clients));
          socket.send(event('chatting', scriptedLoginData.chatting));
          socket.send(event('connected', scriptedLoginData.server, [connectionId]));
          return;
        }
        case 'noop':
          socket.send(event('noop', null));
          return;
        default:
          return;
      }
    });
  });

  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
