"""Catch the same text sent again and sustained bursts, using the author's recent messages.

Labels are ``duplicate`` and ``flood`` (not content labels). What this stage is for is
the same text pasted again and again, and output faster than a person types; quick
short replies ("yes", "me too", "thank you") are ordinary chat and must pass:

- ``duplicate``: the same text (case and punctuation ignored) of at least
  ``duplicate_min_chars`` characters, sent again inside ``duplicate_window_s``.
- ``flood``: a short, common text repeated ``short_repeat_max`` times or more in that
  window; or more than ``burst_max`` messages inside ``burst_window_s``; or at least
  ``min_burst`` messages whose characters add up to more than ``max_chars_per_s`` per
  second of the window (a person does not type that fast, a script or paste loop does).

The server's own send rate limit already stops raw message-count floods, so the burst
count here is deliberately generous. A double-send is often distress or a flaky
connection, so the notice is gentle.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..config import Settings
from ..message import Message, StageResult
from ..stage import config_section
from ..types import Finding, MessageContext

_NON_WORD = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


class Flood:
    """Compares the message with ``ctx.recent`` inside configured windows."""

    name = "flood"
    heavy = False

    def __init__(self, dup_window: float, dup_min_chars: int, burst_window: float,
                 burst_max: int, max_chars_per_s: float = 20.0, short_repeat_max: int = 3,
                 min_burst: int = 4) -> None:
        self.dup_window = dup_window
        self.dup_min_chars = dup_min_chars
        self.burst_window = burst_window
        self.burst_max = burst_max
        self.max_chars_per_s = max_chars_per_s
        self.short_repeat_max = short_repeat_max
        self.min_burst = min_burst

    def run(self, msg: Message, ctx: MessageContext) -> StageResult:
        result = StageResult()
        key = _key(msg.text)
        same = sum(1 for r in ctx.recent
                   if ctx.now - r.ts <= self.dup_window and _key(r.text) == key) if key else 0
        if same and len(key) >= self.dup_min_chars:
            result.findings.append(Finding(
                self.name, "duplicate", 1.0,
                f"same text sent {same} time(s) in the last {self.dup_window:g}s"))
        elif same + 1 >= self.short_repeat_max:
            result.findings.append(Finding(
                self.name, "flood", 1.0,
                f"a short text sent {same + 1} times in {self.dup_window:g}s "
                f"(limit {self.short_repeat_max - 1})"))
            return result
        window = [r for r in ctx.recent if ctx.now - r.ts <= self.burst_window]
        count = len(window) + 1
        chars = sum(len(r.text) for r in window) + len(msg.text)
        if count > self.burst_max:
            result.findings.append(Finding(
                self.name, "flood", 1.0,
                f"{count} messages in {self.burst_window:g}s (limit {self.burst_max})"))
        elif count >= self.min_burst and chars > self.max_chars_per_s * self.burst_window:
            result.findings.append(Finding(
                self.name, "flood", 1.0,
                f"{chars} characters in {count} messages in {self.burst_window:g}s "
                f"(faster than {self.max_chars_per_s:g} per second)"))
        return result


def build(config: Mapping[str, Any], settings: Settings, path: str) -> Flood:
    """Config: ``duplicate_window_s`` (300), ``duplicate_min_chars`` (16),
    ``short_repeat_max`` (3 sends of one short text), ``burst_window_s`` (30),
    ``burst_max`` (12 messages per window), ``max_chars_per_s`` (20) and ``min_burst``
    (4 messages before the typing-speed check applies)."""
    sec = config_section(config, path, {"duplicate_window_s", "duplicate_min_chars",
                                        "burst_window_s", "burst_max", "max_chars_per_s",
                                        "short_repeat_max", "min_burst"})
    return Flood(sec.number("duplicate_window_s", 300.0, lo=0),
                 sec.integer("duplicate_min_chars", 16, lo=1),
                 sec.number("burst_window_s", 30.0, lo=0),
                 sec.integer("burst_max", 12, lo=1),
                 sec.number("max_chars_per_s", 20.0, lo=0),
                 sec.integer("short_repeat_max", 3, lo=2),
                 sec.integer("min_burst", 4, lo=2))
