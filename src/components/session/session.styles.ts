import { css } from 'lit';

/** The element's own; the login form's and the bar's come with them (login-form.styles.ts, session-bar.styles.ts). */
export const sessionStyles = css`
  @layer whoson {
    :host {
      --_gap: var(--whoson-session-gap, var(--_space));
      --_error: var(--whoson-session-error-color, var(--_danger));
      --_warn: var(--whoson-session-warning-color, var(--_warning));

      display: block;
      background: var(--whoson-session-background, var(--_surface));
    }

    [part~='base'] {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
    }

    [part~='insecure-warning'] {
      margin: 0;
      padding: var(--_gap);
      border: 1px solid var(--_warn);
      border-radius: var(--_radius);
      color: var(--_warn);
    }

    /* The login area. The form and the bar bring their own styles when they load. */

    [part~='login'] {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
      max-width: var(--whoson-session-form-width, 24rem);
      padding: var(--_gap);
    }

    [part~='login-error'] {
      margin: 0;
      color: var(--_error);
      font-weight: 600;
    }
  }
`;
