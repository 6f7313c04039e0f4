"""One WebSocket connection: a single reader, a bounded queue, a single writer.

The reader parses each frame (``protocol.parse``), runs its handler and
answers. Everything the server sends goes through ``enqueue``, which never
awaits: if a client stops reading and its queue fills, the connection is
closed with 1013 and the client resumes from its last seq when it returns.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from typing import TYPE_CHECKING, Any

import orjson
from aiohttp import WSCloseCode, WSMsgType, web

from ..errors import BadRequest, HearthError, TooLarge, Unauthorized
from . import protocol

if TYPE_CHECKING:
    from ..services import Services
    from .hub import Member, Room

log = logging.getLogger("hearth.ws")

CLOSE_AUTH = 4001  # the session ended or was never valid


class Joined:
    """A circle this connection has joined."""

    __slots__ = ("room", "member", "membership", "staff", "role")

    def __init__(self, room: Room, member: Member, membership: dict[str, Any] | None,
                 staff: bool, role: str) -> None:
        self.room = room
        self.member = member
        self.membership = membership
        self.staff = staff
        self.role = role


class Connection:
    def __init__(self, services: Services, ws: web.WebSocketResponse, ip: str) -> None:
        self.services = services
        self.ws = ws
        self.ip = ip
        self.user: dict[str, Any] | None = None
        self.user_id: str | None = None
        self.session_id: str | None = None
        self.joined: dict[str, Joined] = {}
        self.memberships: dict[str, dict[str, Any] | None] = {}
        self.typing_at: dict[str, float] = {}
        self.queue: deque[str] = deque()
        self.max_queue = services.config.limits.send_queue
        self.wake = asyncio.Event()
        self.closing = False
        self.close_code: int | None = None
        self.writer: asyncio.Task[None] | None = None

    @property
    def is_operator(self) -> bool:
        return bool(self.user and self.user.get("role") == "operator")

    def membership_changed(self, circle: str, doc: dict[str, Any] | None) -> None:
        """Take a changed membership into the caches; leave the circle if it ended."""
        active = doc if doc is not None and doc.get("state") == "member" else None
        self.memberships[circle] = active
        joined = self.joined.get(circle)
        if joined is None:
            return
        if active is not None or self.is_operator:
            joined.membership = active
            role = (active or {}).get("role", "operator" if self.is_operator else "member")
            joined.role = role
            joined.staff = role == "facilitator" or self.is_operator
            joined.member.staff = joined.staff
            return
        del self.joined[circle]
        joined.room.remove(self)
        self.send({"type": "removed", "circle": circle,
                   "state": (doc or {}).get("state", "removed")})

    # sending

    def enqueue(self, text: str) -> None:
        """Queue a frame for this client without waiting; cut off a client that lags too far."""
        if self.closing:
            return
        if len(self.queue) >= self.max_queue:
            self.services.metrics.queue_overflows.inc()
            log.info("send queue overflow", extra={"user": self.user_id})
            self.close_soon(WSCloseCode.TRY_AGAIN_LATER)
            return
        self.queue.append(text)
        self.wake.set()

    def send(self, frame: dict[str, Any], ref: Any = None) -> None:
        if ref is not None:
            frame["ref"] = ref
        self.enqueue(orjson.dumps(frame).decode())

    def error(self, exc: HearthError, ref: Any = None, **extra: Any) -> None:
        self.services.metrics.errors.inc(label=exc.code)
        frame = exc.frame(ref)
        frame.update(extra)
        self.send(frame)

    async def send_now(self, frame: dict[str, Any], ref: Any = None) -> None:
        """Queue a frame, waiting for room instead of overflowing (history replay)."""
        while len(self.queue) >= self.max_queue // 2 and not self.closing:
            await asyncio.sleep(0.005)
        self.send(frame, ref)

    def close_soon(self, code: int) -> None:
        if self.closing:
            return
        self.closing = True
        self.close_code = code
        self.wake.set()

    async def _write(self) -> None:
        ws = self.ws
        try:
            while True:
                await self.wake.wait()
                self.wake.clear()
                while self.queue:
                    await ws.send_str(self.queue.popleft())
                if self.closing:
                    break
        except (ConnectionResetError, RuntimeError, asyncio.CancelledError):
            pass
        except Exception as e:
            log.info("write failed", extra={"error": type(e).__name__})
        finally:
            self.closing = True
            if not ws.closed:
                try:
                    await asyncio.wait_for(ws.close(code=self.close_code or 1000), 2)
                except Exception:
                    pass

    # reading

    async def run(self, cookie_session: tuple[dict[str, Any], dict[str, Any]] | None) -> None:
        services = self.services
        services.metrics.connections.inc()
        services.hub.connections.add(self)
        self.writer = asyncio.create_task(self._write(), name="ws-writer")
        try:
            if cookie_session is not None:
                self._authenticated(*cookie_session)
            elif not await self._await_auth():
                return
            await self._read()
        finally:
            await self._cleanup()

    def _authenticated(self, session: dict[str, Any], user: dict[str, Any]) -> None:
        from ..storage.users import public_user

        self.user = user
        self.user_id = user["_id"]
        self.session_id = session["_id"]
        self.send({"type": "ready", "user": public_user(user)})

    async def _await_auth(self) -> bool:
        """Non-browser clients authenticate with their first frame, within a time limit."""
        from . import handlers

        timeout = self.services.config.limits.auth_timeout_s
        try:
            msg = await self.ws.receive(timeout=timeout)
        except TimeoutError:
            self.error(Unauthorized("Please sign in first.", "AUTH_TIMEOUT"), close=True)
            self.close_soon(CLOSE_AUTH)
            return False
        if msg.type != WSMsgType.TEXT:
            if msg.type == WSMsgType.ERROR:
                self.close_soon(WSCloseCode.MESSAGE_TOO_BIG)
            return False
        try:
            cmd = protocol.parse(msg.data, self.services.config.limits.text_chars)
            if cmd.type != "auth":
                raise Unauthorized("Please sign in first: send an 'auth' frame.", "AUTH_REQUIRED")
            session, user = await handlers.authenticate(self.services, cmd.args["token"])
        except HearthError as e:
            self.error(e, protocol.ref_of(_safe_loads(msg.data)), close=True)
            self.close_soon(CLOSE_AUTH)
            return False
        self._authenticated(session, user)
        return True

    async def _read(self) -> None:
        from .facilitation import HANDLERS as FACILITATION
        from .handlers import HANDLERS as CHAT

        handlers = {**CHAT, **FACILITATION}

        limits = self.services.config.limits
        metrics = self.services.metrics
        async for msg in self.ws:
            if self.closing:
                break
            if msg.type == WSMsgType.TEXT:
                data = msg.data
                if len(data) > limits.frame_bytes and len(data.encode()) > limits.frame_bytes:
                    self.error(TooLarge("That frame is too large.", "FRAME_TOO_LARGE"), close=True)
                    self.close_soon(WSCloseCode.MESSAGE_TOO_BIG)
                    break
                cmd = None
                try:
                    cmd = protocol.parse(data, limits.text_chars)
                    metrics.frames_in.inc(label=cmd.type)
                    handler = handlers.get(cmd.type)
                    if handler is None:
                        raise BadRequest(f"'{cmd.type}' is not available on this server.",
                                         "NOT_SUPPORTED")
                    await handler(self, cmd)
                except HearthError as e:
                    obj = cmd.args if cmd is not None else _safe_loads(data)
                    extra = {}
                    client_id = obj.get("client_id") if isinstance(obj, dict) else None
                    if isinstance(client_id, str) and len(client_id) <= 128:
                        extra["client_id"] = client_id
                    ref = cmd.ref if cmd is not None else protocol.ref_of(obj)
                    self.error(e, ref, **extra)
                except Exception:
                    log.exception("frame handler failed")
                    ref = cmd.ref if cmd is not None else None
                    self.error(HearthError("Something went wrong on our side. Please try again.",
                                           "INTERNAL"), ref)
            elif msg.type == WSMsgType.BINARY:
                self.error(BadRequest("Hearth speaks JSON text frames only.", "BINARY_NOT_SUPPORTED"))
            elif msg.type == WSMsgType.ERROR:
                # aiohttp reports an oversize frame here and closes with 1009.
                break
            if self.closing:
                break

    async def _cleanup(self) -> None:
        services = self.services
        for joined in self.joined.values():
            joined.room.remove(self)
        self.joined.clear()
        services.hub.connections.discard(self)
        services.metrics.connections.dec()
        self.closing = True
        self.wake.set()
        if self.writer is not None:
            try:
                await asyncio.wait_for(self.writer, 3)
            except (TimeoutError, asyncio.CancelledError):
                self.writer.cancel()


def _safe_loads(data: Any) -> Any:
    try:
        return orjson.loads(data)
    except Exception:
        return None


def now() -> float:
    return time.time()
