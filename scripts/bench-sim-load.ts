/**
 * Load benchmark of the simulator: 500 operators (the most a real WhosOn server takes)
 * on real `ws` sockets over loopback, with chats flowing, measuring
 *
 * - fan-out latency: from the moment the server starts sending an event (a chatchanged
 *   to every operator, say) to its arrival at each client, p50/p99 per event name;
 * - messages per second: frames the server sent and commands it received, and chat
 *   lines (visitor and operator) per second;
 * - the server process's memory (rss, heapUsed) and event-loop delay.
 *
 * The server runs in a child process, so its memory and CPU are its own. The send time
 * of each measured frame travels to the parent over IPC, keyed by a hash of the frame
 * text — a side channel: the frames on the wire are the protocol's and nothing else.
 * Both processes read the same monotonic clock (process.hrtime, CLOCK_MONOTONIC).
 *
 * Bounded: a fixed number of operators and seconds, a hard deadline, loopback only.
 *
 *   node --import tsx scripts/bench-sim-load.ts [--operators 500] [--seconds 40]
 *     [--chats-per-second 5] [--lines-per-chat 5] [--think-ms 1000] [--json]
 *
 * BENCH_CHILD_FLAGS="--trace-gc" (or --cpu-prof) passes Node flags to the server process.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WebSocket } from 'ws';
import { chatHooks } from '../src/sim/chat-hooks.js';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD } from '../src/sim/default-data.js';
import { startSimHost } from '../src/sim/node/ws-host.js';
import type { AcceptsTransports } from '../src/sim/node/ws-host.js';
import { SimServer } from '../src/sim/server.js';
import { visitorSide } from '../src/sim/visitor-side.js';

// ---------------------------------------------------------------- shared

/** Events whose delivery is timed: the fan-outs, plus `message` as a one-to-one reference. */
const measured = ['chatchanged', 'chatclosed', 'clientevent', 'chat', 'message'] as const;
type MeasuredName = (typeof measured)[number];
const measuredSet = new Set<string>(measured);

function eventNameOf(text: string): string | undefined {
  // The simulator writes EventName first; no JSON.parse needed to route a frame.
  return /^\{"EventName":"([^"]+)"/.exec(text.slice(0, 48))?.[1];
}

function frameKey(text: string): string {
  return createHash('sha1').update(text).digest('base64').slice(0, 18);
}

/** Milliseconds on the machine-wide monotonic clock, comparable between the two processes. */
function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

interface BenchOptions {
  operators: number;
  seconds: number;
  chatsPerSecond: number;
  linesPerChat: number;
  thinkMs: number;
  loginConcurrency: number;
  json: boolean;
}

interface MemorySample {
  rssMb: number;
  heapUsedMb: number;
}

type ParentMessage =
  | { type: 'traffic'; options: BenchOptions }
  | { type: 'quiesce' }
  | { type: 'report' }
  | { type: 'shutdown' };

interface ServerReport {
  memory: { baseline: MemorySample; afterLogins: MemorySample; peak: MemorySample; end: MemorySample };
  framesSent: number;
  commandsReceived: number;
  trafficSeconds: number;
  framesSentDuringTraffic: number;
  commandsDuringTraffic: number;
  chatsStarted: number;
  chatsClosed: number;
  visitorLines: number;
  operatorLines: number;
  cpuPercentOfOneCore: number;
  eventLoopDelayMs: { p50: number; p99: number; max: number };
}

type ChildMessage =
  | { type: 'ready'; url: string }
  | { type: 'stamps'; stamps: [string, number][] }
  | { type: 'report'; report: ServerReport };

function memorySample(): MemorySample {
  const usage = process.memoryUsage();
  return { rssMb: usage.rss / 2 ** 20, heapUsedMb: usage.heapUsed / 2 ** 20 };
}

/** Event-loop delay sampling interval. */
const loopResolutionMs = 5;

/** The histogram records the whole interval between its timer's runs: the delay is what exceeds the resolution. */
function beyondResolution(ns: number): number {
  return Math.max(0, ns / 1e6 - loopResolutionMs);
}

function randomBetween(min: number, max: number): number {
  return min + Math.random() * (max - min);
}

// ---------------------------------------------------------------- server (child process)

async function runServer(): Promise<void> {
  const send = (message: ChildMessage): void => {
    process.send?.(message);
  };
  const operatorCount = Number(process.env['BENCH_OPERATORS'] ?? '500');
  const server = new SimServer({ seed: 1 });
  const world = server.world;
  // 500 bench accounts, shaped like the demo operator; the real server's ceiling is MaxUsers.
  const template = world.account(DEMO_OPERATORS.thomas);
  if (template === undefined) throw new Error('the default world lost its demo operator');
  for (let i = 1; i <= operatorCount; i += 1) {
    world.accounts.push({
      ...template,
      username: `bench${i}@mysite.com`,
      email: `bench${i}@mysite.com`,
      name: `Bench Operator ${i}`,
      dept: i % 2 === 0 ? 'Sales' : 'Support',
      siteKeys: [1, 2],
      skillIds: [],
      maxChats: 5,
      clientSettings: null,
    });
  }
  world.serverInfo.maxUsers = Math.max(world.serverInfo.maxUsers, operatorCount + 10);

  // Peak rss and peak heapUsed, each the highest of any sample (they need not coincide).
  let peak: MemorySample = { rssMb: 0, heapUsedMb: 0 };
  const sampleMemory = (): MemorySample => {
    const sample = memorySample();
    peak = { rssMb: Math.max(peak.rssMb, sample.rssMb), heapUsedMb: Math.max(peak.heapUsedMb, sample.heapUsedMb) };
    return sample;
  };
  const baseline = sampleMemory();
  let afterLogins = baseline;
  const memoryTimer = setInterval(sampleMemory, 250);

  // The side channel: the first send of each measured frame text is stamped. A fan-out
  // sends one string to every recipient in one synchronous loop, so the repeat check is
  // reset on the next microtask and a later identical broadcast gets a stamp of its own.
  let pending: [string, number][] = [];
  let lastStamped: string | null = null;
  let framesSent = 0;
  let commandsReceived = 0;
  const stampingServer: AcceptsTransports = {
    isBlacklisted: (address) => server.isBlacklisted(address),
    accept(transport) {
      const session = server.accept({
        remoteAddress: transport.remoteAddress,
        close: (code, reason) => transport.close(code, reason),
        send(text) {
          framesSent += 1;
          if (text !== lastStamped) {
            const name = eventNameOf(text);
            if (name !== undefined && measuredSet.has(name)) {
              lastStamped = text;
              queueMicrotask(() => {
                lastStamped = null;
              });
              pending.push([frameKey(text), monotonicMs()]);
            }
          }
          transport.send(text);
        },
      });
      return {
        receive(text) {
          commandsReceived += 1;
          session.receive(text);
        },
        closed: () => session.closed(),
      };
    },
  };
  const stampTimer = setInterval(() => {
    if (pending.length === 0) return;
    send({ type: 'stamps', stamps: pending });
    pending = [];
  }, 200);

  const host = await startSimHost({ server: stampingServer, port: 0, host: '127.0.0.1' });

  // Visitors: chats start at a steady rate; each visitor answers every operator line
  // after a think time and leaves after its last line.
  const side = visitorSide(server);
  const linesByChat = new Map<string, number>();
  let chatsStarted = 0;
  let chatsClosed = 0;
  let visitorLines = 0;
  let operatorLines = 0;
  let visitorTimers = new Set<NodeJS.Timeout>();
  let startTimer: NodeJS.Timeout | null = null;
  let traffic: BenchOptions | null = null;
  const later = (ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      visitorTimers.delete(timer);
      try {
        run();
      } catch {
        // The chat closed meanwhile (an operator dropped it, or the run is ending).
      }
    }, ms);
    visitorTimers.add(timer);
  };
  const hooks = chatHooks(server);
  hooks.on('operatorMessage', (chat) => {
    operatorLines += 1;
    const options = traffic;
    if (options === null) return;
    const said = linesByChat.get(chat.chatUid) ?? 0;
    later(randomBetween(0.5, 1.5) * options.thinkMs, () => {
      if (said >= options.linesPerChat) {
        side.visitorLeaves(chat.chatUid);
        return;
      }
      linesByChat.set(chat.chatUid, said + 1);
      visitorLines += 1;
      side.visitorSays(chat.chatUid, `Visitor line ${said + 1} in chat ${chat.chatNumber}`);
    });
  });
  hooks.on('closed', (chat) => {
    chatsClosed += 1;
    linesByChat.delete(chat.chatUid);
  });

  let trafficStartedAt = 0;
  let trafficEndedAt = 0;
  let framesAtTrafficStart = 0;
  let commandsAtTrafficStart = 0;
  let framesAtTrafficEnd = 0;
  let commandsAtTrafficEnd = 0;
  let cpuAtTrafficStart = process.cpuUsage();
  let cpuDuringTraffic = { user: 0, system: 0 };
  const loopDelay = monitorEventLoopDelay({ resolution: loopResolutionMs });

  const startChat = (): void => {
    chatsStarted += 1;
    const n = chatsStarted;
    const chatUid = side.startChat({ siteKey: (n % 2) + 1, name: `Bench Visitor ${n}`, email: `visitor${n}@example.com` });
    linesByChat.set(chatUid, 1);
    visitorLines += 1;
    side.visitorSays(chatUid, `Hello, this is visitor ${n}`);
    // Nobody took it in time: the visitor leaves (a missed chat).
    later(30_000, () => {
      if (world.chat(chatUid)?.talkingTo === '') side.visitorLeaves(chatUid);
    });
  };

  process.on('message', (message: ParentMessage) => {
    switch (message.type) {
      case 'traffic': {
        traffic = message.options;
        afterLogins = sampleMemory();
        trafficStartedAt = monotonicMs();
        framesAtTrafficStart = framesSent;
        commandsAtTrafficStart = commandsReceived;
        cpuAtTrafficStart = process.cpuUsage();
        loopDelay.enable();
        startTimer = setInterval(startChat, 1000 / message.options.chatsPerSecond);
        break;
      }
      case 'quiesce':
        if (startTimer !== null) clearInterval(startTimer);
        startTimer = null;
        trafficEndedAt = monotonicMs();
        framesAtTrafficEnd = framesSent;
        commandsAtTrafficEnd = commandsReceived;
        cpuDuringTraffic = process.cpuUsage(cpuAtTrafficStart);
        loopDelay.disable();
        traffic = null;
        for (const timer of visitorTimers) clearTimeout(timer);
        visitorTimers = new Set();
        break;
      case 'report': {
        const trafficSeconds = (trafficEndedAt - trafficStartedAt) / 1000;
        send({ type: 'stamps', stamps: pending });
        pending = [];
        send({
          type: 'report',
          report: {
            memory: { baseline, afterLogins, end: sampleMemory(), peak },
            framesSent,
            commandsReceived,
            trafficSeconds,
            framesSentDuringTraffic: framesAtTrafficEnd - framesAtTrafficStart,
            commandsDuringTraffic: commandsAtTrafficEnd - commandsAtTrafficStart,
            chatsStarted,
            chatsClosed,
            visitorLines,
            operatorLines,
            cpuPercentOfOneCore: ((cpuDuringTraffic.user + cpuDuringTraffic.system) / 1000 / (trafficSeconds * 1000)) * 100,
            eventLoopDelayMs: {
              p50: beyondResolution(loopDelay.percentile(50)),
              p99: beyondResolution(loopDelay.percentile(99)),
              max: beyondResolution(loopDelay.max),
            },
          },
        });
        break;
      }
      case 'shutdown':
        clearInterval(memoryTimer);
        clearInterval(stampTimer);
        server.shutdown();
        void host.close().then(() => process.exit(0));
        break;
    }
  });
  // The parent is gone: do not linger.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', url: host.url });
}

// ---------------------------------------------------------------- operators (parent process)

class BenchOperator {
  readonly socket: WebSocket;
  readonly held = new Set<string>();
  loggedIn = false;
  #replies = 0;
  readonly #timers = new Set<NodeJS.Timeout>();

  constructor(
    url: string,
    readonly username: string,
    readonly bench: BenchRun,
  ) {
    this.socket = new WebSocket(url, { perMessageDeflate: false });
    this.socket.on('message', (data) => this.#onFrame(String(data)));
    this.socket.on('error', (error) => bench.socketErrors.push(error.message));
  }

  #later(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (this.socket.readyState === WebSocket.OPEN) run();
    }, ms);
    this.#timers.add(timer);
  }

  #command(name: string, params: string[]): void {
    this.bench.commandsSent += 1;
    this.socket.send(JSON.stringify({ Command: name, Params: params }));
  }

  #onFrame(text: string): void {
    const arrivedAt = monotonicMs();
    const bench = this.bench;
    bench.framesReceived += 1;
    const name = eventNameOf(text) ?? '';
    if (measuredSet.has(name) && bench.recording) {
      bench.arrivalKeys.push(frameKey(text));
      bench.arrivalTimes.push(arrivedAt);
      bench.arrivalNames.push(name as MeasuredName);
    }
    switch (name) {
      case 'hello':
        this.#command('Login', [this.username, DEMO_PASSWORD, DEMO_AUTH_STRING, '', '', '0', 'en', 'bench', '1']);
        break;
      case 'connected':
        this.loggedIn = true;
        bench.onLoggedIn(this);
        break;
      case 'msg':
        if (!this.loggedIn) bench.loginFailures.push(`${this.username}: ${text}`);
        break;
      case 'error':
        bench.errors += 1;
        break;
      case 'chat':
      case 'acceptchat': {
        // A few operators go for each chat, as people would; the server gives it to the first.
        if (bench.options === null || Math.random() >= bench.takersPerChat / bench.operators.length) break;
        const chatUid = (JSON.parse(text) as { Params: string[] }).Params[0] ?? '';
        this.#later(randomBetween(100, 600), () => this.#command('Chat', [chatUid]));
        break;
      }
      case 'chataccepted': {
        const chatUid = (JSON.parse(text) as { Params: string[] }).Params[0] ?? '';
        this.held.add(chatUid);
        this.#later(randomBetween(200, 800), () => this.#command('SendTo', [chatUid, `Hello, ${this.username} here. How can I help?`]));
        break;
      }
      case 'message': {
        const chatUid = (JSON.parse(text) as { Params: string[] }).Params[0] ?? '';
        const options = bench.options;
        if (!this.held.has(chatUid) || options === null) break;
        this.#replies += 1;
        const reply = `Reply ${this.#replies} from ${this.username}`;
        this.#later(randomBetween(0.5, 1.5) * options.thinkMs, () => this.#command('SendTo', [chatUid, reply]));
        break;
      }
      case 'chatclosed': {
        const chatUid = (JSON.parse(text) as { Params: string[] }).Params[0] ?? '';
        this.held.delete(chatUid);
        break;
      }
      default:
        break;
    }
  }

  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}

class BenchRun {
  readonly operators: BenchOperator[] = [];
  readonly socketErrors: string[] = [];
  readonly loginFailures: string[] = [];
  readonly arrivalKeys: string[] = [];
  readonly arrivalTimes: number[] = [];
  readonly arrivalNames: MeasuredName[] = [];
  readonly stamps = new Map<string, number[]>();
  readonly takersPerChat = 8;
  options: BenchOptions | null = null;
  recording = false;
  framesReceived = 0;
  commandsSent = 0;
  errors = 0;
  #loggedIn = 0;
  #onAllLoggedIn: (() => void) | null = null;
  #onOneLoggedIn: (() => void) | null = null;

  onLoggedIn(_operator: BenchOperator): void {
    this.#loggedIn += 1;
    this.#onOneLoggedIn?.();
    if (this.#loggedIn === this.operators.length) this.#onAllLoggedIn?.();
  }

  get loggedInCount(): number {
    return this.#loggedIn;
  }

  /** Logs `count` operators in, `concurrency` logins in flight at a time. */
  loginAll(url: string, count: number, concurrency: number, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`only ${this.#loggedIn} of ${count} operators logged in within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
      let opened = 0;
      const openMore = (): void => {
        while (opened < count && opened - this.#loggedIn < concurrency) {
          opened += 1;
          this.operators.push(new BenchOperator(url, `bench${opened}@mysite.com`, this));
        }
      };
      this.#onOneLoggedIn = openMore;
      this.#onAllLoggedIn = () => {
        if (this.operators.length < count) return;
        clearTimeout(timer);
        resolve();
      };
      openMore();
    });
  }

  addStamps(stamps: readonly [string, number][]): void {
    for (const [key, at] of stamps) {
      const list = this.stamps.get(key);
      if (list === undefined) this.stamps.set(key, [at]);
      else list.push(at);
    }
  }

  /** Latency of every recorded arrival against the latest stamp of its frame sent before it. */
  latencies(): { byName: Map<MeasuredName, number[]>; unmatched: number } {
    const byName = new Map<MeasuredName, number[]>(measured.map((name) => [name, []]));
    let unmatched = 0;
    for (let i = 0; i < this.arrivalKeys.length; i += 1) {
      const sentTimes = this.stamps.get(this.arrivalKeys[i] as string);
      const arrivedAt = this.arrivalTimes[i] as number;
      let sentAt: number | undefined;
      for (const at of sentTimes ?? []) if (at <= arrivedAt && (sentAt === undefined || at > sentAt)) sentAt = at;
      if (sentAt === undefined) {
        unmatched += 1;
        continue;
      }
      byName.get(this.arrivalNames[i] as MeasuredName)?.push(arrivedAt - sentAt);
    }
    return { byName, unmatched };
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

function parseOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      operators: { type: 'string', default: '500' },
      seconds: { type: 'string', default: '40' },
      'chats-per-second': { type: 'string', default: '5' },
      'lines-per-chat': { type: 'string', default: '5' },
      'think-ms': { type: 'string', default: '1000' },
      'login-concurrency': { type: 'string', default: '25' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const number = (name: string, raw: string, min: number, max: number): number => {
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be from ${min} to ${max}`);
    return value;
  };
  return {
    operators: Math.round(number('operators', values.operators, 1, 2000)),
    seconds: number('seconds', values.seconds, 1, 90),
    chatsPerSecond: number('chats-per-second', values['chats-per-second'], 0.1, 100),
    linesPerChat: Math.round(number('lines-per-chat', values['lines-per-chat'], 1, 50)),
    thinkMs: number('think-ms', values['think-ms'], 0, 10_000),
    loginConcurrency: Math.round(number('login-concurrency', values['login-concurrency'], 1, 500)),
    json: values.json,
  };
}

function waitFor<T extends ChildMessage['type']>(child: ChildProcess, type: T, timeoutMs: number): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server sent no "${type}" within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: ChildMessage): void => {
      if (message.type !== type) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message as Extract<ChildMessage, { type: T }>);
    };
    child.on('message', onMessage);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function runBench(): Promise<void> {
  const options = parseOptions();
  const loadBefore = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  const hardDeadlineMs = 60_000 + options.seconds * 1000 + 30_000;
  const deadline = setTimeout(() => {
    console.error(`The benchmark overran its ${hardDeadlineMs / 1000} s bound and was stopped.`);
    process.exit(1);
  }, hardDeadlineMs);
  deadline.unref();

  const child = fork(fileURLToPath(import.meta.url), ['--role=server'], {
    execArgv: ['--import', 'tsx', ...(process.env['BENCH_CHILD_FLAGS'] ?? '').split(' ').filter(Boolean)],
    env: { ...process.env, BENCH_OPERATORS: String(options.operators) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const bench = new BenchRun();
  child.on('message', (message: ChildMessage) => {
    if (message.type === 'stamps') bench.addStamps(message.stamps);
  });
  const childExited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  try {
    const { url } = await waitFor(child, 'ready', 30_000);
    const loginStarted = monotonicMs();
    await bench.loginAll(url, options.operators, options.loginConcurrency, 60_000);
    const loginSeconds = (monotonicMs() - loginStarted) / 1000;
    if (!options.json) console.log(`${options.operators} operators logged in over ws in ${loginSeconds.toFixed(1)} s`);

    bench.options = options;
    bench.recording = true;
    const clientLoopDelay = monitorEventLoopDelay({ resolution: loopResolutionMs });
    clientLoopDelay.enable();
    const framesBefore = bench.framesReceived;
    const commandsBefore = bench.commandsSent;
    const trafficStarted = monotonicMs();
    child.send({ type: 'traffic', options } satisfies ParentMessage);
    await sleep(options.seconds * 1000);
    child.send({ type: 'quiesce' } satisfies ParentMessage);
    clientLoopDelay.disable();
    const trafficSeconds = (monotonicMs() - trafficStarted) / 1000;
    const framesDuring = bench.framesReceived - framesBefore;
    const commandsDuring = bench.commandsSent - commandsBefore;
    bench.options = null;
    for (const operator of bench.operators) operator.stop();
    // Let frames in flight arrive and the last stamps come over.
    await sleep(1_500);
    bench.recording = false;
    child.send({ type: 'report' } satisfies ParentMessage);
    const { report } = await waitFor(child, 'report', 10_000);

    const { byName, unmatched } = bench.latencies();
    const latency = Object.fromEntries(
      [...byName].map(([name, values]) => {
        const sorted = [...values].sort((a, b) => a - b);
        return [name, { count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN }];
      }),
    );
    const fanOut = [...byName].filter(([name]) => name !== 'message').flatMap(([, values]) => values).sort((a, b) => a - b);
    const result = {
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        // Other work on the machine shows in the tails: the 1-minute load before and after.
        loadAverageBefore: loadBefore,
        loadAverageAfter: Math.round((loadavg()[0] ?? 0) * 100) / 100,
      },
      options,
      loginSeconds,
      operatorsLoggedIn: bench.loggedInCount,
      traffic: {
        seconds: trafficSeconds,
        chatsStarted: report.chatsStarted,
        chatsClosed: report.chatsClosed,
        chatLinesPerSecond: (report.visitorLines + report.operatorLines) / report.trafficSeconds,
        serverFramesSentPerSecond: report.framesSentDuringTraffic / report.trafficSeconds,
        serverCommandsReceivedPerSecond: report.commandsDuringTraffic / report.trafficSeconds,
        clientFramesReceivedPerSecond: framesDuring / trafficSeconds,
        clientCommandsSentPerSecond: commandsDuring / trafficSeconds,
      },
      fanOutLatencyMs: { count: fanOut.length, p50: percentile(fanOut, 50), p99: percentile(fanOut, 99), max: fanOut.at(-1) ?? Number.NaN },
      latencyByEventMs: latency,
      unmatchedArrivals: unmatched,
      server: {
        memoryMb: report.memory,
        cpuPercentOfOneCore: report.cpuPercentOfOneCore,
        eventLoopDelayMs: report.eventLoopDelayMs,
      },
      // The operators' side shares the machine: its stalls show in the latency as much as the server's.
      clientProcess: {
        eventLoopDelayMs: {
          p50: beyondResolution(clientLoopDelay.percentile(50)),
          p99: beyondResolution(clientLoopDelay.percentile(99)),
          max: beyondResolution(clientLoopDelay.max),
        },
      },
      problems: {
        loginFailures: bench.loginFailures.length,
        socketErrors: bench.socketErrors.length,
        errorEvents: bench.errors,
      },
    };
    if (options.json) {
      console.log(JSON.stringify(result, null, 2));
    } else {
      printReport(result);
    }
  } finally {
    for (const operator of bench.operators) {
      operator.stop();
      operator.socket.terminate();
    }
    if (child.connected) child.send({ type: 'shutdown' } satisfies ParentMessage);
    await Promise.race([childExited, sleep(5_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
    clearTimeout(deadline);
  }
}

interface Stat {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

function printReport(result: {
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; loadAverageBefore: number; loadAverageAfter: number };
  options: BenchOptions;
  loginSeconds: number;
  operatorsLoggedIn: number;
  traffic: Record<string, number>;
  fanOutLatencyMs: Stat;
  latencyByEventMs: Record<string, Stat>;
  unmatchedArrivals: number;
  server: { memoryMb: ServerReport['memory']; cpuPercentOfOneCore: number; eventLoopDelayMs: ServerReport['eventLoopDelayMs'] };
  clientProcess: { eventLoopDelayMs: ServerReport['eventLoopDelayMs'] };
  problems: Record<string, number>;
}): void {
  const ms = (value: number): string => `${value.toFixed(2)} ms`;
  const mem = (sample: MemorySample): string => `rss ${sample.rssMb.toFixed(0)} MB, heapUsed ${sample.heapUsedMb.toFixed(0)} MB`;
  const { machine, options, traffic, server } = result;
  const lines = [
    '',
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}; ` +
      `load average ${machine.loadAverageBefore} before, ${machine.loadAverageAfter} after`,
    `Load: ${result.operatorsLoggedIn} operators on ws://127.0.0.1, ${options.chatsPerSecond} chats/s for ${options.seconds} s, ` +
      `${options.linesPerChat} visitor lines a chat, think time ~${options.thinkMs} ms`,
    `Logins: ${result.operatorsLoggedIn} in ${result.loginSeconds.toFixed(1)} s`,
    `Chats: ${traffic['chatsStarted']} started, ${traffic['chatsClosed']} closed; ${traffic['chatLinesPerSecond']?.toFixed(1)} chat lines/s`,
    `Messages: server sent ${traffic['serverFramesSentPerSecond']?.toFixed(0)} frames/s, received ${traffic['serverCommandsReceivedPerSecond']?.toFixed(0)} commands/s`,
    `Fan-out latency (send start -> arrival at each client): p50 ${ms(result.fanOutLatencyMs.p50)}, p99 ${ms(result.fanOutLatencyMs.p99)}, ` +
      `max ${ms(result.fanOutLatencyMs.max)} over ${result.fanOutLatencyMs.count} deliveries`,
    ...Object.entries(result.latencyByEventMs).map(
      ([name, stat]) => `  ${name.padEnd(12)} p50 ${ms(stat.p50)}  p99 ${ms(stat.p99)}  max ${ms(stat.max)}  (${stat.count})`,
    ),
    `Server memory: baseline ${mem(server.memoryMb.baseline)}; after logins ${mem(server.memoryMb.afterLogins)}; ` +
      `peak ${mem(server.memoryMb.peak)}; end ${mem(server.memoryMb.end)}`,
    `Server CPU during traffic: ${server.cpuPercentOfOneCore.toFixed(0)}% of one core; event-loop delay p50 ${ms(server.eventLoopDelayMs.p50)}, ` +
      `p99 ${ms(server.eventLoopDelayMs.p99)}, max ${ms(server.eventLoopDelayMs.max)}`,
    `Operators' process event-loop delay: p50 ${ms(result.clientProcess.eventLoopDelayMs.p50)}, ` +
      `p99 ${ms(result.clientProcess.eventLoopDelayMs.p99)}, max ${ms(result.clientProcess.eventLoopDelayMs.max)}`,
    `Problems: ${Object.entries(result.problems).map(([name, count]) => `${name} ${count}`).join(', ')}; unmatched arrivals ${result.unmatchedArrivals}`,
    '',
  ];
  console.log(lines.join('\n'));
}

if (process.argv.includes('--role=server')) {
  void runServer();
} else {
  runBench().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
