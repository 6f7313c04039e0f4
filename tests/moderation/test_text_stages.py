"""sanitise produces the display text; normalise only folds a detection copy."""

from __future__ import annotations

from moderation.message import Message
from moderation.stages.normalise import fold
from moderation.stages.sanitise import to_plain

from .conftest import ctx


def test_sanitise_strips_tags_keeps_text():
    """Tags go, their text stays, scripts vanish, entities decode once."""
    assert to_plain("<b>bold</b> &amp; <i>it</i><script>x()</script>", 100) == "bold & it"
    assert to_plain("I <3 you, a < b", 100) == "I <3 you, a < b"


def test_normalise_folds_for_detection_only(default_pipeline):
    """Zero-width, homoglyphs, full-width and leet fold in norm; the display text is unchanged."""
    folded, where = fold("k\u200b1ll ѕhіt ＦＵＬＬ")
    assert folded == "kill shit full"
    assert len(where) == len(folded)
    d = default_pipeline.judge_sync("k\u200b1ll", ctx())
    assert d.text == "k\u200b1ll"


def test_normalise_keeps_numbers_and_mentions():
    """Phone numbers and @mentions survive folding."""
    assert fold("@Sam call 07700 900461")[0] == "@sam call 07700 900461"


def test_norm_span_maps_back_to_text():
    """A span found in the folded text maps back to the right display characters."""
    msg = Message.from_raw("a\u200bbc")
    msg.norm, msg.norm_map = fold(msg.text)
    assert msg.norm == "abc"
    assert msg.span_in_text(1, 3) == (2, 4)


def test_times_dates_doses_and_amounts_stay_numbers():
    """"3am", "the 14th", "500mg", "£5k" and "the 80s" are numbers with a unit, not leet:
    rules about times, dates and doses must see them. Leet inside words is still read, and
    "!!" after a word stays punctuation."""
    assert fold("at 3am on the 14th, 500mg, £5k, the 80s")[0] == \
        "at 3am on the 14th, 500mg, £5k, the 80s"
    assert fold("k1ll that l0ser, sh!t")[0] == "kill that loser, shit"
    assert fold("what a joke!!")[0] == "what a joke!!"


def test_a_threat_with_a_date_reads_the_date():
    """"He's not going to make it to the 4th": the ordinal is read as a date."""
    from moderation.lexicon import rule_hits
    assert "violence" in rule_hits(fold("his hearing is on the 3rd. he's not going to make it "
                                        "to the 4th")[0])
