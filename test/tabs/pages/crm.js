// The test CRM page's own script: points the session at the simulator, in the mode the
// test asks for (?connection=shared|tabs|page), and gives it a single-sign-on
// `credentials` callback that asks this site's back end for the operator's login.
// It also notes when the chat list first shows a chat, for the restore time.
const params = new URLSearchParams(location.search);
const session = document.querySelector('whoson-session');
const config = await (await fetch('/config.json', { cache: 'no-store' })).json();

if (params.get('page') === 'orders') document.querySelector('#title').textContent = 'Orders';
for (const link of document.querySelectorAll('nav a')) {
  // Links keep the test's settings: another page of the same site.
  const url = new URL(link.href);
  for (const [key, value] of params) if (key !== 'page') url.searchParams.set(key, value);
  link.href = url.href;
}

session.setAttribute('connection', params.get('connection') ?? 'shared');
session.setAttribute('grace-period', params.get('grace') ?? '10');
session.setAttribute('auth-string', config.authString);
session.setAttribute('username', params.get('user') ?? config.username);
if (params.get('sso') !== '0') {
  session.credentials = async () => {
    window.credentialsAsked = (window.credentialsAsked ?? 0) + 1;
    return (await fetch('/credentials.json', { cache: 'no-store' })).json();
  };
}
session.setAttribute('url', config.simUrl);

window.events = [];
for (const type of ['whoson-connected', 'whoson-login-failed', 'whoson-disconnected']) {
  session.addEventListener(type, (event) => window.events.push({ type, detail: event.detail }));
}

// When the chat list first shows a chat, in ms since the navigation started.
const list = document.querySelector('whoson-chat-list');
const watch = () => {
  if (list.shadowRoot?.querySelector('[part~="chat"]')) window.chatListShownAt = performance.now();
  else requestAnimationFrame(watch);
};
watch();
