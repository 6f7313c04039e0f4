"""Bad input of every kind gets a coded error, changes nothing, and the connection lives on."""

from __future__ import annotations

import pytest
import websockets

from tests.support.api import WS, ApiError, Circle, call
from tests.support.servers import Hearth


@pytest.fixture
async def member(server: Hearth) -> tuple[Circle, WS]:
    c = await Circle.make(server, members=1)
    ws = await WS.open(server, c.members[0]["token"])
    await ws.join(c.id)
    return c, ws


async def still_usable(ws: WS) -> None:
    assert (await ws.request({"type": "ping"}))["type"] == "pong"


@pytest.mark.parametrize("frame,code", [
    ("this is not json", "BAD_JSON"),
    ('{"type": "send"', "BAD_JSON"),
    ("42", "INVALID"),
    ('{"type": "teleport"}', "UNKNOWN_TYPE"),
    ('{"type": "send", "circle": "CIRCLE"}', "MISSING_FIELD"),
    ('{"type": "send", "circle": "CIRCLE", "text": ["a"], "client_id": "x"}', "INVALID"),
    ('{"type": "history", "circle": "CIRCLE", "before": "soon"}', "INVALID"),
    ('{"type": "join", "circle": "CIRCLE", "since": -5}', "INVALID"),
    ('{"type": "send", "circle": "CIRCLE", "text": "\\u0000\\u0001 ", "client_id": "x"}', "EMPTY_TEXT"),
])
async def test_malformed_frames(member: tuple[Circle, WS], frame: str, code: str) -> None:
    """Each malformed frame is answered with its code; the socket stays usable."""
    c, ws = member
    await ws.send(frame.replace("CIRCLE", c.id))
    err = await ws.expect("error")
    assert err["code"] == code, err
    await still_usable(ws)


async def test_errors_echo_ref_and_client_id(member: tuple[Circle, WS]) -> None:
    c, ws = member
    err = await ws.request({"type": "send", "circle": c.id, "text": "x" * 4001, "client_id": "big"})
    assert err["code"] == "TEXT_TOO_LONG" and err["client_id"] == "big" and "ref" in err


async def test_unknown_seq_and_other_circle(member: tuple[Circle, WS]) -> None:
    c, ws = member
    err = await ws.request({"type": "edit", "circle": c.id, "seq": 999, "text": "x"})
    assert err["code"] == "MESSAGE_NOT_FOUND"
    err = await ws.request({"type": "react", "circle": c.id, "seq": 999, "emoji": "👍"})
    assert err["code"] == "MESSAGE_NOT_FOUND"
    err = await ws.request({"type": "join", "circle": "0" * 32, "since": 0})
    assert err["code"] == "NOT_A_MEMBER"
    await still_usable(ws)


async def test_binary_frames_are_refused_politely(member: tuple[Circle, WS]) -> None:
    _c, ws = member
    await ws.conn.send(b"\x00\x01binary")
    assert (await ws.expect("error"))["code"] == "BINARY_NOT_SUPPORTED"
    await still_usable(ws)


async def test_oversize_frame_closes_with_1009(member: tuple[Circle, WS]) -> None:
    """A frame over 16 KiB closes the connection with 1009 and stores nothing."""
    c, ws = member
    await ws.send({"type": "send", "circle": c.id, "text": "x" * 20000, "client_id": "huge"})
    with pytest.raises(websockets.ConnectionClosed) as e:
        for _ in range(5):
            await ws.recv(5)
    assert e.value.rcvd is not None and e.value.rcvd.code == 1009
    page = await call(ws_server(member), "GET", f"/api/circles/{c.id}/messages",
                      c.members[0]["token"])
    assert page["messages"] == []


def ws_server(member: tuple[Circle, WS]) -> Hearth:
    return member[0].server


async def test_bad_or_expired_token_is_refused(server: Hearth) -> None:
    """An unknown token gets UNAUTHORIZED and the socket is closed."""
    ws = await WS.open(server)
    await ws.send({"type": "auth", "token": "not-a-real-token"})
    err = await ws.recv()
    assert err["code"] == "UNAUTHORIZED" and err.get("close") is True
    with pytest.raises(websockets.ConnectionClosed):
        await ws.recv(5)


async def test_frames_before_auth_are_refused(server: Hearth) -> None:
    ws = await WS.open(server)
    await ws.send({"type": "join", "circle": "x", "since": 0})
    assert (await ws.recv())["code"] == "AUTH_REQUIRED"


@pytest.mark.parametrize("body,code", [
    (b"not json", "BAD_JSON"),
    (b"[1]", "INVALID"),
    (b'{"username": 5, "password": "x"}', "INVALID"),
    (b'{"password": "x"}', "MISSING_FIELD"),
])
async def test_http_bad_bodies(server: Hearth, body: bytes, code: str) -> None:
    """HTTP bad input is a 4xx with the error body, never a 500."""
    with pytest.raises(ApiError) as e:
        await call(server, "POST", "/api/login", data=body,
                   headers={"Content-Type": "application/json"})
    assert 400 <= e.value.status < 500 and e.value.code == code


async def test_http_unknown_paths_and_methods(server: Hearth) -> None:
    for method, path, status in [("GET", "/api/nothing", 404), ("DELETE", "/api/login", 405),
                                 ("GET", "/api/circles/nope/messages?limit=abc", 401)]:
        with pytest.raises(ApiError) as e:
            await call(server, method, path)
        assert e.value.status == status and e.value.code


async def test_http_oversize_body(server: Hearth) -> None:
    with pytest.raises(ApiError) as e:
        await call(server, "POST", "/api/login", data=b'{"a":"' + b"x" * 100_000 + b'"}',
                   headers={"Content-Type": "application/json"})
    assert e.value.status == 413 and e.value.code == "TOO_LARGE"


async def test_no_tracebacks_in_the_log(server: Hearth) -> None:
    """After all the above, the server logged no traceback."""
    assert "Traceback" not in server.log()
