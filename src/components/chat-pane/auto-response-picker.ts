/**
 * The auto-response picker: the library as a tree, a search box, and the `/` shortcut
 * (the composer's `/query` is the search). Choosing one inserts its content at the cursor.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AutoResponse } from '../../core/protocol/models.js';
import type { LocalizeController } from '../shared/localize.js';
import type { AutoResponseNode } from './auto-response-tree.js';

export interface AutoResponsePickerProps {
  readonly id: string;
  readonly tree: readonly AutoResponseNode[];
  readonly query: string;
  /** The search comes from the composer's `/` shortcut, not from the search box. */
  readonly fromShortcut: boolean;
  readonly localize: LocalizeController;
  readonly onSearch: (query: string) => void;
  readonly onChoose: (response: AutoResponse) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
}

function renderNodes(nodes: readonly AutoResponseNode[], props: AutoResponsePickerProps): TemplateResult {
  return html`<ul part="auto-response-list">
    ${nodes.map((node) => {
      const { response } = node;
      const label = response.subject || response.content;
      const insertable = response.content.trim() !== '';
      return html`<li>
        ${insertable
          ? html`<button
              part="auto-response"
              type="button"
              data-id=${response.id}
              @click=${() => props.onChoose(response)}
            >
              <span part="auto-response-subject">${label}</span>
              ${response.subject
                ? html`<span part="auto-response-content">${response.content}</span>`
                : nothing}
            </button>`
          : html`<span part="auto-response-folder">${label}</span>`}
        ${node.children.length > 0 ? renderNodes(node.children, props) : nothing}
      </li>`;
    })}
  </ul>`;
}

export function renderAutoResponsePicker(props: AutoResponsePickerProps): TemplateResult {
  const { localize } = props;
  return html`<div
    part="auto-responses"
    id=${props.id}
    role="region"
    aria-label=${localize.term('chatPaneAutoResponses')}
    @keydown=${props.onKeydown}
  >
    <input
      part="auto-response-search"
      type="search"
      aria-label=${localize.term('chatPaneSearchAutoResponses')}
      placeholder=${localize.term('chatPaneSearchAutoResponses')}
      .value=${props.query}
      ?readonly=${props.fromShortcut}
      @input=${(event: Event) => props.onSearch((event.target as HTMLInputElement).value)}
    />
    ${props.tree.length === 0
      ? html`<p part="auto-response-empty">${localize.term('chatPaneNoAutoResponses')}</p>`
      : renderNodes(props.tree, props)}
  </div>`;
}
