/**
 * The composer's markup: the textarea (`part="input"`), send (`part="send"`), the
 * character counter, the limit error, the Markdown preview and the toolbar toggles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { LocalizeController } from '../shared/localize.js';
import type { ComposerController } from './composer-controller.js';
import { MESSAGE_LIMIT } from './composer-controller.js';

export interface ComposerProps {
  readonly id: string;
  readonly composer: ComposerController;
  readonly textareaRef: Ref<HTMLTextAreaElement>;
  readonly previewRef: Ref<HTMLDivElement>;
  readonly previewShown: boolean;
  readonly pickerId: string;
  readonly pickerOpen: boolean;
  readonly localize: LocalizeController;
  readonly onTogglePreview: () => void;
  readonly onTogglePicker: () => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
}

export function renderComposer(props: ComposerProps): TemplateResult {
  const { composer, localize, id } = props;
  const error = composer.error;
  const blank = composer.draft.trim() === '';
  const describedBy = [`${id}-help`, `${id}-counter`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div part="composer">
    <label part="input-label" for=${`${id}-input`} class="visually-hidden">${localize.term('chatPaneComposer')}</label>
    <textarea
      part="input"
      id=${`${id}-input`}
      rows="3"
      placeholder=${localize.term('chatPaneComposer')}
      aria-describedby=${describedBy}
      aria-invalid=${composer.overLimit ? 'true' : 'false'}
      .value=${live(composer.draft)}
      ${ref(props.textareaRef)}
      @input=${composer.onInput}
      @keydown=${props.onKeydown}
      @keyup=${composer.onCaretMove}
      @click=${composer.onCaretMove}
      @blur=${composer.onCaretMove}
    ></textarea>
    <button
      part="send"
      type="button"
      aria-disabled=${blank ? 'true' : 'false'}
      @click=${() => composer.send()}
    >
      ${localize.term('chatPaneSend')}
    </button>
    <div part="composer-toolbar">
      <button
        part="preview-toggle"
        type="button"
        aria-pressed=${props.previewShown ? 'true' : 'false'}
        @click=${props.onTogglePreview}
      >
        ${localize.term('chatPanePreview')}
      </button>
      <button
        part="auto-responses-toggle"
        type="button"
        aria-expanded=${props.pickerOpen ? 'true' : 'false'}
        aria-controls=${props.pickerOpen ? props.pickerId : nothing}
        @click=${props.onTogglePicker}
      >
        ${localize.term('chatPaneAutoResponses')}
      </button>
      <span part="counter" id=${`${id}-counter`} ?data-over=${composer.overLimit}>
        <span aria-hidden="true">${localize.term('chatPaneCharacters', composer.length, MESSAGE_LIMIT)}</span>
        <span class="visually-hidden">${localize.term('chatPaneCharactersLabel', composer.length, MESSAGE_LIMIT)}</span>
      </span>
    </div>
    <p part="composer-help" id=${`${id}-help`}>${localize.term('chatPaneComposerHelp')}</p>
    ${error ? html`<p part="error" id=${`${id}-error`} role="alert">${error}</p>` : nothing}
    ${props.previewShown
      ? html`<div part="preview-section" role="region" aria-label=${localize.term('chatPanePreviewLabel')}>
          ${blank ? html`<p part="preview-empty">${localize.term('chatPanePreviewEmpty')}</p>` : nothing}
          <div part="preview" ${ref(props.previewRef)}></div>
        </div>`
      : nothing}
  </div>`;
}
