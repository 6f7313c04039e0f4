"""Connecting to MongoDB, creating indexes, and mapping driver errors.

Every store method that talks to the database runs through ``guard`` so a
database that does not answer becomes ``Unavailable`` (503, retryable) rather
than a hang or a traceback.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import Any

from pymongo import ASCENDING, AsyncMongoClient, WriteConcern
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import (
    AutoReconnect,
    ConnectionFailure,
    ExecutionTimeout,
    NetworkTimeout,
    OperationFailure,
    PyMongoError,
    ServerSelectionTimeoutError,
    WTimeoutError,
)

from ..config import MongoConfig
from ..errors import Unavailable

log = logging.getLogger("hearth.storage")

UNAVAILABLE_ERRORS = (AutoReconnect, ConnectionFailure, ServerSelectionTimeoutError,
                      NetworkTimeout, ExecutionTimeout, WTimeoutError)


@contextlib.contextmanager
def guard(metrics: Any = None) -> Any:
    """Turn driver failures into a coded, retryable error."""
    try:
        yield
    except UNAVAILABLE_ERRORS as e:
        if metrics is not None:
            metrics.db_errors.inc()
        log.warning("database unavailable", extra={"error": type(e).__name__})
        raise Unavailable("The server cannot reach its database right now. "
                          "Please try again in a moment.") from None


def is_unavailable(exc: BaseException) -> bool:
    return isinstance(exc, UNAVAILABLE_ERRORS)


def make_client(cfg: MongoConfig, url: str) -> AsyncMongoClient[dict[str, Any]]:
    return AsyncMongoClient(
        url,
        serverSelectionTimeoutMS=cfg.timeout_ms,
        connectTimeoutMS=min(cfg.timeout_ms, 5000),
        socketTimeoutMS=max(cfg.timeout_ms * 2, 10000),
        retryWrites=cfg.retry_writes,
        tz_aware=True,
        uuidRepresentation="standard",
    )


def write_concern(cfg: MongoConfig) -> WriteConcern:
    w: int | str = int(cfg.write_concern) if cfg.write_concern.isdigit() else cfg.write_concern
    return WriteConcern(w=w, j=cfg.journal or None)


# (collection, keys, options). Each query the server makes has one of these.
INDEXES: list[tuple[str, list[tuple[str, int]], dict[str, Any]]] = [
    ("users", [("username", ASCENDING)], {"unique": True}),
    ("sessions", [("user", ASCENDING)], {}),
    ("sessions", [("expires_at", ASCENDING)], {"expireAfterSeconds": 0}),
    ("memberships", [("user", ASCENDING)], {}),
    ("memberships", [("circle", ASCENDING), ("state", ASCENDING)], {}),
    ("invites", [("circle", ASCENDING)], {}),
    # Visible messages have seq >= 1; held and blocked ones park on a unique
    # negative seq until approved (see storage.messages).
    ("messages", [("circle", ASCENDING), ("seq", ASCENDING)], {"unique": True}),
    ("messages", [("author", ASCENDING), ("client_id", ASCENDING)], {"unique": True}),
    ("messages", [("expire_at", ASCENDING)], {"expireAfterSeconds": 0}),
    ("alerts", [("circle", ASCENDING), ("status", ASCENDING)], {}),
    ("audit", [("circle", ASCENDING), ("ts", ASCENDING)], {}),
]


@dataclass
class Database:
    client: AsyncMongoClient[dict[str, Any]]
    db: AsyncDatabase[dict[str, Any]]

    async def ping(self) -> bool:
        try:
            await self.client.admin.command("ping")
            return True
        except PyMongoError:
            return False

    async def ensure_indexes(self, audit_days: int = 365, alerts_days: int = 180) -> None:
        for coll, keys, opts in INDEXES:
            await self.db[coll].create_index(keys, **opts)
        await self.ensure_ttl("audit", "ts", audit_days * 86400)
        await self.ensure_ttl("alerts", "ts", alerts_days * 86400)

    async def ensure_ttl(self, coll: str, key: str, seconds: int) -> None:
        """A TTL index on ``key``, changing its expiry in place if it already exists."""
        try:
            await self.db[coll].create_index([(key, ASCENDING)], expireAfterSeconds=seconds)
        except OperationFailure as e:
            if e.code not in (85, 86):  # IndexOptionsConflict, IndexKeySpecsConflict
                raise
            await self.db.command({"collMod": coll, "index": {
                "keyPattern": {key: 1}, "expireAfterSeconds": seconds}})

    async def close(self) -> None:
        await self.client.close()


async def connect(cfg: MongoConfig, url: str, audit_days: int = 365,
                  alerts_days: int = 180) -> Database:
    client = make_client(cfg, url)
    db = client.get_database(cfg.database, write_concern=write_concern(cfg))
    database = Database(client, db)
    await database.ensure_indexes(audit_days, alerts_days)
    return database




