"""The database goes away mid-conversation: nothing acknowledged is lost, nothing doubled."""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

import pytest

from server.embedded import EmbeddedMongo
from tests.support.api import WS, Circle, call
from tests.support.servers import Hearth, config_for_tests


@pytest.fixture
def own_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = EmbeddedMongo(str(tmp_path / "db"))
    db.start()
    db.wait_ready()
    yield db
    db.stop()


async def test_database_outage_answers_unavailable_then_recovers(own_db: EmbeddedMongo) -> None:
    """While MongoDB is down sends get UNAVAILABLE (not an ack, not a hang) and /readyz is 503;
    when it returns Hearth recovers by itself and resends are stored once each."""
    h = Hearth(own_db.url, config=config_for_tests(mongo={"timeout_ms": 1500}))
    h.start()
    try:
        c = await Circle.make(h, members=1)
        ws = await WS.open(h, c.members[0]["token"])
        await ws.join(c.id)
        acked: dict[str, int] = {}
        for i in range(5):
            cid = f"before-{i}"
            acked[cid] = (await ws.say(c.id, cid, client_id=cid))["seq"]
        own_db.stop()
        unacked = []
        for i in range(3):
            cid = f"during-{i}-{uuid.uuid4().hex[:4]}"
            started = time.monotonic()
            answer = await ws.request({"type": "send", "circle": c.id, "text": cid,
                                       "client_id": cid}, timeout=30)
            assert answer["type"] == "error" and answer["code"] == "UNAVAILABLE", answer
            assert answer["client_id"] == cid and time.monotonic() - started < 10
            unacked.append(cid)
        ready = await call(h, "GET", "/readyz", expect=503)
        assert ready["mongo"] is False
        metrics = (await call(h, "GET", "/metrics")).decode()
        assert "hearth_db_errors_total 0" not in metrics
        own_db.start()
        own_db.wait_ready()
        for _ in range(100):
            try:
                await call(h, "GET", "/readyz", expect=200)
                break
            except Exception:
                await asyncio.sleep(0.2)
        for cid in unacked:  # the client resends what was never acknowledged
            for _attempt in range(20):
                answer = await ws.request({"type": "send", "circle": c.id, "text": cid,
                                           "client_id": cid}, timeout=30)
                if answer["type"] == "ack":
                    acked[cid] = answer["seq"]
                    break
                await asyncio.sleep(0.3)
        for cid in unacked[:1]:  # and a duplicate resend changes nothing
            again = await ws.request({"type": "send", "circle": c.id, "text": cid, "client_id": cid})
            assert again["seq"] == acked[cid]
        page = await call(h, "GET", f"/api/circles/{c.id}/messages?limit=200", c.op)
        texts = [m["text"] for m in page["messages"]]
        assert sorted(texts) == sorted(acked) and len(texts) == len(set(texts))
        assert [m["seq"] for m in page["messages"]] == list(range(1, len(texts) + 1))
        assert "Traceback" not in h.log()
    finally:
        h.cleanup()
