/**
 * The Login command: checks the credentials, sets up the operator on the connection,
 * sends the post-login sequence the spec lists (nameduser, clientsettings, sites,
 * clients, chatting, missedchats, connected), tells the others the operator arrived and
 * runs the login hooks. It goes through the server's public API only; the hook lists
 * stay the server's, which hands in the function that runs them.
 */

import type { OperatorConnection, SimServer } from './server.js';
import { wireChatting, wireClient, wireMissedChat, wireNamedUser, wireServerInfo, wireSite } from './wire.js';
import { parseStatus } from './world.js';

export const INVALID_CREDENTIALS = 'Invalid credentials entered. Please check your login details.';
export const ALREADY_LOGGED_IN = 'User already logged in.';

/** How one Login command ended. */
export type LoginOutcome =
  /** Accepted: the post-login sequence went out. */
  | 'loggedIn'
  /** Wrong authentication string, unknown user or wrong password (a strike). */
  | 'invalidCredentials'
  /** The user is logged in on another connection. */
  | 'userAlreadyLoggedIn'
  /** A second Login on a connection that is already logged in (a strike). */
  | 'repeatedLogin';

export class LoginHandler {
  readonly #server: SimServer;
  readonly #runLoginHooks: (conn: OperatorConnection) => void;

  constructor(server: SimServer, runLoginHooks: (conn: OperatorConnection) => void) {
    this.#server = server;
    this.#runLoginHooks = runLoginHooks;
  }

  /** Params: username, password, auth string, name, dept, status, lang, platform, version. */
  handle(conn: OperatorConnection, params: readonly string[]): LoginOutcome {
    const server = this.#server;
    const world = server.world;
    if (conn.loggedIn) {
      const text = 'Already logged in: Login may be sent once per session';
      server.error(conn, text);
      server.strike(conn, text);
      return 'repeatedLogin';
    }
    const [username = '', password = '', authString = '', name = '', dept = '', status = '', lang = '', platform = '', version = ''] =
      params;
    const account = world.account(username);
    if (authString !== world.authString || account === undefined || account.password !== password) {
      world.appendLog(`Failed login for "${username}" from ${conn.remoteAddress}`);
      server.msg(conn, INVALID_CREDENTIALS);
      server.strike(conn, 'failed login');
      return 'invalidCredentials';
    }
    // Not a strike: the credentials were right, the user is just busy elsewhere.
    if (server.connectionOfUser(account.username) !== undefined) {
      server.msg(conn, ALREADY_LOGGED_IN);
      return 'userAlreadyLoggedIn';
    }
    server.forgiveStrikes(conn.remoteAddress);
    conn.account = account;
    const mayRename = conn.rights.canChangeOwnNameOnLogin;
    conn.name = mayRename && name.trim() !== '' ? name.trim() : account.name;
    conn.dept = mayRename && dept.trim() !== '' ? dept.trim() : account.dept;
    conn.status = parseStatus(status) ?? 0;
    conn.statusMessage = '';
    conn.lang = lang.trim() !== '' ? lang.trim() : account.lang;
    conn.platform = platform;
    conn.version = version;
    conn.loggedInAt = server.clock.now();
    world.appendLog(`${account.username} logged in from ${conn.remoteAddress}`);
    this.#sendPostLogin(conn);
    server.sendTo(
      (other) => other !== conn && server.canSee(other, conn),
      'clientevent',
      null,
      wireClient(world, server.clientView(conn), true),
    );
    this.#runLoginHooks(conn);
    return 'loggedIn';
  }

  #sendPostLogin(conn: OperatorConnection): void {
    const server = this.#server;
    const world = server.world;
    const account = conn.user;
    conn.send('nameduser', [conn.connectionId], wireNamedUser(world, account));
    if (account.clientSettings !== null) conn.send('clientsettings', null, account.clientSettings);
    conn.send(
      'sites',
      null,
      world.sites.filter((site) => conn.canAccessSite(site.siteKey)).map((site) => wireSite(world, site)),
    );
    conn.send(
      'clients',
      null,
      server
        .operators()
        .filter((other) => server.canSee(conn, other))
        .map((other) => wireClient(world, server.clientView(other))),
    );
    conn.send(
      'chatting',
      null,
      [...world.chats.values()]
        .filter((chat) => conn.canAccessSite(chat.siteKey))
        .map((chat) => wireChatting(world, chat, server.nameOf)),
    );
    if (conn.rights.canRespondToMissedChats) {
      conn.send(
        'missedchats',
        null,
        world.missedChats
          .filter((missed) => conn.canAccessSite(missed.siteKey))
          .map((missed) => wireMissedChat(world, missed)),
        'Header',
      );
    }
    conn.send('connected', [conn.connectionId], wireServerInfo(world));
  }
}
