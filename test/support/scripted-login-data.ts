/**
 * What the scripted server accepts and sends after a login. Kept apart from the server
 * (which needs `ws`) so browser tests can import it to assert on what arrived.
 */

/** The credentials the server accepts unless told otherwise. */
export const scriptedCredentials = {
  username: 'thomas@mysite.com',
  password: 'password1234',
  authString: 'MYSERVERAUTHSTRING',
} as const;

/** The data the post-login script sends, so tests can assert on it. */
export const scriptedLoginData = {
  sites: [{ SiteKey: 1, Name: 'My Company', Domain: 'www.mysite.com', SLAWarningSeconds: 20, SLAReachedSeconds: 40 }],
  clients: [
    { ConnectionId: 'conn-self', UserName: 'thomas@mysite.com', Name: 'Thomas', Status: 0, Chats: 0 },
    { ConnectionId: 'conn-martin', UserName: 'martin@mysite.com', Name: 'Martin', Status: 0, Chats: 1 },
  ],
  chatting: [
    { ChatUID: 'chat-active', SiteKey: 1, IP: '195.62.193.194', Name: 'Melina', WaitedSeconds: 13, TalkingToClientId: 'conn-martin' },
    { ChatUID: 'chat-waiting', SiteKey: 1, IP: '203.0.113.7', Name: 'Howard', WaitedSeconds: 4, TalkingToClientId: '' },
  ],
  server: { ApplicationName: 'WhosOn', Version: '10.1.1.1', ServerUid: 'scripted-server', RegisteredUser: 'Test Rig', MaxUsers: 10 },
} as const;
