// A WebSocket stand-in that plays a WhosOn server inside the page: `hello` on open, the
// post-login events and `connected` for a Login with the bench credentials, `noop` for a
// Noop. The bench pushes further frames with `deliver(text)`, which fires a `message`
// event exactly as a WebSocket delivers a text frame. Timers stand in for the network,
// so each frame of the handshake arrives in a task of its own, as it would.
import { credentials, helloFrame, loginFrames, msgFrame, noopFrame } from './frames.mjs';

const nextTask = (callback) => setTimeout(callback, 0);

/**
 * @param {{ chatCount: number }} script how many chats the post-login `chatting` lists
 * @returns a WebSocket-shaped class; `ScriptedSocket.current` is the last one opened.
 */
export function scriptedSocketClass({ chatCount }) {
  return class ScriptedSocket extends EventTarget {
    static CONNECTING = 0;
    static OPEN = 1;
    static CLOSING = 2;
    static CLOSED = 3;
    /** @type {ScriptedSocket | null} */
    static current = null;

    constructor(url) {
      super();
      this.url = url;
      this.protocol = '';
      this.extensions = '';
      this.binaryType = 'blob';
      this.bufferedAmount = 0;
      this.readyState = ScriptedSocket.CONNECTING;
      this.onopen = null;
      this.onmessage = null;
      this.onclose = null;
      this.onerror = null;
      /** Every command the client sent, parsed. */
      this.commands = [];
      ScriptedSocket.current = this;
      nextTask(() => {
        this.readyState = ScriptedSocket.OPEN;
        this.#fire('open', new Event('open'));
        this.deliver(helloFrame());
      });
    }

    send(text) {
      if (this.readyState !== ScriptedSocket.OPEN) throw new DOMException('WebSocket is not open', 'InvalidStateError');
      const command = JSON.parse(text);
      this.commands.push(command);
      const params = Array.isArray(command.Params) ? command.Params : [];
      switch (String(command.Command).toLowerCase()) {
        case 'login': {
          const [username, password, authString] = params;
          if (username !== credentials.username || password !== credentials.password || authString !== credentials.authString) {
            nextTask(() => this.deliver(msgFrame('Invalid credentials entered. Please check your login details.')));
            return;
          }
          const frames = loginFrames(chatCount);
          const sendNext = () => {
            const frame = frames.shift();
            if (frame === undefined || this.readyState !== ScriptedSocket.OPEN) return;
            this.deliver(frame);
            nextTask(sendNext);
          };
          nextTask(sendNext);
          return;
        }
        case 'noop':
          nextTask(() => this.deliver(noopFrame()));
          return;
        default:
          // Everything else (GetSkills, Chat, SendTo, ...) is taken silently: the bench
          // measures what the client does with what arrives.
          return;
      }
    }

    close(code = 1000, reason = '') {
      if (this.readyState >= ScriptedSocket.CLOSING) return;
      this.readyState = ScriptedSocket.CLOSING;
      nextTask(() => {
        this.readyState = ScriptedSocket.CLOSED;
        this.#fire('close', new CloseEvent('close', { code, reason, wasClean: true }));
      });
    }

    /** One text frame from the server, delivered now (synchronously), as the browser would. */
    deliver(text) {
      if (this.readyState !== ScriptedSocket.OPEN) return;
      this.#fire('message', new MessageEvent('message', { data: text }));
    }

    #fire(type, event) {
      const handler = this[`on${type}`];
      if (typeof handler === 'function') handler.call(this, event);
      this.dispatchEvent(event);
    }
  };
}
