import { css } from 'lit';

export const waitingBadgeStyles = css`
  @layer whoson {
    :host {
      --_badge-background: var(--whoson-waiting-badge-background, var(--_surface-raised));
      --_badge-color: var(--whoson-waiting-badge-color, var(--_text));
      --_badge-border: var(--whoson-waiting-badge-border-color, var(--_border));
      --_badge-breached-background: var(--whoson-waiting-badge-breached-background, var(--_danger));
      --_badge-breached-color: var(--whoson-waiting-badge-breached-color, var(--_on-accent));
      --_badge-radius: var(--whoson-waiting-badge-radius, 999px);
      --_badge-padding: var(--whoson-waiting-badge-padding, 2px 10px);
      --_badge-font-size: var(--whoson-waiting-badge-font-size, inherit);

      display: inline-block;
      vertical-align: middle;
    }

    .base {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-width: 2.25em;
      justify-content: center;
      border: 1px solid var(--_badge-border);
      border-radius: var(--_badge-radius);
      padding: var(--_badge-padding);
      background: var(--_badge-background);
      color: var(--_badge-color);
      font-size: var(--_badge-font-size);
      font-weight: 600;
      line-height: 1.4;
    }

    .base:disabled {
      cursor: default;
      opacity: 0.7;
    }

    .count {
      font-variant-numeric: tabular-nums;
    }

    :host([data-sla='breached']) .base {
      border-color: var(--_badge-breached-background);
      background: var(--_badge-breached-background);
      color: var(--_badge-breached-color);
    }

    .sla {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      font-size: 0.85em;
    }

    .icon {
      width: 1em;
      height: 1em;
    }

    @media (forced-colors: active) {
      :host([data-sla='breached']) .base {
        border: 2px solid CanvasText;
      }
    }
  }
`;
