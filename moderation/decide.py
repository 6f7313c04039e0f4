"""Combine the findings of all stages into one Decision.

Rules: the most severe status wins (blocked > held > redacted > delivered); notices
and alerts add up; a stage that could not judge the message holds it whatever the
policy says, so a message is never delivered unjudged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from . import notices
from .config import Settings
from .types import (
    ACTION_STATUS,
    ACTIONS,
    STATUSES,
    Alert,
    Decision,
    Finding,
    MessageContext,
    Notice,
    Redaction,
)

FAILED_LABEL = "moderation_failed"
FLOOD_LABELS = ("flood", "duplicate")
#: Held only so that a facilitator looks at the link before the circle does: when the
#: message is blocked anyway there is nothing left to look at, so no "held" alert.
REVIEW_LABELS = ("new_member_link",)
#: Holds whose "held" alert would describe a message that was never held once it is
#: blocked: a blocked message raises its one "blocked" alert instead.
QUIET_WHEN_BLOCKED = REVIEW_LABELS + FLOOD_LABELS
#: Labels a circle may not relax: failing open would deliver unjudged messages.
LOCKED = {FAILED_LABEL: "hold"}


def effective_policy(settings: Settings, ctx: MessageContext) -> dict[str, str]:
    """Server policy with the circle's overrides; an unknown action counts as hold."""
    policy = dict(settings.policy)
    for label, action in (ctx.policy or {}).items():
        policy[label] = action if action in ACTIONS else "hold"
    policy.update(LOCKED)
    return policy


def max_labels(findings: Sequence[Finding]) -> dict[str, float]:
    """Label -> highest score among the findings."""
    labels: dict[str, float] = {}
    for f in findings:
        labels[f.label] = max(labels.get(f.label, 0.0), f.score)
    return labels


def apply_redactions(text: str, redactions: Sequence[Redaction]) -> str:
    """Replace each span by its placeholder; overlapping spans merge into the first one."""
    out, pos = [], 0
    for r in sorted(redactions, key=lambda r: (r.start, -r.end)):
        if r.end <= pos:
            continue
        start = max(r.start, pos)
        if start > pos or not out:
            out.append(text[pos:start])
        if start == r.start:
            out.append(r.placeholder)
        pos = r.end
    out.append(text[pos:])
    return "".join(out)


def decide(
    text: str,
    findings: list[Finding],
    redactions: list[Redaction],
    extra_notices: list[Notice],
    extra_alerts: list[Alert],
    failed: list[str],
    timings: dict[str, float],
    settings: Settings,
    ctx: MessageContext,
) -> Decision:
    """Turn what the stages found into the status, text, notices and alerts."""
    policy = effective_policy(settings, ctx)
    labels = max_labels(findings)
    actions = {label: policy.get(label, "hold") for label in labels}
    live = [r for r in redactions if policy.get(r.label, "redact") != "deliver"]
    for label, action in actions.items():
        if action == "redact" and not any(r.label == label for r in live):
            actions[label] = "hold"  # nothing to cut out, so a person looks instead
    rank = {s: i for i, s in enumerate(STATUSES)}
    status = "delivered"
    for action in actions.values():
        if rank[ACTION_STATUS[action]] > rank[status]:
            status = ACTION_STATUS[action]
    if live and rank[status] < rank["redacted"]:
        status = "redacted"

    stages_for = _stages_by_label(findings)
    out_notices: list[Notice] = []
    out_alerts: list[Alert] = []
    if "crisis" in labels:
        locale = ctx.locale or settings.default_locale
        out_notices.append(notices.crisis_notice(settings.resources, locale))
        out_alerts.append(notices.alert("crisis", "urgent", {"crisis": labels["crisis"]},
                                        stages_for["crisis"]))
    if live and status != "blocked":  # nothing of a blocked message is shown anywhere
        out_notices.append(notices.redacted_notice([r.kind for r in live]))
    held_by = {k: labels[k] for k, a in actions.items() if a == "hold"
               and not (status == "blocked" and k in QUIET_WHEN_BLOCKED)}
    if failed:
        out_alerts.append(notices.alert(FAILED_LABEL, "high", {}, failed))
    content_held = {k: v for k, v in held_by.items() if k not in FLOOD_LABELS + (FAILED_LABEL,)}
    if content_held:
        out_alerts.append(notices.alert("held", "high", content_held,
                                        [s for k in content_held for s in stages_for[k]]))
    elif any(k in FLOOD_LABELS for k in held_by):
        flood = {k: v for k, v in held_by.items() if k in FLOOD_LABELS}
        out_alerts.append(notices.alert("held", "info", flood,
                                        [s for k in flood for s in stages_for[k]]))
    if status == "held":
        out_notices.append(notices.held_notice(
            failed=bool(failed), flood=not content_held and not failed))
    if status == "blocked":
        out_notices.append(notices.blocked_notice())
        blocked_by = {k: labels[k] for k, a in actions.items() if a == "block"}
        out_alerts.append(notices.alert("blocked", "info", blocked_by,
                                        [s for k in blocked_by for s in stages_for[k]]))
    out_notices = _dedupe(extra_notices + out_notices)
    return Decision(
        status=status,
        text=apply_redactions(text, live) if live else text,
        original=text,
        labels=labels,
        findings=list(findings),
        redactions=list(live),
        notices=out_notices,
        alerts=out_alerts + list(extra_alerts),
        timings_ms=timings,
        failed_stages=list(failed),
    )


def _stages_by_label(findings: Sequence[Finding]) -> Mapping[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in findings:
        out.setdefault(f.label, []).append(f.stage)
    return out


def _dedupe(items: list[Notice]) -> list[Notice]:
    seen: set[str] = set()
    out = []
    for n in items:
        if n.kind not in seen:
            seen.add(n.kind)
            out.append(n)
    return out
