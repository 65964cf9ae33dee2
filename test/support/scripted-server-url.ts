/** Browser side of scripted-server-plugin.ts (no Node imports here). */

export const scriptedServerEndpoint = '/__whoson-test-server.json';

/** The ws:// address of the scripted server the test run started. */
export async function scriptedServerUrl(): Promise<string> {
  const response = await fetch(scriptedServerEndpoint);
  if (!response.ok) {
    throw new Error(`The scripted WhosOn server is not running (HTTP ${response.status}); is scriptedServerPlugin() in web-test-runner.config.js?`);
  }
  const { url } = (await response.json()) as { url: string };
  return url;
}
