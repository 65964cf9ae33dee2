import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commands } from '../core/protocol/commands.js';
import type { WhosOnEvent } from '../core/protocol/event-map.js';
import { specEventExamples } from '../core/testing/spec-examples.js';
import { Session } from '../core/session.js';
import type { SessionState } from '../core/store/state.js';
import { FakeClock } from '../core/testing/fake-clock.js';
import { createDefaultWorld, DEMO_OPERATORS } from './default-data.js';
import { monthSummaryStart } from './handlers/visitors.js';
import { createRandom } from './random.js';
import { SimServer } from './server.js';
import { operatorSession, recordEvents } from './testing/operator-sessions.js';
import { RawClient, settle } from './testing/raw-client.js';
import { startWsSim, until, type WsSim } from './testing/ws-harness.js';
import { visitorSide } from './visitor-side.js';
import { visitorTraffic } from './visitor-traffic.js';
import { wireDay } from './wire.js';
import type { World } from './world.js';

function setup(adjust: (world: World) => void = () => undefined) {
  const clock = new FakeClock();
  const world = createDefaultWorld({ random: createRandom(31), now: () => clock.now() });
  adjust(world);
  const server = new SimServer({ clock, world });
  return { clock, server, world, traffic: visitorTraffic(server) };
}

const state = (session: Session): SessionState => session.store.getState();
const visitorIds = (session: Session): string[] => Object.keys(state(session).visitors).sort();

function errorsOf(events: readonly WhosOnEvent[]): string[] {
  return events.flatMap((event) => (event.name === 'error' ? [event.payload.text] : []));
}

function only<K extends WhosOnEvent['name']>(events: readonly WhosOnEvent[], name: K): Extract<WhosOnEvent, { name: K }>[] {
  return events.filter((event): event is Extract<WhosOnEvent, { name: K }> => event.name === name);
}

/** Time passes in steps, letting frames arrive after each timer. */
async function advance(clock: FakeClock, ms: number): Promise<void> {
  clock.advance(ms);
  await settle();
}

describe('the live visitor list', () => {
  it('lists the visitors of the user’s sites, then follows arrivals, page views and departures', async () => {
    const { clock, server, world, traffic } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    for (const session of [thomas, martin]) {
      session.sendCommand(commands.getVisitors());
      session.sendCommand(commands.startVisitorEvents());
    }
    await settle();
    assert.deepEqual(visitorIds(thomas), [...world.visitors.keys()].sort());
    assert.deepEqual(visitorIds(martin), [...world.visitors.values()].filter((v) => v.siteKey === 1).map((v) => `1:${v.ip}:${v.trackingId}`).sort());

    const visit = traffic.visitorArrives({ siteKey: 1, ip: '203.0.113.5', trackingId: '500.1', page: 'index.htm', referrer: 'https://www.bing.com' });
    await settle();
    const id = '1:203.0.113.5:500.1';
    assert.equal(state(martin).visitors[id]?.page, 'index.htm');
    assert.equal(state(martin).visitors[id]?.ref, 'https://www.bing.com');
    assert.equal(state(martin).visitors[id]?.no, 3, 'the third visit of the day on site 1');
    assert.equal(visit.visitNo, 1);

    traffic.visitorViewsPage(id, 'pricing.htm');
    await settle();
    assert.equal(state(thomas).visitors[id]?.page, 'pricing.htm');
    assert.equal(state(thomas).visitors[id]?.views, 2);

    traffic.visitorArrives({ siteKey: 2, ip: '198.51.100.7', trackingId: '77.7', page: 'help.htm' });
    await settle();
    assert.ok(state(thomas).visitors['2:198.51.100.7:77.7']);
    assert.equal(state(martin).visitors['2:198.51.100.7:77.7'], undefined, 'martin has site 1 only');

    traffic.visitorLeavesSite(id);
    await settle();
    assert.equal(state(thomas).visitors[id], undefined);
    assert.equal(state(martin).visitors[id], undefined);

    martin.sendCommand(commands.stopVisitorEvents());
    await settle();
    traffic.visitorArrives({ siteKey: 1, ip: '203.0.113.9', trackingId: '9.9', page: 'index.htm' });
    await settle();
    assert.ok(state(thomas).visitors['1:203.0.113.9:9.9']);
    assert.equal(state(martin).visitors['1:203.0.113.9:9.9'], undefined, 'no events after StopVisitorEvents');
  });

  it('shows a visitor as chatting while their chat lasts', async () => {
    const { clock, server, traffic } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    thomas.sendCommand(commands.getVisitors());
    thomas.sendCommand(commands.startVisitorEvents());
    await settle();
    traffic.visitorArrives({ siteKey: 2, ip: '192.0.2.44', trackingId: '44.1', page: 'help.htm' });
    const chatUid = visitorSide(server).startChat({ siteKey: 2, name: 'Lena', ip: '192.0.2.44', trackingId: '44.1' });
    await settle();
    const id = '2:192.0.2.44:44.1';
    assert.equal(state(thomas).visitors[id]?.flags.chatting, true);
    assert.equal(state(thomas).visitors[id]?.name, 'Lena');
    visitorSide(server).visitorLeaves(chatUid);
    await settle();
    assert.equal(state(thomas).visitors[id]?.flags.chatting, false);
  });

  it('refuses the visitor list to a user without Can View Active Visitors', async () => {
    const { clock, server } = setup((world) => {
      const thomas = world.account(DEMO_OPERATORS.thomas);
      if (thomas) thomas.rights = `${thomas.rights.slice(0, 20)}N`;
    });
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const events = recordEvents(thomas);
    thomas.sendCommand(commands.getVisitors());
    thomas.sendCommand(commands.startVisitorEvents());
    await settle();
    assert.deepEqual(errorsOf(events.events), ['Access denied', 'Access denied']);
    assert.deepEqual(visitorIds(thomas), []);
  });
});

describe('throttle mode', () => {
  it('switches a busy site to a visitorbatch every 8 seconds, and back to single events when the load drops', async () => {
    const { clock, server, world, traffic } = setup((world) => {
      const site = world.site(1);
      if (site) site.throttleAtVisitors = 6;
    });
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    thomas.sendCommand(commands.getVisitors());
    thomas.sendCommand(commands.startVisitorEvents());
    await settle();
    const events = recordEvents(thomas);
    const arrive = (n: number) => traffic.visitorArrives({ siteKey: 1, ip: `203.0.113.${n}`, trackingId: `${n}.1`, page: 'index.htm' });
    const idOf = (n: number) => `1:203.0.113.${n}:${n}.1`;

    for (const n of [1, 2, 3]) arrive(n);
    await settle();
    assert.equal(only(events.events, 'visitor').length, 3, 'five visitors: single events');
    assert.equal(traffic.isThrottled(1), false);

    arrive(4);
    arrive(5);
    traffic.visitorViewsPage(idOf(1), 'contact.htm');
    arrive(6);
    traffic.visitorLeavesSite(idOf(6));
    traffic.visitorLeavesSite(idOf(2));
    await settle();
    assert.equal(traffic.isThrottled(1), true, 'the sixth visitor reached the threshold');
    assert.equal(only(events.events, 'visitor').length, 3, 'no single events while throttled');
    assert.equal(only(events.events, 'visitorremove').length, 0);

    await advance(clock, 7_999);
    assert.equal(only(events.events, 'visitorbatch').length, 0, 'not before 8 seconds');
    await advance(clock, 1);
    const [batch] = only(events.events, 'visitorbatch');
    assert.ok(batch);
    assert.deepEqual(batch.payload.updates.map((visitor) => visitor.id).sort(), [idOf(1), idOf(4), idOf(5)].sort());
    assert.deepEqual([...batch.payload.removes].sort(), [idOf(2), idOf(6)].sort());
    assert.deepEqual(visitorIds(thomas), [...world.visitors.keys()].sort(), 'the store matches the server after the batch');
    assert.equal(state(thomas).visitors[idOf(1)]?.page, 'contact.htm');

    await advance(clock, 8_000);
    assert.equal(only(events.events, 'visitorbatch').length, 1, 'no batch when nothing changed');

    for (const n of [1, 3, 4]) traffic.visitorLeavesSite(idOf(n));
    await advance(clock, 8_000);
    assert.equal(only(events.events, 'visitorbatch').length, 2);
    assert.equal(traffic.isThrottled(1), false, 'four visitors: below 90% of the threshold');
    assert.deepEqual(visitorIds(thomas), [...world.visitors.keys()].sort());

    arrive(7);
    await settle();
    assert.equal(only(events.events, 'visitor').at(-1)?.payload.visitor.id, idOf(7), 'single events again');
    await advance(clock, 16_000);
    assert.equal(only(events.events, 'visitorbatch').length, 2, 'the batch timer stopped');
  });
});

describe('traffic totals and summaries', () => {
  it('sends ct about every 8 seconds, only when the totals changed', async () => {
    const { clock, server, traffic } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const events = recordEvents(thomas);
    thomas.sendCommand(commands.getCt());
    thomas.sendCommand(commands.startCurrentVisitorTotalsEvents());
    await settle();
    assert.deepEqual(state(thomas).summaries.currentVisitors, { 1: 2, 2: 1 });
    await advance(clock, 8_000);
    assert.equal(only(events.events, 'ct').length, 1, 'only the GetCT answer: nothing changed');

    traffic.visitorArrives({ siteKey: 2, ip: '192.0.2.1', trackingId: '1.1', page: 'help.htm' });
    await advance(clock, 8_000);
    assert.equal(only(events.events, 'ct').length, 2);
    assert.deepEqual(state(thomas).summaries.currentVisitors, { 1: 2, 2: 2 });
    await advance(clock, 8_000);
    assert.equal(only(events.events, 'ct').length, 2);

    thomas.sendCommand(commands.stopCurrentVisitorTotalsEvents());
    await settle();
    traffic.visitorArrives({ siteKey: 2, ip: '192.0.2.2', trackingId: '2.2', page: 'help.htm' });
    await advance(clock, 8_000);
    assert.equal(only(events.events, 'ct').length, 2, 'stopped');
  });

  it('counts today’s visits and chats into the live day summary', async () => {
    const { clock, server, traffic } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    thomas.sendCommand(commands.getDaySummary());
    await settle();
    const before = state(thomas).summaries.days[1];
    assert.ok(before);
    assert.equal(before.dated, wireDay(clock.now()));
    assert.equal(before.current, 2);

    traffic.visitorArrives({ siteKey: 1, ip: '203.0.113.80', trackingId: '80.1', page: 'index.htm' });
    traffic.visitorViewsPage('1:203.0.113.80:80.1', 'pricing.htm');
    const side = visitorSide(server);
    const chatUid = side.startChat({ siteKey: 1, name: 'Kofi', ip: '203.0.113.80', trackingId: '80.1' });
    await advance(clock, 5_000);
    thomas.accept(chatUid);
    await settle();
    side.visitorSays(chatUid, 'Hello, do you deliver to Ireland?');
    thomas.sendMessage(chatUid, 'Yes we do.');
    await advance(clock, 60_000);
    thomas.close(chatUid);
    await settle();

    thomas.sendCommand(commands.getDaySummary());
    await settle();
    const after = state(thomas).summaries.days[1];
    assert.ok(after);
    assert.equal(after.current, 3);
    assert.equal(after.total, before.total + 1);
    assert.equal(after.new, before.new + 1);
    assert.equal(after.views, before.views + 2);
    assert.equal(after.chats, before.chats + 1);
    assert.equal(after.chatsLines, before.chatsLines + 2);
    assert.equal(after.chatsOnTime, before.chatsOnTime + 1, 'taken within the 20-second SLA warning');
    assert.equal(after.waitSecs, before.waitSecs + 5);
    assert.ok(after.chatSecs >= before.chatSecs + 65);
    assert.equal(after.peak, 3);
  });

  it('answers GetDaySummary for a past date and GetMonthSummary with the last three months without today', async () => {
    const { clock, server, world } = setup();
    const today = wireDay(clock.now());
    const old = wireDay(clock.now() - 100 * 86_400_000);
    const template = world.daySummaries.find((summary) => summary.siteKey === 1);
    if (template) world.daySummaries.unshift({ ...template, dated: old });
    const gap = wireDay(clock.now() - 10 * 86_400_000);
    world.daySummaries.splice(world.daySummaries.findIndex((summary) => summary.siteKey === 1 && summary.dated === gap), 1);
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    thomas.sendCommand(commands.getMonthSummary(1));
    await settle();
    const days = state(thomas).summaries.months[1] ?? [];
    const dates = days.map((day) => day.dated);
    assert.deepEqual([...dates].sort(), dates, 'in date order');
    assert.ok(!dates.includes(today), 'today is not in the month summary');
    assert.equal(dates.at(-1), wireDay(clock.now() - 86_400_000), 'yesterday is');
    assert.ok(!dates.includes(gap), 'a day the server did not run is a gap');
    const start = monthSummaryStart(today);
    assert.ok((dates[0] ?? '') >= start, 'three months at most');
    assert.ok(!dates.includes(old), 'older days are left out');
    const expected = world.daySummaries
      .filter((summary) => summary.siteKey === 1 && summary.dated >= start && summary.dated < today)
      .map((summary) => summary.dated)
      .sort();
    assert.deepEqual(dates, expected);

    const yesterday = wireDay(clock.now() - 86_400_000);
    thomas.sendCommand(commands.getDaySummary(yesterday));
    await settle();
    const stored = world.daySummaries.find((summary) => summary.siteKey === 1 && summary.dated === yesterday);
    assert.equal(state(thomas).summaries.days[1]?.total, stored?.total);
  });

  it('lists the visits of a day and details any of them, returning visitors numbered', async () => {
    const { clock, server, world, traffic } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    traffic.visitorArrives({ siteKey: 1, ip: '203.0.113.90', trackingId: '90.1', page: 'index.htm' });
    await advance(clock, 30_000);
    traffic.visitorLeavesSite('1:203.0.113.90:90.1');
    await advance(clock, 60_000);
    traffic.visitorArrives({ siteKey: 1, ip: '203.0.113.90', trackingId: '90.1', page: 'pricing.htm' });
    const today = wireDay(clock.now());
    thomas.sendCommand(commands.getVisitList(1, today));
    await settle();
    const list = state(thomas).visitLists[`1:${today}`] ?? [];
    const returning = list.filter((visit) => visit.ip === '203.0.113.90');
    assert.deepEqual(returning.map((visit) => visit.visitNo), [1, 2]);
    assert.equal(returning[0]?.duration, 30);
    assert.equal(returning[1]?.visits, 2);

    const key = { siteKey: 1, ip: '203.0.113.90', trackingId: '90.1' };
    thomas.sendCommand(commands.getVisit(key, 1));
    thomas.sendCommand(commands.getVisit(key, 2));
    await settle();
    assert.equal(state(thomas).visitDetails['1:203.0.113.90:90.1:1']?.firstPage, 'index.htm');
    assert.equal(state(thomas).visitDetails['1:203.0.113.90:90.1:2']?.firstPage, 'pricing.htm');
    assert.equal(state(thomas).visitDetails['1:203.0.113.90:90.1:2']?.totalVisits, 2);

    const yesterday = wireDay(clock.now() - 86_400_000);
    thomas.sendCommand(commands.getVisitList(2, yesterday));
    await settle();
    const past = state(thomas).visitLists[`2:${yesterday}`] ?? [];
    const summary = world.daySummaries.find((item) => item.siteKey === 2 && item.dated === yesterday);
    assert.equal(past.length, summary?.total, 'as many visits as the day summary counted');
    assert.equal(past.filter((visit) => visit.chatted).length, summary?.chats);
    const pick = past[3];
    assert.ok(pick);
    thomas.sendCommand(commands.getVisit({ siteKey: 2, ip: pick.ip, trackingId: pick.trackingId }, pick.visitNo));
    await settle();
    assert.ok(state(thomas).visitDetails[`2:${pick.ip}:${pick.trackingId}:${pick.visitNo}`], 'a listed past visit has detail');
  });
});

describe('monthSummaryStart', () => {
  it('goes back three calendar months, clamping to the month’s last day', () => {
    assert.equal(monthSummaryStart('2024-05-15'), '2024-02-15');
    assert.equal(monthSummaryStart('2024-05-31'), '2024-02-29');
    assert.equal(monthSummaryStart('2024-01-10'), '2023-10-10');
  });
});

describe('visitor and traffic events on the wire', () => {
  const spec = (title: string): unknown => {
    const example = specEventExamples.find((candidate) => candidate.title === title);
    assert.ok(example, title);
    return JSON.parse(example.json) as unknown;
  };
  const keys = (value: unknown): string[] => Object.keys((Array.isArray(value) ? value[0] : value) as object).sort();
  const dataOf = (frame: unknown): unknown => (frame as { Data: unknown }).Data;

  it('carry the params and fields of the spec’s examples', async () => {
    const { clock, server, traffic } = setup((world) => {
      const site = world.site(1);
      if (site) site.throttleAtVisitors = 4;
    });
    const thomas = await RawClient.login(server, DEMO_OPERATORS.thomas);
    const visitors = (await thomas.run('GetVisitors')).find((event) => event.EventName === 'visitors');
    assert.ok(visitors && 'Header' in visitors, 'visitors carries Header, as the spec shows it');
    assert.deepEqual(keys(visitors.Data), keys(dataOf(spec('Visitors (Event)'))));
    await thomas.run('StartVisitorEvents');

    traffic.visitorArrives({ siteKey: 2, ip: '192.0.2.9', trackingId: '9.1', page: 'help.htm' });
    traffic.visitorLeavesSite('2:192.0.2.9:9.1');
    await settle();
    const visitor = thomas.last('visitor');
    assert.deepEqual(visitor?.Params, ['2:192.0.2.9:9.1']);
    assert.deepEqual(keys(visitor?.Data), keys(dataOf(spec('Visitor (Event)'))));
    const removed = thomas.last('visitorremove');
    assert.deepEqual([removed?.Params, removed?.Data], [['2:192.0.2.9:9.1'], '']);

    traffic.visitorArrives({ siteKey: 1, ip: '203.0.113.1', trackingId: '1.1', page: 'index.htm' });
    traffic.visitorArrives({ siteKey: 1, ip: '203.0.113.2', trackingId: '2.1', page: 'index.htm' });
    traffic.visitorLeavesSite('1:203.0.113.1:1.1');
    clock.advance(8_000);
    await settle();
    const batch = thomas.last('visitorbatch');
    assert.deepEqual(batch?.Params, []);
    assert.deepEqual(Object.keys(batch?.Data as object).sort(), ['removes', 'updates']);
    const { updates, removes } = batch?.Data as { updates: unknown[]; removes: unknown[] };
    assert.deepEqual(keys(updates), keys(dataOf(spec('Visitor (Event)'))));
    assert.deepEqual(removes, ['1:203.0.113.1:1.1']);

    const detail = (await thomas.run('GetVisit', ['1', '203.0.113.2', '2.1', '1'])).find((event) => event.EventName === 'visitdetail');
    assert.deepEqual(detail?.Params, ['1', '203.0.113.2', '2.1', '1']);
    assert.deepEqual(keys(detail?.Data), keys(dataOf(spec('VisitDetail (Event)'))));
    const today = wireDay(clock.now());
    const list = (await thomas.run('GetVisitList', ['1', today])).find((event) => event.EventName === 'visitlist');
    assert.deepEqual(list?.Params, ['1', today]);
    assert.deepEqual(keys(list?.Data), keys(dataOf(spec('VisitList (Event)'))));
    const day = (await thomas.run('GetDaySummary')).find((event) => event.EventName === 'daysummary');
    assert.deepEqual(keys(day?.Data), keys(dataOf(spec('DaySummary (Event)'))));
    const month = (await thomas.run('GetMonthSummary', ['1'])).find((event) => event.EventName === 'monthsummary');
    assert.deepEqual(month?.Params, ['1']);
    assert.deepEqual(keys(month?.Data), keys(dataOf(spec('MonthySummary (Event)'))));
    const ct = (await thomas.run('GetCT')).find((event) => event.EventName === 'ct');
    assert.deepEqual(ct?.Data, [
      { SiteKey: 1, Visitors: 3 },
      { SiteKey: 2, Visitors: 1 },
    ]);
  });
});

describe('visitors over a real WebSocket', () => {
  let sim: WsSim | undefined;
  after(async () => sim?.stop());

  it('lists visitors and follows an arrival over ws://', async () => {
    sim = await startWsSim({ seed: 3 });
    const { server } = sim;
    const session = await sim.login(DEMO_OPERATORS.martin);
    session.sendCommand(commands.getVisitors());
    session.sendCommand(commands.startVisitorEvents());
    await until(() => Object.keys(session.store.getState().visitors).length === 2, 'the visitors list');
    visitorTraffic(server).visitorArrives({ siteKey: 1, ip: '203.0.113.200', trackingId: '200.1', page: 'index.htm' });
    await until(() => session.store.getState().visitors['1:203.0.113.200:200.1'] !== undefined, 'the visitor event');
  });
});
