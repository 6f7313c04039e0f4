"""The load generator: a process of its own driving many WebSocket clients.

The parent sends commands over a pipe (``setup``, ``connect``, ``step``,
``storm``, ``close``) and gets a dict back for each; lines of progress come
as ``("progress", text)`` before the answer. Sending is open-loop at a fixed
rate: each send's latency is measured from when it was *due*, so a server
(or generator) that falls behind shows it instead of hiding it.
"""

from __future__ import annotations

import asyncio
import os
import random
import resource
import time
import traceback
from collections import Counter, defaultdict
from multiprocessing.connection import Connection
from typing import Any

import aiohttp
import orjson

from .check import Verdict, check_stream
from .wsclient import WSClient

#: An ack slower than this (s) is logged with when it was due, to see when slowness happens.
SLOW_S = 0.05
SLOW_KEPT = 200

HOST = "127.0.0.1"
PASSWORD = "a-long-bench-passphrase"
WORDS = ("calm", "tea", "walk", "garden", "morning", "river", "letter", "quiet", "sunlight",
         "bread", "music", "friend", "window", "cloud", "path", "candle")


def words(n: int) -> str:
    """A number spelled in plain words, so no moderation stage mistakes it for a phone number."""
    out = []
    while True:
        out.append(WORDS[n % 16])
        n //= 16
        if not n:
            return " ".join(out)


class Member:
    __slots__ = (
        "circle",
        "client",
        "got",
        "idx",
        "last_seq",
        "sent_n",
        "server",
        "token",
        "user",
        "waiter",
        "writer",
    )

    def __init__(self, idx: int, circle: str, server: int, writer: bool = False) -> None:
        self.idx, self.circle, self.server, self.writer = idx, circle, server, writer
        self.token = ""
        self.user = ""
        self.client: WSClient | None = None
        self.got: list[int] = []
        self.last_seq = 0
        self.waiter: tuple[str, asyncio.Future[dict[str, Any]]] | None = None
        self.sent_n = 0


def percentiles(xs: list[float]) -> dict[str, float | None]:
    if not xs:
        return {"p50": None, "p95": None, "p99": None, "max": None, "n": 0}
    xs = sorted(xs)
    n = len(xs)

    def q(p: float) -> float:
        return round(xs[min(n - 1, int(p * n))] * 1000, 3)
    return {"p50": q(0.50), "p95": q(0.95), "p99": q(0.99), "max": round(xs[-1] * 1000, 3), "n": n}


class Worker:
    def __init__(self, pipe: Connection) -> None:
        self.pipe = pipe
        self.loop = asyncio.get_running_loop()
        self.now = time.perf_counter
        self.kind = "hearth"
        self.ports: list[int] = []
        self.members: list[Member] = []
        self.by_circle: dict[str, list[Member]] = defaultdict(list)
        self.tag = f"g{os.getpid()}"
        self.reset()

    def progress(self, text: str) -> None:
        self.pipe.send(("progress", text))

    def reset(self) -> None:
        self.sent: dict[str, tuple[float, Member]] = {}
        self.acked: dict[str, dict[int, float]] = defaultdict(dict)
        self.deliv: list[tuple[str, int, float]] = []
        self.ack_lat: list[float] = []
        self.slow_acks: list[float] = []   # when (generator clock) acks slower than SLOW_S were due
        self.statuses: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.delivered = 0
        self.recording = False
        for m in self.members:
            m.got = []

    # frames from the servers

    def on_frame(self, client: WSClient, data: bytes) -> None:
        m: Member = client.owner
        f = orjson.loads(data)
        t = f.get("type")
        if t == "message":
            seq = f["seq"]
            if self.recording:
                m.got.append(seq)
                self.deliv.append((f["circle"], seq, self.now()))
            self.delivered += 1
            m.last_seq = max(m.last_seq, seq)
        elif t == "ack":
            ent = self.sent.pop(f["client_id"], None)
            t_due = ent[0] if ent is not None else self.now()
            if ent is not None:
                self.ack_lat.append(self.now() - t_due)
                if self.now() - t_due > SLOW_S:
                    self.slow_acks.append(t_due)
            self.statuses[f["status"]] += 1
            if "seq" in f:
                self.acked[f["circle"]][f["seq"]] = t_due
        elif t == "error":
            self.errors[str(f.get("code"))] += 1
            cid = f.get("client_id")
            if cid:
                self.sent.pop(cid, None)
            if m.waiter is not None and not m.waiter[1].done():
                m.waiter[1].set_exception(RuntimeError(f"server error {f}"))
        elif m.waiter is not None and m.waiter[0] == t and not m.waiter[1].done():
            m.waiter[1].set_result(f)

    # set-up

    async def setup(self, kind: str, ports: list[int], circles: int, per_circle: int,
                    writers: bool = False, admin: tuple[str, str] = ("", "")) -> dict[str, Any]:
        """Create circles and register members through the API (Hearth), or name them (baseline)."""
        self.kind, self.ports = kind, ports
        started = time.perf_counter()
        circle_ids: list[str] = []
        per = per_circle + (1 if writers else 0)
        if kind == "baseline":
            circle_ids = [f"{self.tag}-c{i}" for i in range(circles)]
        else:
            circle_ids = await self._register(circles, per, admin)
        idx = 0
        for c in circle_ids:
            for j in range(per):
                m = Member(idx, c, idx % len(ports), writer=writers and j == per - 1)
                idx += 1
                self.members.append(m)
                self.by_circle[c].append(m)
        if kind == "hearth":
            for m, (token, user) in zip(self.members, self._registered, strict=True):
                m.token, m.user = token, user
        return {"members": len(self.members), "circles": len(circle_ids),
                "setup_s": round(time.perf_counter() - started, 2)}

    async def _register(self, circles: int, per: int, admin: tuple[str, str]) -> list[str]:
        base = f"http://{HOST}:{self.ports[0]}"
        conn = aiohttp.TCPConnector(limit=32)
        async with aiohttp.ClientSession(connector=conn) as s:
            async def call(path: str, body: dict[str, Any], token: str = "") -> Any:
                headers = {"Authorization": f"Bearer {token}"} if token else {}
                for attempt in range(5):
                    async with s.post(base + path, json=body, headers=headers) as r:
                        data = await r.json(loads=orjson.loads)
                        if r.status < 400:
                            return data
                        if r.status not in (429, 503) or attempt == 4:
                            raise RuntimeError(f"{path}: {r.status} {data}")
                    await asyncio.sleep(0.5)

            op = (await call("/api/login", {"username": admin[0], "password": admin[1]}))["token"]
            sem = asyncio.Semaphore(16)

            async def make_circle(i: int) -> tuple[str, str]:
                async with sem:
                    c = await call("/api/circles", {"name": f"Bench circle {i}",
                                                    "capacity": max(per + 1, 2)}, op)
                    cid = c["circle"]["id"]
                    inv = await call(f"/api/circles/{cid}/invites",
                                     {"role": "member", "max_uses": per}, op)
                    return cid, inv["code"]

            made = await asyncio.gather(*(make_circle(i) for i in range(circles)))
            self.progress(f"{circles} circles created; registering {circles * per} members")
            done = 0

            async def reg(code: str, n: int) -> tuple[str, str]:
                nonlocal done
                async with sem:
                    body = await call("/api/register", {
                        "invite_code": code, "username": f"{self.tag}-{n}",
                        "password": PASSWORD, "display_name": f"Member {n}"})
                done += 1
                if done % 1000 == 0:
                    self.progress(f"registered {done}")
                return body["token"], body["user"]["id"]

            jobs = [reg(code, i * per + j) for i, (_, code) in enumerate(made) for j in range(per)]
            self._registered = await asyncio.gather(*jobs)
        return [cid for cid, _ in made]

    # connections

    async def _expect(self, m: Member, kind: str, frame: dict[str, Any],
                      timeout: float = 60) -> dict[str, Any]:
        fut = self.loop.create_future()
        m.waiter = (kind, fut)
        assert m.client is not None
        m.client.send(orjson.dumps(frame))
        try:
            return await asyncio.wait_for(fut, timeout)
        finally:
            m.waiter = None

    async def _open(self, m: Member) -> None:
        m.client = await WSClient.connect(HOST, self.ports[m.server], self.on_frame, m)
        await self._expect(m, "ready", {"type": "auth", "token": m.token or "bench"})
        joined = await self._expect(m, "joined", {"type": "join", "circle": m.circle,
                                                  "since": m.last_seq})
        deadline = self.now() + 60
        while m.last_seq < joined["last_seq"] and self.now() < deadline:
            await asyncio.sleep(0.01)

    async def connect(self, concurrency: int = 200, only: str = "all") -> dict[str, Any]:
        """Open, authenticate and join every member's connection."""
        sem = asyncio.Semaphore(concurrency)
        started = time.perf_counter()
        done = 0
        members = [m for m in self.members if only == "all" or not m.writer]

        async def one(m: Member) -> None:
            nonlocal done
            async with sem:
                await self._open(m)
            done += 1
            if done % 2000 == 0:
                self.progress(f"connected {done}/{len(members)}")

        await asyncio.gather(*(one(m) for m in members))
        return {"connected": len(members), "connect_s": round(time.perf_counter() - started, 2)}

    async def disconnect(self) -> dict[str, Any]:
        for m in self.members:
            if m.client is not None:
                m.client.close()
        await asyncio.sleep(0.5)
        for m in self.members:
            if m.client is not None:
                m.client.abort()
                m.client = None
        return {}

    # sending

    def _send(self, m: Member, t_due: float) -> None:
        m.sent_n += 1
        cid = f"{m.idx}.{m.sent_n}"
        self.sent[cid] = (t_due, m)
        assert m.client is not None
        m.client.send(orjson.dumps({
            "type": "send", "circle": m.circle, "client_id": cid,
            "text": f"Thinking of you all, note {words(m.sent_n)} from {words(m.idx)}"}))

    async def _paced(self, senders: list[Member], rate: float, total: int) -> float:
        """Send ``total`` messages at ``rate``/s round-robin over ``senders``; the worst lateness."""
        order = senders[:]
        random.Random(7).shuffle(order)
        start = self.now() + 0.02
        k, worst, n = 0, 0.0, len(order)
        while k < total:
            now = self.now()
            due = min(total, int((now - start) * rate) + 1)
            if due > k:
                worst = max(worst, now - (start + k / rate))
            while k < due:
                self._send(order[k % n], start + k / rate)
                k += 1
            await asyncio.sleep(max(0.001, start + k / rate - self.now()))
        return worst

    async def _drain(self, expected_fn: Any, timeout: float) -> None:
        deadline = self.now() + timeout
        while self.sent and self.now() < deadline:
            await asyncio.sleep(0.01)
        while self.delivered < expected_fn() and self.now() < deadline:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.2)  # time for anything doubled to show up

    def _expected_deliveries(self) -> int:
        return sum(len(seqs) * len(self.by_circle[c]) for c, seqs in self.acked.items())

    def _verdict(self, since: dict[Member, int] | None = None) -> Verdict:
        v = Verdict()
        for c, members in self.by_circle.items():
            stored = self.acked.get(c, {})
            for m in members:
                if since is None:
                    expected: Any = stored.keys()
                else:
                    top = max(stored, default=since[m])
                    expected = range(since[m] + 1, max(top, since[m]) + 1)
                v.add(check_stream(m.got, expected))
        return v

    async def step(self, rate: float, duration: float, sample: int = 200_000) -> dict[str, Any]:
        """Offer ``rate`` messages/s for ``duration`` s; drain; check every delivery."""
        self.reset()
        self.recording = True
        senders = [m for m in self.members if not m.writer and m.client is not None]
        total = max(1, int(rate * duration))
        t0 = self.now()
        worst = await self._paced(senders, rate, total)
        send_s = self.now() - t0
        await self._drain(self._expected_deliveries, 15 + duration)
        self.recording = False
        lat = []
        unmatched = 0
        for c, seq, t in self.deliv:
            t_due = self.acked.get(c, {}).get(seq)
            if t_due is None:
                unmatched += 1
            else:
                lat.append(t - t_due)
        verdict = self._verdict()
        expected = self._expected_deliveries()
        stored = sum(len(s) for s in self.acked.values())
        return {
            "offered_msgs_s": rate, "sent": total, "send_s": round(send_s, 3),
            "stored": stored, "unacked": len(self.sent), "statuses": dict(self.statuses),
            "errors": dict(self.errors), "deliveries": len(self.deliv),
            "expected_deliveries": expected, "check": verdict.as_dict(),
            "generator_worst_lateness_ms": round(worst * 1000, 2),
            "ack_ms": percentiles(self.ack_lat), "delivery_ms": percentiles(lat),
            "unmatched_deliveries": unmatched,
            # whether slow acks bunch (one pause) or spread (steady contention)
            "slow_ack_offsets_s": [round(t - t0, 2) for t in self.slow_acks[:SLOW_KEPT]],
            "slow_acks": len(self.slow_acks),
            "ack_samples": _sample(self.ack_lat, sample), "delivery_samples": _sample(lat, sample),
        }

    async def storm(self, behind: int, live: int, rate: float) -> dict[str, Any]:
        """Drop every member but the writers; write ``behind`` messages per circle; bring all
        back at once with their last seq, while the writers send ``live`` more each."""
        self.reset()
        dropped = [m for m in self.members if not m.writer]
        writers = [m for m in self.members if m.writer]
        for m in dropped:
            if m.client is not None:
                m.client.abort()
                m.client = None
        await asyncio.sleep(0.5)
        since = {m: m.last_seq for m in self.members}
        self.recording = True
        await self._paced(writers, rate, behind * len(writers))
        await self._drain(lambda: 0, 60)
        self.progress(f"{len(dropped)} dropped; {behind} messages per circle written meanwhile")
        # Caught up: every member has what was stored before they came back (the
        # `behind` messages). The writers keep talking meanwhile; those live
        # messages are checked for order and completeness too, but their pacing
        # is not counted in the catch-up time.
        missed = {c: max(s, default=0) for c, s in self.acked.items()}
        t0 = self.now()
        connect = asyncio.gather(*(self._reopen(m) for m in dropped), return_exceptions=True)
        talk = asyncio.create_task(self._paced(writers, rate, live * len(writers)))
        deadline = t0 + 60
        while self.now() < deadline and any(m.last_seq < missed.get(m.circle, 0)
                                            for m in dropped):
            await asyncio.sleep(0.005)
        caught_up = self.now() - t0
        results = await connect
        await talk
        failures = [r for r in results if isinstance(r, BaseException)]
        while self.sent and self.now() < deadline:
            await asyncio.sleep(0.005)
        final = {c: max(s, default=0) for c, s in self.acked.items()}
        while self.now() < deadline and any(m.last_seq < final.get(m.circle, 0) for m in dropped):
            await asyncio.sleep(0.005)
        await asyncio.sleep(0.3)
        self.recording = False
        verdict = self._verdict(since)
        return {"dropped": len(dropped), "behind": behind, "live_per_circle": live,
                "caught_up_s": round(caught_up, 3), "reconnect_failures": len(failures),
                "failure_sample": [repr(f) for f in failures[:3]],
                "stored": sum(len(s) for s in self.acked.values()),
                "statuses": dict(self.statuses), "errors": dict(self.errors),
                "check": verdict.as_dict()}

    async def _reopen(self, m: Member) -> None:
        m.client = await WSClient.connect(HOST, self.ports[m.server], self.on_frame, m, timeout=60)
        await self._expect(m, "ready", {"type": "auth", "token": m.token or "bench"})
        await self._expect(m, "joined", {"type": "join", "circle": m.circle, "since": m.last_seq})


def _sample(xs: list[float], n: int) -> list[float]:
    if len(xs) > n:
        xs = random.Random(1).sample(xs, n)
    return [round(x, 6) for x in xs]


async def _serve(pipe: Connection) -> None:
    worker = Worker(pipe)
    loop = asyncio.get_running_loop()
    while True:
        cmd, kwargs = await loop.run_in_executor(None, pipe.recv)
        if cmd == "exit":
            await worker.disconnect()
            pipe.send(("result", {}))
            return
        try:
            result = await getattr(worker, cmd)(**kwargs)
            pipe.send(("result", result))
        except Exception as e:  # noqa: BLE001 - report any failure to the parent
            pipe.send(("error", f"{type(e).__name__}: {e}\n{traceback.format_exc()}"))


def worker_main(pipe: Connection, cpus: list[int] | None) -> None:
    """Entry point of a generator process (started with the ``spawn`` method)."""
    import uvloop

    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    if cpus:
        try:
            os.sched_setaffinity(0, cpus)
        except OSError:
            pass
    uvloop.run(_serve(pipe))
