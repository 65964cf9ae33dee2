// The WhosOn server frames the benchmark plays, as the JSON text a WebSocket delivers.
// One module for the browser pages (kit and plain DOM get the very same strings) and for
// the Node ingest measure. Field names and shapes follow the v10 Client API spec.

export const credentials = Object.freeze({
  username: 'thomas@mysite.com',
  password: 'bench-password-1234',
  authString: 'BENCHSERVERAUTH',
});

/** This operator's connection id (`nameduser` and `connected` params). */
export const MY_CONNECTION_ID = '65be1adac937df0f6f2582ff';
export const SITE_COUNT = 20;
export const COLLEAGUE_COUNT = 50;
/** Rights: positions 5 (take chats) and 8 (monitor others' chats, so colleagues' chats are listed) are Y. */
export const RIGHTS = 'YYYYYYYYYNYYY1NN';

/** A 24-hex id like the server's (the spec's ChatUIDs are Mongo-style ids). */
export function chatUid(index) {
  return `65b3b5f6c937df${index.toString(16).padStart(10, '0')}`;
}

/** The index a chatUid() was made from. */
export function chatIndexOf(uid) {
  return parseInt(uid.slice(14), 16);
}

export function colleagueId(n) {
  return `65be1ca7c937df${n.toString(16).padStart(10, '0')}`;
}

/** One chat in five waits (blank TalkingToClientId); one in 250 is this operator's; the rest are colleagues'. */
export function chatKind(index) {
  if (index % 5 === 0) return 'waiting';
  if (index % 250 === 1) return 'mine';
  return 'colleague';
}

/** The chat the pane shows (this operator's). */
export const PANE_CHAT_INDEX = 1;

function talkingTo(index) {
  const kind = chatKind(index);
  if (kind === 'waiting') return '';
  if (kind === 'mine') return MY_CONNECTION_ID;
  return colleagueId(index % COLLEAGUE_COUNT);
}

export function siteKeyOf(index) {
  return (index % SITE_COUNT) + 1;
}

/** A chatting visitor as `chatting` and `chatchanged` carry it. */
export function chatRecord(index, changes = {}) {
  return {
    ChatUID: chatUid(index),
    SiteKey: siteKeyOf(index),
    IP: `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`,
    TrackingId: `${1000 + index}.${index % 7}`,
    Name: `Visitor ${index}`,
    Dept: index % 3 === 0 ? 'Sales' : 'Support',
    SkillIds: '',
    SkillNames: index % 4 === 0 ? 'Sales' : '',
    WaitedSeconds: chatKind(index) === 'waiting' ? index % 90 : 12,
    QueuePos: 0,
    TalkingToClientId: talkingTo(index),
    Lang: 'en',
    Translation: false,
    MonitoredBy: null,
    Location: 'United Kingdom - Stoke on Trent',
    Channel: '',
    ...changes,
  };
}

function frame(name, data, params = null) {
  return JSON.stringify({ EventName: name, Params: params, Data: data });
}

export function helloFrame() {
  return frame('hello', { Application: 'WhosOn', Version: '10.1.1.1', ConnectionId: MY_CONNECTION_ID });
}

export function msgFrame(text) {
  return frame('msg', text);
}

export function noopFrame() {
  return frame('noop', null);
}

export function sitesFrame() {
  const sites = [];
  for (let key = 1; key <= SITE_COUNT; key += 1) {
    sites.push({
      SiteKey: key,
      Name: `Site ${key}`,
      Domain: `www.site${key}.example`,
      SLAWarningSeconds: 30,
      SLAReachedSeconds: 60,
      AllowEmoji: true,
      DisableFileSend: false,
      TranslationEnabled: false,
    });
  }
  return frame('sites', sites);
}

export function clientsFrame() {
  const clients = [{ ConnectionId: MY_CONNECTION_ID, UserName: credentials.username, Name: 'Thomas', Dept: 'Support', Status: 0, Chats: 0 }];
  for (let n = 0; n < COLLEAGUE_COUNT; n += 1) {
    clients.push({ ConnectionId: colleagueId(n), UserName: `op${n}@mysite.com`, Name: `Operator ${n}`, Dept: 'Support', Status: 0, Chats: 3 });
  }
  return frame('clients', clients);
}

export function chattingFrame(count) {
  const chats = new Array(count);
  for (let index = 0; index < count; index += 1) chats[index] = chatRecord(index);
  return frame('chatting', chats);
}

/** What the server sends after an accepted Login: nameduser, sites, clients, chatting, connected. */
export function loginFrames(chatCount) {
  return [
    frame(
      'nameduser',
      {
        Username: credentials.username,
        Name: 'Thomas',
        Dept: 'Support',
        Email: credentials.username,
        MaxChats: 0,
        AutoAccept: false,
        SiteKeys: Array.from({ length: SITE_COUNT }, (_, i) => i + 1).join(','),
        Skills: '',
        Rights: RIGHTS,
        IsAdmin: false,
        IsSupervisor: true,
        GreetingMessage: '',
      },
      [MY_CONNECTION_ID],
    ),
    sitesFrame(),
    clientsFrame(),
    chattingFrame(chatCount),
    frame(
      'connected',
      { ApplicationName: 'WhosOn', Version: '10.1.1.1', ServerUid: 'bench-server', RegisteredUser: 'Bench', MaxUsers: 999 },
      [MY_CONNECTION_ID],
    ),
  ];
}

export function chatChangedFrame(index, changes = {}) {
  const record = chatRecord(index, changes);
  return frame('chatchanged', record, [record.ChatUID]);
}

export function messageFrame(index, text) {
  return frame('message', text, [chatUid(index)]);
}

export function typingFrame(index, typing) {
  return frame(typing ? '1' : '0', '', [chatUid(index)]);
}

export function chatRequestFrame(index) {
  const record = chatRecord(index);
  return frame('chat', '', [record.ChatUID, String(record.SiteKey), record.Name, record.Dept, record.SkillNames]);
}

export function chatClosedFrame(index) {
  return frame('chatclosed', '', [chatUid(index)]);
}

const START = Date.UTC(2024, 0, 15, 9, 0, 0);

/** A transcript line's wire date (no zone, as the spec's examples). */
function dated(second) {
  return new Date(START + second * 1000).toISOString().slice(0, 23);
}

/** The text of transcript line `n` in currentChatFrame(). */
export function transcriptLineText(n) {
  const operatorIndex = n % 50 === 0 ? 99 : n % 2;
  if (operatorIndex === 99) return 'You havent said anything for 1 minute. Are you still there?';
  return operatorIndex === 0
    ? `Visitor line ${n}: do you offer an on-premises version with single sign-on?`
    : `Operator line ${n}: yes, it runs on your own server; I will send you the details.`;
}

/** `currentchat` for one of my chats with `lineCount` lines (visitor, operator and a few server lines). */
export function currentChatFrame(index, lineCount) {
  const record = chatRecord(index);
  const lines = new Array(lineCount);
  for (let n = 0; n < lineCount; n += 1) {
    lines[n] = { Dated: dated(n), OperatorIndex: n % 50 === 0 ? 99 : n % 2, Message: transcriptLineText(n) };
  }
  return frame(
    'currentchat',
    {
      ChatHeader: {
        ChatUID: record.ChatUID,
        SiteKey: record.SiteKey,
        IP: record.IP,
        TrackingId: record.TrackingId,
        DNS: 'host.example.com',
        Location: record.Location,
        VisitNo: 4,
        TakenByUsers: 'Thomas',
        TakenByDept: 'Support',
        TakenByBot: false,
        Started: dated(0),
        Finished: '0001-01-01T00:00:00',
        WaitedSeconds: 6,
        DurationSeconds: lineCount,
        Lang: 'en',
        Translation: false,
        Rating: 0,
        Name: record.Name,
        Email: 'visitor@example.com',
        Phone: '',
        Missed: false,
        RequestedDept: record.Dept,
        Tags: [],
        Summary: '',
        Channel: '',
        State: 0,
        SkillNames: '',
        TranscriptURL: '',
      },
      PreChatSurvey: [{ Name: 'Company', Value: 'Example Ltd' }],
      PostChatSurvey: [],
      Lines: lines,
    },
    [record.ChatUID],
  );
}

/** A small deterministic random source, so every run and both variants get the same frames. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A live mix of `count` frames for a server with `chatCount` chats listed: mostly
 * chatchanged, message and typing, some new chat requests (chat + chatchanged) and
 * chatclosed, as a busy contact centre produces them.
 */
export function trafficFrames(count, chatCount, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const waiting = [];
  const mine = [];
  const colleagues = [];
  for (let index = 0; index < chatCount; index += 1) {
    const kind = chatKind(index);
    (kind === 'waiting' ? waiting : kind === 'mine' ? mine : colleagues).push(index);
  }
  const typing = new Set();
  // New chats wait; chatKind calls every fifth index waiting.
  let newIndex = chatCount + ((5 - (chatCount % 5)) % 5);
  let tick = 0;
  const frames = [];
  while (frames.length < count) {
    tick += 1;
    const roll = next();
    if (roll < 0.4) {
      // A chat changed: waiting time / queue position moves, a monitor joins, or a waiting chat is taken.
      const waitingOne = next() < 0.5;
      const index = waitingOne ? pick(waiting) : pick(colleagues);
      if (waitingOne && next() < 0.1) {
        frames.push(chatChangedFrame(index, { TalkingToClientId: colleagueId(index % COLLEAGUE_COUNT), WaitedSeconds: 40 }));
        waiting.splice(waiting.indexOf(index), 1);
        colleagues.push(index);
      } else if (waitingOne) {
        frames.push(chatChangedFrame(index, { WaitedSeconds: (index % 90) + (tick % 30), QueuePos: tick % 4 }));
      } else {
        frames.push(chatChangedFrame(index, { MonitoredBy: tick % 3 === 0 ? 'Supervisor' : null }));
      }
    } else if (roll < 0.65) {
      const index = next() < 0.5 ? pick(mine) : pick(waiting);
      frames.push(messageFrame(index, `Message ${tick}: I have a question about my order, can you help?`));
      typing.delete(index);
    } else if (roll < 0.88) {
      const index = pick(mine);
      const on = !typing.has(index);
      if (on) typing.add(index);
      else typing.delete(index);
      frames.push(typingFrame(index, on));
    } else if (roll < 0.94) {
      const index = newIndex;
      newIndex += 5;
      frames.push(chatRequestFrame(index), chatChangedFrame(index));
      waiting.push(index);
    } else if (colleagues.length > 0) {
      const position = Math.floor(next() * colleagues.length);
      const [index] = colleagues.splice(position, 1);
      frames.push(chatClosedFrame(index));
    }
  }
  return frames.slice(0, count);
}
