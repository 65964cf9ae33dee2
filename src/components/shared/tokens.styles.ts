import { css } from 'lit';

/**
 * Design tokens shared by every element. Each visible piece reads
 * `var(--whoson-<component>-<prop>, var(--whoson-<token>, literal))`, so a page themes the
 * whole kit with a few `--whoson-*` properties and one element with its own.
 * Each default has a light and a dark value (`light-dark()`), chosen by the `color-scheme`
 * the host inherits from the page: a page that declares `color-scheme: light dark` gets the
 * kit in the user's theme, a page that declares nothing keeps it light, and
 * `data-theme="light|dark"` on the element or an ancestor forces one.
 */
export const tokenStyles = css`
  @layer whoson {
    :host {
      --_surface: var(--whoson-color-surface, light-dark(#ffffff, #161a22));
      --_surface-raised: var(--whoson-color-surface-raised, light-dark(#f4f5f7, #212632));
      --_text: var(--whoson-color-text, light-dark(#1d2330, #e6e9ef));
      --_text-muted: var(--whoson-color-text-muted, light-dark(#5a6272, #a3abba));
      --_border: var(--whoson-color-border, light-dark(#d5d9e0, #363d4d));
      --_accent: var(--whoson-color-accent, light-dark(#1a5fd1, #6ea1ff));
      --_on-accent: var(--whoson-color-on-accent, light-dark(#ffffff, #0b1020));
      --_warning: var(--whoson-color-warning, light-dark(#a65f00, #f0b14a));
      --_danger: var(--whoson-color-danger, light-dark(#c2261b, #ff7a70));
      --_success: var(--whoson-color-success, light-dark(#1e7d3a, #5fd08a));
      --_focus: var(--whoson-color-focus, light-dark(#1a5fd1, #6ea1ff));
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

    /* Forced themes. Separate rules: a browser without :host-context() drops only its own. */
    :host([data-theme='light']) {
      color-scheme: light;
    }
    :host([data-theme='dark']) {
      color-scheme: dark;
    }
    :host-context([data-theme='light']) {
      color-scheme: light;
    }
    :host-context([data-theme='dark']) {
      color-scheme: dark;
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
