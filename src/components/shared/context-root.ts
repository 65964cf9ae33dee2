import { ContextRoot } from '@lit/context';

/** Shared by every copy of the kit on the page, so only one root answers each request. */
const rootKey = Symbol.for('whoson-elements.context-root');

/**
 * Attaches one @lit/context `ContextRoot` to the document. It keeps the context requests
 * nobody answered and replays them when a provider appears, so a `<whoson-session>` that
 * is defined (upgraded) after its descendants still reaches them. Consumers call this as
 * well as the provider: the root must be listening before the first unanswered request.
 * The document element, not the body, because a script in the head runs before there is
 * a body.
 */
export function ensureContextRoot(): void {
  if (typeof document === 'undefined') return;
  const holder = document as Document & { [rootKey]?: ContextRoot };
  if (holder[rootKey]) return;
  const root = new ContextRoot();
  root.attach(document.documentElement);
  holder[rootKey] = root;
}
