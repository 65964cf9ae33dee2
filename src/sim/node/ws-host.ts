/**
 * Puts a SimServer behind a real WebSocket server (the `ws` package) in Node: one transport
 * per socket, text frames in and out. Plain `ws://` by default on 127.0.0.1:8013 (the real
 * server's default port), or `wss://` with a self-signed certificate as the real server uses.
 */
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { SimTransport, TransportSession } from '../server.js';
import { makeSelfSignedCertificate } from './self-signed.js';

/**
 * The part of SimServer the host needs: a SimServer fits, and so does a wrapper around
 * one (the load benchmark stamps outgoing frames that way).
 */
export interface AcceptsTransports {
  accept(transport: SimTransport): TransportSession;
  /** When given, upgrade requests from a blacklisted address are refused before the handshake. */
  isBlacklisted?(address: string): boolean;
}

export type TlsOption = { certFile: string; keyFile: string } | 'self-signed';

export interface SimHostOptions {
  server: AcceptsTransports;
  /** 0 picks a free port (tests). Defaults to 8013. */
  port?: number;
  /** Defaults to 127.0.0.1: the simulator is for this machine unless asked otherwise. */
  host?: string;
  tls?: TlsOption;
  /**
   * Take the client address from `X-Forwarded-For` (or the spec's spelling `X-Forward-For`)
   * when present, as the real server does behind IIS or another proxy. Defaults to true.
   */
  trustForwardedFor?: boolean;
  /** Largest frame accepted from a client, in bytes. */
  maxPayload?: number;
}

export interface SimHost {
  /** `ws://host:port` or `wss://host:port`, with the port actually bound. */
  readonly url: string;
  readonly port: number;
  /** The certificate in use (PEM), when serving TLS: clients trust it as their `ca`. */
  readonly certificate: string | undefined;
  /** Open sockets right now. */
  readonly connectionCount: number;
  /**
   * Stops listening and closes every socket (code 1001). The simulator learns of each
   * through `closed()`; send its own `close` event to operators before calling this.
   */
  close(): Promise<void>;
}

const defaultPort = 8013;
const defaultHost = '127.0.0.1';
const defaultMaxPayload = 4 * 1024 * 1024;
/** Sockets that have not finished their closing handshake by then are cut. */
const closeGraceMs = 2_000;

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `::ffff:127.0.0.1` is how Node reports an IPv4 client on a dual-stack socket. */
function plainAddress(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address: the first (client-most) entry of the forwarding header when
 * trusted and present, else the socket's peer address.
 */
export function clientAddress(request: IncomingMessage, trustForwardedFor: boolean): string {
  if (trustForwardedFor) {
    const forwarded =
      firstHeader(request.headers['x-forwarded-for']) ?? firstHeader(request.headers['x-forward-for']);
    const first = forwarded?.split(',')[0]?.trim();
    if (first) return plainAddress(first);
  }
  return plainAddress(request.socket.remoteAddress ?? '');
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

async function loadCertificate(tls: TlsOption, host: string): Promise<{ cert: string; key: string }> {
  if (tls === 'self-signed') return makeSelfSignedCertificate([host]);
  const [cert, key] = await Promise.all([readFile(tls.certFile, 'utf8'), readFile(tls.keyFile, 'utf8')]);
  return { cert, key };
}

function answerPlainHttp(_request: IncomingMessage, response: ServerResponse): void {
  const body = 'WhosOn simulator: connect a WebSocket client to this address.\n';
  response.writeHead(426, { 'Content-Type': 'text/plain; charset=utf-8', Upgrade: 'websocket', Connection: 'Upgrade' });
  response.end(body);
}

function refuse(stream: Duplex, status: number, text: string): void {
  stream.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Listens on `port` (0: any free one) and resolves with the port bound. */
export function listen(server: HttpServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      const address = server.address();
      resolve(address !== null && typeof address === 'object' ? address.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

function wire(socket: WebSocket, remoteAddress: string, server: AcceptsTransports): void {
  const transport: SimTransport = {
    remoteAddress,
    send(text) {
      // Writes after the socket started closing are dropped, as a browser would.
      if (socket.readyState === socket.OPEN) socket.send(text);
    },
    close(code, reason) {
      if (socket.readyState === socket.CLOSED || socket.readyState === socket.CLOSING) return;
      socket.close(code ?? 1000, reason);
    },
  };
  const connection = server.accept(transport);
  socket.on('message', (data) => {
    // The protocol is UTF-8 text frames; a binary frame is read as text too and the
    // simulator answers it like any other frame it cannot use.
    const text = Array.isArray(data)
      ? Buffer.concat(data).toString('utf8')
      : Buffer.isBuffer(data)
        ? data.toString('utf8')
        : Buffer.from(new Uint8Array(data)).toString('utf8');
    connection.receive(text);
  });
  socket.once('close', () => connection.closed());
  // A reset socket emits 'error' then 'close'; the close is what the simulator needs.
  socket.on('error', () => undefined);
}

export async function startSimHost(options: SimHostOptions): Promise<SimHost> {
  const port = options.port ?? defaultPort;
  const host = options.host ?? defaultHost;
  const trustForwardedFor = options.trustForwardedFor ?? true;
  const certificate = options.tls === undefined ? undefined : await loadCertificate(options.tls, host);
  const httpServer: HttpServer =
    certificate === undefined
      ? createHttpServer(answerPlainHttp)
      : createHttpsServer({ cert: certificate.cert, key: certificate.key }, answerPlainHttp);
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayload ?? defaultMaxPayload });
  const sockets = new Set<WebSocket>();

  httpServer.on('upgrade', (request: IncomingMessage, stream: Duplex, head: Buffer) => {
    const address = clientAddress(request, trustForwardedFor);
    // The spec: connection attempts from blacklisted addresses are refused at once.
    if (options.server.isBlacklisted?.(address) === true) {
      refuse(stream, 403, 'Forbidden');
      return;
    }
    wss.handleUpgrade(request, stream, head, (socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      wire(socket, address, options.server);
    });
  });
  // A TLS handshake that fails (an untrusting client) must not take the host down.
  httpServer.on('tlsClientError', () => undefined);
  httpServer.on('clientError', (_error, stream: Duplex) => stream.destroy());

  const boundPort = await listen(httpServer, port, host);
  const url = `${certificate === undefined ? 'ws' : 'wss'}://${urlHost(host)}:${boundPort}`;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      const stopped = new Promise<void>((done) => httpServer.close(() => done()));
      const open = [...sockets];
      const cut = setTimeout(() => {
        for (const socket of open) socket.terminate();
      }, closeGraceMs);
      const allClosed = Promise.all(
        open.map(
          (socket) =>
            new Promise<void>((done) => {
              if (socket.readyState === socket.CLOSED) {
                done();
                return;
              }
              socket.once('close', () => done());
              socket.close(1001, 'Server shutting down');
            }),
        ),
      );
      void Promise.all([allClosed, stopped]).then(() => {
        clearTimeout(cut);
        wss.close();
        resolve();
      });
      httpServer.closeIdleConnections();
    });
    return closing;
  };

  return {
    url,
    port: boundPort,
    certificate: certificate?.cert,
    get connectionCount() {
      return sockets.size;
    },
    close,
  };
}
