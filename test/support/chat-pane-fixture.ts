/**
 * The chat pane's test fixture: a `<whoson-chat-pane>` inside a logged-in
 * `<whoson-session>` on the simulator, a way to start and take a chat as a visitor would
 * ask for one, helpers to find the pane's parts, and a recorder of every frame the
 * client puts on the (in-memory) wire, i.e. everything the simulator receives.
 */
import { html, type TemplateResult } from 'lit';
import type { WhosonChatPane } from '../../src/components/chat-pane/chat-pane.js';
import '../../src/define/whoson-chat-pane.js';
import { MemorySocket } from '../../src/sim/memory-socket.js';
import type { StartChatOptions } from '../../src/sim/visitor-side.js';
import { sessionFixture, type SessionFixture, type SessionFixtureOptions } from './session-fixture.js';

export interface PaneFixture extends SessionFixture {
  pane: WhosonChatPane;
  /** Frames sent to the simulator since the fixture was made. */
  wire: WireRecorder;
}

export interface WireFrame {
  readonly Command: string;
  readonly Params: readonly string[] | null;
}

export interface WireRecorder {
  readonly frames: WireFrame[];
  /** The frames of one command. */
  sent(command: string): WireFrame[];
  clear(): void;
}

let restoreSend: (() => void) | null = null;

/** Records what every in-memory socket sends (restored after each test). */
export function recordWire(): WireRecorder {
  restoreSend?.();
  const frames: WireFrame[] = [];
  const original = MemorySocket.prototype.send;
  MemorySocket.prototype.send = function send(this: MemorySocket, data: string): void {
    try {
      frames.push(JSON.parse(String(data)) as WireFrame);
    } catch {
      frames.push({ Command: '(not JSON)', Params: null });
    }
    original.call(this, data);
  };
  restoreSend = () => {
    MemorySocket.prototype.send = original;
    restoreSend = null;
  };
  return {
    frames,
    sent: (command) => frames.filter((frame) => frame.Command.toLowerCase() === command.toLowerCase()),
    clear: () => {
      frames.length = 0;
    },
  };
}

if (typeof afterEach === 'function') afterEach(() => restoreSend?.());

export async function paneFixture(
  template: TemplateResult = html`<whoson-chat-pane style="height: 640px"></whoson-chat-pane>`,
  options: SessionFixtureOptions = {},
): Promise<PaneFixture> {
  const wire = recordWire();
  const fixture = await sessionFixture(template, options);
  const pane = (fixture.root.querySelector('whoson-chat-pane') ?? fixture.root) as WhosonChatPane;
  await pane.updateComplete;
  return { ...fixture, pane, wire };
}

/**
 * A visitor asks for a chat and the operator takes it: resolves once the server's
 * answer (currentchat, or prechatsurvey for a chat without lines) is in the store. The pane is pointed at it through the selection.
 */
export async function takeChat(fixture: PaneFixture, options: Partial<StartChatOptions> = {}): Promise<string> {
  const chatUid = fixture.visitor.startChat({ siteKey: 1, name: 'Ada Lovelace', ...options });
  await fixture.until(() => fixture.state().chats.get(chatUid), { message: 'the chat request' });
  fixture.session.accept(chatUid);
  // A chat with lines brings currentchat; one without, only prechatsurvey.
  await fixture.until(
    () => {
      const conversation = fixture.state().conversations.get(chatUid);
      return conversation?.acceptedAt != null && (conversation.header !== null || conversation.preChatSurvey.length > 0);
    },
    { message: 'the chat taken' },
  );
  fixture.sessionElement.selection.select(chatUid);
  await settlePane(fixture.pane);
  return chatUid;
}

/** Lets store changes reach the pane's render. */
export async function settlePane(pane: WhosonChatPane): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await pane.updateComplete;
}

export function part<T extends HTMLElement = HTMLElement>(pane: WhosonChatPane, name: string): T {
  const element = pane.shadowRoot?.querySelector<T>(`[part~="${name}"]`);
  if (!element) throw new Error(`No part "${name}" in the pane`);
  return element;
}

export function maybePart<T extends HTMLElement = HTMLElement>(pane: WhosonChatPane, name: string): T | null {
  return pane.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

export function parts<T extends HTMLElement = HTMLElement>(pane: WhosonChatPane, name: string): T[] {
  return [...(pane.shadowRoot?.querySelectorAll<T>(`[part~="${name}"]`) ?? [])];
}

/** Types into the composer as a user would: the value changes and `input` fires. */
export function typeInto(textarea: HTMLTextAreaElement, text: string, caret = text.length): void {
  textarea.focus();
  textarea.value = text;
  textarea.setSelectionRange(caret, caret);
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export function pressKey(target: HTMLElement, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}
