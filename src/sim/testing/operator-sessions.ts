/**
 * Real client sessions (src/core/session.ts) logged in to a simulator over in-memory
 * sockets, for tests that read best as "an operator does X and sees Y".
 */

import type { Clock } from '../../core/clock.js';
import type { WhosOnEvent } from '../../core/protocol/event-map.js';
import type { OperatorStatus } from '../../core/protocol/models.js';
import { Session } from '../../core/session.js';
import { DEMO_AUTH_STRING, DEMO_PASSWORD } from '../default-data.js';
import { memorySocketFor } from '../memory-socket.js';
import type { SimServer } from '../server.js';
import { settle } from './raw-client.js';

let nextAddress = 1;

/**
 * Logs `username` in through the real client. Each session gets its own client address,
 * so strikes one test provokes never blacklist another operator.
 */
export async function operatorSession(
  server: SimServer,
  clock: Clock,
  username: string,
  options: { status?: OperatorStatus; remoteAddress?: string } = {},
): Promise<Session> {
  const remoteAddress = options.remoteAddress ?? `10.20.0.${nextAddress++}`;
  const session = new Session({
    url: 'ws://sim.test:8013',
    WebSocket: memorySocketFor(server, { remoteAddress }),
    clock,
    random: () => 0,
    loadReferenceData: false,
  });
  await session.login({ username, password: DEMO_PASSWORD, authString: DEMO_AUTH_STRING, status: options.status ?? 0 });
  await settle();
  return session;
}

/** The decoded events a session receives from now on. */
export function recordEvents(session: Session): { names: () => string[]; events: WhosOnEvent[] } {
  const events: WhosOnEvent[] = [];
  session.onEvent((event) => events.push(event));
  return { names: () => events.map((event) => event.name), events };
}
