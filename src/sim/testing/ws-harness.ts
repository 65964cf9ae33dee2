/**
 * Node only: a SimServer behind a real `ws` WebSocket server on a free port, and real
 * client sessions connected to it, for tests that go through actual sockets. Time is
 * real here, so tests wait for what they expect with `until`.
 */

import { WebSocket } from 'ws';
import { systemClock } from '../../core/clock.js';
import { Session } from '../../core/session.js';
import { DEMO_AUTH_STRING, DEMO_PASSWORD } from '../default-data.js';
import { startSimHost, type SimHost } from '../node/ws-host.js';
import { SimServer, type SimServerOptions } from '../server.js';

export interface WsSim {
  readonly server: SimServer;
  readonly host: SimHost;
  /** Logs a demo user in through a real socket. */
  login(username: string): Promise<Session>;
  /** Logs every session out, shuts the server down and closes the host. */
  stop(): Promise<void>;
}

export async function startWsSim(options: Omit<SimServerOptions, 'clock'> = {}): Promise<WsSim> {
  const server = new SimServer({ seed: 21, ...options });
  const host = await startSimHost({ server, port: 0 });
  const sessions: Session[] = [];
  return {
    server,
    host,
    async login(username) {
      const session = new Session({ url: host.url, WebSocket, clock: systemClock, loadReferenceData: false });
      sessions.push(session);
      await session.login({ username, password: DEMO_PASSWORD, authString: DEMO_AUTH_STRING });
      return session;
    },
    async stop() {
      for (const session of sessions) session.logout();
      server.shutdown();
      await host.close();
    },
  };
}

/** Polls until `check` holds; fails with `what` after `timeoutMs`. */
export async function until(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
