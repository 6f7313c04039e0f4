// Hearth's browser client: routing, the signed-in session, the connection
// status, and alerts that a facilitator must not miss.

import {h, replaceChildren, announce} from './lib/dom.js';
import {get, post, ApiError} from './lib/api.js';
import {errorText} from './lib/words.js';
import {playChime, unlockAudioOnGesture, soundEnabled, setSoundEnabled} from './lib/chime.js';
import {Connection} from './connection.js';
import {CircleState} from './circle-state.js';
import {signInView, homeView, joinView} from './views/auth.js';
import {circleView} from './views/circle.js';

const main = document.getElementById('main');
const statusEl = document.getElementById('conn-status');
const accountEl = document.getElementById('account');
const bannerEl = document.getElementById('alert-banner');
const toastsEl = document.getElementById('toasts');

const conn = new Connection();

const app = {
  me: null,
  circles: [],
  states: new Map(),
  conn,
  returnTo: null,
  urgent: new Map(), // alert id -> {alert, circleName}

  navigate(path, {replace = false} = {}) {
    if (replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    route();
  },

  /** After login or register: load my circles and connect. */
  async signedIn(user) {
    app.me = user;
    await app.refreshMe();
    startConnection();
    renderAccount();
  },

  async refreshMe() {
    const res = await get('/api/me');
    app.me = res.user;
    app.circles = res.circles || [];
    for (const c of app.circles) {
      const st = app.states.get(c.id);
      if (st) st.name = c.name;
    }
    followFacilitatedCircles();
  },

  /** The live state of a circle, started on first use. */
  openCircle(id) {
    let st = app.states.get(id);
    if (!st) {
      const info = app.circles.find((c) => c.id === id);
      st = new CircleState(id, conn, app.me, info ? info.name : '');
      if (info && info.role) st.role = info.role;
      watchState(st);
      app.states.set(id, st);
      st.start();
    }
    return st;
  },

  toast(text, {urgent = false} = {}) {
    if (!text) return;
    const item = h('div', {class: 'toast'}, h('p', {}, text),
      h('button', {type: 'button', class: 'link-button', 'aria-label': 'Dismiss this note'}, 'Dismiss'));
    item.querySelector('button').addEventListener('click', () => item.remove());
    toastsEl.append(item);
    announce(text, {urgent});
    setTimeout(() => item.remove(), 12000);
  },
};

// ---- connection status, always visible ------------------------------------------
let countdown = null;
function renderStatus() {
  clearInterval(countdown);
  const s = conn.status;
  const pending = [...conn.outbox.values()].filter((i) => i.status === 'queued' || i.status === 'sending').length;
  const waitingNote = pending ? ` ${pending === 1 ? 'One message is' : `${pending} messages are`} kept safe and will be sent when you're back.` : '';
  statusEl.className = `conn conn-${s}`;
  if (s === 'online') {
    replaceChildren(statusEl, h('span', {class: 'dot', 'aria-hidden': 'true'}), 'Connected');
  } else if (s === 'connecting') {
    replaceChildren(statusEl, h('span', {class: 'dot', 'aria-hidden': 'true'}), 'Connecting…');
  } else if (s === 'waiting') {
    const draw = () => {
      const secs = Math.max(0, Math.ceil((conn.retryAt - Date.now()) / 1000));
      replaceChildren(statusEl, h('span', {class: 'dot', 'aria-hidden': 'true'}),
        h('span', {}, `Reconnecting${secs ? ` in ${secs} s` : '…'}`),
        h('span', {class: 'sr-only'}, waitingNote),
        h('button', {type: 'button', class: 'link-button'}, 'Try now'));
      statusEl.querySelector('button').addEventListener('click', () => conn.reconnectNow());
    };
    draw();
    countdown = setInterval(draw, 1000);
  } else if (s === 'signed-out') {
    replaceChildren(statusEl, 'Signed out');
  } else {
    replaceChildren(statusEl);
  }
}
conn.addEventListener('status', renderStatus);
conn.addEventListener('outbox', renderStatus);

let lastAnnounced = null;
conn.addEventListener('status', ({detail}) => {
  // Say it once per change, not every countdown tick.
  const s = detail.status;
  if (s === lastAnnounced || s === 'connecting') return;
  if (s === 'online' && lastAnnounced) announce('Connected again.');
  if (s === 'waiting' && lastAnnounced === 'online') announce('Connection lost. Reconnecting — your messages are kept safe.');
  lastAnnounced = s;
});

conn.addEventListener('frame', ({detail: f}) => {
  if (f.type === 'ready' && f.user) {
    app.me = {...app.me, ...f.user};
    return;
  }
  let st = f.circle ? app.states.get(f.circle) : null;
  if (!st && f.type === 'error') {
    if (f.item) st = app.states.get(f.item.circle);
    else for (const s of app.states.values()) if (f.ref && s.pendingRefs.has(f.ref)) st = s;
    if (!st && !f.item) {
      app.toast(errorText(f.code, f.message, f));
      return;
    }
  }
  if (st) st.handle(f);
  if (f.type === 'removed') refreshQuietly();
  if (f.type === 'notice' && !f.circle && f.text) app.toast(f.text);
});

conn.addEventListener('auth-check', async () => {
  try {
    await get('/api/me');
  } catch (e) {
    if (e.status === 401) sessionLost();
  }
});
conn.addEventListener('auth-lost', sessionLost);

function sessionLost() {
  conn.stop();
  app.me = null;
  app.states.clear();
  renderAccount();
  app.toast('Your session has ended. Please sign in again — anything you had not sent is kept on this tab.');
  app.navigate('/', {replace: true});
}

async function refreshQuietly() {
  try { await app.refreshMe(); } catch { /* keep what we had */ }
}

function startConnection() {
  if (!conn.stopped) return;
  conn.start(app.me.id);
}

/** Facilitators hear alerts from every circle they look after, whatever page they are on. */
function followFacilitatedCircles() {
  for (const c of app.circles) {
    if (c.role === 'facilitator') app.openCircle(c.id);
  }
}

// ---- urgent alerts: banner, title and a soft sound -------------------------------
function watchState(st) {
  st.addEventListener('alerts', ({detail}) => {
    for (const id of [...app.urgent.keys()]) {
      const a = st.alerts.get(id);
      if (app.urgent.get(id).circle === st.id && (!a || a.status !== 'open')) app.urgent.delete(id);
    }
    const a = detail && detail.fresh ? detail.alert : null;
    if (a && (a.severity === 'urgent' || a.kind === 'crisis')) {
      app.urgent.set(a.id, {alert: a, circle: st.id, name: st.name});
      playChime();
      announce(`Urgent alert in ${st.name || 'a circle'}: ${a.reason || 'a member may need support now'}.`, {urgent: true});
    }
    renderBanner();
  });
}

const URGENT_PREFIX = '(!) Urgent alert · ';
const baseTitle = () => document.title.replace(/^\(!\) Urgent alert · /, '');
// Views set their own titles; while an urgent alert is open, keep it in front.
new MutationObserver(() => {
  if (app.urgent.size && !document.title.startsWith(URGENT_PREFIX)) document.title = URGENT_PREFIX + document.title;
}).observe(document.querySelector('title'), {childList: true, characterData: true, subtree: true});
function renderBanner() {
  const items = [...app.urgent.values()];
  if (!items.length) {
    bannerEl.hidden = true;
    replaceChildren(bannerEl);
    document.title = baseTitle();
    return;
  }
  const first = items[0];
  const path = `/circle/${encodeURIComponent(first.circle)}?panel=facilitate`;
  const sound = h('button', {type: 'button', class: 'link-button', 'aria-pressed': soundEnabled() ? 'true' : 'false'},
    soundEnabled() ? 'Sound on' : 'Sound off');
  sound.addEventListener('click', () => {
    setSoundEnabled(!soundEnabled());
    renderBanner();
  });
  const dismiss = h('button', {type: 'button', class: 'link-button'}, 'Hide');
  dismiss.addEventListener('click', () => {
    app.urgent.clear();
    renderBanner();
  });
  replaceChildren(bannerEl,
    h('p', {}, h('strong', {}, items.length === 1 ? 'Urgent alert: ' : `${items.length} urgent alerts: `),
      `someone in ${first.name || 'your circle'} may need support now.`),
    h('div', {class: 'row'},
      h('a', {href: path, 'data-link': '', class: 'button-link'}, 'Open the alerts'), sound, dismiss));
  bannerEl.hidden = false;
  document.title = URGENT_PREFIX + baseTitle();
}

// ---- account --------------------------------------------------------------------------
function renderAccount() {
  if (!app.me) {
    replaceChildren(accountEl);
    return;
  }
  const out = h('button', {type: 'button', class: 'link-button'}, 'Sign out');
  out.addEventListener('click', signOut);
  replaceChildren(accountEl,
    h('a', {href: '/', 'data-link': '', class: 'nav-link'}, 'My circles'),
    h('span', {class: 'who'}, app.me.display_name), out);
}

async function signOut() {
  try { await post('/api/logout'); } catch { /* the cookie may already be gone */ }
  conn.stop({forgetOutbox: true});
  app.me = null;
  app.circles = [];
  app.states.clear();
  app.urgent.clear();
  renderBanner();
  renderAccount();
  app.navigate('/', {replace: true});
  announce('You are signed out. Take care.');
}

// ---- routing --------------------------------------------------------------------------
let cleanup = null;
function route() {
  if (cleanup) {
    cleanup();
    cleanup = null;
  }
  const path = location.pathname;
  let m;
  if ((m = /^\/join\/([^/]+)\/?$/.exec(path))) {
    joinView(main, app, {code: decodeURIComponent(m[1])});
  } else if ((m = /^\/circle\/([^/]+)\/?$/.exec(path))) {
    if (!app.me) {
      app.returnTo = path + location.search;
      signInView(main, app);
    } else {
      cleanup = circleView(main, app, {id: decodeURIComponent(m[1]), tab: new URLSearchParams(location.search).get('panel')});
    }
  } else if (app.me) {
    homeView(main, app);
  } else {
    signInView(main, app);
  }
  renderBanner();
}

document.addEventListener('click', (ev) => {
  const a = ev.target.closest('a[data-link]');
  if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
  ev.preventDefault();
  app.navigate(a.getAttribute('href'));
});
window.addEventListener('popstate', route);

async function boot() {
  unlockAudioOnGesture();
  try {
    await app.refreshMe();
    startConnection();
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) {
      if (e.status === 0 || e.status >= 500) {
        replaceChildren(main, h('div', {class: 'page'}, h('section', {class: 'card narrow'},
          h('h1', {}, 'We can’t reach Hearth right now'),
          h('p', {}, errorText(e.code, e.message)),
          h('button', {type: 'button', onclick: () => location.reload()}, 'Try again'))));
        return;
      }
    }
    app.me = null;
  }
  renderAccount();
  route();
}

boot();

export {app};
