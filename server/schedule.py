"""Weekly session schedules in a circle's own time zone. Pure functions.

A schedule is ``{"tz": "Europe/London", "slots": [{"day": 1, "open": "19:00",
"close": "21:00"}, ...]}`` with ``day`` 0 = Monday. The circle is open during
any slot; a slot may run past midnight (close earlier than open).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import BadRequest

DAY_MINUTES = 24 * 60
WEEK_MINUTES = 7 * DAY_MINUTES


def _minutes(value: Any, name: str) -> int:
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        raise BadRequest(f"'{name}' must be a time like 19:30.", "INVALID")
    try:
        h, m = int(value[:2]), int(value[3:])
    except ValueError:
        raise BadRequest(f"'{name}' must be a time like 19:30.", "INVALID") from None
    if not (0 <= h < 24 and 0 <= m < 60):
        raise BadRequest(f"'{name}' must be a time like 19:30.", "INVALID")
    return h * 60 + m


def parse_schedule(body: dict[str, Any]) -> dict[str, Any] | None:
    """Validate a schedule from a request body; ``{"slots": []}`` or null clears it."""
    slots = body.get("slots")
    if slots is None or slots == []:
        return None
    tz = body.get("tz")
    if not isinstance(tz, str) or not tz or len(tz) > 64:
        raise BadRequest("'tz' must be a time zone name like Europe/London.", "INVALID")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadRequest(f"Unknown time zone '{tz[:64]}'.", "INVALID") from None
    if not isinstance(slots, list) or len(slots) > 50:
        raise BadRequest("'slots' must be a list of at most 50 slots.", "INVALID")
    out = []
    for i, slot in enumerate(slots):
        if not isinstance(slot, dict):
            raise BadRequest(f"slots[{i}] must be an object.", "INVALID")
        day = slot.get("day")
        if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day <= 6:
            raise BadRequest(f"slots[{i}].day must be 0 (Monday) to 6 (Sunday).", "INVALID")
        start = _minutes(slot.get("open"), f"slots[{i}].open")
        end = _minutes(slot.get("close"), f"slots[{i}].close")
        if start == end:
            raise BadRequest(f"slots[{i}] opens and closes at the same time.", "INVALID")
        out.append({"day": day, "open": slot["open"], "close": slot["close"]})
    return {"tz": tz, "slots": out}


def is_open(schedule: dict[str, Any], now: datetime) -> bool:
    """Whether ``now`` (aware) falls inside any slot, in the schedule's time zone."""
    local = now.astimezone(ZoneInfo(schedule["tz"]))
    minute = local.weekday() * DAY_MINUTES + local.hour * 60 + local.minute
    for slot in schedule.get("slots", []):
        start = slot["day"] * DAY_MINUTES + _minutes(slot["open"], "open")
        length = (_minutes(slot["close"], "close") - _minutes(slot["open"], "open")) % DAY_MINUTES
        if (minute - start) % WEEK_MINUTES < length:
            return True
    return False


def next_change(schedule: dict[str, Any], now: datetime, horizon_days: int = 8) -> datetime | None:
    """The next minute at which ``is_open`` flips (for display); None if never."""
    state = is_open(schedule, now)
    t = now.replace(second=0, microsecond=0)
    for _ in range(horizon_days * DAY_MINUTES):
        t += timedelta(minutes=1)
        if is_open(schedule, t) != state:
            return t
    return None
