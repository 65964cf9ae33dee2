import { css } from 'lit';

export const sessionStyles = css`
  @layer whoson {
    :host {
      --_gap: var(--whoson-session-gap, var(--_space));
      --_online: var(--whoson-session-online-color, var(--_success));
      --_connecting: var(--whoson-session-connecting-color, var(--_warning));
      --_offline: var(--whoson-session-offline-color, var(--_text-muted));
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

    /* The login form */

    [part~='login'] {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
      max-width: var(--whoson-session-form-width, 24rem);
      padding: var(--_gap);
    }

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

    [part~='input'],
    [part~='status-select'],
    [part~='status-message'] {
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

    [part~='login-error'] {
      margin: 0;
      color: var(--_error);
      font-weight: 600;
    }

    /* The bar */

    [part~='bar'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_gap);
      padding: var(--_gap);
      background: var(--whoson-session-bar-background, var(--_surface-raised));
      border-bottom: var(--whoson-session-bar-border, 1px solid var(--_border));
    }

    [part~='connection'] {
      display: inline-flex;
      align-items: center;
      gap: calc(var(--_gap) / 2);
    }

    [part~='connection-dot'] {
      inline-size: 0.7em;
      block-size: 0.7em;
      border-radius: 50%;
      background: var(--_offline);
    }

    [part~='connection'][data-state='online'] [part~='connection-dot'] {
      background: var(--_online);
    }

    [part~='connection'][data-state='connecting'] [part~='connection-dot'],
    [part~='connection'][data-state='reconnecting'] [part~='connection-dot'] {
      background: var(--_connecting);
    }

    [part~='countdown'] {
      color: var(--_text-muted);
      font-variant-numeric: tabular-nums;
    }

    [part~='user'] {
      color: var(--_text-muted);
    }

    [part~='status'] {
      display: inline-flex;
      align-items: center;
      gap: calc(var(--_gap) / 2);
      margin-inline-start: auto;
      /* A narrow side panel: the message field gives way instead of overflowing the bar. */
      max-width: 100%;
    }

    [part~='status-message'] {
      flex: 1 1 10em;
      min-width: 0;
    }

    [part~='logout'] {
      padding: calc(var(--_gap) / 2) var(--_gap);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
  }
`;
