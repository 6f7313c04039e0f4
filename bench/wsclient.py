"""A lean WebSocket client: websockets' Sans-I/O ``ClientProtocol`` on an asyncio Protocol.

The full ``websockets`` client spends a task and several awaits per frame;
one generator process has to read tens of thousands of frames a second, so
here bytes go straight from the transport into the protocol and frames
straight to a callback.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from websockets.client import ClientProtocol
from websockets.frames import Frame, Opcode
from websockets.http11 import Response
from websockets.protocol import State
from websockets.uri import parse_uri

OnFrame = Callable[["WSClient", bytes], None]


class WSClient(asyncio.Protocol):
    __slots__ = ("closed", "on_frame", "opened", "owner", "transport", "ws")

    def __init__(self, uri: str, on_frame: OnFrame, owner: Any = None) -> None:
        loop = asyncio.get_running_loop()
        self.ws = ClientProtocol(parse_uri(uri), max_size=2**22)
        self.on_frame = on_frame
        self.owner = owner
        self.transport: asyncio.Transport | None = None
        self.opened: asyncio.Future[None] = loop.create_future()
        self.closed: asyncio.Future[None] = loop.create_future()

    @classmethod
    async def connect(cls, host: str, port: int, on_frame: OnFrame, owner: Any = None,
                      timeout: float = 30) -> WSClient:
        loop = asyncio.get_running_loop()
        uri = f"ws://{host}:{port}/ws"
        _, client = await asyncio.wait_for(
            loop.create_connection(lambda: cls(uri, on_frame, owner), host, port), timeout)
        await asyncio.wait_for(client.opened, timeout)
        return client

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.ws.send_request(self.ws.connect())
        self._flush()

    def data_received(self, data: bytes) -> None:
        ws = self.ws
        ws.receive_data(data)
        for ev in ws.events_received():
            if type(ev) is Frame:
                if ev.opcode is Opcode.TEXT:
                    self.on_frame(self, ev.data)
            elif isinstance(ev, Response) and not self.opened.done():
                if ws.handshake_exc is not None:
                    self.opened.set_exception(ws.handshake_exc)
                else:
                    self.opened.set_result(None)
        self._flush()

    def _flush(self) -> None:
        t = self.transport
        if t is None:
            return
        for data in self.ws.data_to_send():
            if data:
                t.write(data)
            elif not t.is_closing():
                t.close()

    def send(self, data: bytes) -> None:
        if self.ws.state is not State.OPEN:
            return
        self.ws.send_text(data)
        self._flush()

    @property
    def is_open(self) -> bool:
        return self.ws.state is State.OPEN and not self.closed.done()

    def abort(self) -> None:
        """Drop the TCP connection without a closing handshake (a lost network)."""
        if self.transport is not None:
            self.transport.abort()

    def close(self) -> None:
        if self.ws.state is State.OPEN:
            self.ws.send_close(1000)
            self._flush()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.opened.done():
            self.opened.set_exception(exc or ConnectionError("closed during handshake"))
        if not self.closed.done():
            self.closed.set_result(None)
