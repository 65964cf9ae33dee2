/**
 * `npm start`: the live demo in one Node process.
 *
 * 1. The WhosOn simulator behind a real WebSocket server (127.0.0.1:8013, or the next
 *    free port), with scripted visitors arriving by themselves and two chats waiting
 *    from the start.
 * 2. Vite's dev server (in middleware mode on our own HTTP server, so this process owns
 *    start-up, ports and shutdown) for index.html and demo/main.ts: a mock CRM page that
 *    embeds the elements. Every response carries a strict Content-Security-Policy whose
 *    connect-src names the simulator exactly; the page learns the simulator's address
 *    from a small JSON endpoint.
 *
 * Ctrl-C (or SIGTERM) stops both: operators get the simulator's `close` event first.
 *
 * `npm start -- --port 8013 --vite-port 5173 --seed 42 --visitors-per-minute 6 --quiet`
 * (or WHOSON_SIM_PORT / WHOSON_DEMO_PORT in the environment).
 */
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer as createViteServer } from 'vite';
import type { ViteDevServer } from 'vite';
import { demoConfigPath, demoOperatorKeys } from '../demo/demo-config.js';
import type { DemoConfig, DemoOperatorKey } from '../demo/demo-config.js';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD, DEMO_SITE_KEYS } from '../src/sim/default-data.js';
import { listen, startSimHost } from '../src/sim/node/ws-host.js';
import type { SimHost } from '../src/sim/node/ws-host.js';
import { Scenario } from '../src/sim/scenario.js';
import type { ScenarioEvent } from '../src/sim/scenario.js';
import { SimServer } from '../src/sim/server.js';

export interface DemoOptions {
  /** The simulator's port: taken if free, else the next free one. 0 picks any free port. Default 8013. */
  port?: number;
  /** The page's port, the same way. Default 5173. */
  vitePort?: number;
  /** Address both bind to. Default 127.0.0.1 (this machine only). */
  host?: string;
  /** Average visitor arrivals per minute. Default 6. */
  visitorsPerMinute?: number;
  /** Seed of the simulator's data and of the visitors. Default 42. */
  seed?: number;
  /** Chats waiting as soon as the simulator is up. Default 2. */
  initialChats?: number;
  /** Where progress lines go (visitor activity). Default: none. */
  log?: (line: string) => void;
}

export interface RunningDemo {
  /** `http://127.0.0.1:<port>/`, logged in as Thomas. */
  readonly pageUrl: string;
  /** The page logged in as another demo operator (`?operator=martin`). */
  pageUrlFor(operator: DemoOperatorKey): string;
  /** `ws://127.0.0.1:<port>`. */
  readonly simUrl: string;
  readonly config: DemoConfig;
  readonly server: SimServer;
  readonly scenario: Scenario;
  /** Operators get the `close` event, then every socket, server and watcher stops. */
  stop(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const defaultSimPort = 8013;
const defaultPagePort = 5173;
/** How many ports after the asked one are tried before giving up. */
const portAttempts = 20;

function isAddressInUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';
}

/** Tries `port`, `port + 1`, ... (0 is handed over as is: the system picks). */
async function onFreePort<T>(port: number, attempt: (port: number) => Promise<T>): Promise<T> {
  for (let offset = 0; ; offset += 1) {
    try {
      return await attempt(port === 0 ? 0 : port + offset);
    } catch (error) {
      if (port === 0 || !isAddressInUse(error) || offset + 1 >= portAttempts) throw error;
    }
  }
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * The page's policy: scripts, the shared worker that holds the session across pages, and
 * styles from the page's own origin only (no inline script, no eval, no blob: worker),
 * and WebSockets to the page (Vite's reload channel) and the simulator only.
 */
export function contentSecurityPolicy(simUrl: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${new URL(simUrl).origin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function demoConfig(server: SimServer, simUrl: string): DemoConfig {
  const operator = (key: DemoOperatorKey) => {
    const username = DEMO_OPERATORS[key];
    return { username, name: server.world.account(username)?.name ?? username };
  };
  return {
    simUrl,
    authString: DEMO_AUTH_STRING,
    password: DEMO_PASSWORD,
    operators: { thomas: operator('thomas'), martin: operator('martin'), admin: operator('admin') },
  };
}

const loggedKinds = new Set<ScenarioEvent['kind']>(['chat-request', 'taken', 'gave-up', 'leave-chat', 'rate']);

function describeEvent(event: ScenarioEvent): string | undefined {
  if (!loggedKinds.has(event.kind)) return undefined;
  const time = new Date(event.at).toTimeString().slice(0, 8);
  // Some scripted visitor names are hostile on purpose: JSON quoting keeps control characters off the terminal.
  const detail = event.text === '' ? '' : ` ${JSON.stringify(event.text)}`;
  return `  ${time} sim: ${event.kind} ${JSON.stringify(event.name)}${detail}`;
}

/** Starts the simulator with its visitors, then the page. */
export async function startDemo(options: DemoOptions = {}): Promise<RunningDemo> {
  const host = options.host ?? '127.0.0.1';
  const seed = options.seed ?? 42;
  const server = new SimServer({ seed });
  let simHost: SimHost;
  try {
    simHost = await onFreePort(options.port ?? defaultSimPort, (port) => startSimHost({ server, port, host }));
  } catch (error) {
    server.shutdown();
    throw error;
  }
  const simUrl = simHost.url;
  const config = demoConfig(server, simUrl);
  const policy = contentSecurityPolicy(simUrl);

  const httpServer = createHttpServer();
  let vite: ViteDevServer;
  try {
    vite = await createViteServer({
      root: repoRoot,
      configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
      // Vite's own "ready" banner and request log would bury ours; warnings and errors still show.
      logLevel: 'warn',
      clearScreen: false,
      appType: 'spa',
      server: { middlewareMode: true, ws: { server: httpServer } },
    });
  } catch (error) {
    server.shutdown();
    await simHost.close();
    throw error;
  }

  httpServer.on('request', (request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('Content-Security-Policy', policy);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    const path = (request.url ?? '/').split('?')[0];
    if (path === demoConfigPath) {
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(config));
      return;
    }
    vite.middlewares(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found\n');
    });
  });

  let pagePort: number;
  try {
    pagePort = await onFreePort(options.vitePort ?? defaultPagePort, (port) => listen(httpServer, port, host));
  } catch (error) {
    server.shutdown();
    await Promise.all([simHost.close(), vite.close()]);
    throw error;
  }
  const pageUrl = `http://${urlHost(host)}:${pagePort}/`;

  const scenario = new Scenario({ server, seed, visitorsPerMinute: options.visitorsPerMinute ?? 6 });
  const log = options.log;
  if (log !== undefined) {
    scenario.onEvent((event) => {
      const line = describeEvent(event);
      if (line !== undefined) log(line);
    });
  }
  scenario.start();
  // Something to take at once, on both sites (Martin only serves the first).
  const siteKeys = [DEMO_SITE_KEYS.myCompany, DEMO_SITE_KEYS.supportPortal];
  for (let index = 0; index < (options.initialChats ?? 2); index += 1) {
    scenario.spawnVisitor({ chat: true, siteKey: siteKeys[index % siteKeys.length] });
  }

  let stopping: Promise<void> | undefined;
  return {
    pageUrl,
    pageUrlFor: (operator) => (operator === 'thomas' ? pageUrl : `${pageUrl}?operator=${operator}`),
    simUrl,
    config,
    server,
    scenario,
    stop() {
      stopping ??= (async () => {
        scenario.stop();
        // Sends every operator the `close` event before the sockets go.
        server.shutdown();
        const pageClosed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        httpServer.closeAllConnections();
        await Promise.all([simHost.close(), vite.close(), pageClosed]);
      })();
      return stopping;
    },
  };
}

function portFrom(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > 65_535) throw new Error(`${name} must be a port number (0-65535), not "${raw}".`);
  return value;
}

function numberFrom(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number, not "${raw}".`);
  return value;
}

const usage = `Usage: npm start -- [options]

Starts the WhosOn simulator with scripted visitors and serves the demo page.

Options:
  --port N                  simulator port (default 8013, or WHOSON_SIM_PORT; the next free one if taken; 0: any)
  --vite-port N             page port (default 5173, or WHOSON_DEMO_PORT; the next free one if taken; 0: any)
  --seed N                  seed for the data and the visitors (default 42)
  --visitors-per-minute N   visitors arriving per minute on average (default 6)
  --quiet                   no line per chat event
  --help                    show this text
`;

function parseCli(args: readonly string[]): (DemoOptions & { quiet: boolean }) | 'help' {
  const { values } = parseArgs({
    args: [...args],
    options: {
      port: { type: 'string' },
      'vite-port': { type: 'string' },
      seed: { type: 'string' },
      'visitors-per-minute': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) return 'help';
  return {
    port: portFrom('--port', values.port ?? process.env.WHOSON_SIM_PORT, defaultSimPort),
    vitePort: portFrom('--vite-port', values['vite-port'] ?? process.env.WHOSON_DEMO_PORT, defaultPagePort),
    seed: numberFrom('--seed', values.seed, 42),
    visitorsPerMinute: numberFrom('--visitors-per-minute', values['visitors-per-minute'], 6),
    quiet: values.quiet === true,
  };
}

function banner(demo: RunningDemo, visitorsPerMinute: number): string {
  const { operators, authString, password } = demo.config;
  const users = demoOperatorKeys.map((key) => `      ${operators[key].username.padEnd(20)} ${operators[key].name}`);
  return [
    '',
    '  whoson-elements demo',
    '',
    `  Demo page         ${demo.pageUrl}   (logged in as ${operators.thomas.name}, ${operators.thomas.username})`,
    `  Second operator   ${demo.pageUrlFor('martin')}   (open in another tab: ${operators.martin.name} receives transfers there)`,
    `  Simulator         ${demo.simUrl}   (about ${visitorsPerMinute} visitors a minute)`,
    '',
    `  Demo credentials: authentication string ${authString}, password ${password} for every user:`,
    ...users,
    '',
    '  Press Ctrl-C to stop.',
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  let options: ReturnType<typeof parseCli>;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(usage);
    return 0;
  }
  const write = (line: string): void => void process.stdout.write(`${line}\n`);
  // Visitor activity from before the banner (the first chats) follows it, not precedes it.
  const early: string[] = [];
  let bannerShown = false;
  const log = (line: string): void => {
    if (bannerShown) write(line);
    else early.push(line);
  };
  let demo: RunningDemo;
  try {
    demo = await startDemo({ ...options, log: options.quiet ? undefined : log });
  } catch (error) {
    process.stderr.write(`Could not start the demo: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  process.stdout.write(banner(demo, options.visitorsPerMinute ?? 6));
  bannerShown = true;
  for (const line of early) write(line);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals): void => {
      if (stopping) {
        process.stderr.write(`Second ${signal}: exiting without waiting.\n`);
        resolve(1);
        return;
      }
      stopping = true;
      process.stdout.write(`\n${signal}: stopping the demo (operators get the simulator's close event)...\n`);
      demo.stop().then(
        () => {
          process.stdout.write('Stopped.\n');
          resolve(0);
        },
        (error: unknown) => {
          process.stderr.write(`Stopping failed: ${error instanceof Error ? error.message : String(error)}\n`);
          resolve(1);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
