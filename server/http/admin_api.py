"""Operator API under /api/admin/…, and members' own export and deletion.

Thin handlers: each checks who is asking, reads the body, and calls the one
operation in ``server.admin`` that the command line uses too.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from .. import admin
from ..errors import BadRequest, Forbidden, RateLimited
from ..ws.hub import Hub
from .common import COOKIE, SERVICES, field, identify, json_response, path_id, read_json


class HubNotifier(admin.Notifier):
    """Live connections, here and (over the bus) in other processes, follow the change."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub

    def circle_changed(self, doc: dict[str, Any]) -> None:
        self.hub.circle_changed(doc)

    def member_changed(self, circle: str, user: str, doc: dict[str, Any] | None) -> None:
        self.hub.member_changed(circle, user, doc)

    def account_ended(self, user: str) -> None:
        self.hub.emit_user(user, dict(admin.ENDED_FRAME))

    def message_deleted(self, circle: str, seq: int) -> None:
        self.hub.emit(circle, admin.deleted_frame(circle, seq))


async def _operator(request: web.Request) -> dict[str, Any]:
    ident = await identify(request)
    assert ident is not None
    _, user = ident
    if user.get("role") != "operator":
        raise Forbidden("This is for operators only.", "FORBIDDEN")
    return user


async def _me(request: web.Request) -> tuple[dict[str, Any], dict[str, Any]]:
    ident = await identify(request)
    assert ident is not None
    return ident


def _export_response(data: dict[str, Any]) -> web.Response:
    resp = json_response(data)
    resp.headers["Cache-Control"] = "no-store"
    resp.headers["Content-Disposition"] = 'attachment; filename="hearth-export.json"'
    return resp


# operators


async def list_circles(request: web.Request) -> web.Response:
    await _operator(request)
    services = request.app[SERVICES]
    return json_response({"circles": await admin.list_circles(services.store)})


async def create_circle(request: web.Request) -> web.Response:
    user = await _operator(request)
    services = request.app[SERVICES]
    body = await read_json(request)
    circle = await admin.create_circle(
        services.store, services.config, user["_id"], field(body, "name", str, max_len=200),
        field(body, "description", str, False, "", max_len=2000),
        field(body, "capacity", int, False), field(body, "retention_days", int, False))
    return json_response({"circle": circle}, 201)


async def create_user(request: web.Request) -> web.Response:
    user = await _operator(request)
    services = request.app[SERVICES]
    body = await read_json(request)
    created = await admin.create_user(
        services.store, services.config, user["_id"], services.extra["passwords"],
        field(body, "username", str, max_len=64), field(body, "password", str, max_len=4096),
        field(body, "display_name", str, False, max_len=200),
        field(body, "operator", bool, False, False))
    return json_response({"user": created}, 201)


async def make_facilitator(request: web.Request) -> web.Response:
    user = await _operator(request)
    services = request.app[SERVICES]
    body = await read_json(request)
    out = await admin.make_facilitator(services.store, user["_id"], path_id(request),
                                       field(body, "username", str, max_len=64),
                                       HubNotifier(services.hub))
    return json_response(out)


async def create_invite(request: web.Request) -> web.Response:
    user = await _operator(request)
    services = request.app[SERVICES]
    body = await read_json(request, required=False)
    out = await admin.create_invite(
        services.store, services.config, user["_id"], path_id(request),
        field(body, "role", str, False, "member", max_len=20),
        field(body, "max_uses", int, False, 1),
        field(body, "expires_in_s", int, False, 7 * 24 * 3600))
    return json_response(out, 201)


async def export_user(request: web.Request) -> web.Response:
    user = await _operator(request)
    services = request.app[SERVICES]
    data = await admin.export_user(services.store, user["_id"], path_id(request, "username"))
    return _export_response(data)


async def delete_user(request: web.Request) -> web.Response:
    user = await _operator(request)
    services = request.app[SERVICES]
    out = await admin.delete_user(services.store, user["_id"], path_id(request, "username"),
                                  HubNotifier(services.hub))
    return json_response(out)


async def set_retention(request: web.Request) -> web.Response:
    user = await _operator(request)
    services = request.app[SERVICES]
    body = await read_json(request)
    out = await admin.set_retention(services.store, user["_id"], path_id(request),
                                    field(body, "days", int), HubNotifier(services.hub))
    return json_response(out)


# members, about themselves


async def export_me(request: web.Request) -> web.Response:
    _, user = await _me(request)
    services = request.app[SERVICES]
    return _export_response(await admin.export_account(services.store, user["_id"], user))


async def delete_me(request: web.Request) -> web.Response:
    """Delete one's own account; the password confirms it is really them."""
    _, user = await _me(request)
    services = request.app[SERVICES]
    body = await read_json(request)
    password = field(body, "password", str, max_len=4096)
    limiter, key = services.auth_limiter, ("delete", user["_id"])
    wait = limiter.check(key, services.config.auth.attempts_per_username)
    if wait > 0:
        raise RateLimited("Too many attempts. Please wait a little and try again.",
                          "RATE_LIMITED", retry_after_s=round(wait, 1))
    if not await services.extra["passwords"].verify(user.get("password_hash"), password):
        limiter.hit(key)
        raise Forbidden("That password doesn't match, so nothing was deleted. "
                        "Please try again.", "BAD_PASSWORD")
    await admin.erase_account(services.store, user["_id"], user, HubNotifier(services.hub))
    resp = web.Response(status=204)
    resp.del_cookie(COOKIE, path="/")
    return resp


async def set_my_retention(request: web.Request) -> web.Response:
    _, user = await _me(request)
    services = request.app[SERVICES]
    body = await read_json(request)
    if "days" not in body:
        raise BadRequest("'days' is required (a number of days, or null).",
                               "MISSING_FIELD")
    out = await admin.set_own_retention(services.store, user, field(body, "days", int, False))
    services.hub.user_changed(user["_id"])
    return json_response(out)


def routes() -> list[web.RouteDef]:
    return [
        web.get("/api/admin/circles", list_circles),
        web.post("/api/admin/circles", create_circle),
        web.post("/api/admin/users", create_user),
        web.post("/api/admin/circles/{id}/facilitators", make_facilitator),
        web.post("/api/admin/circles/{id}/invites", create_invite),
        web.get("/api/admin/users/{username}/export", export_user),
        web.delete("/api/admin/users/{username}", delete_user),
        web.put("/api/admin/circles/{id}/retention", set_retention),
        web.get("/api/me/export", export_me),
        web.delete("/api/me", delete_me),
        web.put("/api/me/retention", set_my_retention),
    ]
