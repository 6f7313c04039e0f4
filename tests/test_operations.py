"""Running Hearth: embedded database, health, metrics, logs, shutdown, slow clients."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import websockets

from server.embedded import free_port
from tests.support.api import WS, Circle, call
from tests.support.servers import ROOT, Hearth, config_for_tests, hearth, wait_port


def run_embedded(data_dir: Path, port: int, env: dict[str, str] | None = None,
                 ) -> subprocess.Popen[str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith("HEARTH_")}
    e.update({"HEARTH_DATA_DIR": str(data_dir), "HEARTH_PORT": str(port), **(env or {})})
    return subprocess.Popen([sys.executable, "-m", "server", "--config", str(ROOT / "config.yaml")],
                            cwd=data_dir.parent, env=e, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)


def stop(proc: subprocess.Popen[str], timeout: float = 12) -> tuple[int, str, float]:
    started = time.monotonic()
    os.killpg(proc.pid, signal.SIGTERM)
    out, _ = proc.communicate(timeout=timeout)
    return proc.returncode, out, time.monotonic() - started


async def test_embedded_defaults_keep_data_and_print_the_password_once(tmp_path: Path) -> None:
    """No MongoDB configured: the embedded database starts, keeps data across restarts,
    the generated operator password is printed once, and SIGTERM exits 0 within 10 s."""
    data = tmp_path / "var"
    port = free_port()
    proc = run_embedded(data, port)
    try:
        wait_port(port, 60)
        h = Hearth("unused", port=port)
        # find the printed password
        deadline = time.monotonic() + 10
        password = None
        lines: list[str] = []
        while password is None and time.monotonic() < deadline:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            lines.append(line)
            if "password:" in line:
                password = line.split("password:")[1].strip()
        assert password, lines
        login = await call(h, "POST", "/api/login", json={"username": "admin", "password": password})
        await call(h, "POST", "/api/circles", login["token"], {"name": "Kept"}, expect=201)
    finally:
        code, out, took = stop(proc)
    assert code == 0 and took < 10, out[-2000:]
    assert (data / "db").is_dir()
    proc = run_embedded(data, port)
    try:
        wait_port(port, 60)
        me = await call(h, "GET", "/api/me", login["token"])
        assert [c["name"] for c in me["circles"]] == ["Kept"]
    finally:
        code, out, _ = stop(proc)
    assert "password:" not in out  # printed once, on the first start only
    assert code == 0


async def test_health_ready_metrics(server: Hearth) -> None:
    assert (await call(server, "GET", "/healthz"))["status"] == "ok"
    ready = await call(server, "GET", "/readyz")
    assert ready["mongo"] is True
    c = await Circle.make(server, members=1)
    ws = await WS.open(server, c.members[0]["token"])
    await ws.join(c.id)
    await ws.say(c.id, "counting")
    text = (await call(server, "GET", "/metrics")).decode()
    assert "hearth_connections 1" in text
    assert 'hearth_messages_total{status="delivered"}' in text
    assert "hearth_send_to_ack_seconds_count" in text and "hearth_queue_overflows_total" in text


async def test_logs_hold_no_message_text_or_passwords(server: Hearth) -> None:
    c = await Circle.make(server, members=1)
    ws = await WS.open(server, c.members[0]["token"])
    await ws.join(c.id)
    secret = "my-very-private-words-xyzzy"
    await ws.say(c.id, secret)
    await ws.send({"type": "send", "circle": c.id, "text": secret + "!", "client_id": 5})
    await ws.expect("error")
    log = server.log()
    assert secret not in log and "a-long-member-passphrase" not in log
    assert all(line.startswith("{") for line in log.splitlines() if line and "listening on" not in
               line and not line.startswith(" ") and line.strip())


async def test_slow_consumer_is_cut_off_with_1013(mongo_url: str) -> None:
    """A client that stops reading is closed with 1013 while the others keep receiving,
    every message, with their latency measured before and during."""
    cfg = config_for_tests(limits={"send_queue": 50, "sends_per_window": 100000})
    with hearth(mongo_url, config=cfg) as h:
        c = await Circle.make(h, members=3)
        fast = await WS.open(h, c.members[0]["token"])
        writer = await WS.open(h, c.members[1]["token"])
        await fast.join(c.id)
        await writer.join(c.id)
        big = "x" * 3500

        async def burst(prefix: str, n: int) -> list[float]:
            """Send n messages one at a time; the fast member's send-to-delivery times (ms)."""
            latencies: list[float] = []
            for i in range(n):
                key = f"{prefix}{i}"
                started = time.monotonic()
                await writer.send({"type": "send", "circle": c.id, "text": f"{key} {big}",
                                   "client_id": key})
                await fast.expect(lambda f, key=key: f.get("type") == "message"
                                  and f["text"].startswith(key + " "), 20)
                latencies.append((time.monotonic() - started) * 1000)
                await writer.expect("ack", 20)
                writer.inbox.clear()
                fast.inbox.clear()
            return sorted(latencies)

        def p99(xs: list[float]) -> float:
            return xs[min(len(xs) - 1, int(len(xs) * 0.99))]

        before = await burst("b", 300)
        # max_queue=1: once one frame waits unread, the client stops reading the socket.
        slow = await websockets.connect(h.ws_url, max_size=2**20, max_queue=1)
        await slow.send('{"type":"auth","token":"%s"}' % c.members[2]["token"])
        await slow.recv()
        await slow.send('{"type":"join","circle":"%s","since":0}' % c.id)
        during = await burst("d", 1500)  # ~5 MB: more than the kernel's socket buffers hold
        assert len(during) == 1500  # the others got everything
        print(f"\nfast member p99 send-to-delivery: before {p99(before):.1f} ms, "
              f"with a stalled reader {p99(during):.1f} ms")
        metrics = (await call(h, "GET", "/metrics")).decode()
        assert "hearth_queue_overflows_total 1" in metrics
        with pytest.raises(websockets.ConnectionClosed) as e:
            while True:
                await asyncio.wait_for(slow.recv(), 10)
        assert e.value.rcvd is not None and e.value.rcvd.code == 1013
