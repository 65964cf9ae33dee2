/**
 * The chat the operator has selected. Kept apart from the protocol store because it is a
 * page's view state, not something the server knows.
 */
export class ChatSelection {
  #chatUid = '';
  readonly #listeners = new Set<(chatUid: string) => void>();

  get chatUid(): string {
    return this.#chatUid;
  }

  select(chatUid: string): void {
    if (chatUid === this.#chatUid) return;
    this.#chatUid = chatUid;
    for (const listener of [...this.#listeners]) listener(chatUid);
  }

  subscribe(listener: (chatUid: string) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
