// The circle: the conversation, the composer, the people here, and for
// facilitators the tools to look after the circle.

import {h, append, clear, replaceChildren, announce} from '../lib/dom.js';
import {dayKey, dayLabel, durationWords} from '../lib/time.js';
import {errorText} from '../lib/words.js';
import {renderMessage, renderPending, snippet} from './message.js';
import {crisisPanel} from './crisis.js';
import {peoplePanel} from './people.js';
import {facilitatePanel} from './facilitate.js';

const TYPING_EVERY_MS = 3000;
const MAX_CHARS = 4000;
const authorIdOf = (author) => (author && typeof author === 'object' ? author.id : author);

export function circleView(main, app, {id, tab}) {
  const state = app.openCircle(id);
  const ui = {
    revealed: new Set(),
    notes: new Map(),
    openActions: null,
    editing: null,
    confirming: null,
    replyTo: null,
    side: tab === 'facilitate' ? 'facilitate' : 'people',
    sideOpen: tab === 'facilitate',
    crisisOpen: Boolean(state.crisis),
    steppedAway: false,
  };
  const cleanups = [];
  const listen = (type, fn) => {
    state.addEventListener(type, fn);
    cleanups.push(() => state.removeEventListener(type, fn));
  };

  // ---- layout -------------------------------------------------------------
  const title = h('h1', {id: 'circle-title', tabindex: '-1'}, state.name || 'Your circle');
  const meta = h('p', {class: 'circle-meta'});
  const supportBtn = h('button', {type: 'button', class: 'secondary small', hidden: true}, 'Support resources');
  const sideBtn = h('button', {type: 'button', class: 'secondary small side-toggle', 'aria-expanded': 'false', 'aria-controls': 'circle-side'}, 'People');
  const head = h('header', {class: 'circle-head'},
    h('div', {class: 'circle-title'}, title, meta),
    h('div', {class: 'circle-tools'}, supportBtn, sideBtn));

  const banners = h('div', {class: 'circle-banners'});
  const pinsBox = h('section', {class: 'pins', 'aria-label': 'Pinned messages', hidden: true});
  const earlierBtn = h('button', {type: 'button', class: 'secondary small earlier'}, 'Show earlier messages');
  const beginning = h('p', {class: 'beginning', hidden: true}, 'This is the beginning of the conversation.');
  const list = h('ol', {class: 'messages', 'aria-label': 'Messages'});
  const pendingList = h('ol', {class: 'messages pending-list', 'aria-label': 'Your messages on their way'});
  const emptyNote = h('p', {class: 'empty', hidden: true}, 'No messages yet. When you feel ready, you can say hello — there’s no rush.');
  const scroller = h('div', {class: 'scroller', tabindex: '0', 'aria-label': 'Conversation'},
    earlierBtn, beginning, emptyNote, list, pendingList);
  const typingLine = h('p', {class: 'typing', 'aria-live': 'off'});

  const replyBox = h('div', {class: 'replying', hidden: true});
  const cwInput = h('input', {id: 'cw-input', type: 'text', maxlength: '80', placeholder: 'For example: details of the discovery'});
  const cwRow = h('div', {class: 'cw-row', hidden: true},
    h('label', {for: 'cw-input'}, 'Content warning'), cwInput);
  const cwToggle = h('button', {type: 'button', class: 'secondary small cw-toggle', 'aria-pressed': 'false',
    'aria-controls': 'cw-row'}, 'Add content warning');
  cwRow.id = 'cw-row';
  const textarea = h('textarea', {id: 'composer-text', rows: '2', placeholder: 'Write to the circle…', 'aria-describedby': 'composer-note'});
  const sendBtn = h('button', {type: 'submit', class: 'send'}, 'Send');
  const composerNote = h('p', {class: 'composer-note', id: 'composer-note', 'aria-live': 'polite'});
  const composer = h('form', {class: 'composer', 'aria-label': 'Write a message'},
    replyBox, cwRow,
    h('label', {for: 'composer-text', class: 'sr-only'}, 'Message'),
    h('div', {class: 'composer-row'}, textarea, sendBtn),
    h('div', {class: 'composer-foot'}, cwToggle, composerNote));

  const chat = h('section', {class: 'chat', 'aria-labelledby': 'circle-title'},
    banners, pinsBox, scroller, typingLine, composer);
  const side = h('aside', {class: 'side', id: 'circle-side', 'aria-label': 'People and tools'});
  const view = h('div', {class: 'circle-view'}, head, h('div', {class: 'circle-body'}, chat, side));
  replaceChildren(main, view);

  // ---- the conversation -----------------------------------------------------
  // Follow the conversation while the reader is at the bottom; leave them be
  // once they scroll up to read. Any change of size (a panel closing, the
  // keyboard opening on a phone) keeps a reader at the bottom there.
  let followBottom = true;
  const nearBottom = () => followBottom;
  const toBottom = () => { scroller.scrollTop = scroller.scrollHeight; followBottom = true; };
  scroller.addEventListener('scroll', () => {
    followBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 80;
  }, {passive: true});
  const resizeWatch = new ResizeObserver(() => { if (followBottom) scroller.scrollTop = scroller.scrollHeight; });
  resizeWatch.observe(scroller);
  resizeWatch.observe(list);
  resizeWatch.observe(pendingList);

  function fixDays() {
    for (const sep of [...list.querySelectorAll('li.day')]) sep.remove();
    let last = null;
    for (const li of [...list.children]) {
      const key = dayKey(li.dataset.day);
      if (key !== last) {
        li.before(h('li', {class: 'day'}, h('span', {}, dayLabel(li.dataset.day))));
        last = key;
      }
    }
  }

  function placeMessage(m) {
    const el = renderMessage(state, m, ui);
    const existing = list.querySelector(`li.msg[data-seq="${m.seq}"]`);
    if (existing) {
      const hadFocus = existing.contains(document.activeElement);
      const focusAction = hadFocus && document.activeElement.dataset ? document.activeElement.dataset.action : null;
      existing.replaceWith(el);
      if (hadFocus) {
        const target = (focusAction && el.querySelector(`[data-action="${focusAction}"]`)) || el.querySelector('.more') || el;
        target.focus();
      }
      return;
    }
    const after = [...list.querySelectorAll('li.msg')].find((li) => Number(li.dataset.seq) > m.seq);
    if (after) {
      const prev = after.previousElementSibling;
      (prev && prev.classList.contains('day') ? prev : after).before(el);
    } else list.append(el);
  }

  function renderAll() {
    clear(list);
    for (const m of state.sortedMessages()) list.append(renderMessage(state, m, ui));
    fixDays();
    renderPendingList();
    updateHistoryControls();
  }

  function rerender(seq) {
    const m = state.messages.get(seq);
    if (m) placeMessage(m);
  }

  function renderPendingList() {
    const echoes = [...state.echoes];
    const unechoed = (item) => {
      if (item.status !== 'sending') return true;
      const i = echoes.findIndex((e) => e.text === item.text);
      if (i < 0) return true;
      echoes.splice(i, 1);
      return false;
    };
    const items = [...state.mine.values(), ...state.conn.pendingFor(state.id).filter(unechoed)]
      .filter((item) => !(item.status === 'sent' && state.messages.has(item.seq)))
      .sort((a, b) => String(a.created || '').localeCompare(String(b.created || '')));
    const stick = nearBottom();
    replaceChildren(pendingList, items.map((item) => renderPending(state, item)));
    pendingList.hidden = !items.length;
    emptyNote.hidden = Boolean(state.messages.size || items.length) || !state.loaded;
    if (stick) toBottom();
  }

  function updateHistoryControls() {
    const oldest = state.oldestSeq();
    const more = state.hasMoreHistory && oldest !== null && oldest > 1;
    earlierBtn.hidden = !more;
    earlierBtn.disabled = state.loadingHistory;
    earlierBtn.textContent = state.loadingHistory ? 'Loading earlier messages…' : 'Show earlier messages';
    beginning.hidden = more || !state.messages.size;
    emptyNote.hidden = Boolean(state.messages.size || pendingList.children.length) || !state.loaded;
  }

  function loadEarlier() {
    if (state.loadEarlier()) updateHistoryControls();
  }
  earlierBtn.addEventListener('click', loadEarlier);
  scroller.addEventListener('scroll', () => {
    if (scroller.scrollTop < 60 && state.hasMoreHistory && !state.loadingHistory) loadEarlier();
  });

  function renderPins() {
    const pinned = state.pins.map((seq) => state.messages.get(seq)).filter((m) => m && !m.deleted);
    pinsBox.hidden = !state.pins.length;
    const items = state.pins.map((seq) => {
      const m = state.messages.get(seq);
      const text = m ? (m.deleted ? 'A removed message' : (m.cw ? `Content warning: ${m.cw}` : snippet(m.text, 140))) : 'An earlier message';
      const who = m ? state.memberName(authorIdOf(m.author)) : '';
      return h('li', {}, h('a', {href: `#msg-${seq}`, dataset: {seq: String(seq)}, class: 'pin-link'},
        who ? h('span', {class: 'quote-who'}, who) : null, h('span', {}, text)));
    });
    replaceChildren(pinsBox, h('h2', {class: 'pins-title'}, h('span', {'aria-hidden': 'true'}, '📌 '), state.pins.length === 1 ? 'Pinned message' : 'Pinned messages'), h('ul', {}, items));
    void pinned;
  }

  function renderMeta() {
    title.textContent = state.name || 'Your circle';
    document.title = `${state.name || 'Circle'} · Hearth`;
    const here = state.online.size;
    const bits = [`${here} ${here === 1 ? 'person' : 'people'} here now`];
    if (!state.open) bits.push('session paused');
    if (state.slowModeS) bits.push(`slow mode: one message every ${durationWords(state.slowModeS)}`);
    meta.textContent = bits.join(' · ');
    const canSend = state.open || state.isFacilitator;
    if (state.removed) composerNote.textContent = 'You are no longer part of this circle.';
    else if (!canSend) composerNote.textContent = 'The circle is paused right now. You can still write — your message will go out when a facilitator opens it again.';
    else if (state.slowModeS && !state.isFacilitator) composerNote.textContent = `The circle is going slowly: one message every ${durationWords(state.slowModeS)}.`;
    else composerNote.textContent = '';
    sideBtn.textContent = state.isFacilitator ? `People & tools${alertBadge()}` : 'People';
    renderBanners();
  }

  function alertBadge() {
    const n = state.alerts.size + state.held.size;
    return n ? ` (${n})` : '';
  }

  function renderBanners() {
    const parts = [];
    if (state.removed) {
      parts.push(h('div', {class: 'banner info', role: 'status'},
        h('p', {}, 'You are no longer part of this circle. If this feels wrong, please reach out to your facilitator.'),
        h('a', {href: '/', 'data-link': ''}, 'Back to your circles')));
    } else if (!state.open) {
      parts.push(h('div', {class: 'banner info', role: 'status'},
        h('p', {}, 'The circle is paused for now. You can read along, and anything you write will be sent when it opens again.')));
    }
    if (state.agreementPending && !state.removed) {
      const accept = h('button', {type: 'button', class: 'primary'}, 'I have read it and I accept');
      accept.addEventListener('click', () => { accept.disabled = true; state.acceptAgreement(); });
      parts.push(h('section', {class: 'banner info agreement-update', role: 'region',
        'aria-labelledby': 'agreement-update-title'},
        h('h2', {id: 'agreement-update-title'}, 'Our group agreement has been updated'),
        h('p', {}, 'Please take a moment to read it. You can keep reading the circle meanwhile; you can write again once you have accepted it.'),
        h('p', {class: 'agreement-text'}, state.agreementText || ''),
        accept));
    }
    if (state.crisis && ui.crisisOpen) {
      parts.push(crisisPanel(state, {
        onClose: () => { ui.crisisOpen = false; renderBanners(); supportBtn.focus(); },
        onStepAway: () => {
          state.act({type: 'step_away'});
          ui.steppedAway = true;
          renderBanners();
        },
        steppedAway: ui.steppedAway,
      }));
    }
    const stick = nearBottom();
    replaceChildren(banners, parts);
    if (stick) toBottom();
    supportBtn.hidden = !state.crisis || ui.crisisOpen;
  }

  supportBtn.addEventListener('click', () => {
    ui.crisisOpen = true;
    renderBanners();
    banners.querySelector('.crisis')?.focus();
  });

  function renderTyping() {
    const names = state.typingNames();
    if (!names.length) typingLine.textContent = '';
    else if (names.length === 1) typingLine.textContent = `${names[0]} is typing…`;
    else if (names.length === 2) typingLine.textContent = `${names[0]} and ${names[1]} are typing…`;
    else typingLine.textContent = 'Several people are typing…';
  }

  // ---- side panel -------------------------------------------------------------
  function renderSide() {
    const tabs = [];
    if (state.isFacilitator) {
      tabs.push(h('div', {class: 'tabs', role: 'group', 'aria-label': 'Panel'},
        h('button', {type: 'button', class: 'tab', 'aria-pressed': ui.side === 'people' ? 'true' : 'false', dataset: {tab: 'people'}}, 'People'),
        h('button', {type: 'button', class: 'tab', 'aria-pressed': ui.side === 'facilitate' ? 'true' : 'false', dataset: {tab: 'facilitate'}}, `Facilitate${alertBadge()}`)));
    }
    const close = h('button', {type: 'button', class: 'secondary small side-close', dataset: {tab: 'close'}}, 'Back to the conversation');
    const body = ui.side === 'facilitate' && state.isFacilitator
      ? facilitatePanel(state, app, {focusMessage})
      : peoplePanel(state, app);
    replaceChildren(side, close, tabs, body);
    side.classList.toggle('open', ui.sideOpen);
    side.parentElement.classList.toggle('side-open', ui.sideOpen);
    sideBtn.setAttribute('aria-expanded', ui.sideOpen ? 'true' : 'false');
  }

  side.addEventListener('click', (ev) => {
    const btn = ev.target.closest('button[data-tab]');
    if (!btn) return;
    if (btn.dataset.tab === 'close') {
      ui.sideOpen = false;
      renderSide();
      sideBtn.focus();
      return;
    }
    ui.side = btn.dataset.tab;
    renderSide();
    side.querySelector(`button[data-tab="${ui.side}"]`)?.focus();
  });
  sideBtn.addEventListener('click', () => {
    ui.sideOpen = !ui.sideOpen;
    if (ui.sideOpen && state.isFacilitator && (state.alerts.size || state.held.size)) ui.side = 'facilitate';
    renderSide();
    if (ui.sideOpen) side.querySelector('.side-close')?.focus();
  });

  let sideTimer = null;
  const sideSoon = () => {
    // Don't pull a form out from under someone who is typing in the panel.
    if (side.contains(document.activeElement) && document.activeElement.matches('input, textarea, select')) {
      clearTimeout(sideTimer);
      sideTimer = setTimeout(sideSoon, 1500);
      return;
    }
    renderSide();
  };

  // ---- message actions --------------------------------------------------------
  function focusMessage(seq) {
    const el = list.querySelector(`li.msg[data-seq="${seq}"]`);
    if (el) {
      el.scrollIntoView({block: 'center'});
      el.focus();
      el.classList.add('flash');
      setTimeout(() => el.classList.remove('flash'), 1500);
      if (window.matchMedia('(max-width: 959px)').matches && ui.sideOpen) {
        ui.sideOpen = false;
        renderSide();
        el.focus();
      }
    } else {
      announce('That message is further back. Loading earlier messages.');
      loadEarlier();
    }
  }

  list.addEventListener('click', onListClick);
  pinsBox.addEventListener('click', onQuoteClick);
  function onQuoteClick(ev) {
    const a = ev.target.closest('a[data-seq]');
    if (!a) return false;
    ev.preventDefault();
    focusMessage(Number(a.dataset.seq));
    return true;
  }

  function onListClick(ev) {
    if (onQuoteClick(ev)) return;
    const btn = ev.target.closest('button[data-action]');
    if (!btn) return;
    const li = btn.closest('li.msg');
    const seq = Number(li.dataset.seq);
    const m = state.messages.get(seq);
    if (!m) return;
    switch (btn.dataset.action) {
      case 'toggle-actions':
        ui.openActions = ui.openActions === seq ? null : seq;
        ui.confirming = null;
        rerender(seq);
        if (ui.openActions === seq) list.querySelector(`li.msg[data-seq="${seq}"] .actions button`)?.focus();
        else list.querySelector(`li.msg[data-seq="${seq}"] .more`)?.focus();
        return;
      case 'show-cw':
        ui.revealed.add(seq);
        rerender(seq);
        list.querySelector(`li.msg[data-seq="${seq}"] .msg-text`)?.closest('li')?.querySelector('[data-action="hide-cw"]')?.focus();
        return;
      case 'hide-cw':
        ui.revealed.delete(seq);
        rerender(seq);
        list.querySelector(`li.msg[data-seq="${seq}"] [data-action="show-cw"]`)?.focus();
        return;
      case 'react':
        state.act({type: 'react', seq, emoji: btn.dataset.emoji}, {seq});
        return;
      case 'reply':
        ui.replyTo = seq;
        ui.openActions = null;
        rerender(seq);
        renderReply();
        textarea.focus();
        return;
      case 'edit':
        ui.editing = seq;
        ui.openActions = null;
        rerender(seq);
        list.querySelector(`li.msg[data-seq="${seq}"] textarea`)?.focus();
        return;
      case 'cancel-edit':
        ui.editing = null;
        rerender(seq);
        list.querySelector(`li.msg[data-seq="${seq}"] .more`)?.focus();
        return;
      case 'delete':
        ui.confirming = {seq, kind: 'delete'};
        rerender(seq);
        list.querySelector(`li.msg[data-seq="${seq}"] [data-action="cancel"]`)?.focus();
        return;
      case 'confirm-delete':
        state.act({type: 'delete', seq}, {seq});
        ui.confirming = null;
        ui.openActions = null;
        rerender(seq);
        list.querySelector(`li.msg[data-seq="${seq}"]`)?.focus();
        return;
      case 'report':
        ui.confirming = {seq, kind: 'report'};
        rerender(seq);
        list.querySelector(`li.msg[data-seq="${seq}"] textarea`)?.focus();
        return;
      case 'cancel':
        ui.confirming = null;
        rerender(seq);
        list.querySelector(`li.msg[data-seq="${seq}"] .more`)?.focus();
        return;
      case 'pin':
      case 'unpin':
        state.act({type: btn.dataset.action, seq}, {seq});
        ui.openActions = null;
        rerender(seq);
        list.querySelector(`li.msg[data-seq="${seq}"] .more`)?.focus();
        return;
      case 'original':
        state.act({type: 'original', seq}, {seq});
        return;
      default:
    }
  }

  list.addEventListener('submit', (ev) => {
    const form = ev.target;
    ev.preventDefault();
    const li = form.closest('li.msg');
    const seq = Number(li.dataset.seq);
    if (form.dataset.action === 'edit-form') {
      const text = form.elements.text.value.trim();
      if (!text) return;
      state.act({type: 'edit', seq, text}, {seq});
      ui.editing = null;
      rerender(seq);
      list.querySelector(`li.msg[data-seq="${seq}"] .more`)?.focus();
    } else if (form.dataset.action === 'report-form') {
      const reason = form.elements.reason.value.trim();
      state.act(reason ? {type: 'report', seq, reason} : {type: 'report', seq}, {seq});
      ui.confirming = null;
      ui.openActions = null;
      ui.notes.set(seq, 'Sending your report…');
      rerender(seq);
      list.querySelector(`li.msg[data-seq="${seq}"] .more`)?.focus();
    }
  });

  list.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape') return;
    const li = ev.target.closest('li.msg');
    if (!li) return;
    const seq = Number(li.dataset.seq);
    if (ui.editing === seq) ui.editing = null;
    else if (ui.confirming) ui.confirming = null;
    else if (ui.openActions === seq) ui.openActions = null;
    else return;
    rerender(seq);
    list.querySelector(`li.msg[data-seq="${seq}"] .more`)?.focus();
  });

  pendingList.addEventListener('click', (ev) => {
    const btn = ev.target.closest('button[data-action]');
    if (!btn) return;
    const key = btn.closest('li').dataset.client;
    const item = state.conn.outbox.get(key) || state.mine.get(key)
      || [...state.mine.values()].find((x) => x.client_id === key);
    if (!item) return;
    if (btn.dataset.action === 'retry') state.conn.retry(key);
    if (btn.dataset.action === 'rewrite') {
      textarea.value = item.text;
      if (item.cw) { cwInput.value = item.cw; setCw(true); }
      forget(key);
      textarea.focus();
    }
    if (btn.dataset.action === 'discard') {
      forget(key);
      textarea.focus();
    }
    renderPendingList();
  });
  function forget(key) {
    state.conn.discard(key);
    for (const [k, item] of state.mine) if (k === key || item.client_id === key) state.mine.delete(k);
  }

  // ---- composer -----------------------------------------------------------------
  function renderReply() {
    if (!ui.replyTo) {
      replyBox.hidden = true;
      clear(replyBox);
      return;
    }
    const m = state.messages.get(ui.replyTo);
    const who = m ? state.memberName(authorIdOf(m.author)) : 'a message';
    replaceChildren(replyBox,
      h('p', {}, h('span', {class: 'quote-who'}, `Replying to ${who}`), ' ', h('span', {class: 'quote-text'}, m && !m.cw ? snippet(m.text, 80) : '')),
      h('button', {type: 'button', class: 'link-button', dataset: {action: 'cancel-reply'}}, 'Cancel reply'));
    replyBox.hidden = false;
  }
  replyBox.addEventListener('click', (ev) => {
    if (!ev.target.closest('[data-action="cancel-reply"]')) return;
    ui.replyTo = null;
    renderReply();
    textarea.focus();
  });

  function setCw(on) {
    cwRow.hidden = !on;
    cwToggle.setAttribute('aria-pressed', on ? 'true' : 'false');
    cwToggle.textContent = on ? 'Remove content warning' : 'Add content warning';
    if (!on) cwInput.value = '';
  }
  cwToggle.addEventListener('click', () => {
    const on = cwRow.hidden;
    setCw(on);
    (on ? cwInput : textarea).focus();
  });

  let lastTyping = 0;
  textarea.addEventListener('input', () => {
    autosize();
    const len = [...textarea.value].length;
    if (len > MAX_CHARS - 300) {
      composerNote.textContent = len > MAX_CHARS
        ? `This is ${len - MAX_CHARS} characters over the limit — could you split it into two messages?`
        : `${MAX_CHARS - len} characters left.`;
    } else if (composerNote.dataset.counting) renderMeta();
    composerNote.dataset.counting = len > MAX_CHARS - 300 ? '1' : '';
    if (textarea.value.trim() && Date.now() - lastTyping > TYPING_EVERY_MS && state.conn.isJoined(state.id)) {
      lastTyping = Date.now();
      state.act({type: 'typing'});
    }
  });
  function autosize() {
    textarea.style.height = 'auto';
    textarea.style.height = `${Math.min(textarea.scrollHeight, 200)}px`;
  }
  textarea.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      composer.requestSubmit();
    }
  });
  composer.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const text = textarea.value.trim();
    if (!text || state.removed) return;
    if ([...text].length > MAX_CHARS) {
      composerNote.textContent = errorText('TEXT_TOO_LONG');
      return;
    }
    const cw = cwRow.hidden ? '' : cwInput.value.trim();
    state.conn.sendMessage({circle: state.id, text, reply_to: ui.replyTo, cw: cw || (cwRow.hidden ? '' : 'Sensitive')});
    textarea.value = '';
    autosize();
    ui.replyTo = null;
    renderReply();
    setCw(false);
    lastTyping = 0;
    renderPendingList();
    toBottom();
    textarea.focus();
  });

  // ---- state events -------------------------------------------------------------
  listen('reset', () => { renderAll(); renderPins(); toBottom(); });
  listen('joined', () => { renderMeta(); sideSoon(); });
  listen('message', ({detail}) => {
    const stick = nearBottom();
    placeMessage(detail.message);
    fixDays();
    if (authorIdOf(detail.message.author) === state.me.id) renderPendingList();
    updateHistoryControls();
    if (state.pins.includes(detail.message.seq)) renderPins();
    if (detail.live && authorIdOf(detail.message.author) !== state.me.id) {
      const m = detail.message;
      const who = state.memberName(authorIdOf(m.author));
      announce(m.cw ? `${who} wrote a message with a content warning: ${m.cw}` : `${who}: ${snippet(m.text, 200)}`);
    }
    if (stick) toBottom();
  });
  listen('history', ({detail}) => {
    const before = scroller.scrollHeight;
    const top = scroller.scrollTop;
    if (detail.kind === 'refresh') {
      for (const m of state.sortedMessages()) placeMessage(m);
    } else {
      for (const m of state.sortedMessages()) {
        if (!list.querySelector(`li.msg[data-seq="${m.seq}"]`)) placeMessage(m);
      }
    }
    fixDays();
    updateHistoryControls();
    renderPins();
    if (detail.kind !== 'refresh' && !followBottom) {
      scroller.scrollTop = top + (scroller.scrollHeight - before);
      if (detail.count) announce(`${detail.count} earlier messages loaded.`);
    }
  });
  listen('history-loading', updateHistoryControls);
  listen('update', ({detail}) => { rerender(detail.seq); if (state.pins.includes(detail.seq)) renderPins(); });
  listen('mine', renderPendingList);
  listen('typing', renderTyping);
  listen('presence', () => { renderMeta(); sideSoon(); });
  listen('members', () => { renderMeta(); sideSoon(); });
  listen('pins', () => {
    renderPins();
    for (const m of state.messages.values()) {
      const li = list.querySelector(`li.msg[data-seq="${m.seq}"]`);
      const pinnedNow = state.pins.includes(m.seq);
      if (li && Boolean(li.querySelector('.badge')) !== pinnedNow) rerender(m.seq);
    }
  });
  listen('meta', ({detail}) => {
    renderMeta();
    sideSoon();
    const changed = detail && detail.changed;
    if (changed && typeof changed.open === 'boolean') {
      announce(changed.open ? 'The circle is open again.' : 'The circle has been paused by a facilitator.');
    }
  });
  listen('held', () => { renderMeta(); sideSoon(); });
  listen('alerts', () => { renderMeta(); sideSoon(); });
  listen('crisis', () => {
    ui.crisisOpen = true;
    ui.steppedAway = false;
    renderBanners();
    const panel = banners.querySelector('.crisis');
    if (panel) {
      panel.scrollIntoView({block: 'nearest'});
      panel.focus();
    }
  });
  listen('removed', () => { renderMeta(); announce('You are no longer part of this circle.'); });
  listen('reported', ({detail}) => {
    ui.notes.set(detail.seq, 'Thank you for letting us know. A facilitator will take a look.');
    rerender(detail.seq);
    announce('Thank you. Your report was sent to the facilitators.');
  });
  listen('notice', ({detail}) => {
    if (detail.quiet) return;
    const n = detail.notice;
    app.toast(n.kind === 'rejected' && n.reason ? `${n.text || 'A facilitator decided not to share your message.'} ${n.reason}` : (n.text || ''), {circle: state.id});
  });
  listen('error', ({detail}) => {
    const {error, context} = detail;
    const words = errorText(error.code, error.message, error);
    if (context && typeof context.seq === 'number' && state.messages.has(context.seq)) {
      ui.notes.set(context.seq, words);
      rerender(context.seq);
      setTimeout(() => { ui.notes.delete(context.seq); rerender(context.seq); }, 8000);
      announce(words);
    } else {
      app.toast(words);
    }
  });
  const onOutbox = ({detail}) => {
    if (!detail.circle || detail.circle === state.id) renderPendingList();
  };
  const onStatus = () => { renderPendingList(); };
  state.conn.addEventListener('outbox', onOutbox);
  state.conn.addEventListener('status', onStatus);
  cleanups.push(() => state.conn.removeEventListener('outbox', onOutbox));
  cleanups.push(() => state.conn.removeEventListener('status', onStatus));
  const typingTick = setInterval(renderTyping, 1000);
  cleanups.push(() => clearInterval(typingTick));

  if (state.loaded) renderAll();
  renderPins();
  renderMeta();
  renderSide();
  renderReply();
  toBottom();
  title.focus({preventScroll: true});

  return () => {
    resizeWatch.disconnect();
    clearTimeout(sideTimer);
    for (const fn of cleanups) fn();
  };
}

export {append};
