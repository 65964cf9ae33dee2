/**
 * A minimal session consumer for tests of `<whoson-session>` itself: it finds the session
 * the way every element does (SessionController: context, or `session="id"`) and shows
 * what it found.
 */
import { html } from 'lit';
import { SessionController } from '../../src/components/shared/session-controller.js';
import { WhosonElement } from '../../src/components/shared/whoson-element.js';

export class SessionProbe extends WhosonElement {
  readonly controller = new SessionController(this, ['me']);

  protected override render() {
    const session = this.controller.session;
    if (!session) return html`<p>no session</p>`;
    const me = session.store.getState().me;
    return html`<p>${me.loggedIn ? `logged in as ${me.user?.userName ?? ''}` : 'logged out'}</p>`;
  }
}

export const SESSION_PROBE_TAG = 'whoson-test-session-probe';

if (!customElements.get(SESSION_PROBE_TAG)) customElements.define(SESSION_PROBE_TAG, SessionProbe);

declare global {
  interface HTMLElementTagNameMap {
    'whoson-test-session-probe': SessionProbe;
  }
}
