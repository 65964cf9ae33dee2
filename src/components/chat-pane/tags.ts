/**
 * The chat's tags: the site's own tags as checkboxes, plus free text. Every change sends
 * the whole list (ChatAddTags replaces the chat's tags).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/localize.js';

export interface TagsProps {
  readonly id: string;
  readonly siteTags: readonly string[];
  readonly tags: readonly string[];
  readonly newTag: string;
  readonly localize: LocalizeController;
  readonly onChange: (tags: readonly string[]) => void;
  readonly onNewTagInput: (text: string) => void;
}

function sameTag(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The list with `tag` added (once, whatever its case) or removed. */
export function toggleTag(tags: readonly string[], tag: string, on: boolean): string[] {
  const without = tags.filter((existing) => !sameTag(existing, tag));
  return on ? [...without, tag.trim()] : without;
}

export function renderTags(props: TagsProps): TemplateResult {
  const { localize, tags } = props;
  const has = (tag: string) => tags.some((existing) => sameTag(existing, tag));
  const free = tags.filter((tag) => !props.siteTags.some((siteTag) => sameTag(siteTag, tag)));
  const add = () => {
    const text = props.newTag.trim();
    if (text === '') return;
    props.onNewTagInput('');
    if (!has(text)) props.onChange(toggleTag(tags, text, true));
  };
  const inputId = `${props.id}-new`;
  return html`<fieldset part="tags" id=${props.id}>
    <legend part="tags-legend">${localize.term('chatPaneTags')}</legend>
    ${props.siteTags.map(
      (tag) =>
        html`<label part="tag-option"
          ><input
            part="tag-checkbox"
            type="checkbox"
            .checked=${has(tag)}
            @change=${(event: Event) => props.onChange(toggleTag(tags, tag, (event.target as HTMLInputElement).checked))}
          />
          ${tag}</label
        >`,
    )}
    ${free.length > 0
      ? html`<ul part="free-tags">
          ${free.map(
            (tag) =>
              html`<li part="free-tag">
                <span>${tag}</span>
                <button
                  part="tag-remove"
                  type="button"
                  aria-label=${localize.term('chatPaneRemoveTag', tag)}
                  @click=${() => props.onChange(toggleTag(tags, tag, false))}
                >
                  ×
                </button>
              </li>`,
          )}
        </ul>`
      : nothing}
    <div part="tag-add">
      <label part="tag-input-label" for=${inputId}>${localize.term('chatPaneNewTag')}</label>
      <input
        part="tag-input"
        id=${inputId}
        type="text"
        .value=${props.newTag}
        @input=${(event: Event) => props.onNewTagInput((event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
      />
      <button part="tag-add-button" type="button" @click=${add}>${localize.term('chatPaneAddTag')}</button>
    </div>
  </fieldset>`;
}
