"""Alerts for facilitators: crisis, held messages, reports, moderation failures."""

from __future__ import annotations

from typing import Any

from pymongo import ReturnDocument

from .db import Database, guard
from .messages import iso
from .users import new_id, now

SEVERITY_ORDER = {"urgent": 0, "high": 1, "info": 2}


def alert_frame(doc: dict[str, Any]) -> dict[str, Any]:
    frame = {"type": "alert", "id": doc["_id"], "circle": doc["circle"], "kind": doc["kind"],
             "severity": doc["severity"], "reason": doc["reason"], "status": doc["status"],
             "ts": iso(doc["ts"])}
    for key in ("message_id", "message_seq", "user"):
        if doc.get(key) is not None:
            frame[key] = doc[key]
    if doc.get("acked_by"):
        frame["acked_by"] = doc["acked_by"]
    return frame


class Alerts:
    def __init__(self, database: Database) -> None:
        self.coll = database.db["alerts"]

    async def create(self, circle: str, kind: str, severity: str, reason: str,
                     message_id: str | None = None, message_seq: int | None = None,
                     user: str | None = None) -> dict[str, Any]:
        doc = {"_id": new_id(), "circle": circle, "kind": kind, "severity": severity,
               "reason": reason, "status": "open", "ts": now(), "message_id": message_id,
               "message_seq": message_seq, "user": user}
        with guard():
            await self.coll.insert_one(doc)
        return doc

    async def get(self, circle: str, alert_id: str) -> dict[str, Any] | None:
        with guard():
            return await self.coll.find_one({"_id": alert_id, "circle": circle})

    async def list(self, circle: str, status: str | None = None) -> list[dict[str, Any]]:
        query: dict[str, Any] = {"circle": circle}
        if status == "open":
            query["status"] = {"$in": ["open", "acknowledged"]}
        elif status:
            query["status"] = status
        with guard():
            docs = await self.coll.find(query).sort("ts", -1).limit(500).to_list(None)
        docs.sort(key=lambda d: (SEVERITY_ORDER.get(d["severity"], 9), -d["ts"].timestamp()))
        return docs

    async def set_status(self, circle: str, alert_id: str, status: str, by: str,
                         note: str | None = None, only_from: tuple[str, ...] = ()) -> dict[str, Any] | None:
        query: dict[str, Any] = {"_id": alert_id, "circle": circle}
        if only_from:
            query["status"] = {"$in": list(only_from)}
        fields: dict[str, Any] = {"status": status, f"{status}_by": by, f"{status}_at": now()}
        if status == "acknowledged":
            fields["acked_by"] = by
        if note is not None:
            fields["note"] = note
        with guard():
            return await self.coll.find_one_and_update(query, {"$set": fields},
                                                       return_document=ReturnDocument.AFTER)

    async def resolve_for_message(self, circle: str, message_id: str, by: str) -> list[dict[str, Any]]:
        with guard():
            docs = await self.coll.find({"circle": circle, "message_id": message_id, "kind": "held",
                                         "status": {"$ne": "resolved"}}).to_list(None)
            out = []
            for d in docs:
                updated = await self.set_status(circle, d["_id"], "resolved", by, "reviewed")
                if updated is not None:
                    out.append(updated)
        return out
