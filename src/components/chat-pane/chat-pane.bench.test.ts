/**
 * How `<whoson-chat-pane>` copes with a 10,000-line conversation: one visitor message
 * arriving, timed until its line is shown, the renders that follow it counted; and the
 * chat opened with all of it unread. It PRINTS timings (see the test runner's browser
 * log) and asserts only that the pane is right: timings depend on the machine, so a
 * threshold here would be noise.
 *
 * The store is fed directly (no simulator, events decoded before the clock starts): what
 * is measured is the store's reducers and the element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { Session } from '../../core/session.js';
import { wire } from '../../core/testing/wire-events.js';
import '../../define/whoson-chat-pane.js';
import { ChatSelection } from '../shared/chat-selection.js';
import type { WhosonChatPane } from './chat-pane.js';

const LINES = 10_000;
const MESSAGES = 30;
const ME = 'bench-me';
const CHAT_UID = 'bench-chat';
const START = Date.UTC(2024, 0, 15, 9, 0, 0);

/** A transcript line's wire date (no zone, as the spec's examples). */
function dated(second: number): string {
  return new Date(START + second * 1000).toISOString().slice(0, 23);
}

/** Visitor and operator lines in turn, a server line now and then. */
function transcriptLine(n: number): Record<string, unknown> {
  const operatorIndex = n % 50 === 0 ? 99 : n % 2;
  const message =
    operatorIndex === 99
      ? 'You havent said anything for 1 minute. Are you still there?'
      : operatorIndex === 0
        ? `Visitor line ${n}: do you offer an on-premises version with single sign-on?`
        : `Operator line ${n}: yes, it runs on your own server; I will send you the details.`;
  return { Dated: dated(n), OperatorIndex: operatorIndex, Message: message };
}

/** A session whose store is fed by hand, provided to the pane by id like `<whoson-session>`. */
function benchSession(): { provider: HTMLElement; session: Session } {
  const session = new Session({ url: 'wss://bench.invalid', loadReferenceData: false });
  const provider = document.createElement('div');
  provider.id = 'bench-pane-session';
  Object.assign(provider, { session, selection: new ChatSelection() });
  document.body.append(provider);
  const { store } = session;
  store.dispatch(
    wire({
      EventName: 'nameduser',
      Params: [ME],
      Data: { Username: 'bench@mysite.com', Name: 'Thomas', Dept: 'Support', Rights: 'YYYYYYYYYYYYY0YYYYYYY' },
    }),
  );
  store.dispatch(wire({ EventName: 'connected', Params: [ME], Data: { ApplicationName: 'WhosOn' } }));
  store.dispatch(wire({ EventName: 'sites', Data: [{ SiteKey: 1, Name: 'My Company', SLAWarningSeconds: 30, SLAReachedSeconds: 90 }] }));
  store.dispatch(
    wire({
      EventName: 'chatting',
      Data: [
        {
          ChatUID: CHAT_UID,
          SiteKey: 1,
          IP: '10.0.0.1',
          TrackingId: '1001.1',
          Name: 'Ada Lovelace',
          Dept: 'Support',
          SkillNames: '',
          WaitedSeconds: 12,
          QueuePos: 0,
          TalkingToClientId: ME,
          Lang: 'en',
          Translation: false,
          MonitoredBy: null,
          Location: 'United Kingdom - Stoke on Trent',
          Channel: '',
        },
      ],
    }),
  );
  return { provider, session };
}

/** My chat's transcript, as the server sends it when the chat already has lines. */
function currentChat(): ReturnType<typeof wire> {
  return wire({
    EventName: 'currentchat',
    Params: [CHAT_UID],
    Data: {
      ChatHeader: { ChatUID: CHAT_UID, SiteKey: 1, Name: 'Ada Lovelace', TakenByUsers: 'Thomas', Started: dated(0), Lang: 'en' },
      PreChatSurvey: [{ Name: 'Company', Value: 'Example Ltd' }],
      PostChatSurvey: [],
      Lines: Array.from({ length: LINES }, (_, n) => transcriptLine(n)),
    },
  });
}

/** A painted frame and a quiet moment, so one sample does not pay for the previous one's work. */
function breathe(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 1000 }), 30));
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface Render {
  /** It ran in the task that delivered the message (its microtasks included). */
  readonly sameTask: boolean;
  readonly ms: number;
}

/**
 * Records the pane's renders (Lit's `update`, where `render` runs) from now on, telling
 * those of the current task from later ones: a timer set now fires before any timer the
 * work about to be timed sets, and after all of this task's microtasks.
 */
function watchRenders(pane: WhosonChatPane): { renders: Render[]; stop: () => void } {
  const watched = pane as unknown as { update: (changed: unknown) => void };
  const original = watched.update;
  const renders: Render[] = [];
  let sameTask = true;
  setTimeout(() => {
    sameTask = false;
  }, 0);
  watched.update = function update(this: unknown, changed: unknown): void {
    const started = performance.now();
    try {
      original.call(this, changed);
    } finally {
      renders.push({ sameTask, ms: performance.now() - started });
    }
  };
  return {
    renders,
    stop: () => {
      delete (watched as { update?: unknown }).update;
    },
  };
}

const lineElements = (pane: WhosonChatPane): HTMLElement[] => [
  ...pane.shadowRoot!.querySelectorAll<HTMLElement>('[part~="line"]'),
];

/** The pane on the bench session's chat, in a box of the height of the bench page's. */
async function benchPane(): Promise<WhosonChatPane> {
  const box = await fixture<HTMLElement>(
    html`<div style="height: 760px; display: flex; flex-direction: column">
      <whoson-chat-pane style="flex: 1; min-height: 0" session="bench-pane-session" chat-uid=${CHAT_UID}></whoson-chat-pane>
    </div>`,
  );
  const pane = box.querySelector('whoson-chat-pane')!;
  await pane.updateComplete;
  return pane;
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;

describe('<whoson-chat-pane> with 10,000 lines (timings printed, not asserted)', () => {
  it('shows one new visitor line, and only the latest lines are in the DOM', async function () {
    // Each sample waits for the quiet after it: more than mocha's default time in all.
    this.timeout(120_000);
    const { provider, session } = benchSession();
    let pane: WhosonChatPane | undefined;
    try {
      pane = await benchPane();
      // The transcript arrives once the pane is open, as after taking the chat.
      const transcript = currentChat();
      const setupStart = performance.now();
      session.store.dispatch(transcript);
      await pane.updateComplete;
      pane.getBoundingClientRect();
      console.log(`[bench chat-pane] ${LINES.toLocaleString('en')}-line transcript shown: ${ms(performance.now() - setupStart)}`);
      expect(lineElements(pane).length, 'only the latest lines are rendered').to.be.within(1, 150);

      const shown: number[] = [];
      const withLayout: number[] = [];
      const renderMs: number[] = [];
      const sameTaskRenders: number[] = [];
      const sameTaskMs: number[] = [];
      const laterRenders: number[] = [];
      const laterMs: number[] = [];
      const sum = (renders: readonly Render[]): number => renders.reduce((total, render) => total + render.ms, 0);
      for (let n = 0; n < MESSAGES; n += 1) {
        const text = `Visitor asks ${n}: is there a discount for charities?`;
        const message = wire({ EventName: 'message', Params: [CHAT_UID], Data: text });
        await breathe();
        const watch = watchRenders(pane);
        const t0 = performance.now();
        session.store.dispatch(message);
        await pane.updateComplete;
        const t1 = performance.now();
        const first = watch.renders.length;
        void lineElements(pane).at(-1)!.offsetHeight;
        const t2 = performance.now();
        // What follows: marking the chat read, the scroll to the newest line, the live region.
        await breathe();
        await new Promise((resolve) => setTimeout(resolve, 200));
        watch.stop();
        const after = watch.renders.slice(first);
        const inSameTask = after.filter((render) => render.sameTask);
        const inLaterTasks = after.filter((render) => !render.sameTask);
        shown.push(t1 - t0);
        withLayout.push(t2 - t0);
        renderMs.push(sum(watch.renders.slice(0, first)));
        sameTaskRenders.push(inSameTask.length);
        sameTaskMs.push(sum(inSameTask));
        laterRenders.push(inLaterTasks.length);
        laterMs.push(sum(inLaterTasks));

        const last = lineElements(pane).at(-1)!;
        expect(last.dataset['from'], 'the newest line is the last one').to.equal('visitor');
        expect(last.textContent).to.contain(text);
      }
      expect(lineElements(pane).length, 'only the latest lines are rendered').to.be.at.most(150);

      console.log(
        `[bench chat-pane] one visitor message → line shown, ${LINES.toLocaleString('en')} lines (median of ${MESSAGES}): ${ms(median(shown))}` +
          ` (fastest ${ms(Math.min(...shown))}; the render itself ${ms(median(renderMs))}); with layout ${ms(median(withLayout))}`,
      );
      console.log(
        `[bench chat-pane] renders after the line showed (medians): ${median(sameTaskRenders)} in the same task (${ms(median(sameTaskMs))}),` +
          ` ${median(laterRenders)} later (${ms(median(laterMs))}); line elements in the DOM: ${lineElements(pane).length}`,
      );
    } finally {
      pane?.remove();
      provider.remove();
    }
  });

  it('opens a chat whose 10,000 lines are all unread with only its latest lines', async () => {
    const { provider, session } = benchSession();
    // Every visitor line of a transcript that arrives with the chat counts as unread.
    session.store.dispatch(currentChat());
    expect(session.store.getState().conversations.get(CHAT_UID)?.unread).to.be.above(1000);
    let pane: WhosonChatPane | undefined;
    try {
      const started = performance.now();
      pane = await benchPane();
      pane.getBoundingClientRect();
      console.log(`[bench chat-pane] a chat opened with ${LINES.toLocaleString('en')} lines unread: ${ms(performance.now() - started)}`);
      expect(lineElements(pane).length, 'only the latest lines are rendered').to.be.within(1, 150);
      const newest = transcriptLine(LINES - 1)['Message'] as string;
      expect(lineElements(pane).at(-1)!.textContent, 'the newest line is the last one').to.contain(newest);
    } finally {
      pane?.remove();
      provider.remove();
    }
  });
});
