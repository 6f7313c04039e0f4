"""The data that flows through the pipeline: context in, findings and a decision out.

Everything here is plain data with no I/O, so stages and tests can build it freely.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

STATUSES = ("delivered", "redacted", "held", "blocked")
ACTIONS = ("deliver", "redact", "hold", "block")
#: Status a label's action leads to; the decision takes the most severe.
ACTION_STATUS = {"deliver": "delivered", "redact": "redacted", "hold": "held", "block": "blocked"}


@dataclass(frozen=True)
class RecentMessage:
    """One earlier message by the same author in the same circle."""

    ts: float
    text: str


@dataclass(frozen=True)
class MessageContext:
    """What a stage may know about a message besides its text; the clock is injected."""

    author_id: str
    author_name: str
    circle_id: str
    now: float
    membership_age_s: float = 1e9
    recent: tuple[RecentMessage, ...] = ()
    locale: str | None = None
    policy: Mapping[str, str] | None = None
    is_facilitator: bool = False
    #: Display names of the circle's members: "@Maple_Leaf77" addresses one of them, and
    #: is not someone's account.
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    """A label a stage attached to the message, with a score in [0, 1] and a reason.

    The reason names rules or features, never the message text.
    """

    stage: str
    label: str
    score: float
    reason: str


@dataclass(frozen=True)
class Redaction:
    """A span ``[start, end)`` of the sanitised text to replace with ``placeholder``."""

    start: int
    end: int
    kind: str
    placeholder: str
    label: str = "pii"


@dataclass(frozen=True)
class Notice:
    """A private message to the author: warm, plain, never blaming."""

    kind: str
    text: str
    resources: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class Alert:
    """A message to the circle's facilitators. ``reason`` never quotes the message."""

    kind: str
    severity: str
    reason: str


@dataclass
class Decision:
    """The outcome of judging one message."""

    status: str
    text: str
    original: str
    labels: dict[str, float]
    findings: list[Finding]
    redactions: list[Redaction]
    notices: list[Notice]
    alerts: list[Alert]
    timings_ms: dict[str, float]
    failed_stages: list[str]
