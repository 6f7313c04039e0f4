"""The words members and facilitators read. Members may be in distress: keep it warm.

Notices never blame; alert reasons name labels and stages, never message text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .types import Alert, Notice

CRISIS = (
    "It sounds like things are really hard right now. You don't have to face this alone. "
    "Your message has been shared with the circle, and a facilitator will check in with you. "
    "If you are in danger, please reach out now:"
)
HELD = (
    "Your message is waiting for a facilitator to read it before the circle sees it. "
    "This is not a judgement of you. Strong feelings are welcome here; sometimes we just "
    "take a moment to check a message is safe for everyone. A facilitator will look at it soon."
)
REDACTED = (
    "We removed some details that could identify someone ({kinds}) before sharing your "
    "message. Keeping names, numbers and addresses out of the circle protects you and others. "
    "The rest of your message is shared as you wrote it."
)
BLOCKED = (
    "Your message wasn't shared with the circle because it looks like advertising, an "
    "invitation to another group, or a chain message, which the circle keeps out to stay a "
    "safe space. If we got this wrong, a facilitator can help."
)
FAILED = (
    "Your message is waiting for a facilitator to read it, because our safety check could "
    "not finish. This is not about anything you wrote. A facilitator will look at it soon."
)
FLOOD = (
    "It looks like several messages arrived very quickly or the same message was sent again, "
    "so we paused this one. Take your time; the circle is here."
)


def resources_for(resources: Sequence[Mapping[str, str]], locale: str) -> list[dict]:
    """Resources for ``locale`` first, then the international fallbacks."""
    local = [dict(r) for r in resources if r["country"] == locale.upper()]
    fallback = [dict(r) for r in resources if r["country"] == "INT"]
    return local + fallback


def crisis_notice(resources: Sequence[Mapping[str, str]], locale: str) -> Notice:
    """The private notice shown to a member whose message suggests they may be at risk."""
    return Notice(kind="crisis", text=CRISIS, resources=resources_for(resources, locale))


def held_notice(failed: bool = False, flood: bool = False) -> Notice:
    """Tell the author their message waits for a facilitator, without blame."""
    return Notice(kind="held", text=FAILED if failed else FLOOD if flood else HELD)


#: How a kind of detail is named to the member, where its key does not read well.
_KIND_WORDS = {"id_number": "ID number", "birth_date": "date of birth"}


def redacted_notice(kinds: Sequence[str]) -> Notice:
    """Tell the author what kinds of detail were taken out."""
    nice = ", ".join(sorted({_KIND_WORDS.get(k, k.replace("_", " ")) for k in kinds})) \
        or "personal details"
    return Notice(kind="redacted", text=REDACTED.format(kinds=nice))


def blocked_notice() -> Notice:
    """Tell the author a message was not shared because it looked like spam."""
    return Notice(kind="blocked", text=BLOCKED)


def alert(kind: str, severity: str, labels: Mapping[str, float], stages: Sequence[str]) -> Alert:
    """A facilitator alert naming labels, scores and stages only."""
    what = ", ".join(f"{k} ({v:.2f})" for k, v in sorted(labels.items())) or "none"
    by = ", ".join(sorted(set(stages))) or "none"
    return Alert(kind=kind, severity=severity, reason=f"labels: {what}; stages: {by}")
