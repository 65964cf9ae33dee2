/**
 * How a login or a command can fail for want of a connection. Apart from the connection
 * itself, so a page that only mirrors a shared session can tell these errors without
 * carrying the connection's code.
 */

export type LoginFailureKind =
  /** The server answered `msg` (bad credentials, user already logged in, ...). */
  | 'rejected'
  /** No `connected` within `loginTimeoutMs`. */
  | 'timeout'
  /** The socket could not be opened or closed before the login finished. */
  | 'unreachable'
  /** `logout()` was called first. */
  | 'aborted';

export class LoginError extends Error {
  override readonly name = 'LoginError';
  constructor(
    message: string,
    readonly kind: LoginFailureKind,
  ) {
    super(message);
  }
}

export class NotConnectedError extends Error {
  override readonly name = 'NotConnectedError';
  constructor(message = 'Not connected to the WhosOn server') {
    super(message);
  }
}
