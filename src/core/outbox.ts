/**
 * Commands the operator issued while the connection was down, kept in order until the
 * next login. An item leaves the outbox only once it has been handed to an open socket,
 * so a failed write leaves it in place for the next attempt: each item goes out once.
 */
import type { CommandFrame } from './protocol/frame.js';

export interface OutboxItem {
  readonly id: string;
  readonly frame: CommandFrame;
}

export interface FlushResult {
  /** Ids written, in order. */
  readonly sent: string[];
  /** Set when a write threw; that item and those after it are still queued. */
  readonly error?: unknown;
}

export class Outbox {
  #items: OutboxItem[] = [];
  #counter = 0;

  get size(): number {
    return this.#items.length;
  }

  /** A snapshot, oldest first. */
  get items(): readonly OutboxItem[] {
    return [...this.#items];
  }

  enqueue(frame: CommandFrame): OutboxItem {
    this.#counter += 1;
    const item: OutboxItem = { id: `outbox-${this.#counter}`, frame };
    this.#items.push(item);
    return item;
  }

  /** Removes one item; undefined when it is not (or no longer) queued. */
  remove(id: string): OutboxItem | undefined {
    const index = this.#items.findIndex((item) => item.id === id);
    if (index < 0) return undefined;
    const [removed] = this.#items.splice(index, 1);
    return removed;
  }

  /** Empties the outbox and returns what was in it, oldest first. */
  takeAll(): OutboxItem[] {
    const items = this.#items;
    this.#items = [];
    return items;
  }

  /**
   * Writes the items in order. Each leaves the outbox only after `write` returned; the
   * first throw stops the flush so the order is kept for the next one.
   */
  flush(write: (frame: CommandFrame) => void): FlushResult {
    const sent: string[] = [];
    while (this.#items.length > 0) {
      const item = this.#items[0]!;
      try {
        write(item.frame);
      } catch (error) {
        return { sent, error };
      }
      this.#items.shift();
      sent.push(item.id);
    }
    return { sent };
  }
}
