// Signing in, joining from an invitation, and the list of my circles.

import {h, replaceChildren, uid} from '../lib/dom.js';
import {get, post} from '../lib/api.js';
import {errorText} from '../lib/words.js';

function field({label, name, type = 'text', autocomplete, hint, required = true, minlength, maxlength}) {
  const id = uid(name);
  const hintId = hint ? `${id}-hint` : null;
  const input = h('input', {id, name, type, autocomplete, required, minlength, maxlength,
    'aria-describedby': hintId, spellcheck: type === 'text' ? 'false' : null, autocapitalize: 'off'});
  const wrap = h('div', {class: 'field'}, h('label', {for: id}, label), input,
    hint ? h('p', {class: 'hint', id: hintId}, hint) : null);
  if (type === 'password') {
    const toggle = h('button', {type: 'button', class: 'link-button', 'aria-pressed': 'false', 'aria-controls': id}, 'Show password');
    toggle.addEventListener('click', () => {
      const show = input.type === 'password';
      input.type = show ? 'text' : 'password';
      toggle.setAttribute('aria-pressed', show ? 'true' : 'false');
      toggle.textContent = show ? 'Hide password' : 'Show password';
    });
    wrap.append(toggle);
  }
  return wrap;
}

function errorBox() {
  return h('div', {class: 'error', role: 'alert', hidden: true});
}

function showError(box, err) {
  const extra = err.details || {};
  let text = errorText(err.code, err.message, extra);
  if (err.code === 'RATE_LIMITED' && extra.retry_after_s) {
    text = `Let's take a short breather — please try again in ${Math.ceil(extra.retry_after_s)} seconds.`;
  }
  box.textContent = text;
  box.hidden = false;
  box.focus?.();
}

function busy(form, on, label) {
  const btn = form.querySelector('button[type="submit"]');
  btn.disabled = on;
  if (on) {
    btn.dataset.label = btn.textContent;
    btn.textContent = label;
  } else if (btn.dataset.label) {
    btn.textContent = btn.dataset.label;
  }
}

function signInForm(app, {onDone, heading = 'Welcome back', intro = 'Sign in to return to your circle.', level = 'h1'}) {
  const err = errorBox();
  const form = h('form', {class: 'stack', novalidate: true},
    field({label: 'Username', name: 'username', autocomplete: 'username'}),
    field({label: 'Password', name: 'password', type: 'password', autocomplete: 'current-password'}),
    err,
    h('button', {type: 'submit'}, 'Sign in'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const username = form.elements.username.value.trim();
    const password = form.elements.password.value;
    if (!username || !password) {
      showError(err, {code: 'FORM', message: 'Please fill in your username and password.'});
      return;
    }
    err.hidden = true;
    busy(form, true, 'Signing in…');
    try {
      const res = await post('/api/login', {username, password});
      await app.signedIn(res.user);
      onDone();
    } catch (e) {
      busy(form, false);
      showError(err, e);
    }
  });
  return h('section', {class: 'card narrow'},
    h(level, {id: level === 'h1' ? 'signin-title' : uid('signin'), tabindex: '-1'}, heading),
    h('p', {}, intro),
    form);
}

export function signInView(main, app) {
  document.title = 'Sign in · Hearth';
  replaceChildren(main, h('div', {class: 'page'},
    signInForm(app, {onDone: () => app.navigate(app.returnTo || '/', {replace: true})}),
    h('p', {class: 'center muted'}, 'New here? You join Hearth through an invitation link from your circle’s facilitator.')));
  main.querySelector('h1').focus();
}

export function homeView(main, app) {
  document.title = 'Your circles · Hearth';
  const circles = app.circles || [];
  const list = circles.length
    ? h('ul', {class: 'circle-list'}, circles.map((c) => h('li', {},
      h('a', {href: `/circle/${encodeURIComponent(c.id)}`, 'data-link': '', class: 'circle-link'},
        h('span', {class: 'circle-name'}, c.name),
        c.role === 'facilitator' ? h('span', {class: 'badge'}, 'You facilitate') : null))))
    : h('p', {}, 'You’re not in a circle yet. When your facilitator sends you an invitation link, open it to join.');
  replaceChildren(main, h('div', {class: 'page'}, h('section', {class: 'card', 'aria-labelledby': 'home-title'},
    h('h1', {id: 'home-title', tabindex: '-1'}, `Hello, ${app.me.display_name}`),
    h('p', {class: 'muted'}, 'Your circles:'),
    list)));
  main.querySelector('h1').focus();
}

function agreementBlock(circle) {
  return h('section', {class: 'agreement', 'aria-labelledby': 'agreement-title'},
    h('h2', {id: 'agreement-title'}, 'Our group agreement'),
    h('p', {class: 'agreement-text'}, circle.agreement || 'Be kind. Keep what is shared here private. Speak from your own experience.'));
}

function acceptBox() {
  const id = uid('accept');
  return h('div', {class: 'check'},
    h('input', {type: 'checkbox', id, name: 'accept', required: true}),
    h('label', {for: id}, 'I have read the group agreement and I’ll do my best to keep it.'));
}

export async function joinView(main, app, {code}) {
  document.title = 'Join a circle · Hearth';
  replaceChildren(main, h('div', {class: 'page'}, h('p', {class: 'muted', role: 'status'}, 'Opening your invitation…')));
  let invite;
  try {
    invite = await get(`/api/invites/${encodeURIComponent(code)}`);
  } catch (e) {
    replaceChildren(main, h('div', {class: 'page'}, h('section', {class: 'card narrow', 'aria-labelledby': 'inv-title'},
      h('h1', {id: 'inv-title', tabindex: '-1'}, 'This invitation can’t be used'),
      h('p', {}, errorText(e.code, e.message)),
      app.me ? h('a', {href: '/', 'data-link': ''}, 'Go to your circles') : h('a', {href: '/', 'data-link': ''}, 'Sign in instead'))));
    main.querySelector('h1').focus();
    return;
  }
  const circle = invite.circle || {};
  document.title = `Join ${circle.name} · Hearth`;
  const intro = h('div', {},
    h('h1', {id: 'join-title', tabindex: '-1'}, `You’re invited to ${circle.name}`),
    circle.description ? h('p', {class: 'lead'}, circle.description) : null,
    invite.invite && invite.invite.role === 'facilitator' ? h('p', {class: 'badge'}, 'You are invited as a facilitator') : null);
  const err = errorBox();
  let form;
  if (app.me) {
    form = h('form', {class: 'stack', novalidate: true},
      h('p', {}, `You’re signed in as ${app.me.display_name}.`),
      acceptBox(), err, h('button', {type: 'submit'}, 'Join the circle'));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      if (!form.elements.accept.checked) {
        showError(err, {code: 'FORM', message: 'Please read the group agreement and tick the box when you feel ready.'});
        return;
      }
      busy(form, true, 'Joining…');
      try {
        await post(`/api/circles/${encodeURIComponent(circle.id)}/join`, {invite_code: code});
        await app.refreshMe();
        app.navigate(`/circle/${encodeURIComponent(circle.id)}`, {replace: true});
      } catch (e) {
        busy(form, false);
        showError(err, e);
      }
    });
  } else {
    form = h('form', {class: 'stack', novalidate: true},
      h('h2', {}, 'Create your account'),
      field({label: 'The name others will see', name: 'display_name', autocomplete: 'nickname', maxlength: 40,
        hint: 'A first name or a pseudonym — it doesn’t need to be your real name.'}),
      field({label: 'Username', name: 'username', autocomplete: 'username', maxlength: 40,
        hint: 'For signing in. Only you will see it.'}),
      field({label: 'Password', name: 'password', type: 'password', autocomplete: 'new-password', minlength: 8,
        hint: 'At least 8 characters.'}),
      acceptBox(), err, h('button', {type: 'submit'}, 'Join the circle'));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const data = {
        invite_code: code,
        display_name: form.elements.display_name.value.trim(),
        username: form.elements.username.value.trim(),
        password: form.elements.password.value,
      };
      if (!data.display_name || !data.username || !data.password) {
        showError(err, {code: 'FORM', message: 'Please fill in a name, a username and a password.'});
        return;
      }
      if (data.password.length < 8) {
        showError(err, {code: 'FORM', message: 'Please choose a password of at least 8 characters.'});
        return;
      }
      if (!form.elements.accept.checked) {
        showError(err, {code: 'FORM', message: 'Please read the group agreement and tick the box when you feel ready.'});
        return;
      }
      busy(form, true, 'Joining…');
      try {
        const res = await post('/api/register', data);
        await app.signedIn(res.user);
        app.navigate(`/circle/${encodeURIComponent(circle.id)}`, {replace: true});
      } catch (e) {
        busy(form, false);
        showError(err, e);
      }
    });
  }
  const already = app.me ? null : h('details', {class: 'already'},
    h('summary', {}, 'Already have an account? Sign in'),
    signInForm(app, {level: 'h2', heading: 'Sign in', intro: 'After signing in you can join this circle.', onDone: () => joinView(main, app, {code})}));
  replaceChildren(main, h('div', {class: 'page'},
    h('section', {class: 'card', 'aria-labelledby': 'join-title'}, intro, agreementBlock(circle), form),
    already));
  main.querySelector('h1').focus();
}
