"""The Python client's bookkeeping, without sockets: URLs, seq tracking, resends, routing."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from server.chat import format_message, format_notice
from server.client import (
    HearthClient,
    HearthError,
    PendingSends,
    SeqTracker,
    backoff_delays,
    ws_url,
)


def message(circle: str, seq: int, text: str = "hi") -> dict:
    return {
        "type": "message",
        "circle": circle,
        "seq": seq,
        "id": f"m{seq}",
        "author": {"id": "u1", "display_name": "Ash"},
        "text": text,
        "ts": "2026-01-01T10:00:00Z",
    }


# URLs and back-off


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        ("http://127.0.0.1:8080", "ws://127.0.0.1:8080/ws"),
        ("http://127.0.0.1:8080/", "ws://127.0.0.1:8080/ws"),
        ("https://hearth.example", "wss://hearth.example/ws"),
        ("https://example.org/hearth/", "wss://example.org/hearth/ws"),
        ("HTTP://host:1", "ws://host:1/ws"),
        ("ws://host:1/ws", "ws://host:1/ws"),
    ],
)
def test_ws_url_maps_scheme_and_appends_ws_path(base: str, expected: str) -> None:
    """http→ws, https→wss, a path prefix is kept and /ws appended once."""
    assert ws_url(base) == expected


@pytest.mark.parametrize("bad", ["ftp://host", "127.0.0.1:8080", "http://"])
def test_ws_url_rejects_what_is_not_a_server_url(bad: str) -> None:
    """A URL without an http(s)/ws(s) scheme and host is refused early."""
    with pytest.raises(ValueError):
        ws_url(bad)


def test_backoff_grows_is_jittered_and_capped_at_ten_seconds() -> None:
    """Delays double from the base, stay within their step, and never pass the cap."""
    delays = list(itertools.islice(backoff_delays(base=0.25, cap=10.0), 40))
    for attempt, delay in enumerate(delays):
        step = min(10.0, 0.25 * 2**attempt)
        assert step / 2 <= delay <= step
    assert max(delays) <= 10.0
    assert delays[-1] >= 5.0


# seq tracking and de-duplication


def test_since_is_zero_for_an_unseen_circle() -> None:
    """A circle never seen is joined from the start."""
    assert SeqTracker().since("c1") == 0


def test_since_follows_the_highest_seq_seen_per_circle() -> None:
    """Each circle resumes from its own last seq."""
    t = SeqTracker()
    for seq in (1, 2, 3):
        t.observe("a", seq)
    t.observe("b", 7)
    assert (t.since("a"), t.since("b")) == (3, 7)


def test_a_repeated_seq_is_a_duplicate() -> None:
    """The same (circle, seq) is reported new only once."""
    t = SeqTracker()
    assert t.observe("a", 1) is True
    assert t.observe("a", 1) is False


def test_the_same_seq_in_another_circle_is_not_a_duplicate() -> None:
    """Seqs are per circle."""
    t = SeqTracker()
    assert t.observe("a", 1)
    assert t.observe("b", 1)


def test_a_late_lower_seq_is_still_shown_once() -> None:
    """A message arriving out of order is not mistaken for a duplicate, nor shown twice."""
    t = SeqTracker()
    assert t.observe("a", 2)
    assert t.observe("a", 1)
    assert not t.observe("a", 1)
    assert t.since("a") == 2


def test_skip_to_moves_the_resume_point_forward_only() -> None:
    """Joining with an explicit since skips older messages; it never rewinds."""
    t = SeqTracker()
    t.skip_to("a", 10)
    assert t.since("a") == 10
    t.skip_to("a", 4)
    assert t.since("a") == 10


def test_seen_window_stays_bounded() -> None:
    """Memory per circle is bounded; seqs far below the window count as seen."""
    t = SeqTracker(window=8)
    for seq in range(1, 100):
        t.observe("a", seq)
    assert len(t._seen["a"]) <= 9
    assert not t.observe("a", 3)


# the resend queue


def send_frame(client_id: str, text: str = "x") -> dict:
    return {"type": "send", "circle": "a", "text": text, "client_id": client_id, "ref": client_id}


def test_unacked_sends_are_resent_in_order_with_their_client_id() -> None:
    """What was not acknowledged goes again, oldest first, unchanged."""
    p = PendingSends()
    for cid in ("one", "two", "three"):
        p.add(send_frame(cid))
    assert [f["client_id"] for f in p.to_resend()] == ["one", "two", "three"]


def test_an_acked_send_is_not_resent() -> None:
    """Settling a send removes it from the resend queue."""
    p = PendingSends()
    p.add(send_frame("one"))
    p.add(send_frame("two"))
    assert p.settle("one") is not None
    assert [f["client_id"] for f in p.to_resend()] == ["two"]
    assert "one" not in p and len(p) == 1


def test_settling_an_unknown_client_id_is_harmless() -> None:
    """An ack for something already settled changes nothing."""
    p = PendingSends()
    assert p.settle("nope") is None
    assert len(p) == 0


# errors


def test_error_frame_becomes_hearth_error_with_retry_after() -> None:
    """Code, message and retry_after_s are kept from the error frame."""
    frame = {"type": "error", "code": "RATE_LIMITED", "message": "slow down", "retry_after_s": 2}
    exc = HearthError.from_frame(frame)
    assert (exc.code, exc.message, exc.retry_after_s, exc.frame) == (
        "RATE_LIMITED",
        "slow down",
        2.0,
        frame,
    )
    assert HearthError("X", "y").retry_after_s is None


# routing frames inside the client (no socket: frames are fed to the dispatcher)


async def client_with_pending_send(client_id: str = "c-1") -> tuple[HearthClient, asyncio.Future]:
    client = HearthClient("http://127.0.0.1:1", "tok")
    frame = send_frame(client_id) | {"ref": "r9"}
    future: asyncio.Future = asyncio.get_running_loop().create_future()
    client._waiting["r9"] = (frame, future)
    client._pending_sends.add(frame)
    return client, future


def queued(client: HearthClient) -> list[dict]:
    out = []
    while not client._events.empty():
        frame = client._events.get_nowait()
        assert frame is not None
        out.append(frame)
    return out


async def test_ack_by_ref_resolves_the_send_and_is_not_an_event() -> None:
    """The ack answers the waiting send, leaves the resend queue, and is not an event."""
    client, future = await client_with_pending_send()
    ack = {"type": "ack", "ref": "r9", "client_id": "c-1", "status": "delivered", "seq": 4}
    client._dispatch(ack)
    assert future.result() == ack
    assert len(client._pending_sends) == 0
    assert queued(client) == []


async def test_ack_without_ref_is_matched_by_client_id() -> None:
    """An ack that lost its ref still finds its send through the client_id."""
    client, future = await client_with_pending_send()
    client._dispatch({"type": "ack", "client_id": "c-1", "status": "held"})
    assert future.result()["status"] == "held"


async def test_error_for_a_send_raises_hearth_error() -> None:
    """An error carrying the send's ref fails it with the code."""
    client, future = await client_with_pending_send()
    client._dispatch({"type": "error", "ref": "r9", "code": "TEXT_TOO_LONG", "message": "long"})
    with pytest.raises(HearthError) as info:
        future.result()
    assert info.value.code == "TEXT_TOO_LONG"
    assert len(client._pending_sends) == 0


async def test_messages_reach_events_once_and_advance_last_seq() -> None:
    """A replayed message is dropped; last_seq follows message frames only."""
    client = HearthClient("http://127.0.0.1:1", "tok")
    for frame in (message("a", 1), message("a", 2), message("a", 1), message("a", 2)):
        client._dispatch(frame)
    client._dispatch({"type": "joined", "circle": "a", "last_seq": 99})
    assert [f["seq"] for f in queued(client) if f["type"] == "message"] == [1, 2]
    assert client.last_seq == {"a": 2}
    assert client.joined["a"]["last_seq"] == 99


async def test_a_held_frame_repeated_after_rejoin_is_shown_once() -> None:
    """The server repeats pending held messages after each join; consumers see each once."""
    client = HearthClient("http://127.0.0.1:1", "tok")
    held = {"type": "held", "circle": "a", "id": "h1", "text": "t", "reasons": []}
    client._dispatch(held)
    client._dispatch(dict(held))
    assert [f["type"] for f in queued(client)] == ["held"]


async def test_broadcast_answers_are_events_too() -> None:
    """An `edited` carrying our ref answers the request and still updates the view."""
    client = HearthClient("http://127.0.0.1:1", "tok")
    future: asyncio.Future = asyncio.get_running_loop().create_future()
    client._waiting["r1"] = ({"type": "edit", "circle": "a", "seq": 1, "text": "new"}, future)
    edited = {"type": "edited", "ref": "r1", "circle": "a", "seq": 1, "text": "new"}
    client._dispatch(edited)
    assert future.result() == edited
    assert queued(client) == [edited]


async def test_a_drop_fails_plain_requests_but_keeps_joins_and_sends() -> None:
    """Only joins and sends survive a lost socket, to be repeated on reconnect."""
    client, send_future = await client_with_pending_send()
    loop = asyncio.get_running_loop()
    history_future: asyncio.Future = loop.create_future()
    client._waiting["r2"] = ({"type": "history", "circle": "a"}, history_future)
    client._fail_waiting(resendable_kept=True)
    assert set(client._waiting) == {"r9"} and not send_future.done()
    with pytest.raises(HearthError) as info:
        history_future.result()
    assert info.value.code == "DISCONNECTED"


async def test_request_before_connect_is_refused() -> None:
    """Without a socket a request fails at once instead of waiting forever."""
    client = HearthClient("http://127.0.0.1:1", "tok")
    with pytest.raises(HearthError) as info:
        await client.send("a", "hello")
    assert info.value.code == "DISCONNECTED"


# how the terminal chat prints


def test_chat_line_format_and_marks() -> None:
    """`[HH:MM] name: text`, with edited, redacted and content-warning marks."""
    plain = format_message(message("a", 1, "hello"))
    assert plain.endswith("] Ash: hello") and plain.startswith("[")
    assert "(edited)" in format_message(message("a", 1) | {"edited_at": "2026-01-01T10:01:00Z"})
    assert "removed by moderation" in format_message(message("a", 1) | {"redacted": True})
    hidden = format_message(message("a", 5, "secret") | {"cw": "grief"})
    assert "secret" not in hidden and "/show 5" in hidden
    assert "secret" in format_message(message("a", 5, "secret") | {"cw": "grief"}, reveal=True)
    tomb = message("a", 1, "") | {"deleted": True, "deleted_by": "facilitator"}
    assert "deleted by a facilitator" in format_message(tomb)


def test_crisis_notice_is_framed_with_resources() -> None:
    """Crisis resources stand out and every resource is listed."""
    lines = format_notice(
        {
            "type": "notice",
            "kind": "crisis",
            "text": "You matter.",
            "resources": [{"name": "Line", "phone": "116 123"}, "text HOME to 741741"],
        }
    )
    joined = "\n".join(lines)
    assert lines[0] == lines[-1] and set(lines[0]) == {"="}
    assert "You matter." in joined and "116 123" in joined and "741741" in joined
