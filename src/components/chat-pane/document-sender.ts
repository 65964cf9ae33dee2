/**
 * Sends a document from the library (SendDocumentTo). Not offered when the site
 * disables file sending, or when the library has nothing for this chat's site.
 */
import { html, type TemplateResult } from 'lit';
import type { DocumentFile } from '../../core/protocol/models.js';
import type { LocalizeController } from '../shared/localize.js';

export interface DocumentSenderProps {
  readonly id: string;
  readonly documents: readonly DocumentFile[];
  readonly selected: string;
  readonly localize: LocalizeController;
  readonly onSelect: (documentId: string) => void;
  readonly onSend: (document: DocumentFile) => void;
}

/** Documents for a chat: the site's own and those shared by all sites; not visitor uploads. */
export function documentsFor(documents: Readonly<Record<string, DocumentFile>>, siteKey: number): DocumentFile[] {
  return Object.values(documents)
    .filter((document) => !document.visitorUploaded && (document.siteKey === 0 || document.siteKey === siteKey))
    .sort((a, b) => `${a.folder}${a.fileName}`.localeCompare(`${b.folder}${b.fileName}`));
}

export function renderDocumentSender(props: DocumentSenderProps): TemplateResult {
  const { localize, documents } = props;
  const selected = documents.find((document) => document.id === props.selected) ?? documents[0];
  const selectId = `${props.id}-select`;
  return html`<div part="documents" role="group" aria-labelledby=${`${props.id}-label`}>
    <span part="documents-label" id=${`${props.id}-label`}>${localize.term('chatPaneDocuments')}</span>
    <label class="visually-hidden" for=${selectId}>${localize.term('chatPaneDocument')}</label>
    <select
      part="document-select"
      id=${selectId}
      @change=${(event: Event) => props.onSelect((event.target as HTMLSelectElement).value)}
    >
      ${documents.map(
        (document) =>
          html`<option value=${document.id} ?selected=${document === selected}>
            ${document.folder ? `${document.folder} ` : ''}${document.fileName}
          </option>`,
      )}
    </select>
    <button part="send-document" type="button" @click=${() => selected && props.onSend(selected)}>
      ${localize.term('chatPaneSendDocument')}
    </button>
  </div>`;
}
