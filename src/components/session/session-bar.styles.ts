import { css } from 'lit';

/** Adopted by `<whoson-session>` with the bar. */
export const sessionBarStyles = css`
  @layer whoson {
    [part~='bar'] {
      --_online: var(--whoson-session-online-color, var(--_success));
      --_connecting: var(--whoson-session-connecting-color, var(--_warning));
      --_offline: var(--whoson-session-offline-color, var(--_text-muted));

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

    [part~='status-select'],
    [part~='status-message'] {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_gap) / 2) var(--_gap);
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
