/** Asks the visitor for one of the site's on-demand fields (FieldRequest). */
import { html, type TemplateResult } from 'lit';
import type { OnDemandField } from '../../core/protocol/models.js';
import type { LocalizeController } from '../shared/localize.js';

export interface FieldRequestsProps {
  readonly id: string;
  readonly fields: readonly OnDemandField[];
  readonly localize: LocalizeController;
  readonly onRequest: (field: OnDemandField) => void;
}

export function renderFieldRequests(props: FieldRequestsProps): TemplateResult {
  const { localize } = props;
  const labelId = `${props.id}-label`;
  return html`<div part="field-requests" role="group" aria-labelledby=${labelId}>
    <span part="field-requests-label" id=${labelId}>${localize.term('chatPaneFieldRequests')}</span>
    ${props.fields.map(
      (field) =>
        html`<button
          part="field-request"
          type="button"
          data-field=${field.fieldName}
          title=${field.prompt}
          @click=${() => props.onRequest(field)}
        >
          ${field.fieldName}
        </button>`,
    )}
  </div>`;
}
