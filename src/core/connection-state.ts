/** Where the connection of a session is in its lifecycle (see connection.ts). */

/**
 * - `idle`: never logged in.
 * - `connecting`: a socket is opening, or open and waiting for `hello`.
 * - `logging-in`: Login sent, the post-login events are arriving.
 * - `connected`: `connected` arrived; commands may be sent.
 * - `reconnecting`: the link was lost after a login; a retry is scheduled (`retryAt`).
 * - `offline`: reserved for a host that knows the network is down (not entered here).
 * - `closed`: logged out or login refused; nothing will happen until `login()`.
 */
export type ConnectionState =
  | 'idle'
  | 'connecting'
  | 'logging-in'
  | 'connected'
  | 'reconnecting'
  | 'offline'
  | 'closed';
