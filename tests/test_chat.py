"""Members chatting in real time through a real Hearth, MongoDB-wire server and all."""

from __future__ import annotations

import pytest

from tests.support.api import WS, Circle, call
from tests.support.servers import Hearth


@pytest.fixture
async def circle(server: Hearth) -> Circle:
    return await Circle.make(server, members=2)


async def pair(server: Hearth, circle: Circle) -> tuple[WS, WS]:
    a = await WS.open(server, circle.members[0]["token"])
    b = await WS.open(server, circle.members[1]["token"])
    await a.join(circle.id)
    await b.join(circle.id)
    return a, b


async def test_two_members_chat_both_ways(server: Hearth, circle: Circle) -> None:
    """A message from either member reaches the other, with author, seq and time."""
    a, b = await pair(server, circle)
    ack = await a.say(circle.id, "It has been a hard week.")
    assert ack["type"] == "ack" and ack["status"] == "delivered" and ack["seq"] == 1
    got = await b.expect("message")
    assert got["text"] == "It has been a hard week."
    assert got["author"] == {"id": circle.members[0]["user"]["id"], "display_name": "Member A"}
    assert got["seq"] == 1 and got["ts"].endswith("Z")
    ack2 = await b.say(circle.id, "I'm here with you.")
    assert ack2["seq"] == 2
    assert (await a.expect(lambda f: f.get("type") == "message" and f["seq"] == 2))["text"] == \
        "I'm here with you."
    await a.close()
    await b.close()


async def test_join_since_replays_exactly_what_was_missed(server: Hearth, circle: Circle) -> None:
    """Rejoining with since=N gives every later message once, in order."""
    a, b = await pair(server, circle)
    for i in range(5):
        await a.say(circle.id, f"message {i}")
    await b.close()
    for i in range(5, 8):
        await a.say(circle.id, f"message {i}")
    b2 = await WS.open(server, circle.members[1]["token"])
    joined, msgs = await b2.join(circle.id, since=5)
    assert joined["last_seq"] == 8
    assert [m["seq"] for m in msgs] == [6, 7, 8]
    assert [m["text"] for m in msgs] == ["message 5", "message 6", "message 7"]
    assert not [f for f in await b2.quiet(0.3) if f.get("type") == "message"]
    await a.close()
    await b2.close()


async def test_history_pages_backwards(server: Hearth, circle: Circle) -> None:
    """history with before/limit pages from the newest, oldest first in each page."""
    a, _b = await pair(server, circle)
    for i in range(12):
        await a.say(circle.id, f"m{i}")
    page = await a.request({"type": "history", "circle": circle.id, "limit": 5})
    assert [m["seq"] for m in page["messages"]] == [8, 9, 10, 11, 12]
    page2 = await a.request({"type": "history", "circle": circle.id, "before": 8, "limit": 5})
    assert [m["seq"] for m in page2["messages"]] == [3, 4, 5, 6, 7]
    http = await call(server, "GET", f"/api/circles/{circle.id}/messages?before=3&limit=50",
                      circle.members[1]["token"])
    assert [m["seq"] for m in http["messages"]] == [1, 2]


async def test_edit_delete_react_reach_everyone(server: Hearth, circle: Circle) -> None:
    """Edits, deletions and reaction toggles reach every member, the actor too."""
    a, b = await pair(server, circle)
    ack = await a.say(circle.id, "fisrt try")
    seq = ack["seq"]
    await a.send({"type": "edit", "circle": circle.id, "seq": seq, "text": "first try"})
    for ws in (a, b):
        e = await ws.expect("edited")
        assert e["seq"] == seq and e["text"] == "first try" and e["edited_at"]
    await b.send({"type": "react", "circle": circle.id, "seq": seq, "emoji": "💛"})
    for ws in (a, b):
        r = await ws.expect("reaction")
        assert r == {"type": "reaction", "circle": circle.id, "seq": seq,
                     "user": circle.members[1]["user"]["id"], "emoji": "💛", "on": True}
    await b.send({"type": "react", "circle": circle.id, "seq": seq, "emoji": "💛"})
    assert (await a.expect("reaction"))["on"] is False
    await a.send({"type": "delete", "circle": circle.id, "seq": seq})
    for ws in (a, b):
        d = await ws.expect("deleted")
        assert d["seq"] == seq
    # A later join sees the current state: a tombstone, no text.
    c = await WS.open(server, circle.members[1]["token"])
    _, msgs = await c.join(circle.id, since=seq - 1)
    assert msgs[0]["deleted"] is True and msgs[0]["text"] == ""


async def test_only_the_author_edits_and_deletes(server: Hearth, circle: Circle) -> None:
    """Another member's message cannot be edited or deleted, and stays as it was."""
    a, b = await pair(server, circle)
    seq = (await a.say(circle.id, "mine"))["seq"]
    err = await b.request({"type": "edit", "circle": circle.id, "seq": seq, "text": "yours"})
    assert err["type"] == "error" and err["code"] == "NOT_AUTHOR"
    err = await b.request({"type": "delete", "circle": circle.id, "seq": seq})
    assert err["code"] == "NOT_AUTHOR"
    page = await b.request({"type": "history", "circle": circle.id})
    assert page["messages"][-1]["text"] == "mine"


async def test_presence_and_typing(server: Hearth, circle: Circle) -> None:
    """Joining shows a member online to others; typing reaches others but not the typist."""
    a = await WS.open(server, circle.members[0]["token"])
    await a.join(circle.id)
    b = await WS.open(server, circle.members[1]["token"])
    joined, _ = await b.join(circle.id)
    ida, idb = circle.members[0]["user"]["id"], circle.members[1]["user"]["id"]
    assert ida in joined["online"]
    p = await a.expect(lambda f: f.get("type") == "presence" and idb in f["online"])
    assert set(p["online"]) == {ida, idb}
    await b.send({"type": "typing", "circle": circle.id})
    t = await a.expect("typing")
    assert t == {"type": "typing", "circle": circle.id, "user": idb}
    assert not [f for f in await b.quiet(0.3) if f.get("type") == "typing"]
    await b.close()
    p = await a.expect(lambda f: f.get("type") == "presence" and idb not in f["online"])
    assert p["online"] == [ida]


async def test_leave_stops_delivery(server: Hearth, circle: Circle) -> None:
    """After leave, a connection gets nothing more from that circle."""
    a, b = await pair(server, circle)
    left = await b.request({"type": "leave", "circle": circle.id})
    assert left["type"] == "left"
    await a.say(circle.id, "anyone?")
    assert not [f for f in await b.quiet(0.4) if f.get("type") == "message"]


async def test_ping_pong(server: Hearth, circle: Circle) -> None:
    a = await WS.open(server, circle.members[0]["token"])
    assert (await a.request({"type": "ping"}))["type"] == "pong"


async def test_send_rate_limit_and_resends_do_not_count(mongo_url: str) -> None:
    """The 11th send in 10 s is RATE_LIMITED with retry_after_s and its client_id;
    resending an already stored client_id is answered from the store."""
    from tests.support.servers import config_for_tests, hearth

    cfg = config_for_tests(limits={"sends_per_window": 10, "send_window_s": 10})
    with hearth(mongo_url, config=cfg) as h:
        c = await Circle.make(h, members=1)
        ws = await WS.open(h, c.members[0]["token"])
        await ws.join(c.id)
        acks = [await ws.say(c.id, f"n{i}", client_id=f"id{i}") for i in range(10)]
        assert [a["seq"] for a in acks] == list(range(1, 11))
        err = await ws.say(c.id, "one too many", client_id="id10")
        assert err["type"] == "error" and err["code"] == "RATE_LIMITED"
        assert err["client_id"] == "id10" and 0 < err["retry_after_s"] <= 10
        again = await ws.say(c.id, "n3", client_id="id3")
        assert again["type"] == "ack" and again["seq"] == 4
        # a new connection (no cache) is answered from the database too
        ws2 = await WS.open(h, c.members[0]["token"])
        again = await ws2.say(c.id, "n5", client_id="id5")
        assert again["type"] == "ack" and again["seq"] == 6


async def test_sigterm_closes_sockets_with_1001(mongo_url: str) -> None:
    """On SIGTERM, open WebSockets are closed with 'going away' and the process exits 0."""
    import websockets

    from tests.support.servers import Hearth

    h = Hearth(mongo_url)
    h.start()
    try:
        c = await Circle.make(h, members=1)
        ws = await WS.open(h, c.members[0]["token"])
        await ws.join(c.id)
        import signal

        h.signal(signal.SIGTERM)
        with pytest.raises(websockets.ConnectionClosed) as e:
            for _ in range(100):  # frames already on their way (presence) come first
                await ws.recv(10)
        assert e.value.rcvd is not None and e.value.rcvd.code == 1001
        assert h.proc is not None and h.proc.wait(10) == 0
    finally:
        h.cleanup()
