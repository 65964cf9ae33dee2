/**
 * JSX typings for React 19 (`whoson-elements/react`): the kit's tags become known
 * intrinsic elements, with their attributes and properties typed and their `whoson-*`
 * events as handler props. Types only; React itself is the application's own dependency.
 *
 *   import type {} from 'whoson-elements/react';
 *   import 'whoson-elements/define/whoson-chat-list.js';
 *
 *   <whoson-chat-list compact onwhoson-chat-select={(event) => open(event.detail.chatUid)} />
 *
 * How React 19 passes props to a custom element, and so what is typed here:
 * - a prop the element has as a property (`compact`, `chatUid`, `sessionId`) is assigned to
 *   that property, with its real type; any other prop (`chat-uid`, `session`,
 *   `auth-string`) is written as an attribute. Both spellings are offered where they differ.
 *   Import the define module before rendering: until the element is defined, React sees
 *   no properties and writes every prop as an attribute.
 * - `on<event name>` adds a listener for that exact event name: `onwhoson-chat-select`
 *   listens for `whoson-chat-select`. The kit's events bubble, so a handler on
 *   `<whoson-session>` also hears the elements inside it.
 * - `class` and `className` both set the class attribute; `style` takes `--whoson-*`
 *   custom properties beside React's CSS properties.
 *
 * TypeScript does not report an unknown JSX attribute whose name has a dash (it treats
 * it like `data-*`), so a misspelt `auth-strng` or `onwhoson-chat-selct` goes unnoticed:
 * prefer the property spelling (`authString`) where there is one.
 */
import type { CSSProperties, DetailedHTMLProps, HTMLAttributes } from 'react';
import type { WhosonChatList } from './components/chat-list/chat-list.js';
import type { WhosonChatPane } from './components/chat-pane/chat-pane.js';
import type { WhosonSession } from './components/session/session.js';
import type { WhosonTransferDialog } from './components/transfer-dialog/transfer-dialog.js';
import type { WhosonWaitingBadge } from './components/waiting-badge/waiting-badge.js';
import type {
  WhosonBadgeActivateEvent,
  WhosonChatRequestEvent,
  WhosonChatSelectEvent,
  WhosonConnectedEvent,
  WhosonDisconnectedEvent,
  WhosonLoginFailedEvent,
  WhosonReconnectingEvent,
  WhosonRequestCloseEvent,
  WhosonTransferEvent,
  WhosonTransferRequestEvent,
} from './events/index.js';

/** Every event of the kit by name. */
export interface WhosonEventMap {
  'whoson-badge-activate': WhosonBadgeActivateEvent;
  'whoson-chat-request': WhosonChatRequestEvent;
  'whoson-chat-select': WhosonChatSelectEvent;
  'whoson-connected': WhosonConnectedEvent;
  'whoson-disconnected': WhosonDisconnectedEvent;
  'whoson-login-failed': WhosonLoginFailedEvent;
  'whoson-reconnecting': WhosonReconnectingEvent;
  'whoson-request-close': WhosonRequestCloseEvent;
  'whoson-transfer': WhosonTransferEvent;
  'whoson-transfer-request': WhosonTransferRequestEvent;
  /** Fired on `<whoson-session>` itself (not bubbling) when its core session is created or replaced. */
  'whoson-session-change': Event;
}

/** React 19's handler props for custom events: `on` + the exact event name. */
export type WhosonEventProps<Name extends keyof WhosonEventMap> = {
  [Key in Name as `on${Key}`]?: (event: WhosonEventMap[Key]) => void;
};

/** `style` with the kit's `--whoson-*` custom properties allowed beside React's own. */
export type WhosonStyle = CSSProperties & { [property: `--whoson-${string}`]: string | number | undefined };

/**
 * What every element takes: React's HTML attributes and DOM events (`id`, `hidden`,
 * `aria-*`, `onClick`, ...), `key`, `ref` typed as the element, `children`, `class` and
 * `className`, and `style`.
 */
export type WhosonElementProps<Element extends HTMLElement> = Omit<
  DetailedHTMLProps<HTMLAttributes<Element>, Element>,
  'style'
> & {
  class?: string;
  style?: WhosonStyle;
};

/** Props of an element that can attach to a `<whoson-session>` elsewhere in the page. */
interface AttachesToSession<Element extends { sessionId: string }> {
  /** The id of a `<whoson-session>` elsewhere in the page (not needed inside one). */
  session?: string;
  /** The property behind `session`. */
  sessionId?: Element['sessionId'];
}

/**
 * `<whoson-session>`. The password is not a prop on purpose: should React render before
 * the element is defined, it would write it as an attribute, into the page's DOM. Assign
 * `password` through a ref, or call `login()`.
 */
export type WhosonSessionProps = WhosonElementProps<WhosonSession> &
  Partial<
    Pick<
      WhosonSession,
      'url' | 'authString' | 'username' | 'name' | 'department' | 'status' | 'connection' | 'gracePeriod' | 'credentials' | 'WebSocket'
    >
  > & {
    /** The server's authentication string (the attribute spelling of `authString`). */
    'auth-string'?: string;
    /** Seconds a shared session waits for a page to come back (the attribute spelling of `gracePeriod`). */
    'grace-period'?: number | string;
  } & WhosonEventProps<keyof WhosonEventMap>;

/** `<whoson-chat-list>`. */
export type WhosonChatListProps = WhosonElementProps<WhosonChatList> &
  AttachesToSession<WhosonChatList> &
  Partial<Pick<WhosonChatList, 'compact' | 'sites' | 'skills' | 'notify' | 'sound' | 'soundInterval'>> & {
    /** Seconds between repeats of the request sound (the attribute spelling of `soundInterval`). */
    'sound-interval'?: number | string;
  } & WhosonEventProps<'whoson-chat-select'>;

/** `<whoson-chat-pane>`. */
export type WhosonChatPaneProps = WhosonElementProps<WhosonChatPane> &
  AttachesToSession<WhosonChatPane> &
  Partial<Pick<WhosonChatPane, 'chatUid'>> & {
    /** The chat to show (the attribute spelling of `chatUid`); without it the pane follows the selection. */
    'chat-uid'?: string;
  } & WhosonEventProps<'whoson-transfer-request'>;

/** `<whoson-waiting-badge>`. */
export type WhosonWaitingBadgeProps = WhosonElementProps<WhosonWaitingBadge> &
  AttachesToSession<WhosonWaitingBadge> &
  Partial<Pick<WhosonWaitingBadge, 'sites' | 'skills'>> &
  WhosonEventProps<'whoson-badge-activate'>;

/** `<whoson-transfer-dialog>` (opened with its `open(chatUid)` method, or by a chat pane). */
export type WhosonTransferDialogProps = WhosonElementProps<WhosonTransferDialog> &
  AttachesToSession<WhosonTransferDialog> &
  WhosonEventProps<'whoson-request-close' | 'whoson-transfer'>;

declare module 'react' {
  // React's own typings declare the intrinsic elements in this namespace.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'whoson-session': WhosonSessionProps;
      'whoson-chat-list': WhosonChatListProps;
      'whoson-chat-pane': WhosonChatPaneProps;
      'whoson-waiting-badge': WhosonWaitingBadgeProps;
      'whoson-transfer-dialog': WhosonTransferDialogProps;
    }
  }
}
