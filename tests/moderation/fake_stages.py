"""A configurable stand-in stage for pipeline tests: finds, raises or sleeps on demand.

``behaviour: cold`` sleeps on its first call only, like a stage that loads lazily."""

from __future__ import annotations

import time

from moderation.message import StageResult
from moderation.stage import config_section
from moderation.types import Finding, Redaction


class Fake:
    heavy = False

    def __init__(self, name, behaviour, label, score, seconds, span, heavy):
        self.name = name
        self.behaviour = behaviour
        self.label = label
        self.score = score
        self.seconds = seconds
        self.span = span
        self.heavy = heavy
        self.calls = 0

    def run(self, msg, ctx):
        if self.behaviour == "raise":
            raise RuntimeError("boom")
        self.calls += 1
        if self.behaviour == "sleep" or (self.behaviour == "cold" and self.calls == 1):
            time.sleep(self.seconds)
        result = StageResult()
        if self.label:
            result.findings.append(Finding(self.name, self.label, self.score, "fake"))
        if self.span:
            start, end = self.span
            result.redactions.append(Redaction(start, end, "phone_number",
                                               "[phone number removed]", self.label or "pii"))
        return result


def build(config, settings, path):
    sec = config_section(config, path, {"name", "behaviour", "label", "score", "seconds",
                                        "span", "heavy"})
    return Fake(
        sec.string("name", "fake"),
        sec.string("behaviour", "find"),
        sec.data.get("label"),
        sec.number("score", 0.9, lo=0, hi=1),
        sec.number("seconds", 0.0, lo=0),
        sec.data.get("span"),
        sec.boolean("heavy", False),
    )
