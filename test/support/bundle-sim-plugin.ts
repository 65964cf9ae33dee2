/**
 * A web-test-runner plugin for the test of the built script-tag file: runs the WhosOn
 * simulator in Node behind a real WebSocket server (a free port) for the whole run, tells
 * the page its address and the demo credentials at `/__whoson-bundle-sim.json`, and plays
 * a website visitor who asks for a chat on `POST /__whoson-bundle-sim/visitor-chat`.
 */
import type { TestRunnerPlugin } from '@web/test-runner';
import { DEMO_AUTH_STRING, DEMO_OPERATORS, DEMO_PASSWORD, DEMO_SITE_KEYS } from '../../src/sim/default-data.js';
import { startSimHost, type SimHost } from '../../src/sim/node/ws-host.js';
import { SimServer } from '../../src/sim/server.js';
import { visitorSide, type VisitorSide } from '../../src/sim/visitor-side.js';
import { bundleSimEndpoint, bundleSimVisitorChatEndpoint, type BundleSim } from './bundle-sim-url.js';

export function bundleSimPlugin(): TestRunnerPlugin {
  let server: SimServer | undefined;
  let host: SimHost | undefined;
  let visitor: VisitorSide | undefined;
  return {
    name: 'whoson-bundle-sim',
    async serverStart() {
      server = new SimServer();
      visitor = visitorSide(server);
      host = await startSimHost({ server, port: 0 });
    },
    async serverStop() {
      await host?.close();
      server?.shutdown();
    },
    async serve(context) {
      if (host === undefined || visitor === undefined) return undefined;
      if (context.path === bundleSimEndpoint) {
        const sim: BundleSim = {
          url: host.url,
          authString: DEMO_AUTH_STRING,
          username: DEMO_OPERATORS.thomas,
          password: DEMO_PASSWORD,
        };
        return { body: JSON.stringify(sim), type: 'json' };
      }
      if (context.path === bundleSimVisitorChatEndpoint && context.method === 'POST') {
        let name = '';
        for await (const chunk of context.req) name += String(chunk);
        const chatUid = visitor.startChat({ siteKey: DEMO_SITE_KEYS.myCompany, name: name || 'Visitor' });
        return { body: JSON.stringify({ chatUid }), type: 'json' };
      }
      return undefined;
    },
  };
}
