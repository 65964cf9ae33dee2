import { css } from 'lit';

export const chatPaneStyles = css`
  @layer whoson {
    :host {
      --_pane-background: var(--whoson-chat-pane-background, var(--_surface));
      --_pane-text: var(--whoson-chat-pane-text-color, var(--_text));
      --_pane-muted: var(--whoson-chat-pane-muted-color, var(--_text-muted));
      --_pane-border: var(--whoson-chat-pane-border-color, var(--_border));
      --_pane-gap: var(--whoson-chat-pane-gap, var(--_space));
      --_pane-radius: var(--whoson-chat-pane-radius, var(--_radius));
      --_visitor-background: var(--whoson-chat-pane-visitor-background, var(--_surface-raised));
      --_operator-background: var(--whoson-chat-pane-operator-background, var(--_accent));
      --_operator-color: var(--whoson-chat-pane-operator-color, var(--_on-accent));
      --_system-color: var(--whoson-chat-pane-system-color, var(--_text-muted));
      --_failed: var(--whoson-chat-pane-failed-color, var(--_danger));
      --_pane-accent: var(--whoson-chat-pane-accent, var(--_accent));
      --_pane-on-accent: var(--whoson-chat-pane-on-accent, var(--_on-accent));
      --_input-background: var(--whoson-chat-pane-input-background, var(--_surface));
      --_input-min-height: var(--whoson-chat-pane-input-min-height, 4.5em);
      --_transcript-min-height: var(--whoson-chat-pane-transcript-min-height, 8em);

      display: flex;
      flex-direction: column;
      min-height: 0;
      background: var(--_pane-background);
      color: var(--_pane-text);
    }

    [part='base'] {
      display: flex;
      flex-direction: column;
      flex: 1 1 auto;
      min-height: 0;
      gap: var(--_pane-gap);
      padding: var(--_pane-gap);
    }

    p {
      margin: 0;
    }

    button,
    select,
    input,
    textarea {
      font: inherit;
      border-radius: var(--_pane-radius);
    }

    button,
    select,
    input[type='text'],
    input[type='search'] {
      border: 1px solid var(--_pane-border);
      background: var(--_pane-background);
      color: var(--_pane-text);
      padding: calc(var(--_space) / 2) var(--_space);
    }

    button[aria-disabled='true'] {
      opacity: 0.6;
      cursor: not-allowed;
    }

    [part='no-session'],
    [part='placeholder'],
    [part='empty'],
    [part='details-empty'],
    [part='preview-empty'],
    [part='auto-response-empty'] {
      color: var(--_pane-muted);
    }

    [part='header'] {
      display: flex;
      flex-direction: column;
    }

    [part='title'] {
      margin: 0;
      font-size: 1.15em;
      overflow-wrap: anywhere;
    }

    [part='subtitle'] {
      color: var(--_pane-muted);
      font-size: 0.9em;
    }

    [part='state-banner'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
      justify-content: space-between;
      padding: var(--_space);
      border: 1px solid var(--_pane-border);
      border-radius: var(--_pane-radius);
      background: var(--_surface-raised);
    }

    details {
      border: 1px solid var(--_pane-border);
      border-radius: var(--_pane-radius);
      padding: calc(var(--_space) / 2) var(--_space);
    }

    summary {
      cursor: pointer;
    }

    [part='details-heading'] {
      margin: var(--_space) 0 calc(var(--_space) / 2);
      font-size: 0.9em;
    }

    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 2px var(--_space);
      margin: 0;
    }

    [part='detail-row'] {
      display: contents;
    }

    dt {
      color: var(--_pane-muted);
    }

    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }

    [part='pages'] {
      margin: 0;
      padding-inline-start: 1.5em;
      overflow-wrap: anywhere;
    }

    [part='transcript'] {
      flex: 1 1 auto;
      min-height: var(--_transcript-min-height);
      overflow-y: auto;
      overscroll-behavior: contain;
      border: 1px solid var(--_pane-border);
      border-radius: var(--_pane-radius);
      padding: var(--_space);
    }

    [part='lines'],
    [part='files'],
    [part='auto-response-list'],
    [part='wrap-up-menu'],
    [part='free-tags'] {
      list-style: none;
      margin: 0;
      padding: 0;
    }

    [part='lines'] {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
    }

    [part='line'] {
      max-width: 85%;
      padding: calc(var(--_space) * 0.75) var(--_space);
      border-radius: var(--_pane-radius);
      background: var(--_visitor-background);
      align-self: flex-start;
    }

    [part='line'][data-from='operator'] {
      align-self: flex-end;
      background: var(--_operator-background);
      color: var(--_operator-color);
    }

    [part='line'][data-from='operator'] [part='file-link'] {
      color: inherit;
    }

    [part='line'][data-from='system'] {
      align-self: center;
      max-width: 100%;
      background: transparent;
      color: var(--_system-color);
      font-style: italic;
      text-align: center;
    }

    [part='line'][data-whisper] {
      border: 1px dashed currentColor;
    }

    [part='line'][data-state='pending'] {
      outline: 1px dashed var(--_pane-border);
    }

    [part='line'][data-state='failed'] {
      outline: 2px solid var(--_failed);
    }

    [part='line-meta'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      font-size: 0.8em;
    }

    [part='author'] {
      font-weight: 600;
    }

    [part='text'],
    [part='translation'],
    [part='filtered'],
    [part='typing-preview'],
    [part='auto-response-content'] {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }

    [part='translation'],
    [part='filtered'] {
      margin-top: calc(var(--_space) / 2);
      padding-top: calc(var(--_space) / 2);
      border-top: 1px solid color-mix(in srgb, currentColor 25%, transparent);
      font-size: 0.95em;
    }

    [part='translation-label'],
    [part='filtered-label'],
    [part='file-note'] {
      font-size: 0.85em;
      opacity: 0.85;
    }

    [part='line-status'] {
      font-size: 0.8em;
    }

    [part='line-error'],
    [part='error'],
    [part='action-error'],
    [part='wrap-up-required'] {
      color: var(--_failed);
    }

    [part='line'][data-state='failed'] [part='line-error'] {
      display: block;
      margin-block: calc(var(--_space) / 2);
      font-weight: 600;
      color: inherit;
    }

    [part='retry'] {
      margin-top: calc(var(--_space) / 2);
    }

    [part='unread-marker'] {
      display: flex;
      align-items: center;
      gap: var(--_space);
      color: var(--_pane-accent);
      font-size: 0.8em;
      font-weight: 600;
    }

    [part='unread-marker']::before,
    [part='unread-marker']::after {
      content: '';
      flex: 1;
      border-top: 1px solid currentColor;
    }

    [part='earlier'] {
      display: block;
      margin: 0 auto var(--_space, 0.5rem);
      background: transparent;
      color: var(--_pane-muted);
    }

    [part='new-messages'] {
      align-self: center;
      background: var(--_pane-accent);
      color: var(--_pane-on-accent);
      border-color: transparent;
    }

    [part='typing'] {
      color: var(--_pane-muted);
      font-size: 0.9em;
    }

    [part='typing-preview'] {
      font-style: italic;
    }

    [part='suggestions'],
    [part='composer-toolbar'],
    [part='actions'],
    [part='confirm'],
    [part='documents'],
    [part='field-requests'],
    [part='wrap-up-options'],
    [part='tag-add'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) / 2);
    }

    [part='suggestion'] {
      max-width: 100%;
      text-align: start;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }

    [part='auto-responses'] {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
      max-height: 14em;
      overflow-y: auto;
      border: 1px solid var(--_pane-border);
      border-radius: var(--_pane-radius);
      padding: var(--_space);
    }

    [part='auto-response-list'] [part='auto-response-list'] {
      padding-inline-start: var(--_space);
    }

    [part='auto-response'] {
      display: flex;
      flex-direction: column;
      width: 100%;
      text-align: start;
      border-color: transparent;
    }

    [part='auto-response-content'] {
      color: var(--_pane-muted);
      font-size: 0.85em;
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }

    [part='auto-response-folder'],
    [part='wrap-up-group'] {
      font-weight: 600;
    }

    [part='composer'] {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: calc(var(--_space) / 2);
    }

    [part='input'] {
      min-height: var(--_input-min-height);
      resize: vertical;
      padding: var(--_space);
      border: 1px solid var(--_pane-border);
      background: var(--_input-background);
      color: var(--_pane-text);
    }

    [part='input'][aria-invalid='true'] {
      border-color: var(--_failed);
    }

    [part='send'] {
      align-self: end;
      background: var(--_pane-accent);
      color: var(--_pane-on-accent);
      border-color: transparent;
    }

    [part='composer-toolbar'],
    [part='composer-help'],
    [part='error'],
    [part='preview-section'] {
      grid-column: 1 / -1;
    }

    [part='counter'] {
      margin-inline-start: auto;
      color: var(--_pane-muted);
      font-size: 0.85em;
      font-variant-numeric: tabular-nums;
    }

    [part='counter'][data-over] {
      color: var(--_failed);
      font-weight: 600;
    }

    [part='composer-help'] {
      color: var(--_pane-muted);
      font-size: 0.8em;
    }

    [part='preview-section'] {
      border: 1px dashed var(--_pane-border);
      border-radius: var(--_pane-radius);
      padding: var(--_space);
      overflow-wrap: anywhere;
    }

    [part='preview'] :first-child {
      margin-top: 0;
    }

    [part='preview'] :last-child {
      margin-bottom: 0;
    }

    [part='preview'] img {
      max-width: 100%;
    }

    [part='wrap-up'] {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
      border: 1px solid var(--_pane-border);
      border-radius: var(--_pane-radius);
      padding: var(--_space);
    }

    [part='wrap-up'][data-required] [part='wrap-up-heading']::after {
      content: ' *';
      color: var(--_failed);
    }

    [part='wrap-up-heading'] {
      margin: 0;
      font-size: 1em;
    }

    [part='wrap-up-option'][aria-pressed='true'] {
      background: var(--_pane-accent);
      color: var(--_pane-on-accent);
      border-color: transparent;
    }

    [part='wrap-up'][data-type='Link'] [part='wrap-up-option'] {
      border-color: transparent;
      background: none;
      color: var(--_pane-accent);
      text-decoration: underline;
    }

    [part='wrap-up-menu'] [part='wrap-up-menu'] {
      padding-inline-start: var(--_space);
    }

    [part='tags'] {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2) var(--_space);
      border: 0;
      margin: 0;
      padding: 0;
    }

    [part='free-tags'] {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
    }

    [part='free-tag'] {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      padding-inline-start: var(--_space);
      border: 1px solid var(--_pane-border);
      border-radius: var(--_pane-radius);
    }

    [part='tag-remove'] {
      border-color: transparent;
      padding-block: 0;
    }

    [part='close'],
    [part='confirm-close'] {
      color: var(--_failed);
    }

    [part='confirm'] {
      padding: var(--_space);
      border: 1px solid var(--_failed);
      border-radius: var(--_pane-radius);
    }

    [part='confirm-text'] {
      flex-basis: 100%;
    }

    [part='notice'] {
      margin-top: calc(var(--_space) / 2);
      color: var(--_pane-muted);
    }
  }
`;
