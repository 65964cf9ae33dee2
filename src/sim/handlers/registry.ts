/**
 * How command handlers plug into the simulator. A handler family (chat flow, transfers,
 * visitors, ...) exports a `HandlerFamily` from src/sim/handlers/<family>.ts and is listed
 * once in src/sim/handlers/index.ts. Command names match case-insensitively, as the spec
 * says of command names.
 */

import type { OperatorConnection, SimServer } from '../server.js';
import type { World } from '../world.js';

export interface CommandContext {
  readonly server: SimServer;
  readonly world: World;
  /** The sending connection; always logged in when a handler runs. */
  readonly conn: OperatorConnection;
  /** `Params` (or `Parameters`) as strings; [] when null or absent. */
  readonly params: readonly string[];
  /** `Params` exactly as sent (SaveServerSettings sends an object there). */
  readonly rawParams: unknown;
  /** The command name as the client spelled it. */
  readonly command: string;
}

export type CommandHandler = (ctx: CommandContext) => void;

export type HandlerTable = Readonly<Record<string, CommandHandler>>;

export interface HandlerFamily {
  readonly name: string;
  readonly handlers: HandlerTable;
  /** Runs once per server, after all families' handlers are registered: subscribe to hooks, start timers. */
  readonly install?: (server: SimServer) => void;
}

/** Command name -> handler, names compared case-insensitively. */
export class HandlerRegistry {
  readonly #handlers = new Map<string, CommandHandler>();
  readonly #owners = new Map<string, string>();

  /** Adds a table; a name registered twice is a programming error and throws. */
  register(table: HandlerTable, owner = 'anonymous'): void {
    for (const [name, handler] of Object.entries(table)) {
      const key = name.toLowerCase();
      const existing = this.#owners.get(key);
      if (existing !== undefined) {
        throw new Error(`Command "${name}" is registered by both ${existing} and ${owner}`);
      }
      this.#handlers.set(key, handler);
      this.#owners.set(key, owner);
    }
  }

  lookup(name: string): CommandHandler | undefined {
    return this.#handlers.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.#handlers.has(name.toLowerCase());
  }

  names(): string[] {
    return [...this.#handlers.keys()];
  }
}

/** Registers a table on a registry (the form handler families and tests use). */
export function registerHandlers(registry: HandlerRegistry, table: HandlerTable, owner?: string): void {
  registry.register(table, owner);
}
