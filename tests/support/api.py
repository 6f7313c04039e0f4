"""Async helpers that use Hearth's HTTP API and WebSocket the way a client would."""

from __future__ import annotations

import asyncio
import itertools
import uuid
from typing import Any

import aiohttp
import orjson
import websockets

from .servers import ADMIN_PASSWORD, ADMIN_USERNAME, Hearth

PASSWORD = "a-long-member-passphrase"
_names = itertools.count(1)


class ApiError(Exception):
    def __init__(self, status: int, body: Any) -> None:
        super().__init__(f"{status}: {body}")
        self.status = status
        self.body = body

    @property
    def code(self) -> str | None:
        try:
            return self.body["error"]["code"]
        except (TypeError, KeyError):
            return None


async def call(server: Hearth, method: str, path: str, token: str | None = None,
               json: Any = None, expect: int | None = None, **kw: Any) -> Any:
    """One HTTP request; returns the JSON body, raising ApiError on a 4xx/5xx."""
    headers = dict(kw.pop("headers", {}))
    if token:
        headers["Authorization"] = f"Bearer {token}"
    async with aiohttp.ClientSession() as s:
        async with s.request(method, server.url + path, json=json, headers=headers, **kw) as r:
            raw = await r.read()
            body = orjson.loads(raw) if raw and r.content_type == "application/json" else raw
            if expect is not None and r.status != expect:
                raise ApiError(r.status, body)
            if expect is None and r.status >= 400:
                raise ApiError(r.status, body)
            return body


async def operator_token(server: Hearth) -> str:
    body = await call(server, "POST", "/api/login",
                      json={"username": ADMIN_USERNAME, "password": ADMIN_PASSWORD})
    return body["token"]


async def create_circle(server: Hearth, op: str, **fields: Any) -> dict[str, Any]:
    body = await call(server, "POST", "/api/circles", op,
                      {"name": fields.pop("name", "Tuesday circle"), **fields}, expect=201)
    return body["circle"]


async def invite(server: Hearth, token: str, circle: str, role: str = "member",
                 max_uses: int = 1, **fields: Any) -> str:
    body = await call(server, "POST", f"/api/circles/{circle}/invites", token,
                      {"role": role, "max_uses": max_uses, **fields}, expect=201)
    return body["code"]


async def register(server: Hearth, code: str, name: str | None = None) -> dict[str, Any]:
    """A new member through an invite: {token, user}."""
    n = next(_names)
    username = f"m{n}-{uuid.uuid4().hex[:6]}"
    return await call(server, "POST", "/api/register", json={
        "invite_code": code, "username": username, "password": PASSWORD,
        "display_name": name or f"Member {n}"}, expect=201)


class Circle:
    """A circle with an operator, a facilitator and some members, ready to chat."""

    def __init__(self, server: Hearth) -> None:
        self.server = server
        self.op = ""
        self.id = ""
        self.facilitator: dict[str, Any] = {}
        self.members: list[dict[str, Any]] = []

    @classmethod
    async def make(cls, server: Hearth, members: int = 2, **fields: Any) -> Circle:
        c = cls(server)
        c.op = await operator_token(server)
        c.id = (await create_circle(server, c.op, **fields))["id"]
        code = await invite(server, c.op, c.id, "facilitator")
        c.facilitator = await register(server, code, "Facilitator")
        for i in range(members):
            code = await invite(server, c.op, c.id)
            c.members.append(await register(server, code, f"Member {chr(65 + i)}"))
        return c


class WS:
    """A raw WebSocket client that keeps frames it was not waiting for."""

    def __init__(self, conn: websockets.ClientConnection) -> None:
        self.conn = conn
        self.inbox: list[dict[str, Any]] = []
        self.refs = itertools.count(1)

    @classmethod
    async def open(cls, server: Hearth, token: str | None = None, **kw: Any) -> WS:
        conn = await websockets.connect(server.ws_url, max_size=2**22, **kw)
        ws = cls(conn)
        if token is not None:
            ready = await ws.request({"type": "auth", "token": token})
            assert ready["type"] == "ready", ready
        return ws

    async def send(self, frame: dict[str, Any] | str) -> None:
        await self.conn.send(frame if isinstance(frame, str) else orjson.dumps(frame).decode())

    async def recv(self, timeout: float = 5) -> dict[str, Any]:
        raw = await asyncio.wait_for(self.conn.recv(), timeout)
        return orjson.loads(raw)

    async def request(self, frame: dict[str, Any], timeout: float = 5) -> dict[str, Any]:
        """Send a frame with a fresh ref; return the answer carrying that ref."""
        ref = next(self.refs)
        frame = {**frame, "ref": ref}
        await self.send(frame)
        if frame["type"] == "auth":
            return await self.recv(timeout)
        return await self.expect(lambda f: f.get("ref") == ref, timeout)

    async def expect(self, match: Any, timeout: float = 5) -> dict[str, Any]:
        """The first frame (kept or new) for which ``match`` is true."""
        if isinstance(match, str):
            kind = match
            match = lambda f: f.get("type") == kind  # noqa: E731
        for i, f in enumerate(self.inbox):
            if match(f):
                return self.inbox.pop(i)
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                raise TimeoutError(f"no matching frame; kept: {self.inbox[-5:]}")
            f = await self.recv(left)
            if match(f):
                return f
            self.inbox.append(f)

    async def quiet(self, seconds: float = 0.3) -> list[dict[str, Any]]:
        """Every frame that arrives within ``seconds`` (plus those kept)."""
        out, self.inbox = self.inbox, []
        try:
            while True:
                out.append(await self.recv(seconds))
        except TimeoutError:
            return out

    async def join(self, circle: str, since: int = 0) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Join and collect the replayed messages (up to joined.last_seq)."""
        joined = await self.request({"type": "join", "circle": circle, "since": since})
        assert joined["type"] == "joined", joined
        msgs = []
        while len(msgs) < max(joined["last_seq"] - since, 0):
            msgs.append(await self.expect("message"))
        return joined, msgs

    async def say(self, circle: str, text: str, client_id: str | None = None,
                  **extra: Any) -> dict[str, Any]:
        return await self.request({"type": "send", "circle": circle, "text": text,
                                   "client_id": client_id or uuid.uuid4().hex, **extra})

    async def close(self) -> None:
        await self.conn.close()
