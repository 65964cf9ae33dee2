/**
 * A page whose elements exist before `<whoson-session>` is defined (the script defining it
 * loads last, or lazily). This file must not import the define module statically: it runs
 * in its own page, and the definition happens inside the test.
 */
import { expect } from '@open-wc/testing';
import type { WhosonSession } from './session.js';
import { memorySocketFor } from '../../sim/memory-socket.js';
import { SimServer } from '../../sim/server.js';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD } from '../../sim/default-data.js';
import type { SessionProbe } from '../../../test/support/session-probe.js';
import '../../../test/support/session-probe.js';

function shown(probe: SessionProbe): string {
  return (probe.shadowRoot?.textContent ?? '').trim();
}

async function until(condition: () => boolean, message: string): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('<whoson-session> defined after its consumers', () => {
  it('still reaches a child (context) and an element elsewhere (by id)', async () => {
    const server = new SimServer();
    const container = document.createElement('div');
    document.body.append(container);
    try {
      container.innerHTML = `
        <whoson-session id="late" url="wss://sim.whoson.test" auth-string="${DEMO_AUTH_STRING}" username="${DEMO_OPERATORS.thomas}">
          <whoson-test-session-probe id="inside"></whoson-test-session-probe>
        </whoson-session>
        <whoson-test-session-probe id="outside" session="late"></whoson-test-session-probe>`;
      const element = container.querySelector('whoson-session')!;
      const inside = container.querySelector<SessionProbe>('#inside')!;
      const outside = container.querySelector<SessionProbe>('#outside')!;
      await inside.updateComplete;
      await outside.updateComplete;
      expect(customElements.get('whoson-session')).to.equal(undefined);
      expect(shown(inside)).to.equal('no session');
      expect(shown(outside)).to.equal('no session');
      // Set before the upgrade: the element must pick it up once defined.
      (element as unknown as { WebSocket: unknown }).WebSocket = memorySocketFor(server);
      // So is the password: the upgraded element logs in with it by itself.
      (element as unknown as { password: string }).password = DEMO_PASSWORD;

      await import('../../define/whoson-session.js');
      const session = element as WhosonSession;
      await session.updateComplete;
      expect(session.session).not.to.equal(undefined);
      await until(() => inside.controller.session === session.session, 'the child to get the session');
      await until(() => outside.controller.session === session.session, 'the element elsewhere to get the session');
      expect(inside.controller.selection).to.equal(session.selection);

      await until(() => shown(inside) === `logged in as ${DEMO_OPERATORS.thomas}`, 'the child to see the login');
      await until(() => shown(outside) === `logged in as ${DEMO_OPERATORS.thomas}`, 'the outside element to see the login');
      expect(session.hasAttribute('password')).to.equal(false);
      expect(Object.prototype.hasOwnProperty.call(session, 'password')).to.equal(false);
      session.logout();
    } finally {
      container.remove();
      server.shutdown();
    }
  });
});
