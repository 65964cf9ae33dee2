/**
 * The `npm start` page's own script: what an integrator writes to put the kit into a CRM
 * page. It registers the elements, asks its back end (here: the start script) where the
 * chat server is, and logs the demo operator in. `?operator=martin` (or `admin`) logs in
 * as another demo user, for a second tab that receives transfers.
 */
import '../src/define/whoson-session.js';
import '../src/define/whoson-waiting-badge.js';
import '../src/define/whoson-chat-list.js';
import '../src/define/whoson-chat-pane.js';
import '../src/define/whoson-transfer-dialog.js';
import { demoConfigPath, isDemoOperatorKey } from './demo-config.js';
import type { DemoConfig, DemoOperatorKey } from './demo-config.js';
import { setUpThemeToggle } from './theme.js';

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`index.html lacks #${id}`);
  return found;
}

function sessionElement(): HTMLElementTagNameMap['whoson-session'] {
  const found = document.querySelector('whoson-session');
  if (found === null) throw new Error('index.html lacks <whoson-session>');
  return found;
}

const session = sessionElement();
const liveChats = element('live-chats', HTMLElement);
const problem = element('demo-problem', HTMLParagraphElement);
const operatorSwitch = element('operator-switch', HTMLAnchorElement);

setUpThemeToggle(element('theme-toggle', HTMLButtonElement));

function chosenOperator(): DemoOperatorKey {
  const asked = new URLSearchParams(location.search).get('operator')?.toLowerCase() ?? '';
  return isDemoOperatorKey(asked) ? asked : 'thomas';
}

/** The header link opens the other demo operator in a new tab (Thomas <-> Martin). */
function offerOtherOperator(config: DemoConfig, me: DemoOperatorKey): void {
  const other: DemoOperatorKey = me === 'thomas' ? 'martin' : 'thomas';
  const url = new URL(location.href);
  url.search = other === 'thomas' ? '' : `?operator=${other}`;
  operatorSwitch.href = url.href;
  operatorSwitch.textContent = `Open as ${config.operators[other].name} in a new tab`;
}

function showProblem(text: string): void {
  problem.textContent = text;
  problem.hidden = false;
}

async function loadConfig(): Promise<DemoConfig> {
  const response = await fetch(demoConfigPath, { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as DemoConfig;
}

async function logIn(): Promise<void> {
  const me = chosenOperator();
  let config: DemoConfig;
  try {
    config = await loadConfig();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    showProblem(`No simulator address (${reason}). Start the demo with "npm start" and open the address it prints.`);
    return;
  }
  const operator = config.operators[me];
  document.title = `${operator.name} · ${document.title}`;
  offerOtherOperator(config, me);
  session.setAttribute('url', config.simUrl);
  session.setAttribute('auth-string', config.authString);
  session.setAttribute('username', operator.username);
  // A property, never an attribute: the element logs in once all four are present.
  session.password = config.password;
}

// The header badge asks the page to show the chats: bring the list into view and move
// focus there, so a keyboard user continues in the list.
document.addEventListener('whoson-badge-activate', () => {
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  liveChats.scrollIntoView({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
  liveChats.focus({ preventScroll: true });
  liveChats.classList.remove('crm-flash');
  // Restarts the highlight animation when the badge is pressed again.
  void liveChats.offsetWidth;
  liveChats.classList.add('crm-flash');
});
liveChats.addEventListener('animationend', () => liveChats.classList.remove('crm-flash'));

session.addEventListener('whoson-login-failed', (event) => {
  showProblem(
    `The demo login was refused: ${event.detail.reason} (Is this operator open in another tab? Log in with the form, or open ?operator=admin.)`,
  );
});
session.addEventListener('whoson-connected', () => {
  problem.hidden = true;
});

// Leaving the page: log out with Close at once, so a reload is not refused as "already logged in".
addEventListener('pagehide', () => session.logout());

void logIn();
