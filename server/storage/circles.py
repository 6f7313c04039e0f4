"""Circles, memberships and invite codes."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Any

from pymongo import ReturnDocument

from ..errors import Conflict, Forbidden, NotFound
from .db import Database, guard
from .users import new_id, now

CIRCLE_FIELDS = ("name", "description", "capacity", "agreement", "agreement_version",
                 "slow_mode_s", "open")


def public_circle(doc: dict[str, Any]) -> dict[str, Any]:
    out = {"id": doc["_id"]}
    for key in CIRCLE_FIELDS:
        out[key] = doc.get(key)
    out["retention_days"] = doc.get("retention_days")
    out["created_at"] = doc["created_at"].isoformat() if doc.get("created_at") else None
    return out


def invite_code() -> str:
    # 12 characters from a 32-letter alphabet without look-alikes: 60 bits,
    # with an expiry and a use limit; easy to read out over the phone.
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(12))


class Circles:
    def __init__(self, database: Database) -> None:
        self.circles = database.db["circles"]
        self.members = database.db["memberships"]
        self.invites = database.db["invites"]

    # circles

    async def create(self, name: str, description: str, capacity: int, agreement: str,
                     retention_days: int, created_by: str) -> dict[str, Any]:
        doc = {"_id": new_id(), "name": name, "description": description, "capacity": capacity,
               "agreement": agreement, "agreement_version": 1, "slow_mode_s": 0, "open": True,
               "retention_days": retention_days, "created_at": now(), "created_by": created_by}
        with guard():
            await self.circles.insert_one(doc)
        return doc

    async def get(self, circle_id: str) -> dict[str, Any] | None:
        with guard():
            return await self.circles.find_one({"_id": circle_id})

    async def require(self, circle_id: str) -> dict[str, Any]:
        doc = await self.get(circle_id) if isinstance(circle_id, str) else None
        if doc is None:
            raise NotFound("There is no such circle.", "CIRCLE_NOT_FOUND")
        return doc

    async def all(self) -> list[dict[str, Any]]:
        with guard():
            return await self.circles.find({}).sort("created_at", 1).to_list(None)

    async def update(self, circle_id: str, fields: dict[str, Any]) -> dict[str, Any] | None:
        with guard():
            return await self.circles.find_one_and_update(
                {"_id": circle_id}, {"$set": fields}, return_document=ReturnDocument.AFTER)

    # memberships

    async def membership(self, circle_id: str, user_id: str) -> dict[str, Any] | None:
        with guard():
            return await self.members.find_one({"_id": f"{circle_id}:{user_id}"})

    async def active_membership(self, circle_id: str, user_id: str) -> dict[str, Any] | None:
        doc = await self.membership(circle_id, user_id)
        return doc if doc is not None and doc.get("state") == "member" else None

    async def members_of(self, circle_id: str) -> list[dict[str, Any]]:
        with guard():
            return await self.members.find({"circle": circle_id, "state": "member"}).to_list(None)

    async def circles_of(self, user_id: str) -> list[dict[str, Any]]:
        with guard():
            return await self.members.find({"user": user_id, "state": "member"}).to_list(None)

    async def add_member(self, circle: dict[str, Any], user: dict[str, Any], role: str,
                         ) -> dict[str, Any]:
        """Join (or rejoin) a circle; accepting its current group agreement, stored with the time."""
        existing = await self.membership(circle["_id"], user["_id"])
        if existing is not None:
            if existing.get("state") == "banned":
                raise Forbidden("You can't join this circle.", "BANNED")
            if existing.get("state") == "member":
                if role == "facilitator" and existing.get("role") != "facilitator":
                    return await self._set_member(existing["_id"], {"role": "facilitator"})
                return existing
        count = len(await self.members_of(circle["_id"]))
        if count >= int(circle.get("capacity") or 12):
            raise Conflict("This circle is full right now.", "CIRCLE_FULL")
        fields = {"circle": circle["_id"], "user": user["_id"], "role": role, "state": "member",
                  "display_name": user["display_name"], "joined_at": now(),
                  "agreement_version": circle.get("agreement_version", 1),
                  "agreement_accepted_at": now(), "muted_until": None, "muted": False}
        with guard():
            return await self.members.find_one_and_update(
                {"_id": f"{circle['_id']}:{user['_id']}"}, {"$set": fields}, upsert=True,
                return_document=ReturnDocument.AFTER)

    async def _set_member(self, member_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        with guard():
            doc = await self.members.find_one_and_update(
                {"_id": member_id}, {"$set": fields}, return_document=ReturnDocument.AFTER)
        if doc is None:
            raise NotFound("That person is not in this circle.", "NOT_A_MEMBER")
        return doc

    async def set_member(self, circle_id: str, user_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        return await self._set_member(f"{circle_id}:{user_id}", fields)

    # invites

    async def create_invite(self, circle_id: str, role: str, max_uses: int, expires_in_s: int,
                            created_by: str) -> dict[str, Any]:
        doc = {"_id": invite_code(), "circle": circle_id, "role": role, "max_uses": max_uses,
               "uses": 0, "expires_at": now() + timedelta(seconds=expires_in_s),
               "created_by": created_by, "created_at": now()}
        with guard():
            await self.invites.insert_one(doc)
        return doc

    async def check_invite(self, code: str) -> dict[str, Any]:
        """The invite for a code if it can still be used; otherwise a clear error."""
        if not isinstance(code, str) or not code or len(code) > 64:
            raise NotFound("That invite code doesn't match any circle. "
                           "Please check it with the person who sent it.", "INVITE_NOT_FOUND")
        with guard():
            doc = await self.invites.find_one({"_id": code.strip().upper()})
        if doc is None:
            raise NotFound("That invite code doesn't match any circle. "
                           "Please check it with the person who sent it.", "INVITE_NOT_FOUND")
        expires: datetime = doc["expires_at"]
        if expires <= now():
            raise Conflict("This invite has expired. Please ask your facilitator for a new one.",
                           "INVITE_EXPIRED")
        if doc["uses"] >= doc["max_uses"]:
            raise Conflict("This invite has already been used as many times as it allows. "
                           "Please ask your facilitator for a new one.", "INVITE_EXHAUSTED")
        return doc

    async def use_invite(self, code: str) -> dict[str, Any]:
        """Count one use atomically, so a code cannot be used more times than allowed."""
        doc = await self.check_invite(code)
        with guard():
            used = await self.invites.find_one_and_update(
                {"_id": doc["_id"], "uses": {"$lt": doc["max_uses"]}},
                {"$inc": {"uses": 1}}, return_document=ReturnDocument.AFTER)
        if used is None:
            raise Conflict("This invite has already been used as many times as it allows. "
                           "Please ask your facilitator for a new one.", "INVITE_EXHAUSTED")
        return used

    async def release_invite(self, code: str) -> None:
        """Give a use back when the join it was counted for did not happen."""
        with guard():
            await self.invites.update_one({"_id": code, "uses": {"$gt": 0}}, {"$inc": {"uses": -1}})
