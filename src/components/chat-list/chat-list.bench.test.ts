/**
 * How `<whoson-chat-list>` copes with 2000 chats (1000 waiting, 1000 taken). It PRINTS
 * timings (see the test runner's browser log) and asserts only that the list is right:
 * timings depend on the machine, so a threshold here would be noise.
 *
 * The store is fed directly (no simulator): what is measured is the element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { Session } from '../../core/session.js';
import { wire } from '../../core/testing/wire-events.js';
import '../../define/whoson-chat-list.js';
import { ChatSelection } from '../shared/chat-selection.js';
import type { WhosonChatList } from './chat-list.js';

const CHATS = 2000;
const ME = 'bench-me';

function chatData(index: number, now: number): Record<string, unknown> {
  const waiting = index % 2 === 0;
  return {
    ChatUID: `chat-${index}`,
    SiteKey: (index % 2) + 1,
    IP: `10.0.${Math.floor(index / 250)}.${index % 250}`,
    TrackingId: String(index),
    Name: `Visitor ${index}`,
    Dept: index % 3 === 0 ? 'Sales' : 'Support',
    SkillNames: index % 5 === 0 ? 'Technical' : '',
    WaitedSeconds: waiting ? index % 120 : 0,
    QueuePos: 0,
    TalkingToClientId: waiting ? '' : index % 4 === 1 ? ME : 'colleague',
    Lang: 'en',
    Translation: false,
    MonitoredBy: null,
    Location: 'Stoke on Trent',
    Channel: '',
    Started: new Date(now).toISOString(),
  };
}

/** A session whose store is fed by hand, provided to the list by id like `<whoson-session>`. */
function benchSession(): { provider: HTMLElement; session: Session } {
  const session = new Session({ url: 'wss://bench.invalid', loadReferenceData: false });
  const provider = document.createElement('div');
  provider.id = 'bench-session';
  Object.assign(provider, { session, selection: new ChatSelection() });
  document.body.append(provider);
  const now = Date.now();
  session.store.dispatch(
    wire({
      EventName: 'nameduser',
      Params: [ME],
      Data: { Username: 'bench@mysite.com', Name: 'Bench', Dept: 'Support', Rights: 'YYYYYYYYYYYYY0YYYYYYY' },
    }),
  );
  session.store.dispatch(wire({ EventName: 'connected', Params: [ME], Data: { ApplicationName: 'WhosOn' } }));
  session.store.dispatch(
    wire({
      EventName: 'sites',
      Data: [
        { SiteKey: 1, Name: 'My Company', SLAWarningSeconds: 30, SLAReachedSeconds: 90 },
        { SiteKey: 2, Name: 'Support Portal', SLAWarningSeconds: 60, SLAReachedSeconds: 120 },
      ],
    }),
  );
  session.store.dispatch(
    wire({ EventName: 'chatting', Data: Array.from({ length: CHATS }, (_, index) => chatData(index, now)) }),
  );
  return { provider, session };
}

async function measure(label: string, work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  const rendered = performance.now();
  // Style and layout are part of what the operator waits for.
  document.body.getBoundingClientRect();
  const elapsed = performance.now() - start;
  const layout = elapsed - (rendered - start);
  console.log(`[bench chat-list] ${label}: ${elapsed.toFixed(1)} ms (render ${(rendered - start).toFixed(1)}, style and layout ${layout.toFixed(1)})`);
  return elapsed;
}

describe('<whoson-chat-list> with 2000 chats (timings printed, not asserted)', () => {
  it('renders, ticks, updates one chat and takes one', async () => {
    const { provider, session } = benchSession();
    let list!: WhosonChatList;
    try {
      await measure('first render', async () => {
        list = await fixture<WhosonChatList>(html`<whoson-chat-list session="bench-session"></whoson-chat-list>`);
        await list.updateComplete;
      });
      const rows = list.shadowRoot!.querySelectorAll('[part~="chat"]');
      expect(rows.length).to.equal(CHATS);

      const ticks: number[] = [];
      for (let tick = 0; tick < 5; tick += 1) {
        ticks.push(
          await measure(`tick ${tick + 1} (every wait time re-rendered)`, async () => {
            list.requestUpdate();
            await list.updateComplete;
          }),
        );
      }
      console.log(`[bench chat-list] tick median: ${ticks.sort((a, b) => a - b)[2]!.toFixed(1)} ms`);

      await measure('one chat changes (a new name)', async () => {
        session.store.dispatch(wire({ EventName: 'chatchanged', Params: ['chat-10'], Data: { ...chatData(10, Date.now()), Name: 'Renamed' } }));
        await list.updateComplete;
      });
      expect(list.shadowRoot!.querySelector('[data-chat-uid="chat-10"] [part~="name"]')!.textContent).to.equal('Renamed');

      await measure('a waiting chat is taken (moves between sections)', async () => {
        session.store.dispatch(
          wire({ EventName: 'chatchanged', Params: ['chat-0'], Data: { ...chatData(0, Date.now()), TalkingToClientId: ME } }),
        );
        await list.updateComplete;
      });
      expect(list.shadowRoot!.querySelector('[data-chat-uid="chat-0"]')!.getAttribute('data-state')).to.equal('mine');

      await measure('a new chat arrives', async () => {
        session.store.dispatch(wire({ EventName: 'chatchanged', Params: ['chat-new'], Data: { ...chatData(CHATS, Date.now()), ChatUID: 'chat-new' } }));
        await list.updateComplete;
      });
      expect(list.shadowRoot!.querySelectorAll('[part~="chat"]').length).to.equal(CHATS + 1);
    } finally {
      list?.remove();
      provider.remove();
    }
  });
});
