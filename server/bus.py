"""The bus: notifications between Hearth processes.

The bus only tells other processes that something happened; MongoDB holds
the truth. A process delivers its own events to its own connections
directly, and publishes them for the others. Every event carries the
publishing process's ``origin`` so nobody delivers its own event twice.
A process that missed events (Redis restarted, a publish failed) catches up
from MongoDB: ``on_reconnect`` tells the hub to resynchronise every circle.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

import orjson

log = logging.getLogger("hearth.bus")

Handler = Callable[[dict[str, Any]], None]
CHANNEL = "hearth:events"


class Bus:
    """In-process bus: a single Hearth process needs no transport at all."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.handler: Handler | None = None
        self.on_reconnect: Callable[[], Awaitable[None]] | None = None
        self.connected = True

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    def publish(self, event: dict[str, Any]) -> None:
        """Send an event to the other processes (none here)."""
        return

    async def ready(self) -> bool:
        return True


class RedisBus(Bus):
    """Redis pub/sub, reconnecting by itself after Redis goes away."""

    def __init__(self, origin: str, url: str, metrics: Any = None) -> None:
        super().__init__(origin)
        self.url = url
        self.metrics = metrics
        self.connected = False
        self.outbox: deque[bytes] = deque(maxlen=100_000)
        self.outbox_ready = asyncio.Event()
        self.tasks: list[asyncio.Task[None]] = []
        self._subscribed = asyncio.Event()
        import redis.asyncio as aioredis

        self._redis_mod = aioredis
        self.pub = aioredis.from_url(url, socket_timeout=2, socket_connect_timeout=2,
                                     health_check_interval=10)

    async def start(self) -> None:
        self.tasks = [asyncio.create_task(self._listen(), name="bus-listen"),
                      asyncio.create_task(self._publisher(), name="bus-publish")]
        try:
            await asyncio.wait_for(self._subscribed.wait(), 10)
        except TimeoutError:
            log.warning("redis not reachable at start; will keep trying")

    async def close(self) -> None:
        for t in self.tasks:
            t.cancel()
        for t in self.tasks:
            try:
                await t
            except (asyncio.CancelledError, Exception):
                pass
        await self.pub.aclose()

    async def ready(self) -> bool:
        try:
            return bool(await asyncio.wait_for(self.pub.ping(), 2))
        except Exception:
            return False

    def publish(self, event: dict[str, Any]) -> None:
        event["origin"] = self.origin
        self.outbox.append(orjson.dumps(event))
        self.outbox_ready.set()

    async def _publisher(self) -> None:
        """Drain the outbox in pipelines; never block a sender on Redis."""
        while True:
            await self.outbox_ready.wait()
            self.outbox_ready.clear()
            while self.outbox:
                batch = [self.outbox.popleft() for _ in range(min(len(self.outbox), 256))]
                try:
                    async with self.pub.pipeline(transaction=False) as pipe:
                        for data in batch:
                            pipe.publish(CHANNEL, data)
                        await pipe.execute()
                except asyncio.CancelledError:
                    raise
                except Exception as e:
                    # The stored messages are safe; others catch up from MongoDB.
                    log.warning("bus publish failed", extra={"error": type(e).__name__,
                                                             "dropped": len(batch)})
                    if self.metrics is not None:
                        self.metrics.bus_errors.inc(len(batch))
                    await asyncio.sleep(0.2)

    async def _listen(self) -> None:
        delay = 0.1
        first = True
        while True:
            client = self._redis_mod.from_url(self.url, socket_connect_timeout=2,
                                              health_check_interval=5)
            pubsub = client.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.subscribe(CHANNEL)
                self.connected = True
                self._subscribed.set()
                if not first:
                    log.info("bus reconnected")
                    if self.metrics is not None:
                        self.metrics.bus_reconnects.inc()
                    if self.on_reconnect is not None:
                        asyncio.create_task(self.on_reconnect())
                first = False
                delay = 0.1
                while True:
                    msg = await pubsub.get_message(timeout=5.0)
                    if msg is None:
                        await pubsub.ping()
                        continue
                    if msg.get("type") != "message":
                        continue
                    self._deliver(msg["data"])
            except asyncio.CancelledError:
                raise
            except Exception as e:
                if self.connected:
                    log.warning("bus disconnected", extra={"error": type(e).__name__})
                self.connected = False
                first = False
            finally:
                try:
                    await pubsub.aclose()
                    await client.aclose()
                except Exception:
                    pass
            await asyncio.sleep(delay + random.random() * delay)
            delay = min(delay * 2, 5.0)

    def _deliver(self, data: bytes) -> None:
        try:
            event = orjson.loads(data)
        except orjson.JSONDecodeError:
            return
        if not isinstance(event, dict) or event.get("origin") == self.origin:
            return
        if self.handler is not None:
            try:
                self.handler(event)
            except Exception:
                log.exception("bus event handler failed")
