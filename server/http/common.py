"""Request plumbing shared by the HTTP handlers: errors, identity, bodies, headers."""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from aiohttp import web

from ..errors import BadRequest, Forbidden, HearthError, NotFound, TooLarge, Unauthorized
from ..services import Services

log = logging.getLogger("hearth.http")

SERVICES: web.AppKey[Services] = web.AppKey("services", Services)
COOKIE = "hearth_session"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def json_response(data: Any, status: int = 200) -> web.Response:
    return web.Response(body=orjson.dumps(data), status=status, content_type="application/json")


def error_response(exc: HearthError) -> web.Response:
    return json_response(exc.body(), exc.status)


def security_headers(resp: web.StreamResponse, origin: str) -> None:
    ws_origin = origin.replace("https://", "wss://").replace("http://", "ws://")
    resp.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self' {ws_origin}; font-src 'self'; media-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
    resp.headers.setdefault("X-Content-Type-Options", "nosniff")
    resp.headers.setdefault("Referrer-Policy", "no-referrer")
    resp.headers.setdefault("X-Frame-Options", "DENY")
    resp.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    resp.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")


_STATUS_CODES = {400: "INVALID", 401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "NOT_FOUND",
                 405: "METHOD_NOT_ALLOWED", 413: "TOO_LARGE", 415: "UNSUPPORTED_MEDIA_TYPE"}


@web.middleware
async def error_middleware(request: web.Request,
                           handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
                           ) -> web.StreamResponse:
    """The one place where errors become responses; no traceback ever reaches a client."""
    services = request.app[SERVICES]
    try:
        resp = await handler(request)
    except HearthError as e:
        services.metrics.errors.inc(label=e.code)
        resp = error_response(e)
    except web.HTTPException as e:
        if e.status < 400:
            raise
        code = _STATUS_CODES.get(e.status, "HTTP_ERROR")
        message = {404: "There is nothing here.", 405: "That method is not allowed here.",
                   413: "That request is too large."}.get(e.status, e.reason)
        resp = json_response({"error": {"code": code, "message": message}}, e.status)
        for h in ("Allow",):
            if h in e.headers:
                resp.headers[h] = e.headers[h]
    except Exception:
        log.exception("request failed", extra={"path": request.path, "method": request.method})
        resp = json_response({"error": {"code": "INTERNAL",
                                        "message": "Something went wrong on our side."}}, 500)
    if not resp.prepared:
        security_headers(resp, services.config.origin)
    return resp


def client_ip(request: web.Request, trusted: tuple[str, ...]) -> str:
    """The client's address; X-Forwarded-For is believed only from configured proxies."""
    peer = request.remote or ""
    if trusted and peer in trusted:
        forwarded = request.headers.get("X-Forwarded-For", "")
        hops = [h.strip() for h in forwarded.split(",") if h.strip()]
        # Walk back from the nearest hop, skipping our own proxies.
        for hop in reversed(hops):
            if hop not in trusted:
                try:
                    return str(ipaddress.ip_address(hop))
                except ValueError:
                    break
    return peer


def is_loopback(ip: str) -> bool:
    try:
        return ipaddress.ip_address(ip).is_loopback
    except ValueError:
        return False


async def read_json(request: web.Request, required: bool = True) -> dict[str, Any]:
    """The request body as a JSON object, or a coded 4xx."""
    if not request.can_read_body:
        if required:
            raise BadRequest("This request needs a JSON body.", "BAD_JSON")
        return {}
    try:
        raw = await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise TooLarge("That request is too large.", "TOO_LARGE") from None
    if not raw.strip():
        if required:
            raise BadRequest("This request needs a JSON body.", "BAD_JSON")
        return {}
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise BadRequest("The body is not valid JSON.", "BAD_JSON") from None
    if not isinstance(body, dict):
        raise BadRequest("The body must be a JSON object.", "INVALID")
    return body


def field(body: dict[str, Any], name: str, kind: type, required: bool = True,
          default: Any = None, max_len: int = 1000, low: int | None = None,
          high: int | None = None) -> Any:
    """One typed field of a JSON body, checked."""
    value = body.get(name)
    if value is None:
        if required:
            raise BadRequest(f"'{name}' is required.", "MISSING_FIELD")
        return default
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadRequest(f"'{name}' must be a whole number.", "INVALID")
        if (low is not None and value < low) or (high is not None and value > high):
            raise BadRequest(f"'{name}' must be between {low} and {high}.", "INVALID")
        return value
    if kind is str:
        if not isinstance(value, str) or len(value) > max_len:
            raise BadRequest(f"'{name}' must be a string of at most {max_len} characters.", "INVALID")
        return value
    if kind is bool:
        if not isinstance(value, bool):
            raise BadRequest(f"'{name}' must be true or false.", "INVALID")
        return value
    raise TypeError(kind)


def token_of(request: web.Request) -> tuple[str | None, bool]:
    """(token, from_cookie). A Bearer header wins over the cookie."""
    auth = request.headers.get("Authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip(), False
    cookie = request.cookies.get(COOKIE)
    if cookie:
        return cookie, True
    return None, False


def check_origin(request: web.Request, origin: str) -> None:
    """Refuse a cookie-carrying state change coming from another site."""
    got = request.headers.get("Origin")
    if got is not None and got.rstrip("/") != origin:
        raise Forbidden("This request came from another site and was refused.", "BAD_ORIGIN")
    if got is None and request.headers.get("Sec-Fetch-Site") == "cross-site":
        raise Forbidden("This request came from another site and was refused.", "BAD_ORIGIN")


async def identify(request: web.Request, required: bool = True,
                   ) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The (session, user) behind a request, checking Origin for cookie-borne changes."""
    services = request.app[SERVICES]
    token, from_cookie = token_of(request)
    if from_cookie and request.method in UNSAFE:
        check_origin(request, services.config.origin)
    if not token:
        if required:
            raise Unauthorized("Please sign in first.", "UNAUTHORIZED")
        return None
    session = await services.store.sessions.lookup(token)
    user = await services.store.users.get(session["user"]) if session else None
    if session is None or user is None:
        if required:
            raise Unauthorized("Your session has ended. Please sign in again.", "UNAUTHORIZED")
        return None
    return session, user


def path_id(request: web.Request, name: str = "id") -> str:
    value = request.match_info.get(name, "")
    if not value or len(value) > 64:
        raise NotFound("There is nothing here.", "NOT_FOUND")
    return value
