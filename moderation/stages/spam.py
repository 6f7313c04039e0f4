"""Advertising, recruiting to other platforms, chain messages, scams, and links.

Scores come from counting independent cues (a price, a discount code, "DM me",
another platform, money-making, a chain, a non-allowlisted link); one cue alone is
normal chat, two or more together are how spam reads. Links from members younger
than ``new_member_s`` are held for a facilitator (label ``new_member_link``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..config import Settings
from ..links import allowed, find_links
from ..message import Message, StageResult
from ..prefilter import LiteralGate
from ..stage import config_section
from ..types import Finding, MessageContext

#: Words before an amount that make it part of a member's story, not a price: "he spent £300
#: on amazon on her", "found £2,000 of transfers".
_STORY_MONEY = ("spent", "spend", "spends", "paid", "owes", "owed", "owe", "lost", "stole", "took",
                "found", "had", "has", "hid", "blew", "gambled", "borrowed", "withdrew",
                "transferred", "wasted", "nearly", "almost", "over", "debt of", "debts of", "worth",
                "costing us", "cost")
_NOT_STORY = "".join(f"(?<!{words} )" for words in _STORY_MONEY)
#: An amount totalled over a stretch of time is a story too: "£23,000 over four years".
_OVER_TIME = (r"[\d,.]*k?\s+(?:over|in|across|during) (?:the )?(?:last |past )?(?:\w+ )?"
              r"(?:years?|months?|weeks?)\b")

CUES: dict[str, re.Pattern[str]] = {k: re.compile(v, re.IGNORECASE) for k, v in {
    "price": _NOT_STORY + r"[£$€]\s?\d(?!" + _OVER_TIME + r")|\d\s?(?:€|usd|gbp|eur)\b|"
             r"/\s?(?:month|mo|week)\b|per month|al mes|flat fee|early bird",
    "sale": r"\b(?:for sale|want to buy|wants to buy|pick ?up only|collection only|ono\b|"
            r"or nearest offer|vende|vendo|selling (?:my|his|her|a|some)|magbenta|benta tayo|"
            r"online selling)\b",
    "discount": r"\d+\s?%\s?(?:off|de descuento|discount)|\bdiscount\b|\bdescuento\b|"
                r"\bcoupon\b|black friday|money back|first call free|free trial",
    "code": r"\b(?:code|c[oó]digo)\s+[A-Z]*\d+[A-Z0-9]*\b|\bcode\s+[A-Z]{4,}\b",
    "contact_me": r"\b(?:dm|pm|inbox|message|msg|text|email|contact|escr[íi]beme|"
                  r"whatsapp)\s+(?:me|him|her|us)\b|\bask me (?:how|for)\b|\blink in (?:bio|"
                  r"comments)\b|\bsend you (?:some )?info\b|\bserious enquiries\b|"
                  r"\bhappy to (?:send (?:you )?samples|answer (?:any )?questions)\b|"
                  r"\bpor (?:privado|interno)\b|\bcomment ['\"“]?\w+['\"”]? below\b|"
                  r"\bsend you the details (?:privately|in (?:a )?(?:dm|pm|private))\b|"
                  # the same in other languages members write in
                  r"\benvoy(?:ez|e)[- ]moi (?:un )?(?:message|mp|dm)\b|\b[ée]cri(?:vez|s)[- ]moi\b|"
                  r"\bmp moi\b|\bna priv\b|\bpm (?:lang|mo ako|nyo ako|me)\b|\bchat (?:mo|nyo) ako\b|"
                  r"\bschreib(?:t)? mir\b|\bstuur me een (?:bericht|dm|appje)\b|"
                  r"\bscrivi(?:mi|temi)\b|\bme chama no (?:privado|pv|inbox|direct)\b|"
                  r"\bmanda(?:me)? (?:un )?(?:mensaje|mensagem|dm)\b|\bescr[íi]b(?:a|e)nme\b",
    "platform": r"\b(?:whats ?app|telegram|discord|signal group|facebook group|kik|"
                r"private (?:group|circle|chat)|grupo privado|my (?:group|network)|"
                r"my team(?! (?:at|in) (?:work|the office|the hospital|the school))|"
                r"(?:groupe|grupo|grupa|grupy|grupie|gruppe|gruppo|groep)\b.{0,30}\b(?:facebook\w*|"
                r"fb|whats ?app|telegram|priv[ée]e?|privado|privat|privato)|"
                r"(?:facebook|fb|viber|telegram) group|selling group|na facebooku)\b",
    "recruit": r"\b(?:join (?:my|our|me)|sign up|subscribe|grab your spot|spots? (?:left|"
               r"run out)|places left|limited (?:places|spots)|doors close|enrol|book now|"
               r"opportunity|be your own boss|work from home|network marketing|distributor|"
               r"paid subscri\w+|my (?:substack|patreon)|"
               r"my team(?! (?:at|in) (?:work|the office|the hospital|the school))|"
               # moving the talk elsewhere, not a member moving house: "moving to Peru"
               r"moving (?:over )?to (?:a |the |my |our )?(?:new |private |separate |another )?"
               r"(?:whats ?app|telegram|discord|signal|group|chat|server|app|platform|channel|forum)|"
               r"much better than (?:this|here)|way more supportive|"
               r"too moderated|invite link|side hustle|passive income|financially free|extra income|"
               r"hiring|register|newsletter|giveaway|first (?:session|call|one) (?:free|half price)|"
               r"rates on request|i'?ll add you|add you to|much less strict|no mods|"
               r"discovery call|clarity call|free consultation|my calendar is open|"
               r"can'?t say (?:more|much) (?:in|on|here)|it'?s better (?:over )?there|"
               r"(?:i get|earn) (?:a )?(?:little |small |tiny )?commission|affiliate|referral (?:link|code)|"
               r"separate (?:whats ?app|group|chat|server)|without the (?:facilitators|mods|"
               r"moderators)|where the mods (?:aren'?t|can'?t|won'?t)|talk outside (?:this|the) "
               r"group|leave (?:a |me )?(?:5|five).?stars?|leave (?:me )?a review|"
               r"rejoignez|rejoins[- ]nous|[úu]n(?:ete|anse|ase)|junte-se|zapraszam do|do[łl][aą]cz(?:cie)?|"
               r"iscriviti|unitevi|unisciti|macht mit|doe mee|word lid|sumali(?: na)?|"
               r"(?:bien )?plus actif qu'ici|m[aá]s activo que aqu[íi]|mais ativo que aqui|"
               r"wi[eę]cej os[oó]b)\b",
    "money": r"\b(?:earn|made|make) [£$€]?\d|\b(?:six|seven|6|7).figure\b|\bcrypto\b|\bbtc\b|"
             r"\bbitcoin\b|\btrading\b|"
             r"\bsignals\b|\breturns\b|\binvest(?:ment|ing)?\b|\bdebt free\b|\bguarantee(?:d)?\b|"
             r"\bgiving away\b|\bpaid study\b",
    "product": r"\b(?:(?<!of )course|programme|program|masterclass|coaching|ebook|e-book|retreat|"
               r"bootcamp|challenge|detox|webinar|podcast|episode|merch|(?<!cash )app|curso|"
               r"essential oils|investigator|journal|crystals|supplements|tarot|youtube channel|"
               r"healing page|amazon|hacker|forex|spell|kindle|my (?:new )?book|"
               r"(?:life|trauma(?:.informed)?|recovery|relationship|break.?up|divorce|healing) coach|"
               r"cat[áa]logo)\b",
    "chain": r"\bcopy and paste\b|\bforward this\b|\bshare this with\b|\bbreak the chain\b|"
             r"\b(?:send|pass|forward|share|copy|repost)(?: this)?(?: on)? to \d+\b|"
             r"\b(?:copy|paste|forward|repost)(?: this| it)?(?: \w+){0,2} (?:in)?to "
             r"(?:\d+|three|five|seven|ten) (?:other )?(?:groups|chats|people|friends|women)\b|"
             r"\b(?:send|post|share|pass)(?: this| it)?(?: \w+){0,2} (?:in)?to "
             r"(?:\d+|three|five|seven|ten) (?:other )?(?:groups|chats)\b|"
             # "send it to 7 women who are hurting", said as an order (not "I sent it to 3
             # people I trust")
             r"(?<!\bi )(?<!\bwe )\b(?:send|share|pass|forward|copy|post) (?:this|it) (?:\w+ )?"
             r"(?:on )?to \d+ (?:friends|people|women|others)\b|\brepost this\b|"
             r"\bor (?:the |you.ll have )?bad luck\b|\btag a (?:friend|mate|bestie)\b|"
             r"\b(?:like|share) this (?:message|post|page) and "
             r"(?:tag|share)\b|\btag (?:\d+|three|five) (?:friends|people|mates)\b",
    "scam": r"\bspell ?caster\b|\bget your ex back\b|\bbring (?:him|her|them) back\b|"
            r"\bbrought my (?:husband|wife|partner|ex) back\b|\bcatch a cheater\b|"
            # a "doctor" or "priest" of spells vouched for: "Dr Amadi, he is real"
            r"\b(?:dr|doctor|prophet|priest|baba|papa|mama|chief)\.? [A-Z]\w+\b.{0,20}\b(?:he|she) is "
            r"(?:real|genuine|powerful)\b|\b(?:his|her) work is fast\b|"
            # a "hacker" selling a look into a spouse's phone
            r"\b(?:get|hack|break|see) into (?:any|your (?:spouse|partner|husband|wife|ex)'?s?) "
            r"(?:phone|whats ?app|account|email|messages)\b|\bshow you who your (?:spouse|partner|"
            r"husband|wife) (?:talks|texts|chats)\b|\blove spell\b|\byou(?:'ve| have) been selected\b|"
            # an "officer" who wants account details, a stranger in uniform by name
            r"\bsend (?:me |us )?your (?:account|bank|card) details\b|\bfraud department\b|"
            r"\bmy name is (?:captain|sergeant|general|colonel|major|lieutenant|commander) \w+ \w+,? "
            r"(?:a |an )?(?:(?:us|u\.s\.|american|british|uk) )?(?:army|military|navy|marine)\b|"
            r"\bclaim (?:it |yours )?(?:within|now|before|your (?:prize|reward|gift|voucher))\b|"
            r"\baccount (?:will be|is being) (?:suspended|closed|deleted|locked)\b|"
            # the romance scam: a stranger in uniform who wants to "know you better" elsewhere
            r"\bi am an? (?:(?:us|u\.s\.|american|british|uk) )?(?:army|military|navy|marine|un|"
            r"peacekeeping) (?:officer|general|doctor|sergeant|captain|soldier|engineer|surgeon|"
            r"commander)\b|\b(?:like|love|want) to (?:get to )?know you better\b.{0,80}\b(?:hangouts?|"
            r"google chat|whats ?app|telegram|signal|kik|email)\b",
    "hype": r"!!!|🔥|✨|💰|📈|guaranteed|only \d+ (?:hours|days) left|this week only|ends tonight|"
            r"limited time|changed my life",
}.items()}
#: The cues' literals, found in one pass (see prefilter.py).
CUE_GATE = LiteralGate(CUES.values())
STRONG = {"chain", "scam"}

#: A member asking the circle for a tool ("anyone got a good app for splitting kid
#: expenses? done with whatsapp"): naming a product and an app is then a question, not
#: an advert.
ASKING = re.compile(r"\b(?:does |has |is )?(?:any ?one|any ?body|anybody here|any of you)(?: here)? "
                    r"(?:got|know|knows|have|has|use|used|uses|tried|recommend)\b|\bcan (?:any ?one|"
                    r"any ?body|you) recommend\b|\bany (?:recommendations|suggestions|recs)\b",
                    re.IGNORECASE)
QUESTION_CUES = {"product", "platform"}

#: A member telling the circle what they paid for themselves ("£4.99 a month for a
#: meditation app and it's the best thing I've bought this year"): a price and a product
#: with nothing else that sells are then their own story, not an advert.
OWN_PURCHASE = re.compile(r"\b(?:i|we)(?:'ve| have)? (?:bought|paid|use|used|subscribed|"
                          r"signed up|enrolled|booked)\b|\b(?:i'?m|i am|we'?re) enrolled\b|"
                          # the subject left out, as in chat: "enrolled in a course, £90"
                          r"^\s*(?:just |finally |have )?(?:enrolled|booked|signed up|bought|paid)\b|"
                          r"\bbest (?:thing|money) (?:i|we)(?:'ve| have)? (?:ever )?"
                          r"(?:bought|spent)\b|\b(?:i|we)(?:'ve| have)? been (?:using|paying)\b",
                          re.IGNORECASE)
PURCHASE_CUES = {"price", "product"}

#: A member telling how someone tried to sell to them or scammed them ("someone in a
#: facebook group tried to sell me a 'get him back' course", "fell for a crypto scam",
#: "I keep getting ads for 'catch a cheater' apps"): the selling is the story, unless
#: the message also asks to be contacted or carries a link.
NARRATED = re.compile(r"\b(?:tried|trying) to sell (?:me|us|him|her)\b|\b(?:fell for|got scammed by|"
                      r"was scammed by|lost [£$€]?[\d,.]+k? to) (?:a|an|some|the)\b|\b(?:getting|get|"
                      r"seeing|see|got) (?:ads|adverts|adds) for\b|\bcame in selling\b|"
                      r"\b(?:i|we) hired (?:a|an) (?:private )?investigator\b", re.IGNORECASE)


class Spam:
    """Cue counting plus link rules; emits ``spam`` and ``new_member_link`` findings."""

    name = "spam"
    heavy = False

    def __init__(self, allowlist: tuple[str, ...], max_links: int, new_member_s: float,
                 min_cues: int) -> None:
        self.allowlist = allowlist
        self.max_links = max_links
        self.new_member_s = new_member_s
        self.min_cues = min_cues

    def links(self, text: str) -> list[str]:
        """The links in ``text`` that are not on the allowlist."""
        return [u for u in find_links(text) if not allowed(u, self.allowlist)]

    def cues(self, text: str, links: list[str] | None = None) -> list[str]:
        """Names of the spam cues present in ``text`` (none for a plain question)."""
        scan = CUE_GATE.scan(text)
        found = [name for name, rx in CUES.items() if scan.search(rx)]
        if links is None:
            links = self.links(text)
        if links:
            found.append("link")
        if found and set(found) <= QUESTION_CUES and ASKING.search(text):
            return []
        if found and set(found) <= PURCHASE_CUES and OWN_PURCHASE.search(text):
            return []
        if found and not {"contact_me", "link"} & set(found) and NARRATED.search(text):
            return []
        return found

    def run(self, msg: Message, ctx: MessageContext) -> StageResult:
        result = StageResult()
        links = self.links(msg.text)
        cues = self.cues(msg.text, links)
        strong = STRONG.intersection(cues)
        if len(cues) >= self.min_cues or strong or len(links) > self.max_links:
            score = min(1.0, 0.55 + 0.15 * len(cues) + (0.3 if strong else 0.0))
            result.findings.append(Finding(self.name, "spam", score,
                                           "cues: " + ", ".join(sorted(cues))))
        if links and ctx.membership_age_s < self.new_member_s and not ctx.is_facilitator:
            result.findings.append(Finding(
                self.name, "new_member_link", 1.0,
                f"{len(links)} link(s) from a member of under {self.new_member_s:g}s"))
        return result


def build(config: Mapping[str, Any], settings: Settings, path: str) -> Spam:
    """Config: ``max_links`` (2) non-allowlisted links before a message is spam on its own;
    ``new_member_s`` (604800 = 7 days); ``min_cues`` (2) cues that make spam. The
    allowlist is the section's ``link_allowlist``."""
    sec = config_section(config, path, {"max_links", "new_member_s", "min_cues"})
    return Spam(settings.link_allowlist, sec.integer("max_links", 2, lo=0),
                sec.number("new_member_s", 604800.0, lo=0), sec.integer("min_cues", 2, lo=1))
