/**
 * Strings of `<whoson-session>` itself: the login's messages. The login form's own and the
 * bar's come with those parts, which load when first shown (session-login-form.ts,
 * session-bar.ts).
 */
export const sessionTerms = {
  /** Field names: the form's labels, and the "… is required." of a login that lacks one. */
  sessionUsername: 'Username',
  sessionPassword: 'Password',
  sessionAuthString: 'Authentication string',
  sessionLoginFailed: (reason: string) => `Login failed: ${reason}`,
  sessionMissingUrl: 'No server address: set the url attribute of <whoson-session>.',
  sessionMissingField: (field: string) => `${field} is required.`,
  sessionInsecureUrl: (host: string) =>
    `The connection to ${host} is not encrypted (ws://): passwords and chats can be read on the network. Use wss://.`,
};
