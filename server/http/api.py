"""The REST API: accounts, circles, invites, message history, facilitator lists."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ..agreements import accept
from ..errors import (
    BadRequest,
    Forbidden,
    NotFound,
    RateLimited,
    Unauthorized,
    Unprocessable,
)
from ..moderation_seam import CONTROL
from ..passwords import check_new_password, check_username
from ..schedule import parse_schedule
from ..storage.alerts import alert_frame
from ..storage.audit import entry as audit_entry
from ..storage.circles import public_circle
from ..storage.messages import held_frame, iso, message_frame
from ..storage.users import public_user
from .common import (
    COOKIE,
    SERVICES,
    check_origin,
    client_ip,
    field,
    identify,
    json_response,
    path_id,
    read_json,
)

INVITE_ROLES = ("member", "facilitator")


def _set_cookie(request: web.Request, resp: web.Response, token: str, ttl: int) -> None:
    cfg = request.app[SERVICES].config
    resp.set_cookie(COOKIE, token, max_age=ttl, httponly=True, samesite="Strict",
                    secure=cfg.server.secure_cookies, path="/")


def _display_name(body: dict[str, Any], max_len: int) -> str:
    name = CONTROL.sub("", field(body, "display_name", str, max_len=200)).strip()
    name = " ".join(name.split())
    if not 1 <= len(name) <= max_len:
        raise Unprocessable(f"Please choose a name of 1 to {max_len} characters.", "INVALID_NAME")
    return name


def _limit_attempts(request: web.Request, username: str) -> None:
    """Rate-limit sign-in and register attempts per client address and per username."""
    services = request.app[SERVICES]
    cfg = services.config.auth
    ip = client_ip(request, services.config.server.trusted_proxies)
    lim = services.auth_limiter
    wait = max(lim.check(("ip", ip)),
               lim.check(("user", username.lower()), cfg.attempts_per_username))
    if wait > 0:
        raise RateLimited("Too many attempts. Please wait a little and try again.",
                          "RATE_LIMITED", retry_after_s=round(wait, 1))
    lim.hit(("ip", ip))
    lim.hit(("user", username.lower()))


async def _session_response(request: web.Request, user: dict[str, Any], status: int,
                            extra: dict[str, Any] | None = None) -> web.Response:
    services = request.app[SERVICES]
    ttl = services.config.auth.session_ttl_s
    token, _ = await services.store.sessions.create(user["_id"], ttl)
    resp = json_response({"token": token, "user": public_user(user), **(extra or {})}, status)
    _set_cookie(request, resp, token, ttl)
    return resp


async def register(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    check_origin(request, services.config.origin)
    body = await read_json(request)
    code = field(body, "invite_code", str, max_len=64)
    username = field(body, "username", str, max_len=64)
    password = field(body, "password", str, max_len=4096)
    _limit_attempts(request, username)
    check_username(username)
    display_name = _display_name(body, services.config.limits.display_name_chars)
    check_new_password(password, username, services.config.auth.min_password_length)
    invite = await services.store.circles.check_invite(code)
    circle = await services.store.circles.require(invite["circle"])
    pw_hash = await services.extra["passwords"].hash(password)
    user = await services.store.users.create(username, pw_hash, display_name)
    try:
        await _join_with_invite(request, user, circle, code)
    except BaseException:
        # No account without a circle: the person can try again with the same name.
        await services.store.users.discard(user["_id"])
        raise
    return await _session_response(request, user, 201, {"circle": public_circle(circle)})


async def _join_with_invite(request: web.Request, user: dict[str, Any], circle: dict[str, Any],
                            code: str) -> dict[str, Any]:
    services = request.app[SERVICES]
    existing = await services.store.circles.membership(circle["_id"], user["_id"])
    if existing is not None and existing.get("state") == "banned":
        raise Forbidden("You can't join this circle.", "BANNED")
    invite = await services.store.circles.use_invite(code)
    if invite["circle"] != circle["_id"]:
        await services.store.circles.release_invite(invite["_id"])
        raise Unprocessable("That invite is for a different circle.", "INVITE_MISMATCH")
    try:
        membership = await services.store.circles.add_member(circle, user, invite["role"])
    except BaseException:
        await services.store.circles.release_invite(invite["_id"])
        raise
    await services.store.audit.record(circle["_id"], user["_id"], "join", target=user["_id"],
                                      role=invite["role"], invite=invite["_id"][:4] + "…")
    services.hub.member_changed(circle["_id"], user["_id"], membership)
    services.hub.emit(circle["_id"], {"type": "member_joined", "circle": circle["_id"], "member": {
        "id": user["_id"], "display_name": membership.get("display_name", ""),
        "role": membership.get("role", "member")}})
    return membership


async def login(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    check_origin(request, services.config.origin)
    body = await read_json(request)
    username = field(body, "username", str, max_len=64)
    password = field(body, "password", str, max_len=4096)
    _limit_attempts(request, username)
    user = await services.store.users.by_username(username)
    passwords = services.extra["passwords"]
    ok = await passwords.verify(user["password_hash"] if user else None, password)
    if not ok or user is None:
        # One answer for an unknown name and a wrong password: no user enumeration.
        raise Unauthorized("That username and password don't match. Please try again.",
                           "BAD_CREDENTIALS")
    if passwords.needs_rehash(user["password_hash"]):
        await services.store.users.set_password(user["_id"], await passwords.hash(password))
    return await _session_response(request, user, 200)


async def logout(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    ident = await identify(request)
    assert ident is not None
    session, user = ident
    await services.store.sessions.revoke(session["_id"])
    services.hub.emit_user(user["_id"], {"type": "error", "code": "SESSION_ENDED",
                                         "message": "You have signed out.", "close": True},
                           session=session["_id"])
    resp = web.Response(status=204)
    resp.del_cookie(COOKIE, path="/")
    return resp


async def change_password(request: web.Request) -> web.Response:
    """A new password; every other session of the account ends at once, sockets too."""
    services = request.app[SERVICES]
    ident = await identify(request)
    assert ident is not None
    session, user = ident
    body = await read_json(request)
    current = field(body, "current_password", str, max_len=4096)
    new = field(body, "new_password", str, max_len=4096)
    _limit_attempts(request, user["username"])
    passwords = services.extra["passwords"]
    if not await passwords.verify(user.get("password_hash"), current):
        raise Unauthorized("Your current password doesn't match. Please try again.",
                           "BAD_CREDENTIALS")
    check_new_password(new, user["username"], services.config.auth.min_password_length)
    await services.store.users.set_password(user["_id"], await passwords.hash(new))
    revoked = await services.store.sessions.revoke_user(user["_id"], keep=session["_id"])
    for sid in revoked:
        services.hub.emit_user(user["_id"], {"type": "error", "code": "SESSION_ENDED",
                                             "message": "Your password was changed. Please sign "
                                                        "in again.", "close": True}, session=sid)
    await services.store.audit.record(None, user["_id"], "change_password", user["_id"],
                                      sessions_ended=len(revoked))
    return json_response({"sessions_ended": len(revoked)})


async def me(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    ident = await identify(request)
    assert ident is not None
    _, user = ident
    memberships = await services.store.circles.circles_of(user["_id"])
    circles = []
    for m in memberships:
        c = await services.store.circles.get(m["circle"])
        if c is not None:
            circles.append({"id": c["_id"], "name": c["name"], "role": m.get("role", "member")})
    if user.get("role") == "operator":
        seen = {c["id"] for c in circles}
        for c in await services.store.circles.all():
            if c["_id"] not in seen:
                circles.append({"id": c["_id"], "name": c["name"], "role": "operator"})
    return json_response({"user": public_user(user), "circles": circles})


async def create_circle(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    ident = await identify(request)
    assert ident is not None
    _, user = ident
    if user.get("role") != "operator":
        raise Forbidden("Only operators can create circles.", "FORBIDDEN")
    body = await read_json(request)
    cfg = services.config.circles
    name = " ".join(CONTROL.sub("", field(body, "name", str, max_len=100)).split())
    if not name:
        raise Unprocessable("A circle needs a name.", "INVALID_NAME")
    description = field(body, "description", str, False, "", max_len=2000)
    capacity = field(body, "capacity", int, False, cfg.default_capacity, low=2, high=100)
    agreement = field(body, "agreement", str, False, cfg.default_agreement, max_len=10000)
    retention = field(body, "retention_days", int, False, cfg.retention_days, low=1, high=3650)
    doc = await services.store.circles.create(name, description, capacity, agreement, retention,
                                              user["_id"])
    await services.store.audit.record(doc["_id"], user["_id"], "create_circle", target=doc["_id"])
    return json_response({"circle": public_circle(doc)}, 201)


async def _circle_access(request: web.Request, staff: bool = False,
                         ) -> tuple[dict[str, Any], dict[str, Any], str]:
    """(circle, user, role) for a member of the circle (or operator); staff-only if asked."""
    services = request.app[SERVICES]
    ident = await identify(request)
    assert ident is not None
    _, user = ident
    circle = await services.store.circles.require(path_id(request))
    membership = await services.store.circles.active_membership(circle["_id"], user["_id"])
    if membership is not None:
        role = membership.get("role", "member")
    elif user.get("role") == "operator":
        role = "operator"
    else:
        raise Forbidden("You are not a member of this circle.", "NOT_A_MEMBER")
    if staff and role == "member":
        raise Forbidden("Only the circle's facilitators can do that.", "FORBIDDEN")
    return circle, user, role


async def get_circle(request: web.Request) -> web.Response:
    circle, _, role = await _circle_access(request)
    return json_response({"circle": public_circle(circle), "role": role})


async def join_circle(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    ident = await identify(request)
    assert ident is not None
    _, user = ident
    body = await read_json(request)
    code = field(body, "invite_code", str, max_len=64)
    circle = await services.store.circles.require(path_id(request))
    await _join_with_invite(request, user, circle, code)
    return json_response({"circle": public_circle(circle)})


async def create_invite(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    circle, user, _ = await _circle_access(request, staff=True)
    body = await read_json(request, required=False)
    max_uses = field(body, "max_uses", int, False, 1, low=1, high=1000)
    expires = field(body, "expires_in_s", int, False, 7 * 24 * 3600, low=60, high=90 * 24 * 3600)
    role = field(body, "role", str, False, "member", max_len=20)
    if role not in INVITE_ROLES:
        raise BadRequest("'role' must be member or facilitator.", "INVALID")
    doc = await services.store.circles.create_invite(circle["_id"], role, max_uses, expires,
                                                     user["_id"])
    await services.store.audit.record(circle["_id"], user["_id"], "create_invite",
                                      role=role, max_uses=max_uses, expires_in_s=expires)
    return json_response({"code": doc["_id"], "expires_at": iso(doc["expires_at"]),
                          "role": role, "max_uses": max_uses,
                          "url": f"{services.config.origin}/join/{doc['_id']}"}, 201)


async def get_invite(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    ip = client_ip(request, services.config.server.trusted_proxies)
    wait = services.auth_limiter.check(("invite", ip))
    if wait > 0:
        raise RateLimited("Too many attempts. Please wait a little and try again.",
                          "RATE_LIMITED", retry_after_s=round(wait, 1))
    services.auth_limiter.hit(("invite", ip))
    invite = await services.store.circles.check_invite(request.match_info.get("code", ""))
    circle = await services.store.circles.get(invite["circle"])
    if circle is None:
        raise NotFound("That invite code doesn't match any circle.", "INVITE_NOT_FOUND")
    return json_response({
        "invite": {"code": invite["_id"], "role": invite["role"],
                   "expires_at": iso(invite["expires_at"])},
        "circle": {"id": circle["_id"], "name": circle["name"],
                   "description": circle.get("description", ""),
                   "agreement": circle.get("agreement", ""),
                   "agreement_version": circle.get("agreement_version", 1)}})


def _query_int(request: web.Request, name: str, low: int, high: int) -> int | None:
    raw = request.query.get(name)
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"'{name}' must be a whole number.", "INVALID") from None
    if not low <= value <= high:
        raise BadRequest(f"'{name}' must be between {low} and {high}.", "INVALID")
    return value


async def messages(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    circle, _, _ = await _circle_access(request)
    limits = services.config.limits
    before = _query_int(request, "before", 1, 2**53 - 1)
    limit = _query_int(request, "limit", 1, limits.history_max) or limits.history_default
    docs = await services.store.messages.before(circle["_id"], before, limit)
    return json_response({"messages": [message_frame(d) for d in docs]})


async def held(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    circle, _, _ = await _circle_access(request, staff=True)
    docs = await services.store.messages.held(circle["_id"])
    return json_response({"held": [held_frame(d) for d in docs]})


async def alerts(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    circle, _, _ = await _circle_access(request, staff=True)
    status = request.query.get("status") or None
    if status not in (None, "open", "acknowledged", "resolved"):
        raise BadRequest("'status' must be open, acknowledged or resolved.", "INVALID")
    docs = await services.store.alerts.list(circle["_id"], status)
    return json_response({"alerts": [alert_frame(d) for d in docs]})


async def audit(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    circle, _, _ = await _circle_access(request, staff=True)
    limit = _query_int(request, "limit", 1, 200) or 50
    before = request.query.get("before") or None
    if before is not None and len(before) > 200:
        raise BadRequest("'before' is not a cursor this server gave out.", "INVALID")
    docs, next_before = await services.store.audit.page(circle["_id"], before, limit)
    names = {m["user"]: m.get("display_name") for m in
             await services.store.circles.members_of(circle["_id"])}
    entries = []
    for d in docs:
        e = audit_entry(d)
        e["actor_name"] = names.get(d.get("actor") or "")
        entries.append(e)
    return json_response({"entries": entries, "next_before": next_before})


async def set_agreement(request: web.Request) -> web.Response:
    """A new group agreement: members accept it on their next join before writing again."""
    services = request.app[SERVICES]
    circle, user, _ = await _circle_access(request, staff=True)
    body = await read_json(request)
    text = field(body, "agreement", str, max_len=10000).strip()
    if not text:
        raise Unprocessable("The agreement can't be empty.", "INVALID")
    version = int(circle.get("agreement_version") or 1) + 1
    doc = await services.store.circles.update(circle["_id"], {"agreement": text,
                                                              "agreement_version": version})
    assert doc is not None
    services.hub.circle_changed(doc)
    services.hub.emit(circle["_id"], {"type": "circle_update", "circle": circle["_id"],
                                      "agreement_version": version})
    await services.store.audit.record(circle["_id"], user["_id"], "edit_agreement",
                                      version=version)
    return json_response({"circle": public_circle(doc)})


async def accept_agreement(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    circle, user, role = await _circle_access(request)
    body = await read_json(request, required=False)
    version = field(body, "version", int, False, None, low=1, high=10**6)
    doc = await accept(services, circle, user["_id"], version)
    return json_response({"agreement_version": doc.get("agreement_version") if doc else None,
                          "role": role})


async def set_schedule(request: web.Request) -> web.Response:
    """A weekly schedule in the circle's time zone that opens and closes sessions."""
    services = request.app[SERVICES]
    circle, user, _ = await _circle_access(request, staff=True)
    body = await read_json(request)
    schedule = parse_schedule(body)
    doc = await services.store.circles.update(circle["_id"], {"schedule": schedule,
                                                              "schedule_state": None})
    assert doc is not None
    services.hub.circle_changed(doc)
    await services.store.audit.record(circle["_id"], user["_id"], "set_schedule",
                                      slots=len((schedule or {}).get("slots", [])))
    return json_response({"circle": public_circle(doc), "schedule": schedule})


def routes() -> list[web.RouteDef]:
    return [
        web.post("/api/register", register),
        web.post("/api/login", login),
        web.post("/api/logout", logout),
        web.get("/api/me", me),
        web.post("/api/me/password", change_password),
        web.post("/api/circles", create_circle),
        web.get("/api/circles/{id}", get_circle),
        web.post("/api/circles/{id}/join", join_circle),
        web.post("/api/circles/{id}/invites", create_invite),
        web.get("/api/circles/{id}/messages", messages),
        web.get("/api/circles/{id}/held", held),
        web.get("/api/circles/{id}/alerts", alerts),
        web.get("/api/circles/{id}/audit", audit),
        web.put("/api/circles/{id}/agreement", set_agreement),
        web.post("/api/circles/{id}/agreement/accept", accept_agreement),
        web.put("/api/circles/{id}/schedule", set_schedule),
        web.get("/api/invites/{code}", get_invite),
    ]
