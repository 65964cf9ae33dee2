import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { INVALID_CREDENTIALS } from '../../sim/server.js';
import { memorySocketFor } from '../../sim/memory-socket.js';
import { SimServer } from '../../sim/server.js';
import type { WebSocketConstructorLike } from '../../core/connection.js';
import {
  DEMO_AUTH_STRING,
  DEMO_OPERATORS,
  DEMO_PASSWORD,
  pause,
  sessionFixture,
  SIM_URL,
  until,
} from '../../../test/support/session-fixture.js';
import type { SessionProbe } from '../../../test/support/session-probe.js';
import '../../../test/support/session-probe.js';
import type { WhosonSession } from './session.js';
import { insecureRemoteHost } from './insecure-url.js';
import { SESSION_CHANGE_EVENT } from '../shared/session-controller.js';
import { registerTranslation } from '../shared/localize.js';

function part(element: WhosonSession, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Fills the built-in form the way a user would (values typed into the fields). */
function fillForm(element: WhosonSession, fields: { username?: string; password?: string; authString?: string }) {
  const root = element.shadowRoot!;
  const set = (selector: string, value: string | undefined) => {
    if (value === undefined) return;
    const input = root.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  set('#username', fields.username);
  set('#password', fields.password);
  set('#auth-string', fields.authString);
}

function submitForm(element: WhosonSession): void {
  part(element, 'login-button')!.click();
}

/** Counts the sockets a WebSocket constructor opens. */
function countingSockets(base: WebSocketConstructorLike): { WebSocket: WebSocketConstructorLike; count: () => number } {
  let count = 0;
  const Counting = class extends (base as unknown as new (url: string) => object) {
    constructor(url: string) {
      super(url);
      count += 1;
    }
  } as unknown as WebSocketConstructorLike;
  return { WebSocket: Counting, count: () => count };
}

describe('<whoson-session>', () => {
  describe('login form', () => {
    it('has labelled fields with the autocomplete hints password managers need', async () => {
      const { sessionElement } = await sessionFixture(undefined, { login: false, authStringAttribute: false });
      const root = sessionElement.shadowRoot!;
      const username = root.querySelector<HTMLInputElement>('input[autocomplete="username"]');
      const password = root.querySelector<HTMLInputElement>('input[autocomplete="current-password"]');
      expect(username, 'username field').not.to.equal(null);
      expect(password, 'password field').not.to.equal(null);
      expect(password!.type).to.equal('password');
      expect(text(root.querySelector(`label[for="${username!.id}"]`))).to.equal('Username');
      expect(text(root.querySelector(`label[for="${password!.id}"]`))).to.equal('Password');
      expect(text(root.querySelector('label[for="auth-string"]'))).to.equal('Authentication string');
      const options = [...root.querySelectorAll('#initial-status option')].map(text);
      expect(options).to.deep.equal(['Online', 'Busy', 'Be right back', 'Away']);
      expect(username!.value, 'username attribute prefills the field').to.equal(DEMO_OPERATORS.thomas);
    });

    it('asks for no authentication string when the attribute sets one', async () => {
      const { sessionElement } = await sessionFixture(undefined, { login: false });
      expect(sessionElement.shadowRoot!.querySelector('#auth-string')).to.equal(null);
    });

    it('is replaced by the login slot', async () => {
      const { sessionElement } = await sessionFixture(html`<form slot="login" id="custom">Our own form</form>`, {
        login: false,
      });
      const slot = sessionElement.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="login"]')!;
      expect(slot.assignedElements().map((element) => element.id)).to.deep.equal(['custom']);
      expect(part(sessionElement, 'login-form'), 'ours is not even rendered').to.equal(null);
      expect(part(sessionElement, 'login')!.getAttribute('aria-busy')).to.equal('false');

      // The page takes its form away: ours shows.
      sessionElement.querySelector('#custom')!.remove();
      await until(() => part(sessionElement, 'login-form'), { message: 'the built-in form' });
    });

    it('brings its styles with the form and the bar, which load when first shown', async () => {
      const { sessionElement } = await sessionFixture(undefined, { login: false });
      expect(part(sessionElement, 'login')!.getAttribute('aria-busy'), 'the form is here').to.equal('false');
      expect(getComputedStyle(part(sessionElement, 'login-form')!).display).to.equal('flex');
      expect(getComputedStyle(part(sessionElement, 'login-button')!).borderRadius).to.not.equal('0px');
      await sessionElement.login({ password: DEMO_PASSWORD });
      await sessionElement.updateComplete;
      expect(getComputedStyle(part(sessionElement, 'bar')!).display).to.equal('flex');
      expect(getComputedStyle(part(sessionElement, 'status')!).marginInlineStart).to.not.equal('0px');
    });

    it('shows the server reason for a wrong password, fires whoson-login-failed and never retries', async () => {
      const server = new SimServer();
      const sockets = countingSockets(memorySocketFor(server));
      const element = await fixture<WhosonSession>(
        html`<whoson-session url=${SIM_URL} auth-string=${DEMO_AUTH_STRING} .WebSocket=${sockets.WebSocket}></whoson-session>`,
      );
      fillForm(element, { username: DEMO_OPERATORS.thomas, password: 'not-the-password' });
      const failed = oneEvent(element, 'whoson-login-failed');
      submitForm(element);
      const event = await failed;

      expect(event.detail.reason).to.equal(INVALID_CREDENTIALS);
      await element.updateComplete;
      const alert = part(element, 'login-error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.contain(INVALID_CREDENTIALS);
      expect(part(element, 'bar')).to.equal(null);
      expect(element.shadowRoot!.querySelector<HTMLInputElement>('#password')!.value, 'password cleared').to.equal('');

      // Longer than the first reconnect delay: a retry would have opened a second socket.
      await pause(1500);
      expect(sockets.count()).to.equal(1);
      expect(server.world.log.filter((line) => line.text.startsWith('Failed login')).length).to.equal(1);
      server.shutdown();
    });

    it('rejects login() with an Error carrying the server reason', async () => {
      const { sessionElement } = await sessionFixture(undefined, { login: false });
      let error: unknown;
      try {
        await sessionElement.login({ password: 'wrong' });
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(Error);
      expect((error as Error).message).to.equal(INVALID_CREDENTIALS);
    });

    it('marks the button busy while logging in and sends one Login however often it is pressed', async () => {
      const { sessionElement, server } = await sessionFixture(undefined, {
        login: false,
        // Slow the in-memory socket down to a task per step, so the busy state can be seen.
        socket: { defer: (run) => setTimeout(run, 5) },
      });
      fillForm(sessionElement, { password: DEMO_PASSWORD });
      const connected = oneEvent(sessionElement, 'whoson-connected');
      submitForm(sessionElement);
      await sessionElement.updateComplete;
      const button = part(sessionElement, 'login-button')!;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(text(button)).to.equal('Logging in…');
      submitForm(sessionElement);
      submitForm(sessionElement);
      await connected;
      expect(server.connections().length).to.equal(1);
    });
  });

  describe('logged in', () => {
    it('fires whoson-connected and shows the bar after a right login', async () => {
      const { sessionElement, server } = await sessionFixture(undefined, { login: false });
      fillForm(sessionElement, { password: DEMO_PASSWORD });
      const connected = oneEvent(sessionElement, 'whoson-connected');
      submitForm(sessionElement);
      const event = await connected;
      await sessionElement.updateComplete;

      expect(event.detail.serverInfo.connectionId).to.equal(server.connectionOfUser(DEMO_OPERATORS.thomas)!.connectionId);
      expect(part(sessionElement, 'login-form')).to.equal(null);
      expect(part(sessionElement, 'bar')).not.to.equal(null);
      const connection = part(sessionElement, 'connection')!;
      expect(connection.dataset.state).to.equal('online');
      expect(text(connection)).to.equal('Connected');
      expect(text(part(sessionElement, 'user'))).to.contain('Thomas');
      expect(part(sessionElement, 'logout')).not.to.equal(null);
    });

    it('provides the session to a child through context and to an element elsewhere by id', async () => {
      const { sessionElement, root } = await sessionFixture(
        html`<whoson-test-session-probe id="inside"></whoson-test-session-probe>`,
        { outside: html`<whoson-test-session-probe id="outside" session="main"></whoson-test-session-probe>` },
      );
      const inside = root.querySelector<SessionProbe>('#inside')!;
      const outside = root.querySelector<SessionProbe>('#outside')!;
      await until(() => text(inside.shadowRoot!.querySelector('p')).startsWith('logged in'));
      expect(inside.controller.session).to.equal(sessionElement.session);
      expect(outside.controller.session).to.equal(sessionElement.session);
      expect(inside.controller.selection).to.equal(sessionElement.selection);
      expect(outside.controller.selection).to.equal(sessionElement.selection);
      await until(() => text(outside.shadowRoot!.querySelector('p')) === `logged in as ${DEMO_OPERATORS.thomas}`);
    });

    it('keeps its children in the light DOM and visible before and after login', async () => {
      const { sessionElement } = await sessionFixture(html`<p id="child">integrator content</p>`, { login: false });
      const child = sessionElement.querySelector('#child')!;
      const defaultSlot = sessionElement.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(defaultSlot.assignedElements()).to.include(child);
      await sessionElement.login({ password: DEMO_PASSWORD });
      await sessionElement.updateComplete;
      const slotAfter = sessionElement.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(slotAfter.assignedElements()).to.include(child);
    });

    it('sends the status the operator picks, with its message', async () => {
      const { sessionElement, serverConnection, state } = await sessionFixture();
      const root = sessionElement.shadowRoot!;
      const select = root.querySelector<HTMLSelectElement>('[part~="status-select"]')!;
      expect([...select.options].map(text)).to.deep.equal(['Online', 'Busy', 'Be right back', 'Away']);
      expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('Online');

      select.value = '1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => serverConnection()?.status === 1, { message: 'the server to record Busy' });
      await until(() => state().me.status === 1, { message: 'the store to hear Busy back' });

      const message = root.querySelector<HTMLInputElement>('[part~="status-message"]')!;
      message.value = 'In a meeting';
      message.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => serverConnection()?.statusMessage === 'In a meeting');
      expect(serverConnection()!.status).to.equal(1);
      await sessionElement.updateComplete;
      expect(select.value).to.equal('1');
    });

    it('shows reconnecting with a countdown when the connection drops, then online again with the status kept', async () => {
      const { sessionElement, server, serverConnection, state } = await sessionFixture();
      const select = sessionElement.shadowRoot!.querySelector<HTMLSelectElement>('[part~="status-select"]')!;
      select.value = '3';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => state().me.status === 3);

      const reconnecting = oneEvent(sessionElement, 'whoson-reconnecting');
      server.dropConnection(serverConnection()!, 1006, 'network gone');
      const event = await reconnecting;
      expect(event.detail.attempt).to.equal(1);
      expect(event.detail.retryAt).to.be.greaterThan(Date.now() - 1);
      await sessionElement.updateComplete;

      const connection = part(sessionElement, 'connection')!;
      expect(connection.dataset.state).to.equal('reconnecting');
      expect(text(connection)).to.match(/reconnecting/i);
      expect(text(part(sessionElement, 'countdown'))).to.match(/next attempt in \ds|trying now/);
      expect(part(sessionElement, 'bar'), 'the bar stays while reconnecting').not.to.equal(null);

      await oneEvent(sessionElement, 'whoson-connected');
      await sessionElement.updateComplete;
      expect(part(sessionElement, 'connection')!.dataset.state).to.equal('online');
      expect(part(sessionElement, 'countdown')).to.equal(null);
      // The re-login asked for the operator's own status, not Online.
      expect(serverConnection()!.status).to.equal(3);
    });

    it('keeps a status picked while reconnecting for the re-login', async () => {
      const { sessionElement, server, serverConnection } = await sessionFixture();
      const reconnecting = oneEvent(sessionElement, 'whoson-reconnecting');
      server.dropConnection(serverConnection()!, 1006, 'network gone');
      await reconnecting;
      await sessionElement.updateComplete;
      const select = sessionElement.shadowRoot!.querySelector<HTMLSelectElement>('[part~="status-select"]')!;
      select.value = '2';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await oneEvent(sessionElement, 'whoson-connected');
      expect(serverConnection()!.status).to.equal(2);
      await until(() => sessionElement.session!.store.getState().me.status === 2);
      await sessionElement.updateComplete;
      expect(select.value).to.equal('2');
    });

    it('says offline when the browser loses the network, and checks the link when it is back', async () => {
      const { sessionElement, server, serverConnection } = await sessionFixture();
      window.dispatchEvent(new Event('offline'));
      await sessionElement.updateComplete;
      const connection = () => part(sessionElement, 'connection')!;
      expect(connection().dataset.state).to.equal('offline');
      expect(text(connection())).to.equal('Offline');

      const connectionId = serverConnection()!.connectionId;
      const answered = new Promise<void>((resolve) => {
        const stop = sessionElement.session!.onEvent((event) => {
          if (event.name !== 'noop') return;
          stop();
          resolve();
        });
      });
      window.dispatchEvent(new Event('online'));
      await sessionElement.updateComplete;
      expect(connection().dataset.state).to.equal('online');
      // The probe (Noop) was answered over the same connection.
      await answered;
      expect(serverConnection()!.connectionId).to.equal(connectionId);
      expect(server.connections().length).to.equal(1);
    });

    it('logs out: fires whoson-disconnected and shows the form again', async () => {
      const { sessionElement, server } = await sessionFixture();
      const disconnected = oneEvent(sessionElement, 'whoson-disconnected');
      part(sessionElement, 'logout')!.click();
      const event = await disconnected;
      expect(event.detail.reason).to.equal('Logged out');
      await sessionElement.updateComplete;
      expect(part(sessionElement, 'bar')).to.equal(null);
      expect(part(sessionElement, 'login-form')).not.to.equal(null);
      await until(() => server.connectionOfUser(DEMO_OPERATORS.thomas) === undefined, {
        message: 'the server to see the operator go',
      });
    });

    it('fires whoson-chat-request when a visitor asks for a chat', async () => {
      const { sessionElement, visitor } = await sessionFixture();
      const request = oneEvent(sessionElement, 'whoson-chat-request');
      const chatUid = visitor.startChat({ siteKey: 1, name: 'Ada <b>Lovelace</b>', dept: 'Support' });
      const event = await request;
      expect(event.detail.chatUid).to.equal(chatUid);
      expect(event.detail.visitorName).to.equal('Ada <b>Lovelace</b>');
      expect(event.detail.siteKey).to.equal(1);
      expect(event.detail.autoAccepted).to.equal(false);
    });
    it('reports an acceptchat as taken at once', async () => {
      const server = new SimServer();
      server.world.account(DEMO_OPERATORS.thomas)!.autoAccept = true;
      const { sessionElement, visitor, until: wait, state } = await sessionFixture(undefined, { server: { world: server.world } });
      const request = oneEvent(sessionElement, 'whoson-chat-request');
      const chatUid = visitor.startChat({ siteKey: 1, name: 'Grace' });
      const event = await request;
      expect(event.detail.chatUid).to.equal(chatUid);
      expect(event.detail.autoAccepted).to.equal(true);
      await wait(() => state().chats.get(chatUid)?.talkingToClientId === state().me.connectionId, {
        message: 'the chat to be ours',
      });
      server.shutdown();
    });
  });

  describe('the session instance', () => {
    it('is re-created when the url changes while logged out, and only then', async () => {
      const { sessionElement } = await sessionFixture(undefined, { login: false });
      const first = sessionElement.session;
      const changed = oneEvent(sessionElement, SESSION_CHANGE_EVENT);
      sessionElement.url = 'wss://other.example.com:8013';
      await changed;
      expect(sessionElement.session).to.exist.and.not.equal(first);

      sessionElement.url = SIM_URL;
      await sessionElement.updateComplete;
      await sessionElement.login({ password: DEMO_PASSWORD });
      const live = sessionElement.session;
      sessionElement.url = 'wss://third.example.com:8013';
      await sessionElement.updateComplete;
      expect(sessionElement.session, 'a live session keeps its server').to.equal(live);

      sessionElement.logout();
      await until(() => sessionElement.session !== live, { message: 'the session to be replaced after logout' });
    });
  });

  describe('single sign-on and joining a live session', () => {
    it('asks the credentials callback when a Login is needed, and logs in with what it gives', async () => {
      const { sessionElement, server } = await sessionFixture(undefined, { login: false });
      let asked = 0;
      const connected = oneEvent(sessionElement, 'whoson-connected');
      sessionElement.credentials = async () => {
        asked += 1;
        return { username: DEMO_OPERATORS.thomas, password: DEMO_PASSWORD };
      };
      await connected;
      expect(asked).to.equal(1);
      expect(server.stats.loginsSucceeded).to.equal(1);
      await sessionElement.updateComplete;
      expect(part(sessionElement, 'bar'), 'logged in').to.not.equal(null);
    });

    it('does not ask the credentials callback again after the operator logged out', async () => {
      const { sessionElement, server } = await sessionFixture();
      let asked = 0;
      sessionElement.credentials = () => {
        asked += 1;
        return { password: DEMO_PASSWORD };
      };
      sessionElement.logout();
      await until(() => sessionElement.session?.connection.state === 'closed', { message: 'the logout' });
      await pause(50);
      expect(asked).to.equal(0);
      expect(server.stats.loginsAttempted).to.equal(1);
      await sessionElement.updateComplete;
      expect(part(sessionElement, 'login-form'), 'the login form, to log in again by hand').to.not.equal(null);
    });

    it('does not ask it again after the server refused the login it gave', async () => {
      const { sessionElement, server } = await sessionFixture(undefined, { login: false });
      let asked = 0;
      const failed = oneEvent(sessionElement, 'whoson-login-failed');
      sessionElement.credentials = () => {
        asked += 1;
        return { password: 'not the password' };
      };
      expect((await failed).detail.reason).to.equal(INVALID_CREDENTIALS);
      await pause(50);
      expect(asked).to.equal(1);
      expect(server.stats.loginsAttempted).to.equal(1);
    });

    it('joins the live session when the page logs in again, as single sign-on pages do on every load', async () => {
      const { sessionElement, server } = await sessionFixture();
      const info = await sessionElement.login({ password: DEMO_PASSWORD });
      expect(info.connectionId).to.equal(server.connectionOfUser(DEMO_OPERATORS.thomas)?.connectionId);
      expect(server.stats.loginsAttempted).to.equal(1);
    });

    it('keeps a session of the page’s own when its WebSocket is the page’s (tests, stories)', async () => {
      const { sessionElement } = await sessionFixture(undefined, { login: false });
      sessionElement.setAttribute('connection', 'shared');
      await sessionElement.updateComplete;
      expect(sessionElement.session?.ready).to.equal(true);
      expect(sessionElement.session?.alerting, 'a page-own session plays its own alerts').to.equal(true);
    });
  });

  describe('language', () => {
    it('shows its strings in its lang and logs in with that language', async () => {
      registerTranslation({ $code: 'fr', sessionLogIn: 'Se connecter', sessionConnectionOnline: 'Connecté' });
      const { sessionElement, serverConnection } = await sessionFixture(undefined, { login: false });
      sessionElement.setAttribute('lang', 'fr-CA');
      await sessionElement.updateComplete;
      expect(text(part(sessionElement, 'login-button'))).to.equal('Se connecter');
      await sessionElement.login({ password: DEMO_PASSWORD });
      await sessionElement.updateComplete;
      expect(serverConnection()!.lang).to.equal('fr');
      expect(text(part(sessionElement, 'connection'))).to.equal('Connecté');
    });
  });

  describe('security', () => {
    it('never puts the password in an attribute, the markup, storage or the console', async () => {
      const secret = 'S3cret-Pa55-for-test';
      const server = new SimServer();
      const account = server.world.account(DEMO_OPERATORS.thomas)!;
      account.password = secret;
      const logged: unknown[][] = [];
      const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const originals = methods.map((method) => console[method]);
      methods.forEach((method) => {
        console[method] = (...args: unknown[]) => {
          logged.push(args);
        };
      });
      try {
        const element = await fixture<WhosonSession>(
          html`<whoson-session url=${SIM_URL} auth-string=${DEMO_AUTH_STRING} username=${DEMO_OPERATORS.thomas} .WebSocket=${memorySocketFor(server)}></whoson-session>`,
        );
        fillForm(element, { password: secret });
        const connected = oneEvent(element, 'whoson-connected');
        submitForm(element);
        await connected;
        await element.updateComplete;

        expect(element.password, 'the element forgets it').to.equal('');
        expect(element.outerHTML).not.to.contain(secret);
        expect(element.shadowRoot!.innerHTML).not.to.contain(secret);
        for (const node of [element, ...element.shadowRoot!.querySelectorAll('*')]) {
          for (const attribute of node.attributes) expect(attribute.value).not.to.contain(secret);
        }
        const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie;
        expect(stored).not.to.contain(secret);

        // The property route: set, used once, dropped.
        element.logout();
        await element.updateComplete;
        element.password = secret;
        await oneEvent(element, 'whoson-connected');
        expect(element.password).to.equal('');
        expect(element.outerHTML).not.to.contain(secret);
        element.logout();
      } finally {
        methods.forEach((method, index) => {
          console[method] = originals[index]!;
        });
        server.shutdown();
      }
      expect(JSON.stringify(logged.map((args) => args.map(String)))).not.to.contain(secret);
    });

    it('does not retry a login refused after the password property was set', async () => {
      const server = new SimServer();
      const sockets = countingSockets(memorySocketFor(server));
      const element = await fixture<WhosonSession>(
        html`<whoson-session url=${SIM_URL} auth-string=${DEMO_AUTH_STRING} username=${DEMO_OPERATORS.thomas} .WebSocket=${sockets.WebSocket}></whoson-session>`,
      );
      const failed = oneEvent(element, 'whoson-login-failed');
      element.password = 'wrong';
      await failed;
      expect(element.password).to.equal('');
      await pause(1500);
      expect(sockets.count()).to.equal(1);
      server.shutdown();
    });

    it('warns when url is ws:// to another machine', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => {
        warnings.push(args);
      };
      try {
        const { sessionElement } = await sessionFixture(undefined, { login: false, url: 'ws://chat.example.com:8013' });
        expect(warnings.some((args) => String(args[0]).includes('ws://chat.example.com:8013'))).to.equal(true);
        const notice = part(sessionElement, 'insecure-warning');
        expect(notice).not.to.equal(null);
        expect(text(notice)).to.contain('chat.example.com:8013');

        warnings.length = 0;
        sessionElement.url = 'ws://localhost:8013';
        await sessionElement.updateComplete;
        expect(part(sessionElement, 'insecure-warning')).to.equal(null);
        expect(warnings).to.have.length(0);
      } finally {
        console.warn = original;
      }
    });

    it('tells local and encrypted addresses from exposed ones', () => {
      expect(insecureRemoteHost('ws://chat.example.com:8013')).to.equal('chat.example.com:8013');
      expect(insecureRemoteHost('ws://10.0.0.5')).to.equal('10.0.0.5');
      for (const safe of [
        'wss://chat.example.com:8013',
        'ws://localhost:8013',
        'ws://app.localhost',
        'ws://127.0.0.1:8013',
        'ws://127.12.0.9',
        'ws://[::1]:8013',
        'not a url',
      ]) {
        expect(insecureRemoteHost(safe), safe).to.equal(null);
      }
    });
  });

  describe('accessibility', () => {
    it('passes axe logged out (with a login error) and logged in', async () => {
      const { sessionElement } = await sessionFixture(undefined, { login: false, authStringAttribute: false });
      await expect(sessionElement).to.be.accessible();
      await sessionElement.login({ password: 'wrong', authString: DEMO_AUTH_STRING }).catch(() => undefined);
      await sessionElement.updateComplete;
      expect(text(part(sessionElement, 'login-error'))).to.contain(INVALID_CREDENTIALS);
      await expect(sessionElement).to.be.accessible();
      await sessionElement.login({ password: DEMO_PASSWORD, authString: DEMO_AUTH_STRING });
      await sessionElement.updateComplete;
      await expect(sessionElement).to.be.accessible();
    });

    it('logs in by keyboard alone: Tab through the fields in order, Enter submits', async () => {
      const { sessionElement } = await sessionFixture(undefined, { login: false, authStringAttribute: false });
      const root = sessionElement.shadowRoot!;
      const focused = () => root.activeElement?.id;
      (document.activeElement as HTMLElement | null)?.blur();

      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('username');
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('password');
      await sendKeys({ type: DEMO_PASSWORD });
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('auth-string');
      await sendKeys({ type: DEMO_AUTH_STRING });
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('initial-status');
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement?.getAttribute('part')).to.equal('login-button');

      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused()).to.equal('auth-string');
      const connected = oneEvent(sessionElement, 'whoson-connected');
      await sendKeys({ press: 'Enter' });
      await connected;
      await sessionElement.updateComplete;
      await until(() => focused() === 'status-select', { message: 'focus to move to the status picker' });

      // The status message commits with Enter as well.
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('status-message');
      await sendKeys({ type: 'Back at 3' });
      await sendKeys({ press: 'Enter' });
      await until(() => sessionElement.session!.store.getState().me.statusMessage === 'Back at 3');
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement?.getAttribute('part')).to.equal('logout');
      const disconnected = oneEvent(sessionElement, 'whoson-disconnected');
      await sendKeys({ press: 'Enter' });
      await disconnected;
      await until(() => focused() === 'password', { message: 'focus back in the form after logout' });
    });
  });
});
