"""Users and their sessions."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo.errors import DuplicateKeyError

from ..errors import Conflict
from .db import Database, guard


def new_id() -> str:
    return uuid.uuid4().hex


def now() -> datetime:
    return datetime.now(UTC)


def token_hash(token: str) -> str:
    """Sessions are stored by the hash of their token: a leaked database holds no usable token."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def public_user(doc: dict[str, Any]) -> dict[str, Any]:
    return {"id": doc["_id"], "username": doc["username"], "display_name": doc["display_name"],
            "role": doc.get("role", "member")}


class Users:
    def __init__(self, database: Database) -> None:
        self.coll = database.db["users"]

    async def create(self, username: str, password_hash: str, display_name: str,
                     role: str = "member") -> dict[str, Any]:
        doc = {"_id": new_id(), "username": username.lower(), "display_name": display_name,
               "password_hash": password_hash, "role": role, "created_at": now(),
               "password_changed_at": now()}
        with guard():
            try:
                await self.coll.insert_one(doc)
            except DuplicateKeyError:
                raise Conflict("That username is taken. Please choose another.",
                               "USERNAME_TAKEN") from None
        return doc

    async def discard(self, user_id: str) -> None:
        """Remove an account created moments ago whose registration did not complete."""
        with guard():
            await self.coll.delete_one({"_id": user_id})

    async def by_username(self, username: str) -> dict[str, Any] | None:
        with guard():
            return await self.coll.find_one({"username": username.lower(), "deleted": {"$ne": True}})

    async def get(self, user_id: str) -> dict[str, Any] | None:
        with guard():
            return await self.coll.find_one({"_id": user_id, "deleted": {"$ne": True}})

    async def count(self) -> int:
        with guard():
            return await self.coll.count_documents({})

    async def set_password(self, user_id: str, password_hash: str) -> None:
        with guard():
            await self.coll.update_one({"_id": user_id}, {"$set": {
                "password_hash": password_hash, "password_changed_at": now()}})

    async def set_role(self, user_id: str, role: str) -> None:
        with guard():
            await self.coll.update_one({"_id": user_id}, {"$set": {"role": role}})


class Sessions:
    def __init__(self, database: Database) -> None:
        self.coll = database.db["sessions"]

    async def create(self, user_id: str, ttl_s: int) -> tuple[str, dict[str, Any]]:
        """A new random token (256 bits); only its hash is stored."""
        token = secrets.token_urlsafe(32)
        doc = {"_id": token_hash(token), "user": user_id, "created_at": now(),
               "expires_at": now() + timedelta(seconds=ttl_s)}
        with guard():
            await self.coll.insert_one(doc)
        return token, doc

    async def lookup(self, token: str) -> dict[str, Any] | None:
        """The live session for a token, or None when unknown, revoked or expired."""
        if not token or len(token) > 200:
            return None
        with guard():
            doc = await self.coll.find_one({"_id": token_hash(token)})
        if doc is None or doc["expires_at"] <= now():
            return None
        return doc

    async def live(self, session_ids: list[str]) -> set[str]:
        """Which of these sessions still exist and have not expired."""
        with guard():
            docs = await self.coll.find({"_id": {"$in": session_ids}, "expires_at": {"$gt": now()}},
                                        {"_id": 1}).to_list(None)
        return {d["_id"] for d in docs}

    async def revoke(self, session_id: str) -> None:
        with guard():
            await self.coll.delete_one({"_id": session_id})

    async def revoke_user(self, user_id: str, keep: str | None = None) -> list[str]:
        """Revoke every session of a user (but ``keep``); returns the revoked ids."""
        query: dict[str, Any] = {"user": user_id}
        if keep:
            query["_id"] = {"$ne": keep}
        with guard():
            ids = [d["_id"] async for d in self.coll.find(query, {"_id": 1})]
            if ids:
                await self.coll.delete_many({"_id": {"$in": ids}})
        return ids
