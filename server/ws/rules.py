"""Whether a member may send right now: pure rules over plain data and a clock.

Kept apart from the handlers so the rules can be tested with any ``now``
(mute expiry, slow mode) without a server.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ..errors import Conflict, Forbidden, HearthError, RateLimited
from ..storage.messages import iso


def mute_until(membership: dict[str, Any] | None, now: float) -> tuple[bool, datetime | None]:
    """(muted, until) at ``now``; until None with muted True means until lifted."""
    if not membership or not membership.get("muted"):
        return False, None
    until = membership.get("muted_until")
    if until is None:
        return True, None
    if isinstance(until, str):
        until = datetime.fromisoformat(until.replace("Z", "+00:00"))
    if until.tzinfo is None:
        until = until.replace(tzinfo=UTC)
    if until.timestamp() <= now:
        return False, None
    return True, until


def send_refusal(membership: dict[str, Any] | None, circle: dict[str, Any], staff: bool,
                 now: float, last_send_at: float | None) -> HearthError | None:
    """The error a send must get, or None if it may go ahead. Facilitators are exempt."""
    if staff:
        return None
    muted, until = mute_until(membership, now)
    if muted:
        when = f" until {until:%H:%M} UTC" if until else " for now"
        return Forbidden(f"A facilitator has paused your messages{when}. You can still read "
                         "along, and you're still part of the circle.", "MUTED",
                         until=iso(until))
    if not circle.get("open", True):
        return Conflict("The circle is closed right now. You can still read along, and you can "
                        "write again when the next session opens.", "SESSION_CLOSED")
    if membership is not None and int(membership.get("agreement_version") or 0) < int(
            circle.get("agreement_version") or 1):
        return Forbidden("The group agreement has changed. Please read it and accept it "
                         "before writing again.", "AGREEMENT_PENDING",
                         agreement_version=circle.get("agreement_version"))
    slow = int(circle.get("slow_mode_s") or 0)
    if slow and last_send_at is not None and now - last_send_at < slow:
        wait = round(slow - (now - last_send_at), 2)
        return RateLimited(f"The circle is in slow mode: one message every {slow} seconds, so "
                           "everyone has room to be heard.", "SLOW_MODE", retry_after_s=wait)
    return None
