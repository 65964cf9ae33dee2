/**
 * A store on a hand-driven clock, with every reducer error collected, for store tests.
 */
import type { StoreAction } from '../store/actions.js';
import type { SessionState } from '../store/state.js';
import { createStore, type Store, type StoreError } from '../store/store.js';
import { specEvent, wire } from './wire-events.js';

export const START = Date.UTC(2024, 0, 15, 9, 0, 0);

/** The ChatUID every chat example of the spec uses. */
export const SPEC_CHAT = '65b3b5f6c937df03142c7e51';

export interface WireFrame {
  EventName: string;
  Params?: unknown;
  Header?: unknown;
  Data?: unknown;
}

export class StoreHarness {
  readonly store: Store;
  readonly errors: StoreError[] = [];
  #now = START;

  constructor() {
    this.store = createStore({ now: () => this.#now });
    this.store.onError((error) => this.errors.push(error));
  }

  get state(): SessionState {
    return this.store.getState();
  }

  now(): number {
    return this.#now;
  }

  advance(ms: number): void {
    this.#now += ms;
  }

  dispatch(...actions: StoreAction[]): void {
    for (const action of actions) this.store.dispatch(action);
  }

  /** Dispatches the decoded spec examples with these titles, in order. */
  spec(...titles: string[]): void {
    for (const title of titles) this.store.dispatch(specEvent(title));
  }

  /** Dispatches frames decoded as the connection decodes them. */
  wire(...frames: WireFrame[]): void {
    for (const frame of frames) this.store.dispatch(wire(frame));
  }

  /** A complete login as this connection (hello-less: nameduser, then connected). */
  loginAs(
    connectionId: string,
    user: { name?: string; dept?: string; rights?: string; userName?: string } = {},
    relogin = false,
  ): void {
    this.dispatch({ name: 'local:login-started', payload: { relogin } });
    this.wire(
      {
        EventName: 'nameduser',
        Params: [connectionId],
        Data: {
          Username: user.userName ?? 'me@mysite.com',
          Name: user.name ?? 'Me',
          Dept: user.dept ?? '',
          Rights: user.rights ?? 'YYYYYYYYYYYYY0YYYYYYY',
        },
      },
      { EventName: 'connected', Params: [connectionId], Data: { ApplicationName: 'WhosOn' } },
    );
  }
}

/** A chat as `chatting`/`chatchanged` carry it, with the spec example's values by default. */
export function chatData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ChatUID: SPEC_CHAT,
    SiteKey: 1,
    IP: '195.62.193.194',
    TrackingId: '',
    Name: 'Howard Williams',
    Dept: '',
    SkillNames: 'Sales',
    WaitedSeconds: 0,
    QueuePos: 0,
    TalkingToClientId: '',
    Lang: 'en',
    Translation: false,
    MonitoredBy: null,
    Location: 'United Kingdom - Stoke on Trent',
    Channel: '',
    ...overrides,
  };
}

export function chatChanged(overrides: Record<string, unknown> = {}): WireFrame {
  const data = chatData(overrides);
  return { EventName: 'chatchanged', Params: [data['ChatUID']], Data: data };
}
