/** Strings of the bar `<whoson-session>` shows while logged in: the connection, the status picker, log out. */
export const sessionBarTerms = {
  sessionBarLabel: 'WhosOn session',
  sessionSignedInAs: (name: string) => `Logged in as ${name}`,
  sessionConnectionConnecting: 'Connecting…',
  sessionConnectionOnline: 'Connected',
  sessionConnectionReconnecting: 'Connection lost, reconnecting',
  sessionConnectionOffline: 'Offline',
  sessionReconnectIn: (seconds: number) => `next attempt in ${seconds}s`,
  sessionReconnectNow: 'trying now',
  sessionStatus: 'Status',
  sessionStatusMessage: 'Status message',
  sessionLogOut: 'Log out',
};
