/**
 * Visitor and traffic commands: the live visitor list and its events (throttled into
 * `visitorbatch` on busy sites, see src/sim/visitor-traffic.ts), visit detail, visit
 * lists, day and month summaries, and current visitor totals (`ct`).
 *
 * Rights: Can View Active Visitors for the live list and its events; Can View Daily
 * Summary (site visitor totals) for summaries and totals; everything by the user's sites.
 */

import { emptyDaySummary, visitorTraffic, type VisitEntry, type VisitorTraffic } from '../visitor-traffic.js';
import { wireDate, wireDay, wireDaySummary, wireVisitDetail, wireVisitor } from '../wire.js';
import type { JsonObject, VisitorRecord } from '../world.js';
import { parseDay, requireRight, siteKeyParam } from './command-checks.js';
import type { CommandContext, HandlerFamily } from './registry.js';

function traffic(ctx: CommandContext): VisitorTraffic {
  return visitorTraffic(ctx.server);
}

/** One `visitlist` item. */
function wireVisitListEntry(all: VisitorTraffic, entry: VisitEntry): JsonObject {
  const { visit } = entry;
  const visits = all.visitsBy(visit.siteKey, visit.ip, visit.trackingId);
  const lastDate = visits.reduce((latest, other) => Math.max(latest, other.sessionStarted), visit.sessionStarted);
  const end = entry.leftAt ?? visit.lastActivity;
  return {
    SiteKey: visit.siteKey,
    IP: visit.ip,
    TrackingId: visit.trackingId,
    Loc: visit.location,
    DNS: visit.dns === visit.ip ? '' : visit.dns,
    Name: visit.name || visit.contact.name,
    Company: visit.contact.company,
    Email: visit.email || visit.contact.email,
    Chatted: visit.chatting,
    VisitNo: visit.visitNo,
    VisitDate: wireDate(visit.sessionStarted),
    Visits: Math.max(visit.totalVisits, visit.visitNo),
    Views: visit.pages.length,
    Duration: Math.max(0, Math.floor((end - visit.sessionStarted) / 1000)),
    Page: visit.pages[0]?.name ?? '',
    FirstDate: wireDate(visit.firstVisit),
    LastDate: wireDate(lastDate),
    OS: visit.os,
    Browser: visit.browser,
    Referrer: visit.referrer,
  };
}

/** The first day of the month summary: the same day three calendar months back. */
export function monthSummaryStart(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - 3);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return wireDay(date.getTime());
}

function getVisit(ctx: CommandContext): void {
  const siteKey = siteKeyParam(ctx);
  if (siteKey === null) return;
  const { server, conn, params } = ctx;
  const ip = (params[1] ?? '').trim();
  const trackingId = (params[2] ?? '').trim();
  const visitNoText = (params[3] ?? '').trim();
  const visitNo = visitNoText === '' ? 0 : Number(visitNoText);
  if (ip === '' || !Number.isInteger(visitNo) || visitNo < 0) {
    server.error(conn, 'GetVisit: expected SiteKey, IP address, tracking id and visit number');
    return;
  }
  const visit: VisitorRecord | undefined = traffic(ctx).findVisit(siteKey, ip, trackingId, visitNo);
  if (visit === undefined) {
    const which = visitNo === 0 ? 'no visit' : `no visit number ${visitNo}`;
    server.error(conn, `GetVisit: ${which} of visitor ${siteKey}:${ip}:${trackingId}`);
    return;
  }
  conn.send(
    'visitdetail',
    [String(siteKey), ip, trackingId, String(visit.visitNo)],
    wireVisitDetail(ctx.world, visit, 'Chatted'),
  );
}

function getVisitList(ctx: CommandContext): void {
  const siteKey = siteKeyParam(ctx);
  if (siteKey === null) return;
  const day = parseDay(ctx.params[1]);
  if (day === null) {
    ctx.server.error(ctx.conn, `GetVisitList: "${ctx.params[1] ?? ''}" is not a yyyy-mm-dd date`);
    return;
  }
  const all = traffic(ctx);
  ctx.conn.send(
    'visitlist',
    [String(siteKey), day],
    all.visitsOn(siteKey, day).map((entry) => wireVisitListEntry(all, entry)),
  );
}

function getDaySummary(ctx: CommandContext): void {
  if (!requireRight(ctx, 'canViewDailySummary')) return;
  const { server, world, conn, params } = ctx;
  const dateText = (params[0] ?? '').trim();
  const day = dateText === '' ? wireDay(world.now()) : parseDay(dateText);
  if (day === null) {
    server.error(conn, `GetDaySummary: "${dateText}" is not a yyyy-mm-dd date`);
    return;
  }
  const all = traffic(ctx);
  const summaries = world.sites
    .filter((site) => conn.canAccessSite(site.siteKey))
    .map((site) => all.summaryOn(site.siteKey, day) ?? emptyDaySummary(site.siteKey, day));
  conn.send('daysummary', null, summaries.map((summary) => wireDaySummary(summary)));
}

function getMonthSummary(ctx: CommandContext): void {
  if (!requireRight(ctx, 'canViewDailySummary')) return;
  const siteKey = siteKeyParam(ctx);
  if (siteKey === null) return;
  const today = wireDay(ctx.world.now());
  const from = monthSummaryStart(today);
  // Only days with a stored summary: a day the server was not running is a gap, as the spec allows.
  const days = ctx.world.daySummaries
    .filter((summary) => summary.siteKey === siteKey && summary.dated >= from && summary.dated < today)
    .sort((a, b) => a.dated.localeCompare(b.dated));
  ctx.conn.send(
    'monthsummary',
    [String(siteKey)],
    days.map((summary) => wireDaySummary(summary, false)),
  );
}

export const visitorsFamily: HandlerFamily = {
  name: 'visitors',
  handlers: {
    GetVisitors: (ctx) => {
      if (!requireRight(ctx, 'canViewActiveVisitors')) return;
      ctx.conn.send('visitors', null, traffic(ctx).visitorsFor(ctx.conn).map(wireVisitor), 'Header');
    },
    StartVisitorEvents: (ctx) => {
      if (requireRight(ctx, 'canViewActiveVisitors')) traffic(ctx).startVisitorEvents(ctx.conn);
    },
    StopVisitorEvents: (ctx) => traffic(ctx).stopVisitorEvents(ctx.conn),
    GetVisit: getVisit,
    GetVisitList: getVisitList,
    GetDaySummary: getDaySummary,
    GetMonthSummary: getMonthSummary,
    GetCT: (ctx) => {
      if (requireRight(ctx, 'canViewDailySummary')) ctx.conn.send('ct', null, traffic(ctx).currentTotals(ctx.conn));
    },
    StartCurrentVisitorTotalsEvents: (ctx) => {
      if (requireRight(ctx, 'canViewDailySummary')) traffic(ctx).startTotalsEvents(ctx.conn);
    },
    StopCurrentVisitorTotalsEvents: (ctx) => traffic(ctx).stopTotalsEvents(ctx.conn),
  },
  // The population exists from the start: it follows chats and counts today's traffic.
  install: (server) => {
    visitorTraffic(server);
  },
};
