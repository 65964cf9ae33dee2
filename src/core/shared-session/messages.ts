/**
 * What a page and the host of its session (a shared worker, or the leader tab) say to
 * each other. Every message is structured-clone data: it crosses a MessagePort or a
 * BroadcastChannel as it is.
 */
import type { LoginCredentials } from '../connection.js';
import type { ServerInfo } from '../protocol/models.js';
import type { SessionApi } from '../session-api.js';
import type { SessionResume } from '../session.js';
import type { StoreAction } from '../store/actions.js';
import type { StateSnapshot } from '../store/snapshot.js';

/** Where the page is: the host picks the page that plays the alerts from it. */
export interface Presence {
  readonly visible: boolean;
  readonly focused: boolean;
}

/** The session methods a page may call on the host (never `login`, handled apart). */
export const remoteMethods = [
  'logout',
  'sendCommand',
  'probe',
  'accept',
  'sendMessage',
  'retryMessage',
  'typing',
  'stopTyping',
  'leave',
  'close',
  'transferToOperators',
  'transferToDepartment',
  'transferToSkills',
  'transferToQueue',
  'wrapUp',
  'setTags',
  'markRead',
  'dismissRequest',
  'dismissConversation',
  'requestVisit',
  'sendDocument',
  'requestField',
  'requestSkills',
  'setStatus',
  'sendToOperator',
  'typingToOperator',
] as const satisfies readonly (keyof SessionApi)[];

export type RemoteMethod = (typeof remoteMethods)[number];

export function isRemoteMethod(name: unknown): name is RemoteMethod {
  return typeof name === 'string' && (remoteMethods as readonly string[]).includes(name);
}

/** An error as it crosses to the page: rebuilt there as the same class where it matters. */
export interface ErrorData {
  readonly name: string;
  readonly message: string;
  /** A LoginError's kind. */
  readonly kind?: string;
}

export type PageMessage =
  | {
      readonly kind: 'hello';
      /** This page's id: unique per page load. */
      readonly tabId: string;
      /** The server's address. */
      readonly url: string;
      /** The user this page wants ('' for whoever is logged in). */
      readonly user: string;
      /** How long the session waits for a page to come back before it logs out. */
      readonly graceMs: number;
      readonly presence: Presence;
      /** What to start from when the host has no session for this page's user. */
      readonly resume?: SessionResume;
    }
  | { readonly kind: 'login'; readonly requestId: number; readonly credentials: LoginCredentials }
  | { readonly kind: 'call'; readonly method: RemoteMethod; readonly args: readonly unknown[] }
  /** An action the page applied at once (a draft): the host applies it and tells the others. */
  | { readonly kind: 'local'; readonly action: StoreAction; readonly at: number }
  | { readonly kind: 'presence'; readonly presence: Presence }
  /** The page mirrors more slices now: send the session's state again. */
  | { readonly kind: 'snapshot' }
  /** The page is going away (pagehide). */
  | { readonly kind: 'bye' };

export type HostMessage =
  /** The page now shows this user's session: start from its state. */
  | { readonly kind: 'bound'; readonly user: string; readonly state: StateSnapshot }
  /** No session for this page (yet): it shows the login form. */
  | { readonly kind: 'unbound' }
  /** The session reduced this action at `at`: the page does the same. */
  | { readonly kind: 'action'; readonly action: StoreAction; readonly at: number }
  | { readonly kind: 'alerting'; readonly alerting: boolean }
  | { readonly kind: 'login-result'; readonly requestId: number; readonly serverInfo: ServerInfo }
  | { readonly kind: 'login-result'; readonly requestId: number; readonly error: ErrorData }
  | { readonly kind: 'call-failed'; readonly method: string; readonly error: ErrorData };

export function errorData(error: unknown): ErrorData {
  if (error instanceof Error) {
    const kind = (error as { kind?: unknown }).kind;
    return typeof kind === 'string'
      ? { name: error.name, message: error.message, kind }
      : { name: error.name, message: error.message };
  }
  return { name: 'Error', message: String(error) };
}
