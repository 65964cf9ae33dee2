/**
 * One end of the line between a page and its session's host: a MessagePort of a shared
 * worker, a BroadcastChannel addressed to one tab, or an in-memory pair in tests.
 */
export interface Link<Out, In> {
  post(message: Out): void;
  /** Every message from the other end, in order. */
  onMessage(listener: (message: In) => void): () => void;
  close(): void;
}

/** The listeners of a link's incoming messages: what every kind of link keeps alike. */
export class LinkListeners<In> {
  readonly #listeners = new Set<(message: In) => void>();

  add(listener: (message: In) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  deliver(message: In): void {
    for (const listener of [...this.#listeners]) listener(message);
  }

  clear(): void {
    this.#listeners.clear();
  }
}

/** A link over a MessagePort (a shared worker's port, or one end of a MessageChannel). */
export function messagePortLink<Out, In>(port: MessagePort): Link<Out, In> {
  const listeners = new LinkListeners<In>();
  port.onmessage = (event: MessageEvent) => listeners.deliver(event.data as In);
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => listeners.add(listener),
    close() {
      listeners.clear();
      port.onmessage = null;
      port.close();
    },
  };
}
