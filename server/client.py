"""A small asyncio client for Hearth: HTTP helpers and the ``/ws`` protocol.

Used by the terminal chat (``server.chat``), the load generator and the tests.
It depends only on ``websockets`` (WebSocket), ``aiohttp`` (HTTP) and
``orjson``, and imports nothing else from the server, so it can be copied out
and used on its own.

The bookkeeping that decides what a reconnecting client must do again (which
circles to rejoin and from which ``seq``, which sends were never acknowledged,
which messages were already shown) lives in plain classes that do no I/O:
:class:`SeqTracker` and :class:`PendingSends`. :class:`HearthClient` wraps them
around one socket and one reader task.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import random
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterator
from typing import Any, Self
from urllib.parse import urlsplit, urlunsplit

import aiohttp
import orjson
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException
from websockets.typing import Origin

Frame = dict[str, Any]

#: Answers that only make sense to the request that caused them; every other
#: frame (``edited``, ``reaction``, ``pins``, ...) also reaches :meth:`events`
#: even when it carries our ``ref``, because it changes what the circle looks like.
ANSWER_ONLY = frozenset({"ack", "joined", "history", "pong", "error", "reported", "original"})
#: How many seen ``seq`` numbers per circle are remembered for de-duplication.
SEEN_WINDOW = 4096
#: Error codes on ``auth`` that are worth another try after a back-off.
RETRYABLE = frozenset({"UNAVAILABLE", "RATE_LIMITED"})


class HearthError(Exception):
    """An error answer from the server: a stable ``code`` and human words.

    ``frame`` is the WebSocket error frame (or the HTTP ``error`` object);
    ``status`` is the HTTP status for errors that came over HTTP.
    """

    def __init__(
        self, code: str, message: str, frame: Frame | None = None, *, status: int | None = None
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.frame: Frame = frame or {}
        self.status = status

    @property
    def retry_after_s(self) -> float | None:
        """Seconds to wait before trying again (``RATE_LIMITED``, ``SLOW_MODE``)."""
        value = self.frame.get("retry_after_s")
        return float(value) if isinstance(value, int | float) else None

    @classmethod
    def from_frame(cls, frame: Frame) -> HearthError:
        """Build the exception from a WebSocket ``error`` frame."""
        return cls(str(frame.get("code", "UNKNOWN")), str(frame.get("message", "")), frame)


def ws_url(base_url: str) -> str:
    """Map the server's base URL to its WebSocket URL: http→ws, https→wss, path + ``/ws``."""
    parts = urlsplit(base_url)
    scheme = {"http": "ws", "https": "wss", "ws": "ws", "wss": "wss"}.get(parts.scheme.lower())
    if scheme is None or not parts.netloc:
        raise ValueError(f"not an http(s) or ws(s) URL: {base_url!r}")
    path = parts.path.rstrip("/")
    if not path.endswith("/ws"):
        path += "/ws"
    return urlunsplit((scheme, parts.netloc, path, "", ""))


def backoff_delays(base: float = 0.25, cap: float = 10.0) -> Iterator[float]:
    """Endless reconnect delays: doubling from ``base`` up to ``cap``, each jittered.

    The jitter (each delay drawn from the upper half of its step) spreads out
    clients that all lost the same server at the same moment.
    """
    for attempt in itertools.count():
        step = min(cap, base * 2 ** min(attempt, 32))
        yield random.uniform(step / 2, step)


class SeqTracker:
    """Per-circle ``seq`` bookkeeping: the resume point and message de-duplication.

    ``seq`` grows by one per stored message in a circle, so the highest one
    seen is where a rejoin resumes. A small window of seen numbers (not just
    the maximum) is kept so that a message arriving out of order is shown
    rather than mistaken for a duplicate.
    """

    def __init__(self, window: int = SEEN_WINDOW) -> None:
        self.last_seq: dict[str, int] = {}
        self._seen: dict[str, set[int]] = {}
        self._window = window

    def since(self, circle: str) -> int:
        """The ``since`` to send when (re)joining ``circle``: the last seq seen, else 0."""
        return self.last_seq.get(circle, 0)

    def observe(self, circle: str, seq: int) -> bool:
        """Record a ``message``'s seq; False when it was already seen (a duplicate)."""
        seen = self._seen.setdefault(circle, set())
        last = self.last_seq.get(circle, 0)
        if seq in seen or seq <= last - self._window:
            return False
        seen.add(seq)
        if seq > last:
            self.last_seq[circle] = seq
            if len(seen) > self._window:
                floor = seq - self._window
                seen.difference_update([s for s in seen if s <= floor])
        return True

    def skip_to(self, circle: str, since: int) -> None:
        """Treat everything up to ``since`` as seen (a join asked only for later messages)."""
        if since > self.last_seq.get(circle, 0):
            self.last_seq[circle] = since


class PendingSends:
    """Sends not yet acknowledged, in the order they were made, keyed by ``client_id``.

    After a reconnect they are sent again in the same order with the same
    ``client_id``: the server answers a repeat with the first ack and stores
    nothing new, so a message is stored once even if its ack was lost.
    """

    def __init__(self) -> None:
        self._frames: OrderedDict[str, Frame] = OrderedDict()

    def add(self, frame: Frame) -> None:
        """Remember a ``send`` frame until its ack or error."""
        self._frames[frame["client_id"]] = frame

    def settle(self, client_id: str) -> Frame | None:
        """Forget a send that got its answer; returns its frame, or None if unknown."""
        return self._frames.pop(client_id, None)

    def __contains__(self, client_id: object) -> bool:
        return client_id in self._frames

    def __len__(self) -> int:
        return len(self._frames)

    def to_resend(self) -> list[Frame]:
        """The frames to send again, oldest first."""
        return list(self._frames.values())


class HearthClient:
    """One user's connection to a Hearth server.

    HTTP calls (:meth:`login`, :meth:`register`, :meth:`api`) work without a
    socket. :meth:`connect` opens ``/ws``; answers are matched to requests by
    ``ref``; everything else arrives through :meth:`events`. With
    ``auto_reconnect`` a dropped socket is reopened with back-off, every joined
    circle is rejoined from its last seen ``seq`` and unacknowledged sends are
    repeated with their original ``client_id``.
    """

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        origin: str | None = None,
        auto_reconnect: bool = False,
        request_timeout: float = 30.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.ws_url = ws_url(base_url)
        self.token = token
        self.origin = origin
        self.auto_reconnect = auto_reconnect
        self.request_timeout = request_timeout
        self.user: Frame | None = None
        self.seqs = SeqTracker()
        self.joined: dict[str, Frame] = {}  # circle -> latest `joined` frame
        self._pending_sends = PendingSends()
        self._waiting: dict[str, tuple[Frame, asyncio.Future[Frame]]] = {}  # ref -> request
        self._held_seen: set[tuple[str, str]] = set()
        self._refs = itertools.count(1)
        self._events: asyncio.Queue[Frame | None] = asyncio.Queue()
        self._ws: ClientConnection | None = None
        self._online = asyncio.Event()
        self._write_lock = asyncio.Lock()
        self._reader: asyncio.Task[None] | None = None
        self._resumer: asyncio.Task[None] | None = None
        self._http: aiohttp.ClientSession | None = None
        self._closing = False

    @property
    def last_seq(self) -> dict[str, int]:
        """The highest ``seq`` seen in each circle (from ``message`` frames)."""
        return self.seqs.last_seq

    # HTTP

    async def api(self, method: str, path: str, json: Any = None) -> Frame:
        """Call the HTTP API; returns the JSON body ({} for 204) or raises HearthError."""
        if self._http is None:
            self._http = aiohttp.ClientSession()
        headers = {}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        if self.origin:
            headers["Origin"] = self.origin
        url = self.base_url + (path if path.startswith("/") else "/" + path)
        async with self._http.request(method, url, json=json, headers=headers) as resp:
            raw = await resp.read()
            try:
                body = orjson.loads(raw) if raw else {}
            except orjson.JSONDecodeError:
                body = {}
            if resp.status >= 400:
                err = body.get("error") if isinstance(body, dict) else None
                if not isinstance(err, dict):
                    err = {"code": f"HTTP_{resp.status}", "message": resp.reason or ""}
                raise HearthError(
                    str(err.get("code")), str(err.get("message", "")), err, status=resp.status
                )
            return body if isinstance(body, dict) else {"data": body}

    async def login(self, username: str, password: str) -> Frame:
        """Sign in and keep the session token; returns ``{token, user}``."""
        body = await self.api("POST", "/api/login", {"username": username, "password": password})
        self.token, self.user = body["token"], body.get("user")
        return body

    async def register(
        self, invite_code: str, username: str, password: str, display_name: str
    ) -> Frame:
        """Create an account with an invite code and keep its token; returns ``{token, user}``."""
        body = await self.api(
            "POST",
            "/api/register",
            {
                "invite_code": invite_code,
                "username": username,
                "password": password,
                "display_name": display_name,
            },
        )
        self.token, self.user = body["token"], body.get("user")
        return body

    # WebSocket

    async def connect(self) -> Frame:
        """Open ``/ws``, authenticate with the token and return the ``ready`` frame."""
        if self.token is None:
            raise HearthError("UNAUTHORIZED", "log in or pass a token before connecting")
        if self._reader is not None and not self._reader.done():
            raise RuntimeError("already connected")
        self._closing = False
        self._events = asyncio.Queue()  # a new session: drop the end marker of an old one
        ready = await self._open()
        self._online.set()
        self._reader = asyncio.create_task(self._run(), name="hearth-client-reader")
        return ready

    async def _open(self) -> Frame:
        """Open a socket, authenticate, and make it the current one."""
        origin = Origin(self.origin) if self.origin else None
        ws = await connect(self.ws_url, origin=origin, max_size=2**20)
        try:
            await ws.send(orjson.dumps({"type": "auth", "token": self.token}).decode())
            while True:
                frame = orjson.loads(await asyncio.wait_for(ws.recv(), self.request_timeout))
                if frame.get("type") == "ready":
                    break
                if frame.get("type") == "error":
                    raise HearthError.from_frame(frame)
        except BaseException:
            await ws.close()
            raise
        self._ws = ws
        self.user = frame.get("user", self.user)
        return frame

    async def _run(self) -> None:
        """The only task that reads the socket: dispatch frames, reconnect on a drop."""
        try:
            while True:
                ws = self._ws
                assert ws is not None
                try:
                    async for raw in ws:
                        try:
                            frame = orjson.loads(raw)
                        except orjson.JSONDecodeError:
                            continue  # not ours to judge; the protocol only sends JSON
                        if isinstance(frame, dict):
                            self._dispatch(frame)
                except ConnectionClosed:
                    pass
                self._online.clear()
                if self._closing or not self.auto_reconnect:
                    return
                self._fail_waiting(resendable_kept=True)
                if not await self._reconnect():
                    return
        finally:
            self._online.clear()
            self._fail_waiting(resendable_kept=False)
            self._events.put_nowait(None)

    async def _reconnect(self) -> bool:
        """Reopen, re-authenticate, rejoin and resend; False when it is no use trying."""
        for delay in backoff_delays():
            await asyncio.sleep(delay)
            if self._closing:
                return False
            try:
                await self._open()
            except HearthError as exc:
                if exc.code in RETRYABLE:
                    continue
                self._events.put_nowait(exc.frame | {"type": "error"})  # e.g. a revoked token
                return False
            except InvalidStatus as exc:
                status = exc.response.status_code
                if 400 <= status < 500 and status != 429:
                    message = f"the server refused the connection ({status})"
                    self._events.put_nowait(
                        {"type": "error", "code": f"HTTP_{status}", "message": message}
                    )
                    return False
                continue
            except (TimeoutError, OSError, WebSocketException):
                continue
            # Resume from another task: the reader must keep reading meanwhile, or a
            # long resend could stall against a server that is busy answering it.
            assert self._ws is not None
            self._resumer = asyncio.create_task(self._resume(self._ws), name="hearth-resume")
            return True
        return False  # pragma: no cover - the delays never run out

    async def _resume(self, ws: ClientConnection) -> None:
        """Rejoin every circle from its last seq, then resend unacknowledged sends in order."""
        async with self._write_lock:
            if ws is not self._ws:
                return  # that socket is already gone; a newer resume is on its way
            rejoining = {
                frame["circle"]: ref
                for ref, (frame, _) in self._waiting.items()
                if frame.get("type") == "join"
            }
            for circle in self.joined.keys() | rejoining.keys():
                ref = rejoining.get(circle) or self._internal_ref()
                frame = {"type": "join", "circle": circle, "since": self.seqs.since(circle)}
                with contextlib.suppress(ConnectionClosed):
                    await self._write(frame | {"ref": ref}, ws)
            try:
                for frame in self._pending_sends.to_resend():
                    await self._write(frame, ws)
            except ConnectionClosed:
                return  # the reader sees the drop too and starts over
            if ws is self._ws:
                self._online.set()

    def _internal_ref(self) -> str:
        return f"r{next(self._refs)}"

    def _dispatch(self, frame: Frame) -> None:
        """Route one server frame: answer a waiting request, update state, queue an event."""
        kind = frame.get("type")
        if kind == "message":
            circle, seq = frame.get("circle"), frame.get("seq")
            if (
                isinstance(circle, str)
                and isinstance(seq, int)
                and not self.seqs.observe(circle, seq)
            ):
                return
        elif kind == "held":
            key = (str(frame.get("circle")), str(frame.get("id")))
            if key in self._held_seen:
                return
            self._held_seen.add(key)
        elif kind == "joined" and isinstance(frame.get("circle"), str):
            self.joined[frame["circle"]] = frame
        elif kind == "removed":
            self.joined.pop(str(frame.get("circle")), None)

        waiting = self._take_waiting(frame)
        if waiting is not None:
            request, future = waiting
            if request.get("type") == "send":
                self._pending_sends.settle(request["client_id"])
            if not future.done():
                if kind == "error":
                    future.set_exception(HearthError.from_frame(frame))
                else:
                    future.set_result(frame)
            if kind in ANSWER_ONLY:
                return
        self._events.put_nowait(frame)

    def _take_waiting(self, frame: Frame) -> tuple[Frame, asyncio.Future[Frame]] | None:
        """The request ``frame`` answers, by ``ref``, or for a send's ack/error by ``client_id``."""
        ref = frame.get("ref")
        if ref is not None and str(ref) in self._waiting:
            return self._waiting.pop(str(ref))
        client_id = frame.get("client_id")
        if frame.get("type") in ("ack", "error") and client_id in self._pending_sends:
            for key, (request, _) in self._waiting.items():
                if request.get("client_id") == client_id:
                    return self._waiting.pop(key)
        return None

    def _fail_waiting(self, *, resendable_kept: bool) -> None:
        """Fail requests that cannot survive a lost socket (joins and sends can)."""
        for ref, (request, future) in list(self._waiting.items()):
            if resendable_kept and request.get("type") in ("join", "send"):
                continue
            del self._waiting[ref]
            if not future.done():
                future.set_exception(HearthError("DISCONNECTED", "the connection was lost"))

    async def _write(self, frame: Frame, ws: ClientConnection | None = None) -> None:
        ws = ws or self._ws
        assert ws is not None
        await ws.send(orjson.dumps(frame).decode())

    async def notify(self, frame: Frame) -> None:
        """Send a frame that gets no answer (``typing``, ``leave``)."""
        if not self._online.is_set():
            raise HearthError("DISCONNECTED", "not connected")
        async with self._write_lock:
            await self._write(frame)

    async def request(self, frame: Frame, *, timeout: float | None = None) -> Frame:
        """Send ``frame`` with a fresh ``ref`` and return the answer carrying it.

        Raises HearthError for an ``error`` answer, and ``DISCONNECTED`` if the
        socket drops first (joins and sends are instead repeated on reconnect).
        """
        ref = self._internal_ref()
        frame = frame | {"ref": ref}
        future: asyncio.Future[Frame] = asyncio.get_running_loop().create_future()
        is_send = frame.get("type") == "send"
        async with self._write_lock:
            if self._reader is None or self._reader.done():
                raise HearthError("DISCONNECTED", "not connected")
            if not self._online.is_set() and frame.get("type") not in ("join", "send"):
                raise HearthError("DISCONNECTED", "not connected")
            self._waiting[ref] = (frame, future)
            if is_send:
                self._pending_sends.add(frame)
            if self._online.is_set():
                with contextlib.suppress(ConnectionClosed):
                    await self._write(frame)  # a drop is handled by the reader
        try:
            return await asyncio.wait_for(future, timeout or self.request_timeout)
        finally:
            self._waiting.pop(ref, None)
            if is_send:
                self._pending_sends.settle(frame["client_id"])

    async def join(self, circle: str, since: int | None = None) -> Frame:
        """Join ``circle`` and return ``joined``; the missed messages follow as events.

        ``since`` defaults to the last seq this client saw there (else 0), so a
        rejoin does not replay what was already delivered.
        """
        if since is None:
            since = self.seqs.since(circle)
        else:
            self.seqs.skip_to(circle, since)
        joined = await self.request({"type": "join", "circle": circle, "since": since})
        self.joined[circle] = joined
        return joined

    async def leave(self, circle: str) -> None:
        """Stop receiving ``circle`` (and stop rejoining it after a reconnect)."""
        self.joined.pop(circle, None)
        await self.notify({"type": "leave", "circle": circle})

    async def send(
        self,
        circle: str,
        text: str,
        *,
        reply_to: int | None = None,
        cw: str | None = None,
        client_id: str | None = None,
    ) -> Frame:
        """Post a message and return its ``ack`` (status delivered/redacted/held/blocked).

        Raises HearthError on an error answer (``RATE_LIMITED`` carries
        ``retry_after_s``); repeat with the same ``client_id`` to retry safely.
        """
        frame: Frame = {
            "type": "send",
            "circle": circle,
            "text": text,
            "client_id": client_id or uuid.uuid4().hex,
        }
        if reply_to is not None:
            frame["reply_to"] = reply_to
        if cw is not None:
            frame["cw"] = cw
        return await self.request(frame)

    async def history(
        self, circle: str, before: int | None = None, limit: int | None = None
    ) -> list[Frame]:
        """Older messages of ``circle`` (newest last), before ``before`` if given."""
        frame: Frame = {"type": "history", "circle": circle}
        if before is not None:
            frame["before"] = before
        if limit is not None:
            frame["limit"] = limit
        answer = await self.request(frame)
        return list(answer.get("messages", []))

    async def typing(self, circle: str) -> None:
        """Tell the circle this user is typing."""
        await self.notify({"type": "typing", "circle": circle})

    async def events(self) -> AsyncIterator[Frame]:
        """Server frames that are not answers to a request, until the client closes."""
        while True:
            frame = await self._events.get()
            if frame is None:
                self._events.put_nowait(None)  # let other iterators end too
                return
            yield frame

    async def close(self) -> None:
        """Close the socket and the HTTP session; pending requests fail."""
        self._closing = True
        if self._ws is not None:
            await self._ws.close()
        if self._reader is not None:
            if not self._online.is_set():
                self._reader.cancel()  # it may be sleeping between reconnect attempts
            await asyncio.wait([self._reader])
        if self._http is not None:
            await self._http.close()
            self._http = None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
