"""The baseline: a bare aiohttp broadcast server speaking the smallest subset of
Hearth's protocol (auth, join, send → ack + broadcast, ping), with the same
frame shapes, uvloop and orjson, and the same one-writer-per-socket queue,
but no accounts, no storage, no moderation and no bus.

    python -m bench.baseline --port P
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
from collections import deque
from datetime import UTC, datetime

import orjson
import uvloop
from aiohttp import WSMsgType, web

ids = itertools.count(1)
rooms: dict[str, tuple[list[int], set[Peer]]] = {}


class Peer:
    def __init__(self, ws: web.WebSocketResponse) -> None:
        self.ws, self.queue, self.wake = ws, deque[str](), asyncio.Event()

    def put(self, text: str) -> None:
        self.queue.append(text)
        self.wake.set()

    async def write(self) -> None:
        while not self.ws.closed:
            await self.wake.wait()
            self.wake.clear()
            while self.queue:
                await self.ws.send_str(self.queue.popleft())


async def handle(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(max_msg_size=16 * 1024, compress=False)
    await ws.prepare(request)
    peer, joined = Peer(ws), []
    writer = asyncio.create_task(peer.write())
    user = f"u{next(ids)}"
    try:
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            f = orjson.loads(msg.data)
            kind, circle, ref = f.get("type"), f.get("circle"), f.get("ref")
            if kind == "auth":
                peer.put(orjson.dumps({"type": "ready", "user": {"id": user}}).decode())
            elif kind == "join":
                room = rooms.setdefault(circle, ([0], set()))
                room[1].add(peer)
                joined.append(circle)
                peer.put(orjson.dumps({"type": "joined", "circle": circle, "last_seq": room[0][0],
                                       "members": [], "online": [], "ref": ref}).decode())
            elif kind == "send" and circle in joined:
                seq_box, peers = rooms[circle]
                seq_box[0] += 1
                seq, mid = seq_box[0], f"m{next(ids)}"
                text = orjson.dumps({
                    "type": "message", "circle": circle, "seq": seq, "id": mid,
                    "author": {"id": user, "display_name": user}, "text": f["text"],
                    "ts": datetime.now(UTC).isoformat().replace("+00:00", "Z")}).decode()
                for p in peers:
                    p.put(text)
                peer.put(orjson.dumps({"type": "ack", "circle": circle, "client_id": f["client_id"],
                                       "status": "delivered", "id": mid, "seq": seq,
                                       "ref": ref}).decode())
            elif kind == "ping":
                peer.put('{"type":"pong"}')
    finally:
        for circle in joined:
            rooms[circle][1].discard(peer)
        writer.cancel()
    return ws


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench.baseline")
    p.add_argument("--port", type=int, required=True)
    args = p.parse_args()
    app = web.Application()
    app.router.add_get("/ws", handle)
    app.router.add_get("/healthz", lambda r: web.json_response({"status": "ok"}))
    web.run_app(app, host="127.0.0.1", port=args.port, print=None, access_log=None,
                loop=uvloop.new_event_loop())


if __name__ == "__main__":
    main()
