/**
 * How the host learns that a page is gone even when it could not say goodbye (closed,
 * crashed, navigated away before its last message went out): each page holds a Web Lock
 * named after it for as long as it lives, and the host asks for the same lock, which it
 * gets only once the page has let go of it.
 */
interface LockManagerLike {
  request(name: string, callback: () => unknown): Promise<unknown>;
}

function lockManager(): LockManagerLike | undefined {
  return (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
}

function pageLockName(tabId: string): string {
  return `whoson-elements:page:${tabId}`;
}

/** True where Web Locks exist (pages can then be watched, and tabs can elect a leader). */
export function hasWebLocks(): boolean {
  return lockManager() !== undefined;
}

/** Holds this page's lock until the page goes; resolves once it is held. */
export function holdPageLock(tabId: string): Promise<void> {
  const locks = lockManager();
  if (locks === undefined) return Promise.resolve();
  return new Promise<void>((held) => {
    void locks
      .request(pageLockName(tabId), () => {
        held();
        // Never settles: the browser releases the lock when the page goes away.
        return new Promise<never>(() => undefined);
      })
      .catch(() => held());
  });
}

/** Calls `gone` once the page `tabId` has let go of its lock. */
export function watchPage(tabId: string, gone: () => void): void {
  const locks = lockManager();
  if (locks === undefined) return;
  void locks.request(pageLockName(tabId), () => gone()).catch(() => undefined);
}

/**
 * Runs `lead` in the one page of the origin that holds the lock `name`, for as long as
 * it lives; the others wait in line, and the next one leads when it goes.
 */
export function whenElected(name: string, lead: () => void): void {
  const locks = lockManager();
  if (locks === undefined) return;
  void locks
    .request(name, () => {
      lead();
      return new Promise<never>(() => undefined);
    })
    .catch(() => undefined);
}
