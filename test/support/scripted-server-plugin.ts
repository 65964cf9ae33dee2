/**
 * A web-test-runner plugin that runs one scripted WhosOn server for the whole test run
 * and tells the browser its address and credentials at `/__whoson-test-server.json` (a
 * JSON endpoint rather than a virtual module, so tests stay typed without an ambient module).
 */
import type { TestRunnerPlugin } from '@web/test-runner';
import { scriptedServerEndpoint } from './scripted-server-url.js';
import { scriptedCredentials } from './scripted-login-data.js';
import { startScriptedWhosOnServer, type ScriptedServer } from './scripted-whoson-server.js';

export function scriptedServerPlugin(): TestRunnerPlugin {
  let server: ScriptedServer | undefined;
  return {
    name: 'scripted-whoson-server',
    async serverStart() {
      server = await startScriptedWhosOnServer();
    },
    async serverStop() {
      await server?.close();
    },
    serve(context) {
      if (context.path !== scriptedServerEndpoint || server === undefined) return undefined;
      return { body: JSON.stringify({ url: server.url, credentials: scriptedCredentials }), type: 'json' };
    },
  };
}
