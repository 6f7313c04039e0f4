"""``python -m server``: run Hearth.

    python -m server [--config PATH] [--host H] [--port P] [--demo]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import web

from . import logs
from .app import build_app
from .bootstrap import ensure_operator, say, seed_demo
from .config import Config, load_config
from .errors import ConfigError
from .http.common import SERVICES

log = logging.getLogger("hearth")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m server", description="Run the Hearth server.")
    p.add_argument("--config", help="path to config.yaml (default: ./config.yaml if present)")
    p.add_argument("--host", help="address to listen on (overrides server.host)")
    p.add_argument("--port", type=int, help="port to listen on; 0 picks a free one")
    p.add_argument("--demo", action="store_true", help="seed a demo circle on first start")
    return p.parse_args(argv)


async def serve(config: Config, demo: bool = False) -> None:
    app = build_app(config)

    async def bootstrap_ctx(app: web.Application) -> AsyncIterator[None]:
        services = app[SERVICES]
        await ensure_operator(services)
        if demo:
            await seed_demo(services)
        yield

    app.cleanup_ctx.append(bootstrap_ctx)
    runner = web.AppRunner(app, handle_signals=False, access_log=None,
                           shutdown_timeout=config.server.shutdown_timeout_s)
    await runner.setup()
    site = web.TCPSite(runner, config.server.host, config.server.port, reuse_address=True)
    await site.start()
    sockets = site._server.sockets if site._server is not None else []  # type: ignore[union-attr]
    port = sockets[0].getsockname()[1] if sockets else config.server.port
    # Everything allocated so far (modules, config, caches) lives as long as the
    # process: keep it out of the collector's way, and collect young objects less
    # often, so thousands of connections do not make for long collection pauses.
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)
    log.info("listening", extra={"host": config.server.host, "port": port})
    say(f"Hearth is listening on http://{config.server.host}:{port}/")
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    log.info("shutting down")
    try:
        await asyncio.wait_for(runner.cleanup(), config.server.shutdown_timeout_s + 2)
    except TimeoutError:
        log.warning("shutdown took too long")


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    path = args.config
    if path is None and Path("config.yaml").exists():
        path = "config.yaml"
    try:
        config = load_config(path, overrides={"server.host": args.host, "server.port": args.port})
    except ConfigError as e:
        print(f"hearth: configuration error: {e}", file=sys.stderr)
        sys.exit(2)
    logs.setup(config.logging.level)
    try:
        import uvloop

        runner = uvloop.run
    except ImportError:
        runner = asyncio.run  # type: ignore[assignment]
    try:
        runner(serve(config, args.demo))
    except ConfigError as e:
        print(f"hearth: configuration error: {e}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
