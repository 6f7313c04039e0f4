"""Find personal data and ask for it to be cut out of what the circle sees.

Detectors live in ``moderation.pii_patterns``; this stage picks which run, drops
helpline numbers and the email addresses of allowlisted services (everyone may share
those) and turns spans into redactions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from .. import pii_patterns as pp
from ..config import Settings
from ..links import host_allowed
from ..message import Message, StageResult
from ..stage import config_section
from ..types import Finding, MessageContext, Redaction
from .normalise import ZERO_WIDTH

KINDS = ("phone_number", "email_address", "address", "social_handle", "name", "licence_plate",
         "id_number", "bank_details", "birth_date")
SCORES = {"phone_number": 0.95, "email_address": 0.97, "address": 0.9,
          "social_handle": 0.9, "name": 0.85, "licence_plate": 0.9, "id_number": 0.95,
          "bank_details": 0.95, "birth_date": 0.85}
#: Kinds found by ``find_id_numbers``; listed before phone numbers so that an identity
#: or card number is named as such, not as a phone number.
NUMBER_KINDS = {"id_number", "bank_details", "birth_date"}


def detection_text(text: str) -> tuple[str, list[int]]:
    """``text`` without invisible characters and with any-script digits as ASCII digits,
    plus, for each kept character, its index in ``text``.

    Detection runs on this copy so that "07700\u200b900\u200b461" or full-width digits
    cannot slip past; spans found in it are mapped back to the displayed text. Case and
    letters are kept (names, postcodes and plates are case-sensitive).
    """
    if text.isascii():  # nothing invisible, every digit plain: the text as it is
        return text, list(range(len(text)))
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch in ZERO_WIDTH or unicodedata.category(ch) == "Cf":
            continue
        if ch.isdigit() and not ch.isascii():
            digit = unicodedata.digit(ch, None)
            ch = str(digit) if digit is not None else ch
        out.append(ch)
        where.append(i)
    return "".join(out), where


class Pii:
    """Emits one ``pii`` finding per kind found, with a redaction per span."""

    name = "pii"
    heavy = False

    def __init__(self, kinds: set[str], allowed_numbers: set[str], default_region: str,
                 service_domains: tuple[str, ...] = ()) -> None:
        self.kinds = kinds
        self.allowed = allowed_numbers
        self.region = default_region
        self.service_domains = service_domains

    def spans(self, text: str, region: str) -> list[pp.Span]:
        """All personal-data spans in ``text``, merged."""
        found: list[pp.Span] = []
        if self.kinds & NUMBER_KINDS:
            found += [sp for sp in pp.find_id_numbers(text) if sp[2] in self.kinds]
        if "email_address" in self.kinds:
            # "jo at samaritans dot org" is a helpline's inbox, not a person's
            found += [sp for sp in pp.find_emails(text)
                      if not host_allowed(pp.email_host(text[sp[0]:sp[1]]), self.service_domains)]
        if "phone_number" in self.kinds:
            found += pp.find_phones(text, region, self.allowed)
        if "social_handle" in self.kinds:
            found += pp.find_handles(text)
        if "address" in self.kinds:
            found += pp.find_addresses(text)
        if "licence_plate" in self.kinds:
            found += pp.find_plates(text)
        if "name" in self.kinds:
            found += pp.find_names(text)
        return pp.merge(found)

    def run(self, msg: Message, ctx: MessageContext) -> StageResult:
        result = StageResult()
        region = (ctx.locale or self.region).upper()
        seen, where = detection_text(msg.text)
        if seen == msg.text:
            spans = self.spans(msg.text, region)
        else:  # map each span of the cleaned copy back onto the displayed characters
            spans = pp.merge((where[s], where[e - 1] + 1, k)
                             for s, e, k in self.spans(seen, region) if e > s)
        if ctx.members:
            spans = _not_members(msg.text, spans, ctx.members)
        else:
            spans = _not_opening_reply(msg.text, spans)
        kinds: dict[str, int] = {}
        for start, end, kind in spans:
            kinds[kind] = kinds.get(kind, 0) + 1
            result.redactions.append(Redaction(start, end, kind, pp.PLACEHOLDERS[kind], "pii"))
        if kinds:
            score = max(SCORES[k] for k in kinds)
            reason = "found " + ", ".join(f"{k} x{n}" for k, n in sorted(kinds.items()))
            result.findings.append(Finding(self.name, "pii", score, reason))
        return result


def _member_key(name: str) -> str:
    return "".join(name.lstrip("@").split()).casefold()


def _not_members(text: str, spans: list[pp.Span], members: tuple[str, ...]) -> list[pp.Span]:
    """The spans left once handles and names that are members' display names are dropped:
    a reply to "@Maple_Leaf77" is a member talking to a member."""
    names = {_member_key(m) for m in members if m.strip()}
    return [(s, e, k) for s, e, k in spans
            if k not in ("social_handle", "name") or _member_key(text[s:e]) not in names]


#: A handle, and what leads to the next one a message opens with: "@Tumbleweed, @Hope22
#: and @Raj".
_OPENING_HANDLE = re.compile(r"@\w[\w.]*(?<!\.)(?:\s*(?:,|&|\+|\band\b)?\s*(?=@))?")


def _not_opening_reply(text: str, spans: list[pp.Span]) -> list[pp.Span]:
    """Without the circle's member list, handles that open the message are replies to
    members ("@Rainbow_After_Rain this made me cry", "@Tumbleweed, @Hope22 and @Raj the
    three of you made my week"), unless what follows makes one an account ("@jake_h_92 on
    insta")."""
    pos = len(text) - len(text.lstrip())
    replies = set()
    while (handle := _OPENING_HANDLE.match(text, pos)) \
            and not pp.ACCOUNT_AFTER.match(text, handle.end()):
        replies.add(pos)
        pos = handle.end()
    return [(s, e, k) for s, e, k in spans if not (k == "social_handle" and s in replies)]


def build(config: Mapping[str, Any], settings: Settings, path: str) -> Pii:
    """Config: ``kinds`` (subset of KINDS, default all); ``allowed_numbers`` (numbers that
    are never redacted, e.g. helplines; the phone numbers of ``resources`` are added)."""
    sec = config_section(config, path, {"kinds", "allowed_numbers"})
    kinds = sec.strings("kinds", list(KINDS))
    for i, kind in enumerate(kinds):
        if kind not in KINDS:
            raise_at = f"{sec.at('kinds')}[{i}]"
            from ..errors import ModerationConfigError
            raise ModerationConfigError(f"{raise_at}: must be one of {', '.join(KINDS)}")
    allowed = {pp._digits(n) for n in sec.strings("allowed_numbers")}
    for res in settings.resources:
        for key in ("phone", "text"):
            digits = pp._digits(res.get(key, ""))
            if digits:
                allowed.add(digits)
    if "phone_number" in kinds:
        pp.load_phone_metadata(settings.default_locale)
    return Pii(set(kinds), {a for a in allowed if a}, settings.default_locale,
               settings.link_allowlist)
