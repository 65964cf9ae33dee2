import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { demoConfigPath } from '../../demo/demo-config.js';
import type { DemoConfig } from '../../demo/demo-config.js';
import { startDemo } from '../../scripts/start-demo.js';
import { Connection } from '../../src/core/connection.js';
import type { StateChange } from '../../src/core/connection.js';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD } from '../../src/sim/default-data.js';

const elementTags = ['whoson-session', 'whoson-waiting-badge', 'whoson-chat-list', 'whoson-chat-pane', 'whoson-transfer-dialog'];

async function waitFor(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('npm start (scripts/start-demo.ts)', () => {
  it('serves the CRM page with the elements beside a simulator the second operator can log in to, and stops cleanly', async () => {
    const demo = await startDemo({ port: 0, vitePort: 0, visitorsPerMinute: 0, seed: 7 });
    let connection: Connection | undefined;
    try {
      assert.match(demo.pageUrl, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      assert.match(demo.simUrl, /^ws:\/\/127\.0\.0\.1:\d+$/);

      const page = await fetch(demo.pageUrl);
      assert.equal(page.status, 200);
      const policy = page.headers.get('content-security-policy') ?? '';
      assert.match(policy, /script-src 'self'(;|$)/, 'scripts from the page itself only');
      assert.match(policy, /worker-src 'self'(;|$)/, "the session's shared worker from the page itself, never a blob: one");
      assert.ok(policy.includes(`connect-src 'self' ${demo.simUrl}`), `the policy lets the page reach the simulator: ${policy}`);
      const html = await page.text();
      for (const tag of elementTags) assert.ok(html.includes(`<${tag}`), `the page holds <${tag}>`);
      assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, 'no inline script');
      assert.doesNotMatch(html, /\spassword=/, 'the password is never an attribute');

      const config = (await (await fetch(new URL(demoConfigPath, demo.pageUrl))).json()) as DemoConfig;
      assert.equal(config.simUrl, demo.simUrl);
      assert.equal(config.operators.martin.username, DEMO_OPERATORS.martin);

      // The page's module compiles and registers the elements the way an integrator does.
      const script = await fetch(new URL('/demo/main.ts', demo.pageUrl));
      assert.equal(script.status, 200);
      const code = await script.text();
      for (const tag of elementTags) assert.match(code, new RegExp(`/src/define/${tag}\\.ts`));

      // The second tab's operator, through the core client over a real socket.
      connection = new Connection({ url: demo.simUrl, WebSocket });
      const states: StateChange[] = [];
      connection.on('state', (change) => states.push(change));
      const serverInfo = await connection.login({
        username: config.operators.martin.username,
        password: DEMO_PASSWORD,
        authString: DEMO_AUTH_STRING,
      });
      assert.ok(serverInfo.version !== '', 'the simulator says who it is');
      assert.equal(connection.state, 'connected');

      // Ctrl-C: the operator hears the simulator's close event before the socket goes.
      await demo.stop();
      await waitFor(() => connection?.state !== 'connected', 'the close event');
      assert.ok(
        states.some((change) => change.reason === 'The server closed the connection'),
        `states: ${JSON.stringify(states)}`,
      );
    } finally {
      connection?.logout();
      await demo.stop();
    }
  });

  it('moves to the next free port when the asked one is taken', async () => {
    const first = await startDemo({ port: 0, vitePort: 0, visitorsPerMinute: 0 });
    try {
      const simPort = Number(new URL(first.simUrl).port);
      const pagePort = Number(new URL(first.pageUrl).port);
      const second = await startDemo({ port: simPort, vitePort: pagePort, visitorsPerMinute: 0, initialChats: 0 });
      try {
        assert.notEqual(new URL(second.simUrl).port, String(simPort));
        assert.notEqual(new URL(second.pageUrl).port, String(pagePort));
        const config = (await (await fetch(new URL(demoConfigPath, second.pageUrl))).json()) as DemoConfig;
        assert.equal(config.simUrl, second.simUrl, 'the page learns the port the simulator really got');
      } finally {
        await second.stop();
      }
    } finally {
      await first.stop();
    }
  });
});
