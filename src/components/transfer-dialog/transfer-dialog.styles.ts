import { css } from 'lit';

export const transferDialogStyles = css`
  @layer whoson {
    :host {
      --_dialog-background: var(--whoson-transfer-dialog-background, var(--_surface));
      --_dialog-color: var(--whoson-transfer-dialog-color, var(--_text));
      --_dialog-border: var(--whoson-transfer-dialog-border-color, var(--_border));
      --_dialog-radius: var(--whoson-transfer-dialog-radius, var(--_radius));
      --_dialog-width: var(--whoson-transfer-dialog-width, 32rem);
      --_dialog-max-height: var(--whoson-transfer-dialog-max-height, 85vh);
      --_dialog-padding: var(--whoson-transfer-dialog-padding, calc(var(--_space) * 2));
      --_dialog-backdrop: var(--whoson-transfer-dialog-backdrop, rgb(0 0 0 / 45%));
      --_target-selected-background: var(--whoson-transfer-dialog-selected-background, var(--_surface-raised));
      --_target-selected-border: var(--whoson-transfer-dialog-selected-border-color, var(--_accent));
      --_confirm-background: var(--whoson-transfer-dialog-confirm-background, var(--_accent));
      --_confirm-color: var(--whoson-transfer-dialog-confirm-color, var(--_on-accent));
      --_error-color: var(--whoson-transfer-dialog-error-color, var(--_danger));

      display: contents;
    }

    .dialog {
      box-sizing: border-box;
      width: min(var(--_dialog-width), calc(100vw - 2rem));
      max-height: var(--_dialog-max-height);
      padding: 0;
      border: 1px solid var(--_dialog-border);
      border-radius: var(--_dialog-radius);
      background: var(--_dialog-background);
      color: var(--_dialog-color);
      font-family: var(--_font);
      font-size: var(--_font-size);
      line-height: 1.4;
      box-shadow: 0 12px 40px rgb(0 0 0 / 25%);
    }

    .dialog[open] {
      display: flex;
      flex-direction: column;
    }

    .dialog::backdrop {
      background: var(--_dialog-backdrop);
    }

    .header,
    .footer {
      padding: var(--_dialog-padding);
    }

    .header {
      border-bottom: 1px solid var(--_dialog-border);
    }

    .title {
      margin: 0;
      font-size: 1.15em;
      font-weight: 600;
    }

    .subtitle {
      margin: 2px 0 0;
      color: var(--_text-muted);
    }

    .body {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      min-height: 0;
      padding: var(--_dialog-padding);
      overflow: auto;
    }

    .field-label {
      font-weight: 600;
    }

    .search,
    .message {
      width: 100%;
      padding: 6px 8px;
      border: 1px solid var(--_dialog-border);
      border-radius: var(--_dialog-radius);
      background: var(--_dialog-background);
      color: inherit;
      font: inherit;
    }

    .message {
      min-height: 4em;
      resize: vertical;
    }

    .message:disabled {
      opacity: 0.6;
    }

    .targets {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
    }

    .group {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }

    .group-label {
      padding: 0;
      margin-bottom: 4px;
      color: var(--_text-muted);
      font-size: 0.85em;
      font-weight: 600;
      letter-spacing: 0.03em;
      text-transform: uppercase;
    }

    .group-targets {
      display: flex;
      flex-direction: column;
      gap: 2px;
    }

    .group-empty {
      margin: 0;
      color: var(--_text-muted);
      font-style: italic;
    }

    .target {
      display: grid;
      grid-template-columns: auto 1fr;
      column-gap: var(--_space);
      align-items: baseline;
      padding: 6px 8px;
      border: 1px solid transparent;
      border-radius: var(--_dialog-radius);
      cursor: pointer;
    }

    .target:hover {
      background: var(--_target-selected-background);
    }

    .target[data-selected] {
      border-color: var(--_target-selected-border);
      background: var(--_target-selected-background);
    }

    .target[data-disabled] {
      cursor: default;
      opacity: 0.6;
    }

    .target-input {
      margin: 0;
      accent-color: var(--_accent);
    }

    .target-name {
      overflow-wrap: anywhere;
    }

    .target-detail {
      grid-column: 2;
      color: var(--_text-muted);
      font-size: 0.9em;
    }

    .note,
    .summary {
      margin: 0;
      color: var(--_text-muted);
      font-size: 0.9em;
    }

    .summary {
      color: inherit;
    }

    .error {
      margin: 0;
      padding: 6px 8px;
      border: 1px solid var(--_error-color);
      border-radius: var(--_dialog-radius);
      color: var(--_error-color);
    }

    .footer {
      display: flex;
      justify-content: flex-end;
      gap: var(--_space);
      border-top: 1px solid var(--_dialog-border);
    }

    .button {
      padding: 6px 14px;
      border: 1px solid var(--_dialog-border);
      border-radius: var(--_dialog-radius);
      background: var(--_dialog-background);
    }

    .confirm {
      border-color: var(--_confirm-background);
      background: var(--_confirm-background);
      color: var(--_confirm-color);
      font-weight: 600;
    }

    .button:disabled,
    .button[aria-disabled='true'] {
      cursor: default;
      opacity: 0.6;
    }
  }
`;
