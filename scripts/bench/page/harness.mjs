// The measuring side of a bench page, the same for the kit and the plain-DOM baseline:
// each variant hands over an adapter (how to start, deliver a frame, find a row or the
// last transcript line, and wait for its own rendering) and this module times the same
// frames the same way with performance.now(). The Node runner calls `window.bench.*`.
import {
  chatChangedFrame,
  chatIndexOf,
  chatKind,
  chatUid,
  chattingFrame,
  messageFrame,
  PANE_CHAT_INDEX,
  trafficFrames,
  transcriptLineText,
} from './frames.mjs';

/**
 * Rows that prove a list rendered. A list that renders only what is in view (a
 * virtualized list) never holds all 5,000 rows; a list that renders at once holds them
 * all as soon as it has rendered at all, so waiting for this many changes nothing there.
 */
const ROWS_IN_VIEW = 10;

/**
 * @typedef {object} Adapter
 * @property {(options: StartOptions) => Promise<void>} start
 * @property {(text: string) => void} deliver  one server frame, delivered as its socket would
 * @property {() => Promise<void>} settle  resolves once the variant's pending rendering is done
 * @property {(uid: string) => HTMLElement | null} row  the list row of a chat
 * @property {(row: HTMLElement) => string} rowName  the visitor name a row shows
 * @property {() => number} rowCount  chat rows in the DOM
 * @property {() => string[]} rowUids  the ChatUIDs of the rows in the DOM
 * @property {() => HTMLElement | null} lastLine  the newest transcript line
 * @property {() => number} lineCount  transcript lines in the DOM
 * @property {() => HTMLElement | null} listBox  the element holding the list
 *
 * @typedef {{ chats: number, list: boolean, pane: boolean, lines: number }} StartOptions
 */

/** A task boundary without setTimeout's clamping. */
function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Lets the page paint and finish what the previous step set off (follow-up renders, timers
 * due now) before the next step is timed: a frame, then an idle period (or 5 s at most).
 */
function breathe(ms = 30) {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 5000 }), ms));
  });
}

/** @param {Adapter} adapter */
export function installBench(adapter) {
  let chatCount = 0;
  /** @type {string[]} */
  let burstFrames = [];

  async function waitFor(check, what, timeoutMs = 30_000) {
    const started = performance.now();
    for (;;) {
      if (check()) return;
      await adapter.settle();
      if (check()) return;
      if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what()}`);
      await nextTask();
    }
  }

  const textOf = (element) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

  /**
   * Chats of one kind spread over the whole list (not just its top), among the rows in
   * the DOM: a row a virtualized list has not rendered cannot show a change.
   */
  function spreadIndices(kind, count) {
    const all = adapter
      .rowUids()
      .map(chatIndexOf)
      .filter((index) => index < chatCount && chatKind(index) === kind)
      .sort((a, b) => a - b);
    if (all.length === 0) return [];
    const step = Math.max(1, Math.floor(all.length / count));
    return Array.from({ length: count }, (_, n) => all[(n * step + 3) % all.length]);
  }

  const lastLineShows = (text) => textOf(adapter.lastLine()).includes(text);

  window.bench = {
    ready: true,

    async start(options) {
      chatCount = options.chats;
      const started = performance.now();
      await adapter.start(options);
      if (options.list && options.chats > 0) {
        const rows = Math.min(options.chats, ROWS_IN_VIEW);
        await waitFor(
          () => adapter.rowCount() >= rows,
          () => `chat rows (the list shows ${adapter.rowCount()})`,
        );
      }
      if (options.pane && options.lines > 0) {
        const last = transcriptLineText(options.lines - 1);
        await waitFor(
          () => lastLineShows(last),
          () => `the transcript's last line "${last}" (the pane shows ${adapter.lineCount()} lines)`,
        );
      }
      await breathe(100);
      return { setupMs: performance.now() - started, rows: adapter.rowCount(), lines: adapter.lineCount() };
    },

    /**
     * Up to `count` chatchanged frames renaming a visitor, alternately on a waiting row and
     * on a colleague's chat; stops early once `budgetMs` is spent (after 4 at least).
     */
    async timeChatChanged(count, budgetMs = Infinity) {
      const waiting = spreadIndices('waiting', Math.ceil(count / 2));
      const taken = spreadIndices('colleague', Math.ceil(count / 2));
      const plan = [];
      for (let n = 0; n < count; n += 1) {
        const preferred = n % 2 === 0 ? waiting : taken;
        const other = n % 2 === 0 ? taken : waiting;
        const index = (preferred.length > 0 ? preferred : other)[n >> 1];
        if (index !== undefined) plan.push(index);
      }
      if (plan.length === 0) throw new Error('no chat row in the DOM to change');
      const results = [];
      const started = performance.now();
      for (let n = 0; n < plan.length; n += 1) {
        if (n >= 4 && performance.now() - started > budgetMs) break;
        const index = plan[n];
        const kind = chatKind(index);
        const uid = chatUid(index);
        const name = `Visitor ${index} (renamed ${n})`;
        const frame = chatChangedFrame(index, { Name: name });
        let row = adapter.row(uid);
        if (row === null) throw new Error(`no row for chat ${uid} before the change`);
        const shown = () => {
          if (!row.isConnected) row = adapter.row(uid) ?? row;
          return adapter.rowName(row).includes(name);
        };
        await breathe();
        const t0 = performance.now();
        adapter.deliver(frame);
        await waitFor(shown, () => `row ${uid} to show "${name}" (it shows "${adapter.rowName(row)}")`);
        const t1 = performance.now();
        void row.offsetHeight;
        const t2 = performance.now();
        results.push({ kind, ms: t1 - t0, layoutMs: t2 - t0 });
      }
      return results;
    },

    /** Up to `count` visitor messages to the chat in the pane, each timed until its line shows; 3 at least, then within `budgetMs`. */
    async timeMessages(count, budgetMs = Infinity) {
      const results = [];
      const started = performance.now();
      for (let n = 0; n < count; n += 1) {
        if (n >= 3 && performance.now() - started > budgetMs) break;
        const text = `Visitor asks ${n}: is there a discount for charities?`;
        const frame = messageFrame(PANE_CHAT_INDEX, text);
        await breathe();
        const t0 = performance.now();
        adapter.deliver(frame);
        await waitFor(
          () => lastLineShows(text),
          () => `the line "${text}" (last line: "${textOf(adapter.lastLine()).slice(0, 80)}")`,
        );
        const t1 = performance.now();
        void adapter.lastLine().offsetHeight;
        const t2 = performance.now();
        results.push({ ms: t1 - t0, layoutMs: t2 - t0 });
      }
      return results;
    },

    /**
     * One more message; returns the ms until its line showed (with layout). The runner
     * counts the main thread's work around it: what is beyond this is follow-up work.
     */
    async oneMessage(n) {
      const text = `Visitor follows up ${n}: thanks, that helps.`;
      const frame = messageFrame(PANE_CHAT_INDEX, text);
      const t0 = performance.now();
      adapter.deliver(frame);
      await waitFor(() => lastLineShows(text), () => `the line "${text}"`);
      void adapter.lastLine().offsetHeight;
      return performance.now() - t0;
    },

    /** The `chatting` list of `count` chats arriving in a page that lists none yet. */
    async firstRender(count) {
      chatCount = count;
      const frame = chattingFrame(count);
      await breathe();
      const t0 = performance.now();
      adapter.deliver(frame);
      const rows = Math.min(count, ROWS_IN_VIEW);
      await waitFor(() => adapter.rowCount() >= rows, () => `chat rows (the list shows ${adapter.rowCount()})`);
      const t1 = performance.now();
      void adapter.listBox().offsetHeight;
      const t2 = performance.now();
      const rowsAtFirstRender = adapter.rowCount();
      await breathe(200);
      return { ms: t1 - t0, layoutMs: t2 - t0, rows: rowsAtFirstRender, rowsLater: adapter.rowCount() };
    },

    /** Makes the burst's frames ahead of time, so building them is not part of what is watched. */
    prepareBurst(count, seed = 7) {
      burstFrames = trafficFrames(count, chatCount, seed);
      return burstFrames.length;
    },

    /**
     * The prepared frames of live traffic arriving at once, each in a task of its own (as
     * a WebSocket delivers them). Returns when the last one is handled and shown, with
     * the long tasks (over 50 ms) the page itself observed.
     */
    async burst(deadlineMs = Infinity) {
      const frames = burstFrames;
      const longTasks = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const channel = new MessageChannel();
      let handled = 0;
      let t0 = 0;
      let stopped = false;
      // Past the deadline the frames left are dropped (not delivered), so a slow variant
      // still ends and says how far it got.
      const done = new Promise((resolve) => {
        channel.port1.onmessage = (event) => {
          if (stopped) return;
          adapter.deliver(event.data);
          handled += 1;
          if (handled === frames.length || performance.now() - t0 > deadlineMs) {
            stopped = true;
            resolve();
          }
        };
      });
      t0 = performance.now();
      for (const frame of frames) channel.port2.postMessage(frame);
      await done;
      await adapter.settle();
      const drainMs = performance.now() - t0;
      await breathe(200);
      // Long-task entries are queued; let the observer hear of the last ones.
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      channel.port1.close();
      return { frames: frames.length, handled, drainMs, longTasks };
    },
  };
}
