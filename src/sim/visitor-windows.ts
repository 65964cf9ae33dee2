/**
 * The visitor's side of each chat: what their chat window has shown (operator lines,
 * links, documents, requests for a field or a file, the typing indicator) and a stream of
 * what happens in it. The chat handlers deliver here what the real server would forward
 * to the visitor's browser; the scenario engine and tests read it to play the visitor.
 */

import type { SimServer } from './server.js';

export type VisitorWindowEvent =
  | { kind: 'taken'; operatorName: string }
  | { kind: 'released' }
  | { kind: 'operator-message'; operatorName: string; text: string }
  | { kind: 'operator-typing'; operatorName: string; typing: boolean }
  | { kind: 'link'; operatorName: string; url: string }
  | { kind: 'document'; operatorName: string; fileName: string; url: string }
  | { kind: 'document-request'; operatorName: string }
  | { kind: 'field-request'; fieldName: string; fieldType: string; prompt: string }
  | { kind: 'two-factor'; email: string; code: string; message: string }
  | { kind: 'server-message'; text: string }
  | { kind: 'closed'; by: 'operator' | 'visitor' };

export interface VisitorWindowLine {
  readonly at: number;
  readonly from: 'visitor' | 'operator' | 'server';
  /** The operator's name on operator lines, the visitor's on theirs, '' for the server. */
  readonly name: string;
  readonly text: string;
}

export interface VisitorWindow {
  readonly chatUid: string;
  readonly lines: VisitorWindowLine[];
  /** Everything delivered to the window, in order. */
  readonly events: VisitorWindowEvent[];
  operatorName: string;
  operatorTyping: boolean;
  /** Fields the operator asked for and the visitor has not answered, by field name. */
  readonly pendingFields: Map<string, { fieldType: string; prompt: string }>;
  /** The operator asked for a file (uploads may be allowed only then). */
  documentRequested: boolean;
  /** Codes sent by two-factor email, and whether the visitor typed one back. */
  readonly twoFactorCodes: string[];
  emailVerified: boolean;
  /** What the visitor's own indicator shows the operator. */
  visitorTyping: boolean;
  closed: boolean;
}

export type VisitorWindowListener = (chatUid: string, event: VisitorWindowEvent) => void;

/** Closed windows kept for reading (a lively demo would otherwise grow without bound). */
const KEEP_CLOSED_WINDOWS = 200;

export class VisitorWindows {
  readonly #windows = new Map<string, VisitorWindow>();
  readonly #listeners = new Set<VisitorWindowListener>();
  readonly #closedOrder: string[] = [];
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  open(chatUid: string): VisitorWindow {
    const window: VisitorWindow = {
      chatUid,
      lines: [],
      events: [],
      operatorName: '',
      operatorTyping: false,
      pendingFields: new Map(),
      documentRequested: false,
      twoFactorCodes: [],
      emailVerified: false,
      visitorTyping: false,
      closed: false,
    };
    this.#windows.set(chatUid, window);
    return window;
  }

  get(chatUid: string): VisitorWindow | undefined {
    return this.#windows.get(chatUid);
  }

  /** Adds a line to the window's transcript (no event: lines come with their own events). */
  addLine(chatUid: string, from: VisitorWindowLine['from'], name: string, text: string): void {
    this.#windows.get(chatUid)?.lines.push({ at: this.#now(), from, name, text });
  }

  /** Shows something in the visitor's window and tells the listeners. */
  deliver(chatUid: string, event: VisitorWindowEvent): void {
    const window = this.#windows.get(chatUid);
    if (window !== undefined && !window.closed) {
      this.#apply(window, event);
      window.events.push(event);
    }
    for (const listener of [...this.#listeners]) listener(chatUid, event);
  }

  on(listener: VisitorWindowListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #apply(window: VisitorWindow, event: VisitorWindowEvent): void {
    switch (event.kind) {
      case 'taken':
        window.operatorName = event.operatorName;
        break;
      case 'released':
        window.operatorName = '';
        window.operatorTyping = false;
        break;
      case 'operator-message':
        window.operatorTyping = false;
        this.addLine(window.chatUid, 'operator', event.operatorName, event.text);
        break;
      case 'operator-typing':
        window.operatorTyping = event.typing;
        break;
      case 'link':
        this.addLine(window.chatUid, 'operator', event.operatorName, event.url);
        break;
      case 'document':
        this.addLine(window.chatUid, 'operator', event.operatorName, `${event.fileName} ${event.url}`);
        break;
      case 'document-request':
        window.documentRequested = true;
        break;
      case 'field-request':
        window.pendingFields.set(event.fieldName.toLowerCase(), { fieldType: event.fieldType, prompt: event.prompt });
        this.addLine(window.chatUid, 'server', '', event.prompt);
        break;
      case 'two-factor':
        window.twoFactorCodes.push(event.code);
        break;
      case 'server-message':
        this.addLine(window.chatUid, 'server', '', event.text);
        break;
      case 'closed':
        window.closed = true;
        window.operatorTyping = false;
        this.#closedOrder.push(window.chatUid);
        while (this.#closedOrder.length > KEEP_CLOSED_WINDOWS) {
          const oldest = this.#closedOrder.shift();
          if (oldest !== undefined) this.#windows.delete(oldest);
        }
        break;
    }
  }
}

/** The server's visitor windows (one registry per server). */
export function visitorWindows(server: SimServer): VisitorWindows {
  return server.extension('visitor-windows', () => new VisitorWindows(() => server.clock.now()));
}
