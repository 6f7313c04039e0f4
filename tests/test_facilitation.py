"""Facilitator tools end to end over WebSockets and HTTP, each checked for the right role."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from server.schedule import is_open, parse_schedule
from server.ws.rules import mute_until, send_refusal
from tests.support.api import WS, ApiError, Circle, call, invite, register
from tests.support.servers import Hearth, config_for_tests, hearth

HELD_POLICY = {"stages": [{"module": "sanitise"}, {"module": "normalise"}, {"module": "flood",
               "config": {"duplicate_window_s": 300, "duplicate_min_chars": 4,
                          "burst_window_s": 20, "burst_max": 1000}}],
               "policy": {"duplicate": "hold"}}


@pytest.fixture(scope="module")
def fserver(mongo_url: str):  # type: ignore[no-untyped-def]
    """A server whose pipeline holds a repeated message, so tests can make held messages."""
    with hearth(mongo_url, config=config_for_tests(moderation=HELD_POLICY)) as h:
        yield h


async def joined(server: Hearth, token: str, circle: str) -> WS:
    ws = await WS.open(server, token)
    await ws.join(circle)
    return ws


async def make_held(ws: WS, circle: str, text: str = "please look at this one") -> dict:
    await ws.say(circle, text)
    ack = await ws.say(circle, text)
    assert ack["status"] == "held", ack
    return ack


async def test_review_queue_two_facilitators(fserver: Hearth) -> None:
    """A held message is approved by one facilitator; the other sees it handled at once;
    a second review gets ALREADY_REVIEWED; the circle gets the message with the next seq."""
    c = await Circle.make(fserver, members=2)
    code = await invite(fserver, c.op, c.id, "facilitator")
    f2 = await register(fserver, code, "Second facilitator")
    fa = await joined(fserver, c.facilitator["token"], c.id)
    fb = await joined(fserver, f2["token"], c.id)
    author = await joined(fserver, c.members[0]["token"], c.id)
    other = await joined(fserver, c.members[1]["token"], c.id)
    ack = await make_held(author, c.id)
    held = await fa.expect("held")
    assert held["id"] == ack["id"] and held["text"] == "please look at this one"
    assert (await author.expect("held"))["id"] == ack["id"]
    alert = await fa.expect(lambda f: f.get("type") == "alert" and f["kind"] == "held")
    assert not [f for f in await other.quiet(0.3) if f.get("type") in ("held", "alert")]
    http = await call(fserver, "GET", f"/api/circles/{c.id}/held", c.facilitator["token"])
    assert [h["id"] for h in http["held"]] == [ack["id"]]
    r = await fa.request({"type": "review", "circle": c.id, "id": ack["id"], "decision": "approve"})
    assert r["type"] == "reviewed" and r["decision"] == "approve" and r["seq"] == 2
    seen = await fb.expect("reviewed")
    assert seen["id"] == ack["id"] and seen["by"] == c.facilitator["user"]["id"]
    upd = await fb.expect("alert_update")
    assert upd["id"] == alert["id"] and upd["status"] == "resolved"
    m = await other.expect(lambda f: f.get("type") == "message" and f["seq"] == 2)
    assert m["text"] == "please look at this one"
    again = await fb.request({"type": "review", "circle": c.id, "id": ack["id"],
                              "decision": "reject"})
    assert again["code"] == "ALREADY_REVIEWED"
    assert (await call(fserver, "GET", f"/api/circles/{c.id}/held",
                       c.facilitator["token"]))["held"] == []


async def test_reject_tells_the_author_and_approve_redacted(fserver: Hearth) -> None:
    c = await Circle.make(fserver, members=2)
    fa = await joined(fserver, c.facilitator["token"], c.id)
    author = await joined(fserver, c.members[0]["token"], c.id)
    other = await joined(fserver, c.members[1]["token"], c.id)
    ack = await make_held(author, c.id, "held one to reject")
    r = await fa.request({"type": "review", "circle": c.id, "id": ack["id"], "decision": "reject",
                          "reason": "Let's talk about this privately."})
    assert r["type"] == "reviewed"
    n = await author.expect(lambda f: f.get("type") == "notice" and f["kind"] == "rejected")
    assert n["reason"] == "Let's talk about this privately."
    ack2 = await make_held(author, c.id, "my ex lives at the corner house")
    bad = await fa.request({"type": "review", "circle": c.id, "id": ack2["id"],
                            "decision": "approve_redacted"})
    assert bad["code"] == "INVALID"
    r = await fa.request({"type": "review", "circle": c.id, "id": ack2["id"],
                          "decision": "approve_redacted", "text": "my ex lives [nearby]"})
    m = await other.expect(lambda f: f.get("type") == "message" and f["seq"] == r["seq"])
    assert m["text"] == "my ex lives [nearby]" and m["redacted"] is True
    orig = await fa.request({"type": "original", "circle": c.id, "seq": r["seq"]})
    assert orig["text"] == "my ex lives at the corner house"
    denied = await other.request({"type": "original", "circle": c.id, "seq": r["seq"]})
    assert denied["code"] == "FORBIDDEN"


async def test_alert_ack_and_resolve(fserver: Hearth) -> None:
    """Reports become high alerts; ack is visible to other facilitators; resolve keeps the note."""
    c = await Circle.make(fserver, members=1)
    fa = await joined(fserver, c.facilitator["token"], c.id)
    m = await joined(fserver, c.members[0]["token"], c.id)
    seq = (await m.say(c.id, "something to report"))["seq"]
    rep = await m.request({"type": "report", "circle": c.id, "seq": seq, "reason": "unkind"})
    assert rep == {"type": "reported", "circle": c.id, "seq": seq, "ref": rep["ref"]}
    alert = await fa.expect(lambda f: f.get("type") == "alert" and f["kind"] == "report")
    assert alert["severity"] == "high" and alert["message_seq"] == seq
    ack = await fa.request({"type": "alert_ack", "circle": c.id, "alert": alert["id"]})
    assert ack["status"] == "acknowledged" and ack["by"] == c.facilitator["user"]["id"]
    res = await fa.request({"type": "alert_resolve", "circle": c.id, "alert": alert["id"],
                            "note": "talked it through"})
    assert res["status"] == "resolved" and res["note"] == "talked it through"
    again = await fa.request({"type": "alert_ack", "circle": c.id, "alert": alert["id"]})
    assert again["code"] == "ALERT_ALREADY_RESOLVED"
    listed = await call(fserver, "GET", f"/api/circles/{c.id}/alerts?status=open",
                        c.facilitator["token"])
    assert listed["alerts"] == []
    step = await m.request({"type": "step_away", "circle": c.id})
    assert step["type"] == "stepped_away"
    a = await fa.expect(lambda f: f.get("type") == "alert" and f["kind"] == "step_away")
    assert a["severity"] == "info" and a["user"] == c.members[0]["user"]["id"]


async def test_mute_unmute_and_expiry(fserver: Hearth) -> None:
    """Muted members read but cannot send (MUTED with until); a timed mute ends by itself."""
    c = await Circle.make(fserver, members=2)
    fa = await joined(fserver, c.facilitator["token"], c.id)
    m = await joined(fserver, c.members[0]["token"], c.id)
    uid = c.members[0]["user"]["id"]
    upd = await fa.request({"type": "mute", "circle": c.id, "user": uid})
    assert upd["type"] == "member_update" and upd["muted"] is True and upd["muted_until"] is None
    assert (await m.expect("notice"))["kind"] == "muted"
    err = await m.say(c.id, "can I talk?")
    assert err["code"] == "MUTED" and err["until"] is None
    await fa.request({"type": "unmute", "circle": c.id, "user": uid})
    assert (await m.say(c.id, "thank you"))["type"] == "ack"
    upd = await fa.request({"type": "mute", "circle": c.id, "user": uid, "duration_s": 1})
    assert upd["muted_until"] is not None
    assert (await m.say(c.id, "still muted?"))["code"] == "MUTED"
    await asyncio.sleep(1.2)
    assert (await m.say(c.id, "and now?"))["type"] == "ack"


def test_mute_expiry_with_an_injected_clock() -> None:
    """The mute rule with plain data: muted before `until`, free after it."""
    until = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
    ms = {"muted": True, "muted_until": until}
    assert mute_until(ms, until.timestamp() - 1) == (True, until)
    assert mute_until(ms, until.timestamp() + 1) == (False, None)
    assert mute_until({"muted": True, "muted_until": None}, 0) == (True, None)
    circle = {"open": True, "slow_mode_s": 30, "agreement_version": 1}
    member = {"agreement_version": 1}
    assert send_refusal(member, circle, False, 100.0, 80.0).code == "SLOW_MODE"  # type: ignore[union-attr]
    assert send_refusal(member, circle, False, 111.0, 80.0) is None
    assert send_refusal(member, circle, True, 100.0, 80.0) is None  # facilitators are exempt
    assert send_refusal(member, {**circle, "open": False}, False, 0, None).code == "SESSION_CLOSED"  # type: ignore[union-attr]


async def test_remove_and_ban(fserver: Hearth) -> None:
    """Removed members leave at once and may return by invite; banned ones never can."""
    c = await Circle.make(fserver, members=2)
    fa = await joined(fserver, c.facilitator["token"], c.id)
    a = await joined(fserver, c.members[0]["token"], c.id)
    b = await joined(fserver, c.members[1]["token"], c.id)
    ua, ub = c.members[0]["user"]["id"], c.members[1]["user"]["id"]
    upd = await fa.request({"type": "remove", "circle": c.id, "user": ua, "reason": "a break"})
    assert upd["state"] == "removed"
    assert (await a.expect("notice"))["kind"] == "removed"
    assert (await a.expect("removed"))["circle"] == c.id
    await fa.say(c.id, "after removal")
    assert not [f for f in await a.quiet(0.3) if f.get("type") == "message"]
    assert (await a.say(c.id, "hello?"))["code"] == "NOT_A_MEMBER"
    code = await invite(fserver, c.op, c.id)
    await call(fserver, "POST", f"/api/circles/{c.id}/join", c.members[0]["token"],
               {"invite_code": code})
    upd = await fa.request({"type": "ban", "circle": c.id, "user": ub})
    assert upd["state"] == "banned"
    await b.expect("removed")
    code = await invite(fserver, c.op, c.id)
    with pytest.raises(ApiError) as e:
        await call(fserver, "POST", f"/api/circles/{c.id}/join", c.members[1]["token"],
                   {"invite_code": code})
    assert e.value.status == 403 and e.value.code == "BANNED"


async def test_pins_slow_mode_session(fserver: Hearth) -> None:
    c = await Circle.make(fserver, members=1)
    fa = await joined(fserver, c.facilitator["token"], c.id)
    m = await joined(fserver, c.members[0]["token"], c.id)
    seq = (await fa.say(c.id, "Welcome, everyone. Our agreement is pinned."))["seq"]
    pins = await fa.request({"type": "pin", "circle": c.id, "seq": seq})
    assert pins == {"type": "pins", "circle": c.id, "seqs": [seq], "ref": pins["ref"]}
    assert (await m.expect("pins"))["seqs"] == [seq]
    m2 = await WS.open(fserver, c.members[0]["token"])
    j, _ = await m2.join(c.id)
    assert j["pins"] == [seq]
    await fa.request({"type": "slow_mode", "circle": c.id, "seconds": 30})
    assert (await m.expect("circle_update"))["slow_mode_s"] == 30
    assert (await m.say(c.id, "one"))["type"] == "ack"
    err = await m.say(c.id, "two")
    assert err["code"] == "SLOW_MODE" and 0 < err["retry_after_s"] <= 30
    assert (await fa.say(c.id, "facilitators are not slowed"))["type"] == "ack"
    await fa.request({"type": "slow_mode", "circle": c.id, "seconds": 0})
    await fa.request({"type": "session", "circle": c.id, "open": False})
    assert (await m.expect(lambda f: f.get("type") == "circle_update" and "open" in f))["open"] is False
    assert (await m.say(c.id, "three"))["code"] == "SESSION_CLOSED"
    await fa.request({"type": "session", "circle": c.id, "open": True})
    assert (await m.say(c.id, "four"))["type"] == "ack"


async def test_facilitator_deletes_any_message_with_a_tombstone(fserver: Hearth) -> None:
    c = await Circle.make(fserver, members=1)
    fa = await joined(fserver, c.facilitator["token"], c.id)
    m = await joined(fserver, c.members[0]["token"], c.id)
    seq = (await m.say(c.id, "something unkind"))["seq"]
    await fa.send({"type": "delete", "circle": c.id, "seq": seq})
    d = await m.expect("deleted")
    assert d["by"] == "facilitator"
    later = await WS.open(fserver, c.members[0]["token"])
    _, msgs = await later.join(c.id)
    assert msgs[-1]["deleted"] is True and msgs[-1]["deleted_by"] == "facilitator"


async def test_members_and_outsiders_are_refused_facilitation(fserver: Hearth) -> None:
    """Every facilitation frame: FORBIDDEN for a member, NOT_A_MEMBER for another circle's
    facilitator, allowed for an operator who is not a member; nothing changes when refused."""
    c = await Circle.make(fserver, members=2)
    other = await Circle.make(fserver, members=0)
    m = await joined(fserver, c.members[0]["token"], c.id)
    outsider = await WS.open(fserver, other.facilitator["token"])
    uid = c.members[1]["user"]["id"]
    seq = (await m.say(c.id, "a message"))["seq"]
    frames = [
        {"type": "review", "circle": c.id, "id": "x" * 32, "decision": "approve"},
        {"type": "alert_ack", "circle": c.id, "alert": "x"},
        {"type": "alert_resolve", "circle": c.id, "alert": "x"},
        {"type": "mute", "circle": c.id, "user": uid}, {"type": "unmute", "circle": c.id, "user": uid},
        {"type": "remove", "circle": c.id, "user": uid}, {"type": "ban", "circle": c.id, "user": uid},
        {"type": "pin", "circle": c.id, "seq": seq}, {"type": "unpin", "circle": c.id, "seq": seq},
        {"type": "slow_mode", "circle": c.id, "seconds": 5},
        {"type": "session", "circle": c.id, "open": False},
        {"type": "original", "circle": c.id, "seq": seq},
    ]
    for frame in frames:
        assert (await m.request(frame))["code"] == "FORBIDDEN", frame
        assert (await outsider.request(frame))["code"] == "NOT_A_MEMBER", frame
    j, _ = await (await WS.open(fserver, c.members[1]["token"])).join(c.id)
    assert j["pins"] == [] and j["slow_mode_s"] == 0 and j["open"] is True
    assert (await m.say(c.id, "still fine"))["type"] == "ack"
    op = await WS.open(fserver, c.op)
    jo, _ = await op.join(c.id)
    assert jo["role"] == "operator"
    assert (await op.request({"type": "pin", "circle": c.id, "seq": seq}))["type"] == "pins"
    for path in ("held", "alerts", "audit"):
        with pytest.raises(ApiError) as e:
            await call(fserver, "GET", f"/api/circles/{c.id}/{path}", c.members[0]["token"])
        assert e.value.status == 403
        with pytest.raises(ApiError) as e:
            await call(fserver, "GET", f"/api/circles/{c.id}/{path}", other.facilitator["token"])
        assert e.value.code == "NOT_A_MEMBER"
        await call(fserver, "GET", f"/api/circles/{c.id}/{path}", c.op)


async def test_audit_pages_newest_first(fserver: Hearth) -> None:
    c = await Circle.make(fserver, members=1)
    fa = await joined(fserver, c.facilitator["token"], c.id)
    for s in (5, 10, 15, 0):
        await fa.request({"type": "slow_mode", "circle": c.id, "seconds": s})
    page = await call(fserver, "GET", f"/api/circles/{c.id}/audit?limit=3", c.facilitator["token"])
    assert [e["details"].get("seconds") for e in page["entries"]] == [0, 15, 10]
    assert all(e["actor"] == c.facilitator["user"]["id"] for e in page["entries"])
    rest = await call(fserver, "GET", f"/api/circles/{c.id}/audit?limit=50&before="
                      f"{page['next_before']}", c.facilitator["token"])
    actions = [e["action"] for e in rest["entries"]]
    assert actions[0] == "slow_mode" and "create_circle" in actions and rest["next_before"] is None


async def test_agreement_change_needs_acceptance(fserver: Hearth) -> None:
    c = await Circle.make(fserver, members=1)
    m = await joined(fserver, c.members[0]["token"], c.id)
    await call(fserver, "PUT", f"/api/circles/{c.id}/agreement", c.facilitator["token"],
               {"agreement": "We also keep our cameras off. New text."})
    upd = await m.expect(lambda f: f.get("type") == "circle_update" and "agreement_version" in f)
    assert upd["agreement_version"] == 2
    assert (await m.say(c.id, "hi"))["code"] == "AGREEMENT_PENDING"
    j, _ = await (await WS.open(fserver, c.members[0]["token"])).join(c.id)
    assert j["agreement_accepted"] is False and j["agreement_version"] == 2
    ok = await m.request({"type": "accept_agreement", "circle": c.id, "version": 2})
    assert ok["type"] == "agreement_accepted"
    assert (await m.say(c.id, "hi"))["type"] == "ack"


async def test_an_agreement_changed_while_a_member_joins_reaches_them(fserver: Hearth) -> None:
    """A new agreement saved while a member's join is under way is either in their joined
    frame or pushed to them as a circle_update: never read before it and missed after."""
    c = await Circle.make(fserver, members=1)
    token = c.members[0]["token"]
    for i in range(40):
        ws = await WS.open(fserver, token)
        put = asyncio.create_task(call(
            fserver, "PUT", f"/api/circles/{c.id}/agreement", c.facilitator["token"],
            {"agreement": f"We keep each other's words private. {uuid.uuid4().hex}"}))
        await asyncio.sleep((i % 8) * 0.001)  # the join lands at a different point each time
        j, _ = await ws.join(c.id)
        version = (await put)["circle"]["agreement_version"]
        if j["agreement_version"] < version:
            upd = await ws.expect(lambda f: f.get("type") == "circle_update"
                                  and f.get("agreement_version") == version, timeout=5)
            assert upd["circle"] == c.id
        await ws.conn.close()


def test_schedule_rules() -> None:
    """Weekly slots in the circle's time zone, including one that runs past midnight."""
    sched = parse_schedule({"tz": "Europe/London", "slots": [
        {"day": 1, "open": "19:00", "close": "21:00"},
        {"day": 4, "open": "23:00", "close": "01:00"}]})
    assert sched is not None
    tue = datetime(2026, 7, 7, 18, 30, tzinfo=UTC)  # 19:30 in London (BST)
    assert is_open(sched, tue)
    assert not is_open(sched, tue + timedelta(hours=2))
    fri_late = datetime(2026, 1, 9, 23, 30, tzinfo=UTC)  # 23:30 GMT on a Friday
    assert is_open(sched, fri_late) and is_open(sched, fri_late + timedelta(minutes=60))
    assert not is_open(sched, fri_late + timedelta(minutes=95))


async def test_scheduled_session_opens_and_closes(mongo_url: str) -> None:
    """A schedule whose slot covers now opens the circle; one that does not, closes it."""
    cfg = config_for_tests(escalation={"check_every_s": 0.3})
    with hearth(mongo_url, config=cfg) as h:
        c = await Circle.make(h, members=1)
        m = await joined(h, c.members[0]["token"], c.id)
        now = datetime.now(UTC)
        start = (now - timedelta(minutes=5)).strftime("%H:%M")
        end = (now + timedelta(minutes=10)).strftime("%H:%M")
        other = (now + timedelta(hours=3)).strftime("%H:%M")
        other_end = (now + timedelta(hours=4)).strftime("%H:%M")
        day = (now - timedelta(minutes=5)).weekday()
        await call(h, "PUT", f"/api/circles/{c.id}/schedule", c.facilitator["token"],
                   {"tz": "UTC", "slots": [{"day": (now + timedelta(hours=3)).weekday(),
                                            "open": other, "close": other_end}]})
        upd = await m.expect(lambda f: f.get("type") == "circle_update" and "open" in f, 10)
        assert upd["open"] is False and upd["by"] == "schedule"
        await call(h, "PUT", f"/api/circles/{c.id}/schedule", c.facilitator["token"],
                   {"tz": "UTC", "slots": [{"day": day, "open": start, "close": end}]})
        upd = await m.expect(lambda f: f.get("type") == "circle_update" and "open" in f, 10)
        assert upd["open"] is True


async def test_escalation_reaches_operators_and_a_signed_webhook(mongo_url: str) -> None:
    """An urgent alert nobody acknowledges is escalated: operators get it, and the webhook
    receives a signed POST, retried after a 500."""
    import hashlib
    import hmac

    from aiohttp import web

    from server.embedded import free_port

    received: list[tuple[dict, bytes]] = []

    async def hook(request: web.Request) -> web.Response:
        received.append((dict(request.headers), await request.read()))
        return web.Response(status=500 if len(received) == 1 else 200)

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    secret = "test-webhook-secret"
    cfg = config_for_tests(escalation={"check_every_s": 0.3, "after_s": 1, "retry_initial_s": 0.2,
                                       "webhook_url": f"http://127.0.0.1:{port}/hook"})
    try:
        with hearth(mongo_url, config=cfg, env={"HEARTH_WEBHOOK_SECRET": secret}) as h:
            c = await Circle.make(h, members=1)
            op = await WS.open(h, c.op)
            m = await joined(h, c.members[0]["token"], c.id)
            # an urgent alert, as the pipeline raises for a crisis
            from pymongo import AsyncMongoClient

            client: AsyncMongoClient = AsyncMongoClient(mongo_url)
            await client[h.database].alerts.insert_one({
                "_id": "urgent1", "circle": c.id, "kind": "crisis", "severity": "urgent",
                "reason": "A member may be in crisis.", "status": "open",
                "ts": datetime.now(UTC), "user": c.members[0]["user"]["id"]})
            await client.close()
            esc = await op.expect(lambda f: f.get("type") == "alert" and f["kind"] == "escalated", 15)
            assert esc["escalates"] == "urgent1" and esc["severity"] == "urgent"
            for _ in range(100):
                if len(received) >= 2:
                    break
                await asyncio.sleep(0.1)
            assert len(received) == 2
            headers, body = received[1]
            ts = headers["X-Hearth-Timestamp"]
            want = "sha256=" + hmac.new(secret.encode(), ts.encode() + b"." + body,
                                        hashlib.sha256).hexdigest()
            assert hmac.compare_digest(headers["X-Hearth-Signature"], want)
            assert b'"alert.escalated"' in body and headers["X-Hearth-Attempt"] == "2"
            _ = m
    finally:
        await runner.cleanup()
