// One message in the conversation, and the actions a person can take on it.

import {h, append, clear, replaceChildren} from '../lib/dom.js';
import {formatTime, formatFull} from '../lib/time.js';
import {REACTIONS, STATUS_WORDS, errorText} from '../lib/words.js';

const authorIdOf = (author) => (author && typeof author === 'object' ? author.id : author);

function snippet(text, max = 90) {
  const flat = (text || '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The quoted original shown above a reply. */
export function replyQuote(state, seq) {
  const original = state.messages.get(seq);
  const who = original ? state.memberName(authorIdOf(original.author)) : null;
  let body;
  if (!original) body = 'an earlier message';
  else if (original.deleted) body = 'a message that was deleted';
  else if (original.cw) body = `a message with a content warning (${original.cw})`;
  else body = snippet(original.text);
  return h('a', {class: 'quote', href: `#msg-${seq}`, dataset: {seq: String(seq)}},
    h('span', {class: 'quote-who'}, who ? `Replying to ${who}` : 'Replying to'),
    h('span', {class: 'quote-text'}, body));
}

/** The body text, behind a content-warning veil when it has one. */
function bodyOf(m, revealed, own = false) {
  const text = h('p', {class: 'msg-text'}, m.text || '');
  if (!m.cw) return text;
  const wrap = h('div', {class: 'cw'});
  const label = h('p', {class: 'cw-label'}, h('span', {class: 'cw-tag'}, 'Content warning'), ' ', m.cw);
  if (revealed.has(m.seq)) {
    append(wrap, label, text,
      own ? null : h('button', {type: 'button', class: 'link-button', dataset: {action: 'hide-cw'}}, 'Hide again'));
  } else {
    text.classList.add('veiled');
    text.setAttribute('aria-hidden', 'true');
    append(wrap, label, h('button', {type: 'button', class: 'secondary small', dataset: {action: 'show-cw'}}, 'Read this message'), text);
  }
  return wrap;
}

/** Build (or rebuild) the element for a stored message. */
export function renderMessage(state, m, ui) {
  const authorId = authorIdOf(m.author);
  const mine = authorId === state.me.id;
  const name = (m.author && m.author.display_name) || state.memberName(authorId);
  const li = h('li', {
    class: `msg${mine ? ' mine' : ''}${m.deleted ? ' deleted' : ''}`,
    id: `msg-${m.seq}`,
    dataset: {seq: String(m.seq), day: m.ts || ''},
    tabindex: '-1',
  });
  const head = h('div', {class: 'msg-head'},
    h('span', {class: 'author'}, mine ? `${name} (you)` : name),
    ' ',
    h('time', {datetime: m.ts || '', title: formatFull(m.ts)}, formatTime(m.ts)));
  if (m.edited_at && !m.deleted) append(head, ' ', h('span', {class: 'edited'}, '(edited)'));
  if (state.pins.includes(m.seq)) append(head, ' ', h('span', {class: 'badge'}, 'Pinned'));
  li.append(head);

  if (m.deleted) {
    const by = m.deleted_by === 'facilitator' ? 'This message was removed by a facilitator.' : 'This message was deleted.';
    li.append(h('p', {class: 'msg-text tombstone'}, by));
    return li;
  }
  if (m.reply_to) li.append(replyQuote(state, m.reply_to));
  if (ui.editing === m.seq) {
    li.append(editForm(m));
  } else {
    // The author knows what they wrote: their own warning is shown, not veiled.
    li.append(bodyOf(m, mine ? new Set([m.seq]) : ui.revealed, mine));
  }
  const redactedForMe = mine && state.redactedMine && state.redactedMine.has(m.seq);
  if (m.redacted || redactedForMe) {
    li.append(h('p', {class: 'msg-note'}, mine ? STATUS_WORDS.redacted : 'A few details were taken out of this message for privacy.'));
  }
  if (mine) li.append(h('p', {class: 'msg-status', dataset: {status: 'sent'}}, h('span', {class: 'sr-only'}, 'Status: '), 'Sent'));
  if (m.original !== undefined && state.isFacilitator) {
    li.append(h('div', {class: 'original'},
      h('p', {class: 'original-label'}, 'Original text (only facilitators see this)'),
      h('p', {class: 'msg-text'}, m.original)));
  }
  if (ui.notes.has(m.seq)) li.append(h('p', {class: 'msg-note', role: 'status'}, ui.notes.get(m.seq)));

  li.append(reactionsRow(state, m));

  const open = ui.openActions === m.seq;
  li.append(h('button', {
    type: 'button', class: 'more', 'aria-expanded': open ? 'true' : 'false',
    'aria-label': `Actions for message from ${mine ? 'you' : name} at ${formatTime(m.ts)}`,
    dataset: {action: 'toggle-actions'},
  }, h('span', {'aria-hidden': 'true'}, '⋯')));
  if (open) li.append(actionsBar(state, m, mine, ui));
  return li;
}

function reactionsRow(state, m) {
  const row = h('div', {class: 'reactions'});
  for (const {emoji, label} of REACTIONS) {
    const users = (m.reactions && m.reactions[emoji]) || [];
    if (!users.length) continue;
    const pressed = users.includes(state.me.id);
    const names = users.map((u) => state.memberName(u)).join(', ');
    row.append(h('button', {
      type: 'button', class: 'reaction', 'aria-pressed': pressed ? 'true' : 'false',
      title: `${label}: ${names}`, 'aria-label': `${label}, ${users.length} (${names})`,
      dataset: {action: 'react', emoji},
    }, h('span', {'aria-hidden': 'true'}, emoji), ' ', h('span', {'aria-hidden': 'true'}, String(users.length))));
  }
  return row;
}

function actionsBar(state, m, mine, ui) {
  const bar = h('div', {class: 'actions', role: 'group', 'aria-label': 'Message actions'});
  if (ui.confirming && ui.confirming.seq === m.seq) {
    const c = ui.confirming;
    if (c.kind === 'delete') {
      append(bar, h('p', {class: 'confirm-text'}, mine ? 'Delete this message for everyone?' : 'Remove this message from the circle?'),
        h('button', {type: 'button', class: 'danger small', dataset: {action: 'confirm-delete'}}, mine ? 'Delete' : 'Remove'),
        h('button', {type: 'button', class: 'secondary small', dataset: {action: 'cancel'}}, 'Keep it'));
    } else if (c.kind === 'report') {
      const id = `report-${m.seq}`;
      append(bar, h('form', {class: 'report-form', dataset: {action: 'report-form'}},
        h('label', {for: id}, 'What worries you about this message? (optional)'),
        h('textarea', {id, name: 'reason', rows: '2', maxlength: '500'}),
        h('div', {class: 'row'},
          h('button', {type: 'submit', class: 'small'}, 'Send to facilitators'),
          h('button', {type: 'button', class: 'secondary small', dataset: {action: 'cancel'}}, 'Cancel'))));
    }
    return bar;
  }
  const group = h('div', {class: 'react-pick', role: 'group', 'aria-label': 'React'});
  for (const {emoji, label} of REACTIONS) {
    const pressed = ((m.reactions && m.reactions[emoji]) || []).includes(state.me.id);
    group.append(h('button', {type: 'button', class: 'emoji', title: label, 'aria-label': label,
      'aria-pressed': pressed ? 'true' : 'false', dataset: {action: 'react', emoji}}, emoji));
  }
  bar.append(group);
  bar.append(h('button', {type: 'button', class: 'secondary small', dataset: {action: 'reply'}}, 'Reply'));
  if (mine) {
    bar.append(h('button', {type: 'button', class: 'secondary small', dataset: {action: 'edit'}}, 'Edit'));
    bar.append(h('button', {type: 'button', class: 'secondary small', dataset: {action: 'delete'}}, 'Delete'));
  } else {
    bar.append(h('button', {type: 'button', class: 'secondary small', dataset: {action: 'report'}}, 'Report'));
  }
  if (state.isFacilitator) {
    const pinned = state.pins.includes(m.seq);
    bar.append(h('button', {type: 'button', class: 'secondary small', dataset: {action: pinned ? 'unpin' : 'pin'}}, pinned ? 'Unpin' : 'Pin'));
    if (!mine) bar.append(h('button', {type: 'button', class: 'secondary small', dataset: {action: 'delete'}}, 'Remove'));
    if (m.redacted && m.original === undefined) {
      bar.append(h('button', {type: 'button', class: 'secondary small', dataset: {action: 'original'}}, 'See original'));
    }
  }
  return bar;
}

function editForm(m) {
  const id = `edit-${m.seq}`;
  return h('form', {class: 'edit-form', dataset: {action: 'edit-form'}},
    h('label', {for: id, class: 'sr-only'}, 'Edit your message'),
    h('textarea', {id, name: 'text', rows: '3', maxlength: '4000', value: m.text || ''}),
    h('div', {class: 'row'},
      h('button', {type: 'submit', class: 'small'}, 'Save'),
      h('button', {type: 'button', class: 'secondary small', dataset: {action: 'cancel-edit'}}, 'Cancel')));
}

/** One of my messages that is not (yet) in the shared list: sending, held, blocked… */
export function renderPending(state, item) {
  const status = item.status;
  const li = h('li', {class: `msg mine pending status-${status}`, dataset: {client: item.client_id || item.id || '', status}});
  li.append(h('div', {class: 'msg-head'},
    h('span', {class: 'author'}, `${state.me.display_name || 'You'} (you)`), ' ',
    h('time', {datetime: item.created || ''}, formatTime(item.created))));
  if (item.reply_to) li.append(replyQuote(state, item.reply_to));
  if (item.cw) li.append(h('p', {class: 'cw-label'}, h('span', {class: 'cw-tag'}, 'Content warning'), ' ', item.cw));
  li.append(h('p', {class: 'msg-text'}, item.text || ''));
  let words = STATUS_WORDS[status] || STATUS_WORDS.failed;
  if (status === 'sending') words = STATUS_WORDS.sending;
  if (status === 'queued' && state.conn.isJoined(state.id)) words = STATUS_WORDS.sending;
  const line = h('p', {class: 'msg-status', dataset: {status}}, h('span', {class: 'sr-only'}, 'Status: '), words);
  li.append(line);
  if (item.error) {
    li.append(h('p', {class: 'msg-note'}, errorText(item.error.code, item.error.message, item.error)));
  }
  if ((status === 'blocked' || status === 'rejected') && item.note) {
    li.append(h('p', {class: 'msg-note'}, status === 'rejected' ? `The facilitator said: ${item.note}` : item.note));
  }
  const buttons = h('div', {class: 'row'});
  if (status === 'failed' || status === 'paused') {
    buttons.append(h('button', {type: 'button', class: 'small', dataset: {action: 'retry'}}, 'Try again'));
  }
  if (status === 'failed' || status === 'blocked' || status === 'rejected' || status === 'paused') {
    buttons.append(h('button', {type: 'button', class: 'secondary small', dataset: {action: 'rewrite'}}, 'Edit and send again'));
    buttons.append(h('button', {type: 'button', class: 'secondary small', dataset: {action: 'discard'}},
      status === 'blocked' || status === 'rejected' ? 'Dismiss' : "Don't send"));
  }
  if (buttons.childNodes.length) li.append(buttons);
  return li;
}

export {snippet, clear, replaceChildren};
