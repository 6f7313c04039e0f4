// The one WebSocket to Hearth: connects, reconnects with back-off, rejoins
// every open circle from the last seq seen, and keeps an outbox so that a
// message typed while offline is sent exactly once when the link is back.

import {randomId} from './lib/dom.js';

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 10000;
const PING_EVERY_MS = 25000;
const SILENCE_LIMIT_MS = 60000;
const READY_TIMEOUT_MS = 8000;

/** Codes after which retrying the same send as-is would not help. */
const HOLD_FOR_PERSON = new Set(['MUTED', 'TEXT_TOO_LONG', 'FORBIDDEN', 'NOT_A_MEMBER', 'INVALID']);
/** Codes after which the same client_id is sent again by itself. */
const RETRY_LATER = new Set(['RATE_LIMITED', 'SLOW_MODE', 'UNAVAILABLE']);

export class Connection extends EventTarget {
  constructor() {
    super();
    this.ws = null;
    this.ready = false;
    this.status = 'idle';
    this.attempt = 0;
    this.retryAt = 0;
    this.stopped = true;
    this.circles = new Map(); // circle id -> {since, joined}
    this.outbox = new Map(); // client_id -> item, in the order typed
    this.refs = 0;
    this.user = null;
    this._timer = null;
    this._pingTimer = null;
    this._readyTimer = null;
    this.lastFrameAt = 0;
    this._onOnline = () => this.reconnectNow();
    this._onVisible = () => {
      if (document.visibilityState === 'visible' && !this.ws && !this.stopped) this.reconnectNow();
    };
  }

  /** Start (or restart) for a signed-in user; their unsent messages come back. */
  start(userId) {
    this.userId = userId;
    this._loadOutbox();
    this.stopped = false;
    window.addEventListener('online', this._onOnline);
    document.addEventListener('visibilitychange', this._onVisible);
    this._connect();
  }

  /** Stop for good (signing out): close the socket and forget circles. */
  stop({forgetOutbox = false} = {}) {
    this.stopped = true;
    clearTimeout(this._timer);
    clearInterval(this._pingTimer);
    clearTimeout(this._readyTimer);
    window.removeEventListener('online', this._onOnline);
    document.removeEventListener('visibilitychange', this._onVisible);
    if (this.ws) {
      const ws = this.ws;
      this.ws = null;
      ws.close(1000);
    }
    this.ready = false;
    this.circles.clear();
    if (forgetOutbox) {
      this.outbox.clear();
      this._saveOutbox();
    }
    this._setStatus('idle');
  }

  _setStatus(status) {
    this.status = status;
    this.dispatchEvent(new CustomEvent('status', {detail: {status, retryAt: this.retryAt}}));
  }

  _connect() {
    clearTimeout(this._timer);
    if (this.stopped) return;
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    let ws;
    try {
      ws = new WebSocket(`${scheme}//${location.host}/ws`);
    } catch {
      this._scheduleReconnect();
      return;
    }
    this.ws = ws;
    this.ready = false;
    this._setStatus('connecting');
    ws.addEventListener('open', () => {
      // A browser's cookie should bring `ready` unasked; if it never comes,
      // the session is probably gone.
      this._readyTimer = setTimeout(() => {
        if (this.ws === ws && !this.ready) this.dispatchEvent(new CustomEvent('auth-check'));
      }, READY_TIMEOUT_MS);
    });
    ws.addEventListener('message', (ev) => this._onFrame(ws, ev.data));
    ws.addEventListener('close', () => this._dropped(ws));
  }

  _dropped(ws) {
    if (this.ws !== ws) return;
    this.ws = null;
    this.ready = false;
    clearInterval(this._pingTimer);
    clearTimeout(this._readyTimer);
    for (const c of this.circles.values()) c.joined = false;
    for (const item of this.outbox.values()) {
      if (item.status === 'sending') item.status = 'queued';
    }
    this._emitOutbox(null);
    if (this.stopped) return;
    if (this.fatal) {
      this._setStatus('signed-out');
      this.dispatchEvent(new CustomEvent('auth-lost', {detail: {code: this.fatal}}));
      return;
    }
    this._scheduleReconnect();
  }

  _scheduleReconnect() {
    const cap = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** this.attempt);
    const delay = cap / 2 + Math.random() * (cap / 2);
    this.attempt += 1;
    this.retryAt = Date.now() + delay;
    this._setStatus('waiting');
    this._timer = setTimeout(() => this._connect(), delay);
  }

  /** Try at once (the "Try now" button, the browser coming back online). */
  reconnectNow() {
    if (this.stopped || this.ws) return;
    this.attempt = 0;
    this._connect();
  }

  /** Drop the current socket (a dead link that never said goodbye). */
  _forceDrop() {
    const ws = this.ws;
    if (!ws) return;
    try { ws.close(4000); } catch { /* already closing */ }
    this._dropped(ws);
  }

  _startHeartbeat() {
    clearInterval(this._pingTimer);
    this._pingTimer = setInterval(() => {
      if (!this.ready) return;
      if (Date.now() - this.lastFrameAt > SILENCE_LIMIT_MS) {
        this._forceDrop();
        return;
      }
      this._raw({type: 'ping'});
    }, PING_EVERY_MS);
  }

  _raw(frame) {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  /** Send any frame; adds a `ref` so an error can be matched. Returns the ref, or null offline. */
  sendFrame(frame) {
    if (!this.ready) return null;
    this.refs += 1;
    const ref = `r${this.refs}`;
    return this._raw({...frame, ref}) ? ref : null;
  }

  /** Follow a circle: join now if online, and again after every reconnect. */
  join(circle, since = 0) {
    const existing = this.circles.get(circle);
    if (existing) return;
    this.circles.set(circle, {since, joined: false});
    if (this.ready) this._raw({type: 'join', circle, since});
  }

  leave(circle) {
    if (!this.circles.delete(circle)) return;
    if (this.ready) this._raw({type: 'leave', circle});
  }

  isJoined(circle) {
    return Boolean(this.ready && this.circles.get(circle)?.joined);
  }

  /** Remember the highest seq seen, so a rejoin asks only for what is new. */
  noteSeq(circle, seq) {
    const c = this.circles.get(circle);
    if (c && typeof seq === 'number' && seq > c.since) c.since = seq;
  }

  /** Queue a message; it goes out now if possible, or after reconnecting. */
  sendMessage({circle, text, reply_to: replyTo, cw}) {
    const item = {
      client_id: randomId(),
      circle,
      text,
      reply_to: replyTo || undefined,
      cw: cw || undefined,
      status: 'queued',
      created: new Date().toISOString(),
      error: null,
    };
    this.outbox.set(item.client_id, item);
    this._transmit(item);
    this._saveOutbox();
    this._emitOutbox(circle);
    return item;
  }

  /** Send an item again with the same client_id (the server never stores it twice). */
  retry(clientId) {
    const item = this.outbox.get(clientId);
    if (!item) return;
    item.status = 'queued';
    item.error = null;
    this._transmit(item);
    this._emitOutbox(item.circle);
  }

  discard(clientId) {
    const item = this.outbox.get(clientId);
    if (!item) return;
    this.outbox.delete(clientId);
    this._saveOutbox();
    this._emitOutbox(item.circle);
  }

  /** Messages paused by a closed session go out once it opens again. */
  resumePaused(circle) {
    for (const item of this.outbox.values()) {
      if (item.circle === circle && item.status === 'paused') {
        item.status = 'queued';
        item.error = null;
        this._transmit(item);
      }
    }
    this._emitOutbox(circle);
  }

  pendingFor(circle) {
    return [...this.outbox.values()].filter((item) => item.circle === circle);
  }

  _transmit(item) {
    if (!this.isJoined(item.circle)) {
      item.status = 'queued';
      return;
    }
    const frame = {type: 'send', circle: item.circle, text: item.text, client_id: item.client_id};
    if (item.reply_to) frame.reply_to = item.reply_to;
    if (item.cw) frame.cw = item.cw;
    if (this._raw(frame)) item.status = 'sending';
  }

  _flush(circle, open) {
    for (const item of this.outbox.values()) {
      if (item.circle !== circle) continue;
      if (item.status === 'queued' || item.status === 'sending' || (item.status === 'paused' && open !== false)) {
        item.error = null;
        this._transmit(item);
      }
    }
    this._emitOutbox(circle);
  }

  _onSendError(item, frame) {
    item.error = frame;
    if (RETRY_LATER.has(frame.code)) {
      item.status = 'waiting';
      const delay = Math.max(1, Number(frame.retry_after_s) || 2) * 1000 + Math.random() * 400;
      setTimeout(() => {
        if (this.outbox.get(item.client_id) === item && item.status === 'waiting') {
          item.status = 'queued';
          this._transmit(item);
          this._emitOutbox(item.circle);
        }
      }, delay);
    } else if (frame.code === 'SESSION_CLOSED') {
      item.status = 'paused';
    } else if (HOLD_FOR_PERSON.has(frame.code)) {
      item.status = 'failed';
    } else {
      item.status = 'failed';
    }
    this._emitOutbox(item.circle);
  }

  _onFrame(ws, raw) {
    if (this.ws !== ws) return;
    let frame;
    try {
      frame = JSON.parse(raw);
    } catch {
      return;
    }
    if (!frame || typeof frame !== 'object') return;
    this.lastFrameAt = Date.now();
    let afterDispatch = null;
    switch (frame.type) {
      case 'ready':
        clearTimeout(this._readyTimer);
        this.ready = true;
        this.attempt = 0;
        this.user = frame.user || this.user;
        this._setStatus('online');
        this._startHeartbeat();
        for (const [circle, c] of this.circles) this._raw({type: 'join', circle, since: c.since});
        break;
      case 'joined': {
        const c = this.circles.get(frame.circle);
        if (c) c.joined = true;
        afterDispatch = () => this._flush(frame.circle, frame.open);
        break;
      }
      case 'message':
        this.noteSeq(frame.circle, frame.seq);
        break;
      case 'ack': {
        const item = this.outbox.get(frame.client_id);
        if (item) {
          this.outbox.delete(frame.client_id);
          this._saveOutbox();
          frame.item = item;
          afterDispatch = () => this._emitOutbox(item.circle);
        }
        break;
      }
      case 'error': {
        const item = frame.client_id && this.outbox.get(frame.client_id);
        if (item) {
          frame.item = item;
          this._onSendError(item, frame);
        }
        if (frame.close) this.fatal = ['UNAUTHORIZED', 'SESSION_EXPIRED', 'AUTH_REQUIRED'].includes(frame.code) ? frame.code : null;
        break;
      }
      case 'circle_update':
        if (frame.open === true) afterDispatch = () => this.resumePaused(frame.circle);
        break;
      case 'removed':
        this.circles.delete(frame.circle);
        break;
      default:
        break;
    }
    this.dispatchEvent(new CustomEvent('frame', {detail: frame}));
    if (afterDispatch) afterDispatch();
  }

  _emitOutbox(circle) {
    this.dispatchEvent(new CustomEvent('outbox', {detail: {circle}}));
  }

  _storageKey() {
    return `hearth.outbox.${this.userId || 'anon'}`;
  }

  // Unsent messages survive a reload of the tab (sessionStorage: they are
  // forgotten when the tab closes, which matters on a shared phone).
  _saveOutbox() {
    try {
      const items = [...this.outbox.values()].map(({client_id, circle, text, reply_to, cw, created}) => (
        {client_id, circle, text, reply_to, cw, created}));
      if (items.length) sessionStorage.setItem(this._storageKey(), JSON.stringify(items));
      else sessionStorage.removeItem(this._storageKey());
    } catch { /* storage full or disabled: the in-memory outbox still works */ }
  }

  _loadOutbox() {
    this.outbox.clear();
    try {
      const items = JSON.parse(sessionStorage.getItem(this._storageKey()) || '[]');
      for (const item of items) {
        if (item && item.client_id && item.circle && typeof item.text === 'string') {
          this.outbox.set(item.client_id, {...item, status: 'queued', error: null});
        }
      }
    } catch { /* nothing saved */ }
  }
}
