"""Work that runs on a clock: escalating unanswered urgent alerts, scheduled sessions.

Several Hearth processes may run these loops at once. Each change is claimed
with a conditional update in MongoDB, so exactly one process acts on it.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import random
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import orjson

from .schedule import is_open
from .services import Services
from .storage.alerts import alert_frame

log = logging.getLogger("hearth.background")


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """HMAC-SHA256 over "timestamp.body", hex, as sent in X-Hearth-Signature."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


class Background:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.tasks: list[asyncio.Task[None]] = []
        self.deliveries: set[asyncio.Task[None]] = set()
        self.session: aiohttp.ClientSession | None = None

    def start(self) -> None:
        self.tasks = [asyncio.create_task(self._loop(self.escalate, "escalation")),
                      asyncio.create_task(self._loop(self.run_schedules, "schedule"))]

    async def close(self) -> None:
        for t in [*self.tasks, *self.deliveries]:
            t.cancel()
        for t in [*self.tasks, *self.deliveries]:
            try:
                await t
            except (asyncio.CancelledError, Exception):
                pass
        if self.session is not None:
            await self.session.close()

    async def _loop(self, step: Any, name: str) -> None:
        every = self.services.config.escalation.check_every_s
        while True:
            await asyncio.sleep(every * (0.8 + 0.4 * random.random()))
            try:
                await step()
            except asyncio.CancelledError:
                raise
            except Exception as e:
                log.warning(f"{name} check failed", extra={"error": type(e).__name__})

    # escalation

    async def escalate(self) -> None:
        """Escalate urgent alerts nobody acknowledged in time: operators and the webhook."""
        services = self.services
        cfg = services.config.escalation
        cutoff = datetime.now(UTC) - timedelta(seconds=cfg.after_s)
        coll = services.store.alerts.coll
        due = await coll.find({"severity": "urgent", "status": "open", "escalated": {"$ne": True},
                               "kind": {"$ne": "escalated"}, "ts": {"$lte": cutoff}}).to_list(100)
        for alert in due:
            claimed = await coll.find_one_and_update(
                {"_id": alert["_id"], "escalated": {"$ne": True}, "status": "open"},
                {"$set": {"escalated": True, "escalated_at": datetime.now(UTC)}})
            if claimed is None:
                continue  # acknowledged meanwhile, or another process took it
            circle = await services.store.circles.get(alert["circle"])
            minutes = max(1, round(cfg.after_s / 60))
            esc = await services.store.alerts.create(
                alert["circle"], "escalated", "urgent",
                f"An urgent {alert['kind']} alert has had no response for {minutes} minutes.",
                message_id=alert.get("message_id"), message_seq=alert.get("message_seq"),
                user=alert.get("user"))
            frame = alert_frame(esc)
            frame["escalates"] = alert["_id"]
            frame["circle_name"] = (circle or {}).get("name")
            services.hub.emit(alert["circle"], frame, "facilitators")
            services.hub.emit_operators(frame)
            await services.store.audit.record(alert["circle"], None, "escalate", alert["_id"],
                                              kind=alert["kind"])
            if cfg.webhook_url:
                payload = {"event": "alert.escalated", "alert": alert_frame(alert),
                           "escalation": frame,
                           "circle": {"id": alert["circle"], "name": (circle or {}).get("name")}}
                task = asyncio.create_task(self.deliver(payload))
                self.deliveries.add(task)
                task.add_done_callback(self.deliveries.discard)

    async def deliver(self, payload: dict[str, Any]) -> bool:
        """POST the payload, signed, retrying with back-off; never blocks the chat."""
        cfg = self.services.config.escalation
        body = orjson.dumps(payload)
        if self.session is None:
            self.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        delay = cfg.retry_initial_s
        for attempt in range(1, cfg.retries + 2):
            ts = str(int(time.time()))
            headers = {"Content-Type": "application/json", "X-Hearth-Timestamp": ts,
                       "X-Hearth-Event": payload["event"], "X-Hearth-Attempt": str(attempt)}
            if cfg.webhook_secret:
                headers["X-Hearth-Signature"] = sign(cfg.webhook_secret, ts, body)
            try:
                async with self.session.post(cfg.webhook_url, data=body, headers=headers) as r:
                    if 200 <= r.status < 300:
                        log.info("webhook delivered", extra={"attempt": attempt})
                        return True
                    log.warning("webhook refused", extra={"status": r.status, "attempt": attempt})
            except (aiohttp.ClientError, TimeoutError) as e:
                log.warning("webhook failed", extra={"error": type(e).__name__, "attempt": attempt})
            await asyncio.sleep(delay)
            delay = min(delay * 2, 300)
        self.services.metrics.webhook_failures.inc()
        return False

    # scheduled sessions

    async def run_schedules(self) -> None:
        """Open or close circles whose weekly schedule says so, once per change."""
        services = self.services
        coll = services.store.circles.circles
        now = datetime.now(UTC)
        async for circle in coll.find({"schedule": {"$ne": None}}):
            schedule = circle.get("schedule")
            if not schedule:
                continue
            want = is_open(schedule, now)
            if circle.get("schedule_state") == want:
                continue  # the schedule did not change its mind: leave manual changes be
            doc = await coll.find_one_and_update(
                {"_id": circle["_id"], "schedule_state": circle.get("schedule_state")},
                {"$set": {"schedule_state": want, "open": want}}, return_document=True)
            if doc is None:
                continue
            services.hub.circle_changed(doc)
            services.hub.emit(doc["_id"], {"type": "circle_update", "circle": doc["_id"],
                                           "open": want, "by": "schedule"})
            await services.store.audit.record(doc["_id"], None,
                                              "open_session" if want else "close_session",
                                              reason="schedule")
