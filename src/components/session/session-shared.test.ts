/**
 * `<whoson-session>` with its session in a real shared worker (the default,
 * `connection="shared"`), talking to a scripted WhosOn server over a real WebSocket:
 * two session elements stand for two tabs of the operator. (Across real tabs and page
 * loads: test/tabs.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { scriptedCredentials } from '../../../test/support/scripted-login-data.js';
import { scriptedServerUrl } from '../../../test/support/scripted-server-url.js';
import { until } from '../../../test/support/session-fixture.js';
import '../../define/whoson-session.js';
import type { WhosonSession } from './session.js';

function stateOf(element: WhosonSession): string | undefined {
  return element.session?.connection.state;
}

function connectionIdOf(element: WhosonSession): string {
  return element.session?.store.getState().me.connectionId ?? '';
}

describe('<whoson-session connection="shared">', () => {
  let url = '';
  let elements: WhosonSession[] = [];

  before(async () => {
    url = await scriptedServerUrl();
  });

  afterEach(async () => {
    elements[0]?.logout();
    await until(() => elements.every((element) => stateOf(element) !== 'connected'), { message: 'the logout' });
    for (const element of elements) element.remove();
    elements = [];
  });

  /** A session element as a tab of the operator would have it (grace period 0: tests end at once). */
  async function tab(): Promise<WhosonSession> {
    const element = await fixture<WhosonSession>(html`<whoson-session
      url=${url}
      auth-string=${scriptedCredentials.authString}
      username=${scriptedCredentials.username}
      grace-period="0"
    ></whoson-session>`);
    elements.push(element);
    await until(() => element.session?.ready === true, { message: 'the shared session to answer' });
    return element;
  }

  it('runs the session outside the page and lets a second tab join it without a second Login', async () => {
    const first = await tab();
    await first.login({ password: scriptedCredentials.password });
    expect(stateOf(first)).to.equal('connected');
    const second = await tab();
    await until(() => stateOf(second) === 'connected', { message: 'the second tab to show the live session' });
    expect(connectionIdOf(second)).to.equal(connectionIdOf(first));
    // The bar loads the first time it is shown.
    await second.updateComplete;
    expect(second.shadowRoot!.querySelector('[part~="bar"]'), 'no login form: the operator is logged in').to.not.equal(null);

    // A page that logs in on every load (single sign-on) joins instead of logging in again.
    const info = await second.login({ password: scriptedCredentials.password });
    expect(info.connectionId).to.equal(connectionIdOf(first));
  });

  it('shows no login form while the shared session has not answered', async () => {
    const element = document.createElement('whoson-session');
    element.setAttribute('url', url);
    element.setAttribute('grace-period', '0');
    document.body.append(element);
    elements.push(element);
    await element.updateComplete;
    // The worker answers after a round trip: the first render comes before it.
    expect(element.session?.ready).to.equal(false);
    expect(element.shadowRoot!.querySelector('[part~="login-form"]')).to.equal(null);
    await until(() => element.session?.ready === true, { message: 'the answer' });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="login-form"]'), 'nobody is logged in: the form').to.not.equal(null);
  });

  it('logs every tab out when one logs out', async () => {
    const first = await tab();
    await first.login({ password: scriptedCredentials.password });
    const second = await tab();
    await until(() => stateOf(second) === 'connected', { message: 'the second tab to be logged in' });
    second.logout();
    await until(() => stateOf(first) === 'closed', { message: 'the first tab to see the logout' });
  });

  it('takes the shared session up again when the element is put back into the page', async () => {
    const first = await tab();
    await first.login({ password: scriptedCredentials.password });
    const id = connectionIdOf(first);
    const keeper = await tab();
    await until(() => stateOf(keeper) === 'connected', { message: 'the other tab' });
    const parent = first.parentElement!;
    first.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    parent.append(first);
    await until(() => stateOf(first) === 'connected', { message: 'the element back on the live session' });
    expect(connectionIdOf(first)).to.equal(id);
  });
});
