/**
 * Session commands after login: Status, SetStatus, Close and Noop. (Login itself and the
 * post-login sequence live in src/sim/login.ts, which the server calls directly since
 * they run before a handler may; the server also counts the Close commands it receives.)
 */

import { parseStatus } from '../world.js';
import type { HandlerFamily } from './registry.js';

export const sessionFamily: HandlerFamily = {
  name: 'session',
  handlers: {
    Status: ({ server, conn, params }) => {
      const status = parseStatus(params[0]);
      if (status === null) {
        server.error(conn, `Invalid status "${params[0] ?? ''}": expected 0, 1, 2 or 3`);
        return;
      }
      server.setStatus(conn, status, params[1] ?? '');
    },

    SetStatus: ({ server, conn, params }) => {
      if (!conn.isSupervisorOrAdmin) {
        server.accessDenied(conn);
        return;
      }
      const target = server.connection(params[0] ?? '');
      if (target === undefined || !server.canSee(conn, target)) {
        server.error(conn, `No connected user with connection id "${params[0] ?? ''}"`);
        return;
      }
      const status = parseStatus(params[1]);
      if (status === null) {
        server.error(conn, `Invalid status "${params[1] ?? ''}": expected 0, 1, 2 or 3`);
        return;
      }
      target.send('status', null, String(status));
      server.setStatus(target, status);
    },

    Close: ({ server, conn }) => {
      server.dropConnection(conn, 1000, 'Close');
    },

    Noop: ({ conn }) => {
      conn.send('noop', null, '');
    },
  },
};
