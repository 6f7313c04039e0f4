"""Two Hearth processes sharing MongoDB and Redis: ordering, recovery, nothing lost."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from collections.abc import Iterator

import pytest
import websockets

from tests.support.api import WS, Circle, call
from tests.support.servers import Hearth, Redis


@pytest.fixture
def cluster(mongo_url: str, redis: Redis) -> Iterator[tuple[Hearth, Hearth]]:
    db = f"c{uuid.uuid4().hex[:10]}"
    a = Hearth(mongo_url, redis.url, database=db)
    b = Hearth(mongo_url, redis.url, database=db)
    a.start()
    b.start()
    yield a, b
    a.cleanup()
    b.cleanup()


async def collect(ws: WS, circle: str, count: int, timeout: float = 20) -> list[dict]:
    out: list[dict] = []
    while len(out) < count:
        f = await ws.expect(lambda f: f.get("type") == "message" and f["circle"] == circle, timeout)
        out.append(f)
    return out


async def test_message_on_a_reaches_b_once_in_order(cluster: tuple[Hearth, Hearth]) -> None:
    """Every message sent through A arrives at a member on B exactly once, in seq order."""
    a, b = cluster
    c = await Circle.make(a, members=2)
    wa = await WS.open(a, c.members[0]["token"])
    wb = await WS.open(b, c.members[1]["token"])
    await wa.join(c.id)
    await wb.join(c.id)
    for i in range(30):
        await wa.say(c.id, f"from a {i}")
    got = await collect(wb, c.id, 30)
    assert [m["seq"] for m in got] == list(range(1, 31))
    assert [m["text"] for m in got] == [f"from a {i}" for i in range(30)]
    assert not [f for f in await wb.quiet(0.5) if f.get("type") == "message"]


async def test_presence_and_typing_cross_processes(cluster: tuple[Hearth, Hearth]) -> None:
    a, b = cluster
    c = await Circle.make(a, members=2)
    ida, idb = (m["user"]["id"] for m in c.members)
    wa = await WS.open(a, c.members[0]["token"])
    await wa.join(c.id)
    wb = await WS.open(b, c.members[1]["token"])
    await wb.join(c.id)
    await wa.expect(lambda f: f.get("type") == "presence" and idb in f["online"], 10)
    await wb.send({"type": "typing", "circle": c.id})
    assert (await wa.expect("typing", 10))["user"] == idb
    await wb.close()
    await wa.expect(lambda f: f.get("type") == "presence" and idb not in f["online"], 10)
    _ = ida


async def test_three_writers_two_processes_no_gaps(cluster: tuple[Hearth, Hearth]) -> None:
    """Concurrent writers on two processes get unique, gap-free seqs, seen in order by all."""
    a, b = cluster
    c = await Circle.make(a, members=4)
    writers = [await WS.open(s, m["token"]) for s, m in zip((a, a, b), c.members[:3], strict=True)]
    reader_a = await WS.open(a, c.members[3]["token"])
    reader_b = await WS.open(b, c.members[3]["token"])
    for ws in (*writers, reader_a, reader_b):
        await ws.join(c.id)
    per_writer = 40

    async def write(i: int, ws: WS) -> list[int]:
        return [(await ws.say(c.id, f"w{i}-{k}"))["seq"] for k in range(per_writer)]

    seqs = await asyncio.gather(*(write(i, ws) for i, ws in enumerate(writers)))
    total = per_writer * 3
    flat = sorted(s for ss in seqs for s in ss)
    assert flat == list(range(1, total + 1))
    for ss in seqs:  # each connection's sends are stored in the order sent
        assert ss == sorted(ss)
    for reader in (reader_a, reader_b):
        got = await collect(reader, c.id, total)
        assert [m["seq"] for m in got] == list(range(1, total + 1))


async def test_redis_restart_delivery_recovers(mongo_url: str) -> None:
    """Redis goes away and comes back: nobody restarts Hearth, and nothing is lost or doubled."""
    redis = Redis()
    redis.start()
    db = f"r{uuid.uuid4().hex[:10]}"
    a, b = Hearth(mongo_url, redis.url, database=db), Hearth(mongo_url, redis.url, database=db)
    try:
        a.start()
        b.start()
        c = await Circle.make(a, members=2)
        wa = await WS.open(a, c.members[0]["token"])
        wb = await WS.open(b, c.members[1]["token"])
        await wa.join(c.id)
        await wb.join(c.id)
        for i in range(5):
            await wa.say(c.id, f"before {i}")
        assert len(await collect(wb, c.id, 5)) == 5
        redis.stop()
        for i in range(5):  # stored and acknowledged while the bus is down
            ack = await wa.say(c.id, f"during {i}")
            assert ack["type"] == "ack", ack
        ready = await call(a, "GET", "/readyz", expect=503)
        assert ready["redis"] is False
        redis = Redis(redis.port)
        redis.start()
        await asyncio.sleep(1.0)
        for i in range(5):
            await wa.say(c.id, f"after {i}")
        got = await collect(wb, c.id, 10, timeout=20)
        assert [m["seq"] for m in got] == list(range(6, 16))
        assert not [f for f in await wb.quiet(0.5) if f.get("type") == "message"]
        # a member who was away catches up on rejoin
        wb2 = await WS.open(b, c.members[1]["token"])
        _, msgs = await wb2.join(c.id, since=0)
        assert [m["seq"] for m in msgs] == list(range(1, 16))
        await call(a, "GET", "/readyz", expect=200)
    finally:
        a.cleanup()
        b.cleanup()
        redis.stop()


async def test_sigkill_loses_nothing_acknowledged(cluster: tuple[Hearth, Hearth]) -> None:
    """SIGKILL one process mid-stream: its clients move to the other and resend;
    every acknowledged message is stored exactly once, and seqs have no gaps."""
    a, b = cluster
    c = await Circle.make(a, members=3)
    n = 60
    acked: dict[str, int] = {}
    killed = asyncio.Event()

    async def sender(idx: int, token: str) -> None:
        servers = [a, b] if idx % 2 == 0 else [b, a]
        cids = [f"{idx}-{k}-{uuid.uuid4().hex[:6]}" for k in range(n)]
        k, which = 0, 0
        while k < n:
            try:
                ws = await WS.open(servers[which], token)
                while k < n:
                    ack = await ws.say(c.id, f"s{idx}-{k}", client_id=cids[k])
                    if ack.get("type") == "ack":
                        acked[cids[k]] = ack["seq"]
                        k += 1
                    else:
                        await asyncio.sleep(0.1)
                    if idx == 0 and k == n // 3 and not killed.is_set():
                        killed.set()
            except (websockets.ConnectionClosed, OSError, TimeoutError):
                if servers[which] is a and a.proc is None:
                    which = 1 - which
                await asyncio.sleep(0.05)

    async def killer() -> None:
        await killed.wait()
        a.kill()
        a.proc = None

    await asyncio.wait_for(asyncio.gather(killer(), *(sender(i, m["token"])
                                                      for i, m in enumerate(c.members))), 120)
    assert len(acked) == 3 * n
    history: list[dict] = []
    before = None
    while True:
        q = f"?limit=200{'&before=' + str(before) if before else ''}"
        page = (await call(b, "GET", f"/api/circles/{c.id}/messages{q}", c.op))["messages"]
        if not page:
            break
        history = page + history
        before = page[0]["seq"]
    texts = Counter(m["text"] for m in history)
    assert [m["seq"] for m in history] == list(range(1, len(history) + 1))
    assert all(v == 1 for v in texts.values()), [t for t, v in texts.items() if v > 1]
    assert len(history) == 3 * n
    by_seq = {m["seq"]: m["text"] for m in history}
    assert len(set(acked.values())) == 3 * n and all(s in by_seq for s in acked.values())
    # the killed process comes back and serves the same history
    a.start()
    again = (await call(a, "GET", f"/api/circles/{c.id}/messages?limit=200", c.op))["messages"]
    assert [m["seq"] for m in again][-1] == 3 * n
