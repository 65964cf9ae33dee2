/**
 * The bar `<whoson-session>` shows while the operator is logged in: the connection
 * indicator, who is logged in, the status picker and the log out button. Its own module,
 * loaded the first time the bar is shown, so a page's first script stays small.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { OperatorStatus } from '../../core/protocol/models.js';
import type { LocalizeController } from '../shared/localize.js';
import type { ConnectionIndicator } from './connection-state-controller.js';
import { operatorStatuses } from './status-options.js';

/** What `<whoson-session>` takes in with this part: its English strings and its styles. */
export { sessionBarTerms as terms } from '../../translations/en/session-bar.js';
export { sessionBarStyles as styles } from './session-bar.styles.js';

export interface SessionBarOptions {
  localize: LocalizeController;
  indicator: ConnectionIndicator;
  /** Whole seconds until the next reconnect attempt (shown while reconnecting). */
  secondsToRetry: number;
  /** Who is logged in (blank while unknown). */
  who: string;
  status: OperatorStatus;
  statusMessage: string;
  /** Takes the status and message the operator picked (on each change of either). */
  setStatus(status: OperatorStatus, message: string): void;
  logout(): void;
}

const indicatorTerms = {
  connecting: 'sessionConnectionConnecting',
  online: 'sessionConnectionOnline',
  reconnecting: 'sessionConnectionReconnecting',
  offline: 'sessionConnectionOffline',
} as const satisfies Record<ConnectionIndicator, string>;

function picked(form: HTMLFormElement): { status: OperatorStatus; message: string } {
  const data = new FormData(form);
  const value = String(data.get('status'));
  const status = operatorStatuses.find((option) => String(option.value) === value)?.value ?? 0;
  return { status, message: String(data.get('message') ?? '') };
}

export function renderSessionBar(options: SessionBarOptions): TemplateResult {
  const { localize: t, indicator, secondsToRetry: seconds, status } = options;
  const onStatusChange = (event: Event): void => {
    const { form } = event.currentTarget as HTMLSelectElement | HTMLInputElement;
    if (!form) return;
    const choice = picked(form);
    options.setStatus(choice.status, choice.message);
  };
  return html`
    <div part="bar" role="group" aria-label=${t.term('sessionBarLabel')}>
      <div part="connection" data-state=${indicator}>
        <span part="connection-dot" aria-hidden="true"></span>
        <span part="connection-label" role="status">${t.term(indicatorTerms[indicator])}</span>
        ${indicator === 'reconnecting'
          ? html`<span part="countdown">
              ${seconds > 0 ? t.term('sessionReconnectIn', seconds) : t.term('sessionReconnectNow')}
            </span>`
          : nothing}
      </div>
      ${options.who ? html`<span part="user">${t.term('sessionSignedInAs', options.who)}</span>` : nothing}
      <form
        part="status"
        @submit=${(event: SubmitEvent) => {
          // Enter in the message field commits it through its change event.
          event.preventDefault();
        }}
      >
        <label class="visually-hidden" for="status-select">${t.term('sessionStatus')}</label>
        <select id="status-select" part="status-select" name="status" @change=${onStatusChange}>
          ${operatorStatuses.map(
            // A property binding: it moves the choice only when the server reports a
            // change, never back over the operator's pick before the server confirms it.
            (option) =>
              html`<option value=${option.value} .selected=${option.value === status}>
                ${t.term(option.term)}
              </option>`,
          )}
        </select>
        <label class="visually-hidden" for="status-message">${t.term('sessionStatusMessage')}</label>
        <input
          id="status-message"
          part="status-message"
          name="message"
          type="text"
          autocomplete="off"
          placeholder=${t.term('sessionStatusMessage')}
          .value=${options.statusMessage}
          @change=${onStatusChange}
        />
      </form>
      <button part="logout" type="button" @click=${() => options.logout()}>${t.term('sessionLogOut')}</button>
    </div>
  `;
}
