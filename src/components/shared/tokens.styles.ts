import { css } from 'lit';

/**
 * Design tokens shared by every element. Each visible piece reads
 * `var(--whoson-<component>-<prop>, var(--whoson-<token>, literal))`, so a page themes the
 * whole kit with a few `--whoson-*` properties and one element with its own.
 * Dark values apply when the page asks for dark (`color-scheme`/`prefers-color-scheme`)
 * or sets `data-theme="dark"` on an element or an ancestor of its host.
 */
export const tokenStyles = css`
  @layer whoson {
    :host {
      --_surface: var(--whoson-color-surface, #ffffff);
      --_surface-raised: var(--whoson-color-surface-raised, #f4f5f7);
      --_text: var(--whoson-color-text, #1d2330);
      --_text-muted: var(--whoson-color-text-muted, #5a6272);
      --_border: var(--whoson-color-border, #d5d9e0);
      --_accent: var(--whoson-color-accent, #1a5fd1);
      --_on-accent: var(--whoson-color-on-accent, #ffffff);
      --_warning: var(--whoson-color-warning, #a65f00);
      --_danger: var(--whoson-color-danger, #c2261b);
      --_success: var(--whoson-color-success, #1e7d3a);
      --_focus: var(--whoson-color-focus, #1a5fd1);
      --_radius: var(--whoson-radius, 6px);
      --_space: var(--whoson-space, 8px);
      --_font: var(--whoson-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      --_font-size: var(--whoson-font-size, 14px);

      box-sizing: border-box;
      color: var(--_text);
      font-family: var(--_font);
      font-size: var(--_font-size);
      line-height: 1.4;
    }

    @media (prefers-color-scheme: dark) {
      :host(:not([data-theme='light'])) {
        --_surface: var(--whoson-color-surface, #161a22);
        --_surface-raised: var(--whoson-color-surface-raised, #212632);
        --_text: var(--whoson-color-text, #e6e9ef);
        --_text-muted: var(--whoson-color-text-muted, #a3abba);
        --_border: var(--whoson-color-border, #363d4d);
        --_accent: var(--whoson-color-accent, #6ea1ff);
        --_on-accent: var(--whoson-color-on-accent, #0b1020);
        --_warning: var(--whoson-color-warning, #f0b14a);
        --_danger: var(--whoson-color-danger, #ff7a70);
        --_success: var(--whoson-color-success, #5fd08a);
        --_focus: var(--whoson-color-focus, #6ea1ff);
      }
    }

    :host([data-theme='dark']) {
      --_surface: var(--whoson-color-surface, #161a22);
      --_surface-raised: var(--whoson-color-surface-raised, #212632);
      --_text: var(--whoson-color-text, #e6e9ef);
      --_text-muted: var(--whoson-color-text-muted, #a3abba);
      --_border: var(--whoson-color-border, #363d4d);
      --_accent: var(--whoson-color-accent, #6ea1ff);
      --_on-accent: var(--whoson-color-on-accent, #0b1020);
      --_warning: var(--whoson-color-warning, #f0b14a);
      --_danger: var(--whoson-color-danger, #ff7a70);
      --_success: var(--whoson-color-success, #5fd08a);
      --_focus: var(--whoson-color-focus, #6ea1ff);
    }

    :host([hidden]) {
      display: none !important;
    }

    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }

    :focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }

    button {
      font: inherit;
      color: inherit;
      cursor: pointer;
    }

    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
  }
`;
