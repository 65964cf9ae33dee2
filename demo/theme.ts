/**
 * The CRM's light/dark switch. The page sets `data-theme` on <html>; demo.css maps each
 * theme to the CRM's own colours and to the kit's `--whoson-*` properties, which inherit
 * into the elements' shadow roots (the only styling that crosses in, by design).
 */

export type Theme = 'light' | 'dark';

const storageKey = 'larchmont-crm-theme';

function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    // Storage can be off (privacy settings); the system preference decides then.
    return null;
  }
}

function applyTheme(theme: Theme, toggle: HTMLButtonElement): void {
  document.documentElement.dataset.theme = theme;
  toggle.setAttribute('aria-pressed', String(theme === 'dark'));
}

/** Follows the stored choice, else the system's; the button flips and remembers it. */
export function setUpThemeToggle(toggle: HTMLButtonElement): void {
  const system: Theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  applyTheme(storedTheme() ?? system, toggle);
  toggle.addEventListener('click', () => {
    const next: Theme = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
    applyTheme(next, toggle);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered; the page still switches.
    }
  });
}
