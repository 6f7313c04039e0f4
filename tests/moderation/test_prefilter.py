"""The literal pre-check skips a regex only when it cannot match, and answers as the regex."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderation import lexicon, lexicon_intl
from moderation.prefilter import LiteralGate, required
from moderation.stages.normalise import fold
from moderation.train import DATA, project_examples, read_jsonl

#: Labelled messages the models were not trained on.
HELD_OUT = [t for path in sorted(DATA.glob("holdout*.jsonl")) for t, _ in read_jsonl(path)]


@pytest.mark.parametrize(("pattern", "literals"), [
    (r"\bkill (?:him|her)\b", {"kill him", "kill her"}),
    (r"\b(?:rope|knife)\b.{0,40}\bfor (?:him|her)\b", {"for him", "for her"}),  # the longer
    (r"notes?", {"note"}),                               # "notes" contains "note"
    (r"(?=.*\bgoodbye\b)\w+", {"goodbye"}),              # a lookahead's words are in the text
    (r"(?<!not )\bready to go\b", {"ready to go"}),      # a negative one adds nothing
    (r"(?:take|took) (?:the )?pills", {"take pills", "take the pills", "took pills",
                                       "took the pills"}),
    (r"pill|\w+ing", {"pill", "ing"}),
    (r"pill|\w+", None),                                 # one branch needs nothing
    (r"(?:hi)?", None),                                  # may match the empty string
    (r"(?i)Kill", {"kill"}),                             # case-blind: lowercase literals
    (r"(?i)\u212aill", None),                             # the Kelvin sign is a "k"
    (r"(?i:kill) him", {" him"}),
    (r"[xy]ou", {"xou", "you"}),
])
def test_required_literals(pattern, literals):
    assert required(re.compile(pattern)) == (None if literals is None else frozenset(literals))


def _all_rules() -> list[re.Pattern[str]]:
    return [rx for patterns in lexicon.RULES.values() for rx in patterns]


def test_gate_never_skips_a_rule_that_matches():
    """Every English rule on some of the project's folded examples and its held-out sets:
    the gated search finds exactly what the regex finds (the rules fire on hundreds)."""
    rng = random.Random(7)
    texts = [fold(t)[0] for t, _ in rng.sample(project_examples(), 1500)]
    texts += [fold(t)[0] for t in rng.sample(HELD_OUT, 1500)]
    gate = LiteralGate(_all_rules())
    fired = 0
    for text in texts:
        scan = gate.scan(text)
        for rx in _all_rules():
            expect = rx.search(text)
            got = scan.search(rx)
            assert (got and got.span()) == (expect and expect.span()), (rx.pattern[:60], text)
            fired += expect is not None
    assert fired > 200


def test_gate_skips_most_rules_on_an_ordinary_message():
    scan = lexicon.GATE.scan(fold("had a lovely walk by the river with my sister today")[0])
    assert sum(scan.possible(rx) for rx in _all_rules()) < len(_all_rules()) // 4


def test_other_languages_rules_are_gated_too():
    gate = lexicon_intl.GATE
    texts = [lexicon_intl.ascii_fold(fold(t)[0]) for t in random.Random(7).sample(HELD_OUT, 400)]
    texts += [lexicon_intl.ascii_fold(msg) for _, _, msg in lexicon_intl.POSITIVE]
    texts += [lexicon_intl.ascii_fold(msg) for _, msg in lexicon_intl.NEGATIVE]
    for text in texts:
        scan = gate.scan(text)
        for rules in lexicon_intl.RULES.values():
            for _, rx in rules:
                assert (scan.search(rx) is None) == (rx.search(text) is None)


def test_case_blind_gate_answers_as_the_regex():
    """Spam cues ignore case: a case-blind gate finds them in any casing, and runs every
    pattern on a message beyond ASCII, where case folding has its own rules."""
    from moderation.stages.spam import CUE_GATE, CUES

    texts = ["DM ME for PRICES", "Flat Fee $399, no court needed", "dm me", "an ordinary day",
             "ſelling my car", "\u212aids cost nothing", "WhatsApp +44 7700 900461 now!!!"]
    texts += [t for t, _ in random.Random(3).sample(project_examples(), 1500)]
    for text in texts:
        scan = CUE_GATE.scan(text)
        for rx in CUES.values():
            assert (scan.search(rx) is None) == (rx.search(text) is None), (rx.pattern[:40], text)
    assert not any(CUE_GATE.scan("an ordinary day at the park").possible(rx)
                   for rx in CUES.values())
    with pytest.raises(ValueError):
        LiteralGate([re.compile("a+b"), re.compile("c+d", re.IGNORECASE)]).build()


def test_gated_pattern_behaves_as_its_regex():
    gate = LiteralGate()
    rx = re.compile(r"\bwon'?t be (?:here|around)\b")
    gated = gate.gated(rx)
    assert gated.search("i won't be around tomorrow").span() == (2, 17)
    assert gated.search("i'll be around") is None
    assert gated.search("x won't be here", 1).start() == 2    # search's own arguments pass
    assert gated.pattern == rx.pattern                        # and the rest is the regex's
    assert gated.sub("-", "won't be here") == "-"
    # A second pattern joining later is gated as well.
    later = gate.gated(re.compile(r"\bgoodbye\b"))
    assert later.search("so goodbye then") and not later.search("good bye")


TRICKY = [r"x(?:ab){0,3}y", r"(?:ab)+c", r"a(?:bc|d)?e", r"(?:x|yz){2}w", r"[ab]c[de]f",
          r"(?:kill|hurt) (?:him|her)?\b", r"\b(?:i'?m|im) (?:so )*done\b", r"go+d",
          r"(?:a|b)*?stop", r"(?:one|two)\W{1,3}(?:three|four)", r"(?=.{3})mno|pq(?!r)"]


@pytest.mark.parametrize("pattern", TRICKY)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_generated_match_holds_a_required_literal(pattern, data):
    """Strings drawn to match a pattern always contain one of its literals."""
    rx = re.compile(pattern)
    lits = required(rx)
    text = data.draw(st.from_regex(rx))
    match = rx.search(text)
    assert match is not None
    assert lits is None or any(lit in text for lit in lits), (pattern, lits, text)
