/**
 * Server-wide administration: the system administrator's commands (GetServerSettings,
 * SaveServerSettings, GetLog -> `firstlog`, and a `log` event for every new log line while
 * they are connected), reports (GetReports, ExecuteReport -> `reportdata`, computed from
 * the day summaries), and ClearBlacklist (administrators) -> `accepted`.
 */

import { reportColumns, reportCsv, ReportError } from '../report-runner.js';
import type { OperatorConnection, SimServer } from '../server.js';
import { visitorTraffic } from '../visitor-traffic.js';
import { wireDay } from '../wire.js';
import type { JsonObject, ServerLogLine, World } from '../world.js';
import {
  jsonParam,
  parseDay,
  parseSiteKeyList,
  requireAdministrator,
  requireRight,
  requireSystemAdministrator,
  siteKeyParam,
} from './command-checks.js';
import type { CommandContext, HandlerTable } from './registry.js';

/** A log line as the spec's FirstLog shows it: "2024-02-23:16:36:58 text". */
export function formatLogLine(line: ServerLogLine): string {
  const iso = new Date(line.dated).toISOString();
  return `${iso.slice(0, 10)}:${iso.slice(11, 19)} ${line.text}`;
}

/** Today's log, one line per LF. */
export function todaysLog(world: World): string {
  const today = wireDay(world.now());
  return world.log
    .filter((line) => wireDay(line.dated) === today)
    .map(formatLogLine)
    .join('\n');
}

const LOG_LISTENER = 'admin:log';

/**
 * Sends each new log line to the connected system administrator, from the end of their
 * post-login sequence on (a `log` before `connected` would interleave with it).
 */
export function installLogEvents(server: SimServer): void {
  const world = server.world;
  const append = world.appendLog.bind(world);
  world.appendLog = (text: string): void => {
    append(text);
    const line = world.log.at(-1);
    if (line === undefined) return;
    for (const conn of server.operators()) {
      if (conn.extras.get(LOG_LISTENER) === true) conn.send('log', null, formatLogLine(line));
    }
  };
  server.onLogin((conn: OperatorConnection) => {
    if (conn.isSystemAdministrator) conn.extras.set(LOG_LISTENER, true);
  });
}

function saveServerSettings(ctx: CommandContext): void {
  if (!requireSystemAdministrator(ctx)) return;
  const json = jsonParam(ctx, 'server settings');
  if (json === null) return;
  const { server, world, conn } = ctx;
  const authString = json['AuthenticationString'];
  if (authString !== undefined && (typeof authString !== 'string' || authString.trim() === '')) {
    server.error(conn, 'SaveServerSettings: AuthenticationString cannot be blank');
    return;
  }
  const numbers = ['MinimumPasswordLength', 'ThrottleSendEverySeconds', 'BlackListAfter', 'BlackListRetrySeconds', 'BlackListClearAfterMinutes'];
  const bad = numbers.filter((name) => name in json && (typeof json[name] !== 'number' || (json[name] as number) < 0));
  if (bad.length > 0) {
    server.error(conn, `SaveServerSettings: ${bad.join(', ')} must be numbers of 0 or more`);
    return;
  }
  world.serverSettings = { ...world.serverSettings, ...json };
  if (typeof authString === 'string') world.authString = authString.trim();
  world.appendLog(`Server settings saved by ${conn.username}`);
  conn.send('serversettings', null, world.serverSettings);
}

function reportsFor(world: World, conn: OperatorConnection): JsonObject[] {
  return world.reports.filter((report) => {
    const keys = parseSiteKeyList(typeof report['SiteKeys'] === 'string' ? report['SiteKeys'] : '') ?? [];
    return keys.length === 0 || keys.some((key) => conn.canAccessSite(key));
  });
}

function executeReport(ctx: CommandContext): void {
  if (!requireRight(ctx, 'canViewReports')) return;
  const { server, world, conn, params } = ctx;
  const reportId = (params[0] ?? '').trim();
  const report = reportsFor(world, conn).find((item) => item['_id'] === reportId);
  if (report === undefined) {
    server.error(conn, `ExecuteReport: no report with _id "${reportId}"`);
    return;
  }
  const siteKey = siteKeyParam(ctx, 1);
  if (siteKey === null) return;
  const from = parseDay(params[2]);
  const to = parseDay(params[3]);
  if (from === null || to === null || from > to) {
    server.error(conn, 'ExecuteReport: From Date and To Date must be yyyy-mm-dd dates, the first not after the second');
    return;
  }
  const started = server.clock.now();
  let columns;
  try {
    columns = reportColumns(typeof report['SQL'] === 'string' ? report['SQL'] : '');
  } catch (cause) {
    if (!(cause instanceof ReportError)) throw cause;
    server.error(conn, `ExecuteReport: report "${String(report['Name'] ?? reportId)}" cannot run: ${cause.message}`);
    return;
  }
  const traffic = visitorTraffic(server);
  const today = wireDay(world.now());
  const maxRows = typeof report['MaxRows'] === 'number' && report['MaxRows'] > 0 ? report['MaxRows'] : 1000;
  const days = world.daySummaries
    .filter((summary) => summary.siteKey === siteKey && summary.dated >= from && summary.dated <= to)
    .map((summary) => (summary.dated === today ? traffic.liveSummary(siteKey) : summary))
    .slice(0, maxRows);
  conn.send('reportdata', null, {
    ReportId: reportId,
    SiteKey: siteKey,
    FromDate: `${from}T00:00:00`,
    ToDate: `${to}T00:00:00`,
    ColumnNames: columns.map((column) => column.name),
    ColumnTypes: columns.map((column) => column.type),
    ExecuteMs: Math.max(1, server.clock.now() - started),
    DataCSV: reportCsv(columns, days),
  });
}

export const serverAdminHandlers: HandlerTable = {
  GetServerSettings: (ctx) => {
    if (requireSystemAdministrator(ctx)) ctx.conn.send('serversettings', null, ctx.world.serverSettings);
  },
  SaveServerSettings: saveServerSettings,
  GetLog: (ctx) => {
    if (requireSystemAdministrator(ctx)) ctx.conn.send('firstlog', null, todaysLog(ctx.world));
  },
  GetReports: (ctx) => {
    if (requireRight(ctx, 'canViewReports')) ctx.conn.send('reports', null, reportsFor(ctx.world, ctx.conn));
  },
  ExecuteReport: executeReport,
  ClearBlacklist: (ctx) => {
    if (!requireAdministrator(ctx)) return;
    ctx.server.clearTemporaryBlacklist();
    ctx.world.appendLog(`Temporary blacklist cleared by ${ctx.conn.username}`);
    ctx.conn.send('accepted', null, null);
  },
};
