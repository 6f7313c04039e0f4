"""Learned crisis / violence / harassment / spam scores, backed by phrase rules.

The linear model (see model.py, trained by ``python -m moderation.train``) runs on the
folded text. The rules in lexicon.py fire whatever the model says, so the clearest
cases never depend on a threshold. It is a heavy stage: it runs in a worker thread,
off the event loop.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..config import Section, Settings
from ..contextual import CONTEXTUAL_PATH, ContextualModel
from ..contextual import load as load_contextual
from ..errors import ModerationConfigError
from ..features import Embedder
from ..lexicon import FIGURATIVE, LEGAL, PRESENT_RISK, RECOVERED, REFUSAL, rule_hits
from ..links import find_links
from ..message import Message, StageResult
from ..model import MODEL_PATH, LinearModel
from ..ortencoder import PRECISIONS
from ..stage import config_section
from ..types import Finding, MessageContext
from .spam import CUES as SPAM_CUES

#: Below this, a spam score needs something commercial in the text to count: a member
#: sharing their own number ("call me if you want to talk") is personal data, not selling.
SPAM_ALONE = 0.9


def _commercial(text: str) -> bool:
    return any(rx.search(text) for rx in SPAM_CUES.values()) or bool(find_links(text))


class Classifier:
    """Emits a finding per label whose score passes its threshold."""

    name = "classifier"
    heavy = True

    def __init__(self, model: LinearModel, embed: Embedder, thresholds: dict[str, float],
                 labels: set[str], contextual: ContextualModel | None = None,
                 weight: float = 0.5) -> None:
        self.model = model
        self.embed = embed
        self.thresholds = thresholds
        self.labels = labels
        self.contextual = contextual
        self.weight = weight
        # The blend (1-w)*fast + w*second can reach a label's threshold only when the fast
        # score is at least (t-w)/(1-w). Below that floor for every label, the second
        # opinion cannot change the outcome, so it is not computed: most everyday messages
        # skip it, with exactly the decisions they would have had.
        self.floors = {label: (t - weight) / (1 - weight) if weight < 1 else float("-inf")
                       for label, t in thresholds.items() if label in labels}
        self.second_runs = 0

    def scores(self, msg: Message) -> dict[str, float]:
        """The linear model's scores, blended with the contextual model's where it matters."""
        scores = self.model.scores(msg.norm, self.embed)
        if self.contextual is None or not msg.text or not any(
                scores.get(label, 0.0) >= floor for label, floor in self.floors.items()):
            return scores
        self.second_runs += 1
        w = self.weight
        for label, p in self.contextual.scores(msg.text).items():
            if label in scores:
                scores[label] = (1 - w) * scores[label] + w * p
        return scores

    def run(self, msg: Message, ctx: MessageContext) -> StageResult:
        result = StageResult()
        scores = self.scores(msg)
        # A model score alone does not outweigh plain recovery or legal framing.
        if RECOVERED.search(msg.norm) and not PRESENT_RISK.search(msg.norm):
            scores["crisis"] = 0.0
        if LEGAL.search(msg.norm) and scores.get("violence", 0.0) < 0.85:
            scores["violence"] = 0.0
        if REFUSAL.search(msg.norm) or FIGURATIVE.search(msg.norm):  # "I won't." / "with kindness"
            scores["violence"] = 0.0
        spam = scores.get("spam", 0.0)
        if self.thresholds.get("spam", 1.0) <= spam < SPAM_ALONE and not _commercial(msg.text):
            scores["spam"] = 0.0
        for label, score in scores.items():
            if label in self.labels and score >= self.thresholds[label]:
                result.findings.append(Finding(self.name, label, round(score, 3),
                                               f"model score {score:.2f}"))
        for label, rule in rule_hits(msg.norm).items():
            if label in self.labels and not any(f.label == label for f in result.findings):
                result.findings.append(Finding(self.name, label, 0.9, f"{label} rule {rule}"))
        return result


def build(config: Mapping[str, Any], settings: Settings, path: str) -> Classifier:
    """Config: ``model`` (path to a .npz; default the packaged one), ``thresholds``
    (label -> number in [0, 1], overriding the model's), ``labels`` (which to report),
    ``contextual`` (``{weight, model, precision}``: blend in the sentence model's scores,
    its dense layers in ``int8`` (default) or ``float32``; absent or ``false``: the linear
    model alone)."""
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
    contextual, weight = None, 0.0
    raw = sec.data.get("contextual")
    if raw is not None and raw is not False:
        csec = Section({} if raw is True else raw, sec.at("contextual"))
        csec.only({"weight", "model", "precision"})
        weight = csec.number("weight", 0.5, lo=0, hi=1)
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
    return Classifier(model, Embedder.load(), thresholds, set(labels), contextual, weight)
