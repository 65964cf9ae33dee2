/**
 * What the `npm start` process tells the demo page (browser side and Node side share this
 * file; no Node imports here). The page asks for it at start-up the way a CRM page would
 * ask its own back end where the chat server is: the simulator's port can move.
 */

export const demoConfigPath = '/__whoson-demo/config.json';

/** The demo operators, by the short name the page's `?operator=` parameter takes. */
export type DemoOperatorKey = 'thomas' | 'martin' | 'admin';

export interface DemoOperator {
  readonly username: string;
  /** The display name the simulator has for the user. */
  readonly name: string;
}

export interface DemoConfig {
  /** The simulator's WebSocket address, e.g. `ws://127.0.0.1:8013`. */
  readonly simUrl: string;
  readonly authString: string;
  /** The simulator's demo password (the same for every demo user; not a secret). */
  readonly password: string;
  readonly operators: Readonly<Record<DemoOperatorKey, DemoOperator>>;
}

export const demoOperatorKeys: readonly DemoOperatorKey[] = ['thomas', 'martin', 'admin'];

export function isDemoOperatorKey(value: string): value is DemoOperatorKey {
  return (demoOperatorKeys as readonly string[]).includes(value);
}
