/**
 * `npm run bench`: measures the kit on this machine against a plain-DOM page doing the
 * same job in the same browser, and prints one table (also written as Markdown to
 * scripts/bench/last-run.md). Timings are reported, not asserted.
 *
 *   npm run bench [-- --no-build] [-- --load] [-- --quick] [-- --no-peers]
 *
 * --no-build  use dist/ as it is (default: `npm run build` first)
 * --load      also run the simulator's 500-operator load bench (~60 s)
 * --quick     fewer repeats and shorter windows, for working on the bench itself
 * --no-peers  skip installing and bundling the peer packages
 *
 * Pages: scripts/bench/page/{kit,plain}.html, served from 127.0.0.1. The kit page loads
 * only dist/whoson-elements.bundle.min.js and drives the elements through the WhosOn wire
 * protocol (a scripted WebSocket in the page); the plain page JSON.parses the same frame
 * strings and keeps the same DOM by hand.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, platform, arch } from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { chromiumFlags, findChromium } from '../find-chromium.mjs';
import type { IngestResult } from './ingest.js';
import { startBenchServer } from './server.js';
import { measureSizes, sizeBudgets } from './sizes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: flags } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    load: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    'no-peers': { type: 'boolean', default: false },
  },
});

const CHATS = 5000;
const LINES = 10_000;
const plan = flags.quick
  ? { chatChanged: 10, chatChangedBudgetMs: 4000, messages: 6, messagesBudgetMs: 4000, firstRenders: 1, idleMs: 3000, burst: 200, burstDeadlineMs: 10_000, followMs: 3000 }
  : { chatChanged: 40, chatChangedBudgetMs: 12_000, messages: 30, messagesBudgetMs: 12_000, firstRenders: 3, idleMs: 10_000, burst: 1000, burstDeadlineMs: 25_000, followMs: 3000 };

type Variant = 'kit' | 'plain';
const variants: Variant[] = ['kit', 'plain'];
const started = performance.now();
const log = (line: string): void => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);

// ------------------------------------------------------------------ statistics

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}
const median = (values: readonly number[]): number => quantile(values, 0.5);

// ------------------------------------------------------------------ browser plumbing

interface BenchPage {
  page: Page;
  cdp: CDPSession;
  setup: { setupMs: number; rows: number; lines: number };
  close(): Promise<void>;
}

interface StartOptions {
  chats: number;
  list: boolean;
  pane: boolean;
  lines: number;
}

/** A fresh page in a browser context of its own (its own renderer: heap and metrics are its alone). */
async function openBench(browser: Browser, origin: string, variant: Variant, options: StartOptions): Promise<BenchPage> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(errorText(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text().slice(0, 300));
    });
    await page.goto(`${origin}/bench/${variant}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { bench?: { ready: boolean } }).bench?.ready === true, { timeout: 30_000 });
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const setup = await callBench<BenchPage['setup']>(page, 'start', options).catch((error: unknown) => {
      throw new Error(`${errorText(error)}${problems.length > 0 ? ` (page: ${problems.join('; ')})` : ''}`);
    });
    return { page, cdp, setup, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

function callBench<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    (name, list) => (window as unknown as { bench: Record<string, (...a: unknown[]) => unknown> }).bench[name]!(...list),
    method,
    args,
  ) as Promise<T>;
}

/** Seconds the page's main thread spent running tasks so far (CDP Performance.getMetrics). */
async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN;
}

/** Main-thread busy time over a window of `ms`, in ms. */
async function busyOver(cdp: CDPSession, ms: number): Promise<{ busyMs: number; wallMs: number }> {
  const before = await taskSeconds(cdp);
  const t0 = performance.now();
  await sleep(ms);
  const after = await taskSeconds(cdp);
  return { busyMs: (after - before) * 1000, wallMs: performance.now() - t0 };
}

/** Waits until the page's main thread is quiet (under 5 % busy over half a second); false if it never is. */
async function waitForIdle(cdp: CDPSession, maxMs: number): Promise<boolean> {
  const deadline = performance.now() + maxMs;
  while (performance.now() < deadline) {
    const { busyMs, wallMs } = await busyOver(cdp, 500);
    if (busyMs < wallMs * 0.05) return true;
  }
  return false;
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** The longest top-level task on the busiest renderer main thread of a trace, and how many ran over 50 ms. */
function longestTask(trace: Uint8Array | undefined): { longestMs: number; over50: number } {
  if (!trace) return { longestMs: NaN, over50: NaN };
  const { traceEvents } = JSON.parse(Buffer.from(trace).toString('utf8')) as { traceEvents: TraceEvent[] };
  const mainThreads = new Set(
    traceEvents.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`),
  );
  const tasksByThread = new Map<string, number[]>();
  for (const event of traceEvents) {
    if (event.ph !== 'X' || event.dur === undefined) continue;
    if (event.name !== 'ThreadControllerImpl::RunTask' && event.name !== 'RunTask') continue;
    const thread = `${event.pid}:${event.tid}`;
    if (!mainThreads.has(thread)) continue;
    let tasks = tasksByThread.get(thread);
    if (!tasks) tasksByThread.set(thread, (tasks = []));
    tasks.push(event.dur / 1000);
  }
  let busiest: number[] = [];
  for (const tasks of tasksByThread.values()) {
    if (tasks.reduce((a, b) => a + b, 0) > busiest.reduce((a, b) => a + b, 0)) busiest = tasks;
  }
  return { longestMs: busiest.length > 0 ? Math.max(...busiest) : NaN, over50: busiest.filter((ms) => ms > 50).length };
}

// ------------------------------------------------------------------ the measures

interface Timing {
  ms: number;
  layoutMs: number;
  kind?: string;
}

interface ListResults {
  setupMs: number;
  chatChanged?: Timing[];
  idle?: { busyMs: number; wallMs: number };
  burst?: { frames: number; handled: number; drainMs: number; longTasks: number[]; longestMs: number; over50: number };
  errors: string[];
}

async function listPage(browser: Browser, origin: string, variant: Variant): Promise<ListResults> {
  const bench = await openBench(browser, origin, variant, { chats: CHATS, list: true, pane: false, lines: 0 });
  const results: ListResults = { setupMs: bench.setup.setupMs, errors: [] };
  try {
    try {
      results.chatChanged = await callBench<Timing[]>(bench.page, 'timeChatChanged', plan.chatChanged, plan.chatChangedBudgetMs);
    } catch (error) {
      results.errors.push(`chatchanged: ${errorText(error)}`);
    }
    await sleep(2000);
    results.idle = await busyOver(bench.cdp, plan.idleMs);
    try {
      await callBench(bench.page, 'prepareBurst', plan.burst);
      // Only the top-level task events: the timeline categories slow the page they watch.
      await bench.page.tracing.start({ categories: ['toplevel'] });
      const burst = await callBench<{ frames: number; handled: number; drainMs: number; longTasks: number[] }>(
        bench.page,
        'burst',
        plan.burstDeadlineMs,
      );
      const trace = await bench.page.tracing.stop();
      results.burst = { ...burst, ...longestTask(trace) };
    } catch (error) {
      results.errors.push(`burst: ${errorText(error)}`);
    }
  } finally {
    await bench.close();
  }
  return results;
}

interface PaneResults {
  setupMs: number;
  lines: number;
  messages?: Timing[];
  /**
   * One message and the `followMs` after it: `busyMs` the main thread's work from just
   * before the delivery to the end, `shownMs` the part until its line showed, `followUpMs`
   * what is left beyond the page's idle rate (measured just before, once it was idle).
   */
  follow?: { idle: boolean; idlePercent: number; shownMs: number; busyMs: number; followUpMs: number };
  errors: string[];
}

async function panePage(browser: Browser, origin: string, variant: Variant): Promise<PaneResults> {
  const bench = await openBench(browser, origin, variant, { chats: CHATS, list: false, pane: true, lines: LINES });
  const results: PaneResults = { setupMs: bench.setup.setupMs, lines: bench.setup.lines, errors: [] };
  try {
    try {
      results.messages = await callBench<Timing[]>(bench.page, 'timeMessages', plan.messages, plan.messagesBudgetMs);
    } catch (error) {
      results.errors.push(`message: ${errorText(error)}`);
    }
    try {
      const idle = await waitForIdle(bench.cdp, 15_000);
      const before = await busyOver(bench.cdp, plan.followMs);
      const t0 = performance.now();
      const start = await taskSeconds(bench.cdp);
      const shownMs = await callBench<number>(bench.page, 'oneMessage', 1);
      await sleep(plan.followMs);
      const busyMs = ((await taskSeconds(bench.cdp)) - start) * 1000;
      const wallMs = performance.now() - t0;
      const idleRate = before.busyMs / before.wallMs;
      results.follow = {
        idle,
        idlePercent: idleRate * 100,
        shownMs,
        busyMs,
        followUpMs: busyMs - shownMs - idleRate * wallMs,
      };
    } catch (error) {
      results.errors.push(`follow-up: ${errorText(error)}`);
    }
  } finally {
    await bench.close();
  }
  return results;
}

interface HeapResults {
  /** A few chatchanged timings on this page, where a 10,000-line pane is open beside the list. */
  chatChangedWithPane: Timing[] | string;
  /** The same page before anything started (its scripts loaded). */
  emptyJsBytes: number;
  jsBytes: number;
  domBytes: number | null;
  nodes: number;
  listeners: number;
  rows: number;
  lines: number;
}

/** JS heap after forced GC, in bytes. */
async function jsHeap(cdp: CDPSession): Promise<{ usedSize: number; embedderHeapUsedSize?: number }> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
}

/** The heap of the page with its script loaded and nothing started: what the data adds is the rest. */
async function emptyPageHeap(browser: Browser, origin: string, variant: Variant): Promise<number> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/bench/${variant}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { bench?: { ready: boolean } }).bench?.ready === true, { timeout: 30_000 });
    await sleep(500);
    return (await jsHeap(await page.createCDPSession())).usedSize;
  } finally {
    await context.close();
  }
}

async function heapPage(browser: Browser, origin: string, variant: Variant): Promise<HeapResults> {
  const emptyJsBytes = await emptyPageHeap(browser, origin, variant);
  const bench = await openBench(browser, origin, variant, { chats: CHATS, list: true, pane: true, lines: LINES });
  try {
    await sleep(1500);
    const usage = await jsHeap(bench.cdp);
    const counters = await bench.cdp.send('Memory.getDOMCounters');
    const chatChangedWithPane = await callBench<Timing[]>(bench.page, 'timeChatChanged', 3, 5000).catch(errorText);
    return {
      emptyJsBytes,
      chatChangedWithPane,
      jsBytes: usage.usedSize,
      domBytes: usage.embedderHeapUsedSize ?? null,
      nodes: counters.nodes,
      listeners: counters.jsEventListeners,
      rows: bench.setup.rows,
      lines: bench.setup.lines,
    };
  } finally {
    await bench.close();
  }
}

interface FirstRender extends Timing {
  rows: number;
  rowsLater: number;
}

async function firstRenders(browser: Browser, origin: string, variant: Variant): Promise<FirstRender[]> {
  const results: FirstRender[] = [];
  for (let run = 0; run < plan.firstRenders; run += 1) {
    const bench = await openBench(browser, origin, variant, { chats: 0, list: true, pane: false, lines: 0 });
    try {
      results.push(await callBench<FirstRender>(bench.page, 'firstRender', CHATS));
    } finally {
      await bench.close();
    }
  }
  return results;
}

/** Runs a measure for both variants; a failure is recorded, not fatal. */
async function both<T>(name: string, measure: (variant: Variant) => Promise<T>): Promise<Record<Variant, T | Error>> {
  const out = {} as Record<Variant, T | Error>;
  for (const variant of variants) {
    log(`${name}: ${variant === 'kit' ? 'whoson-elements' : 'plain DOM'} ...`);
    try {
      out[variant] = await measure(variant);
    } catch (error) {
      out[variant] = error instanceof Error ? error : new Error(String(error));
      log(`  failed: ${errorText(error)}`);
    }
  }
  return out;
}

const ok = <T>(value: T | Error | undefined): value is T => value !== undefined && !(value instanceof Error);

// ------------------------------------------------------------------ the table

interface Row {
  measure: string;
  kit: string;
  plain: string;
  ratio: string;
  goal: string;
  met: string;
}

const ms = (value: number): string => (Number.isFinite(value) ? (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`) : 'n/a');
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const times = (a: number, b: number): string => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×` : '—');
const yesNo = (condition: boolean | null): string => (condition === null ? '—' : condition ? 'yes' : 'no');

/** A measure that could not be taken; the reason is in the notes. */
function failed(measure: string, goal: string): Row {
  return { measure, kit: 'error (see notes)', plain: '', ratio: '—', goal, met: '—' };
}

function printTable(rows: Row[]): string {
  const headers: Row = { measure: 'measure', kit: 'whoson-elements', plain: 'plain DOM', ratio: 'ratio', goal: 'goal', met: 'met?' };
  const keys = Object.keys(headers) as Array<keyof Row>;
  const widths = keys.map((key) => Math.max(headers[key].length, ...rows.map((row) => row[key].length)));
  const line = (row: Row): string => keys.map((key, i) => row[key].padEnd(widths[i]!)).join(' | ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

function markdownTable(rows: Row[]): string {
  const escape = (text: string): string => text.replace(/\|/g, '\\|');
  const keys: Array<keyof Row> = ['measure', 'kit', 'plain', 'ratio', 'goal', 'met'];
  return [
    '| measure | whoson-elements | plain DOM | ratio | goal | met? |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${keys.map((key) => escape(row[key])).join(' | ')} |`),
  ].join('\n');
}

// ------------------------------------------------------------------ main

function gitState(): string {
  try {
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--', 'src') !== '';
    return `${head}${dirty ? ' with uncommitted changes in src/' : ''}`;
  } catch {
    return 'unknown';
  }
}

function build(): void {
  if (flags['no-build']) {
    log('--no-build: using dist/ as it is');
    return;
  }
  // `npm run build` empties dist/ before it compiles: check first that it will compile, so
  // sources caught half-way through a change leave the last build in place.
  log('tsc --noEmit -p tsconfig.build.json ...');
  const check = spawnSync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (check.status !== 0) {
    console.error(`${check.stdout}\n${check.stderr}`.trim().split('\n').slice(-20).join('\n'));
    console.error('\nThe sources do not compile, so nothing was built or measured (dist/ is untouched; `--no-build` measures it as it is).');
    process.exit(1);
  }
  log('npm run build ...');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    console.error(`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n'));
    console.error('\nnpm run build failed: nothing was measured.');
    process.exit(1);
  }
}

function runIngest(): IngestResult {
  const frames = flags.quick ? '2000' : '5000';
  const child = spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/bench/ingest.ts'), '--json', '--frames', frames], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (child.status !== 0) throw new Error((child.stderr || child.stdout || 'ingest failed').trim().split('\n').slice(-3).join(' '));
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as IngestResult;
}

/** The simulator's 500-operator load bench, its output passed through and kept for the Markdown. */
function runLoad(): Promise<string> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/bench-sim-load.ts')], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString('utf8');
    });
    child.on('close', (code) => done(code === 0 ? output : `${output}\n(exited with ${code})`));
  });
}

async function main(): Promise<void> {
  build();
  const missing = ['dist/whoson-elements.bundle.min.js', 'dist/define/whoson-session.js'].filter((file) => !existsSync(resolve(root, file)));
  if (missing.length > 0) {
    console.error(`${missing.join(', ')} missing: run \`npm run build\` (or drop --no-build).`);
    process.exit(1);
  }

  log('sizes (esbuild, min+gzip) ...');
  const sizes = await measureSizes({ root, peers: !flags['no-peers'], log });

  log('core ingest (Node) ...');
  let ingest: IngestResult | Error;
  try {
    ingest = runIngest();
  } catch (error) {
    ingest = error instanceof Error ? error : new Error(String(error));
  }

  const chromium = await findChromium();
  const server = await startBenchServer(root);
  const browser = await puppeteer.launch({
    executablePath: chromium.path,
    headless: true,
    protocolTimeout: 180_000,
    args: [...chromiumFlags, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
  });
  const browserVersion = await browser.version();
  let list: Record<Variant, ListResults | Error>;
  let pane: Record<Variant, PaneResults | Error>;
  let heap: Record<Variant, HeapResults | Error>;
  let first: Record<Variant, FirstRender[] | Error>;
  try {
    list = await both('list page (chatchanged, idle, burst)', (variant) => listPage(browser, server.origin, variant));
    pane = await both('pane page (message, follow-up)', (variant) => panePage(browser, server.origin, variant));
    first = await both('first render', (variant) => firstRenders(browser, server.origin, variant));
    heap = await both('heap', (variant) => heapPage(browser, server.origin, variant));
  } finally {
    await browser.close();
    await server.close();
  }

  // ---- rows
  const rows: Row[] = [];
  const notes: string[] = [];
  const note = (text: string): number => notes.push(text);

  {
    const kit = list.kit;
    const plain = list.plain;
    const k = ok(kit) ? kit.chatChanged : undefined;
    const p = ok(plain) ? plain.chatChanged : undefined;
    const label = `one chatchanged → row updated, ${CHATS.toLocaleString('en')} chats listed`;
    if (k && p) {
      const [km, pm] = [median(k.map((t) => t.ms)), median(p.map((t) => t.ms))];
      const [kl, pl] = [median(k.map((t) => t.layoutMs)), median(p.map((t) => t.layoutMs))];
      rows.push({ measure: `${label} (median of ${k.length})`, kit: ms(km), plain: ms(pm), ratio: times(km, pm), goal: '≤ 4 ms', met: yesNo(km <= 4) });
      rows.push({ measure: '  … with layout', kit: ms(kl), plain: ms(pl), ratio: times(kl, pl), goal: '≤ 2× plain DOM', met: yesNo(kl <= 2 * pl) });
      for (const kind of ['waiting', 'colleague']) {
        const kk = k.filter((t) => t.kind === kind);
        const pk = p.filter((t) => t.kind === kind);
        if (kk.length > 0) {
          note(
            `chatchanged on ${kind === 'waiting' ? 'waiting rows' : "colleagues' chats"}: whoson-elements median ${ms(median(kk.map((t) => t.ms)))} (p90 ${ms(quantile(kk.map((t) => t.ms), 0.9))}), ` +
              `with layout ${ms(median(kk.map((t) => t.layoutMs)))}; plain DOM ${ms(median(pk.map((t) => t.ms)))}, with layout ${ms(median(pk.map((t) => t.layoutMs)))} (${kk.length} and ${pk.length} samples).`,
          );
        }
      }
    } else {
      rows.push(failed(label, '≤ 4 ms / ≤ 2× plain DOM with layout'));
    }
  }

  {
    const k = ok(pane.kit) ? pane.kit.messages : undefined;
    const p = ok(pane.plain) ? pane.plain.messages : undefined;
    const label = `one visitor message → line shown, ${LINES.toLocaleString('en')} lines in the pane`;
    if (k && p) {
      const [km, pm] = [median(k.map((t) => t.ms)), median(p.map((t) => t.ms))];
      const [kl, pl] = [median(k.map((t) => t.layoutMs)), median(p.map((t) => t.layoutMs))];
      rows.push({ measure: `${label} (median of ${k.length})`, kit: ms(km), plain: ms(pm), ratio: times(km, pm), goal: '≤ 2 ms', met: yesNo(km <= 2) });
      rows.push({ measure: '  … with layout', kit: ms(kl), plain: ms(pl), ratio: times(kl, pl), goal: 'reported', met: '—' });
      if (k.length < plan.messages) note(`message: whoson-elements took ${k.length} of ${plan.messages} samples within the ${plan.messagesBudgetMs / 1000} s budget.`);
    } else {
      rows.push(failed(label, '≤ 2 ms'));
    }
    const kf = ok(pane.kit) ? pane.kit.follow : undefined;
    const pf = ok(pane.plain) ? pane.plain.follow : undefined;
    if (kf && pf) {
      const kd = Math.max(0, kf.followUpMs);
      const pd = Math.max(0, pf.followUpMs);
      rows.push({
        measure: `  … main-thread busy in the ${plan.followMs / 1000} s after the line showed`,
        kit: kf.idle ? ms(kd) : `${ms(kd)} (never idle)`,
        plain: pf.idle ? ms(pd) : `${ms(pd)} (never idle)`,
        ratio: times(kd, pd),
        goal: 'no follow-up work (≤ plain DOM + 10 ms)',
        met: yesNo(kf.idle && kd <= pd + 10),
      });
      for (const [variant, f] of [['whoson-elements', kf], ['plain DOM', pf]] as const) {
        note(
          `Follow-up after one message (${variant}): main thread busy ${ms(f.busyMs)} from the delivery to ${plan.followMs / 1000} s after, of which ${ms(f.shownMs)} until the line showed; ` +
            `idle rate before ${f.idlePercent.toFixed(2)} %${f.idle ? '' : ' (the page did not become idle within 15 s, so this is not a clean measure)'}.`,
        );
      }
    }
    for (const variant of variants) {
      const result = pane[variant];
      if (ok(result)) note(`Pane page setup (${variant}): login + ${LINES.toLocaleString('en')}-line currentchat shown in ${ms(result.setupMs)}; ${result.lines.toLocaleString('en')} line elements in the DOM.`);
    }
  }

  {
    const label = `first render of a ${CHATS.toLocaleString('en')}-chat chatting list (with layout)`;
    if (ok(first.kit) && ok(first.plain)) {
      const kl = median(first.kit.map((t) => t.layoutMs));
      const pl = median(first.plain.map((t) => t.layoutMs));
      rows.push({ measure: `${label} (median of ${first.kit.length})`, kit: ms(kl), plain: ms(pl), ratio: times(kl, pl), goal: '≤ 1.5× plain DOM', met: yesNo(kl <= 1.5 * pl) });
      note(
        `First render without the forced layout: whoson-elements ${ms(median(first.kit.map((t) => t.ms)))}, plain DOM ${ms(median(first.plain.map((t) => t.ms)))}. ` +
          `Rows in the DOM when first shown: ${first.kit[0]!.rows} (whoson-elements, ${first.kit[0]!.rowsLater} 200 ms later) vs ${first.plain[0]!.rows} (plain DOM).`,
      );
    } else {
      rows.push(failed(label, '≤ 1.5× plain DOM'));
    }
  }

  if (ok(ingest)) {
    rows.push({
      measure: `core ingest (decode + reduce), ${ingest.frames.toLocaleString('en')} live frames, ${ingest.chats.toLocaleString('en')} chats in the store`,
      kit: `${ingest.ingestMicros.toFixed(1)} µs/frame, ${Math.round(ingest.framesPerSecond).toLocaleString('en')} frames/s`,
      plain: `JSON.parse ${ingest.parseMicros.toFixed(2)} µs/frame`,
      ratio: `${ingest.sharePercent.toFixed(1)} %`,
      goal: 'JSON.parse ≥ 50 % of ingest',
      met: yesNo(ingest.sharePercent >= 50),
    });
    note(
      `Ingest mix (frames, then mean µs each): ${Object.entries(ingest.mix)
        .map(([name, count]) => `${name} ${count} × ${(ingest.byEvent[name] ?? NaN).toFixed(1)} µs`)
        .join(', ')} (Node ${process.version}, src/core through tsx)${ingest.rejected > 0 ? `; ${ingest.rejected} frames refused by the decoder` : ''}.`,
    );
  } else {
    rows.push(failed('core ingest (decode + reduce)', 'JSON.parse ≥ 50 % of ingest'));
    note(`core ingest: ${errorText(ingest)}`);
  }

  {
    const label = `JS heap, ${CHATS.toLocaleString('en')} chats + ${LINES.toLocaleString('en')} lines (after forced GC)`;
    if (ok(heap.kit) && ok(heap.plain)) {
      rows.push({ measure: label, kit: mb(heap.kit.jsBytes), plain: mb(heap.plain.jsBytes), ratio: times(heap.kit.jsBytes, heap.plain.jsBytes), goal: '≤ 2× plain DOM', met: yesNo(heap.kit.jsBytes <= 2 * heap.plain.jsBytes) });
      if (heap.kit.domBytes !== null && heap.plain.domBytes !== null) {
        rows.push({ measure: '  … DOM (Blink) heap, same pages', kit: mb(heap.kit.domBytes), plain: mb(heap.plain.domBytes), ratio: times(heap.kit.domBytes, heap.plain.domBytes), goal: 'reported', met: '—' });
      }
      note(
        `JS heap of the same pages with their scripts loaded and nothing started: ${mb(heap.kit.emptyJsBytes)} (whoson-elements) vs ${mb(heap.plain.emptyJsBytes)} (plain DOM); ` +
          `the chats and lines add ${mb(heap.kit.jsBytes - heap.kit.emptyJsBytes)} vs ${mb(heap.plain.jsBytes - heap.plain.emptyJsBytes)}.`,
      );
      note(
        `Heap pages: DOM nodes ${heap.kit.nodes.toLocaleString('en')} vs ${heap.plain.nodes.toLocaleString('en')}, JS event listeners ${heap.kit.listeners.toLocaleString('en')} vs ${heap.plain.listeners.toLocaleString('en')}; ` +
          `rows in the DOM ${heap.kit.rows} vs ${heap.plain.rows}, transcript lines ${heap.kit.lines} vs ${heap.plain.lines} (whoson-elements vs plain DOM).`,
      );
      const [k, p] = [heap.kit.chatChangedWithPane, heap.plain.chatChangedWithPane];
      if (typeof k !== 'string' && typeof p !== 'string') {
        note(
          `chatchanged with the ${LINES.toLocaleString('en')}-line pane open beside the list (the heap page): whoson-elements median ${ms(median(k.map((t) => t.ms)))} (${k.length} samples), ` +
            `plain DOM ${ms(median(p.map((t) => t.ms)))}; the table's row has the list alone.`,
        );
      } else {
        note(`chatchanged with the pane open: ${typeof k === 'string' ? k : ''} ${typeof p === 'string' ? p : ''}`.trim());
      }
    } else {
      rows.push(failed(label, '≤ 2× plain DOM'));
    }
  }

  {
    const label = `idle main thread, ${CHATS.toLocaleString('en')} chats listed (wait-time ticks), busy over ${plan.idleMs / 1000} s`;
    const k = ok(list.kit) ? list.kit.idle : undefined;
    const p = ok(list.plain) ? list.plain.idle : undefined;
    if (k && p) {
      const kp = (k.busyMs / k.wallMs) * 100;
      const pp = (p.busyMs / p.wallMs) * 100;
      rows.push({ measure: label, kit: `${kp.toFixed(2)} %`, plain: `${pp.toFixed(2)} %`, ratio: times(kp, pp), goal: '≤ 1 %', met: yesNo(kp <= 1) });
    } else {
      rows.push(failed(label, '≤ 1 %'));
    }
    for (const variant of variants) {
      const result = list[variant];
      if (ok(result)) note(`List page setup (${variant}): login + ${CHATS.toLocaleString('en')} chats listed in ${ms(result.setupMs)}.`);
    }
  }

  {
    const label = `longest task, burst of ${plan.burst.toLocaleString('en')} events, ${CHATS.toLocaleString('en')} chats listed`;
    const k = ok(list.kit) ? list.kit.burst : undefined;
    const p = ok(list.plain) ? list.plain.burst : undefined;
    if (k && p) {
      const show = (b: NonNullable<ListResults['burst']>): string =>
        `${ms(b.longestMs)}; ${b.over50} ${b.over50 === 1 ? 'task' : 'tasks'} > 50 ms; all shown after ${b.drainMs >= 1000 ? `${(b.drainMs / 1000).toFixed(1)} s` : ms(b.drainMs)}`;
      rows.push({ measure: label, kit: show(k), plain: show(p), ratio: times(k.longestMs, p.longestMs), goal: 'no task over 50 ms', met: yesNo(k.longestMs <= 50) });
      for (const [variant, b] of [['whoson-elements', k], ['plain DOM', p]] as const) {
        note(
          `Burst (${variant}): ${b.handled} of ${b.frames} frames delivered${b.handled < b.frames ? ` (the rest dropped at the ${plan.burstDeadlineMs / 1000} s deadline)` : ''}, all handled and shown after ${ms(b.drainMs)}; ` +
            `the trace's longest main-thread task ${ms(b.longestMs)}; the page's own PerformanceObserver('longtask') saw ${b.longTasks.length}${b.longTasks.length > 0 ? ` (longest ${ms(Math.max(...b.longTasks))})` : ''} ` +
            `(it leaves out rendering and garbage collection, which the trace counts).`,
        );
      }
    } else {
      rows.push(failed(label, 'no task over 50 ms'));
    }
  }

  {
    const goal = `≤ ${sizeBudgets.allElementsGzip / 1000} KB`;
    rows.push({
      measure: 'all five elements + every dependency: script-tag file (also the shared worker), min+gzip',
      kit: kb(sizes.scriptTag.gzip),
      plain: '—',
      ratio: '—',
      goal,
      met: yesNo(sizes.scriptTag.gzip <= sizeBudgets.allElementsGzip),
    });
    const { page, worker, together } = sizes.elements;
    rows.push({
      measure: 'all five elements + every dependency: npm build via esbuild, page + worker, min+gzip',
      kit: `${kb(page.gzip)} + ${kb(worker.gzip)} = ${kb(together.gzip)}`,
      plain: '—',
      ratio: '—',
      goal,
      met: yesNo(together.gzip <= sizeBudgets.allElementsGzip),
    });
    rows.push({
      measure: 'waiting badge page (session + badge), main thread, min+gzip',
      kit: `${kb(sizes.badgePage.page.gzip)} (loaded only when needed: ${kb(sizes.badgePage.later.gzip)}; worker apart: ${kb(sizes.badgePage.worker.gzip)})`,
      plain: '—',
      ratio: '—',
      goal: `≤ ${sizeBudgets.badgePageGzip / 1000} KB`,
      met: yesNo(sizes.badgePage.page.gzip <= sizeBudgets.badgePageGzip),
    });
    note(
      `Minified sizes before gzip: script-tag file ${kb(sizes.scriptTag.raw)}; esbuild page ${kb(page.raw)}, worker ${kb(worker.raw)}; badge page ${kb(sizes.badgePage.page.raw)}.`,
    );
  }

  if (ok(heap.kit) && ok(heap.plain) && (heap.kit.rows < heap.plain.rows || heap.kit.lines < heap.plain.lines)) {
    note(
      `whoson-elements renders only what is on screen (${heap.kit.rows} of ${CHATS.toLocaleString('en')} rows, ${heap.kit.lines} of ${LINES.toLocaleString('en')} lines); ` +
        'the plain-DOM page renders everything, so first render, heap, idle time and the burst compare different amounts of DOM, ' +
        'and a chatchanged is timed on rows that are rendered (a chat scrolled out of view has no row to show it).',
    );
  }
  note(
    'The kit runs with connection="page" (a scripted WebSocket can only live in the page); the default shared-worker mode, ' +
      "where the page mirrors the worker's store over a MessagePort, is not measured here.",
  );

  for (const [name, result] of [['list page', list], ['pane page', pane], ['first render', first], ['heap', heap]] as const) {
    for (const variant of variants) {
      const value = result[variant];
      if (value instanceof Error) note(`${name} (${variant}) failed: ${errorText(value)}`);
      else if (value && 'errors' in value) for (const problem of value.errors) note(`${name} (${variant}): ${problem}`);
    }
  }

  // ---- output
  const date = new Date().toISOString().replace('T', ' ').slice(0, 16);
  const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${browserVersion}, Node ${process.version}, ${platform()} ${arch()}`;
  const title = `whoson-elements bench, ${date} UTC`;
  const context = `Machine: ${machine}. Build: ${gitState()}.`;
  const peerLines = sizes.peers.map((peer) =>
    'error' in peer
      ? `| ${peer.name} | — | ${peer.error} | |`
      : `| ${peer.name} | ${peer.version} | ${kb(peer.raw)} | ${kb(peer.gzip)} |`,
  );
  const loadHint = 'Simulator load (500 operators on real sockets, ~60 s): not run; `npm run bench -- --load` adds it.';

  console.log(`\n${title}\n${context}\n`);
  console.log(printTable(rows));
  if (sizes.peers.length > 0) {
    console.log(`\nPeers, bundled the same way (esbuild, minified, ES2022, every dependency inlined):`);
    for (const peer of sizes.peers) {
      console.log('error' in peer ? `  ${peer.name}: ${peer.error}` : `  ${peer.name} ${peer.version}: ${kb(peer.raw)} min, ${kb(peer.gzip)} min+gzip`);
    }
  }
  console.log(`\nNotes:\n${notes.map((text) => `- ${text}`).join('\n')}`);

  let loadOutput = '';
  if (flags.load) {
    console.log('\nSimulator load (node --import tsx scripts/bench-sim-load.ts):');
    loadOutput = await runLoad();
  } else {
    console.log(`\n${loadHint}`);
  }

  const markdown = [
    `## ${title}`,
    '',
    context,
    '',
    markdownTable(rows),
    '',
    ...(peerLines.length > 0
      ? ['Peers, bundled the same way (esbuild, minified, ES2022, every dependency inlined):', '', '| package | version | min | min+gzip |', '|---|---|---|---|', ...peerLines, '']
      : []),
    'Notes:',
    '',
    ...notes.map((text) => `- ${text}`),
    '',
    flags.load ? ['Simulator load (`node --import tsx scripts/bench-sim-load.ts`):', '', '```', loadOutput.trim(), '```'].join('\n') : loadHint,
    '',
    `Timings are reported, not asserted. Produced by \`npm run bench\` in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
    '',
  ].join('\n');
  writeFileSync(resolve(root, 'scripts/bench/last-run.md'), markdown);
  log(`done; the table is also in scripts/bench/last-run.md`);
}

await main();
