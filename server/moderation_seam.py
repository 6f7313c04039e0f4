"""Where every send and edit meets the moderation pipeline.

The server asks one question: what may the circle see of this text? The
``moderation`` package answers without I/O; this module builds its context
from what the server knows (author, circle, recent messages, membership age,
the clock) and turns a failure of the pipeline itself into a held message.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from moderation import Decision, MessageContext, RecentMessage, load_pipeline
from moderation.types import Alert

from .errors import ConfigError, Unprocessable

log = logging.getLogger("hearth.moderation")

# C0 controls other than tab and newline, DEL, and the C1 block: never shown.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Drop control characters and surrounding blank space; refuse empty text."""
    text = CONTROL.sub("", text).strip()
    if not text:
        raise Unprocessable("There is nothing to send yet.", "EMPTY_TEXT")
    return text


class Moderator:
    def __init__(self, section: dict[str, Any] | None) -> None:
        try:
            self.pipeline = load_pipeline(section, "moderation")
        except Exception as e:  # ModerationConfigError names the YAML path
            raise ConfigError(str(e)) from None
        self.pipeline.warm_up()

    async def judge(self, text: str, *, author_id: str, author_name: str, circle_id: str,
                    now: float, membership_age_s: float, recent: list[tuple[float, str]],
                    staff: bool, policy: dict[str, str] | None = None,
                    members: tuple[str, ...] = ()) -> Decision:
        ctx = MessageContext(
            author_id=author_id, author_name=author_name, circle_id=circle_id, now=now,
            membership_age_s=membership_age_s,
            recent=tuple(RecentMessage(ts, t) for ts, t in recent),
            policy=policy, is_facilitator=staff, members=members)
        try:
            return await self.pipeline.judge(text, ctx)
        except Exception as e:
            # The pipeline promises not to raise; if it does, fail safe.
            log.error("moderation pipeline failed", extra={"error": type(e).__name__})
            return Decision(
                status="held", text=text, original=text, labels={}, findings=[], redactions=[],
                notices=[], alerts=[Alert("moderation_failed", "high",
                                          "Moderation could not judge this message.")],
                timings_ms={}, failed_stages=["pipeline"])

    async def close(self) -> None:
        await self.pipeline.close()
