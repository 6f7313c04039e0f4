"""Turn whatever the client sent into plain text: this is the text people will see.

nh3 strips every tag (and the content of script/style), then entities are decoded
once so the stored text is plain; clients must insert it as text, never as HTML.
Control characters other than newline and tab go too, and surrounding space is trimmed.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

import nh3

from ..config import Settings
from ..message import Message, StageResult
from ..stage import config_section
from ..types import MessageContext

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def to_plain(text: str, max_chars: int) -> str:
    """Sanitise ``text`` to trimmed plain text of at most ``max_chars`` characters."""
    plain = html.unescape(nh3.clean(text, tags=set()))
    return _CONTROL.sub("", plain).strip()[:max_chars]


class Sanitise:
    """Produces the display text; every later stage judges what people will actually see."""

    name = "sanitise"
    heavy = False
    transforms_text = True

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars

    def run(self, msg: Message, ctx: MessageContext) -> StageResult:
        msg.set_text(to_plain(msg.text, self.max_chars))
        return StageResult()


def build(config: Mapping[str, Any], settings: Settings, path: str) -> Sanitise:
    """Config: ``max_chars`` (default 8000) caps the stored text."""
    sec = config_section(config, path, {"max_chars"})
    return Sanitise(sec.integer("max_chars", 8000, lo=1))
