/**
 * The `npm start` page: loads the kit from its sources, logs in with the core Session
 * and shows what the store holds as plain text. (The elements will replace this form.)
 */
import * as kit from '../src/index.js';
import { Session } from '../src/index.js';
import packageJson from '../package.json' with { type: 'json' };

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html lacks #${id}`);
  return found as T;
}

const form = element<HTMLFormElement>('login');
const logoutButton = element<HTMLButtonElement>('logout');
const problem = element('problem');

element('kit-version').textContent = `${packageJson.name} ${packageJson.version}`;
for (const name of Object.keys(kit).sort()) {
  const item = document.createElement('li');
  item.textContent = name;
  element('exports').append(item);
}

let session: Session | null = null;

function show(current: Session): void {
  const state = current.store.getState();
  element('chat-count').textContent = `${Object.keys(state.chats).length} (${kit.waitingChats(state).length} waiting)`;
  element('operator-count').textContent = String(Object.values(state.clients).filter((client) => client.status === 0).length);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const fields = new FormData(form);
  const text = (name: string) => String(fields.get(name) ?? '');
  session?.logout();
  problem.textContent = '';
  const current = new Session({ url: text('url') });
  session = current;
  current.connection.on('state', ({ state, reason }) => {
    element('connection-state').textContent = reason ? `${state} (${reason})` : state;
    logoutButton.disabled = state === 'idle' || state === 'closed';
  });
  current.store.subscribeAll(() => show(current));
  current
    .login({ username: text('username'), password: text('password'), authString: text('authString') })
    .catch((error: unknown) => {
      problem.textContent = error instanceof Error ? error.message : String(error);
    });
});

logoutButton.addEventListener('click', () => session?.logout());

// While there is no simulator, `npm start` runs the scripted test server: offer it.
fetch('/__whoson-test-server.json')
  .then((response) => (response.ok ? (response.json() as Promise<{ url: string; credentials: Record<string, string> }>) : null))
  .then((server) => {
    if (!server) return;
    for (const [name, value] of Object.entries({ url: server.url, ...server.credentials })) {
      const input = form.elements.namedItem(name);
      if (input instanceof HTMLInputElement) input.value = value;
    }
    const note = element('server-note');
    note.textContent = `Filled in for the scripted test server at ${server.url} (it sends a fixed post-login snapshot).`;
    note.hidden = false;
  })
  .catch(() => {
    // No scripted server (a static host): the form stays empty.
  });
