"""Messages: the store of record, with gap-free per-circle ``seq``.

How ``seq`` stays gap-free across processes without a counter document:
a visible message is inserted with ``seq = last + 1`` under a unique
``(circle, seq)`` index. A seq exists only if a message holds it, so there
can be no gap; if another process took that seq first the insert fails with
a duplicate key and the writer re-reads the circle's last seq and tries
again. Held and blocked messages park on a random negative seq (so the same
unique index and the ``(author, client_id)`` idempotency index cover every
message) and get the next positive seq only if a facilitator approves them.

Writes go through ``Committer``, which gathers the sends that arrive while
a write is in flight into one ordered ``insert_many`` (group commit). Ordered
inserts stop at the first failure, so the stored part of a batch is always a
contiguous run of seqs.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo import DESCENDING, ReturnDocument
from pymongo.errors import BulkWriteError, DuplicateKeyError, PyMongoError

from ..errors import Unavailable
from .db import Database, guard, is_unavailable

log = logging.getLogger("hearth.messages")

VISIBLE = ("delivered", "redacted")
# Seq conflicts happen only when processes write to one circle at once; each
# retry re-reads the circle's last seq, so this bounds a pathological race.
MAX_ATTEMPTS = 50


def iso(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z")


def message_frame(doc: dict[str, Any]) -> dict[str, Any]:
    """The wire form of a stored visible message (its current state)."""
    frame: dict[str, Any] = {
        "type": "message", "circle": doc["circle"], "seq": doc["seq"], "id": doc["_id"],
        "author": {"id": doc["author"], "display_name": doc.get("author_name", "")},
        "text": doc.get("text", ""), "ts": iso(doc["ts"]),
    }
    if doc.get("reply_to") is not None:
        frame["reply_to"] = doc["reply_to"]
    if doc.get("status") == "redacted":
        frame["redacted"] = True
    if doc.get("cw"):
        frame["cw"] = doc["cw"]
    if doc.get("edited_at") is not None:
        frame["edited_at"] = iso(doc["edited_at"])
    if doc.get("deleted"):
        frame["deleted"] = True
        frame["deleted_by"] = doc.get("deleted_by", "author")
        frame["text"] = ""
        frame.pop("cw", None)
    reactions = {k: v for k, v in (doc.get("reactions") or {}).items() if v}
    if reactions:
        frame["reactions"] = reactions
    return frame


def held_frame(doc: dict[str, Any]) -> dict[str, Any]:
    return {"type": "held", "circle": doc["circle"], "id": doc["_id"],
            "author": {"id": doc["author"], "display_name": doc.get("author_name", "")},
            "text": doc.get("original") or doc.get("text", ""), "ts": iso(doc["ts"]),
            "reasons": doc.get("reasons", [])}


def parked_seq() -> int:
    return -random.randint(1, 2**62)


class _Pending:
    __slots__ = ("doc", "future")

    def __init__(self, doc: dict[str, Any], future: asyncio.Future[tuple[dict[str, Any], bool]]):
        self.doc = doc
        self.future = future


class Messages:
    def __init__(self, database: Database) -> None:
        self.coll = database.db["messages"]

    async def last_seq(self, circle: str) -> int:
        with guard():
            doc = await self.coll.find_one({"circle": circle, "seq": {"$gt": 0}},
                                           {"seq": 1}, sort=[("seq", DESCENDING)])
        return int(doc["seq"]) if doc else 0

    async def range(self, circle: str, after: int, upto: int | None = None,
                    limit: int = 200) -> list[dict[str, Any]]:
        """Visible messages with after < seq <= upto, oldest first."""
        cond: dict[str, Any] = {"$gt": max(after, 0)}
        if upto is not None:
            cond["$lte"] = upto
        with guard():
            return await self.coll.find({"circle": circle, "seq": cond}).sort(
                "seq", 1).limit(limit).to_list(None)

    async def before(self, circle: str, before: int | None, limit: int) -> list[dict[str, Any]]:
        """The ``limit`` visible messages just before ``before`` (or the newest), oldest first."""
        cond: dict[str, Any] = {"$gt": 0}
        if before is not None:
            cond["$lt"] = before
        with guard():
            docs = await self.coll.find({"circle": circle, "seq": cond}).sort(
                "seq", DESCENDING).limit(limit).to_list(None)
        docs.reverse()
        return docs

    async def by_seq(self, circle: str, seq: int) -> dict[str, Any] | None:
        with guard():
            return await self.coll.find_one({"circle": circle, "seq": seq})

    async def by_id(self, message_id: str) -> dict[str, Any] | None:
        with guard():
            return await self.coll.find_one({"_id": message_id})

    async def by_client_id(self, author: str, client_id: str) -> dict[str, Any] | None:
        with guard():
            return await self.coll.find_one({"author": author, "client_id": client_id})

    async def held(self, circle: str) -> list[dict[str, Any]]:
        with guard():
            # Held messages park on negative seqs: the (circle, seq) index finds them.
            return await self.coll.find({"circle": circle, "seq": {"$lt": 0},
                                         "status": "held"}).sort(
                "ts", 1).to_list(None)

    async def update(self, circle: str, seq: int, query: dict[str, Any],
                     update: dict[str, Any]) -> dict[str, Any] | None:
        with guard():
            return await self.coll.find_one_and_update(
                {"circle": circle, "seq": seq, **query}, update,
                return_document=ReturnDocument.AFTER)

    async def toggle_reaction(self, circle: str, seq: int, user: str, emoji: str,
                              ) -> tuple[dict[str, Any] | None, bool]:
        """Add the user's reaction, or take it away if it was there. Returns (doc, on)."""
        key = f"reactions.{emoji}"
        base = {"circle": circle, "seq": seq, "deleted": {"$ne": True}}
        with guard():
            doc = await self.coll.find_one_and_update(
                {**base, key: {"$ne": user}}, {"$addToSet": {key: user}},
                return_document=ReturnDocument.AFTER)
            if doc is not None:
                return doc, True
            doc = await self.coll.find_one_and_update(
                {**base, key: user}, {"$pull": {key: user}}, return_document=ReturnDocument.AFTER)
        return doc, False

    async def update_held(self, message_id: str, fields: dict[str, Any]) -> dict[str, Any] | None:
        """Change a message that is still held; None if it no longer is."""
        with guard():
            return await self.coll.find_one_and_update(
                {"_id": message_id, "status": "held"}, {"$set": fields},
                return_document=ReturnDocument.AFTER)

    async def publish_held(self, message_id: str, fields: dict[str, Any],
                           committer: Committer) -> dict[str, Any] | None:
        """Give an approved held message the circle's next seq. None if it was not pending."""
        doc = await self.by_id(message_id)
        if doc is None or doc.get("status") != "held":
            return None
        return await committer.promote(doc, fields)


class Committer:
    """Group commit for new messages, with per-circle seq allocation.

    ``submit`` returns ``(stored_doc, duplicate)``: the document as stored,
    and whether it was an earlier message with the same ``(author,
    client_id)``. It raises ``Unavailable`` if the database cannot store it;
    nothing is acknowledged that is not stored.
    """

    def __init__(self, messages: Messages, max_batch: int = 64, metrics: Any = None) -> None:
        self.messages = messages
        self.coll = messages.coll
        self.max_batch = max_batch
        self.metrics = metrics
        self.last: dict[str, int] = {}
        self.queue: list[_Pending] = []
        self.wakeup = asyncio.Event()
        self.task: asyncio.Task[None] | None = None
        self.promote_lock = asyncio.Lock()
        # Called in seq order for every visible message this process stores.
        self.on_stored: Callable[[dict[str, Any]], None] | None = None

    def start(self) -> None:
        self.task = asyncio.create_task(self._run(), name="committer")

    async def close(self) -> None:
        """Finish what is queued, then stop."""
        if self.task is None:
            return
        while self.queue:
            await asyncio.sleep(0.01)
        self.task.cancel()
        try:
            await self.task
        except asyncio.CancelledError:
            pass
        self.task = None

    async def submit(self, doc: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        fut: asyncio.Future[tuple[dict[str, Any], bool]] = asyncio.get_running_loop().create_future()
        self.queue.append(_Pending(doc, fut))
        self.wakeup.set()
        return await fut

    def forget(self, circles: Iterable[str]) -> None:
        for c in circles:
            self.last.pop(c, None)

    async def _run(self) -> None:
        while True:
            await self.wakeup.wait()
            self.wakeup.clear()
            while self.queue:
                batch, self.queue = self.queue[: self.max_batch], self.queue[self.max_batch:]
                try:
                    await self._write(batch)
                except Exception as e:  # never let one batch kill the writer
                    err = _unavailable() if is_unavailable(e) or isinstance(e, PyMongoError) else e
                    if not isinstance(err, Unavailable):
                        log.exception("message write failed")
                        err = _unavailable()
                    self.forget(p.doc["circle"] for p in batch)
                    for p in batch:
                        if not p.future.done():
                            p.future.set_exception(err)
                    if self.metrics is not None:
                        self.metrics.db_errors.inc()

    async def _seq_base(self, circles: set[str]) -> None:
        missing = [c for c in circles if c not in self.last]
        for c in missing:
            self.last[c] = await self.messages.last_seq(c)

    async def _write(self, batch: list[_Pending]) -> None:
        started = time.perf_counter()
        for attempt in range(MAX_ATTEMPTS):
            if not batch:
                break
            if attempt:
                # Another process is writing to the same circle: step aside a moment.
                await asyncio.sleep(random.random() * 0.002 * min(attempt, 10))
            await self._seq_base({p.doc["circle"] for p in batch if p.doc["status"] in VISIBLE})
            assigned = dict(self.last)
            for p in batch:
                if p.doc["status"] in VISIBLE:
                    c = p.doc["circle"]
                    assigned[c] += 1
                    p.doc["seq"] = assigned[c]
                else:
                    p.doc["seq"] = parked_seq()
            try:
                await self.coll.insert_many([p.doc for p in batch], ordered=True)
            except BulkWriteError as e:
                details = e.details or {}
                n = int(details.get("nInserted", 0))
                self._settle(batch[:n])
                errors = details.get("writeErrors") or []
                if not errors or errors[0].get("code") != 11000:
                    raise
                failed = batch[n]
                rest = batch[n + 1:]
                self.forget({p.doc["circle"] for p in batch})
                if "client_id" in (errors[0].get("keyPattern") or {}):
                    existing = await self.messages.by_client_id(failed.doc["author"],
                                                                failed.doc["client_id"])
                    if existing is None:  # raced with a deletion; try it again
                        rest = [failed, *rest]
                    elif not failed.future.done():
                        failed.future.set_result((existing, True))
                else:
                    rest = [failed, *rest]
                batch = rest
                continue
            self._settle(batch)
            batch = []
        if batch:
            raise Unavailable("The server is very busy. Please try again in a moment.")
        if self.metrics is not None:
            self.metrics.commit_seconds.observe(time.perf_counter() - started)

    def _settle(self, stored: list[_Pending]) -> None:
        for p in stored:
            if p.doc["status"] in VISIBLE:
                c = p.doc["circle"]
                self.last[c] = max(self.last.get(c, 0), p.doc["seq"])
                self._notify(p.doc)
            if not p.future.done():
                p.future.set_result((p.doc, False))

    def _notify(self, doc: dict[str, Any]) -> None:
        if self.on_stored is not None:
            try:
                self.on_stored(doc)
            except Exception:
                log.exception("delivery of a stored message failed")

    async def promote(self, doc: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any] | None:
        """Move a parked (held) message onto the next seq of its circle."""
        circle = doc["circle"]
        async with self.promote_lock:
            for attempt in range(MAX_ATTEMPTS):
                if attempt:
                    await asyncio.sleep(random.random() * 0.002 * min(attempt, 10))
                await self._seq_base({circle})
                seq = self.last[circle] + 1
                try:
                    with guard():
                        updated = await self.coll.find_one_and_update(
                            {"_id": doc["_id"], "status": "held"},
                            {"$set": {**fields, "seq": seq}},
                            return_document=ReturnDocument.AFTER)
                except DuplicateKeyError:
                    self.forget([circle])
                    continue
                if updated is not None:
                    self.last[circle] = max(self.last.get(circle, 0), seq)
                    self._notify(updated)
                return updated
        raise Unavailable("The server is very busy. Please try again in a moment.")


def _unavailable() -> Unavailable:
    return Unavailable("Your message could not be saved just now. It will be sent again "
                       "when the connection recovers.")


def expiry(ts: datetime, retention_days: int | None) -> datetime | None:
    if not retention_days:
        return None
    return ts + timedelta(days=retention_days)
