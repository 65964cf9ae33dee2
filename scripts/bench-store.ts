/**
 * How the store copes with thousands of chats: 5000 `chatchanged` upserts of new chats,
 * 5000 updates of existing ones, 5000 identical repeats, one 5000-chat `chatting` list,
 * and the heap they leave. Events are decoded beforehand: this measures the store only.
 *
 *   node --expose-gc --import tsx scripts/bench-store.ts
 */
import { performance } from 'node:perf_hooks';
import type { WhosOnEvent } from '../src/core/protocol/event-map.js';
import { decodeEvent } from '../src/core/protocol/events.js';
import { decodeFrame } from '../src/core/protocol/frame.js';
import { waitingChats } from '../src/core/store/selectors.js';
import { createStore } from '../src/core/store/store.js';

const COUNT = 5000;

function decode(frame: object): WhosOnEvent {
  const envelope = decodeFrame(JSON.stringify(frame));
  if (!envelope.ok) throw envelope.error;
  const event = decodeEvent(envelope.value);
  if (!event.ok) throw event.error;
  return event.value;
}

function chat(index: number, waited: number, talkingTo = ''): Record<string, unknown> {
  return {
    ChatUID: `chat-${index.toString().padStart(5, '0')}`,
    SiteKey: (index % 20) + 1,
    IP: `10.0.${index >> 8}.${index & 255}`,
    TrackingId: `${index}.1`,
    Name: `Visitor ${index}`,
    Dept: index % 3 === 0 ? 'Sales' : 'Support',
    SkillNames: index % 2 === 0 ? 'Sales' : '',
    WaitedSeconds: waited,
    QueuePos: 0,
    TalkingToClientId: talkingTo,
    Lang: 'en',
    Translation: false,
    MonitoredBy: null,
    Location: 'United Kingdom',
    Channel: '',
  };
}

function chatChanged(index: number, waited: number, talkingTo = ''): WhosOnEvent {
  const data = chat(index, waited, talkingTo);
  return decode({ EventName: 'chatchanged', Params: [data['ChatUID']], Data: data });
}

function heapMb(): string {
  (globalThis as { gc?: () => void }).gc?.();
  return (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1);
}

function measure(
  label: string,
  events: readonly WhosOnEvent[],
  dispatch: (event: WhosOnEvent) => void,
): void {
  const start = performance.now();
  for (const event of events) dispatch(event);
  const ms = performance.now() - start;
  const perSecond = Math.round((events.length / ms) * 1000);
  console.log(
    `${label.padEnd(42)} ${String(events.length).padStart(5)} in ${ms.toFixed(1).padStart(7)} ms  ${perSecond.toLocaleString('en').padStart(9)} ops/s`,
  );
}

const inserts = Array.from({ length: COUNT }, (_, i) => chatChanged(i, 0));
const updates = Array.from({ length: COUNT }, (_, i) =>
  chatChanged(i, 5, i % 2 === 0 ? `op-${i % 50}` : ''),
);
const listEvent = decode({
  EventName: 'chatting',
  Data: Array.from({ length: COUNT }, (_, i) => chat(i, 3)),
});

const baseline = heapMb();
let now = Date.UTC(2024, 0, 15, 9);
const store = createStore({ now: () => (now += 1) });
let wakes = 0;
store.subscribe('chats', () => (wakes += 1));
store.onError((error) => {
  throw error.error;
});

measure('chatchanged, new chat (upsert)', inserts, (event) => store.dispatch(event));
measure('chatchanged, existing chat changed', updates, (event) => store.dispatch(event));
const wakesBefore = wakes;
measure('chatchanged, identical repeat (no-op)', updates, (event) => store.dispatch(event));
console.log(`  subscriber wake-ups during the repeats: ${wakes - wakesBefore}`);
measure('chatting, full list of 5000 (replace)', [listEvent], (event) => store.dispatch(event));

const selectStart = performance.now();
const waiting = waitingChats(store.getState()).length;
const selectMs = performance.now() - selectStart;
console.log(
  `waitingChats over ${COUNT} chats: ${waiting} waiting in ${selectMs.toFixed(2)} ms (memoised after)`,
);

console.log(`chats held: ${store.getState().chats.size}`);
console.log(
  `heap: ${baseline} MB before the store, ${heapMb()} MB with ${COUNT} chats (events included)`,
);
