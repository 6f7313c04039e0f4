"""The audit log: who did what, when and why. Never message text."""

from __future__ import annotations

from typing import Any

from .db import Database, guard
from .users import new_id, now


class Audit:
    def __init__(self, database: Database) -> None:
        self.coll = database.db["audit"]

    async def record(self, circle: str | None, actor: str | None, action: str,
                     target: str | None = None, reason: str | None = None,
                     **details: Any) -> None:
        doc = {"_id": new_id(), "circle": circle, "ts": now(), "actor": actor,
               "action": action, "target": target, "reason": reason, "details": details}
        with guard():
            await self.coll.insert_one(doc)
