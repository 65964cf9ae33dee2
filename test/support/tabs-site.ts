/**
 * A small web site for the cross-tab tests: the simulator behind a real WebSocket, and an
 * HTTP server for the built script-tag file and the test CRM pages (test/tabs/pages),
 * under a strict Content-Security-Policy that allows the shared worker from the site
 * itself (`worker-src 'self'`) and nothing inline. `/credentials.json` plays a single
 * sign-on back end that knows the operator's login.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD } from '../../src/sim/default-data.js';
import { listen, startSimHost, type SimHost } from '../../src/sim/node/ws-host.js';
import { SimServer } from '../../src/sim/server.js';
import { visitorSide, type VisitorSide } from '../../src/sim/visitor-side.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const served = [
  { prefix: '/dist/', dir: join(root, 'dist') },
  { prefix: '/pages/', dir: join(root, 'test/tabs/pages') },
];
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface TabsSite {
  readonly server: SimServer;
  readonly sim: SimHost;
  readonly visitor: VisitorSide;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The test CRM page with these query parameters. */
  page(query?: Record<string, string>): string;
  close(): Promise<void>;
}

export interface TabsSiteOptions {
  /** `worker-src` of the site's policy (default `'self'`; `'none'` forbids the shared worker). */
  workerSrc?: string;
}

export async function startTabsSite(options: TabsSiteOptions = {}): Promise<TabsSite> {
  const server = new SimServer();
  const sim = await startSimHost({ server, port: 0 });
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    `worker-src ${options.workerSrc ?? "'self'"}`,
    "style-src 'self'",
    `connect-src 'self' ${sim.url}`,
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
  const config = { simUrl: sim.url, authString: DEMO_AUTH_STRING, username: DEMO_OPERATORS.thomas };
  const http = createServer((request: IncomingMessage, response: ServerResponse) => {
    void answer(request, response);
  });
  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
    response.setHeader('Content-Security-Policy', policy);
    response.setHeader('Cache-Control', 'no-store');
    if (path === '/config.json') {
      response.writeHead(200, { 'Content-Type': types['.json'] });
      response.end(JSON.stringify(config));
      return;
    }
    if (path === '/credentials.json') {
      response.writeHead(200, { 'Content-Type': types['.json'] });
      response.end(JSON.stringify({ username: DEMO_OPERATORS.thomas, password: DEMO_PASSWORD }));
      return;
    }
    const place = served.find((entry) => path.startsWith(entry.prefix));
    const file = place ? normalize(join(place.dir, path.slice(place.prefix.length))) : '';
    if (!place || !file.startsWith(place.dir)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  }
  const port = await listen(http, 0, '127.0.0.1');
  const origin = `http://127.0.0.1:${port}`;
  return {
    server,
    sim,
    visitor: visitorSide(server),
    origin,
    page: (query = {}) => `${origin}/pages/crm.html?${new URLSearchParams(query).toString()}`,
    async close() {
      server.shutdown();
      http.closeAllConnections();
      await Promise.all([sim.close(), new Promise<void>((resolve) => http.close(() => resolve()))]);
    },
  };
}
