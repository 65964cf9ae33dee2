/**
 * The built-in login form of `<whoson-session>`. Its own module, loaded the first time the
 * form is shown: a page whose operator is already logged in (the session shared by the
 * site's pages) never carries it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { OperatorStatus } from '../../core/protocol/models.js';
import type { LocalizeController } from '../shared/localize.js';
import type { SessionLoginOptions } from './session.js';
import { operatorStatuses } from './status-options.js';

/** What `<whoson-session>` takes in with this part: its English strings and its styles. */
export { sessionLoginFormTerms as terms } from '../../translations/en/session-login-form.js';
export { loginFormStyles as styles } from './login-form.styles.js';

export interface LoginFormOptions {
  localize: LocalizeController;
  /** A login of the operator's own is under way. */
  busy: boolean;
  /** What the username field starts with. */
  username: string;
  /** The element has no authentication string: the form asks for one. */
  askAuthString: boolean;
  initialStatus: OperatorStatus;
  /** Takes the fields the operator submitted. */
  submit(fields: SessionLoginOptions): void;
}

function submitted(event: SubmitEvent): SessionLoginOptions {
  const data = new FormData(event.currentTarget as HTMLFormElement);
  const text = (name: string): string => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    username: text('username'),
    password: text('password'),
    authString: text('authString'),
    status: text('status'),
  };
}

export function renderLoginForm(options: LoginFormOptions): TemplateResult {
  const { localize: t, busy, initialStatus } = options;
  return html`
    <form
      part="login-form"
      aria-labelledby="login-title"
      aria-busy=${busy ? 'true' : 'false'}
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        options.submit(submitted(event));
      }}
    >
      <h2 id="login-title" part="login-title">${t.term('sessionLoginTitle')}</h2>
      <div part="field">
        <label part="label" for="username">${t.term('sessionUsername')}</label>
        <input
          id="username"
          part="input username"
          name="username"
          type="text"
          autocomplete="username"
          autocapitalize="none"
          spellcheck="false"
          required
          value=${options.username}
        />
      </div>
      <div part="field">
        <label part="label" for="password">${t.term('sessionPassword')}</label>
        <input
          id="password"
          part="input password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
      </div>
      ${options.askAuthString
        ? html`<div part="field">
            <label part="label" for="auth-string">${t.term('sessionAuthString')}</label>
            <input
              id="auth-string"
              part="input auth-string"
              name="authString"
              type="text"
              autocomplete="off"
              autocapitalize="none"
              spellcheck="false"
              required
            />
          </div>`
        : nothing}
      <div part="field">
        <label part="label" for="initial-status">${t.term('sessionInitialStatus')}</label>
        <select id="initial-status" part="input initial-status" name="status">
          ${operatorStatuses.map(
            (option) =>
              html`<option value=${option.value} ?selected=${option.value === initialStatus}>
                ${t.term(option.term)}
              </option>`,
          )}
        </select>
      </div>
      <button part="login-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
        ${busy ? t.term('sessionLoggingIn') : t.term('sessionLogIn')}
      </button>
    </form>
  `;
}
