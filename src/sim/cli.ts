/**
 * `npm run sim -- --port 8013 --seed 42 --visitors-per-minute 6 [--tls] [--host 127.0.0.1]`
 *
 * Runs the WhosOn server simulator on its own behind a real WebSocket server, with
 * scripted visitors, and prints where to connect and the demo credentials. Ctrl-C (or
 * SIGTERM) shuts it down as the real server does: every operator gets the `close` event,
 * then the sockets close.
 */
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD } from './default-data.js';
import { CliUsageError, parseSimCliArgs, simCliUsage } from './node/cli-args.js';
import type { SimCliOptions } from './node/cli-args.js';
import { MissingOpensslError } from './node/self-signed.js';
import { startSimHost } from './node/ws-host.js';
import type { SimHost } from './node/ws-host.js';
import { Scenario } from './scenario.js';
import type { ScenarioEvent } from './scenario.js';
import { SimServer } from './server.js';

function banner(options: SimCliOptions, server: SimServer, host: SimHost): string {
  const operators = Object.values(DEMO_OPERATORS).map((username) => {
    const account = server.world.account(username);
    const role = account === undefined ? '' : account.rights.endsWith('S') ? 'system administrator' : account.dept;
    return `    ${username.padEnd(20)} ${account?.name ?? ''}${role === '' ? '' : ` (${role})`}`;
  });
  const lines = [
    `WhosOn simulator listening on ${host.url}`,
    '',
    `  Authentication string  ${DEMO_AUTH_STRING}`,
    `  Password (every user)  ${DEMO_PASSWORD}`,
    '  Operators:',
    ...operators,
    '',
    options.visitorsPerMinute > 0
      ? `  Visitors: about ${options.visitorsPerMinute} a minute (seed ${options.seed})`
      : `  Visitors: none (seed ${options.seed})`,
  ];
  if (host.certificate !== undefined && options.tls === 'self-signed') {
    const pageUrl = host.url.replace(/^wss:/, 'https:');
    lines.push(`  TLS: self-signed certificate. A browser must accept it once: open ${pageUrl} and proceed.`);
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  return lines.join('\n');
}

const shownKinds = new Set<ScenarioEvent['kind']>(['chat-request', 'taken', 'gave-up', 'leave-chat', 'closed-by-operator', 'rate']);

function describeEvent(event: ScenarioEvent): string | undefined {
  if (!shownKinds.has(event.kind)) return undefined;
  const time = new Date(event.at).toISOString().slice(11, 19);
  // Visitor names may be hostile on purpose; JSON quoting keeps control characters off the terminal.
  const who = JSON.stringify(event.name);
  const detail = event.text === '' ? '' : ` ${JSON.stringify(event.text)}`;
  return `${time} ${event.kind.padEnd(18)} ${who}${detail}`;
}

async function main(): Promise<number> {
  let options: SimCliOptions;
  try {
    options = parseSimCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${simCliUsage}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(simCliUsage);
    return 0;
  }

  const server = new SimServer({ seed: options.seed });
  let host: SimHost;
  try {
    host = await startSimHost({ server, port: options.port, host: options.host, tls: options.tls });
  } catch (error) {
    server.shutdown();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      process.stderr.write(`Port ${options.port} on ${options.host} is already in use (another simulator?). Choose another with --port.\n`);
    } else if (error instanceof MissingOpensslError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`Could not start the simulator: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    return 1;
  }

  const scenario = new Scenario({ server, seed: options.seed, visitorsPerMinute: options.visitorsPerMinute });
  if (!options.quiet) {
    scenario.onEvent((event) => {
      const line = describeEvent(event);
      if (line !== undefined) process.stdout.write(`${line}\n`);
    });
  }
  scenario.start();
  process.stdout.write(banner(options, server, host));

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals): void => {
      if (stopping) {
        process.stderr.write(`Second ${signal}: exiting without waiting for the sockets.\n`);
        resolve(1);
        return;
      }
      stopping = true;
      process.stdout.write(`\n${signal}: shutting down (operators get the close event)...\n`);
      scenario.stop();
      server.shutdown();
      void host.close().then(() => {
        process.stdout.write('Stopped.\n');
        resolve(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
