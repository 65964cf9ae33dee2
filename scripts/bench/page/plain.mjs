// The plain-DOM baseline: what a page with no framework does with the same frames. It
// JSON.parses each frame and keeps the same DOM with createElement and textContent: chat
// rows keyed by ChatUID (waiting apart from active) with name, site, department, a wait
// time ticking each second and a take button; a transcript of lines. A `chatchanged`
// updates its row in place, a `message` appends one line (the view follows the newest
// line in the next frame, as a hand-written chat view would).
import { chatUid, credentials, currentChatFrame, PANE_CHAT_INDEX } from './frames.mjs';
import { installBench } from './harness.mjs';
import { scriptedSocketClass } from './scripted-socket.mjs';

let socket = null;
let myConnectionId = '';
const sites = new Map();
const clients = new Map();
/** ChatUID -> { chat, row, waitedAt } */
const rows = new Map();
let listBox = null;
let waitingList = null;
let activeList = null;
let waitingCount = null;
let activeCount = null;
let paneChat = '';
let transcript = null;
let scroller = null;
let typingNote = null;
let followLatest = true;
let scrollQueued = false;

function el(tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function setText(element, text) {
  if (element.textContent !== text) element.textContent = text;
}

function setData(element, key, value) {
  if (element.dataset[key] !== value) element.dataset[key] = value;
}

function formatWait(seconds) {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function slaOf(entry, seconds) {
  const site = sites.get(entry.chat.SiteKey);
  if (!site) return 'ok';
  if (seconds >= site.SLAReachedSeconds) return 'breached';
  return seconds >= site.SLAWarningSeconds ? 'warning' : 'ok';
}

const isWaiting = (chat) => String(chat.TalkingToClientId ?? '').trim() === '';

function buildRow(chat) {
  const row = el('li', 'row');
  row.dataset.chatUid = chat.ChatUID;
  row.append(el('span', 'name'), el('span', 'site'), el('span', 'dept'), el('time', 'wait'), el('span', 'operator'), el('span', 'preview'));
  const take = el('button', 'accept', 'Take');
  take.type = 'button';
  row.append(take);
  return row;
}

/** Writes a chat's values into its row; only what differs is touched. */
function fillRow(entry, now) {
  const { chat, row } = entry;
  const [name, site, dept, wait, operator, , take] = row.children;
  const waiting = isWaiting(chat);
  setData(row, 'state', waiting ? 'waiting' : 'active');
  setText(name, chat.Name || 'Visitor');
  setText(site, sites.get(chat.SiteKey)?.Name ?? `Site ${chat.SiteKey}`);
  setText(dept, chat.Dept ?? '');
  const seconds = waiting ? Math.max(0, Math.floor((now - entry.waitingSince) / 1000)) : 0;
  setText(wait, waiting ? formatWait(seconds) : '');
  setData(row, 'sla', waiting ? slaOf(entry, seconds) : 'ok');
  setText(operator, waiting ? '' : (clients.get(chat.TalkingToClientId)?.Name ?? ''));
  if (take.hidden === waiting) take.hidden = !waiting;
}

function upsertChat(chat, now) {
  let entry = rows.get(chat.ChatUID);
  const waitedSeconds = Number(chat.WaitedSeconds ?? chat.WaitedSecs ?? 0);
  if (entry === undefined) {
    entry = { chat, row: buildRow(chat), waitingSince: now - waitedSeconds * 1000 };
    rows.set(chat.ChatUID, entry);
  } else {
    entry.chat = chat;
  }
  fillRow(entry, now);
  const list = isWaiting(chat) ? waitingList : activeList;
  if (entry.row.parentNode !== list) list.append(entry.row);
  return entry;
}

function updateCounts() {
  setText(waitingCount, String(waitingList.childElementCount));
  setText(activeCount, String(activeList.childElementCount));
}

/** Wait times and SLA states move on each second, as the kit's list does. */
function tick() {
  const now = Date.now();
  for (const entry of rows.values()) {
    if (isWaiting(entry.chat)) fillRow(entry, now);
  }
}

function lineElement(line, visitorName) {
  const from = line.OperatorIndex === 0 ? 'visitor' : line.OperatorIndex === 99 ? 'system' : 'operator';
  const item = el('li', 'line');
  item.dataset.from = from;
  const meta = el('div', 'meta');
  meta.append(el('span', 'author', from === 'visitor' ? visitorName : from === 'system' ? 'Server' : 'Thomas'));
  const time = el('time', 'time', line.Dated ? new Date(line.Dated).toLocaleTimeString() : '');
  meta.append(time);
  item.append(meta, el('p', 'text', line.Message));
  return item;
}

function followNewest() {
  if (!followLatest || scrollQueued) return;
  scrollQueued = true;
  requestAnimationFrame(() => {
    scrollQueued = false;
    scroller.scrollTop = scroller.scrollHeight;
  });
}

function visitorNameOf(uid) {
  return rows.get(uid)?.chat.Name || 'Visitor';
}

function onFrame(text) {
  const frame = JSON.parse(text);
  const name = String(frame.EventName ?? '').toLowerCase();
  const params = frame.Params ?? frame.Header ?? [];
  const data = frame.Data;
  const now = Date.now();
  switch (name) {
    case 'hello':
      socket.send(JSON.stringify({ Command: 'Login', Params: [credentials.username, credentials.password, credentials.authString, '', '', '0', 'en', 'Bench', '1'] }));
      break;
    case 'nameduser':
    case 'connected':
      myConnectionId = params[0] ?? myConnectionId;
      break;
    case 'sites':
      for (const site of data) sites.set(site.SiteKey, site);
      break;
    case 'clients':
      for (const client of data) clients.set(client.ConnectionId, client);
      break;
    case 'chatting': {
      rows.clear();
      const waiting = document.createDocumentFragment();
      const active = document.createDocumentFragment();
      for (const chat of data) {
        const waitedSeconds = Number(chat.WaitedSeconds ?? chat.WaitedSecs ?? 0);
        const entry = { chat, row: buildRow(chat), waitingSince: now - waitedSeconds * 1000 };
        rows.set(chat.ChatUID, entry);
        fillRow(entry, now);
        (isWaiting(chat) ? waiting : active).append(entry.row);
      }
      waitingList.replaceChildren(waiting);
      activeList.replaceChildren(active);
      updateCounts();
      break;
    }
    case 'chatchanged':
      upsertChat(data, now);
      updateCounts();
      break;
    case 'chatclosed': {
      const entry = rows.get(params[0]);
      if (entry) {
        entry.row.remove();
        rows.delete(params[0]);
        updateCounts();
      }
      break;
    }
    case 'message': {
      const uid = params[0];
      if (uid === paneChat && transcript) {
        transcript.append(lineElement({ OperatorIndex: 0, Message: data, Dated: new Date(now).toISOString() }, visitorNameOf(uid)));
        if (typingNote) typingNote.hidden = true;
        followNewest();
      } else {
        const entry = rows.get(uid);
        if (entry) setText(entry.row.children[5], data);
      }
      break;
    }
    case 'currentchat':
      if (params[0] === paneChat && transcript) {
        const lines = document.createDocumentFragment();
        const visitor = data.ChatHeader?.Name || visitorNameOf(params[0]);
        for (const line of data.Lines ?? []) lines.append(lineElement(line, visitor));
        transcript.replaceChildren(lines);
        followNewest();
      }
      break;
    case '1':
    case '0':
      if (params[0] === paneChat && typingNote) typingNote.hidden = name === '0';
      break;
    default:
      break;
  }
}

installBench({
  async start({ chats, list: withList, pane: withPane, lines }) {
    const main = document.querySelector('main');
    if (withList) {
      listBox = el('div', 'list-box');
      const section = (title) => {
        const box = el('section');
        const heading = el('h2', '', `${title} `);
        const count = el('span', 'count', '0');
        heading.append(count);
        const list = el('ul');
        box.append(heading, list);
        listBox.append(box);
        return { list, count };
      };
      ({ list: waitingList, count: waitingCount } = section('Waiting'));
      ({ list: activeList, count: activeCount } = section('Active'));
      main.append(listBox);
      setInterval(tick, 1000);
    } else {
      // Rows are still kept (a pane needs the visitor's name), just not in the page.
      waitingList = el('ul');
      activeList = el('ul');
      waitingCount = el('span');
      activeCount = el('span');
    }
    if (withPane) {
      paneChat = chatUid(PANE_CHAT_INDEX);
      const box = el('div', 'pane-box');
      scroller = el('div', 'transcript');
      scroller.addEventListener('scroll', () => {
        followLatest = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 50;
      }, { passive: true });
      transcript = el('ol', 'lines');
      scroller.append(transcript);
      typingNote = el('p', 'typing', 'Visitor is typing…');
      typingNote.hidden = true;
      const composer = el('textarea', 'composer');
      box.append(scroller, typingNote, composer);
      main.append(box);
    }
    const Socket = scriptedSocketClass({ chatCount: chats });
    socket = new Socket('wss://whoson.bench.invalid:8013');
    await new Promise((resolve) => {
      socket.onmessage = (event) => {
        onFrame(event.data);
        if (myConnectionId && String(event.data).includes('"EventName":"connected"')) {
          socket.onmessage = (next) => onFrame(next.data);
          resolve();
        }
      };
    });
    if (withPane && lines > 0) socket.deliver(currentChatFrame(PANE_CHAT_INDEX, lines));
  },

  deliver(text) {
    socket.deliver(text);
  },

  settle: () => Promise.resolve(),
  row: (uid) => rows.get(uid)?.row ?? null,
  rowName: (row) => row.firstElementChild?.textContent ?? '',
  // The same query the kit's rows are counted with, so both pay the same for the check.
  rowCount: () => listBox?.querySelectorAll('li[data-chat-uid]').length ?? 0,
  rowUids: () => Array.from(listBox?.querySelectorAll('li[data-chat-uid]') ?? [], (row) => row.dataset.chatUid),
  lastLine: () => transcript?.lastElementChild ?? null,
  lineCount: () => transcript?.childElementCount ?? 0,
  listBox: () => listBox,
});
