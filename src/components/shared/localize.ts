import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TermKey, Terms } from '../../translations/en.js';
import { commonTerms } from '../../translations/en/common.js';

/** A translation: any subset of the English terms; missing terms fall back to English. */
export type Translation = Partial<Terms> & { $code: string };

const translations = new Map<string, Translation>();
/**
 * The built-in English strings of what the page has loaded: the common ones, and each
 * element's own as its first instance is made (a page with the badge alone carries none of
 * the pane's strings).
 */
const english: Partial<Terms> = { ...commonTerms };
/** Formatters are costly to create: one per language, made when first needed. */
const timeFormats = new Map<string, Intl.DateTimeFormat>();
const hosts = new Set<LocalizeController>();
/** Counts registrations, so cached renderings know when a string may have changed. */
let generation = 0;

/**
 * Adds or replaces translations (e.g. `registerTranslation({ $code: 'fr', ... })`);
 * every element re-renders in its language.
 */
export function registerTranslation(...added: Translation[]): void {
  generation += 1;
  for (const translation of added) translations.set(translation.$code.toLowerCase(), translation);
  for (const controller of hosts) controller.host.requestUpdate();
}

/**
 * Adds built-in English strings: the fallback of every language for these terms. Each
 * element brings its own (through its `LocalizeController`), and so does each part of one
 * that loads later.
 */
export function registerEnglish(terms: Partial<Terms>): void {
  Object.assign(english, terms);
}

type TermArgs<K extends TermKey> = Terms[K] extends (...args: infer A) => string ? A : [];

/**
 * Gives an element its strings in the language of the nearest `lang` attribute (the
 * element's, an ancestor's, or the document's), falling back to the base language
 * (`fr` for `fr-CA`) and then to English.
 */
export class LocalizeController implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement;

  /** `terms`: the element's own English strings (the common ones are always there). */
  constructor(host: ReactiveControllerHost & HTMLElement, terms: Partial<Terms>) {
    this.host = host;
    registerEnglish(terms);
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** The language, looked up once per render rather than once per string. */
  #renderLang: string | null = null;

  hostUpdate(): void {
    this.#renderLang = this.#findLang();
  }

  hostUpdated(): void {
    this.#renderLang = null;
  }

  /** Changes whenever any string this element shows may have: a key for cached renderings. */
  version(): string {
    return `${this.lang()}|${generation}`;
  }

  /** The language in effect, lower-cased (e.g. `en`, `fr-ca`). */
  lang(): string {
    return this.#renderLang ?? this.#findLang();
  }

  #findLang(): string {
    const element = this.host.closest('[lang]');
    return (element?.getAttribute('lang') || document.documentElement.lang || 'en').toLowerCase();
  }

  dir(): 'ltr' | 'rtl' {
    const element = this.host.closest('[dir]');
    const dir = element?.getAttribute('dir') ?? document.documentElement.dir;
    if (dir === 'rtl' || dir === 'ltr') return dir;
    return this.#lookup('$dir') === 'rtl' ? 'rtl' : 'ltr';
  }

  term<K extends TermKey>(key: K, ...args: TermArgs<K>): string {
    const value = this.#lookup(key);
    // English not registered (the part of the element that owns it is not loaded): the key says which.
    if (value === undefined) return key;
    if (typeof value === 'function') return (value as (...values: unknown[]) => string)(...args);
    return String(value);
  }

  /** A time of day in the element's language. */
  time(date: Date): string {
    const lang = this.lang();
    let format = timeFormats.get(lang);
    if (format === undefined) {
      try {
        format = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' });
      } catch {
        // A `lang` that is no language tag: the browser's own.
        format = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
      }
      timeFormats.set(lang, format);
    }
    return format.format(date);
  }

  #lookup<K extends TermKey>(key: K): Terms[K] | undefined {
    const lang = this.lang();
    const exact = translations.get(lang)?.[key];
    if (exact !== undefined) return exact as Terms[K];
    const base = translations.get(lang.split('-')[0] ?? 'en')?.[key];
    if (base !== undefined) return base as Terms[K];
    return english[key] as Terms[K] | undefined;
  }
}
