"""Patterns that find personal data and return character spans.

Each finder takes the display text and returns ``(start, end, kind)`` spans. They
are deliberately contextual: a lone first name or an "@Name" addressing a member is
not personal data; a full name is only when a workplace or town comes with it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import phonenumbers

Span = tuple[int, int, str]

PLACEHOLDERS = {
    "phone_number": "[phone number removed]",
    "email_address": "[email address removed]",
    "address": "[address removed]",
    "social_handle": "[social handle removed]",
    "name": "[name removed]",
    "licence_plate": "[licence plate removed]",
    "id_number": "[ID number removed]",
    "bank_details": "[bank details removed]",
    "birth_date": "[date of birth removed]",
}

# ---- phone numbers -------------------------------------------------------------------

# not the tail of a longer token: "order #4471-2290-118"
_DIGIT_RUN = re.compile(r"(?<![\w£$€#/])(?<!\d[\-.])\+?\(?\d[\d \t\-.()\u00a0]{4,}\d(?![\w%£$€/])")
_YEARS = re.compile(r"^(?:(?:19|20)\d\d[\s\-./]*)+$")
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_NUMBER_WORDS = {
    "oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5",
    "seis": "6", "siete": "7", "ocho": "8", "nueve": "9",
    # "oh seven seven double oh, nine hundred, one two three"
    "hundred": "00", "thousand": "000",
}
_MULT = {"double": 2, "triple": 3, "doble": 2, "triple_": 3}
_WORD_NUM = "|".join(sorted(list(_NUMBER_WORDS) + list(_MULT), key=len, reverse=True))
_SPELLED = re.compile(
    rf"\b(?:(?:{_WORD_NUM}|\d)\b[\s,.\-]*){{6,}}", re.IGNORECASE)


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


#: Just before a number: a helpline or service named as such ("Men's Advice Line is ...").
#: Sharing a support line is what members should do; it identifies nobody.
_HELPLINE_CUE = re.compile(
    r"(?:help ?line|hot ?line|(?:advice|support|crisis|info|information|contact|text|listening)"
    r" line|freephone|samaritans|lifeline|refuge|crisis team|out of hours|"
    # the same in the other languages members write in
    r"telefono amico|tel[eé]fono de la esperanza|l[ií]nea de (?:atenci[oó]n|la vida|ayuda)|"
    r"zelfmoordpreventie|telefonseelsorge|sos amiti[eé]|suicide [eé]coute|cvv|"
    r"telefon zaufania|linia (?:de )?(?:urgen[tț][aă]|telefonic[aă]|de sprijin)|"
    r"hopeline|in ?touch|ncmh)"
    r"[^0-9\n]{0,25}$", re.IGNORECASE)
#: Just before a number: an order, booking or case reference, which identifies nobody.
_REFERENCE_CUE = re.compile(
    r"\b(?:order|ref(?:erence)?|tracking|invoice|case|booking|confirmation|ticket|claim|"
    r"policy|parcel|shipment|receipt)(?: (?:number|no\.?|#|id|code))?"
    r"(?:(?: for| of| on)(?: [\w'’]+){1,4}?)?(?: is| was|:)?\s*#?\s*(?:[A-Z]{1,3}\s?)?$",
    re.IGNORECASE)


#: An organisation's acronym right before the number ("RAINN is 800-656-4673").
_ORG_CUE = re.compile(r"(?<![A-Z]{2} )\b[A-Z]{3,8}(?:'s number)?(?: is| on|:)?\s*$")


def _helpline(text: str, start: int) -> bool:
    before = text[max(0, start - 60):start]
    return bool(_HELPLINE_CUE.search(before) or _ORG_CUE.search(before)
                or _REFERENCE_CUE.search(before[-50:]))


#: Where a freephone number is tried: a toll-free line belongs to an organisation (a
#: helpline, a service), never to one person, whichever of these countries it is in.
_TOLL_FREE_REGIONS = ("GB", "US", "CA", "AU", "NZ", "IE", "IN", "ZA", "MX", "NL", "IT", "ES",
                      "FR", "DE", "PL", "PT", "BR", "RO", "PH")


#: Where a number is also tried as someone's line. A number that is freephone in one
#: country may be a person's phone elsewhere ("0803 555 7214": freephone in New Zealand,
#: a mobile in Nigeria, a landline in India, Italy and Germany): it counts as freephone
#: only where it is one in the member's country, or in at least as many of these
#: countries as it is a landline or mobile.
_PERSONAL_REGIONS = (*_TOLL_FREE_REGIONS, "NG", "KE", "GH", "PK", "SG", "MY")
_PERSONAL_TYPES = {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE,
                   phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
                   phonenumbers.PhoneNumberType.PERSONAL_NUMBER}


_WITH_PLUS = phonenumbers.CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN


@functools.lru_cache(maxsize=512)  # a number is often seen twice: as digits and by phonenumbers
def _toll_free(raw: str, region: str) -> bool:
    if len(_digits(raw)) < 8:
        return False
    home, free, personal = region or "GB", 0, 0
    for r in dict.fromkeys((home, *_PERSONAL_REGIONS)):
        try:
            number = phonenumbers.parse(raw, r, keep_raw_input=True)
        except phonenumbers.NumberParseException:
            continue
        # An invalid number's type is UNKNOWN: neither freephone nor anyone's line.
        kind = phonenumbers.number_type(number)
        if number.country_code_source == _WITH_PLUS:
            # "+44 ...": the same number whatever the region, so one reading decides.
            return kind == phonenumbers.PhoneNumberType.TOLL_FREE
        if kind == phonenumbers.PhoneNumberType.TOLL_FREE:
            if r == home:
                return True
            if r in _TOLL_FREE_REGIONS:
                free += 1
        elif kind in _PERSONAL_TYPES:
            personal += 1
    return free > 0 and free >= personal


@functools.cache  # once per process and region, however many pipelines are built
def load_phone_metadata(region: str) -> None:
    """Read every country's numbering plan and compile the patterns a number is checked
    against now (about 0.15 s, 1.5 MB). Done lazily, the first phone number a member
    posts would stall the event loop for up to 25 ms."""
    for r in phonenumbers.SUPPORTED_REGIONS:
        phonenumbers.PhoneMetadata.metadata_for_region(r)
    for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
        phonenumbers.PhoneMetadata.metadata_for_nongeo_region(code)
    for home in dict.fromkeys((region, *_PERSONAL_REGIONS)):
        for sample in ("0917 555 0142", "+1 (416) 555-0139", "087 555 1234"):
            _find_phones(sample, home, set())
            _toll_free.__wrapped__(sample, home)


def find_phones(text: str, region: str, allowed: set[str]) -> list[Span]:
    """Digit runs of 7-15 digits (spaced or punctuated), numbers phonenumbers knows,
    and numbers spelled out in words ("oh seven seven double oh ..."); a number that
    follows the name of a helpline, or a freephone number, is left alone."""
    spans = _find_phones(text, region, allowed)
    return [sp for sp in spans
            if not _helpline(text, sp[0]) and not _toll_free(text[sp[0]:sp[1]], region)]


def _find_phones(text: str, region: str, allowed: set[str]) -> list[Span]:
    spans: list[Span] = []
    for m in _DIGIT_RUN.finditer(text):
        raw = m.group().strip(" .-(")
        start = m.start() + m.group().index(raw[0])
        digits = _digits(raw)
        if not 7 <= len(digits) <= 15 or _YEARS.match(raw) or _DATE.match(raw):
            continue
        if digits in allowed or any(digits.endswith(a) for a in allowed if len(a) >= 7):
            continue
        spans.append((start, start + len(raw), "phone_number"))
    try:
        for match in phonenumbers.PhoneNumberMatcher(text, region or "GB",
                                                     leniency=phonenumbers.Leniency.VALID):
            digits = _digits(match.raw_string)
            if len(digits) >= 7 and digits not in allowed:
                spans.append((match.start, match.end, "phone_number"))
    except Exception:  # noqa: BLE001, S110 - the regex above still covers the common forms
        pass
    for m in _SPELLED.finditer(text):
        digits = _spelled_digits(m.group())
        if 7 <= len(digits) <= 15 and digits not in allowed:
            end = m.end()
            while end > m.start() and not text[end - 1].isalnum():
                end -= 1
            spans.append((m.start(), end, "phone_number"))
    return spans


def _spelled_digits(s: str) -> str:
    out, mult = [], 1
    for tok in re.findall(r"[a-zA-Z]+|\d", s.lower()):
        if tok in _MULT:
            mult = _MULT[tok]
            continue
        d = tok if tok.isdigit() else _NUMBER_WORDS.get(tok)
        if d is None:
            continue
        out.append(d * mult)
        mult = 1
    return "".join(out)


# ---- email ----------------------------------------------------------------------------

_TLD = (r"(?:com|org|net|co|uk|ie|io|es|au|ca|edu|gov|me|info|biz|us|de|fr|nz|mx|ng|za|ke|gh|"
        r"ph|sg|br|pt|nl|pl|ro|ch|dk|fi|hk|jp|app|xyz)")
_AT = r"(?:\s*@\s*|\s*\[at\]\s*|\s*\(at\)\s*|,?\s+(?:at|arroba|chez|bei),?\s+|\s*\{at\}\s*)"
_DOT = (r"(?:\s*\.\s*|\s*\[dot\]\s*|\s*\(dot\)\s*|,?\s+(?:dot|ponto|punto|point|punkt|kropka)\s+|"
        r"\s*\{dot\}\s*)")
#: "mr underscore discreet underscore leeds at example dot net"
_JOIN = r"(?:\s+(?:underscore|dash|hyphen)\s+)"
#: Spelled-out words that join the parts of one address, not a sentence before it.
_JOIN_WORDS = ("dot", "[dot]", "(dot)", "underscore", "dash", "hyphen")
#: "use code HEAL15 at example.com": a discount code before a shop's address.
_CODE_BEFORE = re.compile(r"\b(?:code|coupon|promo|voucher|c[oó]digo|use)\s*:?\s*$", re.IGNORECASE)
_LOCAL = rf"[\w+\-]+(?:(?:\.|{_DOT}|{_JOIN})[\w+\-]+)*"
_EMAIL = re.compile(rf"(?<![\w@]){_LOCAL}{_AT}[\w\-]+(?:{_DOT}[\w\-]+)*{_DOT}{_TLD}\b",
                    re.IGNORECASE)
_PLAIN_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def email_host(address: str) -> str:
    """The host of a found address, plain or spelled out ("jo at samaritans dot org" ->
    "samaritans.org"); empty when there is none."""
    parts = re.split(_AT, address, maxsplit=1, flags=re.IGNORECASE)
    if len(parts) < 2:
        return ""
    return re.sub(_DOT, ".", parts[1].strip(), flags=re.IGNORECASE).lower().rstrip(".")


def find_emails(text: str) -> list[Span]:
    """Plain and obfuscated ("name at example dot com", "[at]") addresses."""
    spans = [(m.start(), m.end(), "email_address") for m in _PLAIN_EMAIL.finditer(text)
             if "." in m.group().split("@")[1]]
    for m in _EMAIL.finditer(text):
        local = re.split(_AT, m.group(), maxsplit=1, flags=re.IGNORECASE)[0]
        # "sign up at example.com/x" is a link, not an email: a spaced " at " needs an
        # account-like local part or an obfuscated " dot ".
        spaced = re.search(r"\s+(?:at|arroba|chez|bei)\s+", m.group(), re.IGNORECASE)
        obfuscated = re.search(r"\b(?:dot|ponto|punto|point|punkt|kropka)\b|\[dot\]|\(dot\)",
                               m.group(), re.IGNORECASE)
        code = _CODE_BEFORE.search(text[max(0, m.start() - 12):m.start()])
        if spaced and not obfuscated and code:
            continue
        # a price is not an account: "only $19.99 at example.com"
        linkish = (not re.search(r"[\d._]", local.split()[-1]) or text[m.end():m.end() + 1] == "/"
                   or re.fullmatch(r"[\d.,]+", local.split()[-1]) is not None)
        if spaced and not obfuscated and linkish:
            continue
        start = m.start()
        words = local.split()
        if len(words) > 1 and words[1].lower() not in _JOIN_WORDS:
            start = m.start() + m.group().index(words[-1])
        spans.append((start, m.end(), "email_address"))
    return spans


# ---- social handles -------------------------------------------------------------------

_PLATFORM = (r"(?:insta(?:gram)?|ig|snap(?:chat)?|tik ?tok|twitter|telegram|facebook|fb|"
             r"kik|onlyfans|threads|discord|linkedin|x|reddit|tinder|hinge|bumble|grindr|"
             r"venmo|cash ?app|paypal|xbox(?: live)?|psn|playstation|steam|twitch|strava|"
             r"garmin|fitbit|roblox|spotify|pinterest|youtube)")
_PERSONAL_PLATFORM = (r"(?:insta(?:gram)?|ig|snap(?:chat)?|tik ?tok|twitter|facebook|fb|onlyfans|"
                      r"venmo|cash ?app)")
_MENTION = re.compile(r"(?<![\w@.])@([A-Za-z0-9_.\-]{2,30})")
_PLATFORM_HANDLE = re.compile(
    rf"\b{_PLATFORM}(?:\s+(?:name|handle|account|username))?(?:\s+(?:is|was|as|under|=)|:|'s|"
    r",? it'?s)\s+"
    r"@?([A-Za-z0-9_.]*[\d._][A-Za-z0-9_.]*)", re.IGNORECASE)
_PROFILE_URL = re.compile(
    # (not reddit.com/r/..., a community, whose "t.com/" is no profile)
    r"(?<![\w.\-])(?:https?://)?(?:www\.)?(?:instagram|facebook|tiktok|twitter|x|linkedin|snapchat|"
    r"onlyfans|t)\.(?:com|me)/[^\s,;)]+|"
    # a payment page names its owner: paypal.me/name, cash.app/$name, venmo.com/u/name
    r"(?:https?://)?(?:www\.)?(?:paypal\.me|cash\.app|venmo\.com(?:/u)?|monzo\.me)/[^\s,;)]+|"
    r"(?:https?://)?(?:www\.)?reddit\.com/u(?:ser)?/[^\s,;)]+|"
    r"(?<![\w/])u/[A-Za-z0-9_-]{3,20}\b|"
    # a profile page on any site: youtube.com/@name, example.com/profile/name
    r"(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)+/(?:@|profiles?/|users?/|people/|members?/|"
    r"athletes?/)"
    r"[^\s,;)]+", re.IGNORECASE)
#: A Discord tag ("kitsune#4471"), or an account-like name after "username is" or "profile on
#: that app is".
_TAG = re.compile(r"(?<![\w#])[A-Za-z][\w.]{1,31}#\d{4}\b")
_USERNAME = re.compile(r"\b(?:user ?name|handle|gamertag|tag|screen ?name|profile(?: name)?)"
                       # the site may come between: "username on the betting site is ..."
                       r"(?:\s+(?:on|at|for)(?:\s+[\w'’]+){1,3}?)?"
                       r"(?:\s+(?:is|was|=)|:)\s+['\"‘“]?@?([A-Za-z0-9_.]*[\d._][A-Za-z0-9_.]*)",
                       re.IGNORECASE)
#: The name straight after the word, when it has a digit or an underscore: "feeld username
#: CoupleCurious_Bath", "a grindr profile, 'Dom_Brixton'".
_USERNAME_BARE = re.compile(r"\b(?:user ?name|profile)\s*,?\s+['\"‘“]?@?"
                            r"([A-Za-z0-9.]*[\d_][A-Za-z0-9_.]*[A-Za-z0-9_])", re.IGNORECASE)
#: A person's account named before its platform: "he's jake_outdoors88 on there and on
#: snapchat", "she goes by tanya.fit_92 on insta".
_ACCOUNT_ON = re.compile(r"\b(?:he'?s|she'?s|he is|she is|they'?re|goes by|calls? (?:himself|"
                         r"herself)|as)\s+@?([A-Za-z][A-Za-z0-9.]*[\d_][A-Za-z0-9_.]*[A-Za-z0-9_])"
                         rf"\s+(?:on|over on)\s+(?:there|that app|{_PLATFORM})\b", re.IGNORECASE)


#: A channel or group being advertised ("join: t.me/heal_wealth_vip", "our channel 👉 ...",
#: "telegram @RecoverPro_Official") is a business, not a person: spam, not personal data.
#: Someone's own channel ("her channel youtube.com/@...") still identifies them.
_CHANNEL_BEFORE = re.compile(r"\b(?:join|(?<!her )(?<!his )(?<!their )(?:channel|group))"
                             r"(?:\s+(?:us|at|here|now))?[\s:👉→\-]*$", re.IGNORECASE)
_OFFICIAL = re.compile(r"[_.]?official$", re.IGNORECASE)


#: "he's @kingkofi_official": a person's own account, whatever it is called.
_PERSON_BEFORE = re.compile(r"\b(?:he|she|he's|she's|his|her|him|they're|their)\b[^.!?\n]{0,20}$",
                            re.IGNORECASE)


_PLATFORM_AFTER = re.compile(rf"\s+(?:on|from|over on)\s+{_PERSONAL_PLATFORM}\b")
#: After a handle that opens a message: the account is someone's ("@jake_h_92 on insta",
#: "@jake_h_92 is her account"), not a reply to a member.
ACCOUNT_AFTER = re.compile(rf"\s+(?:on|from|over on)\s+{_PLATFORM}\b|['’]s\s+{_PLATFORM}\b|"
                           r"\s+is (?:his|her|their|the)\b", re.IGNORECASE)


def _channel(text: str, start: int, handle: str) -> bool:
    """Whether the handle or URL at ``start`` names an advertised channel or group."""
    before = text[max(0, start - 30):start]
    return (_CHANNEL_BEFORE.search(before) is not None
            or (_OFFICIAL.search(handle) is not None and not _PERSON_BEFORE.search(before)))


#: A Cash App "$cashtag" (a price starts with a digit, a cashtag with a letter), when the
#: app is named in the message.
_CASHTAG = re.compile(r"(?<![\w$])\$[A-Za-z][A-Za-z0-9_]{2,19}\b")
_CASH_APP = re.compile(r"\bcash ?app\b|\bcash ?tag\b", re.IGNORECASE)
#: "add me on xbox, gamertag DarkKnight_1987": a game name, with or without "is".
_GAMERTAG = re.compile(r"\b(?:gamer ?tag|psn (?:id|name)|steam (?:id|name)|xbox (?:tag|name))"
                       r"(?:\s+(?:is|was|=)|:)?\s+@?([A-Za-z0-9_.\-]*[\d_][A-Za-z0-9_.\-]*)",
                       re.IGNORECASE)


def find_handles(text: str) -> list[Span]:
    """Handles that look like accounts (dots, digits, underscores, or a platform named)
    and profile URLs, unless a channel or group is being advertised. A letters-only
    "@Name" addresses a circle member and is kept."""
    # every profile URL has a slash; most messages have none, and the search is costly
    spans: list[Span] = []
    for m in (_PROFILE_URL.finditer(text) if "/" in text else ()):
        url = m.group().rstrip(".!?")
        if not _channel(text, m.start(), url):
            spans.append((m.start(), m.start() + len(url), "social_handle"))
    lowered = text.lower()
    for m in _MENTION.finditer(text):
        handle = m.group(1).rstrip(".-")
        before = lowered[max(0, m.start() - 40):m.start()]
        platform = re.search(rf"\b{_PERSONAL_PLATFORM}\b", before) is not None or (
            # "she's @lanamariefitness on insta": someone's account, named after it
            _PLATFORM_AFTER.match(lowered, m.end()) is not None
            and _PERSON_BEFORE.search(before) is not None)
        if (re.search(r"[\d._]", handle) or platform) and not _channel(text, m.start(), handle):
            spans.append((m.start(), m.start() + 1 + len(handle), "social_handle"))
    spans += [(m.start(), m.end(), "social_handle") for m in _TAG.finditer(text)]
    if "$" in text and _CASH_APP.search(text):
        spans += [(m.start(), m.end(), "social_handle") for m in _CASHTAG.finditer(text)]
    for m in (*_PLATFORM_HANDLE.finditer(text), *_USERNAME.finditer(text),
              *_USERNAME_BARE.finditer(text), *_ACCOUNT_ON.finditer(text),
              *_GAMERTAG.finditer(text)):
        handle = m.group(1).rstrip(".")
        if len(handle) >= 3 and any(c.isalpha() for c in handle):
            spans.append((m.start(1), m.start(1) + len(handle), "social_handle"))
    return spans


# ---- street addresses -----------------------------------------------------------------

_SUFFIX = (r"(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Court|Ct|Row|Drive|Way|Crescent|"
           r"Cres|Place|Pl|Terrace|Gardens|Grove|Mews|Walk|Boulevard|Blvd|Square|Sq|Parade|"
           r"Rise|Hill|Green|View|Yard|Wharf|Cottages|Heights|Dr|Parkway|Pkwy|Highway|Hwy|"
           r"Trail|Circle|Cir|Apartments|Apts|Mansions|Tce|Terr|Pde|Esplanade)")
_CAP = r"[A-Z][A-Za-z'’\-]+"
_UNIT = r"(?:,?\s*(?:apt|apartment|flat|unit|suite|no\.?|number)\s*\d+[A-Za-z]?)?"
_NUMBERED = re.compile(
    rf"\b\d{{1,5}}[A-Za-z]?,?\s+(?:{_CAP}\s+){{0,3}}{_CAP}\s+{_SUFFIX}\b\.?{_UNIT}"
    rf"(?:,\s*{_CAP}(?:\s+{_CAP})?\b)?")
_STREET = re.compile(rf"\b(?:{_CAP}\s+){{0,2}}{_CAP}\s+{_SUFFIX}\b\.?(?:,?\s*number\s+\d+)?")
_STREET_CUE = re.compile(
    r"(?:lives?|living|moved|house|home|flat|address|office|works?|is|at|in|"
    # after a house's own name: "Hollow Tree Farm, Lower Bisley Lane"
    r"(?:farm|cottage|lodge|manor|barn|mill),|"
    # "on", but not "the bank on Queen Street": a venue's street identifies nobody
    r"(?<!bank )(?<!shop )(?<!pub )(?<!cafe )(?<!caf[eé] )(?<!restaurant )(?<!marriott )"
    r"(?<!hotel )(?<!church )(?<!station )(?<!bar )(?<!club )(?<!gym )(?<!gym's )(?<!park )"
    r"(?<!storey )(?<!bridge )(?<!beach )(?<!house )(?<!mall )on)\s+$",
    re.IGNORECASE)
_SPANISH = re.compile(r"\b(?:calle|c/|avenida|avda\.?|plaza|paseo)\s+(?:[\wÁÉÍÓÚÑáéíóúñ]+\s+){1,4}"
                      r"\d{1,4}\b", re.IGNORECASE)
#: Street words that come first ("1457 Rue Saint-Denis", "12 Rua das Flores") or are
#: joined to the name with the number after ("Hauptstraße 12").
_PREFIXED = re.compile(
    r"\b\d{1,5}[A-Za-z]?,?\s+(?i:rue|avenue|boulevard|bd|chemin|via|viale|corso|piazza|rua|"
    r"avenida|travessa)\s+(?:(?:de|du|des|la|le|da|do|dos|das|del|della|di)\s+)*"
    rf"{_CAP}(?:[\s\-]+{_CAP})?")
_JOINED = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|weg|platz|gasse|allee|ring|straat|laan|"
                     r"plein|gracht|kade|dijk|singel)\s+\d{1,4}[a-z]?\b")
#: Street word first, number after: "via Roma 12", "Rua das Flores, 123", "ul. Kwiatowa 5",
#: "strada Lalelelor nr. 7".
_UCAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zß-öø-ÿĀ-ž'’\-]+"
_NUMBER_LAST = re.compile(
    r"\b(?i:via|viale|corso|piazza|rua|avenida|av\.|avda\.|travessa|ul\.|ulica|al\.|aleja|plac|"
    r"strada|str\.|calea|bulevardul|rue|jl\.|jalan|soi|thanon)\s+"
    r"(?:(?i:de|da|do|dos|das|del|della|di|des|du|la|le|lui)\s+)*"
    rf"{_UCAP}(?:[\s\-]+{_UCAP}){{0,2}},?\s+(?:n[º°o]\.?\s*|nr\.?\s*|(?i:no)\.?\s*)?\d{{1,5}}[A-Za-z]?"
    r"(?:/\d+)?\b")
#: Grid addresses of Colombia and the like ("Calle 72 #10-34", "Carrera 43A #1-50"), and
#: house-and-road or block-and-lot forms ("House 27, Road 11", "Blk 12 Lot 7"), and
#: Vietnamese wards ("123 Nguyen Trai, Phuong 5").
_GRID = re.compile(
    r"\b(?:Calle|Carrera|Cra\.?|Cl\.?|Transversal|Diagonal|Avenida|Av\.?)\s+\d{1,3}[A-Z]?\s*"
    r"(?:#|No\.?|N[º°])\s*\d{1,3}[A-Z]?\s*-\s*\d{1,3}\b|"
    r"\b(?:House|Plot|Holding)\s+\d{1,4}[A-Z]?,\s*(?:Road|Street|St\.?|Lane)\s+\d{1,4}[A-Z]?\b|"
    r"\bBl(?:oc)?k\.?\s*\d{1,4}[A-Z]?,?\s*Lot\s*\d{1,4}\b|"
    r"\b\d{1,4}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s*(?:Phuong|Phường|Ward|P\.)\s*\d{1,2}\b")
#: Malaysian and Indian forms: "88 Jalan SS2/24, Petaling Jaya", "B-42, Lajpat Nagar, Delhi".
_JALAN = re.compile(
    r"\b(?:(?:[Nn]o\.?\s*)?\d{1,5}[A-Z]?,?\s+)?(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh)\s+"
    r"[\w/]+(?:\s+[A-Z0-9][\w/]*){0,3}(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?")
_NAGAR = re.compile(
    r"\b(?:[A-Z]-?)?(?!(?:19|20)\d\d\b)\d{1,4}[A-Z]?,?\s+(?:[A-Z][a-z]+\s+){0,2}"
    r"(?:Nagar|Colony|Vihar|Enclave|Marg|Bagh|Puram|Layout|Residency|Society|Chowk|Gali|Sector\s+\d+)\b(?:,\s*[A-Z][a-z]+)?")
#: An Irish Eircode ("D06 XK72"): routing key and a unique part with letters and digits.
_EIRCODE = re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?(?=[0-9AC-FHKNPRTV-Y]{0,3}\d)"
                      r"(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}\b")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")
#: Post boxes and rural routes: "PO Box 3391, Ballarat", "RR 2, Box 114, Wheatley".
_BOX = re.compile(r"\b(?:P\.?\s?O\.?\s?Box|Post Office Box|Private Bag|(?:RR|R\.R\.|Rural Route)"
                  rf"\s?\d{{1,3}},?\s*Box)\s*#?\s*\d{{1,6}}\b(?:,\s*{_CAP}(?:\s+{_CAP})?)?")
#: A flat, plot or lot first, then the building or estate: "Apartment 1104, Sea Breeze
#: Towers", "Plot 12, Kasarani Estate", "Lot 47, Ridgeview Mobile Home Park".
_UNIT_FIRST = re.compile(rf"\b(?:Apartment|Apt\.?|Flat|Unit|Suite|Lot|(?i:plot|stand|erf))\s+"
                         rf"\d{{1,5}}[A-Z]?,\s+(?:{_CAP}\s+){{0,3}}{_CAP}\b")
#: A landmark, then the house: "opposite the big mosque in Kano, house 14".
_LANDMARK_HOUSE = re.compile(r"\b(?:opposite|behind|next to|beside|after|near) (?:the )?"
                             r"[^.,;!?\n]{3,40},\s*(?:house|plot|flat|stand|no\.?|number)\s*"
                             r"\d{1,4}[A-Za-z]?\b", re.IGNORECASE)
#: A numbered road named after a point of the compass, with its town: "55 Greenlane West, Epsom".
_COMPASS_ROAD = re.compile(rf"\b\d{{1,5}}\s+{_CAP}\s+(?:North|South|East|West),\s+{_CAP}")
#: An American number and direction before the street's name: "1918 N Halsted".
_DIRECTION = re.compile(rf"\b\d{{3,5}}\s+[NSEW]\.?\s+{_CAP}(?:\s+{_SUFFIX}\b\.?)?{_UNIT}")
#: A numbered street of any kind, with the town and the first half of a British postcode:
#: "27 Holly Bank, Mossley Hill, Liverpool L18".
_TOWN_DISTRICT = re.compile(rf"\b\d{{1,4}}\s+(?:{_CAP}\s+){{0,2}}{_CAP},\s+(?:{_CAP}\s+){{0,2}}"
                            rf"{_CAP}(?:,\s+{_CAP})?\s+[A-Z]{{1,2}}\d[A-Z\d]?\b")
_NUMBER_AFTER = re.compile(r"^,?\s*(?:in\s+[A-Z]\w+,?\s*)?number\s+\d+")
#: A room someone is staying in: "the Motel 6 off I-35 in Waco, room 112".
_LODGING_ROOM = re.compile(
    r"\b(?:[A-Z][\w'’&]*\s+){0,3}(?:Motel|Hotel|Inn|Lodge|Travelodge|Hostel|B&B|Suites)\b[^.!?\n]{0,50}?"
    r"\b[Rr]oom (?:[Nn]o\.? ?|#)?\d{1,4}[A-Za-z]?\b")


#: Storage and software that end like a street: "in his Google Drive", "on the hard drive".
_NOT_STREET = re.compile(r"(?:Google|One|Hard|Thumb|Flash|USB|Test|Shared|Network) Drive\b",
                         re.IGNORECASE)


#: A what3words location, which names a 3 m square: "///filled.count.soap", or three
#: dotted words after the service's name ("what3words: filled.count.soap").
_W3W = re.compile(r"(?<![\w/])///[^\W\d_]+\.[^\W\d_]+\.[^\W\d_]+\b|"
                  r"\b(?:what ?3 ?words|w3w)\b[^.!?\n]{0,20}?(?<![\w/.])(?P<square>/{0,3}"
                  r"[^\W\d_]{2,}\.[^\W\d_]{2,}\.[^\W\d_]{2,})\b", re.IGNORECASE)


def find_addresses(text: str) -> list[Span]:
    """Numbered street addresses, named streets with a locating cue, postcodes, a
    what3words square and a hotel room."""
    spans = [(m.start(), m.end(), "address") for m in _NUMBERED.finditer(text)]
    for m in _STREET.finditer(text):
        if _NOT_STREET.match(m.group()):
            continue
        before = text[max(0, m.start() - 12):m.start()]
        after = text[m.end():m.end() + 40]
        tail = _NUMBER_AFTER.match(after)
        if tail:
            spans.append((m.start(), m.end() + tail.end(), "address"))
        elif _STREET_CUE.search(before):
            spans.append((m.start(), m.end(), "address"))
    spans += [(m.start(), m.end(), "address")
              for rx in (_SPANISH, _PREFIXED, _JOINED, _POSTCODE, _NUMBER_LAST, _NAGAR, _EIRCODE,
                         _GRID, _LODGING_ROOM, _BOX, _UNIT_FIRST, _DIRECTION, _TOWN_DISTRICT,
                         _LANDMARK_HOUSE, _COMPASS_ROAD)
              for m in rx.finditer(text)]
    spans += [(m.start(), m.end(), "address") for m in _JALAN.finditer(text)
              if any(c.isdigit() for c in m.group())]
    if "/" in text or "3" in text:
        for m in _W3W.finditer(text):  # after the service's name, only the square itself
            start = m.start("square") if m.group("square") else m.start()
            spans.append((start, m.end(), "address"))
    return spans


# ---- licence plates -------------------------------------------------------------------

_UK_PLATE = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b")
#: Indian plates: state, district, series, number ("KA 03 MN 4471", "DL-8C-AF-1234").
_IN_PLATE = re.compile(r"\b[A-Z]{2}[\s\-]?\d{1,2}[\s\-]?[A-Z]{1,3}[\s\-]?\d{4}\b")
#: Irish plates: year, county, number ("172-D-40918", "09 KY 1234").
_IE_COUNTY = r"(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|W|WH|WX|WW)"
_IE_PLATE = re.compile(rf"(?<![\w\-])\d{{2,3}}(?:-{_IE_COUNTY}-\d{{1,6}}|\s{_IE_COUNTY}\s\d{{3,6}})"
                       r"(?![\w\-])")
#: South African plates with a province prefix ("CA 555-019", "CY 123 456").
_ZA_PLATE = re.compile(r"\bC[AFJKLXY]\s\d{3}[\s\-]\d{3}\b")
_PLATE_CUE = re.compile(
    r"\b(?:plate|plates|reg|rego|registration|licen[cs]e|number plate|matr[íi]cula|tag|"
    r"kennzeichen|nummernschild|plaque(?: d'immatriculation)?|immatriculation|targa|placa|"
    r"rejestracja|rejestracyjn\w+|tablica|kenteken|num[aă]rul de [îi]nmatriculare|plaka)"
    r"(?:'s|\s+is|\s+was|\s+number|\s+no\.?|\s+plate|\s+war|\s+ist|\s+est|\s+[ée]tait|"
    r"\s+era|\s+[ée]|\s+[èé]|\s+es|\s+to|\s+jest|\s+by[łl]a|\s+nya|\s+ay|"
    r"\s+(?:do|da|del|de la|of) (?:carro|coche|auto|macchina|voiture|car|van)(?: (?:dele|dela|"
    r"suyo|sua|his|her))?|:){0,3}"
    r"\s+([A-Z0-9]{1,4}(?:[\s\-]?[A-Z0-9]{1,5}){1,2})\b",
    re.IGNORECASE)


#: A plate-shaped token ("GH-482-KL", "B 482 KLM", "QPT4E21", "54-KTR-7") counts when a
#: plate word or a car is named within a few words of it, before or after.
_PLATE_TOKEN = re.compile(
    r"(?<![\w\-])(?=[A-Z0-9\- ]*\d)(?=[A-Z0-9\- ]*[A-Z])"
    r"(?:[A-Z]{1,3}[\s\-]?\d{2,4}(?:[\s\-]?[A-Z]{1,3})?|"
    r"\d{1,3}[\s\-]?[A-Z]{1,3}[\s\-]?\d{1,4}|[A-Z]{3}\d[A-Z0-9]\d{2}|[A-Z]{2,3}-\d{2}-\d{3,4})(?![\w\-])")
_CAR_NEAR = re.compile(
    r"\b(?:plates?|rego|reg|registration|placa|matr[íi]cula|targa|kenteken|plaque|immatriculation|"
    r"rejestracja|tablica|kennzeichen|num[aă]rul|plaka|car|cars|voiture|coche|carro|auto|"
    r"macchina|samoch[oó]d|wagen|leaseauto|van|ute|truck|suv|clio|golf|polo|corolla|civic|"
    r"panda|logan\w*|vios|onix|hilux|ranger|focus|fiesta|octavia|passat|astra|corsa|yaris|"
    r"swift|creta|audi|bmw|toyota|honda|ford|vw|seat|skoda|renault|peugeot|fiat|dacia|nissan|"
    r"kia|hyundai|mazda|volvo|mercedes|tesla|camry|myvi|probox|vitz|axio|premio|fielder|saga|"
    r"bezza|alza|innova|fortuner|navara|hiace|bakkie|quantum|prado|land ?cruiser|accord|"
    r"altis|city|wigo|mirage|ertiga)\b", re.IGNORECASE)
#: "Golf GTI 2020": a model and its year, not a plate.
_MODEL_YEAR = re.compile(r"[A-Z]{2,}\s(?:19|20)\d\d$")


#: A plate read out in the phonetic alphabet: "reg is Bravo Lima one nine Kilo X-ray Yankee".
_NATO_WORDS = ("alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
               "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec",
               "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "whisky", "x-ray",
               "xray", "yankee", "zulu")
_NATO = "|".join(w.replace("-", r"\-") for w in _NATO_WORDS) + "|juliett"
_SAID_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)"
_SPOKEN_PLATE = re.compile(rf"\b(?:(?:{_NATO}|{_SAID_DIGIT})\b[\s,\-]*){{5,10}}", re.IGNORECASE)
_NATO_WORD = re.compile(rf"\b(?:{_NATO})\b", re.IGNORECASE)
_DIGIT_WORD = re.compile(rf"\b{_SAID_DIGIT}\b", re.IGNORECASE)

_PLATE_CUE_WORD = re.compile(r"\b(?:number ?plate|licen[cs]e plate|reg(?:istration)?)\b",
                             re.IGNORECASE)


def _spoken_plates(text: str) -> list[Span]:
    """Runs of five or more letters and digits said aloud, at least two letters and one
    digit, beside a plate word or a car."""
    lowered = text.lower()
    if not any(w in lowered for w in _NATO_WORDS):
        return []
    spans: list[Span] = []
    for m in _SPOKEN_PLATE.finditer(text):
        run = m.group().rstrip(" ,-")
        if len(_NATO_WORD.findall(run)) < 2 or not _DIGIT_WORD.search(run):
            continue
        near = text[max(0, m.start() - 40):m.start()] + " " + text[m.end():m.end() + 30]
        if _CAR_NEAR.search(near) or _PLATE_CUE_WORD.search(near):
            spans.append((m.start(), m.start() + len(run), "licence_plate"))
    return spans


def find_plates(text: str) -> list[Span]:
    """UK, Indian, Irish and South African plates anywhere; other formats after a plate
    word, or next to a plate word or a car; a plate read out in the phonetic alphabet
    beside one."""
    spans = [(m.start(), m.end(), "licence_plate")
             for rx in (_UK_PLATE, _IN_PLATE, _IE_PLATE, _ZA_PLATE) for m in rx.finditer(text)]
    for m in _PLATE_TOKEN.finditer(text):
        near = text[max(0, m.start() - 40):m.start()] + " " + text[m.end():m.end() + 40]
        if len(m.group()) >= 5 and _CAR_NEAR.search(near) and not _MODEL_YEAR.search(m.group()):
            spans.append((m.start(), m.end(), "licence_plate"))
    for m in _PLATE_CUE.finditer(text):
        plate = m.group(1)
        if re.search(r"\d", plate) and re.search(r"[A-Za-z]", plate) and plate.upper() == plate:
            spans.append((m.start(1), m.end(1), "licence_plate"))
    return spans + _spoken_plates(text)


# ---- identity numbers, bank details, dates of birth ---------------------------------

#: Words that name an identity document or number, in English and the other languages
#: members write in: "PPS number", "SSN", "NI number", "Aadhaar", "CPF", "DNI", "PESEL".
_ID_CUE = re.compile(
    r"\b(?:ssn|social security(?: number| no\.?| #)?|national insurance(?: number| no\.?)?|"
    r"ni (?:number|no\.?)|pps(?:n| number| no\.?)?|aadhaa?r(?: card| number| no\.?)?|"
    r"pan(?: card)? (?:number|no\.?)|pan card|cpf|rg|dni|nie|nif|pesel|bsn|sin|tfn|ird(?: number)?|"
    r"tax (?:file |id |identification |reference )?(?:number|no\.?)|tin|utr|"
    r"passport(?: number| no\.?)?|(?:driver'?s?|driving) licen[cs]e(?: number| no\.?)?|"
    r"nhs number|medicare(?: number| card)?|health card(?: number)?|id (?:number|no\.?|card)|"
    r"identity (?:number|card)|personalausweis(?:nummer)?|steuer-?id|codice fiscale|"
    r"n[uú]mero de identidad|c[eé]dula|carte d'identit[eé]|num[eé]ro fiscal|"
    r"numer (?:dowodu|pesel)|sofinummer|cnp|philhealth|sss|umid|curp|rfc|emirates id|nric|"
    r"ic number|mykad|hkid|nin|bvn)"
    r"(?:['’]s|\s+(?:is|was|=|no\.?|number|#|es|[eé]|ist|est|to|jest|era|hai))*"
    # a few words may come between: "PPS number's on the tax form he left out, 1234567TA"
    r"(?:\s+[^\d\n]{0,40}?)?\s*[:#,]?\s*$", re.IGNORECASE)
#: The number itself: digits with letters allowed ("1234567TA"); at least four digits and
#: seven characters count (``find_id_numbers``).
_ID_VALUE = re.compile(r"(?<![\w\-])(?:[A-Z]{1,6}-?|[A-Z]{2}\s)?\d[\dA-Z]*(?:[\s.\-/]\d[\dA-Z]*){0,4}"
                       r"(?:\s?[A-Z]\b)?")
#: Formats that are identity numbers without a cue: US SSN "123-45-6789", UK National
#: Insurance "QQ 12 34 56 C", Brazilian CPF "123.456.789-09".
_ID_FORMATS = re.compile(
    r"(?<![\w\-])\d{3}-\d{2}-\d{4}(?![\w\-])|"
    r"\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b|"
    r"(?<![\w.])\d{3}\.\d{3}\.\d{3}-\d{2}\b")
#: An IBAN, checked by its mod-97 digits, or 13-19 card digits passing the Luhn check.
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b")
_CARD = re.compile(r"(?<![\w\-])\d{4}(?:[\s\-]?\d{3,4}){2,3}(?:[\s\-]?\d{1,3})?(?![\w\-])")
_BANK_CUE = re.compile(
    r"\b(?:sort code|account (?:number|no\.?)|acct|routing (?:number|no\.?)|bsb|ifsc|"
    r"(?:credit |debit |bank )?card(?: number| no\.?)?|full number|"
    r"n[uú]mero de cuenta|conta|kontonummer|num[eé]ro de compte|numer konta|"
    r"rekeningnummer)(?:\s+(?:is|was|=|es|ist|to|jest))?\s*[:#]?\s*$", re.IGNORECASE)
_BANK_VALUE = re.compile(r"(?<![\w\-])[A-Z]{0,4}\d[\d\s\-]{4,24}\d", re.IGNORECASE)
_BIRTH_CUE = re.compile(
    r"\b(?:dob|d\.o\.b\.?|date of birth|born(?: on)?|birthday is|fecha de nacimiento|"
    r"nacid[oa](?: el)?|data de nascimento|nascid[oa] em|geburtsdatum|geboren am|"
    r"date de naissance|n[ée]e? le|data di nascita|nato il|nata il|data urodzenia|ur\.|"
    r"geboortedatum)(?:\s+(?:is|was))?(?:\s+[^\d\n]{0,40}?)?\s*[:\-,]?\s*$",
    re.IGNORECASE)
_BIRTH_VALUE = re.compile(
    r"\d{1,4}[./\- ]\d{1,2}[./\- ]\d{2,4}\b|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d\d\b|"
    r"[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b")


_ANY_DIGIT = re.compile(r"\d")


def _iban_ok(raw: str) -> bool:
    s = raw.replace(" ", "").upper()
    digits = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return 15 <= len(s) <= 34 and int(digits) % 97 == 1


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _after_cue(text: str, cue: re.Pattern[str], value: re.Pattern[str], kind: str,
               min_digits: int) -> list[Span]:
    """Values that follow a cue, directly or a few words on ("PPS number 1234567TA",
    "DOB 14/03/1982", "my DOB is on the screenshot, 03/11/1986")."""
    spans = []
    for m in value.finditer(text):
        raw = m.group().rstrip(" .-/")
        if sum(c.isdigit() for c in raw) >= min_digits and cue.search(
                text[max(0, m.start() - 45):m.start()]):
            spans.append((m.start(), m.start() + len(raw), kind))
    return spans


def find_id_numbers(text: str) -> list[Span]:
    """Identity numbers after a cue or in an unmistakable format; IBANs and card numbers
    that pass their check digits, account numbers after a cue; dates of birth after a
    cue ("DOB", "born on")."""
    if not _ANY_DIGIT.search(text):
        return []
    spans = [sp for sp in _after_cue(text, _ID_CUE, _ID_VALUE, "id_number", 4)
             if sp[1] - sp[0] >= 7]
    spans += [(m.start(), m.end(), "id_number") for m in _ID_FORMATS.finditer(text)]
    spans += [(m.start(), m.end(), "bank_details") for m in _IBAN.finditer(text)
              if _iban_ok(m.group())]
    spans += [(m.start(), m.end(), "bank_details") for m in _CARD.finditer(text)
              if 13 <= len(d := _digits(m.group())) <= 19 and _luhn_ok(d)]
    spans += _after_cue(text, _BANK_CUE, _BANK_VALUE, "bank_details", 6)
    spans += _after_cue(text, _BIRTH_CUE, _BIRTH_VALUE, "birth_date", 2)
    return spans


# ---- full names with a workplace or town ----------------------------------------------

NOT_NAMES = {
    "i", "the", "my", "his", "her", "our", "their", "a", "an", "and", "but", "so", "if",
    "national", "domestic", "abuse", "violence", "hotline", "helpline", "line", "text",
    "crisis", "not", "just", "friends", "nhs", "citizens", "advice", "talking", "therapies",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "christmas", "easter", "happy", "good", "new", "old",
    "dear", "hi", "hey", "hello", "thanks", "thank", "yes", "no", "ok", "okay", "uk", "us",
    "st", "saint", "head", "dental", "motors", "surgery", "vets", "primary", "school",
    "station", "road", "street", "lane", "avenue", "close", "court", "row", "accountants",
    "ltd", "group", "bank", "hospital", "university", "college", "centre", "center",
    "instagram", "facebook", "tiktok", "snapchat", "whatsapp", "telegram", "discord", "god",
    "he", "she", "they", "we", "you", "it", "that", "this", "what", "why", "how", "when",
    "update", "week", "day", "today", "tonight", "also", "then", "anyone", "everyone",
    "samaritans", "mind", "relate", "shout", "lifeline", "esther", "perel", "shirley",
    "glass", "dr", "mr", "mrs", "ms", "miss", "prof", "sent", "via", "from", "reclaim",
    "your", "worth", "black", "rise", "after", "betrayal", "trust", "again", "affair",
    "recovery", "masterclass", "heal", "healing", "i'm", "i’m", "im", "i've", "i'd", "i'll",
    "legal", "aid", "men's", "women's", "support", "service", "services", "council",
    "police", "family", "team", "line", "lines", "any", "all", "some", "most", "fellow",
    "other", "many", "help", "phone", "kids", "children", "youth", "foundation", "charity",
    "network", "project", "association", "society", "institute", "clinic",
    "north", "south", "east", "west", "africa", "america", "zealand", "kingdom", "states",
    "republic", "island", "islands", "initiative", "alliance", "coalition", "programme",
    "program", "partnership",
    # titles, venues and groups that read like names: "Heart Reset Retreat", "Premier Inn",
    # "Phoenix Park", "Pieta House", "Gamblers Anonymous", "Judge Judy", "Cape Town"
    "retreat", "creatures", "phrase", "kit", "park", "inn", "house", "anonymous", "judge",
    "bootcamp", "workshop", "seminar", "summit", "academy", "couples",
    "town", "city", "getting", "lessons",
    # job titles and awards: "Senior Surveyor at Kellaway Partners", "Best Local Brunch"
    "senior", "junior", "partners", "best", "local", "awards", "award",
    # cars: "key it into her Range Rover"
    "rover", "benz", "royce",
    # services and shows: "cancelling his Sky Sports", "his Google Drive", "Breathing Space"
    "sports", "google", "drive", "breathing", "space", "bake", "off",
    # countries before a service's name: "in India Tele-MANAS is 14416"
    "india", "ireland", "england", "scotland", "wales", "australia", "canada", "nigeria",
    "kenya", "ghana", "spain", "france", "germany", "italy", "poland", "mexico", "brazil",
    "philippines", "pakistan",
    # a city and a helpline's name: "in Port Harcourt", "15999 Talian Kasih"
    "port", "talian",
}
#: An author named after a title: "Healing from Infidelity by Michele Weiner-Davis".
_AUTHOR = re.compile(r"\b(?:by|author|search)\s+[\"'“‘]?$|(?:[\"“‘]|(?<!\w)')\s*(?:[\w'’-]+\s+){0,4}$",
                     re.IGNORECASE)
#: ... straight after a title in quotes, whatever the message says of it: "picked up
#: 'Healing from Infidelity' by Michele Weiner-Davis in a charity shop".
_TITLE_BY = re.compile(r"[\w?!.][\"'”’]\s+by\s+$")
#: ... or after a title in capitals: "The Artist's Way by Julia Cameron".
_CAPS_TITLE_BY = re.compile(r"(?:\b[A-Z][\w'’]*\s+){2,7}by\s+$")
#: A title, not a person: "The Artist's Way", or capitals that go on into the name of a
#: course or a book ("the free Living Life to the Full course").
_THE_BEFORE = re.compile(r"\bThe\s+$")
_TITLE_AFTER = re.compile(r"(?:\s+(?:to|of|the|and|in|for|a|from|after|with|[A-Z][\w'’]*)){0,5}\s+"
                          r"(?:course|programme|program|book|workbook|podcast|app|series|method|"
                          r"talk|video|channel|website|challenge|approach|model)\b")
_READING = re.compile(r"\b(?:book|books|library|author|article|podcast|novel|kindle|audiobook|"
                      r"read|reading|chapter|psychology today|ted talk|search)\b", re.IGNORECASE)
#: Letters of the Latin-script languages members write in (French, German, Polish,
#: Portuguese, Spanish, Italian, Dutch, Romanian...), upper and lower case.
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪŁŃŇŌŐŒŘŚŞŠȘŢȚŤŪŮŰŹŻŽ"
_LOW = "a-zß-öø-ÿāăąćčďđēęěğīłńňōőœřśşšșţțťūůűźżž'’"
#: A capital inside a surname after its first letters: "McAllister", "DuPree", "O'Brien".
_WORD_UP = rf"[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?"
_NAME = re.compile(
    r"(?<![@\w])(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?"
    # a middle initial may come between: "Samantha J. Kowalczyk"
    rf"({_WORD_UP})\s+(?:[{_UP}]\.?\s+)?"
    rf"({_WORD_UP}(?:\s+(?:(?i:de|da|do|dos|das|del|della|di|van|von|der|dela|bin|binti|al) )?"
    rf"{_WORD_UP})?)(?![\w@])")
_WORK_CUE = re.compile(
    r"\b(?:works?|working|worked|teaches|teacher|trabaja|employed|manager|nurse|receptionist|"
    r"director|head of|owner|GP|doctor|dentist|solicitor|lawyer|accountants?|"
    r"at\s+[A-Z][\w'’&]+|de\s+[A-Z][a-z]{2,}|lives? in|from\s+(?:the\s+)?[A-Z][a-z]+|"
    r"ltd|vets|primary|school|pharmacy|farmacia|gym|"
    r"office|company|drives?(?: for(?! a living| fun| hours| miles)| the)|driver|"
    r"courier|couriers|depot|plumb\w+|"
    r"electrician|builders?|realtor|estate agents?|hairdresser|barber|mechanic|garage|"
    r"paramedic|firefighter|pharmacist|physio|personal trainer|bartender|barista|chef|"
    r"pastor|vicar|officer|plays (?:\w+ ){0,2}for|(?:R|A)?FC|(?i:church|parish)|"
    # in any case, as a sign or a signature writes them: "Consultant Dermatologist,
    # St Brennan's Hospital", "the Letterkenny branch of Donegal Credit Union", "runs the
    # coffee cart outside Leeds station"
    r"(?i:consultant|hospital|clinic|surgery|plumbing|electrical|dental|motors|solicitors|"
    r"branch|credit union|building society|maternity|ward|(?:runs|owns|manages) (?:the|a|an)|"
    r"café|cafe|coffee (?:cart|shop)|restaurant|pub|hotel|bakery|salon|warehouse|factory)|"
    # the same in other languages: "travaille chez", "trabalha na", "arbeitet bei",
    # "pracuje w", "lavora da", "werkt bij", "lucrează la"
    r"travaille|trabalha|arbeitet|pracuje|lavora|werkt|lucreaz[aă]|trabaja|"
    r"cabinet|cl[ií]nica|klinik|praxis|sparkasse|firma|empresa|azienda|entreprise|"
    rf"(?:chez|bei|em|na|no|w|we|en|à|a|au|nella|nel|bij|la|in)\s+[{_UP}][{_LOW}]{{2,}})\b")
_MORE_CAPITALS = re.compile(rf"\s+[{_UP}]")
#: The later parts of a double-barrelled surname, which are never a job or a place.
_HYPHENATED = re.compile(r"-\w+")


def _bare(word: str) -> str:
    """A word as NOT_NAMES lists it: lower case, without a possessive ending."""
    return word.lower().removesuffix("'s").removesuffix("’s")


_NAME_CUE = re.compile(r"\b(?:name(?:'s|\s+is|d)|called|se llama|under the name|"
                       r"name (?:on|in|of) (?:the |his |her )?[\w ]{1,20} (?:was|is):?|"
                       r"look (?:her|him|them) up:?|his|her|"
                       r"s'appelle|s’appelle|se chama|chama-se|hei(?:ß|ss)t|nazywa si[eę]|"
                       r"si chiama|heet|se nume[sș]te|pangalan niya ay)\s+$", re.IGNORECASE)

#: A profile under a full name: "he's on facebook as Gavin Tremayne", "on linkedin as 'Ana
#: Pires'". The name is the account, and it finds the person as a handle would.
_PROFILE_CUE = re.compile(r"\b(?:on|in) (?:facebook|fb|linkedin|insta(?:gram)?|tik ?tok|"
                          r"twitter|tinder|hinge|bumble|grindr) as\s+[\"'“‘]?$|"
                          # "find me on facebook, Ruth Parry, Kidderminster"
                          r"\b(?:find|add|look)\s+(?:me|him|her)\s+(?:up\s+)?on\s+(?:facebook|fb|"
                          r"linkedin|insta(?:gram)?)\s*[,:\-]?\s*(?:as\s+|under\s+)?[\"'“‘]?$|"
                          r"\b(?:account|profile)(?: name)?(?: is| was| called)?\s+[\"“‘]$",
                          re.IGNORECASE)

#: Just before a capitalised pair: the name of a group, channel, app or event, not a person.
_TITLE_BEFORE = re.compile(
    r"\b(?:channel|group|app|page|podcast|retreat|programme|program|course|canal|grupo|groupe|"
    r"gruppe|grupa|caf[eé]|shop|restaurant|pub|business|brand)\b"
    r"(?:\s+(?:de|on|di|du|na|no|em)?\s*(?:telegram|whatsapp|facebook|discord|instagram|privé|"
    r"privado|privada|private))?\s*(?:called|named|:)?\s*[\"'“‘«]?(?:the\s+)?$",
    re.IGNORECASE)


#: A one-person business under its owner's name, right after a name cue: "the name on the
#: card statement is 'Jade Whitely Massage Therapy'". The trade is the workplace.
_TRADE_NAME = re.compile(
    rf"[\"'“‘]?({_WORD_UP})\s+({_WORD_UP})\s+(?:Massage|Therapy|Therapies|Beauty|Hair|Nails|"
    r"Lashes|Brows|Aesthetics|Skincare|Photography|Physio(?:therapy)?|Counselling|Coaching|"
    r"Consulting|Consultancy|Fitness|Yoga|Pilates|Cleaning|Catering|Design|Interiors|Bridal|"
    r"Tutoring|Styling|Florist|Flowers|Cakes|Bakes|Bookkeeping|Accountancy|Osteopathy|"
    r"Chiropractic|Nutrition|Dog Grooming|Grooming|Hypnotherapy|Reflexology)\b")


def find_names(text: str) -> list[Span]:
    """A first and last name together with a workplace or town elsewhere in the message,
    or at the head of a business named after its owner."""
    spans: list[Span] = []
    for m in _TRADE_NAME.finditer(text):
        if _NAME_CUE.search(text[max(0, m.start() - 45):m.start()]) and not any(
                w.lower() in NOT_NAMES for w in m.group(1, 2)):
            spans.append((m.start(1), m.end(2), "name"))
    pos = 0
    while m := _NAME.search(text, pos):
        if any(_bare(word) in NOT_NAMES for word in f"{m.group(1)} {m.group(2)}".split()):
            pos = m.start(1) + 1  # "She's Dr Amelia Hartwell": try again from the next word
            continue
        pos = m.end()
        if _MORE_CAPITALS.match(text, m.end()):
            continue  # part of a longer title: "Mentally Aware Nigeria Initiative"
        before = text[max(0, m.start() - 60):m.start()]
        if _AUTHOR.search(before[-40:]) and (
                _READING.search(text) or _TITLE_BY.search(text, 0, m.start())) \
                or _CAPS_TITLE_BY.search(before):
            continue
        if _THE_BEFORE.search(before) or _TITLE_AFTER.match(text, m.end()):
            continue
        if _TITLE_BEFORE.search(before[-40:]):
            continue  # "a telegram channel called Phoenix Wives", "grupo 'Sanando Juntas'"
        if _WORK_CUE.search(_HYPHENATED.sub("", m.group(0))):  # not "Clancy-Ward"
            continue  # a job or a workplace: "Consultant Dermatologist", "Donegal Credit Union"
        rest = text[:m.start()] + " " + text[m.end():]
        before = text[max(0, m.start() - 25):m.start()]
        cue = _NAME_CUE.search(before)
        if _WORK_CUE.search(rest) or (cue and len(rest) > 10) or _PROFILE_CUE.search(before):
            # a closing quote is not part of the name: "as 'Owen Pritchard', ha"
            spans.append((m.start(), m.start() + len(m.group(0).rstrip("'’")), "name"))
    return spans


def merge(spans: Iterable[Span]) -> list[Span]:
    """Sort spans and merge overlaps, keeping the kind of the earliest, longest span."""
    out: list[Span] = []
    for s, e, k in sorted(spans, key=lambda x: (x[0], -x[1])):
        if out and s < out[-1][1]:
            ps, pe, pk = out[-1]
            out[-1] = (ps, max(pe, e), pk)
        else:
            out.append((s, e, k))
    return out
