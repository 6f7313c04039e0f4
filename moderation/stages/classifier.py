"""Learned crisis / violence / harassment / spam scores, backed by phrase rules.

The linear model (see model.py, trained by ``python -m moderation.train``) runs on the
folded text. The rules in lexicon.py fire whatever the model says, so the clearest
cases never depend on a threshold. It is a heavy stage: it runs in a worker thread,
off the event loop.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..config import Section, Settings
from ..contextual import CONTEXTUAL_PATH, ContextualModel
from ..contextual import load as load_contextual
from ..errors import ModerationConfigError
from ..features import Embedder
from ..lexicon import (
    AFFECTION,
    BENIGN_LEAVING,
    CLARIFIED,
    FIGURATIVE,
    GOT_THROUGH,
    HARM_TO_OTHERS,
    LEGAL,
    LIVING_DIFFERENTLY,
    REFUSAL,
    SELF_DANGER,
    SELF_HARM,
    SUPPORTING,
    meant_for_others,
    present_risk,
    recovered,
    rule_hits,
)
from ..links import find_links
from ..message import Message, StageResult
from ..model import MODEL_PATH, LinearModel
from ..ortencoder import PRECISIONS
from ..stage import config_section
from ..types import Alert, Finding, MessageContext
from .spam import CUES as SPAM_CUES

#: Below this, a spam score needs something commercial in the text to count: a member
#: sharing their own number ("call me if you want to talk") is personal data, not selling.
SPAM_ALONE = 0.9

#: A harassment score at or above this stands even beside words of affection.
AFFECTION_CAP = 0.95

SUPPORTING_ALERT = ("labels: none; a member is urging someone in the circle to get emergency "
                    "help: check on the member they are writing to; stages: classifier")


#: A link shared as something to read: "this piece on gambling ads ... example.co.uk/news/...".
SHARED_READING = re.compile(r"\b(?:this|that|an?|the) (?:\w+ )?(?:article|piece|news story|report|"
                            r"interview|study|essay|column|op-?ed)\b|/news/|\bsaw this (?:in|on)\b",
                            re.IGNORECASE)


def _cued(text: str) -> bool:
    return any(rx.search(text) for rx in SPAM_CUES.values())


def _shared_reading(text: str) -> bool:
    """A link shared as something to read, with no spam cue anywhere in the message."""
    return SHARED_READING.search(text) is not None and not _cued(text) \
        and bool(find_links(text))


def _commercial(text: str) -> bool:
    """Something that sells: a spam cue, or a link that is not shared as reading."""
    return _cued(text) or (bool(find_links(text)) and not SHARED_READING.search(text))


class Classifier:
    """Emits a finding per label whose score passes its threshold."""

    name = "classifier"
    heavy = True

    def __init__(self, model: LinearModel, embed: Embedder, thresholds: dict[str, float],
                 labels: set[str], contextual: ContextualModel | None = None,
                 weight: float = 0.5, decisive: float | None = None,
                 skip_below: float = 0.0) -> None:
        self.model = model
        self.embed = embed
        self.thresholds = thresholds
        self.labels = labels
        self.contextual = contextual
        self.weight = weight
        self.decisive = decisive
        # The blend (1-w)*fast + w*second can reach a label's threshold only when the fast
        # score is at least (t-w)/(1-w). Below that floor for every label, the blend cannot
        # change the outcome. Without a decisive level the second opinion is then not
        # computed, with exactly the decisions it would have given. With one, any message
        # could change, so it runs when some label's fast score reaches ``skip_below``
        # (0: for every message).
        self.floors = {label: (t - weight) / (1 - weight) if weight < 1 else float("-inf")
                       for label, t in thresholds.items() if label in labels}
        self.gates = self.floors if decisive is None else dict.fromkeys(self.floors,
                                                                         skip_below)
        self.second_runs = 0

    def scores(self, msg: Message) -> dict[str, float]:
        """The linear model's scores, blended with the contextual model's.

        A contextual score at or above ``decisive`` stands on its own: the sentence model
        reads phrasings the word-level model has never met ("I've sorted who gets the
        dog"), so it then runs for every message with some fast score of at least
        ``skip_below``."""
        scores = self.model.scores(msg.norm, self.embed)
        if self.contextual is None or not msg.text or not any(
                scores.get(label, 0.0) >= gate for label, gate in self.gates.items()):
            return scores
        self.second_runs += 1
        w, decisive = self.weight, self.decisive
        for label, p in self.contextual.scores(msg.text).items():
            if label in scores:
                blend = (1 - w) * scores[label] + w * p
                scores[label] = max(blend, p) if decisive is not None and p >= decisive \
                    else blend
        return scores

    def run(self, msg: Message, ctx: MessageContext) -> StageResult:
        result = StageResult()
        scores = self.scores(msg)
        # A model score alone does not outweigh plain recovery, a plan to live differently,
        # dread the member got through, words taken back or an ordinary goodbye.
        if (recovered(msg.norm) or GOT_THROUGH.search(msg.norm)) \
                and not present_risk(msg.norm) or LIVING_DIFFERENTLY.search(msg.norm) \
                or CLARIFIED.search(msg.norm) or BENIGN_LEAVING.search(msg.norm):
            scores["crisis"] = 0.0
        if LEGAL.search(msg.norm) and scores.get("violence", 0.0) < 0.85:
            scores["violence"] = 0.0
        if REFUSAL.search(msg.norm) or FIGURATIVE.search(msg.norm):  # "I won't." / "with kindness"
            scores["violence"] = 0.0
        # Harm to oneself is crisis, not violence: a model score alone must not hold a
        # member's disclosure of self-harm away from the circle (a violence rule still can).
        if SELF_HARM.search(msg.norm) and not HARM_TO_OTHERS.search(msg.norm):
            scores["violence"] = 0.0
        # ... and "I'm not going to hurt myself. I'm going to hurt him" is a threat, not a
        # crisis: a model score alone does not send the writer crisis resources.
        if meant_for_others(msg.norm):
            scores["crisis"] = 0.0
        # Insults said with love are teasing: neither this score nor the English harassment
        # rules count them (lexicon.rule_hits), unless the score is very high.
        if AFFECTION.search(msg.norm) and scores.get("harassment", 0.0) < AFFECTION_CAP:
            scores["harassment"] = 0.0
        spam = scores.get("spam", 0.0)
        if self.thresholds.get("spam", 1.0) <= spam < SPAM_ALONE and not _commercial(msg.text):
            scores["spam"] = 0.0
        elif spam >= SPAM_ALONE and _shared_reading(msg.text):
            scores["spam"] = 0.0  # however sure the model is, a news piece shared sells nothing
        hits = rule_hits(msg.norm)
        if "crisis" in self.labels and SUPPORTING.search(msg.norm) \
                and not SELF_DANGER.search(msg.norm):
            # Someone else's danger: the facilitators hear of it, the writer gets no
            # crisis resources meant for their own safety.
            if scores.get("crisis", 0.0) >= self.thresholds.get("crisis", 1.0) or "crisis" in hits:
                result.alerts.append(Alert("crisis", "high", SUPPORTING_ALERT))
            scores["crisis"] = 0.0
            hits.pop("crisis", None)
        for label, score in scores.items():
            if label in self.labels and score >= self.thresholds[label]:
                result.findings.append(Finding(self.name, label, round(score, 3),
                                               f"model score {score:.2f}"))
        for label, rule in hits.items():
            if label in self.labels and not any(f.label == label for f in result.findings):
                result.findings.append(Finding(self.name, label, 0.9, f"{label} rule {rule}"))
        return result


def build(config: Mapping[str, Any], settings: Settings, path: str) -> Classifier:
    """Config: ``model`` (path to a .npz; default the packaged one), ``thresholds``
    (label -> number in [0, 1], overriding the model's), ``labels`` (which to report),
    ``contextual`` (``{weight, model, precision, decisive, skip_below}``: blend in the
    sentence model's scores, its dense layers in ``int8`` (default) or ``float32``; a
    sentence-model score at or above ``decisive`` (0.5-1; absent or ``false``: never) counts
    on its own; with a decisive level, the sentence model reads only messages with some
    linear score at or above ``skip_below`` (0-1, default 0: every message); absent or
    ``false``: the linear model alone)."""
    sec = config_section(config, path, {"model", "thresholds", "labels", "contextual"})
    model_path = Path(sec.string("model", str(MODEL_PATH)))
    try:
        model = LinearModel.load(model_path)
    except (OSError, KeyError, ValueError) as exc:
        raise ModerationConfigError(
            f"{sec.at('model')}: cannot load classifier ({type(exc).__name__}); "
            "run `python -m moderation.train`") from None
    thresholds = dict(zip(model.labels, (float(t) for t in model.thresholds), strict=True))
    tsec = sec.child("thresholds")
    tsec.only(set(model.labels))
    for label in model.labels:
        thresholds[label] = tsec.number(label, thresholds[label], lo=0, hi=1)
    labels = sec.strings("labels", list(model.labels))
    for i, label in enumerate(labels):
        if label not in model.labels:
            raise ModerationConfigError(f"{sec.at('labels')}[{i}]: unknown label {label!r}")
    contextual, weight, decisive, skip_below = None, 0.0, None, 0.0
    raw = sec.data.get("contextual")
    if raw is not None and raw is not False:
        csec = Section({} if raw is True else raw, sec.at("contextual"))
        csec.only({"weight", "model", "precision", "decisive", "skip_below"})
        weight = csec.number("weight", 0.5, lo=0, hi=1)
        if csec.data.get("decisive", False) is not False:
            decisive = csec.number("decisive", 1.0, lo=0.5, hi=1)
        skip_below = csec.number("skip_below", 0.0, lo=0, hi=1)
        cpath = Path(csec.string("model", str(CONTEXTUAL_PATH)))
        precision = csec.string("precision", "int8")
        if precision not in PRECISIONS:
            raise ModerationConfigError(
                f"{csec.at('precision')}: must be one of {', '.join(PRECISIONS)}")
        try:
            contextual = load_contextual(cpath, precision)
        except (OSError, KeyError, ValueError) as exc:
            raise ModerationConfigError(
                f"{csec.at('model')}: cannot load the contextual model "
                f"({type(exc).__name__}: {exc}); run `python -m moderation.train_contextual`"
                ) from None
    return Classifier(model, Embedder.load(), thresholds, set(labels), contextual, weight,
                      decisive, skip_below)
