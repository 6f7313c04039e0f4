"""The working copy of a message while stages run.

Two texts are kept apart on purpose: ``text`` is what people will see (sanitised
plain text; redaction spans index into it) and ``norm`` is a folded copy used
only for detection. ``norm_map[i]`` is the index in ``text`` that produced
``norm[i]``, so a detector working on ``norm`` can redact the right characters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .types import Alert, Finding, Notice, Redaction


@dataclass
class Message:
    """Mutable per-message state shared by the stages of one run."""

    raw: str
    text: str
    norm: str
    norm_map: list[int]

    @classmethod
    def from_raw(cls, raw: str) -> Message:
        """Start with display text and detection text both equal to the raw text."""
        return cls(raw=raw, text=raw, norm=raw, norm_map=list(range(len(raw))))

    def set_text(self, text: str) -> None:
        """Replace the display text; detection text restarts from it."""
        self.text = text
        self.norm = text
        self.norm_map = list(range(len(text)))

    def span_in_text(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``norm`` back to ``text``."""
        if not self.norm_map or start >= end:
            return start, end
        s = self.norm_map[min(start, len(self.norm_map) - 1)]
        e = self.norm_map[min(end, len(self.norm_map)) - 1] + 1
        return s, max(e, s)


@dataclass
class StageResult:
    """What one stage returns: findings plus anything it wants to add to the decision."""

    findings: list[Finding] = field(default_factory=list)
    redactions: list[Redaction] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
