/**
 * Command-line options of the simulator (`npm run sim -- ...`). Parsing is kept apart from
 * start-up so that a mistyped option is reported before any port is opened.
 */
import { parseArgs } from 'node:util';
import type { TlsOption } from './ws-host.js';

export interface SimCliOptions {
  port: number;
  host: string;
  seed: number;
  visitorsPerMinute: number;
  tls: TlsOption | undefined;
  /** No line per chat event on the console. */
  quiet: boolean;
  help: boolean;
}

export const simCliUsage = `Usage: npm run sim -- [options]

Starts the WhosOn server simulator on its own, with scripted visitors.

Options:
  --port N                  port to listen on (default 8013; 0 picks a free one)
  --host ADDRESS            address to bind (default 127.0.0.1, this machine only)
  --seed N                  seed for the data and the visitors (default 42)
  --visitors-per-minute N   how many visitors arrive per minute on average (default 6; 0 for none)
  --tls                     serve wss:// with a self-signed certificate (needs openssl)
  --tls-cert FILE           serve wss:// with this certificate (PEM) ...
  --tls-key FILE            ... and this private key (PEM)
  --quiet                   print only the start-up banner, not what visitors do
  --help                    show this text
`;

export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new CliUsageError(`--${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

function decimal(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new CliUsageError(`--${name} must be a number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

/** Parses the arguments after the script name. Throws CliUsageError on a bad option. */
export function parseSimCliArgs(args: readonly string[]): SimCliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        'visitors-per-minute': { type: 'string' },
        tls: { type: 'boolean' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const certFile = values['tls-cert'];
  const keyFile = values['tls-key'];
  if ((certFile === undefined) !== (keyFile === undefined)) {
    throw new CliUsageError('--tls-cert and --tls-key go together.');
  }
  let tls: TlsOption | undefined;
  if (certFile !== undefined && keyFile !== undefined) tls = { certFile, keyFile };
  else if (values.tls === true) tls = 'self-signed';
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') throw new CliUsageError('--host must not be empty.');
  return {
    port: integer('port', values.port, 8013, 0, 65_535),
    host,
    seed: integer('seed', values.seed, 42, 0, 0xffff_ffff),
    visitorsPerMinute: decimal('visitors-per-minute', values['visitors-per-minute'], 6, 0, 600),
    tls,
    quiet: values.quiet === true,
    help: values.help === true,
  };
}
