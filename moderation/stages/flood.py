"""Catch the same text sent again and rapid bursts, using the author's recent messages.

Labels are ``duplicate`` and ``flood`` (not content labels): a double-send or a burst
is often distress or a flaky connection, so the notice is gentle and the default
policy blocks a duplicate and holds a burst for a facilitator.
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
                 burst_max: int) -> None:
        self.dup_window = dup_window
        self.dup_min_chars = dup_min_chars
        self.burst_window = burst_window
        self.burst_max = burst_max

    def run(self, msg: Message, ctx: MessageContext) -> StageResult:
        result = StageResult()
        key = _key(msg.text)
        if len(key) >= self.dup_min_chars:
            same = sum(1 for r in ctx.recent
                       if ctx.now - r.ts <= self.dup_window and _key(r.text) == key)
            if same:
                result.findings.append(Finding(
                    self.name, "duplicate", 1.0,
                    f"same text sent {same} time(s) in the last {self.dup_window:g}s"))
        burst = sum(1 for r in ctx.recent if ctx.now - r.ts <= self.burst_window)
        if burst + 1 > self.burst_max:
            result.findings.append(Finding(
                self.name, "flood", 1.0,
                f"{burst + 1} messages in {self.burst_window:g}s (limit {self.burst_max})"))
        return result


def build(config: Mapping[str, Any], settings: Settings, path: str) -> Flood:
    """Config: ``duplicate_window_s`` (300), ``duplicate_min_chars`` (8),
    ``burst_window_s`` (20), ``burst_max`` (6 messages per window)."""
    sec = config_section(config, path, {"duplicate_window_s", "duplicate_min_chars",
                                        "burst_window_s", "burst_max"})
    return Flood(sec.number("duplicate_window_s", 300.0, lo=0),
                 sec.integer("duplicate_min_chars", 8, lo=1),
                 sec.number("burst_window_s", 20.0, lo=0),
                 sec.integer("burst_max", 6, lo=1))
