import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD } from '../default-data.js';

const cliPath = fileURLToPath(new URL('../cli.ts', import.meta.url));

function startCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${stdout} ${stderr}`)), 20_000);
    child.stdout.on('data', () => {
      const match = /listening on (wss?:\/\/\S+)/.exec(stdout);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then(() => reject(new Error(`exited early: ${stdout} ${stderr}`)));
  });
  // Only the tests that wait for the URL care whether it came.
  url.catch(() => undefined);
  return { child, url, exited, output: () => ({ stdout, stderr }) };
}

describe('npm run sim', () => {
  it('prints its URL and the demo credentials, and Ctrl-C sends operators the close event', async () => {
    const cli = startCli(['--port', '0', '--seed', '3', '--visitors-per-minute', '0', '--quiet']);
    try {
      const url = await cli.url;
      assert.match(url, /^ws:\/\/127\.0\.0\.1:\d+$/);
      const { stdout } = cli.output();
      for (const text of [DEMO_OPERATORS.thomas, DEMO_OPERATORS.martin, DEMO_OPERATORS.admin, DEMO_PASSWORD, DEMO_AUTH_STRING]) {
        assert.ok(stdout.includes(text), `the banner shows ${text}`);
      }

      const socket = new WebSocket(url);
      const frames: string[] = [];
      const connected = new Promise<void>((resolve) => {
        socket.on('message', (data) => {
          const frame = JSON.parse(String(data)) as { EventName: string };
          frames.push(frame.EventName);
          if (frame.EventName === 'hello') {
            socket.send(JSON.stringify({ Command: 'Login', Params: [DEMO_OPERATORS.thomas, DEMO_PASSWORD, DEMO_AUTH_STRING, '', '', '0', 'en', 'cli-test', '1'] }));
          }
          if (frame.EventName === 'connected') resolve();
        });
      });
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      await connected;

      cli.child.kill('SIGINT');
      assert.equal(await closed, 1001);
      assert.equal(frames.at(-1), 'close', 'the last frame is the server close event');
      assert.equal(await cli.exited, 0);
      assert.match(cli.output().stdout, /Stopped\./);
    } finally {
      cli.child.kill('SIGKILL');
    }
  });

  it('refuses a bad option with its usage and exit code 2', async () => {
    const cli = startCli(['--port', 'eighty']);
    assert.equal(await cli.exited, 2);
    assert.match(cli.output().stderr, /--port must be a whole number/);
    assert.match(cli.output().stderr, /Usage: npm run sim/);
  });
});
