// The kit's side of the bench: the production script-tag bundle, a <whoson-session
// connection="page"> whose WebSocket is the scripted server, and the list and/or the pane
// inside it. The elements are reached only through the wire protocol and their DOM.
import '/dist/whoson-elements.bundle.min.js';
import { chatUid, credentials, currentChatFrame, PANE_CHAT_INDEX } from './frames.mjs';
import { installBench } from './harness.mjs';
import { scriptedSocketClass } from './scripted-socket.mjs';

let Socket = null;
let session = null;
let list = null;
let pane = null;

const listRoot = () => list?.shadowRoot ?? null;
const paneRoot = () => pane?.shadowRoot ?? null;

installBench({
  async start({ chats, list: withList, pane: withPane, lines }) {
    await customElements.whenDefined('whoson-session');
    Socket = scriptedSocketClass({ chatCount: chats });
    session = document.createElement('whoson-session');
    session.setAttribute('connection', 'page');
    session.setAttribute('url', 'wss://whoson.bench.invalid:8013');
    session.setAttribute('username', credentials.username);
    session.setAttribute('auth-string', credentials.authString);
    // An injected WebSocket keeps the session in this page (no shared worker).
    session.WebSocket = Socket;
    if (withList) {
      const box = document.createElement('div');
      box.className = 'list-box';
      list = document.createElement('whoson-chat-list');
      box.append(list);
      session.append(box);
    }
    if (withPane) {
      const box = document.createElement('div');
      box.className = 'pane-box';
      pane = document.createElement('whoson-chat-pane');
      pane.setAttribute('chat-uid', chatUid(PANE_CHAT_INDEX));
      box.append(pane);
      session.append(box);
    }
    document.querySelector('main').append(session);
    await session.login({ ...credentials });
    // The transcript of my chat, as the server sends it when the chat already has lines.
    if (withPane && lines > 0) Socket.current.deliver(currentChatFrame(PANE_CHAT_INDEX, lines));
  },

  deliver(text) {
    Socket.current.deliver(text);
  },

  async settle() {
    await Promise.all([session, list, pane].filter(Boolean).map((element) => element.updateComplete));
  },

  row: (uid) => listRoot()?.querySelector(`li[data-chat-uid="${uid}"]`) ?? null,
  rowName: (row) => row.querySelector('[part~="name"]')?.textContent ?? '',
  rowCount: () => listRoot()?.querySelectorAll('li[data-chat-uid]').length ?? 0,
  rowUids: () => Array.from(listRoot()?.querySelectorAll('li[data-chat-uid]') ?? [], (row) => row.dataset.chatUid),
  lastLine: () => {
    const root = paneRoot();
    // The last child of the lines list; a list laid out otherwise (virtualized) is searched.
    const last = root?.querySelector('[part~="lines"]')?.lastElementChild;
    if (last?.matches('[part~="line"]')) return last;
    const all = root?.querySelectorAll('[part~="line"]');
    return all && all.length > 0 ? all[all.length - 1] : null;
  },
  lineCount: () => paneRoot()?.querySelectorAll('li[part~="line"]').length ?? 0,
  listBox: () => list,
});
