"""Fold the display text into a detection copy: NFKC, no zero-width, homoglyphs, leet.

Used for detection only: ``msg.text`` (what people see) is never changed. Each
character of the folded copy remembers which display character it came from, so a
detector that finds something in the folded text can redact the right span.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from ..config import Settings
from ..message import Message, StageResult
from ..stage import config_section
from ..types import MessageContext

ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u200e",
              "\u200f"}
HOMOGLYPHS = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "к": "k", "м": "m", "т": "t", "в": "b", "н": "h", "ԁ": "d",
    "ο": "o", "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ѵ": "v", "ɡ": "g", "ı": "i", "ℓ": "l",
})
LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
        "!": "i", "|": "l"}
_TOKEN = re.compile(r"\S+")
#: A number with its unit or ordinal ("3am", "the 14th", "500mg", "£5k", "the 80s"): read
#: as a number, not as leet ("eam", "soomg"), so rules about times, dates and doses see it.
_NUMBER = re.compile(r"[(£$€]?\d[\d,.:/]*(?:st|nd|rd|th|am|pm|s|k|m|bn|x|h|hrs?|mins?|yo|yrs?|"
                     r"ft|cm|kg|lbs?|mg|ml|mcg|g|%)?[.,;:!?)'\"]*")


def fold(text: str) -> tuple[str, list[int]]:
    """Return the folded text and, for each folded character, its index in ``text``."""
    if text.isascii():  # nothing to drop or compose, one lowercase character each
        return _unleet(text.lower()), list(range(len(text)))
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch in ZERO_WIDTH or unicodedata.category(ch) == "Mn" and ord(ch) > 0x2000:
            continue
        out = unicodedata.normalize("NFKC", ch).translate(HOMOGLYPHS).lower()
        for c in out:
            chars.append(c)
            where.append(i)
    folded = "".join(chars)
    return _unleet(folded), where


def _unleet(text: str) -> str:
    """Map leet characters inside words that also hold letters ("k1ll" -> "kill").

    Pure numbers, phone numbers and a leading "@" of a mention are left alone.
    """
    out = list(text)
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if not any(c.isalpha() for c in tok) or "." in tok.strip(".") and "@" in tok \
                or _NUMBER.fullmatch(tok):
            continue
        letters = sum(c.isalpha() for c in tok)
        if letters < 2 and len(tok) > 3:
            continue
        for j, c in enumerate(tok):
            # "!" and "|" read as "i" only before a letter ("sh!t"), not as "joke!!"
            if c in LEET and not (c == "@" and j == 0) and not (
                    c in "!|" and not (j + 1 < len(tok) and tok[j + 1].isalpha())):
                # keep trailing punctuation and digits at word edges that read as numbers
                if c.isdigit() and (j == 0 or j == len(tok) - 1) and not _inner_word(tok, j):
                    continue
                out[m.start() + j] = LEET[c]
    return "".join(out)


def _inner_word(tok: str, j: int) -> bool:
    """True when the character at ``j`` sits between letters or letter-leet runs."""
    left = tok[j - 1] if j > 0 else ""
    right = tok[j + 1] if j + 1 < len(tok) else ""
    return left.isalpha() or right.isalpha()


class Normalise:
    """Fills ``msg.norm`` and ``msg.norm_map`` from the display text."""

    name = "normalise"
    heavy = False

    def run(self, msg: Message, ctx: MessageContext) -> StageResult:
        msg.norm, msg.norm_map = fold(msg.text)
        return StageResult()


def build(config: Mapping[str, Any], settings: Settings, path: str) -> Normalise:
    """No options."""
    config_section(config, path, set())
    return Normalise()
