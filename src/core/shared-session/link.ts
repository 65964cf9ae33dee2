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

/** A link over a MessagePort (a shared worker's port, or one end of a MessageChannel). */
export function messagePortLink<Out, In>(port: MessagePort): Link<Out, In> {
  const listeners = new Set<(message: In) => void>();
  port.onmessage = (event: MessageEvent) => {
    for (const listener of [...listeners]) listener(event.data as In);
  };
  return {
    post(message) {
      port.postMessage(message);
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      listeners.clear();
      port.onmessage = null;
      port.close();
    },
  };
}
