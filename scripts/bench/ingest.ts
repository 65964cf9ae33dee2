/**
 * Core ingest: how the kit's own work per frame (decode the envelope, decode the event,
 * reduce it into the store) compares with the least any client must do, a bare
 * `JSON.parse` of the same text. A store holding 5,000 chats (after the post-login
 * events) takes a realistic mix of live traffic (scripts/bench/page/frames.mjs).
 *
 *   node --import tsx scripts/bench/ingest.ts [--frames 5000] [--json]
 *
 * Only the public exports of src/core/index.ts are used, so a rewrite of the store
 * behind them does not break the measure.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createStore, decodeEvent, decodeFrame, type Store } from '../../src/core/index.js';
import { loginFrames, trafficFrames } from './page/frames.mjs';

export interface IngestResult {
  readonly chats: number;
  readonly frames: number;
  readonly mix: Record<string, number>;
  /** Median over the repeats, microseconds per frame. */
  readonly parseMicros: number;
  readonly ingestMicros: number;
  /** JSON.parse time / ingest time, in %. */
  readonly sharePercent: number;
  readonly framesPerSecond: number;
  readonly rejected: number;
  /** Mean ingest time per frame of each event name, microseconds (timed one by one, so a little high). */
  readonly byEvent: Record<string, number>;
}

const CHATS = 5000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Decodes and reduces one frame as the session does; false when the kit refuses it. */
function ingest(store: Store, text: string): boolean {
  const frame = decodeFrame(text);
  if (!frame.ok) return false;
  const event = decodeEvent(frame.value);
  if (!event.ok) return false;
  store.dispatch(event.value);
  return true;
}

function loggedInStore(): Store {
  const store = createStore();
  store.onError((problem) => {
    throw problem.error;
  });
  for (const text of loginFrames(CHATS)) ingest(store, text);
  return store;
}

export function measureIngest(frameCount = 5000, repeats = 3): IngestResult {
  const frames = trafficFrames(frameCount, CHATS, 11);
  const mix: Record<string, number> = {};
  for (const text of frames) {
    const name = /"EventName":"([^"]*)"/.exec(text)?.[1] ?? '?';
    mix[name] = (mix[name] ?? 0) + 1;
  }

  // Warm both paths up first, so neither pays for compilation in the timed runs.
  for (const text of frames.slice(0, 500)) JSON.parse(text);
  {
    const store = loggedInStore();
    for (const text of frames.slice(0, 500)) ingest(store, text);
  }

  const parseTimes: number[] = [];
  let sink = 0;
  for (let run = 0; run < repeats + 2; run += 1) {
    const start = performance.now();
    for (const text of frames) sink += (JSON.parse(text) as { Data?: unknown }).Data === undefined ? 0 : 1;
    parseTimes.push(performance.now() - start);
  }

  const ingestTimes: number[] = [];
  let rejected = 0;
  for (let run = 0; run < repeats; run += 1) {
    const store = loggedInStore();
    rejected = 0;
    const start = performance.now();
    for (const text of frames) if (!ingest(store, text)) rejected += 1;
    ingestTimes.push(performance.now() - start);
  }
  if (sink < 0) console.log(sink);

  // Which frames cost what: one more run, each frame timed on its own.
  const spent: Record<string, number> = {};
  {
    const store = loggedInStore();
    for (const text of frames) {
      const start = performance.now();
      ingest(store, text);
      const name = /"EventName":"([^"]*)"/.exec(text)?.[1] ?? '?';
      spent[name] = (spent[name] ?? 0) + (performance.now() - start);
    }
  }
  const byEvent = Object.fromEntries(Object.entries(spent).map(([name, ms]) => [name, (ms * 1000) / mix[name]!]));

  const parseMs = median(parseTimes);
  const ingestMs = median(ingestTimes);
  return {
    chats: CHATS,
    frames: frames.length,
    mix,
    parseMicros: (parseMs * 1000) / frames.length,
    ingestMicros: (ingestMs * 1000) / frames.length,
    sharePercent: (parseMs / ingestMs) * 100,
    framesPerSecond: frames.length / (ingestMs / 1000),
    rejected,
    byEvent,
  };
}

// Run on its own (the bench runs it in a child process, so nothing else shares its heap).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { frames: { type: 'string', default: '5000' }, json: { type: 'boolean', default: false } },
  });
  const result = measureIngest(Number(values.frames));
  if (values.json) {
    console.log(JSON.stringify(result));
  } else {
    console.log(
      `${result.frames} frames, ${result.chats} chats in the store: JSON.parse ${result.parseMicros.toFixed(2)} µs/frame, ` +
        `ingest ${result.ingestMicros.toFixed(2)} µs/frame (${Math.round(result.framesPerSecond).toLocaleString('en')} frames/s); ` +
        `JSON.parse is ${result.sharePercent.toFixed(1)} % of ingest`,
    );
    console.log('mix:', result.mix, result.rejected > 0 ? `(${result.rejected} refused)` : '');
    console.log('µs per frame by event:', Object.fromEntries(Object.entries(result.byEvent).map(([name, us]) => [name, Number(us.toFixed(1))])));
  }
}
