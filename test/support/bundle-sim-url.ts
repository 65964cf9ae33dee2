/** Browser side of bundle-sim-plugin.ts (no Node imports, nothing from src/ at run time). */

export const bundleSimEndpoint = '/__whoson-bundle-sim.json';
export const bundleSimVisitorChatEndpoint = '/__whoson-bundle-sim/visitor-chat';

/** Where the simulator listens and whom to log in as. */
export interface BundleSim {
  url: string;
  authString: string;
  username: string;
  password: string;
}

export async function bundleSim(): Promise<BundleSim> {
  const response = await fetch(bundleSimEndpoint);
  if (!response.ok) {
    throw new Error(`The simulator is not running (HTTP ${response.status}); is bundleSimPlugin() in web-test-runner.bundle.config.js?`);
  }
  return (await response.json()) as BundleSim;
}

/** A website visitor on site 1 asks for a chat; resolves with its ChatUID. */
export async function startVisitorChat(name: string): Promise<string> {
  const response = await fetch(bundleSimVisitorChatEndpoint, { method: 'POST', body: name });
  if (!response.ok) throw new Error(`Starting a visitor chat failed (HTTP ${response.status}).`);
  const { chatUid } = (await response.json()) as { chatUid: string };
  return chatUid;
}
