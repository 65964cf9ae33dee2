import { css } from 'lit';

/** Adopted by `<whoson-session>` with the form. */
export const loginFormStyles = css`
  @layer whoson {
    [part~='login-form'] {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
    }

    [part~='login-title'] {
      margin: 0;
      font-size: 1.15em;
    }

    [part~='field'] {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_gap) / 2);
    }

    [part~='input'] {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_gap) / 2) var(--_gap);
    }

    [part~='login-button'] {
      align-self: flex-start;
      padding: calc(var(--_gap) / 2) calc(var(--_gap) * 2);
      border: 1px solid transparent;
      border-radius: var(--_radius);
      background: var(--whoson-session-button-background, var(--_accent));
      color: var(--whoson-session-button-color, var(--_on-accent));
    }

    [part~='login-button'][aria-disabled='true'] {
      cursor: progress;
      opacity: 0.75;
    }
  }
`;
