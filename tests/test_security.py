"""Sessions, floods and proxies: nobody let in who should not be, nothing allocated unbounded."""

from __future__ import annotations

import asyncio
import contextlib
import resource

import pytest
import websockets

from tests.support.api import PASSWORD, WS, ApiError, Circle, call
from tests.support.servers import Hearth, config_for_tests, hearth


async def closed_code(ws: WS, timeout: float = 10) -> int | None:
    with pytest.raises(websockets.ConnectionClosed) as e:
        for _ in range(200):
            await ws.recv(timeout)
    return e.value.rcvd.code if e.value.rcvd else None


async def test_each_login_issues_a_new_token(server: Hearth) -> None:
    c = await Circle.make(server, members=1)
    u = c.members[0]["user"]["username"]
    t1 = (await call(server, "POST", "/api/login", json={"username": u, "password": PASSWORD}))["token"]
    t2 = (await call(server, "POST", "/api/login", json={"username": u, "password": PASSWORD}))["token"]
    assert len({t1, t2, c.members[0]["token"]}) == 3


async def test_logout_closes_every_socket_of_that_session_at_once(server: Hearth) -> None:
    """Signing out ends that session's sockets immediately; other sessions stay."""
    c = await Circle.make(server, members=1)
    token = c.members[0]["token"]
    u = c.members[0]["user"]["username"]
    other = (await call(server, "POST", "/api/login", json={"username": u, "password": PASSWORD}))["token"]
    a1, a2 = await WS.open(server, token), await WS.open(server, token)
    b = await WS.open(server, other)
    await call(server, "POST", "/api/logout", token, expect=204)
    for ws in (a1, a2):
        err = await ws.expect("error")
        assert err["code"] == "SESSION_ENDED"
        assert await closed_code(ws) == 4001
    assert (await b.request({"type": "ping"}))["type"] == "pong"


async def test_password_change_ends_other_sessions(server: Hearth) -> None:
    c = await Circle.make(server, members=1)
    token = c.members[0]["token"]
    u = c.members[0]["user"]["username"]
    other = (await call(server, "POST", "/api/login", json={"username": u, "password": PASSWORD}))["token"]
    ws_other = await WS.open(server, other)
    with pytest.raises(ApiError) as e:
        await call(server, "POST", "/api/me/password", token,
                   {"current_password": "not-my-password", "new_password": "a-new-long-passphrase"})
    assert e.value.code == "BAD_CREDENTIALS"
    done = await call(server, "POST", "/api/me/password", token,
                      {"current_password": PASSWORD, "new_password": "a-new-long-passphrase"})
    assert done["sessions_ended"] == 1
    assert (await ws_other.expect("error"))["code"] == "SESSION_ENDED"
    with pytest.raises(ApiError):
        await call(server, "GET", "/api/me", other)
    await call(server, "GET", "/api/me", token)
    await call(server, "POST", "/api/login", json={"username": u, "password": "a-new-long-passphrase"})


async def test_sessions_expire(mongo_url: str) -> None:
    with hearth(mongo_url, config=config_for_tests(auth={"session_ttl_s": 1})) as h:
        c = await Circle.make(h, members=0)
        await call(h, "GET", "/api/me", c.op)
        await asyncio.sleep(1.5)
        with pytest.raises(ApiError) as e:
            await call(h, "GET", "/api/me", c.op)
        assert e.value.status == 401


async def test_unauthenticated_flood_is_closed_and_memory_stays_bounded(mongo_url: str) -> None:
    """1,000 sockets that never sign in are all closed after the timeout."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 8192)), hard))
    cfg = config_for_tests(limits={"auth_timeout_s": 2, "max_connections_per_ip": 5000})
    with hearth(mongo_url, config=cfg) as h:
        before = h.rss_kb()
        conns = []
        for i in range(0, 1000, 100):
            conns += await asyncio.gather(*(websockets.connect(h.ws_url, open_timeout=20)
                                            for _ in range(100)))
        # each may send one frame of junk, up to the frame limit, and nothing more (on a
        # loaded machine the first sockets may already have been closed for the timeout)
        async def junk(c: websockets.ClientConnection) -> None:
            with contextlib.suppress(websockets.ConnectionClosed):
                await c.send("x" * 8000)

        await asyncio.gather(*(junk(c) for c in conns[:200]))
        peak = h.rss_kb()

        async def wait_closed(c: websockets.ClientConnection) -> int | None:
            try:
                while True:
                    await asyncio.wait_for(c.recv(), 15)
            except websockets.ConnectionClosed as e:
                return e.rcvd.code if e.rcvd else None

        codes = await asyncio.gather(*(wait_closed(c) for c in conns))
        assert all(code in (4001, 1008) for code in codes), set(codes)
        grown_mb = (peak - before) / 1024
        print(f"\n1000 unauthenticated sockets: RSS {before/1024:.1f} MB -> {peak/1024:.1f} MB")
        assert grown_mb < 150


async def test_per_address_connection_limit(mongo_url: str) -> None:
    cfg = config_for_tests(limits={"max_connections_per_ip": 3})
    with hearth(mongo_url, config=cfg) as h:
        c = await Circle.make(h, members=1)
        socks = [await WS.open(h, c.members[0]["token"]) for _ in range(3)]
        with pytest.raises(websockets.InvalidStatus) as e:
            await websockets.connect(h.ws_url)
        assert e.value.response.status_code == 429
        await socks[0].close()
        await asyncio.sleep(0.2)
        await WS.open(h, c.members[0]["token"])


async def test_forwarded_for_is_believed_only_from_trusted_proxies(mongo_url: str) -> None:
    """Rate limits follow X-Forwarded-For only when the peer is a configured proxy."""
    async def attempts(h: Hearth, forwarded: str) -> int:
        with pytest.raises(ApiError) as e:
            await call(h, "POST", "/api/login", json={"username": f"x{forwarded}", "password": "wrong-pass"},
                       headers={"X-Forwarded-For": forwarded})
        return e.value.status

    cfg = config_for_tests(auth={"attempts_per_ip": 2, "attempts_per_username": 100})
    with hearth(mongo_url, config=cfg) as h:  # no trusted proxy: the header is ignored
        statuses = [await attempts(h, f"10.0.0.{i}") for i in range(3)]
        assert statuses == [401, 401, 429]
    cfg["server"] = {"trusted_proxies": ["127.0.0.1"]}
    with hearth(mongo_url, config=cfg) as h:  # behind our proxy: each client counts alone
        statuses = [await attempts(h, f"10.0.0.{i}") for i in range(3)]
        assert statuses == [401, 401, 401]


async def test_open_sockets_close_when_their_session_expires(mongo_url: str) -> None:
    """A socket whose session expired (no sign-out event at all) is closed by the sweep."""
    cfg = config_for_tests(auth={"session_ttl_s": 2}, limits={"session_check_s": 0.5})
    with hearth(mongo_url, config=cfg) as h:
        c = await Circle.make(h, members=1)
        ws = await WS.open(h, c.members[0]["token"])
        assert (await ws.request({"type": "ping"}))["type"] == "pong"
        err = await ws.expect("error", 10)
        assert err["code"] == "SESSION_ENDED"
        assert await closed_code(ws) == 4001
