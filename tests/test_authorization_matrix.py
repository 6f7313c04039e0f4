"""Who may do what: every HTTP endpoint and every WebSocket frame type, for every kind of person.

Allowed exactly where it should be; everywhere else refused with 401/403 (HTTP) or
FORBIDDEN/NOT_A_MEMBER (WebSocket), and nothing changes.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from server.ws.protocol import SPECS
from tests.support.api import WS, ApiError, Circle, call, invite, register
from tests.support.servers import Hearth

ROLES = ["anonymous", "member", "other_member", "muted", "banned", "facilitator",
         "other_facilitator", "operator"]
IN_CIRCLE = {"member", "muted", "facilitator", "operator"}
STAFF = {"facilitator", "operator"}


@pytest.fixture(scope="module")
def people(server: Hearth) -> dict[str, Any]:
    async def build() -> dict[str, Any]:
        c = await Circle.make(server, members=3)
        other = await Circle.make(server, members=1)
        fac = await WS.open(server, c.facilitator["token"])
        await fac.join(c.id)
        muted, banned = c.members[1], c.members[2]
        await fac.request({"type": "mute", "circle": c.id, "user": muted["user"]["id"]})
        await fac.request({"type": "ban", "circle": c.id, "user": banned["user"]["id"]})
        seq = (await fac.say(c.id, "a message to act on"))["seq"]
        await fac.close()
        return {"circle": c.id, "other": other.id, "seq": seq, "tokens": {
            "anonymous": None, "member": c.members[0]["token"],
            "other_member": other.members[0]["token"], "muted": muted["token"],
            "banned": banned["token"], "facilitator": c.facilitator["token"],
            "other_facilitator": other.facilitator["token"], "operator": c.op},
            "users": {"member": c.members[0]["user"]["id"]}}
    return asyncio.run(build())


async def status_of(server: Hearth, method: str, path: str, token: str | None,
                    body: Any = None) -> int:
    try:
        await call(server, method, path, token, body)
        return 200
    except ApiError as e:
        return e.status


def http_cases(p: dict[str, Any]) -> list[tuple[str, str, Any, set[str]]]:
    """(method, path, body, roles allowed)"""
    c = p["circle"]
    everyone_signed_in = set(ROLES) - {"anonymous"}
    return [
        ("GET", "/api/me", None, everyone_signed_in),
        ("POST", "/api/circles", {"name": "matrix"}, {"operator"}),
        ("GET", f"/api/circles/{c}", None, IN_CIRCLE),
        ("GET", f"/api/circles/{c}/messages", None, IN_CIRCLE),
        ("POST", f"/api/circles/{c}/invites", {}, STAFF),
        ("GET", f"/api/circles/{c}/held", None, STAFF),
        ("GET", f"/api/circles/{c}/alerts", None, STAFF),
        ("GET", f"/api/circles/{c}/audit", None, STAFF),
        ("PUT", f"/api/circles/{c}/schedule", {"slots": []}, STAFF),
        ("GET", "/metrics", None, set(ROLES)),  # loopback may read metrics
    ]


async def test_http_matrix(server: Hearth, people: dict[str, Any]) -> None:
    failures = []
    for method, path, body, allowed in http_cases(people):
        for role in ROLES:
            status = await status_of(server, method, path, people["tokens"][role], body)
            if role in allowed:
                ok = status < 400
            else:
                ok = status == (401 if role == "anonymous" else 403)
            if not ok:
                failures.append((method, path, role, status))
    assert not failures


def ws_frame(kind: str, p: dict[str, Any]) -> dict[str, Any]:
    c, seq, user = p["circle"], p["seq"], p["users"]["member"]
    values = {"circle": c, "seq": seq, "since": 0, "text": "matrix text", "client_id": None,
              "emoji": "👍", "id": "0" * 32, "decision": "reject", "alert": "0" * 32,
              "user": user, "seconds": 0, "open": True, "duration_s": 60, "reason": "matrix"}
    frame: dict[str, Any] = {"type": kind}
    for name, (_check, required) in SPECS[kind].items():
        if required or name in ("seq",) and kind == "original":
            frame[name] = values[name]
    if kind == "send":
        import uuid

        frame["client_id"] = uuid.uuid4().hex
    return frame


# `leave` and `ping` change nothing and are open to anyone signed in.
OPEN_FRAMES = ["leave", "ping"]
MEMBER_FRAMES = ["join", "history", "typing", "send", "edit", "delete", "react",
                 "report", "step_away", "accept_agreement"]
STAFF_FRAMES = ["review", "alert_ack", "alert_resolve", "mute", "unmute", "remove", "ban", "pin",
                "unpin", "slow_mode", "session", "original"]
# Destructive staff frames are checked for refusal only, so the circle stays as it is.
REFUSAL_ONLY = {"remove", "ban", "mute"}


async def test_every_frame_type_is_covered() -> None:
    assert set(MEMBER_FRAMES) | set(STAFF_FRAMES) | set(OPEN_FRAMES) | {"auth"} == set(SPECS)


@pytest.mark.parametrize("role", [r for r in ROLES if r != "anonymous"])
async def test_ws_matrix(server: Hearth, people: dict[str, Any], role: str) -> None:
    ws = await WS.open(server, people["tokens"][role])
    refused_codes = {"FORBIDDEN", "NOT_A_MEMBER"}
    failures = []
    for kind in OPEN_FRAMES:
        assert (await ws.request(ws_frame(kind, people))).get("type") != "error"
    for kind in MEMBER_FRAMES + STAFF_FRAMES:
        if kind in REFUSAL_ONLY and role in STAFF:
            continue
        if kind == "typing":  # no answer when allowed; an error when not
            await ws.send(ws_frame(kind, people))
            answer = next((f for f in await ws.quiet(0.5) if f.get("type") == "error"), {})
        else:
            answer = await ws.request(ws_frame(kind, people))
        refused = answer.get("type") == "error" and answer.get("code") in refused_codes
        if kind in MEMBER_FRAMES:
            should_refuse = role not in IN_CIRCLE
        else:
            should_refuse = role not in STAFF
        if refused != should_refuse:
            failures.append((kind, role, answer.get("code") or answer.get("type")))
        if should_refuse:
            want = "NOT_A_MEMBER" if role not in IN_CIRCLE else "FORBIDDEN"
            if answer.get("code") != want:
                failures.append((kind, role, "expected " + want, answer.get("code")))
    assert not failures
    await ws.close()


async def test_anonymous_sockets_can_do_nothing(server: Hearth, people: dict[str, Any]) -> None:
    for kind in MEMBER_FRAMES + STAFF_FRAMES:
        ws = await WS.open(server)
        await ws.send(ws_frame(kind, people))
        assert (await ws.recv())["code"] == "AUTH_REQUIRED"


async def test_refusals_changed_nothing(server: Hearth, people: dict[str, Any]) -> None:
    """After all the refused attempts, the circle is as the facilitator left it."""
    ws = await WS.open(server, people["tokens"]["member"])
    joined, msgs = await ws.join(people["circle"])
    assert joined["open"] is True and joined["slow_mode_s"] == 0
    ids = {m["id"] for m in joined["members"]}
    assert people["users"]["member"] in ids
    banned = await call(server, "GET", "/api/me", people["tokens"]["banned"])
    assert all(c["id"] != people["circle"] for c in banned["circles"])
    with pytest.raises(ApiError) as e:
        await register(server, await invite(server, people["tokens"]["operator"], people["other"]))
        await call(server, "POST", f"/api/circles/{people['circle']}/join",
                   people["tokens"]["banned"], {"invite_code": "X"})
    _ = e
