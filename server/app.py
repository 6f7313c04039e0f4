"""Assembling the server: resources set up in order, torn down in reverse.

Each long-lived resource is one async generator in ``app.cleanup_ctx``
(embedded database, MongoDB client, bus, moderation, hub), so a failure part
way through start-up tears down exactly what was set up.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import WSCloseCode, web

from .background import Background
from .bus import Bus, RedisBus
from .config import Config
from .embedded import EmbeddedMongo
from .errors import Forbidden, RateLimited
from .http import admin_api, api
from .http.common import (
    SERVICES,
    client_ip,
    error_middleware,
    error_response,
    identify,
    is_loopback,
    json_response,
    token_of,
)
from .http.openapi import openapi_json
from .metrics import Metrics
from .moderation_seam import Moderator
from .passwords import Passwords, hasher
from .services import Services
from .storage import Database, Store, connect
from .ws.connection import Connection
from .ws.hub import Hub

log = logging.getLogger("hearth")

CONFIG: web.AppKey[Config] = web.AppKey("config", Config)
EMBEDDED: web.AppKey[EmbeddedMongo] = web.AppKey("embedded", EmbeddedMongo)
DATABASE: web.AppKey[Database] = web.AppKey("database", Database)
BUS: web.AppKey[Bus] = web.AppKey("bus", Bus)
MODERATOR: web.AppKey[Moderator] = web.AppKey("moderator", Moderator)
METRICS: web.AppKey[Metrics] = web.AppKey("metrics", Metrics)
MONGO_URL: web.AppKey[str] = web.AppKey("mongo_url", str)
CONNECTIONS_PER_IP: web.AppKey[dict[str, int]] = web.AppKey("connections_per_ip", dict)

STATIC_DIR = Path(__file__).resolve().parent.parent / "client_static"


async def embedded_ctx(app: web.Application) -> AsyncIterator[None]:
    cfg = app[CONFIG]
    if cfg.mongo.url:
        app[MONGO_URL] = cfg.mongo.url
        yield
        return
    storage = str(Path(cfg.embedded.data_dir) / "db") if cfg.embedded.data_dir != ":memory:" else ":memory:"
    child = EmbeddedMongo(storage, cfg.embedded.port, cfg.embedded.command)
    await child.start_async()
    app[EMBEDDED] = child
    app[MONGO_URL] = child.url
    log.info("embedded database ready", extra={"port": child.port, "storage": storage})
    # Tells `python -m server.admin` where the running embedded database listens.
    marker = Path(cfg.embedded.data_dir) / "embedded.json"
    if storage != ":memory:":
        marker.write_text(json.dumps({"port": child.port, "pid": os.getpid()}))
    try:
        yield
    finally:
        marker.unlink(missing_ok=True)
        await asyncio.to_thread(child.stop)


async def database_ctx(app: web.Application) -> AsyncIterator[None]:
    cfg = app[CONFIG]
    mongo = cfg.mongo
    if EMBEDDED in app:
        mongo = dataclasses.replace(mongo, retry_writes=False)
    database = await connect(mongo, app[MONGO_URL], cfg.retention.audit_days,
                             cfg.retention.alerts_days)
    app[DATABASE] = database
    try:
        yield
    finally:
        await database.close()


async def bus_ctx(app: web.Application) -> AsyncIterator[None]:
    cfg = app[CONFIG]
    origin = uuid.uuid4().hex[:12]
    bus: Bus = RedisBus(origin, cfg.redis.url, app[METRICS]) if cfg.redis.url else Bus(origin)
    await bus.start()
    app[BUS] = bus
    try:
        yield
    finally:
        await bus.close()


async def moderation_ctx(app: web.Application) -> AsyncIterator[None]:
    moderator = Moderator(app[CONFIG].moderation)
    app[MODERATOR] = moderator
    try:
        yield
    finally:
        await moderator.close()


async def services_ctx(app: web.Application) -> AsyncIterator[None]:
    cfg = app[CONFIG]
    metrics = app[METRICS]
    store = Store(app[DATABASE], metrics=metrics)
    bus = app[BUS]
    hub = Hub(store, bus, metrics, cfg.limits.session_check_s)
    services = Services(cfg, store, bus, hub, app[MODERATOR], metrics)
    a = cfg.auth
    services.extra["passwords"] = Passwords(hasher(a.argon2_time_cost, a.argon2_memory_kib,
                                                   a.argon2_parallelism))
    store.committer.start()
    hub.start()
    background = Background(services)
    background.start()
    services.extra["background"] = background
    app[SERVICES] = services
    try:
        yield
    finally:
        await background.close()
        await store.committer.close()
        await hub.close()


async def on_shutdown(app: web.Application) -> None:
    """Close every WebSocket with 1001 so clients know to come back."""
    services = app.get(SERVICES)
    if services is None:
        return
    closing = []
    for conn in list(services.hub.connections):
        conn.closing = True
        closing.append(conn.ws.close(code=WSCloseCode.GOING_AWAY, message=b"server restarting"))
    if closing:
        await asyncio.gather(*closing, return_exceptions=True)


# routes outside the API


async def healthz(request: web.Request) -> web.Response:
    return json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    try:
        db_ok = await asyncio.wait_for(services.store.database.ping(), 5)
    except TimeoutError:
        db_ok = False
    bus_ok = await services.bus.ready()
    status = 200 if db_ok and bus_ok else 503
    return json_response({"status": "ready" if status == 200 else "unavailable",
                          "mongo": db_ok, "redis": bus_ok if services.config.redis.url else None},
                         status)


async def metrics_endpoint(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    ip = client_ip(request, services.config.server.trusted_proxies)
    if not is_loopback(ip):
        ident = await identify(request, required=True)
        if ident is None or ident[1].get("role") != "operator":
            raise Forbidden("Metrics are for operators.", "FORBIDDEN")
    return web.Response(text=services.metrics.render(), content_type="text/plain",
                        charset="utf-8", headers={"Cache-Control": "no-store"})


async def websocket(request: web.Request) -> web.StreamResponse:
    services = request.app[SERVICES]
    cfg = services.config
    ip = client_ip(request, cfg.server.trusted_proxies)
    token, from_cookie = token_of(request)
    cookie_session = None
    origin = request.headers.get("Origin")
    if from_cookie and token:
        # Cross-site WebSocket hijacking: a cookie only counts from our own origin.
        if origin is None or origin.rstrip("/") != cfg.origin:
            return error_response(Forbidden("This connection came from another site and was "
                                            "refused.", "BAD_ORIGIN"))
        session = await services.store.sessions.lookup(token)
        user = await services.store.users.get(session["user"]) if session else None
        if session is not None and user is not None:
            cookie_session = (session, user)
    per_ip = request.app[CONNECTIONS_PER_IP]
    if per_ip.get(ip, 0) >= cfg.limits.max_connections_per_ip:
        return error_response(RateLimited("Too many connections from your address.",
                                          "TOO_MANY_CONNECTIONS", retry_after_s=5))
    ws = web.WebSocketResponse(max_msg_size=cfg.limits.frame_bytes, heartbeat=30.0,
                               compress=False)
    await ws.prepare(request)
    per_ip[ip] = per_ip.get(ip, 0) + 1
    try:
        await Connection(services, ws, ip).run(cookie_session)
    finally:
        per_ip[ip] -= 1
        if per_ip[ip] <= 0:
            del per_ip[ip]
    return ws


async def index(request: web.Request) -> web.StreamResponse:
    path = STATIC_DIR / "index.html"
    if not path.exists():
        return web.Response(text="Hearth is running. The browser client is not installed.",
                            content_type="text/plain")
    return web.FileResponse(path, headers={"Cache-Control": "no-cache"})


def build_app(config: Config, metrics: Metrics | None = None) -> web.Application:
    app = web.Application(middlewares=[error_middleware], client_max_size=64 * 1024)
    app[CONFIG] = config
    app[METRICS] = metrics or Metrics()
    app[CONNECTIONS_PER_IP] = {}
    app.cleanup_ctx.extend([embedded_ctx, database_ctx, bus_ctx, moderation_ctx, services_ctx])
    app.on_shutdown.append(on_shutdown)
    app.router.add_routes(api.routes())
    app.router.add_routes(admin_api.routes())
    app.router.add_get("/api/openapi.json", openapi_json)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics_endpoint)
    app.router.add_get("/ws", websocket)
    app.router.add_get("/", index)
    app.router.add_get("/join/{code}", index)
    app.router.add_get("/circle/{id}", index)
    app.router.add_get("/signin", index)
    if STATIC_DIR.is_dir():
        app.router.add_static("/static/", STATIC_DIR, show_index=False, follow_symlinks=False)
    return app




__all__ = ["build_app"]
