"""What each client frame does. Handlers check who may act, then act.

Persist first, then publish: a handler stores through the store and lets the
hub deliver; it answers its own connection with ``conn.send``.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from ..agreements import accept
from ..errors import Conflict, Forbidden, HearthError, NotFound, RateLimited, Unauthorized
from ..moderation_seam import clean
from ..storage.alerts import alert_frame
from ..storage.messages import VISIBLE, expiry, held_frame, iso, message_frame
from ..storage.users import new_id
from .connection import Connection, Joined
from .hub import ALL, FACILITATORS
from .protocol import Command
from .rules import send_refusal

Handler = Callable[[Connection, Command], Awaitable[None]]

# (author, client_id) -> ack of a message stored recently: answers resends
# without a database round trip.
ACK_CACHE_SIZE = 20_000


class AckCache(OrderedDict[tuple[str, str], dict[str, Any]]):
    def remember(self, key: tuple[str, str], ack: dict[str, Any]) -> None:
        self[key] = ack
        if len(self) > ACK_CACHE_SIZE:
            self.popitem(last=False)


async def authenticate(services: Any, token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    session = await services.store.sessions.lookup(token)
    if session is None:
        raise Unauthorized("Your session has ended. Please sign in again.", "UNAUTHORIZED")
    user = await services.hub.user(session["user"])
    if user is None:
        raise Unauthorized("Your session has ended. Please sign in again.", "UNAUTHORIZED")
    return session, user


# access


async def access(conn: Connection, circle: str) -> tuple[dict[str, Any] | None, bool, str]:
    """(membership, staff, role) for this user in a circle, or NOT_A_MEMBER.

    Operators may enter any circle with a facilitator's powers.
    """
    joined = conn.joined.get(circle)
    if joined is not None:
        return joined.membership, joined.staff, joined.role
    if circle in conn.memberships:
        membership = conn.memberships[circle]
    else:
        membership = await conn.services.hub.membership(circle, conn.user_id or "")
        conn.memberships[circle] = membership
    if membership is not None:
        role = membership.get("role", "member")
        return membership, role == "facilitator" or conn.is_operator, role
    if conn.is_operator:
        await conn.services.store.circles.require(circle)
        return None, True, "operator"
    raise Forbidden("You are not a member of this circle.", "NOT_A_MEMBER")


def require_staff(staff: bool) -> None:
    if not staff:
        raise Forbidden("Only the circle's facilitators can do that.", "FORBIDDEN")


async def circle_doc(conn: Connection, circle: str) -> dict[str, Any]:
    return await conn.services.hub.circle(circle)


# frames


async def on_ping(conn: Connection, cmd: Command) -> None:
    conn.send({"type": "pong"}, cmd.ref)


async def room_members(services: Any, circle: str) -> list[dict[str, Any]]:
    """A circle's members, from the room's cache while the room is live."""
    room = services.hub.rooms.get(circle)
    if room is None:
        return await services.store.circles.members_of(circle)
    if room.members_cache is None:
        room.members_cache = await services.store.circles.members_of(circle)
    return room.members_cache


async def member_names(services: Any, circle: str) -> tuple[str, ...]:
    """The display names of a circle's members, so that moderation can tell a reply to
    "@Maple_Leaf77" from someone's account."""
    members = await room_members(services, circle)
    return tuple(str(m["display_name"]) for m in members if m.get("display_name"))


async def on_join(conn: Connection, cmd: Command) -> None:
    services = conn.services
    circle, since = cmd.args["circle"], cmd.args["since"]
    membership, staff, role = await access(conn, circle)
    old = conn.joined.pop(circle, None)
    if old is not None:
        old.room.remove(conn)
    room = await services.hub.room(circle)
    member = room.add(conn, conn.user_id or "", staff)
    upto = room.last_seq
    conn.joined[circle] = Joined(room, member, membership, staff, role)
    try:
        # The circle is read only once this connection is in the room: a change made while
        # it joins (a new agreement, slow mode) is then either in what it reads here or
        # reaches it as a circle_update, never lost between the two.
        cdoc = await circle_doc(conn, circle)
        members = await room_members(services, circle)
        conn.send({
            "type": "joined", "circle": circle, "last_seq": upto,
            "members": [{"id": m["user"], "display_name": m.get("display_name", ""),
                         "role": m.get("role", "member")} for m in members],
            "online": room.online(), "role": role, "pins": cdoc.get("pins", []),
            "slow_mode_s": cdoc.get("slow_mode_s", 0), "open": cdoc.get("open", True),
            "agreement_version": cdoc.get("agreement_version", 1),
            "agreement_accepted": staff or int((membership or {}).get("agreement_version") or 0)
            >= int(cdoc.get("agreement_version") or 1),
        }, cmd.ref)
        cached = room.replay(since, upto)
        if cached is not None:
            for frame in cached:
                await conn.send_now(frame)
        after = since if cached is None else upto
        while after < upto:
            docs = await services.store.messages.range(circle, after, upto, limit=200)
            if not docs:
                break
            for doc in docs:
                await conn.send_now(message_frame(doc))
            after = docs[-1]["seq"]
        if room.held_cache is None:
            room.held_cache = await services.store.messages.held(circle)
        for doc in room.held_cache:
            if staff or doc["author"] == conn.user_id:
                await conn.send_now(held_frame(doc))
        if staff:
            for alert in reversed(await services.store.alerts.list(circle, "open")):
                await conn.send_now(alert_frame(alert))
    except BaseException:
        conn.joined.pop(circle, None)
        room.remove(conn)
        raise
    room.ready(member, upto)


async def on_leave(conn: Connection, cmd: Command) -> None:
    circle = cmd.args["circle"]
    joined = conn.joined.pop(circle, None)
    if joined is not None:
        joined.room.remove(conn)
    conn.send({"type": "left", "circle": circle}, cmd.ref)


async def on_history(conn: Connection, cmd: Command) -> None:
    limits = conn.services.config.limits
    circle = cmd.args["circle"]
    await access(conn, circle)
    limit = min(cmd.args.get("limit") or limits.history_default, limits.history_max)
    docs = await conn.services.store.messages.before(circle, cmd.args.get("before"), limit)
    conn.send({"type": "history", "circle": circle,
               "messages": [message_frame(d) for d in docs]}, cmd.ref)


async def on_typing(conn: Connection, cmd: Command) -> None:
    circle = cmd.args["circle"]
    await access(conn, circle)
    now = time.monotonic()
    if now - conn.typing_at.get(circle, 0.0) < 1.0:
        return
    conn.typing_at[circle] = now
    conn.services.hub.emit(circle, {"type": "typing", "circle": circle, "user": conn.user_id},
                           exclude=conn.user_id)


def _ack(doc: dict[str, Any], notice: str | None = None) -> dict[str, Any]:
    ack: dict[str, Any] = {"type": "ack", "circle": doc["circle"], "client_id": doc["client_id"],
                           "status": doc["status"], "id": doc["_id"]}
    if doc["status"] in VISIBLE:
        ack["seq"] = doc["seq"]
    note = notice or doc.get("ack_notice")
    if note:
        ack["notice"] = note
    return ack


async def on_send(conn: Connection, cmd: Command) -> None:
    services = conn.services
    started = time.perf_counter()
    args = cmd.args
    circle, client_id = args["circle"], args["client_id"]
    user_id = conn.user_id or ""
    cache: AckCache = services.extra.setdefault("acks", AckCache())
    cached = cache.get((user_id, client_id))
    if cached is not None and cached["circle"] == circle:
        conn.send(dict(cached), cmd.ref)
        return
    membership, staff, _role = await access(conn, circle)
    text = clean(args["text"])
    joined = conn.joined.get(circle)
    cdoc = await circle_doc(conn, circle)
    slow_key = (user_id, circle)
    refusal = send_refusal(membership, cdoc, staff, services.clock(),
                           services.last_send.get(slow_key))
    if refusal is not None:
        raise refusal
    limiter = services.send_limiter
    wait = limiter.check((user_id, circle))
    if wait > 0:
        existing = await services.store.messages.by_client_id(user_id, client_id)
        if existing is not None:
            conn.send(_ack(existing), cmd.ref)
            return
        raise RateLimited("You're sending messages quickly. Please take a breath and try again "
                          "in a few seconds.", "RATE_LIMITED", retry_after_s=round(wait, 2))
    now = services.clock()
    room = joined.room if joined is not None else services.hub.rooms.get(circle)
    recent = list(room.recent.get(user_id, ())) if room is not None else []
    joined_at = membership.get("joined_at") if membership else None
    age = now - joined_at.timestamp() if isinstance(joined_at, datetime) else 1e9
    author_name = (membership or {}).get("display_name") or (conn.user or {}).get("display_name", "")
    decision = await services.moderator.judge(
        text, author_id=user_id, author_name=author_name, circle_id=circle, now=now,
        membership_age_s=age, recent=recent, staff=staff, policy=cdoc.get("policy"),
        members=await member_names(services, circle))
    ts = datetime.fromtimestamp(now, UTC)
    doc: dict[str, Any] = {
        "_id": new_id(), "circle": circle, "author": user_id, "author_name": author_name,
        "client_id": client_id, "text": decision.text, "status": decision.status, "ts": ts,
        "expire_at": expiry(ts, _retention(cdoc, conn.user)),
    }
    if args.get("reply_to") is not None:
        doc["reply_to"] = args["reply_to"]
    if args.get("cw"):
        doc["cw"] = args["cw"]
    if decision.status != "delivered":
        doc["original"] = decision.original
    if decision.redactions:
        doc["redactions"] = len(decision.redactions)
    if decision.labels:
        doc["labels"] = decision.labels
    if decision.status == "held":
        doc["reasons"] = sorted(decision.labels) or ["review"]
    short = next((n.text for n in decision.notices), None)
    if decision.status != "delivered" and short:
        doc["ack_notice"] = short
    stored, duplicate = await services.store.committer.submit(doc)
    ack = _ack(stored)
    cache.remember((user_id, client_id), ack)
    conn.send(dict(ack), cmd.ref)
    if duplicate:
        return
    limiter.hit((user_id, circle))
    services.last_send[slow_key] = now
    services.metrics.messages.inc(label=stored["status"])
    services.metrics.send_to_ack.observe(time.perf_counter() - started)
    if room is not None:
        room.remember(user_id, now, text)
    await _after_decision(conn, stored, decision)


def answer(conn: Connection, circle: str, frame: dict[str, Any], ref: Any,
           audience: str = ALL) -> None:
    """A change the circle (or its facilitators) sees; the actor's copy carries its ref."""
    conn.services.hub.emit(circle, frame, audience, skip=conn)
    conn.send(dict(frame), ref)


def _retention(circle: dict[str, Any], user: dict[str, Any] | None) -> int | None:
    """Days a new message is kept: the circle's, or the author's own shorter choice."""
    days = [d for d in (circle.get("retention_days"), (user or {}).get("retention_days")) if d]
    return min(days) if days else None


def notice_frame(circle: str, notice: Any, **extra: Any) -> dict[str, Any]:
    """A moderation notice for its author, with crisis resources when it has them."""
    frame: dict[str, Any] = {"type": "notice", "circle": circle, "kind": notice.kind,
                             "text": notice.text, **extra}
    if notice.resources:
        frame["resources"] = notice.resources
    return frame


async def _after_decision(conn: Connection, doc: dict[str, Any], decision: Any) -> None:
    """Notices to the author, held frames and alerts to facilitators, the audit entry."""
    services = conn.services
    circle = doc["circle"]
    for notice in decision.notices:
        services.hub.emit_user(conn.user_id or "",
                               notice_frame(circle, notice, client_id=doc["client_id"]))
    if doc["status"] == "held":
        services.hub.emit(circle, held_frame(doc), FACILITATORS, user=doc["author"])
    for alert in decision.alerts:
        adoc = await services.store.alerts.create(
            circle, alert.kind, alert.severity, alert.reason, message_id=doc["_id"],
            message_seq=doc["seq"] if doc["status"] in VISIBLE else None, user=doc["author"])
        services.hub.emit(circle, alert_frame(adoc), FACILITATORS)
    if decision.failed_stages:
        services.metrics.moderation_failures.inc()
    if decision.labels or doc["status"] != "delivered":
        await services.store.audit.record(
            circle, None, "moderation", target=doc["_id"], reason=",".join(sorted(decision.labels)),
            status=doc["status"], labels=decision.labels,
            stages=sorted({f.stage for f in decision.findings}),
            failed_stages=decision.failed_stages, author=doc["author"])


async def _own_message(conn: Connection, circle: str, seq: int) -> dict[str, Any]:
    doc = await conn.services.store.messages.by_seq(circle, seq)
    if doc is None:
        raise NotFound("That message doesn't exist.", "MESSAGE_NOT_FOUND")
    if doc.get("deleted"):
        raise Conflict("That message was deleted.", "MESSAGE_DELETED")
    return doc


async def on_edit(conn: Connection, cmd: Command) -> None:
    services = conn.services
    circle, seq = cmd.args["circle"], cmd.args["seq"]
    membership, staff, _ = await access(conn, circle)
    doc = await _own_message(conn, circle, seq)
    if doc["author"] != conn.user_id:
        raise Forbidden("You can only edit your own messages.", "NOT_AUTHOR")
    text = clean(cmd.args["text"])
    now = services.clock()
    decision = await services.moderator.judge(
        text, author_id=conn.user_id or "", author_name=doc.get("author_name", ""),
        circle_id=circle, now=now, membership_age_s=1e9, recent=[], staff=staff,
        members=await member_names(services, circle))
    if decision.status in ("held", "blocked"):
        for notice in decision.notices:
            services.hub.emit_user(conn.user_id or "", notice_frame(circle, notice))
        for alert in decision.alerts:
            adoc = await services.store.alerts.create(circle, alert.kind, alert.severity,
                                                      alert.reason + " (in an edit)",
                                                      message_id=doc["_id"], message_seq=seq,
                                                      user=doc["author"])
            services.hub.emit(circle, alert_frame(adoc), FACILITATORS)
        await services.store.audit.record(circle, None, "moderation_edit", target=doc["_id"],
                                          status=decision.status, labels=decision.labels)
        raise Conflict("Your edit wasn't applied: " + (decision.notices[0].text if decision.notices
                       else "a facilitator needs to look at it first."), "EDIT_NOT_APPLIED")
    edited_at = datetime.fromtimestamp(now, UTC)
    fields: dict[str, Any] = {"text": decision.text, "edited_at": edited_at,
                              "status": decision.status}
    update: dict[str, Any] = {"$set": fields}
    if decision.status == "redacted":
        fields["original"] = decision.original
    else:
        update["$unset"] = {"original": ""}
    updated = await services.store.messages.update(circle, seq, {"deleted": {"$ne": True}}, update)
    if updated is None:
        raise Conflict("That message was deleted.", "MESSAGE_DELETED")
    frame: dict[str, Any] = {"type": "edited", "circle": circle, "seq": seq,
                             "text": decision.text, "edited_at": iso(edited_at)}
    if decision.status == "redacted":
        frame["redacted"] = True
    answer(conn, circle, frame, cmd.ref)
    for notice in decision.notices:
        services.hub.emit_user(conn.user_id or "", notice_frame(circle, notice))


async def on_delete(conn: Connection, cmd: Command) -> None:
    services = conn.services
    circle, seq = cmd.args["circle"], cmd.args["seq"]
    _m, staff, _ = await access(conn, circle)
    doc = await _own_message(conn, circle, seq)
    mine = doc["author"] == conn.user_id
    if not mine and not staff:
        raise Forbidden("You can only delete your own messages.", "NOT_AUTHOR")
    by = "author" if mine else "facilitator"
    updated = await services.store.messages.update(
        circle, seq, {}, {"$set": {"deleted": True, "deleted_by": by, "text": "",
                                   "deleted_at": datetime.now(UTC)},
                          "$unset": {"original": "", "cw": ""}})
    if updated is None:
        raise NotFound("That message doesn't exist.", "MESSAGE_NOT_FOUND")
    frame = {"type": "deleted", "circle": circle, "seq": seq, "by": by}
    answer(conn, circle, frame, cmd.ref)
    if not mine:
        await services.store.audit.record(circle, conn.user_id, "delete_message",
                                          target=doc["_id"], author=doc["author"], seq=seq)


async def on_react(conn: Connection, cmd: Command) -> None:
    services = conn.services
    circle, seq, emoji = cmd.args["circle"], cmd.args["seq"], cmd.args["emoji"]
    await access(conn, circle)
    doc, on = await services.store.messages.toggle_reaction(circle, seq, conn.user_id or "", emoji)
    if doc is None:
        await _own_message(conn, circle, seq)
        raise Conflict("That reaction couldn't be changed.", "REACTION_FAILED")
    frame = {"type": "reaction", "circle": circle, "seq": seq, "user": conn.user_id,
             "emoji": emoji, "on": on}
    answer(conn, circle, frame, cmd.ref)


async def on_report(conn: Connection, cmd: Command) -> None:
    services = conn.services
    circle, seq = cmd.args["circle"], cmd.args["seq"]
    await access(conn, circle)
    doc = await services.store.messages.by_seq(circle, seq)
    if doc is None:
        raise NotFound("That message doesn't exist.", "MESSAGE_NOT_FOUND")
    reason = (cmd.args.get("reason") or "").strip()
    adoc = await services.store.alerts.create(
        circle, "report", "high", "A member reported a message" + (f": {reason}" if reason else "."),
        message_id=doc["_id"], message_seq=seq, user=conn.user_id)
    services.hub.emit(circle, alert_frame(adoc), FACILITATORS)
    await services.store.audit.record(circle, conn.user_id, "report", target=doc["_id"],
                                      reason=reason or None, seq=seq)
    conn.send({"type": "reported", "circle": circle, "seq": seq}, cmd.ref)


async def on_step_away(conn: Connection, cmd: Command) -> None:
    services = conn.services
    circle = cmd.args["circle"]
    await access(conn, circle)
    adoc = await services.store.alerts.create(
        circle, "step_away", "info", "A member has stepped away for a moment.", user=conn.user_id)
    services.hub.emit(circle, alert_frame(adoc), FACILITATORS)
    conn.send({"type": "stepped_away", "circle": circle}, cmd.ref)


async def on_accept_agreement(conn: Connection, cmd: Command) -> None:
    circle = cmd.args["circle"]
    await access(conn, circle)
    cdoc = await circle_doc(conn, circle)
    await accept(conn.services, cdoc, conn.user_id or "", cmd.args.get("version"))
    conn.send({"type": "agreement_accepted", "circle": circle,
               "agreement_version": cdoc.get("agreement_version", 1)}, cmd.ref)


async def on_auth(conn: Connection, cmd: Command) -> None:
    raise HearthError("You are already signed in on this connection.", "ALREADY_AUTHENTICATED")


HANDLERS: dict[str, Handler] = {
    "ping": on_ping, "join": on_join, "leave": on_leave, "history": on_history,
    "typing": on_typing, "send": on_send, "edit": on_edit, "delete": on_delete,
    "react": on_react, "report": on_report, "step_away": on_step_away, "auth": on_auth,
    "accept_agreement": on_accept_agreement,
}

