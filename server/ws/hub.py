"""Fan-out: each process's rooms, and the order in which members see messages.

A ``Room`` holds the local connections joined to one circle. Stored
messages reach it from this process's committer and from the bus; it hands
them on strictly in ``seq`` order. A message that arrives ahead of a missing
seq waits briefly for it; if the missing one does not come (the bus dropped
it) the room reads the gap from MongoDB. Every frame is encoded once per
room, not once per recipient, and is put on each connection's bounded queue
without awaiting anyone (see ``Connection.enqueue``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter, deque
from typing import TYPE_CHECKING, Any

import orjson

from ..storage.messages import message_frame

if TYPE_CHECKING:
    from ..bus import Bus
    from ..metrics import Metrics
    from ..storage import Store
    from .connection import Connection

log = logging.getLogger("hearth.hub")

GAP_WAIT_S = 0.15
PRESENCE_EVERY_S = 15.0
PRESENCE_TTL_S = 45.0
CIRCLE_CACHE_S = 30.0
RING_SIZE = 256

# Audiences of a frame within a circle.
ALL = "all"
FACILITATORS = "facilitators"


def encode(frame: dict[str, Any]) -> str:
    return orjson.dumps(frame).decode()


class Expiring(dict[Any, tuple[float, Any]]):
    """A small cache whose entries expire, bounded by clearing when it grows too large."""

    def __init__(self, ttl: float, limit: int) -> None:
        super().__init__()
        self.ttl, self.limit = ttl, limit

    def fresh(self, key: Any) -> tuple[bool, Any]:
        """(hit, value) for a key stored less than ``ttl`` seconds ago."""
        cached = self.get(key)
        if cached is not None and time.monotonic() - cached[0] < self.ttl:
            return True, cached[1]
        return False, None

    def put(self, key: Any, value: Any) -> None:
        if len(self) > self.limit:
            self.clear()
        self[key] = (time.monotonic(), value)


class Member:
    """One local connection's place in a room."""

    __slots__ = ("conn", "user", "staff", "backlog")

    def __init__(self, conn: Connection, user: str, staff: bool) -> None:
        self.conn = conn
        self.user = user
        self.staff = staff  # facilitator of this circle, or operator
        # Frames that arrive while the connection is still replaying history.
        self.backlog: list[tuple[int, str]] | None = []


class Room:
    def __init__(self, hub: Hub, circle: str, last_seq: int) -> None:
        self.hub = hub
        self.circle = circle
        self.last_seq = last_seq
        self.members: dict[Connection, Member] = {}
        self.pending: dict[int, dict[str, Any]] = {}
        self.gap_task: asyncio.Task[None] | None = None
        self.online_local: Counter[str] = Counter()
        self.online_remote: dict[str, tuple[float, frozenset[str]]] = {}
        # Recent texts per author, for the moderation context (flood, duplicates).
        self.recent: dict[str, deque[tuple[float, str]]] = {}
        # What a join needs, kept while the room lives so that a crowd rejoining at
        # once (a server restart, a network blip) costs few database reads:
        # the latest messages in their current state (contiguous, ending at
        # last_seq), the member list, and the pending held messages.
        self.ring: deque[dict[str, Any]] = deque(maxlen=RING_SIZE)
        self.members_cache: list[dict[str, Any]] | None = None
        self.held_cache: list[dict[str, Any]] | None = None

    # membership of the room

    def add(self, conn: Connection, user: str, staff: bool) -> Member:
        m = Member(conn, user, staff)
        self.members[conn] = m
        self.online_local[user] += 1
        if self.online_local[user] == 1:
            self.presence_changed()
        return m

    def remove(self, conn: Connection) -> None:
        m = self.members.pop(conn, None)
        if m is None:
            return
        self.online_local[m.user] -= 1
        if self.online_local[m.user] <= 0:
            del self.online_local[m.user]
            self.presence_changed()
        if not self.members:
            self.hub.drop(self)

    def ready(self, member: Member, sent_upto: int) -> None:
        """The connection has replayed history up to ``sent_upto``: release what waited."""
        waiting, member.backlog = member.backlog or [], None
        for seq, text in waiting:
            if seq == 0 or seq > sent_upto:
                member.conn.enqueue(text)

    # ordered messages

    def on_message(self, frame: dict[str, Any]) -> None:
        seq = frame["seq"]
        if seq <= self.last_seq:
            return
        if seq != self.last_seq + 1:
            self.pending[seq] = frame
            if self.gap_task is None:
                self.gap_task = asyncio.create_task(self._fill_gap())
            return
        self._deliver_seq(frame)
        while self.last_seq + 1 in self.pending:
            self._deliver_seq(self.pending.pop(self.last_seq + 1))

    def _deliver_seq(self, frame: dict[str, Any]) -> None:
        if not self.ring or self.ring[-1]["seq"] == frame["seq"] - 1:
            self.ring.append(frame)
        else:
            self.ring.clear()
        self.last_seq = frame["seq"]
        self._send(frame, ALL, None, frame["seq"])

    def replay(self, since: int, upto: int) -> list[dict[str, Any]] | None:
        """Messages since < seq <= upto from memory, or None if the ring does not reach back."""
        if since >= upto:
            return []
        if not self.ring or self.ring[0]["seq"] > since + 1 or self.ring[-1]["seq"] < upto:
            return None
        return [f for f in self.ring if since < f["seq"] <= upto]

    def forget(self) -> None:
        """Drop what may be stale (the bus was away, or membership changed)."""
        self.ring.clear()
        self.members_cache = None
        self.held_cache = None

    def _track(self, frame: dict[str, Any]) -> None:
        """Keep the cached messages in their current state as changes pass through."""
        kind = frame.get("type")
        if kind in ("held", "reviewed"):
            self.held_cache = None
            return
        if kind == "member_joined":
            self.members_cache = None
            return
        if kind not in ("edited", "deleted", "reaction") or not self.ring:
            return
        index = frame["seq"] - self.ring[0]["seq"]
        if not 0 <= index < len(self.ring):
            return
        cached = self.ring[index]
        if kind == "edited":
            cached["text"] = frame["text"]
            cached["edited_at"] = frame["edited_at"]
            if frame.get("redacted"):
                cached["redacted"] = True
            else:
                cached.pop("redacted", None)
        elif kind == "deleted":
            cached.update(deleted=True, deleted_by=frame.get("by", "author"), text="")
            cached.pop("cw", None)
        else:
            reactions = cached.setdefault("reactions", {})
            users = [u for u in reactions.get(frame["emoji"], []) if u != frame["user"]]
            if frame["on"]:
                users.append(frame["user"])
            if users:
                reactions[frame["emoji"]] = users
            else:
                reactions.pop(frame["emoji"], None)

    async def _fill_gap(self) -> None:
        try:
            await asyncio.sleep(GAP_WAIT_S)
            await self.catch_up()
        except Exception as e:
            log.warning("gap fill failed", extra={"circle": self.circle, "error": type(e).__name__})
        finally:
            self.gap_task = None
            if self.pending:  # still waiting: try again later
                self.gap_task = asyncio.create_task(self._fill_gap())

    async def catch_up(self) -> None:
        """Read from MongoDB whatever this room has not seen, and deliver it in order."""
        while True:
            docs = await self.hub.store.messages.range(self.circle, self.last_seq, limit=500)
            if docs:
                self.hub.metrics.gap_fills.inc()
            for doc in docs:
                self.on_message(message_frame(doc))
            if len(docs) < 500:
                break
        self.pending = {s: f for s, f in self.pending.items() if s > self.last_seq}

    # unordered frames

    def send(self, frame: dict[str, Any], audience: str = ALL, user: str | None = None,
             exclude: str | None = None, skip: Connection | None = None) -> None:
        self._send(frame, audience, user, 0, exclude, skip)

    def _send(self, frame: dict[str, Any], audience: str, user: str | None, seq: int,
              exclude: str | None = None, skip: Connection | None = None) -> None:
        if not seq:
            self._track(frame)
        text: str | None = None
        for m in list(self.members.values()):
            if (exclude is not None and m.user == exclude) or m.conn is skip:
                continue
            if audience == FACILITATORS and not m.staff and m.user != user:
                continue
            if audience == "user" and m.user != user:
                continue
            if text is None:
                text = encode(frame)
            if m.backlog is not None:
                m.backlog.append((seq, text))
            else:
                m.conn.enqueue(text)
                self.hub.metrics.deliveries.inc()

    # presence

    def online(self) -> list[str]:
        now = time.monotonic()
        users = set(self.online_local)
        for seen, remote in self.online_remote.values():
            if now - seen < PRESENCE_TTL_S:
                users |= remote
        return sorted(users)

    def presence_changed(self) -> None:
        self.hub.bus.publish({"kind": "presence", "circle": self.circle,
                              "users": sorted(self.online_local)})
        self.hub.loop.call_soon(self._broadcast_presence)

    def _broadcast_presence(self) -> None:
        if self.members:
            self.send({"type": "presence", "circle": self.circle, "online": self.online()})

    def remember(self, user: str, ts: float, text: str) -> None:
        q = self.recent.setdefault(user, deque(maxlen=10))
        q.append((ts, text))


class Hub:
    def __init__(self, store: Store, bus: Bus, metrics: Metrics,
                 session_check_s: float = 60.0) -> None:
        self.store = store
        self.bus = bus
        self.metrics = metrics
        self.rooms: dict[str, Room] = {}
        self._creating: dict[str, asyncio.Future[Room]] = {}
        self.loop = asyncio.get_running_loop()
        self.connections: set[Connection] = set()
        self.tasks: list[asyncio.Task[None]] = []
        self.session_check_s = session_check_s
        # Circle documents read on every send (open, slow mode, policy): cached,
        # dropped when any process changes the circle.
        self.circles = Expiring(CIRCLE_CACHE_S, 10_000)
        self.users = Expiring(CIRCLE_CACHE_S, 50_000)
        self.memberships = Expiring(CIRCLE_CACHE_S, 50_000)
        bus.handler = self.on_bus
        bus.on_reconnect = self.resync
        store.committer.on_stored = self.stored

    def start(self) -> None:
        self.tasks = [asyncio.create_task(self._heartbeat(), name="presence-heartbeat"),
                      asyncio.create_task(self._sweep_sessions(), name="session-sweep")]

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        for room in list(self.rooms.values()):
            if room.gap_task is not None:
                room.gap_task.cancel()

    async def room(self, circle: str) -> Room:
        room = self.rooms.get(circle)
        if room is not None:
            return room
        fut = self._creating.get(circle)
        if fut is not None:
            return await asyncio.shield(fut)
        fut = self.loop.create_future()
        self._creating[circle] = fut
        try:
            last = await self.store.messages.last_seq(circle)
            room = Room(self, circle, last)
            self.rooms[circle] = room
            fut.set_result(room)
            self.bus.publish({"kind": "presence_req", "circle": circle})
            return room
        except BaseException as e:
            fut.set_exception(e)
            fut.exception()  # mark retrieved
            raise
        finally:
            del self._creating[circle]

    def drop(self, room: Room) -> None:
        if self.rooms.get(room.circle) is room and not room.members:
            del self.rooms[room.circle]
            if room.gap_task is not None:
                room.gap_task.cancel()

    # cached circles and memberships

    async def circle(self, circle_id: str) -> dict[str, Any]:
        """The circle's document, from a cache that changes here and on the bus keep fresh;
        entries also expire, for changes made where no bus reaches (a CLI, by hand)."""
        hit, doc = self.circles.fresh(circle_id)
        if not hit:
            doc = await self.store.circles.require(circle_id)
            self.circles.put(circle_id, doc)
        return doc

    async def user(self, user_id: str) -> dict[str, Any] | None:
        """A user's document, cached briefly (a crowd signing in again reads it once)."""
        hit, doc = self.users.fresh(user_id)
        if not hit:
            doc = await self.store.users.get(user_id)
            if doc is not None:
                self.users.put(user_id, doc)
        return doc

    async def membership(self, circle: str, user: str) -> dict[str, Any] | None:
        """The active membership, cached briefly; every change here or on the bus drops it."""
        hit, doc = self.memberships.fresh((circle, user))
        if not hit:
            doc = await self.store.circles.active_membership(circle, user)
            self.memberships.put((circle, user), doc)
        return doc

    def circle_changed(self, doc: dict[str, Any]) -> None:
        """A circle was updated here: refresh our cache, have the others drop theirs."""
        self.circles.put(doc["_id"], doc)
        self.bus.publish({"kind": "circle", "circle": doc["_id"]})

    def user_changed(self, user: str) -> None:
        """A user's own settings changed: their connections re-read them."""
        asyncio.create_task(self._reload_user(user))
        self.bus.publish({"kind": "user_changed", "user": user})

    async def _reload_user(self, user: str) -> None:
        self.users.pop(user, None)
        conns = [c for c in self.connections if c.user_id == user]
        if not conns:
            return
        try:
            doc = await self.store.users.get(user)
        except Exception as e:
            log.warning("user reload failed", extra={"error": type(e).__name__})
            return
        for c in conns:
            if doc is not None:
                c.user = doc

    async def check_sessions(self) -> None:
        """Close sockets whose session ended where no bus told us (expiry, a CLI)."""
        by_session: dict[str, list[Connection]] = {}
        for c in self.connections:
            if c.session_id is not None:
                by_session.setdefault(c.session_id, []).append(c)
        if not by_session:
            return
        # In small batches, so a sweep over thousands of sockets never holds up
        # the database (or this loop) for the messages being sent meanwhile.
        ids = list(by_session)
        live: set[str] = set()
        for i in range(0, len(ids), 100):
            live |= await self.store.sessions.live(ids[i:i + 100])
            await asyncio.sleep(0.01)
        ended = {"type": "error", "code": "SESSION_ENDED", "close": True,
                 "message": "Your session has ended. Please sign in again."}
        for sid, conns in by_session.items():
            if sid not in live:
                for c in conns:
                    c.send(dict(ended))
                    c.close_soon(4001)

    def member_changed(self, circle: str, user: str, doc: dict[str, Any] | None) -> None:
        """A membership changed here (mute, removal, role): apply it to this user's
        connections now, and have other processes re-read it."""
        self._apply_member(circle, user, doc)
        self.bus.publish({"kind": "member", "circle": circle, "user": user})

    def _apply_member(self, circle: str, user: str, doc: dict[str, Any] | None) -> None:
        self.memberships.pop((circle, user), None)
        room = self.rooms.get(circle)
        if room is not None:
            room.members_cache = None
            room.held_cache = None
        for conn in list(self.connections):
            if conn.user_id == user:
                conn.membership_changed(circle, doc)

    async def _reload_member(self, circle: str, user: str) -> None:
        if not any(c.user_id == user for c in self.connections):
            return
        try:
            doc = await self.store.circles.membership(circle, user)
        except Exception as e:
            log.warning("membership reload failed", extra={"error": type(e).__name__})
            return
        self._apply_member(circle, user, doc)

    # events from this process

    def stored(self, doc: dict[str, Any]) -> None:
        """A visible message was stored here: deliver locally, tell the others."""
        frame = message_frame(doc)
        room = self.rooms.get(doc["circle"])
        if room is not None:
            room.on_message(frame)
        self.bus.publish({"kind": "message", "circle": doc["circle"], "frame": frame})

    def emit(self, circle: str, frame: dict[str, Any], audience: str = ALL,
             user: str | None = None, exclude: str | None = None,
             skip: Connection | None = None) -> None:
        """An unordered frame for a circle's connections, here and in other processes."""
        room = self.rooms.get(circle)
        if room is not None:
            room.send(frame, audience, user, exclude, skip)
        self.bus.publish({"kind": "frame", "circle": circle, "frame": frame,
                          "audience": audience, "user": user, "exclude": exclude})

    def emit_user(self, user: str, frame: dict[str, Any], session: str | None = None) -> None:
        """A frame for every connection of one user (or one session), wherever it is."""
        self._to_user(user, frame, session)
        self.bus.publish({"kind": "user", "user": user, "frame": frame, "session": session})

    def emit_operators(self, frame: dict[str, Any]) -> None:
        """A frame for every connected operator, wherever they are."""
        self._to_operators(frame)
        self.bus.publish({"kind": "operators", "frame": frame})

    def _to_operators(self, frame: dict[str, Any]) -> None:
        text = encode(frame)
        for conn in list(self.connections):
            if conn.is_operator:
                conn.enqueue(text)

    def _to_user(self, user: str, frame: dict[str, Any], session: str | None) -> None:
        text = encode(frame)
        for conn in list(self.connections):
            if conn.user_id == user and (session is None or conn.session_id == session):
                conn.enqueue(text)
                if frame.get("close"):
                    conn.close_soon(4001)

    # events from other processes

    def on_bus(self, event: dict[str, Any]) -> None:
        kind = event.get("kind")
        if kind == "user":
            self._to_user(event["user"], event["frame"], event.get("session"))
            return
        if kind == "operators":
            self._to_operators(event["frame"])
            return
        if kind == "circle":
            self.circles.pop(event.get("circle", ""), None)
            return
        if kind == "user_changed":
            asyncio.create_task(self._reload_user(event["user"]))
            return
        if kind == "member":
            self.memberships.pop((event["circle"], event["user"]), None)
            room = self.rooms.get(event["circle"])
            if room is not None:
                room.members_cache = None
                room.held_cache = None
            asyncio.create_task(self._reload_member(event["circle"], event["user"]))
            return
        room = self.rooms.get(event.get("circle", ""))
        if room is None:
            return
        if kind == "message":
            room.on_message(event["frame"])
        elif kind == "frame":
            room.send(event["frame"], event.get("audience", ALL), event.get("user"),
                      event.get("exclude"))
        elif kind == "presence":
            users = frozenset(event.get("users") or ())
            before = room.online()
            room.online_remote[event["origin"]] = (time.monotonic(), users)
            if room.online() != before:
                room._broadcast_presence()
        elif kind == "presence_req":
            self.bus.publish({"kind": "presence", "circle": room.circle,
                              "users": sorted(room.online_local)})

    async def resync(self) -> None:
        """After the bus was away: catch every room up from MongoDB, re-announce presence."""
        for room in list(self.rooms.values()):
            room.forget()
            try:
                await room.catch_up()
            except Exception as e:
                log.warning("resync failed", extra={"circle": room.circle, "error": type(e).__name__})
            self.bus.publish({"kind": "presence", "circle": room.circle,
                              "users": sorted(room.online_local)})
            self.bus.publish({"kind": "presence_req", "circle": room.circle})

    async def _sweep_sessions(self) -> None:
        while True:
            await asyncio.sleep(self.session_check_s)
            try:
                await self.check_sessions()
            except Exception as e:
                log.warning("session check failed", extra={"error": type(e).__name__})

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(PRESENCE_EVERY_S)
            now = time.monotonic()
            for room in list(self.rooms.values()):
                self.bus.publish({"kind": "presence", "circle": room.circle,
                                  "users": sorted(room.online_local)})
                stale = [o for o, (seen, _) in room.online_remote.items()
                         if now - seen >= PRESENCE_TTL_S]
                for o in stale:
                    del room.online_remote[o]
                if stale:
                    room._broadcast_presence()

