"""Property-based fuzzing of the WebSocket protocol against a live server.

Every frame gets a coded error or a valid answer, the connection stays
usable (unless the frame was oversize: then 1009), the server never logs a
traceback and its memory stays bounded. HEARTH_FUZZ_EXAMPLES sets how many
frames to try (a few hundred in CI; thousands for a long run).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from server.ws.protocol import SPECS
from tests.support.api import Circle
from tests.support.servers import Hearth, config_for_tests, hearth

EXAMPLES = int(os.environ.get("HEARTH_FUZZ_EXAMPLES", "300"))
CODE = re.compile(r"^[A-Z][A-Z0-9_]*$")
FRAME_LIMIT = 16 * 1024

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=60),
    st.sampled_from(["", "\x00", "\u202e", "\ufeff", "🧡" * 10, "\ud800", "a" * 5000, "0" * 64]))
json_values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=8), st.dictionaries(st.text(max_size=10), inner, max_size=8)),
    max_leaves=30)


class Live:
    """One long-lived socket to a server, reconnected after an oversize frame."""

    def __init__(self, server: Hearth, token: str, circles: dict[str, str]) -> None:
        self.server, self.token, self.circles = server, token, circles
        self.refs = itertools.count(1)
        self.stack = contextlib.ExitStack()
        self.ws = self.open()

    def open(self) -> ClientConnection:
        ws = self.stack.enter_context(connect(self.server.ws_url, max_size=2**22))
        ws.send(json.dumps({"type": "auth", "token": self.token}))
        assert json.loads(ws.recv(10))["type"] == "ready"
        ws.send(json.dumps({"type": "join", "circle": self.circles["mine"], "since": 0}))
        return ws

    def check(self, raw: str) -> None:
        data = raw.encode("utf-8", "surrogatepass")
        oversize = len(data) > FRAME_LIMIT
        try:
            data.decode("utf-8")
            invalid = False
        except UnicodeDecodeError:
            invalid = True  # a lone surrogate as raw bytes: not UTF-8 at all
        try:
            self.ws.send(data, text=True)
            ref = f"probe-{next(self.refs)}"
            self.ws.send(json.dumps({"type": "ping", "ref": ref}))
            while True:
                frame = json.loads(self.ws.recv(10))
                assert isinstance(frame, dict) and isinstance(frame.get("type"), str), frame
                if frame["type"] == "error":
                    assert CODE.match(frame.get("code", "")), frame
                    assert frame.get("message"), frame
                if frame.get("ref") == ref:
                    assert frame["type"] == "pong", frame
                    break
            assert not oversize, "an oversize frame was accepted"
            assert not invalid, "a frame that is not UTF-8 was accepted"
        except ConnectionClosed as e:
            assert oversize or invalid, f"connection closed after a valid frame: {e}"
            assert e.rcvd is not None and e.rcvd.code == (1009 if oversize else 1007), e
            self.ws = self.open()


def frames(circles: dict[str, str]) -> st.SearchStrategy[str]:
    ids = st.sampled_from([circles["mine"], circles["other"], "", "x" * 65, "nope"])
    seqs = st.one_of(st.integers(min_value=-5, max_value=10**6), st.sampled_from([2**53, 2**64]))
    field_values = st.one_of(ids, seqs, json_values)

    @st.composite
    def mutated(draw: Any) -> str:
        kind = draw(st.sampled_from(sorted(SPECS)))
        frame: dict[str, Any] = {"type": kind}
        for name in SPECS[kind]:
            if draw(st.booleans()):
                frame[name] = draw(ids if name == "circle" else seqs if name in (
                    "seq", "since", "before", "limit", "reply_to") else field_values)
        if draw(st.booleans()):
            frame["ref"] = draw(json_values)
        return json.dumps(frame, ensure_ascii=draw(st.booleans()))

    deep = st.integers(min_value=100, max_value=6000).map(lambda n: "[" * n + "]" * n)
    wide = st.integers(min_value=1000, max_value=10_000).map(
        lambda n: json.dumps({"type": "send", "circle": circles["mine"], "text": [0] * n,
                              "client_id": "w"}))
    random_json = json_values.map(lambda v: json.dumps(v))
    random_text = st.text(max_size=300)
    return st.one_of(mutated(), deep, wide, random_json, random_text)


@pytest.fixture(scope="module")
def live(mongo_url: str) -> Iterator[tuple[Hearth, Live]]:
    cfg = config_for_tests(limits={"sends_per_window": 1_000_000})
    with hearth(mongo_url, config=cfg) as h:
        c = asyncio.run(Circle.make(h, members=1))
        other = asyncio.run(Circle.make(h, members=0))
        conn = Live(h, c.members[0]["token"], {"mine": c.id, "other": other.id})
        with conn.stack:
            yield h, conn


def test_fuzzed_frames_get_coded_answers(live: tuple[Hearth, Live]) -> None:
    """Random and mutated frames: coded errors or valid answers, never a dead socket."""
    server, conn = live
    before = server.rss_kb()

    @given(raw=frames(conn.circles))
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck),
              database=None)
    def run(raw: str) -> None:
        conn.check(raw)

    run()
    grown = (server.rss_kb() - before) / 1024
    print(f"\nfuzzed {EXAMPLES} examples; server RSS grew {grown:.1f} MB")
    assert grown < 100
    assert "Traceback" not in server.log()
    assert '"level":"error"' not in server.log()
