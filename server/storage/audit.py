"""The audit log: who did what, when and why. Never message text."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any

from ..errors import BadRequest
from .db import Database, guard
from .messages import iso
from .users import new_id, now


def encode_cursor(doc: dict[str, Any]) -> str:
    raw = f"{doc['ts'].timestamp():.6f}|{doc['_id']}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        ts, _id = raw.split("|", 1)
        return datetime.fromtimestamp(float(ts), UTC), _id
    except (ValueError, UnicodeDecodeError):
        raise BadRequest("'before' is not a cursor this server gave out.", "INVALID") from None


def entry(doc: dict[str, Any]) -> dict[str, Any]:
    return {"id": doc["_id"], "ts": iso(doc["ts"]), "actor": doc.get("actor"),
            "action": doc["action"], "target": doc.get("target"), "reason": doc.get("reason"),
            "details": doc.get("details") or {}}


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

    async def page(self, circle: str, before: str | None, limit: int,
                   ) -> tuple[list[dict[str, Any]], str | None]:
        """Newest first; the cursor names the last entry of the page."""
        query: dict[str, Any] = {"circle": circle}
        if before:
            ts, _id = decode_cursor(before)
            query["$or"] = [{"ts": {"$lt": ts}}, {"ts": ts, "_id": {"$lt": _id}}]
        with guard():
            docs = await self.coll.find(query).sort([("ts", -1), ("_id", -1)]).limit(
                limit + 1).to_list(None)
        more = len(docs) > limit
        docs = docs[:limit]
        return docs, encode_cursor(docs[-1]) if more and docs else None
