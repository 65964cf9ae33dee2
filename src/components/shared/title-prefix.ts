/**
 * The "(3) " prefix of the document title while chats wait. Several elements may ask
 * for it (two lists on one page): the title shows the largest count asked for, and the
 * page's own title comes back when no one asks any more. A title the page sets
 * meanwhile becomes the new base instead of being overwritten by a stale copy.
 */
const counts = new Map<object, number>();
let base: string | null = null;
let written: string | null = null;

function apply(): void {
  if (typeof document === 'undefined') return;
  let count = 0;
  for (const value of counts.values()) count = Math.max(count, value);
  if (written !== null && document.title !== written) {
    // The page changed its title since we last wrote it.
    base = document.title;
    written = null;
  }
  if (count > 0) {
    base ??= document.title;
    const title = `(${count}) ${base}`;
    if (document.title !== title) document.title = title;
    written = title;
  } else if (base !== null) {
    if (written !== null) document.title = base;
    base = null;
    written = null;
  }
}

/** Sets this owner's count (0 withdraws it). */
export function setTitleCount(owner: object, count: number): void {
  if (count > 0) counts.set(owner, count);
  else counts.delete(owner);
  apply();
}

export function clearTitleCount(owner: object): void {
  counts.delete(owner);
  apply();
}
