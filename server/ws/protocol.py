"""The WebSocket protocol core: frames in, validated commands out. No I/O.

``parse`` turns one text frame into a ``Command`` or raises a ``HearthError``
whose code the connection sends back. Everything a handler may trust about
a frame's shape is checked here: types, ranges, lengths, unknown types.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

from ..errors import BadRequest, Unprocessable

MAX_INT = 2**53 - 1


@dataclass(frozen=True, slots=True)
class Command:
    type: str
    args: dict[str, Any]
    ref: Any = None


Check = Callable[[str, Any], Any]


def _int(low: int) -> Check:
    def check(name: str, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= MAX_INT:
            raise BadRequest(f"'{name}' must be a whole number of at least {low}.")
        return value
    return check


def _str(max_len: int, min_len: int = 1) -> Check:
    def check(name: str, value: Any) -> str:
        if not isinstance(value, str) or not min_len <= len(value) <= max_len:
            raise BadRequest(f"'{name}' must be a string of {min_len} to {max_len} characters.")
        return value
    return check


def _bool(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise BadRequest(f"'{name}' must be true or false.")
    return value


def _text(name: str, value: Any) -> str:
    # Length is checked against the configured limit by the caller of parse.
    if not isinstance(value, str):
        raise BadRequest(f"'{name}' must be a string.")
    return value


def _emoji(name: str, value: Any) -> str:
    if (not isinstance(value, str) or not 1 <= len(value) <= 16 or "." in value
            or "$" in value or any(ord(ch) < 32 for ch in value)):
        raise BadRequest(f"'{name}' must be a single emoji.")
    return value


ID = _str(64)
SEQ = _int(1)
SINCE = _int(0)
REASON = _str(500, 0)

# type -> {field: (check, required)}
SPECS: dict[str, dict[str, tuple[Check, bool]]] = {
    "auth": {"token": (_str(200), True)},
    "ping": {},
    "join": {"circle": (ID, True), "since": (SINCE, True)},
    "leave": {"circle": (ID, True)},
    "send": {"circle": (ID, True), "text": (_text, True), "client_id": (_str(128), True),
             "reply_to": (SEQ, False), "cw": (_str(100, 0), False)},
    "history": {"circle": (ID, True), "before": (SEQ, False), "limit": (SEQ, False)},
    "typing": {"circle": (ID, True)},
    "edit": {"circle": (ID, True), "seq": (SEQ, True), "text": (_text, True)},
    "delete": {"circle": (ID, True), "seq": (SEQ, True)},
    "react": {"circle": (ID, True), "seq": (SEQ, True), "emoji": (_emoji, True)},
    # Facilitation extension: any member
    "report": {"circle": (ID, True), "seq": (SEQ, True), "reason": (REASON, False)},
    "step_away": {"circle": (ID, True)},
    "accept_agreement": {"circle": (ID, True), "version": (SEQ, False)},
    # Facilitation extension: facilitators and operators
    "review": {"circle": (ID, True), "id": (ID, True), "decision": (_str(20), True),
               "reason": (REASON, False), "text": (_text, False)},
    "alert_ack": {"circle": (ID, True), "alert": (ID, True)},
    "alert_resolve": {"circle": (ID, True), "alert": (ID, True), "note": (REASON, False)},
    "mute": {"circle": (ID, True), "user": (ID, True), "duration_s": (SEQ, False),
             "reason": (REASON, False)},
    "unmute": {"circle": (ID, True), "user": (ID, True)},
    "remove": {"circle": (ID, True), "user": (ID, True), "reason": (REASON, False)},
    "ban": {"circle": (ID, True), "user": (ID, True), "reason": (REASON, False)},
    "pin": {"circle": (ID, True), "seq": (SEQ, True)},
    "unpin": {"circle": (ID, True), "seq": (SEQ, True)},
    "slow_mode": {"circle": (ID, True), "seconds": (SINCE, True)},
    "session": {"circle": (ID, True), "open": (_bool, True)},
    "original": {"circle": (ID, True), "seq": (SEQ, False), "id": (ID, False)},
}

TEXT_FIELDS = ("text",)


def decode(raw: str) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise BadRequest("That frame is not valid JSON.", "BAD_JSON") from None


def ref_of(obj: Any) -> Any:
    """The client's ``ref`` if it is one we can echo safely, else None."""
    if not isinstance(obj, dict):
        return None
    ref = obj.get("ref")
    if ref is None or isinstance(ref, bool):
        return None
    if isinstance(ref, int) and abs(ref) <= MAX_INT:
        return ref
    if isinstance(ref, str) and len(ref) <= 128:
        return ref
    return None


def parse(raw: str, text_limit: int) -> Command:
    """Validate one frame. Raises HearthError with the code to answer."""
    obj = decode(raw)
    if not isinstance(obj, dict):
        raise BadRequest("A frame must be a JSON object with a 'type'.")
    ref = ref_of(obj)
    kind = obj.get("type")
    if not isinstance(kind, str):
        raise BadRequest("A frame must have a string 'type'.")
    spec = SPECS.get(kind)
    if spec is None:
        raise BadRequest(f"Unknown frame type '{kind[:40]}'.", "UNKNOWN_TYPE")
    args: dict[str, Any] = {}
    for name, (check, required) in spec.items():
        value = obj.get(name)
        if value is None:
            if required:
                raise BadRequest(f"'{name}' is required for '{kind}'.", "MISSING_FIELD")
            continue
        args[name] = check(name, value)
    for name in TEXT_FIELDS:
        text = args.get(name)
        if text is not None and len(text) > text_limit:
            raise Unprocessable(f"Messages can be up to {text_limit} characters. "
                                "Could you split it into two?", "TEXT_TOO_LONG")
    return Command(kind, args, ref)
