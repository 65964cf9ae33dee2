/**
 * How `<whoson-chat-list>` copes with 2000 chats (1000 waiting, 1000 taken). It PRINTS
 * timings (see the test runner's browser log) and asserts only that the list is right:
 * timings depend on the machine, so a threshold here would be noise.
 *
 * The store is fed directly (no simulator): what is measured is the element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../../../test/support/session-fixture.js';
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
        const box = await fixture<HTMLElement>(
          html`<div style="height: 600px; overflow-y: auto"><whoson-chat-list session="bench-session"></whoson-chat-list></div>`,
        );
        list = box.querySelector('whoson-chat-list')!;
        await list.updateComplete;
      });
      const sectionCounts = (): number[] =>
        [...list.shadowRoot!.querySelectorAll('[part~="section-count"]')].map((count) => Number(count.textContent));
      const rendered = (): HTMLElement[] => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="chat"]')];
      expect(sectionCounts().reduce((sum, count) => sum + count, 0), 'every chat counted').to.equal(CHATS);
      expect(rendered().length, 'only the rows near the view are rendered').to.be.below(200);
      const first = rendered()[0]!;
      expect(first.getAttribute('aria-posinset')).to.equal('1');
      expect(Number(first.getAttribute('aria-setsize'))).to.equal(sectionCounts()[0]);

      // Scrolled to the end, the list shows its last rows, told where they are in the whole.
      await measure('scroll to the end', async () => {
        list.parentElement!.scrollTop = list.parentElement!.scrollHeight;
        await until(() => rendered().some((row) => row.getAttribute('aria-posinset') === row.getAttribute('aria-setsize') && row.dataset['state'] !== 'waiting'));
      });
      list.parentElement!.scrollTop = 0;
      await until(() => rendered()[0]?.getAttribute('aria-posinset') === '1');

      // End and Home reach the last and first chats of the whole list, rendered or not.
      const focusedRow = (): HTMLElement | null | undefined =>
        (list.shadowRoot!.activeElement as HTMLElement | null)?.closest<HTMLElement>('[part~="chat"]');
      rendered()[0]!.querySelector<HTMLElement>('[data-action="select"]')!.focus();
      await sendKeys({ press: 'End' });
      await until(() => {
        const row = focusedRow();
        return row?.dataset['state'] !== 'waiting' && row?.getAttribute('aria-posinset') === row?.getAttribute('aria-setsize');
      });
      await sendKeys({ press: 'Home' });
      await until(() => focusedRow()?.dataset['state'] === 'waiting' && focusedRow()?.getAttribute('aria-posinset') === '1');

      const ticks: number[] = [];
      for (let tick = 0; tick < 5; tick += 1) {
        ticks.push(
          await measure(`tick ${tick + 1} (the wait times on screen)`, async () => {
            list.requestUpdate();
            await list.updateComplete;
          }),
        );
      }
      console.log(`[bench chat-list] tick median: ${ticks.sort((a, b) => a - b)[2]!.toFixed(1)} ms`);

      // A chat on screen (the longest waiting ones come first).
      const shownUid = rendered()[0]!.dataset['chatUid']!;
      const shownIndex = Number(shownUid.replace('chat-', ''));
      await measure('one chat changes (a new name)', async () => {
        session.store.dispatch(wire({ EventName: 'chatchanged', Params: [shownUid], Data: { ...chatData(shownIndex, Date.now()), Name: 'Renamed' } }));
        await list.updateComplete;
      });
      expect(list.shadowRoot!.querySelector(`[data-chat-uid="${shownUid}"] [part~="name"]`)!.textContent).to.equal('Renamed');

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
      expect(sectionCounts().reduce((sum, count) => sum + count, 0)).to.equal(CHATS + 1);
    } finally {
      list?.remove();
      provider.remove();
    }
  });
});
