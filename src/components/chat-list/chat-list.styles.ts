import { css } from 'lit';

export const chatListStyles = css`
  @layer whoson {
    :host {
      --_list-background: var(--whoson-chat-list-background, var(--_surface));
      --_list-text: var(--whoson-chat-list-text-color, var(--_text));
      --_list-muted: var(--whoson-chat-list-muted-color, var(--_text-muted));
      --_list-border: var(--whoson-chat-list-border-color, var(--_border));
      --_row-background: var(--whoson-chat-list-row-background, transparent);
      --_row-hover: var(--whoson-chat-list-row-hover-background, var(--_surface-raised));
      --_selected-background: var(--whoson-chat-list-selected-background, var(--_surface-raised));
      --_selected-indicator: var(--whoson-chat-list-selected-indicator, var(--_accent));
      --_row-padding: var(--whoson-chat-list-row-padding, calc(var(--_space) * 1.25) var(--_space));
      --_gap: var(--whoson-chat-list-gap, calc(var(--_space) * 2));
      --_list-radius: var(--whoson-chat-list-radius, var(--_radius));
      --_sla-warning: var(--whoson-chat-list-sla-warning-color, var(--_warning));
      --_sla-breached: var(--whoson-chat-list-sla-breached-color, var(--_danger));
      --_accept-background: var(--whoson-chat-list-accept-background, var(--_accent));
      --_accept-color: var(--whoson-chat-list-accept-color, var(--_on-accent));
      --_unread-background: var(--whoson-chat-list-unread-background, var(--_accent));
      --_unread-color: var(--whoson-chat-list-unread-color, var(--_on-accent));
      --_heading-size: var(--whoson-chat-list-heading-size, 0.8em);

      display: block;
      background: var(--_list-background);
      color: var(--_list-text);
    }

    .base {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
    }

    .no-session,
    .empty {
      margin: 0;
      padding: var(--_row-padding);
      color: var(--_list-muted);
    }

    .notices {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }

    .notice {
      border: 1px dashed var(--_list-border);
      border-radius: var(--_list-radius);
      background: transparent;
      padding: calc(var(--_space) / 2) var(--_space);
      font-size: 0.9em;
    }

    .heading {
      display: flex;
      align-items: baseline;
      gap: var(--_space);
      margin: 0 0 calc(var(--_space) / 2);
      padding: 0 var(--_space);
      font-size: var(--_heading-size);
      font-weight: 600;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--_list-muted);
    }

    .section-count {
      font-variant-numeric: tabular-nums;
    }

    .list {
      list-style: none;
      margin: 0;
      padding: 0;
    }

    .row {
      display: flex;
      align-items: center;
      gap: var(--_space);
      border-bottom: 1px solid var(--_list-border);
      background: var(--_row-background);
    }

    /* Stands for the rows of a long list that are not rendered. */
    .spacer {
      padding: 0;
      border: 0;
    }

    .row:hover {
      background: var(--_row-hover);
    }

    .row[data-selected] {
      background: var(--_selected-background);
      box-shadow: inset 3px 0 0 var(--_selected-indicator);
    }

    .select {
      flex: 1;
      min-width: 0;
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: var(--_space);
      row-gap: 2px;
      border: 0;
      background: transparent;
      padding: var(--_row-padding);
      text-align: start;
    }

    .name {
      font-weight: 600;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }

    .details {
      grid-column: 1;
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space);
      color: var(--_list-muted);
      font-size: 0.9em;
      min-width: 0;
    }

    .details > * + *::before {
      content: '·';
      margin-inline-end: var(--_space);
    }

    .status {
      grid-column: 2;
      grid-row: 1 / span 2;
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      gap: 2px;
      font-size: 0.9em;
    }

    .wait {
      font-variant-numeric: tabular-nums;
    }

    .row[data-sla='warning'] .wait,
    .row[data-sla='warning'] .sla {
      color: var(--_sla-warning);
    }

    .row[data-sla='breached'] .wait,
    .row[data-sla='breached'] .sla {
      color: var(--_sla-breached);
      font-weight: 600;
    }

    .sla {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }

    .icon {
      width: 1em;
      height: 1em;
      flex: none;
    }

    .preview {
      grid-column: 1 / -1;
      color: var(--_list-muted);
      font-style: italic;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }

    .unread {
      min-width: 1.5em;
      padding: 0 0.4em;
      border-radius: 999px;
      background: var(--_unread-background);
      color: var(--_unread-color);
      text-align: center;
      font-weight: 600;
    }

    .typing,
    .monitored-by,
    .operator {
      color: var(--_list-muted);
    }

    .typing {
      font-style: italic;
    }

    .accept,
    .dismiss {
      flex: none;
      margin-inline-end: var(--_space);
      border-radius: var(--_list-radius);
      padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
      font-weight: 600;
    }

    .accept {
      border: 1px solid var(--_accept-background);
      background: var(--_accept-background);
      color: var(--_accept-color);
    }

    .dismiss {
      border: 1px solid var(--_list-border);
      background: transparent;
    }

    .transfer {
      padding: var(--_row-padding);
      flex-wrap: wrap;
    }

    .transfer-text {
      flex: 1;
      min-width: 0;
      display: flex;
      flex-direction: column;
    }

    .transfer-from {
      color: var(--_list-muted);
      font-size: 0.9em;
    }

    .transfer-message {
      overflow-wrap: anywhere;
    }

    .transfer-actions {
      display: flex;
    }

    /* Compact: one line per row for narrow side panels. */
    :host([compact]) {
      --_row-padding: var(--whoson-chat-list-row-padding, calc(var(--_space) / 2) var(--_space));
      --_gap: var(--whoson-chat-list-gap, var(--_space));
    }

    :host([compact]) .details {
      flex-wrap: nowrap;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }

    :host([compact]) .department,
    :host([compact]) .skills,
    :host([compact]) .preview,
    :host([compact]) .monitored-by,
    :host([compact]) .operator {
      display: none;
    }

    :host([compact]) .status {
      gap: 0 4px;
    }

    /* The icon stays, the words go to the accessible name only. */
    :host([compact]) .sla-text {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }

    :host([compact]) .accept,
    :host([compact]) .dismiss {
      padding: 2px var(--_space);
      font-size: 0.9em;
    }

    @media (forced-colors: active) {
      .row[data-selected] {
        outline: 2px solid Highlight;
        outline-offset: -2px;
      }
      .unread {
        border: 1px solid CanvasText;
      }
    }
  }
`;
