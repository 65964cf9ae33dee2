/** The server's suggested answers to the latest visitor message, as one-click inserts. */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageSuggestion } from '../../core/protocol/models.js';
import type { LocalizeController } from '../shared/localize.js';

export interface SuggestionsProps {
  readonly suggestions: readonly MessageSuggestion[];
  readonly localize: LocalizeController;
  /** Inserts the text at the composer's cursor (never replacing the draft). */
  readonly onInsert: (text: string) => void;
}

export function renderSuggestions(props: SuggestionsProps): TemplateResult | typeof nothing {
  const usable = props.suggestions.filter((suggestion) => suggestion.content.trim() !== '');
  if (usable.length === 0) return nothing;
  const { localize } = props;
  return html`<div part="suggestions" role="group" aria-label=${localize.term('chatPaneSuggestions')}>
    ${usable.map(
      (suggestion) =>
        html`<button
          part="suggestion"
          type="button"
          aria-label=${localize.term('chatPaneInsertSuggestion', suggestion.content)}
          @click=${() => props.onInsert(suggestion.content)}
        >
          ${suggestion.content}
        </button>`,
    )}
  </div>`;
}
