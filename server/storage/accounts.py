"""One person's data across every collection: export it, erase it, shorten its retention.

Erasing keeps the shape of the circle's history (a message's ``seq`` stays, as
a tombstone) but leaves nothing that a person wrote or was called: no text,
no username, no display name. What remains is the user's opaque id, which
names nobody once the user document is emptied.

Any new collection that stores a user's words or names must be added here
(``erase`` and ``export``), or an erased account leaves something behind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from .db import Database, guard
from .messages import VISIBLE, iso
from .users import now

DELETED_NAME = "Deleted member"
DELETED_BY = "account_deleted"
GENERIC_REASON = "About a member who has since deleted their account."
# Message fields that hold what the author wrote, a version of it, or words about it.
WRITTEN_FIELDS = ("original", "cw", "edits", "history", "reject_reason")
# A message text shorter than this is too common to look for inside other records.
MIN_NEEDLE = 12
# Fields of alerts and audit entries that are structure, never words about someone.
STRUCTURAL = frozenset({"_id", "circle", "kind", "severity", "status", "ts", "message_id",
                        "message_seq", "user", "actor", "action", "target", "author", "role",
                        "decision", "labels", "stages", "failed_stages", "invite"})
# Names shorter than this are not looked for inside other records: too many false finds.
MIN_NAME = 3
DAY_MS = 86_400_000


def _plain(value: Any) -> Any:
    """A JSON-ready copy: datetimes as ISO strings, ``_id`` as ``id``."""
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, dict):
        return {("id" if k == "_id" else k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _mentions(names: Iterable[str], texts: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern that finds a person's names (as words) or long texts they wrote."""
    parts = [rf"(?<!\w){re.escape(n)}(?!\w)" for n in names if len(n) >= MIN_NAME]
    parts += [re.escape(t) for t in texts if len(t) >= MIN_NEEDLE]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _scrub(value: Any, pattern: re.Pattern[str] | None, replacement: Any) -> Any:
    if isinstance(value, str):
        return replacement if pattern is not None and pattern.search(value) else value
    if isinstance(value, dict):
        return {k: v if k in STRUCTURAL else _scrub(v, pattern, replacement)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, pattern, replacement) for v in value]
    return value


class Accounts:
    """Operations over everything stored about one user."""

    def __init__(self, database: Database) -> None:
        db = database.db
        self.users = db["users"]
        self.sessions = db["sessions"]
        self.memberships = db["memberships"]
        self.circles = db["circles"]
        self.messages = db["messages"]
        self.alerts = db["alerts"]
        self.audit = db["audit"]

    async def _circle_ids(self, user_id: str) -> list[str]:
        """Every circle the user was ever in, whatever the membership's state."""
        with guard():
            docs = await self.memberships.find({"user": user_id}, {"circle": 1}).to_list(None)
            authored = await self.messages.distinct("circle", {"author": user_id})
        return sorted({d["circle"] for d in docs} | set(authored))

    async def _reacted(self, user_id: str, circles: list[str]) -> list[tuple[dict[str, Any], str]]:
        """(message, emoji) for each reaction the user made."""
        if not circles:
            return []
        with guard():
            docs = await self.messages.find(
                {"circle": {"$in": circles}, "reactions": {"$exists": True}},
                {"circle": 1, "seq": 1, "reactions": 1}).to_list(None)
        return [(d, emoji) for d in docs for emoji, users in (d.get("reactions") or {}).items()
                if user_id in (users or [])]

    def _about(self, user_id: str, message_ids: list[str]) -> dict[str, Any]:
        return {"$or": [{"actor": user_id}, {"target": user_id}, {"details.author": user_id},
                        {"details.user": user_id}, {"target": {"$in": message_ids}}]}

    # export

    async def export(self, user: dict[str, Any]) -> dict[str, Any]:
        """Everything stored about a user, as JSON-ready data (never the password hash)."""
        uid = user["_id"]
        circles = await self._circle_ids(uid)
        with guard():
            memberships = await self.memberships.find({"user": uid}).to_list(None)
            names = {c["_id"]: c.get("name", "") for c in
                     await self.circles.find({"_id": {"$in": circles}}, {"name": 1}).to_list(None)}
            messages = await self.messages.find({"author": uid}).sort("ts", 1).to_list(None)
            sessions = await self.sessions.count_documents({"user": uid})
            ids = [m["_id"] for m in messages]
            audit = await self.audit.find(self._about(uid, ids)).sort("ts", 1).to_list(None)
        reactions = await self._reacted(uid, circles)
        profile = {k: v for k, v in user.items() if k != "password_hash"}
        return {
            "exported_at": iso(now()),
            "user": _plain(profile),
            "memberships": [_plain({
                "circle": m["circle"], "circle_name": names.get(m["circle"], ""),
                "role": m.get("role"), "state": m.get("state"),
                "display_name": m.get("display_name"), "joined_at": m.get("joined_at"),
                "ended_at": m.get("ended_at"), "muted": m.get("muted", False),
                "agreement_version": m.get("agreement_version"),
                "agreement_accepted_at": m.get("agreement_accepted_at")}) for m in memberships],
            "messages": [_plain({
                "id": m["_id"], "circle": m["circle"],
                "seq": m["seq"] if m.get("seq", 0) > 0 else None,
                "status": m.get("status"), "text": m.get("text", ""),
                "original": m.get("original"), "cw": m.get("cw"), "ts": m.get("ts"),
                "reply_to": m.get("reply_to"), "edited_at": m.get("edited_at"),
                "deleted": bool(m.get("deleted")), "expire_at": m.get("expire_at")})
                for m in messages],
            "reactions": [{"circle": d["circle"], "seq": d.get("seq"), "message_id": d["_id"],
                           "emoji": emoji} for d, emoji in reactions],
            "sessions": {"count": sessions},
            "audit": [_plain(a) for a in audit],
        }

    # erase

    async def tombstone_messages(self, user_id: str) -> list[dict[str, Any]]:
        """Empty every message the user wrote; returns those that were not yet tombstones."""
        query = {"author": user_id, "$or": [{"deleted": {"$ne": True}},
                                           {"deleted_by": {"$ne": DELETED_BY}},
                                           {"author_name": {"$ne": ""}}]}
        with guard():
            docs = await self.messages.find(query, {"circle": 1, "seq": 1, "status": 1,
                                                    "deleted": 1}).to_list(None)
            await self.messages.update_many({"author": user_id}, {
                "$set": {"text": "", "author_name": "", "deleted": True, "deleted_by": DELETED_BY,
                         "deleted_at": now()},
                "$unset": {f: "" for f in WRITTEN_FIELDS}})
            # A message still waiting for review will never be reviewed now.
            await self.messages.update_many({"author": user_id, "status": "held"},
                                            {"$set": {"status": "withdrawn"}})
        return docs

    async def erase(self, user: dict[str, Any]) -> dict[str, Any]:
        """Erase a user's words and names everywhere; keep only their opaque id.

        Returns what changed: the tombstoned visible messages (for live clients) and
        the circles whose membership ended, with counts.
        """
        uid = user["_id"]
        names = {user.get("username", ""), user.get("display_name", "")}
        circles = await self._circle_ids(uid)
        with guard():
            names |= {m.get("display_name", "") for m in
                      await self.memberships.find({"user": uid}).to_list(None)}
            texts = {t for m in await self.messages.find({"author": uid}).to_list(None)
                     for t in (m.get("text"), m.get("original"), m.get("cw")) if t}
            revoked = (await self.sessions.delete_many({"user": uid})).deleted_count
        pattern = _mentions(names - {DELETED_NAME}, texts)
        tombstoned = await self.tombstone_messages(uid)
        with guard():
            message_ids = await self.messages.distinct("_id", {"author": uid})
            ended = await self.memberships.find({"user": uid, "state": "member"},
                                                {"circle": 1}).to_list(None)
            await self.memberships.update_many({"user": uid}, {
                "$set": {"state": "left", "display_name": DELETED_NAME, "ended_at": now(),
                         "ended_by": DELETED_BY},
                "$unset": {"reason": "", "note": ""}})
        reactions = await self._reacted(uid, circles)
        with guard():
            for doc, emoji in reactions:
                await self.messages.update_one({"_id": doc["_id"]},
                                               {"$pull": {f"reactions.{emoji}": uid}})
        alerts = await self._scrub_alerts(uid, message_ids, circles, pattern)
        audit = await self._scrub_audit(uid, message_ids, circles, pattern)
        with guard():
            await self.users.replace_one({"_id": uid}, {
                "_id": uid, "username": f"deleted-{uid}", "display_name": DELETED_NAME,
                "role": "member", "deleted": True, "deleted_at": now()})
        # A send that was in flight while the sessions ended is erased too.
        tombstoned += await self.tombstone_messages(uid)
        visible = [{"circle": d["circle"], "seq": d["seq"]} for d in tombstoned
                   if d.get("status") in VISIBLE and d.get("seq", 0) > 0 and not d.get("deleted")]
        return {"user": uid, "messages": len(message_ids), "visible": visible,
                "ended": [m["circle"] for m in ended], "sessions": revoked,
                "reactions": len(reactions), "alerts": alerts, "audit": audit}

    async def _scrub_alerts(self, uid: str, message_ids: list[str], circles: list[str],
                            pattern: re.Pattern[str] | None) -> int:
        with guard():
            docs = await self.alerts.find({"$or": [
                {"user": uid}, {"message_id": {"$in": message_ids}},
                {"circle": {"$in": circles}}]}).to_list(None)
        changed = 0
        for doc in docs:
            about = doc.get("user") == uid or doc.get("message_id") in message_ids
            new = _scrub(doc, pattern, GENERIC_REASON)
            if about:
                new["reason"] = GENERIC_REASON
                if new.get("note"):
                    new["note"] = GENERIC_REASON
            if new != doc:
                with guard():
                    await self.alerts.replace_one({"_id": doc["_id"]}, new)
                changed += 1
        return changed

    async def _scrub_audit(self, uid: str, message_ids: list[str], circles: list[str],
                           pattern: re.Pattern[str] | None) -> int:
        with guard():
            docs = await self.audit.find({"$or": [
                self._about(uid, message_ids), {"circle": {"$in": circles}},
                {"circle": None}]}).to_list(None)
        about_ids = {d["_id"] for d in docs if _is_about(d, uid, message_ids)}
        changed = 0
        for doc in docs:
            new = _scrub(doc, pattern, None)
            if doc["_id"] in about_ids and new.get("reason"):
                new["reason"] = None
            if new != doc:
                with guard():
                    await self.audit.replace_one({"_id": doc["_id"]}, new)
                changed += 1
        return changed

    # retention

    async def set_circle_retention(self, circle_id: str, days: int) -> int:
        """Every message of the circle now expires ``days`` after it was sent."""
        with guard():
            result = await self.messages.update_many(
                {"circle": circle_id},
                [{"$set": {"expire_at": {"$add": ["$ts", days * DAY_MS]}}}])
        return result.modified_count

    async def set_user_retention(self, user_id: str, days: int | None) -> int:
        """Keep the user's choice, and bring forward the expiry of what they already wrote."""
        with guard():
            await self.users.update_one({"_id": user_id}, {"$set": {"retention_days": days}})
            if days is None:
                return 0
            docs = await self.messages.find({"author": user_id},
                                            {"ts": 1, "expire_at": 1}).to_list(None)
            changed = 0
            for d in docs:
                due = d["ts"] + timedelta(days=days)
                if d.get("expire_at") is None or due < d["expire_at"]:
                    await self.messages.update_one({"_id": d["_id"]},
                                                   {"$set": {"expire_at": due}})
                    changed += 1
        return changed


def _is_about(doc: dict[str, Any], uid: str, message_ids: list[str]) -> bool:
    details = doc.get("details") or {}
    return (uid in (doc.get("actor"), doc.get("target"), details.get("author"),
                    details.get("user")) or doc.get("target") in message_ids)
