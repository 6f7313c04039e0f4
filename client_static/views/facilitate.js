// The facilitator's tools for one circle: alerts (crisis first), the review
// queue of held messages, the circle's settings, members and the audit log.

import {h} from '../lib/dom.js';
import {get, post} from '../lib/api.js';
import {formatTime, formatFull, durationWords} from '../lib/time.js';
import {errorText} from '../lib/words.js';
import {soundEnabled, setSoundEnabled} from '../lib/chime.js';

const KIND_WORDS = {
  crisis: 'Someone may be in crisis',
  held: 'A message is waiting for review',
  report: 'A member reported a message',
  step_away: 'A member stepped away',
  moderation_failed: 'Automatic checks could not run',
  escalated: 'Escalated to facilitators',
};
const SEVERITY_RANK = {urgent: 0, high: 1, info: 2};
const MUTE_CHOICES = [
  {value: '600', label: '10 minutes'},
  {value: '3600', label: '1 hour'},
  {value: '86400', label: '1 day'},
  {value: '', label: 'Until I lift it'},
];
const SLOW_CHOICES = [0, 10, 30, 60, 120, 300];

const authorIdOf = (author) => (author && typeof author === 'object' ? author.id : author);

function reasonWords(reasons) {
  if (!reasons) return [];
  const list = Array.isArray(reasons) ? reasons : [reasons];
  return list.map((r) => (typeof r === 'string' ? r : (r.label || r.reason || r.text || r.stage || r.code || ''))).filter(Boolean);
}

/** Alerts in the order a facilitator should look at them: crisis, then severity, then oldest. */
export function sortAlerts(alerts) {
  return [...alerts].sort((a, b) => {
    const ac = a.kind === 'crisis' ? 0 : 1;
    const bc = b.kind === 'crisis' ? 0 : 1;
    if (ac !== bc) return ac - bc;
    const as = SEVERITY_RANK[a.severity] ?? 3;
    const bs = SEVERITY_RANK[b.severity] ?? 3;
    if (as !== bs) return as - bs;
    return String(a.ts || a.created_at || '').localeCompare(String(b.ts || b.created_at || ''));
  });
}

export function facilitatePanel(state, app, {focusMessage}) {
  const fui = (state.fui ||= {resolving: null, approving: null, rejecting: null, confirmMember: null,
    invite: null, audit: null, auditOpen: false, auditError: null});
  const root = h('section', {class: 'facilitate', 'aria-labelledby': 'facilitate-title'},
    h('h2', {id: 'facilitate-title'}, 'Facilitate'),
    h('div', {class: 'check'},
      h('input', {type: 'checkbox', id: 'sound-toggle', checked: soundEnabled(), dataset: {action: 'sound'}}),
      h('label', {for: 'sound-toggle'}, 'Play a soft sound for urgent alerts')));

  // Alerts
  const alerts = sortAlerts(state.alerts.values());
  root.append(h('section', {class: 'f-section', 'aria-labelledby': 'alerts-title'},
    h('h3', {id: 'alerts-title'}, `Alerts (${alerts.length})`),
    alerts.length ? h('ul', {class: 'cards'}, alerts.map((a) => alertCard(a, state, fui)))
      : h('p', {class: 'muted'}, 'No open alerts. All is calm.')));

  // Review queue
  const held = [...state.held.values()].sort((a, b) => String(a.ts).localeCompare(String(b.ts)));
  root.append(h('section', {class: 'f-section', 'aria-labelledby': 'review-title'},
    h('h3', {id: 'review-title'}, `Waiting for review (${held.length})`),
    held.length ? h('ul', {class: 'cards'}, held.map((item) => heldCard(item, state, fui)))
      : h('p', {class: 'muted'}, 'Nothing is waiting for review.')));

  // Circle settings
  const slow = h('select', {id: 'slow-select', dataset: {action: 'slow-select'}},
    SLOW_CHOICES.map((s) => h('option', {value: String(s), selected: s === state.slowModeS}, s ? `One message every ${durationWords(s)}` : 'Off')));
  root.append(h('section', {class: 'f-section', 'aria-labelledby': 'settings-title'},
    h('h3', {id: 'settings-title'}, 'Circle'),
    h('p', {}, state.open ? 'The circle is open: members can write.' : 'The circle is paused: members can read but not write.'),
    h('button', {type: 'button', class: state.open ? 'secondary' : '', dataset: {action: 'session'}},
      state.open ? 'Pause the circle' : 'Open the circle'),
    h('div', {class: 'field'}, h('label', {for: 'slow-select'}, 'Slow mode'), slow),
    h('button', {type: 'button', class: 'secondary small', dataset: {action: 'slow-apply'}}, 'Apply slow mode'),
    h('div', {class: 'invite'},
      h('button', {type: 'button', class: 'secondary small', dataset: {action: 'invite'}}, 'Create an invitation link'),
      fui.invite ? inviteBox(fui.invite) : null)));

  // Members
  const members = [...state.members.values()].filter((m) => !m.former && m.id !== state.me.id)
    .sort((a, b) => String(a.display_name).localeCompare(String(b.display_name)));
  root.append(h('section', {class: 'f-section', 'aria-labelledby': 'members-title'},
    h('h3', {id: 'members-title'}, 'Members'),
    members.length ? h('ul', {class: 'cards'}, members.map((m) => memberCard(m, state, fui)))
      : h('p', {class: 'muted'}, 'No one else has joined yet.')));

  // Audit
  const audit = h('section', {class: 'f-section', 'aria-labelledby': 'audit-title'},
    h('h3', {id: 'audit-title'}, 'Audit log'));
  if (!fui.auditOpen) {
    audit.append(h('button', {type: 'button', class: 'secondary small', dataset: {action: 'audit-open'}}, 'Show the audit log'));
  } else {
    audit.append(auditList(fui));
  }
  root.append(audit);

  root.addEventListener('click', (ev) => onClick(ev, state, app, fui, focusMessage, root));
  root.addEventListener('change', (ev) => {
    if (ev.target.dataset.action === 'sound') setSoundEnabled(ev.target.checked);
  });
  root.addEventListener('submit', (ev) => onSubmit(ev, state, fui));
  return root;
}

function alertCard(a, state, fui) {
  const who = a.user ? state.memberName(a.user) : (a.author ? state.memberName(authorIdOf(a.author)) : null);
  const li = h('li', {class: `card alert-card severity-${a.severity || 'info'}${a.kind === 'crisis' ? ' crisis-alert' : ''}`},
    h('p', {class: 'card-title'},
      h('span', {class: `badge sev-${a.severity || 'info'}`}, a.severity === 'urgent' ? 'Urgent' : a.severity === 'high' ? 'High' : 'Info'),
      ' ', KIND_WORDS[a.kind] || a.kind || 'Alert'),
    who ? h('p', {}, `Member: ${who}`) : null,
    a.reason ? h('p', {class: 'card-text'}, a.reason) : null,
    h('p', {class: 'muted small'}, a.ts || a.created_at ? formatFull(a.ts || a.created_at) : '',
      a.status === 'acknowledged' ? ` · Acknowledged${a.by ? ` by ${state.memberName(a.by)}` : ''}` : ''));
  const row = h('div', {class: 'row'});
  if (typeof a.message_seq === 'number') {
    row.append(h('button', {type: 'button', class: 'secondary small', dataset: {action: 'goto', seq: String(a.message_seq)}}, 'Show the message'));
  }
  if (a.status !== 'acknowledged') {
    row.append(h('button', {type: 'button', class: 'small', dataset: {action: 'ack', id: a.id}}, 'Acknowledge'));
  }
  if (fui.resolving !== a.id) {
    row.append(h('button', {type: 'button', class: 'secondary small', dataset: {action: 'resolve', id: a.id}}, 'Resolve…'));
  }
  li.append(row);
  if (fui.resolving === a.id) {
    const fid = `resolve-${a.id}`;
    li.append(h('form', {class: 'stack', dataset: {action: 'resolve-form', id: a.id}},
      h('label', {for: fid}, 'A note for the other facilitators (optional)'),
      h('textarea', {id: fid, name: 'note', rows: '2', maxlength: '1000'}),
      h('div', {class: 'row'},
        h('button', {type: 'submit', class: 'small'}, 'Resolve'),
        h('button', {type: 'button', class: 'secondary small', dataset: {action: 'cancel-resolve', id: a.id}}, 'Cancel'))));
  }
  return li;
}

function heldCard(item, state, fui) {
  const authorId = authorIdOf(item.author);
  const name = (item.author && item.author.display_name) || state.memberName(authorId);
  const reasons = reasonWords(item.reasons);
  const li = h('li', {class: 'card held-card', dataset: {held: item.id}},
    h('p', {class: 'card-title'}, name, ' ', h('span', {class: 'muted small'}, formatTime(item.ts))),
    h('p', {class: 'card-text msg-text'}, item.text || ''),
    reasons.length ? h('p', {class: 'muted small'}, `Held because: ${reasons.join('; ')}`) : null);
  if (fui.approving === item.id) {
    const fid = `redact-${item.id}`;
    li.append(h('form', {class: 'stack', dataset: {action: 'approve-form', id: item.id}},
      h('label', {for: fid}, 'Edit what the circle will see'),
      h('textarea', {id: fid, name: 'text', rows: '4', maxlength: '4000', value: item.text || ''}),
      h('div', {class: 'row'},
        h('button', {type: 'submit', class: 'small'}, 'Share the edited message'),
        h('button', {type: 'button', class: 'secondary small', dataset: {action: 'cancel-held', id: item.id}}, 'Cancel'))));
  } else if (fui.rejecting === item.id) {
    const fid = `reject-${item.id}`;
    li.append(h('form', {class: 'stack', dataset: {action: 'reject-form', id: item.id}},
      h('label', {for: fid}, 'A kind word for the author about why (they will see this)'),
      h('textarea', {id: fid, name: 'reason', rows: '2', maxlength: '500'}),
      h('div', {class: 'row'},
        h('button', {type: 'submit', class: 'danger small'}, "Don't share"),
        h('button', {type: 'button', class: 'secondary small', dataset: {action: 'cancel-held', id: item.id}}, 'Cancel'))));
  } else {
    li.append(h('div', {class: 'row'},
      h('button', {type: 'button', class: 'small', dataset: {action: 'approve', id: item.id}}, 'Approve'),
      h('button', {type: 'button', class: 'secondary small', dataset: {action: 'approve-edit', id: item.id}}, 'Edit, then approve'),
      h('button', {type: 'button', class: 'secondary small', dataset: {action: 'reject', id: item.id}}, "Don't share…")));
  }
  return li;
}

function memberCard(m, state, fui) {
  const on = state.online.has(m.id);
  const muted = m.muted || (m.muted_until && new Date(m.muted_until) > new Date());
  const sel = `mute-${m.id}`;
  const li = h('li', {class: 'card member-card'},
    h('p', {class: 'card-title'}, m.display_name, m.role === 'facilitator' ? h('span', {class: 'badge'}, 'Facilitator') : null),
    h('p', {class: 'muted small'}, on ? 'Here now' : 'Away',
      muted ? ` · Paused${m.muted_until ? ` until ${formatTime(m.muted_until)}` : ' until lifted'}` : ''));
  if (fui.confirmMember && fui.confirmMember.user === m.id) {
    const kind = fui.confirmMember.kind;
    const rid = `why-${m.id}`;
    li.append(h('form', {class: 'stack', dataset: {action: 'member-form', id: m.id, kind}},
      h('p', {}, kind === 'ban'
        ? `Ban ${m.display_name}? They will leave the circle and no invitation will let them back.`
        : `Remove ${m.display_name} from the circle? A new invitation would let them back.`),
      h('label', {for: rid}, 'Reason (optional, kept in the audit log)'),
      h('input', {type: 'text', id: rid, name: 'reason', maxlength: '300'}),
      h('div', {class: 'row'},
        h('button', {type: 'submit', class: 'danger small'}, kind === 'ban' ? 'Ban' : 'Remove'),
        h('button', {type: 'button', class: 'secondary small', dataset: {action: 'cancel-member', id: m.id}}, 'Cancel'))));
    return li;
  }
  const row = h('div', {class: 'row'});
  if (muted) {
    row.append(h('button', {type: 'button', class: 'secondary small', dataset: {action: 'unmute', id: m.id}}, `Let ${m.display_name} write again`));
  } else {
    row.append(h('label', {for: sel, class: 'sr-only'}, `Pause ${m.display_name}'s messages for`),
      h('select', {id: sel, class: 'small', dataset: {action: 'mute-duration', id: m.id}},
        MUTE_CHOICES.map((c) => h('option', {value: c.value}, c.label))),
      h('button', {type: 'button', class: 'secondary small', dataset: {action: 'mute', id: m.id}}, 'Pause messages'));
  }
  row.append(h('button', {type: 'button', class: 'secondary small', dataset: {action: 'remove', id: m.id}}, 'Remove…'),
    h('button', {type: 'button', class: 'danger small', dataset: {action: 'ban', id: m.id}}, 'Ban…'));
  li.append(row);
  return li;
}

function inviteBox(invite) {
  if (invite.error) return h('p', {class: 'error', role: 'alert'}, invite.error);
  const link = `${location.origin}/join/${encodeURIComponent(invite.code)}`;
  return h('div', {class: 'stack'},
    h('label', {for: 'invite-link'}, 'Share this link privately with the person you are inviting:'),
    h('input', {type: 'text', id: 'invite-link', readonly: true, value: link}),
    invite.expires_at ? h('p', {class: 'muted small'}, `It works until ${formatFull(invite.expires_at)}.`) : null);
}

function auditList(fui) {
  const a = fui.audit || {entries: [], next_before: null, loading: true};
  const box = h('div', {class: 'audit'});
  if (fui.auditError) box.append(h('p', {class: 'error', role: 'alert'}, fui.auditError));
  if (!a.entries.length && !a.loading) box.append(h('p', {class: 'muted'}, 'Nothing has been recorded yet.'));
  box.append(h('ol', {class: 'audit-list'}, a.entries.map((e) => {
    const when = e.ts || e.at || e.created_at || e.time;
    const actor = e.actor_name || (e.actor && typeof e.actor === 'object' ? (e.actor.display_name || e.actor.username) : e.actor) || e.by || 'system';
    const action = e.action || e.type || e.kind || 'action';
    const details = [];
    for (const key of ['target_name', 'target', 'user', 'seq', 'decision', 'reason', 'note', 'seconds', 'duration_s', 'open']) {
      if (e[key] !== undefined && e[key] !== null && typeof e[key] !== 'object') details.push(`${key.replace('_', ' ')}: ${e[key]}`);
    }
    return h('li', {},
      h('p', {}, h('strong', {}, String(action).replace(/_/g, ' ')), ' · ', String(actor)),
      details.length ? h('p', {class: 'muted small'}, details.join(' · ')) : null,
      when ? h('p', {class: 'muted small'}, formatFull(when)) : null);
  })));
  if (a.loading) box.append(h('p', {class: 'muted', role: 'status'}, 'Loading…'));
  else if (a.next_before) box.append(h('button', {type: 'button', class: 'secondary small', dataset: {action: 'audit-more'}}, 'Show older entries'));
  return box;
}

async function loadAudit(state, fui, more) {
  const prev = fui.audit || {entries: [], next_before: null};
  fui.audit = {...prev, loading: true};
  fui.auditError = null;
  state.emit('meta');
  const params = new URLSearchParams({limit: '50'});
  if (more && prev.next_before) params.set('before', prev.next_before);
  try {
    const res = await get(`/api/circles/${encodeURIComponent(state.id)}/audit?${params}`);
    fui.audit = {entries: [...(more ? prev.entries : []), ...(res.entries || [])], next_before: res.next_before || null, loading: false};
  } catch (err) {
    fui.audit = {...prev, loading: false};
    fui.auditError = errorText(err.code, err.message);
  }
  state.emit('meta');
}

function onClick(ev, state, app, fui, focusMessage, root) {
  const btn = ev.target.closest('button[data-action]');
  if (!btn) return;
  const id = btn.dataset.id;
  const redraw = () => state.emit('meta');
  switch (btn.dataset.action) {
    case 'goto': focusMessage(Number(btn.dataset.seq)); break;
    case 'ack': state.act({type: 'alert_ack', alert: id}); break;
    case 'resolve': fui.resolving = id; redraw(); break;
    case 'cancel-resolve': fui.resolving = null; redraw(); break;
    case 'approve': state.act({type: 'review', id, decision: 'approve'}); break;
    case 'approve-edit': fui.approving = id; fui.rejecting = null; redraw(); break;
    case 'reject': fui.rejecting = id; fui.approving = null; redraw(); break;
    case 'cancel-held': fui.approving = null; fui.rejecting = null; redraw(); break;
    case 'session': state.act({type: 'session', open: !state.open}); break;
    case 'slow-apply': {
      const sel = root.querySelector('#slow-select');
      state.act({type: 'slow_mode', seconds: Number(sel.value)});
      break;
    }
    case 'mute': {
      const sel = root.querySelector(`select[data-action="mute-duration"][data-id="${CSS.escape(id)}"]`);
      const frame = {type: 'mute', user: id};
      if (sel && sel.value) frame.duration_s = Number(sel.value);
      state.act(frame);
      break;
    }
    case 'unmute': state.act({type: 'unmute', user: id}); break;
    case 'remove': fui.confirmMember = {user: id, kind: 'remove'}; redraw(); break;
    case 'ban': fui.confirmMember = {user: id, kind: 'ban'}; redraw(); break;
    case 'cancel-member': fui.confirmMember = null; redraw(); break;
    case 'invite':
      post(`/api/circles/${encodeURIComponent(state.id)}/invites`, {max_uses: 1, expires_in_s: 7 * 24 * 3600})
        .then((res) => { fui.invite = res; redraw(); })
        .catch((err) => { fui.invite = {error: errorText(err.code, err.message)}; redraw(); });
      break;
    case 'audit-open': fui.auditOpen = true; loadAudit(state, fui, false); break;
    case 'audit-more': loadAudit(state, fui, true); break;
    default:
  }
  void app;
}

function onSubmit(ev, state, fui) {
  const form = ev.target;
  ev.preventDefault();
  const id = form.dataset.id;
  const redraw = () => state.emit('meta');
  switch (form.dataset.action) {
    case 'resolve-form': {
      const note = form.elements.note.value.trim();
      state.act(note ? {type: 'alert_resolve', alert: id, note} : {type: 'alert_resolve', alert: id});
      fui.resolving = null;
      break;
    }
    case 'approve-form': {
      const text = form.elements.text.value.trim();
      if (!text) return;
      state.act({type: 'review', id, decision: 'approve_redacted', text});
      fui.approving = null;
      break;
    }
    case 'reject-form': {
      const reason = form.elements.reason.value.trim();
      state.act(reason ? {type: 'review', id, decision: 'reject', reason} : {type: 'review', id, decision: 'reject'});
      fui.rejecting = null;
      break;
    }
    case 'member-form': {
      const reason = form.elements.reason.value.trim();
      const frame = {type: form.dataset.kind, user: id};
      if (reason) frame.reason = reason;
      state.act(frame);
      fui.confirmMember = null;
      break;
    }
    default:
      return;
  }
  // Move focus out of the form that is going away before the panel redraws.
  document.getElementById('facilitate-title')?.setAttribute('tabindex', '-1');
  document.getElementById('facilitate-title')?.focus();
  redraw();
}
