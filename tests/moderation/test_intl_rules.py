"""Phrase rules in the other languages members write in (moderation/lexicon_intl.py)."""

from __future__ import annotations

import pytest

from moderation.lexicon import rule_hits
from moderation.lexicon_intl import MARKERS, NEGATIVE, POSITIVE, languages
from moderation.stages.normalise import fold

from .conftest import assert_urgent_crisis, ctx


def test_every_listed_example_fires_its_label():
    """Each language's examples of crisis, threats and contempt fire the right rule."""
    missed = [(label, lang, text) for label, lang, text in POSITIVE
              if label not in rule_hits(fold(text)[0])]
    assert not missed
    assert {lang for _, lang, _ in POSITIVE} == set(MARKERS)


def test_no_listed_look_alike_fires_an_other_language_rule():
    """Venting about the partner, figures of speech, past and resolved talk and support
    for another member fire no crisis, violence or harassment rule."""
    fired = [(lang, text, hits) for lang, text in NEGATIVE
             if (hits := rule_hits(fold(text)[0]))]
    assert not fired


@pytest.mark.parametrize(("text", "label"), [
    ("nie chcę już żyć, wszystko mam przygotowane", "crisis"),
    ("je n'en peux plus, j'ai acheté des lames ce matin pour en finir", "crisis"),
    ("Ich weiß, wo er wohnt. Diesmal bleibt es nicht bei Worten", "violence"),
    ("@Marta jesteś żałosna, nic dziwnego że cię zostawił", "harassment"),
])
def test_accented_writing_is_read_like_plain_letters(text, label):
    assert label in rule_hits(fold(text)[0])


def test_warm_teasing_is_left_to_the_models():
    """Laughter or affection next to a mock insult fires no contempt rule."""
    assert "harassment" not in rule_hits(fold("@Carmen eres una pesada con tus memes 😂")[0])
    assert "harassment" in rule_hits(fold("@Carmen eres una pesada y una falsa")[0])


def test_rules_run_only_for_the_languages_present():
    assert languages("thanks all, see you next week") == set()
    assert "pl" in languages("nie wiem co robic, jestem zmeczona")
    assert languages("gliela faro pagare cara") == set(MARKERS)  # no English word at all


def test_a_member_in_crisis_in_polish_gets_resources_and_an_urgent_alert(default_pipeline):
    d = default_pipeline.judge_sync("nie chcę już żyć. mam tabletki przygotowane na dziś",
                                    ctx())
    assert d.status == "delivered"
    assert_urgent_crisis(d)
    assert any(n.kind == "crisis" for n in d.notices)
