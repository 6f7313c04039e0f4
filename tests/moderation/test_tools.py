"""The evaluate CLI's --json shape, and a classifier config error naming its path."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from moderation import ModerationConfigError, load_pipeline
from moderation.pipeline import default_section


def test_evaluate_json_shape(tmp_path):
    """--json prints exactly one object with n, labels and ok_flag_rate."""
    rows = [{"id": "a", "text": "I want to end my life tonight", "labels": ["crisis"]},
            {"id": "b", "text": "call me on 07712 345678", "labels": ["pii"]},
            {"id": "c", "text": "good morning all", "labels": []}]
    path = tmp_path / "mini.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = subprocess.run([sys.executable, "-m", "moderation.evaluate", str(path), "--json"],
                         check=True, capture_output=True, text=True).stdout
    result = json.loads(out)
    assert out.strip().count("\n") == 0
    assert result["n"] == 3
    assert set(result["labels"]) == {"crisis", "violence", "harassment", "pii", "spam"}
    for m in result["labels"].values():
        assert set(m) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert result["labels"]["crisis"]["tp"] == 1
    assert result["ok_flag_rate"] == 0.0
    assert result["unjudged"] == 0


def test_evaluate_names_rows_a_stage_failed_to_judge():
    """A row a stage could not judge is reported, not silently scored as unlabelled."""
    from moderation.evaluate import predict

    from .conftest import fake, section

    pipeline = load_pipeline(section(fake(name="broken", behaviour="raise")))
    unjudged: list[str] = []
    try:
        preds = predict(pipeline, [{"id": "x1", "text": "hello"}], unjudged)
    finally:
        pipeline.close_sync()
    assert preds == [set()]
    assert unjudged == ["x1"]


def test_classifier_threshold_error_names_path():
    """A bad classifier threshold names stages[i].config.thresholds.label."""
    sec = default_section()
    index = next(i for i, s in enumerate(sec["stages"]) if s["module"] == "classifier")
    sec["stages"][index]["config"]["thresholds"]["crisis"] = 2
    with pytest.raises(ModerationConfigError) as info:
        load_pipeline(sec)
    assert str(info.value).startswith(
        f"moderation.stages[{index}].config.thresholds.crisis: must be a number between 0 and 1")


def _trained_on(path, trained: set[str]) -> int:
    """How many of ``path``'s messages are among the ``trained`` texts."""
    from moderation.train import read_jsonl

    return sum(text in trained for text, _ in read_jsonl(path))


def test_pending_sets_wait_for_the_next_training_run():
    """Sets in pending/ are written for the next retrain of both models; until they move
    up, neither model may learn from them, so the committed models still rebuild."""
    from moderation.train import DATA, project_examples

    trained = {text for text, _ in project_examples()}
    for path in sorted((DATA / "pending").glob("*.jsonl")):
        seen = _trained_on(path, trained)
        assert not seen, f"{path.name}: {seen} messages are already trained on"


def test_held_out_sets_stay_out_of_training():
    """Only the held-out sets listed as retired are trained on; the others stay unseen, so
    their scores still say how the pipeline meets new writing."""
    from moderation.train import DATA, RETIRED, project_examples, read_jsonl

    trained = {text for text, _ in project_examples()}
    # unread/: sets scored only as totals, never read, kept for the next measurement
    held = sorted(p for p in DATA.rglob("holdout*.jsonl") if p.name not in RETIRED)
    # (holdout27, holdout28 and holdout32 were read to find misses and false alarms, and
    # wait in pending/ as train_h27, train_h28 and train_h32)
    assert {f"holdout{i}.jsonl" for i in (29, 30, 31, *range(33, 37))} <= {p.name for p in held}
    assert held, "no held-out set left"
    for path in held:
        seen = _trained_on(path, trained)
        assert not seen, f"{path.name}: {seen} messages are in the training data"
    for name in RETIRED:
        assert read_jsonl(DATA / name)[0][0] in trained


def test_bench_prints_every_figure(tmp_path, capsys, monkeypatch):
    """The pipeline benchmark reports latency, memory, the split by stage, messages without
    a label, the second opinion and the event loop (shape only: timings are not judged)."""
    import os

    from moderation import bench

    monkeypatch.setattr(os, "sched_setaffinity", lambda *a: None)  # keep the test run's cores
    path = tmp_path / "few.jsonl"
    rows = [{"text": "had a quiet evening with a book", "labels": []},
            {"text": "I've written the notes and I'm going tonight", "labels": ["crisis"]},
            {"text": "call me on 07700 900461", "labels": ["pii"]}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    bench.main([str(path), "--rounds", "2"])
    out = capsys.readouterr().out
    assert "messages judged:    6 (3 distinct x 2)" in out
    for stage in ("sanitise", "normalise", "flood", "spam", "pii", "classifier"):
        assert f"{stage} " in out.split("by stage (mean):")[1].splitlines()[0]
    assert "over the 2 judgements of messages that carry no label" in out
    for line in ("latency mean:", "latency p99:", "peak memory (RSS):", "second opinion:",
                 "event loop blocked:"):
        assert line in out
