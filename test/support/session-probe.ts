/**
 * A minimal session consumer for tests of `<whoson-session>` itself: it finds the session
 * the way every element does (SessionController: context, or `session="id"`) and shows
 * what it found.
 */
import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SessionController } from '../../src/components/shared/session-controller.js';

export class SessionProbe extends LitElement {
  /** The id of a `<whoson-session>` elsewhere in the page. */
  @property() session = '';

  readonly controller = new SessionController(this, ['me']);

  // Before rendering, so finding the session needs no second update.
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session')) this.controller.sessionIdChanged();
  }

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
