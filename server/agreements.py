"""Group agreements: a member accepts the current version before writing."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .errors import Conflict


async def accept(services: Any, circle: dict[str, Any], user_id: str,
                 version: int | None) -> dict[str, Any] | None:
    """Record that a member accepted the circle's current agreement (with the time)."""
    current = int(circle.get("agreement_version") or 1)
    if version is not None and version != current:
        raise Conflict("The agreement changed again; please read the newest version.",
                       "AGREEMENT_CHANGED", agreement_version=current)
    if await services.store.circles.active_membership(circle["_id"], user_id) is None:
        return None
    doc = await services.store.circles.set_member(circle["_id"], user_id, {
        "agreement_version": current, "agreement_accepted_at": datetime.now(UTC)})
    services.hub.member_changed(circle["_id"], user_id, doc)
    return doc
