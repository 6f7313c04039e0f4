"""Facilitation frames: review, alerts, sanctions, pins, slow mode, sessions, originals.

Only a facilitator of the circle, or an operator, may send them; anyone
else gets FORBIDDEN (a member) or NOT_A_MEMBER (an outsider) and nothing
changes. Every action lands in the audit log. Answers go to every
facilitator connection of the circle and to the connection that acted.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from ..errors import BadRequest, Conflict, Forbidden, NotFound
from ..moderation_seam import clean
from ..storage.messages import iso
from .connection import Connection
from .handlers import access, answer, require_staff
from .hub import ALL, FACILITATORS
from .protocol import Command
from .rules import mute_until

MAX_PINS = 20


async def staff_only(conn: Connection, circle: str) -> None:
    _membership, staff, _role = await access(conn, circle)
    require_staff(staff)


def to_staff(conn: Connection, circle: str, frame: dict[str, Any], ref: Any,
             audience: str = FACILITATORS) -> None:
    """Send an answer to the circle's facilitators, and to the actor with its ref."""
    answer(conn, circle, frame, ref, audience)


async def audit(conn: Connection, circle: str, action: str, target: str | None = None,
                reason: str | None = None, **details: Any) -> None:
    await conn.services.store.audit.record(circle, conn.user_id, action, target, reason, **details)


async def on_review(conn: Connection, cmd: Command) -> None:
    services = conn.services
    circle, held_id, decision = cmd.args["circle"], cmd.args["id"], cmd.args["decision"]
    await staff_only(conn, circle)
    if decision not in ("approve", "approve_redacted", "reject"):
        raise BadRequest("'decision' must be approve, approve_redacted or reject.")
    doc = await services.store.messages.by_id(held_id)
    if doc is None or doc["circle"] != circle:
        raise NotFound("There is no such held message.", "MESSAGE_NOT_FOUND")
    if doc.get("status") != "held":
        raise Conflict("Another facilitator has already reviewed this message.",
                       "ALREADY_REVIEWED")
    reason = (cmd.args.get("reason") or "").strip() or None
    now = datetime.now(UTC)
    review = {"reviewed_by": conn.user_id, "reviewed_at": now, "review": decision}
    if decision == "reject":
        updated = await services.store.messages.update_held(
            held_id, {**review, "status": "rejected", "reject_reason": reason})
        if updated is None:
            raise Conflict("Another facilitator has already reviewed this message.",
                           "ALREADY_REVIEWED")
        text = ("A facilitator read your message and decided not to share it with the circle."
                + (f" They said: {reason}" if reason else "")
                + " You're still welcome here, and you can reach out to them directly.")
        services.hub.emit_user(doc["author"], {"type": "notice", "circle": circle,
                                               "kind": "rejected", "text": text,
                                               "reason": reason, "id": held_id})
    else:
        fields = {**review}
        if decision == "approve_redacted":
            given = cmd.args.get("text")
            if not given:
                raise BadRequest("approve_redacted needs the redacted 'text'.", "INVALID")
            fields.update(text=clean(given), status="redacted",
                          original=doc.get("original") or doc.get("text", ""))
        else:
            redacted = bool(doc.get("redactions"))
            fields.update(status="redacted" if redacted else "delivered")
        updated = await services.store.messages.publish_held(held_id, fields,
                                                             services.store.committer)
        if updated is None:
            raise Conflict("Another facilitator has already reviewed this message.",
                           "ALREADY_REVIEWED")
    to_staff(conn, circle, {"type": "reviewed", "circle": circle, "id": held_id,
                            "decision": decision, "by": conn.user_id,
                            **({"seq": updated["seq"]} if updated.get("seq", 0) > 0 else {})},
             cmd.ref)
    for alert in await services.store.alerts.resolve_for_message(circle, held_id,
                                                                 conn.user_id or ""):
        services.hub.emit(circle, _alert_update(alert), FACILITATORS)
    await audit(conn, circle, f"review_{decision}", held_id, reason, author=doc["author"])


def _alert_update(doc: dict[str, Any]) -> dict[str, Any]:
    frame: dict[str, Any] = {"type": "alert_update", "circle": doc["circle"], "id": doc["_id"],
                             "status": doc["status"]}
    by = doc.get(f"{doc['status']}_by")
    frame["by"] = by
    if doc["status"] == "resolved":
        frame["note"] = doc.get("note")
    return frame


async def on_alert_ack(conn: Connection, cmd: Command) -> None:
    await _alert_status(conn, cmd, "acknowledged", ("open",))


async def on_alert_resolve(conn: Connection, cmd: Command) -> None:
    await _alert_status(conn, cmd, "resolved", ("open", "acknowledged"),
                        (cmd.args.get("note") or "").strip() or None)


async def _alert_status(conn: Connection, cmd: Command, status: str, allowed: tuple[str, ...],
                        note: str | None = None) -> None:
    services = conn.services
    circle, alert_id = cmd.args["circle"], cmd.args["alert"]
    await staff_only(conn, circle)
    doc = await services.store.alerts.set_status(circle, alert_id, status, conn.user_id or "",
                                                 note, only_from=allowed)
    if doc is None:
        existing = await services.store.alerts.get(circle, alert_id)
        if existing is None:
            raise NotFound("There is no such alert.", "ALERT_NOT_FOUND")
        raise Conflict(f"This alert is already {existing['status']}.", "ALERT_ALREADY_" +
                       existing["status"].upper())
    to_staff(conn, circle, _alert_update(doc), cmd.ref)
    await audit(conn, circle, f"alert_{status}", alert_id, note, kind=doc["kind"])


async def _target(conn: Connection, circle: str, user: str) -> dict[str, Any]:
    membership = await conn.services.store.circles.membership(circle, user)
    if membership is None or membership.get("state") != "member":
        raise NotFound("That person is not in this circle.", "NOT_A_MEMBER")
    if membership.get("role") == "facilitator" and not conn.is_operator:
        raise Forbidden("Facilitators can't take this action against another facilitator.",
                        "FORBIDDEN")
    return membership


def member_update(doc: dict[str, Any], now: float) -> dict[str, Any]:
    muted, until = mute_until(doc, now)
    return {"type": "member_update", "circle": doc["circle"], "user": doc["user"],
            "muted": muted, "muted_until": iso(until), "state": doc.get("state", "member")}


async def on_mute(conn: Connection, cmd: Command) -> None:
    services = conn.services
    circle, user = cmd.args["circle"], cmd.args["user"]
    await staff_only(conn, circle)
    await _target(conn, circle, user)
    duration = cmd.args.get("duration_s")
    now = services.clock()
    until = datetime.fromtimestamp(now, UTC) + timedelta(seconds=duration) if duration else None
    doc = await services.store.circles.set_member(circle, user, {"muted": True,
                                                                 "muted_until": until})
    services.hub.member_changed(circle, user, doc)
    to_staff(conn, circle, member_update(doc, now), cmd.ref)
    when = f"until {until:%H:%M} UTC" if until else "for now"
    services.hub.emit_user(user, {
        "type": "notice", "circle": circle, "kind": "muted", "until": iso(until),
        "text": f"A facilitator has paused your messages in this circle {when}. You can still "
                "read along and you are still part of the circle. If you'd like to talk about "
                "it, a facilitator is there for you."})
    await audit(conn, circle, "mute", user, cmd.args.get("reason"), duration_s=duration)


async def on_unmute(conn: Connection, cmd: Command) -> None:
    services = conn.services
    circle, user = cmd.args["circle"], cmd.args["user"]
    await staff_only(conn, circle)
    await _target(conn, circle, user)
    doc = await services.store.circles.set_member(circle, user, {"muted": False,
                                                                 "muted_until": None})
    services.hub.member_changed(circle, user, doc)
    to_staff(conn, circle, member_update(doc, services.clock()), cmd.ref)
    services.hub.emit_user(user, {"type": "notice", "circle": circle, "kind": "unmuted",
                                  "text": "You can write in the circle again. Welcome back."})
    await audit(conn, circle, "unmute", user)


async def on_remove(conn: Connection, cmd: Command) -> None:
    await _end_membership(conn, cmd, "removed")


async def on_ban(conn: Connection, cmd: Command) -> None:
    await _end_membership(conn, cmd, "banned")


async def _end_membership(conn: Connection, cmd: Command, state: str) -> None:
    services = conn.services
    circle, user = cmd.args["circle"], cmd.args["user"]
    await staff_only(conn, circle)
    await _target(conn, circle, user)
    reason = (cmd.args.get("reason") or "").strip() or None
    doc = await services.store.circles.set_member(circle, user, {
        "state": state, "ended_at": datetime.now(UTC), "ended_by": conn.user_id})
    services.hub.emit_user(user, {
        "type": "notice", "circle": circle, "kind": "removed", "reason": reason,
        "text": "A facilitator has ended your place in this circle."
                + (f" They said: {reason}" if reason else "")
                + " If you are struggling, the crisis lines remain there for you at any time."})
    services.hub.member_changed(circle, user, doc)
    to_staff(conn, circle, member_update(doc, services.clock()), cmd.ref)
    await audit(conn, circle, "ban" if state == "banned" else "remove", user, reason)


async def _circle_update(conn: Connection, circle: str, fields: dict[str, Any],
                         frame: dict[str, Any], ref: Any) -> dict[str, Any]:
    doc = await conn.services.store.circles.update(circle, fields)
    if doc is None:
        raise NotFound("There is no such circle.", "CIRCLE_NOT_FOUND")
    conn.services.hub.circle_changed(doc)
    to_staff(conn, circle, frame, ref, ALL)
    return doc


async def _pin(conn: Connection, cmd: Command, on: bool) -> None:
    services = conn.services
    circle, seq = cmd.args["circle"], cmd.args["seq"]
    await staff_only(conn, circle)
    cdoc = await services.hub.circle(circle)
    pins = [p for p in cdoc.get("pins", []) if p != seq]
    if on:
        msg = await services.store.messages.by_seq(circle, seq)
        if msg is None or msg.get("deleted"):
            raise NotFound("That message doesn't exist.", "MESSAGE_NOT_FOUND")
        if len(pins) >= MAX_PINS:
            raise Conflict(f"A circle can have up to {MAX_PINS} pinned messages.", "TOO_MANY_PINS")
        pins.append(seq)
    pins.sort()
    await _circle_update(conn, circle, {"pins": pins},
                         {"type": "pins", "circle": circle, "seqs": pins}, cmd.ref)
    await audit(conn, circle, "pin" if on else "unpin", str(seq))


async def on_pin(conn: Connection, cmd: Command) -> None:
    await _pin(conn, cmd, True)


async def on_unpin(conn: Connection, cmd: Command) -> None:
    await _pin(conn, cmd, False)


async def on_slow_mode(conn: Connection, cmd: Command) -> None:
    circle, seconds = cmd.args["circle"], cmd.args["seconds"]
    await staff_only(conn, circle)
    if seconds > 3600:
        raise BadRequest("Slow mode can be at most one message an hour (3600 seconds).")
    await _circle_update(conn, circle, {"slow_mode_s": seconds},
                         {"type": "circle_update", "circle": circle, "slow_mode_s": seconds},
                         cmd.ref)
    await audit(conn, circle, "slow_mode", None, None, seconds=seconds)


async def on_session(conn: Connection, cmd: Command) -> None:
    circle, is_open = cmd.args["circle"], cmd.args["open"]
    await staff_only(conn, circle)
    await _circle_update(conn, circle, {"open": is_open},
                         {"type": "circle_update", "circle": circle, "open": is_open}, cmd.ref)
    await audit(conn, circle, "open_session" if is_open else "close_session")


async def on_original(conn: Connection, cmd: Command) -> None:
    services = conn.services
    circle = cmd.args["circle"]
    await staff_only(conn, circle)
    if cmd.args.get("id"):
        doc = await services.store.messages.by_id(cmd.args["id"])
    elif cmd.args.get("seq"):
        doc = await services.store.messages.by_seq(circle, cmd.args["seq"])
    else:
        raise BadRequest("'original' needs a 'seq' or an 'id'.", "MISSING_FIELD")
    if doc is None or doc["circle"] != circle or doc.get("deleted"):
        raise NotFound("That message doesn't exist.", "MESSAGE_NOT_FOUND")
    frame: dict[str, Any] = {"type": "original", "circle": circle, "id": doc["_id"],
                             "text": doc.get("original") or doc.get("text", "")}
    if doc.get("seq", 0) > 0:
        frame["seq"] = doc["seq"]
    conn.send(frame, cmd.ref)
    await audit(conn, circle, "view_original", doc["_id"])


HANDLERS = {
    "review": on_review, "alert_ack": on_alert_ack, "alert_resolve": on_alert_resolve,
    "mute": on_mute, "unmute": on_unmute, "remove": on_remove, "ban": on_ban,
    "pin": on_pin, "unpin": on_unpin, "slow_mode": on_slow_mode, "session": on_session,
    "original": on_original,
}

