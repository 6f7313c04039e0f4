"""Hand-written phrase rules that back up the learned model on the clearest cases.

Rules run on the folded text (lowercase, leet and homoglyphs undone). Each label has
patterns that fire on their own, and crisis has a guard: talk that is clearly past and
resolved ("two years ago I cut myself; today I reached out") does not fire a rule.
Hyperbole ("I could kill him for forgetting") and venting about an absent partner
match none of these: they need a concrete act, a plan, a target or a member.
"""

from __future__ import annotations

import re

_P = r"(?:him|her|them|he|she|his|that (?:woman|man|cow|bitch|bastard|prick|homewrecker)|" \
     r"the (?:other woman|affair partner|homewrecker|mistress))"
_HURT = (r"(?:kill|stab|shoot|strangle|poison|batter|beat|smash|punch|hurt|burn|torch|"
         r"knock|drag|run (?:him|her|them) over|break (?:his|her|their)|slash|acid|"
         r"hit (?:him|her)|kick|glass|bury|rough (?:him|her|them) up)")

RULES: dict[str, list[re.Pattern[str]]] = {
    "crisis": [re.compile(p) for p in (
        (r"\b(?:kill(?:ing)? myself|end(?:ing)? (?:my life|it all|it tonight|things)|"
        r"take my (?:own )?life|suicide (?:note|plan)|want(?:ed)? to die|wanna die)\b"),
        r"\bdon'?t want to (?:be alive|live|exist|be here|wake up)\b",
        (r"\b(?:better off|easier|happier|fine) (?:without me|if i (?:was|were)n'?t|"
        r"if i was gone|with me gone)"),
        r"\b(?:won'?t|will not|not going to) be (?:here|around)\b",
        (r"\b(?:my )?last (?:message|post|night) (?:here|ever)\b|\bthis is (?:my )?goodbye\b|"
        r"\bgoodbye (?:everyone|all)\b"),
        (r"\b(?:note'?s|letters?) (?:is |are )?(?:written|done)\b|"
        r"\bwr(?:ote|itten) (?:a |my )?(?:letters?|notes?|goodbye)s? (?:to|for) (?:each|my|the)\b"),
        (r"\b(?:stockpil\w*|saving up|saved up|hoard\w*) (?:my |the |his |her )?"
        r"(?:pills|tablets|meds|painkillers|sleeping)"),
        (r"\b(?:hurting|cutting|cut|burn(?:ed|t|ing)|harm(?:ed|ing)?|scratch(?:ed|ing)) "
        r"(?:myself|my (?:arms?|legs?|wrists?|skin)) (?:again|most nights|every night|"
        r"on purpose|til|until|last night|tonight)"),
        r"\brelapsed\b.*\b(?:razor|blade|cut|cutting|arms|self.?harm)",
        (r"\b(?:he'?s|she'?s|they'?re) (?:going to|gonna) (?:kill|hurt) me\b|"
        r"\b(?:kill|hurt|finish) me (?:tonight|next time|if)|\bnext time i won'?t get up\b"),
        (r"\b(?:locked (?:myself|me) in|i can'?t get out|i'?m (?:hiding|scared to move|"
        r"not safe)|call the police)\b"),
        (r"\b(?:he'?s|she'?s|my (?:ex|husband|wife|partner) (?:is|has)) (?:outside|"
        r"hammering|banging|smashing|kicking|trying the)\b"),
        # warning signs: giving things away, settling affairs, acquiring means, goodbyes
        (r"\b(?:gave|giving|given|found (?:a )?homes? for|handing|handed) (?:away |out )?"
        r"(?:the |my |all my )?(?:dog|dogs|cat|cats|pets?|stuff|things|jewell?ery|belongings)\b"
        r"(?!.{0,40}\b(?:charity|his|ex'?s)\b)"),
        (r"\b(?:tying up loose ends|put my affairs in order|sorted out who gets|ready now|"
        r"made my decision|i'?ve decided\b.{0,40}\b(?:tonight|weekend|tomorrow|it)|"
        r"tonight'?s the night|that'?s when|(?:doesn|don)'?t know what'?s coming|soon none of (?:it|this) will)"),
        (r"\b(?:how many (?:it would take|to take)|counted them|enough (?:saved|pills|tablets)|"
        r"(?:pills|tablets) (?:lined up|saved|ready)|engine running|bought (?:a )?rope|"
        r"the (?:rope|blades?|razor)\b.{0,30}\b(?:back|ready|drawer|shed)|"
        r"gun cabinet|insurance\b.{0,40}\bpays? out)"),
        (r"\b(?:tired of (?:being alive|living|existing)|never (?:open|wake)\b.{0,20}again|"
        r"(?:what'?s|whats) the point of (?:me|living|going on)|"
        r"(?:vanished|disappeared|gone|died)\b.{0,30}\bnobody (?:would )?(?:even )?"
        r"(?:notice|miss|care)|(?:body|heart) (?:just )?gives? up|fade (?:out|away)\b)"),
        (r"\b(?:drive|crash|swerve) (?:\w+ ){0,2}into (?:a |the )?(?:wall|tree|bridge|lorry)|"
        r"(?:lorry|bus|train|car) (?:\w+ ){0,2}(?:plough|hit|ran|run)s? (?:into |over )?me\b|"
        r"\b(?:on|off|over) the bridge\b|top of the stairs\b.{0,40}\beasy"),
        (r"\b(?:punched|hit|burn(?:ed|t)|cut|scratched|bit|bashed) (?:the |my )?\w+ on purpose\b|"
        r"\b(?:swallow|take|taking) (?:every(?:thing)?|all) (?:\w+ ){0,3}(?:cupboard|cabinet|"
        r"pills|tablets)\b|\b(?:him|her) and then (?:myself|me)\b"),
        (r"\b(?:i'?m|i am|i'?ll be) not (?:around|here)\b|\bif i (?:was|were) (?:gone|dead)\b|"
        r"\b(?:they|kids|everyone|nobody)(?: \w+){0,3} (?:won'?t|wouldn'?t|don'?t) "
        r"(?:need|miss) me\b"),
        (r"\bme quiero morir\b|\bquitarme la vida\b|\bno quiero (?:seguir )?vivi|"
        r"\bestar[íi]an mejor sin m[íi]\b"),
    )],
    "violence": [re.compile(p) for p in (
        (rf"\b(?:i'?ll|i will|i'?m going to|im going to|gonna|i'?m gonna|going to|i swear i'?ll)"
        rf" (?:\w+ ){{0,3}}{_HURT}\b(?! (?:me|myself|us)\b)"),
        (rf"\b(?:someone|somebody|you) should (?:\w+ ){{0,2}}(?:{_HURT}|give (?:him|her) a "
        r"(?:proper )?(?:beating|kicking|hiding|slap))"),
        r"\bwith (?:him|her|them|the two of them) (?:in it|inside(?: it)?)\b",
        (r"\b(?:deserves?|needs?) (?:a (?:good |proper )?(?:beating|kicking|slap|hiding)|"
        r"to (?:be|get) (?:beaten|hurt|shot|stabbed))"),
        (r"\b(?:watch (?:her|his|their|your) back|won'?t be (?:so pretty|walking)|"
        r"can'?t walk for|teach (?:her|him|them) a lesson|have (?:him|her) done in|"
        r"make (?:her|him) pay|know people)\b"),
        (r"\bbought (?:a )?(?:knife|bat|gun|crowbar)\b|\b(?:bat|knife|tyre iron|hammer|crowbar)"
        r" (?:in the boot|with (?:his|her) name)|\bwaiting for (?:him|her) with\b"),
        (r"\b(?:i'?ll|i will) find (?:you|out (?:who|where) you)\b|"
        r"\bshut you up (?:myself|for good)\b|\byou'?ll regret it\b"),
        (r"\b(?:been )?(?:following|watching) (?:her|him) (?:for|every|home)\b|"
        r"\blearning (?:her|his) routine\b|\bi'?ll be waiting\b"),
        (r"\bgive (?:him|her|them) a (?:proper |good )?(?:hiding|kicking|beating|slap)\b|"
        r"\bwon'?t be a (?:him|her) left\b|"
        r"\b(?:his|her) brakes\b|\bacid on (?:her|his)\b|\bput something in (?:his|her)\b"),
        r"\b(?:go|let'?s|we should (?:all )?)(?: \w+){0,3} (?:rough|beat|hurt|turn up at)\b",
        r"\bvoy a (?:matar|romper|partir)\b|\ble voy a\b.*\bcara\b",
    )],
    "harassment": [re.compile(p) for p in (
        (r"(?:^|\s)@\w+\b.{0,40}\b(?:you'?re|you are|ur|u r|eres)(?: (?!not\b|never\b|no\b)\w+){0,3} (?:pathetic|"
        r"stupid|thick|ugly|fat|useless|a joke|a loser|a fraud|a fake|toxic|embarrassing|"
        r"disgusting|exhausting|boring|a nightmare|an idiot|a moron|a doormat|weak|"
        r"spineless|idiota|pat[ée]tica)"),
        (r"\bno wonder (?:he|she|they) (?:left|cheated|strayed|went|wandered)|"
        r"\b(?:can|could) (?:see|understand) why (?:he|she) (?:left|cheated|strayed|checked out)"
        r"|\bcan'?t (?:really )?blame (?:him|her)\b|\bhad it coming\b|"
        r"\b(?:he|she) wouldn'?t have (?:needed|strayed|wandered|cheated)"),
        (r"\b(?:stupid|fat|ugly|old) (?:cow|bitch|slag|hag|cunt)\b|\b(?:you|fake) bitch\b|"
        r"\battention (?:seeker|whore)\b|\bgrow a (?:spine|pair)\b|\bman up\b|"
        r"\bshut (?:ur|your) (?:mouth|face)\b|\bget over yourself\b|\bnobody (?:asked|cares)\b"),
        (r"\br[\*e]tard|\bf[\*a]gg?ot|\bslag\b|\bwhore\b|\bpigs the lot\b|"
        r"\bgo back to your (?:own )?country\b"),
        (r"\b(?:muslims|gays?|gay men|jews|immigrants|foreigners|women|men|blacks|trans people)"
        r" (?:are|shouldn'?t|should)\b(?!.*\bnot all\b)"),
        (r"\b(?:whiny|pathetic|useless) (?:doormats|losers|idiots|lot)\b|"
        r"\byou lot are\b|\byou'?re all (?:losers|pathetic|useless|fake)\b"),
        r"\b(?:typical woman|typical man|ok karen|lol ok)\b",
        (r"\b(?:fat|ugly|bitter|thick|stupid|pathetic)\b.{0,20}\bno wonder\b|"
        r"\bnobody wants to (?:read|hear) (?:your|you)\b|"
        r"\byou (?:were|are|must be|must have been|sound|sound like) (?:a nightmare|"
        r"exhausting|hard work|unbearable|insufferable)"),
    )],
}

#: Past, resolved framing that stops a crisis rule from firing on its own.
RECOVERED = re.compile(
    r"\b(?:years? ago|used to|months ago|in 20\d\d|back then|those thoughts are gone|"
    r"i'?m (?:still )?here|glad i'?m|got help|not anymore|no longer|days? (?:free|clean)|"
    r"not in a (?:dark|bad) way|hace (?:un|dos|\d+) años?|last year|over a year|"
    r"how far i'?ve come|haven'?t needed|safety plan)\b")


#: Legal or verbal "revenge" that a model may mistake for a threat of violence.
LEGAL = re.compile(r"\b(?:in court|lawyer|solicitor|judge|divorce|receipts|mediation)\b")


def rule_hits(norm: str) -> dict[str, int]:
    """Label -> index of the first rule that fires on the folded text."""
    hits = {}
    for label, patterns in RULES.items():
        for i, rx in enumerate(patterns):
            if rx.search(norm):
                if label == "crisis" and RECOVERED.search(norm):
                    continue
                hits[label] = i
                break
    return hits
