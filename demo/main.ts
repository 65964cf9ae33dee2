/**
 * The `npm start` page's own script: what an integrator writes to put the kit into a CRM
 * page. It registers the elements, asks its back end (here: the start script) where the
 * chat server is, and gives the session a single sign-on `credentials` callback, asked
 * only when a Login is needed: every CRM link is a full page load, and the next page
 * finds the operator's session still logged in (no new Login). `?operator=martin` (or
 * `admin`) is another demo user, with a session of their own, for a second tab that
 * receives transfers.
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

/** CRM links are full page loads; they keep the operator of this tab and mark the page shown. */
function wireNavigation(me: DemoOperatorKey): void {
  const view = new URLSearchParams(location.search).get('view') ?? 'customers';
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.crm-nav a')) {
    const url = new URL(link.href);
    if (me !== 'thomas') url.searchParams.set('operator', me);
    link.href = url.href;
    if (url.searchParams.get('view') === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
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
  session.setAttribute('auth-string', config.authString);
  session.setAttribute('username', operator.username);
  // Single sign-on: the page's back end knows the operator. Asked only when a Login is
  // needed, never when the operator's session is already live in this browser.
  session.credentials = () => ({ username: operator.username, password: config.password });
  session.setAttribute('url', config.simUrl);
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
    `The demo login was refused: ${event.detail.reason} (Log in with the form, or open ?operator=admin.)`,
  );
});
session.addEventListener('whoson-connected', () => {
  problem.hidden = true;
});

wireNavigation(chosenOperator());
void logIn();
