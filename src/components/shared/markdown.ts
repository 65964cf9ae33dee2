/**
 * Operator Markdown as safe DOM, for previews of what the server will turn into HTML.
 *
 * `marked` does not sanitise, so its HTML goes through DOMPurify, which hands back a
 * DocumentFragment: the caller inserts nodes, never an HTML string. (Trusted Types do not
 * protect Lit's `unsafeHTML`, which passes strings through Lit's own policy.)
 *
 * Kept out: every URL scheme but https, http, mailto and tel (relative URLs too, which
 * would point into the host page); style, svg, math, form controls, frames and scripts;
 * `style` and event-handler attributes. A link whose URL was refused becomes its text.
 * Every link left opens in a new tab without giving the page a handle on the opener.
 */
import DOMPurify, { type Config } from 'dompurify';
import { Marked } from 'marked';

/** Schemes a link or image may use. */
const ALLOWED_URL = /^(?:https?|mailto|tel):/i;

const FORBIDDEN_TAGS = [
  'style',
  'svg',
  'math',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'base',
  'link',
  'meta',
  'template',
];

const purifyConfig: Config & { RETURN_DOM_FRAGMENT: true } = {
  USE_PROFILES: { html: true },
  ALLOWED_URI_REGEXP: ALLOWED_URL,
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: ['style', 'target', 'rel', 'srcset', 'action', 'formaction'],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_DOM_FRAGMENT: true,
};

const markdown = new Marked({ gfm: true, breaks: true, async: false });

let purifier: ReturnType<typeof DOMPurify> | undefined;

/** Our own DOMPurify instance, so our settings never change the host page's. */
function getPurifier(): ReturnType<typeof DOMPurify> {
  purifier ??= DOMPurify(window);
  return purifier;
}

/** True when DOMPurify can run here (a browser with a DOM). */
export function canRenderMarkdown(): boolean {
  return typeof window !== 'undefined' && getPurifier().isSupported;
}

/**
 * Renders operator Markdown to a sanitised fragment, ready to append. Returns an empty
 * fragment for empty text.
 */
export function renderMarkdown(text: string): DocumentFragment {
  const html = markdown.parse(text, { async: false });
  const fragment = getPurifier().sanitize(html, purifyConfig);
  for (const anchor of fragment.querySelectorAll('a')) {
    const href = anchor.getAttribute('href');
    if (href === null || !ALLOWED_URL.test(href.trim())) {
      // The URL was refused: keep the words, drop the link.
      anchor.replaceWith(...anchor.childNodes);
      continue;
    }
    anchor.setAttribute('target', '_blank');
    anchor.setAttribute('rel', 'noopener noreferrer nofollow');
  }
  return fragment;
}
