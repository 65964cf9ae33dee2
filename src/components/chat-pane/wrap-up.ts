/**
 * The wrap-up, drawn as the site's WrapUp.Type says: Buttons, Link (both drill into
 * nested options), List (a select of every option with its path, then Save) or Menu (a
 * disclosure with the nested options). Choosing sends ChatWrapUpComplete.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WrapUp, WrapUpOption } from '../../core/protocol/models.js';
import type { LocalizeController } from '../shared/localize.js';
import { labelPath, leaves, optionsAt } from './wrap-up-options.js';

export interface WrapUpProps {
  readonly id: string;
  readonly wrapUp: WrapUp;
  /** The value already sent, or null. */
  readonly chosen: string | null;
  /** Buttons/Link: the values of the options drilled into. */
  readonly path: readonly string[];
  /** List: the option picked in the select and not yet saved. */
  readonly listValue: string;
  readonly menuOpen: boolean;
  /** Closing was refused for want of a wrap-up: say so. */
  readonly blocked: boolean;
  readonly localize: LocalizeController;
  readonly onChoose: (value: string) => void;
  readonly onPath: (path: readonly string[]) => void;
  readonly onListValue: (value: string) => void;
  readonly onMenuToggle: () => void;
}

const SEPARATOR = ' › ';

function optionLabel(option: WrapUpOption): string {
  return option.displayValue || option.value;
}

function drillDown(props: WrapUpProps): TemplateResult {
  const { wrapUp, path, chosen } = props;
  const level = optionsAt(wrapUp.options, path);
  const parentNames = path.map((_, index) => {
    const options = optionsAt(wrapUp.options, path.slice(0, index));
    const option = options.find((candidate) => candidate.value === path[index]);
    return option ? optionLabel(option) : '';
  });
  return html`<div part="wrap-up-options" role="group" aria-label=${props.localize.term('chatPaneWrapUp')}>
    ${path.length > 0
      ? html`<button part="wrap-up-back" type="button" @click=${() => props.onPath(path.slice(0, -1))}>
          ‹ ${parentNames.join(SEPARATOR)}
        </button>`
      : nothing}
    ${level.map((option) =>
      option.subOptions.length > 0
        ? html`<button
            part="wrap-up-option"
            type="button"
            data-value=${option.value}
            @click=${() => props.onPath([...path, option.value])}
          >
            ${optionLabel(option)} ›
          </button>`
        : html`<button
            part="wrap-up-option"
            type="button"
            data-value=${option.value}
            aria-pressed=${chosen === option.value ? 'true' : 'false'}
            @click=${() => props.onChoose(option.value)}
          >
            ${optionLabel(option)}
          </button>`,
    )}
  </div>`;
}

function list(props: WrapUpProps): TemplateResult {
  const { localize } = props;
  const selected = props.listValue || props.chosen || '';
  return html`<div part="wrap-up-options">
    <select
      part="wrap-up-select"
      aria-label=${localize.term('chatPaneWrapUp')}
      @change=${(event: Event) => props.onListValue((event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${selected === ''}>${localize.term('chatPaneWrapUpChoose')}</option>
      ${leaves(props.wrapUp.options).map(
        ({ option, path }) =>
          html`<option value=${option.value} ?selected=${selected === option.value}>
            ${[...path, optionLabel(option)].join(SEPARATOR)}
          </option>`,
      )}
    </select>
    <button
      part="wrap-up-save"
      type="button"
      ?disabled=${selected === '' || selected === props.chosen}
      @click=${() => props.onChoose(selected)}
    >
      ${localize.term('chatPaneWrapUpSave')}
    </button>
  </div>`;
}

function menuItems(options: readonly WrapUpOption[], props: WrapUpProps): TemplateResult {
  return html`<ul part="wrap-up-menu">
    ${options.map((option) =>
      option.subOptions.length > 0
        ? html`<li>
            <span part="wrap-up-group">${optionLabel(option)}</span>
            ${menuItems(option.subOptions, props)}
          </li>`
        : html`<li>
            <button
              part="wrap-up-option"
              type="button"
              data-value=${option.value}
              aria-pressed=${props.chosen === option.value ? 'true' : 'false'}
              @click=${() => props.onChoose(option.value)}
            >
              ${optionLabel(option)}
            </button>
          </li>`,
    )}
  </ul>`;
}

function menu(props: WrapUpProps): TemplateResult {
  const menuId = `${props.id}-menu`;
  return html`<div part="wrap-up-options">
    <button
      part="wrap-up-menu-button"
      type="button"
      aria-expanded=${props.menuOpen ? 'true' : 'false'}
      aria-controls=${menuId}
      @click=${props.onMenuToggle}
    >
      ${props.localize.term('chatPaneWrapUpChoose')}
    </button>
    <div id=${menuId} ?hidden=${!props.menuOpen}>${menuItems(props.wrapUp.options, props)}</div>
  </div>`;
}

function control(props: WrapUpProps): TemplateResult {
  switch (props.wrapUp.type) {
    case 'List':
      return list(props);
    case 'Menu':
      return menu(props);
    default:
      return drillDown(props);
  }
}

export function renderWrapUp(props: WrapUpProps): TemplateResult {
  const { localize, wrapUp } = props;
  const headingId = `${props.id}-heading`;
  const chosenPath = props.chosen ? labelPath(wrapUp.options, props.chosen) : [];
  const chosenLabel = chosenPath.length > 0 ? chosenPath.join(SEPARATOR) : (props.chosen ?? '');
  return html`<section
    part="wrap-up"
    id=${props.id}
    tabindex="-1"
    aria-labelledby=${headingId}
    data-type=${wrapUp.type}
    ?data-required=${wrapUp.required}
  >
    <h3 part="wrap-up-heading" id=${headingId}>${localize.term('chatPaneWrapUp')}</h3>
    ${wrapUp.message ? html`<p part="wrap-up-message">${wrapUp.message}</p>` : nothing}
    ${props.blocked && !props.chosen
      ? html`<p part="wrap-up-required" role="alert">${localize.term('chatPaneWrapUpRequired')}</p>`
      : nothing}
    ${props.chosen
      ? html`<p part="wrap-up-chosen" role="status">${localize.term('chatPaneWrapUpChosen', chosenLabel)}</p>`
      : nothing}
    ${control(props)}
  </section>`;
}
