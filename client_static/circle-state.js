// Everything the client knows about one circle, kept up to date from frames.
// Views listen to its events and redraw only what changed.

import {get} from './lib/api.js';

const TYPING_SHOWN_MS = 5000;
const HISTORY_PAGE = 50;

const authorIdOf = (author) => (author && typeof author === 'object' ? author.id : author);

export class CircleState extends EventTarget {
  constructor(id, conn, me, name = '') {
    super();
    this.id = id;
    this.conn = conn;
    this.me = me;
    this.name = name;
    this.messages = new Map(); // seq -> message
    this.members = new Map(); // user id -> {id, display_name, role, muted, muted_until}
    this.online = new Set();
    this.typing = new Map(); // user id -> expiry time
    this.pins = [];
    this.role = 'member';
    this.open = true;
    this.slowModeS = 0;
    this.held = new Map(); // held id -> held frame (others', for facilitators)
    this.mine = new Map(); // my messages that have left the outbox but are not in the list
    this.alerts = new Map(); // alert id -> alert
    this.crisis = null; // the latest crisis notice
    this.joinedLastSeq = 0;
    this.joinedOnce = false;
    this.hasMoreHistory = true;
    this.loadingHistory = false;
    this.removed = false;
    this.pendingRefs = new Map(); // ref -> what it was for
    this.loaded = false;
    this.echoes = []; // my messages seen live whose ack has not come yet
  }

  emit(type, detail = {}) {
    this.dispatchEvent(new CustomEvent(type, {detail}));
  }

  get isFacilitator() {
    return this.role === 'facilitator' || this.me.role === 'operator';
  }

  /** Load the newest page over HTTP, then follow the circle live from there. */
  async start() {
    let since = 0;
    try {
      const page = await get(`/api/circles/${encodeURIComponent(this.id)}/messages?limit=${HISTORY_PAGE}`);
      for (const m of page.messages || []) this._upsert(m);
      since = Math.max(0, ...this.messages.keys());
      if ((page.messages || []).length < HISTORY_PAGE) this.hasMoreHistory = false;
    } catch {
      since = 0;
    }
    this.loaded = true;
    this.emit('reset');
    this.conn.join(this.id, since);
  }

  stop() {
    this.conn.leave(this.id);
  }

  memberName(userId) {
    if (userId === this.me.id) return this.me.display_name || 'You';
    const m = this.members.get(userId);
    return m ? m.display_name : 'A member';
  }

  sortedMessages() {
    return [...this.messages.values()].sort((a, b) => a.seq - b.seq);
  }

  oldestSeq() {
    let min = Infinity;
    for (const seq of this.messages.keys()) min = Math.min(min, seq);
    return min === Infinity ? null : min;
  }

  /** Ask for the page before the oldest message we have. */
  loadEarlier() {
    const oldest = this.oldestSeq();
    if (this.loadingHistory || !this.hasMoreHistory || oldest === null || oldest <= 1) {
      if (oldest !== null && oldest <= 1) this.hasMoreHistory = false;
      return false;
    }
    const ref = this.conn.sendFrame({type: 'history', circle: this.id, before: oldest, limit: HISTORY_PAGE});
    if (!ref) return false;
    this.loadingHistory = true;
    this.pendingRefs.set(ref, {kind: 'history', limit: HISTORY_PAGE});
    this.emit('history-loading');
    return true;
  }

  /** Send a frame for this circle, remembering what it was for (to place an error). */
  /** The group agreement changed: fetch the new text for the member to read and accept. */
  async needAgreement() {
    this.agreementPending = true;
    try {
      const {circle} = await get(`/api/circles/${encodeURIComponent(this.id)}`);
      this.agreementText = circle.agreement || '';
      this.agreementVersion = circle.agreement_version || this.agreementVersion;
    } catch { /* the banner still offers to accept */ }
    this.emit('meta', {});
  }

  acceptAgreement() {
    return this.act({type: 'accept_agreement', version: this.agreementVersion});
  }

  act(frame, context = {}) {
    const ref = this.conn.sendFrame({...frame, circle: this.id});
    if (ref) this.pendingRefs.set(ref, {kind: frame.type, ...context});
    return ref;
  }

  _upsert(m) {
    if (typeof m.seq !== 'number') return null;
    const existing = this.messages.get(m.seq);
    const merged = existing ? {...existing, ...m} : {...m};
    if (!merged.reactions) merged.reactions = {};
    this.messages.set(m.seq, merged);
    const authorId = authorIdOf(m.author);
    if (authorId && !this.members.has(authorId) && m.author && m.author.display_name) {
      this.members.set(authorId, {id: authorId, display_name: m.author.display_name, role: 'member', former: true});
    }
    return merged;
  }

  async refreshFacilitation() {
    if (!this.isFacilitator) return;
    const base = `/api/circles/${encodeURIComponent(this.id)}`;
    try {
      const {held} = await get(`${base}/held`);
      for (const item of held || []) {
        if (authorIdOf(item.author) !== this.me.id) this.held.set(item.id, item);
      }
      this.emit('held');
    } catch { /* the live frames still arrive */ }
    try {
      const {alerts} = await get(`${base}/alerts?status=open`);
      for (const a of alerts || []) this.alerts.set(a.id, {...a, circle: a.circle || this.id, status: a.status || 'open'});
      this.emit('alerts', {fresh: false});
    } catch { /* as above */ }
  }

  /** Apply one frame addressed to this circle. */
  handle(f) {
    switch (f.type) {
      case 'joined': {
        const rejoin = this.joinedOnce;
        this.joinedOnce = true;
        this.removed = false;
        this.role = f.role || this.role;
        this.joinedLastSeq = f.last_seq || 0;
        this.members = new Map((f.members || []).map((m) => [m.id, {...m}]));
        this.online = new Set(f.online || []);
        if (Array.isArray(f.pins)) this.pins = f.pins;
        if (typeof f.slow_mode_s === 'number') this.slowModeS = f.slow_mode_s;
        if (typeof f.open === 'boolean') this.open = f.open;
        this.agreementVersion = f.agreement_version || 1;
        if (f.agreement_accepted === false) this.needAgreement();
        // Held frames are sent again after every join; start from a clean slate.
        this.held.clear();
        for (const [key, item] of this.mine) if (item.status === 'held') this.mine.delete(key);
        this.emit('joined', {rejoin});
        this.emit('members');
        this.emit('presence');
        this.emit('pins');
        this.emit('meta');
        if (rejoin && this.messages.size) {
          // Catch edits, deletions and reactions that happened while away.
          const newest = Math.max(...this.messages.keys());
          const ref = this.conn.sendFrame({type: 'history', circle: this.id, before: newest + 1, limit: HISTORY_PAGE});
          if (ref) this.pendingRefs.set(ref, {kind: 'refresh'});
        }
        this.refreshFacilitation();
        break;
      }
      case 'message': {
        const m = this._upsert(f);
        if (!m) break;
        for (const [key, item] of this.mine) {
          if ((item.seq === f.seq) || (item.status === 'held' && item.id && item.id === f.id)) this.mine.delete(key);
        }
        if (f.id && this.held.delete(f.id)) this.emit('held');
        // My message can come back before its ack: remember it until the ack, so the
        // copy still marked "sending" is not shown twice meanwhile.
        if (authorIdOf(f.author) === this.me.id && f.seq > this.joinedLastSeq) {
          this.echoes.push({id: f.id, text: f.text});
        }
        this.typing.delete(authorIdOf(f.author));
        this.emit('message', {message: m, live: f.seq > this.joinedLastSeq});
        this.emit('mine');
        this.emit('typing');
        break;
      }
      case 'history': {
        const ctx = this.pendingRefs.get(f.ref) || {};
        this.pendingRefs.delete(f.ref);
        const messages = f.messages || [];
        for (const m of messages) this._upsert(m);
        if (ctx.kind !== 'refresh') {
          this.loadingHistory = false;
          if (messages.length < (ctx.limit || HISTORY_PAGE)) this.hasMoreHistory = false;
        }
        this.emit('history', {count: messages.length, kind: ctx.kind || 'history'});
        break;
      }
      case 'ack': {
        this.echoes = this.echoes.filter((e) => e.id !== f.id);
        const item = f.item;
        if (!item) break;
        if (f.status === 'delivered' || f.status === 'redacted') {
          if (typeof f.seq === 'number' && !this.messages.has(f.seq)) {
            this.mine.set(item.client_id, {...item, status: 'sent', seq: f.seq, redacted: f.status === 'redacted'});
          }
          if (f.status === 'redacted' && typeof f.seq === 'number') {
            (this.redactedMine ||= new Set()).add(f.seq);
            this.emit('update', {seq: f.seq});
          }
        } else if (f.status === 'held') {
          this.mine.set(f.id || item.client_id, {...item, id: f.id, status: 'held', note: f.notice});
        } else if (f.status === 'blocked') {
          this.mine.set(item.client_id, {...item, status: 'blocked', note: f.notice});
        }
        this.emit('mine');
        break;
      }
      case 'held': {
        if (authorIdOf(f.author) === this.me.id) {
          let found = this.mine.get(f.id);
          if (!found) {
            for (const [key, item] of this.mine) {
              if (item.status === 'held' && !item.id && item.text === f.text) {
                this.mine.delete(key);
                found = item;
                break;
              }
            }
          }
          this.mine.set(f.id, {...(found || {}), id: f.id, text: f.text, created: f.ts, status: 'held',
            client_id: found ? found.client_id : f.id, note: found && found.note});
          this.emit('mine');
        } else {
          this.held.set(f.id, f);
          this.emit('held', {fresh: true, item: f});
        }
        break;
      }
      case 'reviewed':
        if (this.held.delete(f.id)) this.emit('held');
        break;
      case 'edited': {
        const m = this.messages.get(f.seq);
        if (m) {
          m.text = f.text;
          m.edited_at = f.edited_at || new Date().toISOString();
          if ('redacted' in f) m.redacted = f.redacted;
          this.emit('update', {seq: f.seq});
        }
        break;
      }
      case 'deleted': {
        const m = this.messages.get(f.seq);
        if (m) {
          m.deleted = true;
          m.deleted_by = f.deleted_by || f.by || m.deleted_by;
          m.text = '';
          this.emit('update', {seq: f.seq});
        }
        if (this.pins.includes(f.seq)) this.emit('pins');
        break;
      }
      case 'reaction': {
        const m = this.messages.get(f.seq);
        if (!m) break;
        const users = new Set(m.reactions[f.emoji] || []);
        if (f.on) users.add(f.user);
        else users.delete(f.user);
        if (users.size) m.reactions[f.emoji] = [...users];
        else delete m.reactions[f.emoji];
        this.emit('update', {seq: f.seq});
        break;
      }
      case 'typing':
        if (f.user !== this.me.id) {
          this.typing.set(f.user, Date.now() + TYPING_SHOWN_MS);
          this.emit('typing');
          setTimeout(() => this.emit('typing'), TYPING_SHOWN_MS + 50);
        }
        break;
      case 'presence':
        this.online = new Set(f.online || []);
        this.emit('presence');
        if ([...this.online].some((id) => !this.members.has(id) || this.members.get(id).former)) this._refreshMembers();
        break;
      case 'pins':
        this.pins = f.seqs || [];
        this.emit('pins');
        break;
      case 'circle_update':
        if (typeof f.slow_mode_s === 'number') this.slowModeS = f.slow_mode_s;
        if (typeof f.open === 'boolean') this.open = f.open;
        if (typeof f.agreement_version === 'number' && f.agreement_version > (this.agreementVersion || 1)) {
          this.agreementVersion = f.agreement_version;
          if (!this.isFacilitator) this.needAgreement();
        }
        this.emit('meta', {changed: f});
        break;
      case 'agreement_accepted':
        this.agreementPending = false;
        this.emit('meta', {});
        break;
      case 'alert':
        this.alerts.set(f.id, {...f, status: f.status || 'open', received: Date.now()});
        this.emit('alerts', {fresh: true, alert: f});
        break;
      case 'alert_update': {
        const a = this.alerts.get(f.id);
        if (f.status === 'resolved') this.alerts.delete(f.id);
        else if (a) Object.assign(a, {status: f.status, by: f.by});
        this.emit('alerts', {fresh: false});
        break;
      }
      case 'member_update': {
        const m = this.members.get(f.user);
        if (m) {
          if ('muted' in f) m.muted = f.muted;
          if ('muted_until' in f) {
            m.muted_until = f.muted_until;
            if (!('muted' in f)) m.muted = f.muted_until !== null;
          }
          if (f.state && f.state !== 'member') this.members.delete(f.user);
        }
        this.emit('members');
        break;
      }
      case 'notice':
        if (f.kind === 'crisis') {
          this.crisis = f;
          this.emit('crisis', {notice: f});
        } else if (f.kind === 'rejected') {
          const key = f.id || f.message_id;
          const item = key && this.mine.get(key);
          if (item) {
            item.status = 'rejected';
            item.note = f.reason || f.text;
          }
          this.emit('mine');
          this.emit('notice', {notice: f});
        } else if (f.kind === 'held' || f.kind === 'blocked' || f.kind === 'redacted') {
          // The message's own status line already explains these.
          this.emit('notice', {notice: f, quiet: true});
        } else {
          this.emit('notice', {notice: f});
        }
        break;
      case 'removed':
        this.removed = true;
        this.emit('removed');
        break;
      case 'reported':
        this.emit('reported', {seq: f.seq});
        break;
      case 'original': {
        if (typeof f.seq === 'number' && this.messages.has(f.seq)) {
          this.messages.get(f.seq).original = f.text;
          this.emit('update', {seq: f.seq});
        }
        const h = f.id && this.held.get(f.id);
        if (h) {
          h.original = f.text;
          this.emit('held');
        }
        break;
      }
      case 'error': {
        const ctx = (f.ref && this.pendingRefs.get(f.ref)) || null;
        if (f.ref) this.pendingRefs.delete(f.ref);
        if (ctx && ctx.kind === 'history') this.loadingHistory = false;
        if (f.item) break; // shown beside the message concerned, via the outbox
        this.emit('error', {error: f, context: ctx});
        break;
      }
      default:
        break;
    }
  }

  /**
   * Someone new is here: ask again for the member list. The server has no
   * "member joined" frame, so a repeated join (from the last seq seen, so
   * nothing is replayed twice) brings a fresh `joined`.
   */
  _refreshMembers() {
    if (this._membersTimer) return;
    this._membersTimer = setTimeout(() => {
      this._membersTimer = null;
      const c = this.conn.circles.get(this.id);
      if (c && this.conn.isJoined(this.id)) this.conn.sendFrame({type: 'join', circle: this.id, since: c.since});
    }, 300);
  }

  /** Names of the people typing right now (not me). */
  typingNames() {
    const now = Date.now();
    const names = [];
    for (const [user, until] of this.typing) {
      if (until > now) names.push(this.memberName(user));
      else this.typing.delete(user);
    }
    return names;
  }
}
