/** The chat's actions (transfer, leave, close) and the close confirmation. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/localize.js';

export interface PaneActionsProps {
  readonly id: string;
  /** The chat is open and mine: the actions apply. */
  readonly active: boolean;
  readonly confirming: boolean;
  readonly error: string;
  readonly localize: LocalizeController;
  readonly onTransfer: () => void;
  readonly onLeave: () => void;
  readonly onClose: () => void;
  readonly onConfirmClose: () => void;
  readonly onCancelClose: () => void;
}

export function renderPaneActions(props: PaneActionsProps): TemplateResult {
  const { localize } = props;
  const error = props.error ? html`<p part="action-error" role="alert">${props.error}</p>` : nothing;
  if (!props.active) return html`${error}`;
  const confirmId = `${props.id}-confirm`;
  return html`<div part="actions" role="group" aria-label=${localize.term('chatPaneActions')}>
      <button part="transfer" type="button" @click=${props.onTransfer}>${localize.term('chatPaneTransfer')}</button>
      <button part="leave" type="button" @click=${props.onLeave}>${localize.term('chatPaneLeave')}</button>
      <button
        part="close"
        type="button"
        aria-expanded=${props.confirming ? 'true' : 'false'}
        aria-controls=${props.confirming ? confirmId : nothing}
        @click=${props.onClose}
      >
        ${localize.term('chatPaneClose')}
      </button>
    </div>
    ${props.confirming
      ? html`<div part="confirm" id=${confirmId} role="group" aria-labelledby=${`${confirmId}-text`}>
          <p part="confirm-text" id=${`${confirmId}-text`}>${localize.term('chatPaneConfirmClose')}</p>
          <button part="confirm-close" type="button" @click=${props.onConfirmClose}>
            ${localize.term('chatPaneConfirmCloseButton')}
          </button>
          <button part="confirm-cancel" type="button" @click=${props.onCancelClose}>${localize.term('cancel')}</button>
        </div>`
      : nothing}
    ${error}`;
}
