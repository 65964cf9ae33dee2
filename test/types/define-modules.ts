/**
 * Importing a define module by its package path types the DOM for its tag: createElement,
 * querySelector and the element's events, from the declarations in dist/define/.
 * Compiled, never run (`npm run typecheck:package`); a wrong type fails the compilation.
 */
import 'whoson-elements/define/whoson-chat-list.js';
import 'whoson-elements/define/whoson-chat-pane.js';
import 'whoson-elements/define/whoson-session.js';
import 'whoson-elements/define/whoson-transfer-dialog.js';
import 'whoson-elements/define/whoson-waiting-badge.js';
import type {
  ServerInfo,
  WhosonChatList,
  WhosonChatPane,
  WhosonChatSelectEvent,
  WhosonSession,
  WhosonTransferDialog,
  WhosonWaitingBadge,
} from 'whoson-elements';
import { WhosonChatList as DefinedChatList } from 'whoson-elements/define/whoson-chat-list.js';
import { WhosonSession as DefinedSession } from 'whoson-elements/define/whoson-session.js';

/** True only when A and B are the same type (not merely assignable either way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_proof?: T): void {}

const list = document.createElement('whoson-chat-list');
const pane = document.createElement('whoson-chat-pane');
const session = document.createElement('whoson-session');
const dialog = document.createElement('whoson-transfer-dialog');
const badge = document.querySelector('whoson-waiting-badge');
expectType<Equal<typeof list, WhosonChatList>>();
expectType<Equal<typeof pane, WhosonChatPane>>();
expectType<Equal<typeof session, WhosonSession>>();
expectType<Equal<typeof dialog, WhosonTransferDialog>>();
expectType<Equal<typeof badge, WhosonWaitingBadge | null>>();

// The define modules hand out the same classes as the package entry.
expectType<Equal<InstanceType<typeof DefinedChatList>, WhosonChatList>>();
expectType<Equal<InstanceType<typeof DefinedSession>, WhosonSession>>();

// Properties keep their types.
list.compact = true;
list.soundInterval = 5;
// @ts-expect-error `compact` is a boolean
list.compact = 'yes';

session.password = 'from a form field';
const loggedIn: Promise<ServerInfo> = session.login({ username: 'thomas@mysite.com' });
void loggedIn;
// @ts-expect-error `session` is read-only (the core session)
session.session = undefined;

// Events are typed on every element and on the document.
list.addEventListener('whoson-chat-select', (event) => {
  expectType<Equal<typeof event, WhosonChatSelectEvent>>();
  const chatUid: string = event.detail.chatUid;
  void chatUid;
});
session.addEventListener('whoson-connected', (event) => {
  const connectionId: string = event.detail.serverInfo.connectionId;
  void connectionId;
});
document.addEventListener('whoson-badge-activate', (event) => {
  const count: number = event.detail.count;
  void count;
});

dialog.open('chat-uid');
// @ts-expect-error `open` takes the chat's uid
dialog.open();
pane.chatUid = 'chat-uid';
const waiting: number | undefined = badge?.count;
void waiting;
