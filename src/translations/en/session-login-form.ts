/** Strings of the built-in login form of `<whoson-session>` (its field names are in session.ts). */
export const sessionLoginFormTerms = {
  sessionLoginTitle: 'Log in to WhosOn',
  sessionInitialStatus: 'Status after logging in',
  sessionLogIn: 'Log in',
  sessionLoggingIn: 'Logging in…',
};
