/** The visitor is typing: an indicator, and what they have typed so far (Preview). */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/localize.js';

export interface VisitorTypingProps {
  readonly typing: boolean;
  readonly visitorName: string;
  readonly preview: string;
  readonly localize: LocalizeController;
}

export function renderVisitorTyping(props: VisitorTypingProps): TemplateResult | typeof nothing {
  if (!props.typing) return nothing;
  const { localize } = props;
  const name = props.visitorName || localize.term('visitor');
  return html`<div part="typing">
    <p part="typing-indicator">${localize.term('chatPaneVisitorTyping', name)}</p>
    ${props.preview
      ? html`<p part="typing-preview" dir="auto" title=${localize.term('chatPaneVisitorPreview')}>${props.preview}</p>`
      : nothing}
  </div>`;
}
