/**
 * The transcript: who said each line and when, server lines set apart, my own lines with
 * their sending state, translations and filtered text beside the original, uploaded files.
 * Everything that came from the visitor or the server is bound as text, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { MessageLink } from '../../core/protocol/models.js';
import type { TranscriptLine } from '../../core/store/transcript.js';
import type { LocalizeController } from '../shared/localize.js';

export interface TranscriptProps {
  readonly lines: readonly TranscriptLine[];
  readonly visitorName: string;
  /** The line the "new messages" marker goes before, or null. */
  readonly markerKey: string | null;
  readonly localize: LocalizeController;
  readonly onRetry: (line: TranscriptLine) => void;
  /** The first line rendered: earlier ones wait behind the "earlier messages" button. */
  readonly start: number;
  readonly onEarlier: () => void;
}

const WEB_URL = /^https?:\/\//i;

/** Only http(s) addresses become links: a visitor's `javascript:` stays text. */
export function isWebUrl(url: string): boolean {
  if (!WEB_URL.test(url.trim())) return false;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

function author(line: TranscriptLine, props: TranscriptProps): string {
  const { localize } = props;
  if (line.from === 'visitor') return props.visitorName || localize.term('visitor');
  if (line.from === 'system') return localize.term('server');
  return line.operatorName || localize.term('chatPaneOperator');
}

function time(line: TranscriptLine, localize: LocalizeController): TemplateResult | typeof nothing {
  if (line.dated === '') return nothing;
  const date = new Date(line.dated);
  if (Number.isNaN(date.getTime())) return html`<span part="time">${line.dated}</span>`;
  return html`<time part="time" datetime=${date.toISOString()}>${localize.time(date)}</time>`;
}

function links(list: readonly MessageLink[], localize: LocalizeController): TemplateResult {
  return html`<ul part="files" aria-label=${localize.term('chatPaneFiles')}>
    ${list.map((link) => {
      const name = link.name || link.url;
      return isWebUrl(link.url)
        ? html`<li>
            <a part="file-link" href=${link.url.trim()} target="_blank" rel="noopener noreferrer nofollow"
              >${name}</a
            >
          </li>`
        : html`<li>
            <span part="file-name">${name}</span>
            <span part="file-note">(${localize.term('chatPaneUnsafeLink')})</span>
          </li>`;
    })}
  </ul>`;
}

/** An upload on its own is shown once, as its link, not also as its file name. */
function onlyLinks(line: TranscriptLine): boolean {
  const { links: list } = line.message;
  if (list.length === 0) return false;
  const names = list.map((link) => link.name || link.url).join('');
  return line.text.replace(/\s+/gu, '') === names.replace(/\s+/gu, '');
}

function extraTexts(line: TranscriptLine, localize: LocalizeController): unknown[] {
  const parts: unknown[] = [];
  const translated = line.from === 'visitor' ? line.message.translated : (line.translatedText ?? null);
  if (translated) {
    const label = line.from === 'visitor' ? localize.term('chatPaneTranslation') : localize.term('chatPaneVisitorSaw');
    parts.push(
      html`<p part="translation"><span part="translation-label">${label}:</span> <span dir="auto">${translated}</span></p>`,
    );
  }
  if (line.filteredText !== undefined && line.filteredText !== line.text) {
    parts.push(
      html`<p part="filtered" title=${localize.term('chatPaneFiltered')}>
        <span part="filtered-label">${localize.term('chatPaneVisitorSaw')}:</span> <span dir="auto">${line.filteredText}</span>
      </p>`,
    );
  }
  if (line.from === 'operator' && line.message.original !== null && line.message.original !== line.text) {
    parts.push(
      html`<p part="filtered" title=${localize.term('chatPaneFiltered')}>
        <span part="filtered-label">${localize.term('chatPaneVisitorSaw')}:</span> <span dir="auto">${line.text}</span>
      </p>`,
    );
  }
  return parts;
}

function lineText(line: TranscriptLine): string {
  // A filtered line from the server: show what the operator wrote; the visitor's copy follows.
  if (line.from === 'operator' && line.message.original !== null) return line.message.original;
  return line.text;
}

function status(line: TranscriptLine, props: TranscriptProps): TemplateResult | typeof nothing {
  const { localize } = props;
  if (line.state === 'pending') {
    return html`<span part="line-status">${localize.term('chatPaneSending')}</span>`;
  }
  if (line.state === 'failed') {
    const id = `failed-${line.key}`;
    return html`<span part="line-error" id=${id}>${localize.term('chatPaneNotSent', line.reason ?? '')}</span>
      <button part="retry" type="button" aria-describedby=${id} @click=${() => props.onRetry(line)}>
        ${localize.term('chatPaneRetry')}
      </button>`;
  }
  return nothing;
}

function renderLine(line: TranscriptLine, props: TranscriptProps): TemplateResult {
  const { localize } = props;
  const text = lineText(line);
  return html`<li
    part="line"
    data-from=${line.from}
    data-state=${line.state}
    data-key=${line.key}
    ?data-whisper=${line.whisper === true}
  >
    <div part="line-meta">
      <span part="author" dir="auto">${author(line, props)}</span>
      ${time(line, localize)}
      ${line.whisper ? html`<span part="whisper-label">${localize.term('chatPaneWhisper')}</span>` : nothing}
    </div>
    ${onlyLinks(line) || text === '' ? nothing : html`<p part="text" dir="auto">${text}</p>`}
    ${extraTexts(line, localize)}
    ${line.message.links.length > 0 ? links(line.message.links, localize) : nothing}
    ${status(line, props)}
  </li>`;
}

export function renderTranscript(props: TranscriptProps): TemplateResult {
  const { lines, start, localize } = props;
  if (lines.length === 0) {
    return html`<p part="empty">${localize.term('chatPaneEmptyTranscript')}</p>`;
  }
  const shown = start > 0 ? lines.slice(start) : lines;
  const version = localize.version();
  return html`${start > 0
      ? html`<button part="earlier" type="button" @click=${props.onEarlier}>${localize.term('chatPaneEarlier', start)}</button>`
      : nothing}<ol part="lines">
    ${repeat(
      shown,
      (line) => line.key,
      (line) => {
        const marked = line.key === props.markerKey;
        // A line renders again only when it, its author's name, the marker or the language changed.
        return guard([line, props.visitorName, marked, version], () =>
          marked
            ? html`<li part="unread-marker"><span>${localize.term('chatPaneUnread')}</span></li>
                ${renderLine(line, props)}`
            : renderLine(line, props),
        );
      },
    )}
  </ol>`;
}
