/**
 * `whoson-elements/react` gives React 19 code checked attributes, properties, refs and
 * `whoson-*` event handlers on the kit's tags. Compiled against @types/react, never run
 * (`npm run typecheck:package`); a wrong type fails the compilation.
 */
import type {} from 'whoson-elements/react';
import 'whoson-elements/define/whoson-chat-list.js';
import 'whoson-elements/define/whoson-chat-pane.js';
import 'whoson-elements/define/whoson-session.js';
import 'whoson-elements/define/whoson-transfer-dialog.js';
import 'whoson-elements/define/whoson-waiting-badge.js';
import { useRef, type JSX } from 'react';
import type {
  WhosonBadgeActivateEvent,
  WhosonChatList,
  WhosonChatSelectEvent,
  WhosonConnectedEvent,
  WhosonSession,
  WhosonTransferEvent,
} from 'whoson-elements';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_proof?: T): void {}

export function OperatorDesk({ onChat }: { onChat: (chatUid: string) => void }): JSX.Element {
  const session = useRef<WhosonSession>(null);
  const list = useRef<WhosonChatList>(null);
  return (
    <whoson-session
      ref={session}
      id="main"
      url="wss://chat.example.com:8013"
      auth-string="MYSERVERAUTH"
      username="thomas@mysite.com"
      lang="en"
      onwhoson-connected={(event) => {
        expectType<Equal<typeof event, WhosonConnectedEvent>>();
        console.log(event.detail.serverInfo.connectionId);
      }}
      // Events of the elements inside bubble through the session.
      onwhoson-chat-select={(event) => onChat(event.detail.chatUid)}
    >
      <p slot="login">Sign in through the CRM first.</p>
      <whoson-waiting-badge
        class="header-badge"
        style={{ '--whoson-waiting-badge-background': 'rebeccapurple', marginInlineStart: 8 }}
        sites="1,2"
        onwhoson-badge-activate={(event: WhosonBadgeActivateEvent) => console.log(event.detail.count)}
        onClick={(event) => event.currentTarget.count}
      />
      <whoson-chat-list
        ref={list}
        key="list"
        className="list"
        compact
        notify={false}
        sound-interval={15}
        soundInterval={15}
        onwhoson-chat-select={(event) => {
          expectType<Equal<typeof event, WhosonChatSelectEvent>>();
          onChat(event.detail.chatUid);
        }}
      />
      <whoson-chat-pane chat-uid="" onwhoson-transfer-request={(event) => console.log(event.detail.chatUid)} />
      <whoson-transfer-dialog
        onwhoson-transfer={(event: WhosonTransferEvent) => console.log(event.detail.kind, event.detail.targets)}
        onwhoson-request-close={(event) => event.preventDefault()}
      />
    </whoson-session>
  );
}

// Outside a session, an element names it by id (attribute) or sessionId (property).
export const besideTheSession = (
  <>
    <whoson-waiting-badge session="main" />
    <whoson-chat-pane sessionId="main" chatUid="65c0b2d6c937df0524b56709" />
  </>
);

// @ts-expect-error `compact` takes a boolean
export const wrongAttributeType = <whoson-chat-list compact="yes" />;

// @ts-expect-error the badge has no `chatUid`
export const unknownProperty = <whoson-waiting-badge chatUid="x" />;

// @ts-expect-error a list's selection handler gets a WhosonChatSelectEvent
export const wrongEventType = <whoson-chat-list onwhoson-chat-select={(event: WhosonTransferEvent) => event.detail.kind} />;

// @ts-expect-error the password never goes through JSX (React could write it as an attribute)
export const passwordProp = <whoson-session password="secret" />;

// @ts-expect-error a ref has the element's own type
export const wrongRef = <whoson-chat-list ref={useRef<WhosonSession>(null)} />;

// @ts-expect-error `--whoson-*` custom properties are the kit's; other keys stay React's CSS properties
export const wrongStyle = <whoson-chat-list style={{ colour: 'red' }} />;
