"""Measure the real pipeline against a LABELS.md-format JSONL file.

    python -m moderation.evaluate PATH.jsonl [--json] [--cv K]

Runs the packaged default pipeline (the server's default config) on every message
and prints, per label, precision, recall and F1 with 95% Wilson intervals and
tp/fp/fn; the rate at which unlabelled messages get any label; and the misses.
``--cv K`` retrains the classifier K times on the project's examples plus K-1
folds of the file and scores the held-out fold: use it when the committed model
was trained with ``--with-dev`` on the same file.
"""

from __future__ import annotations

import argparse
import json
import math
import random
from collections.abc import Sequence

from . import MessageContext, load_pipeline
from .pipeline import Pipeline
from .train import Example, read_jsonl

LABELS = ("crisis", "violence", "harassment", "pii", "spam")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval for k successes out of n."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def predict(pipeline: Pipeline, rows: Sequence[dict],
            unjudged: list[str] | None = None) -> list[set[str]]:
    """The five content labels the pipeline's findings carry for each row.

    The ids of rows a stage failed to judge (held for that reason, so their labels are
    missing) are appended to ``unjudged``: a busy machine must not pass for a weak model.
    """
    pipeline.warm_up()
    out = []
    for i, row in enumerate(rows):
        ctx = MessageContext(author_id=f"eval{i}", author_name="Eval", circle_id="eval",
                             now=1_700_000_000.0)
        decision = pipeline.judge_sync(row["text"], ctx)
        out.append({label for label in decision.labels if label in LABELS})
        if decision.failed_stages and unjudged is not None:
            unjudged.append(row.get("id", f"row{i}"))
    return out


def score(rows: Sequence[dict], preds: Sequence[set[str]]) -> dict:
    """Counts and rates per label, plus the ok flag rate and the misses."""
    result: dict = {"n": len(rows), "labels": {}}
    misses = []
    for label in LABELS:
        tp = sum(1 for r, p in zip(rows, preds, strict=True) if label in p and label in r["labels"])
        fp = sum(1 for r, p in zip(rows, preds, strict=True)
                 if label in p and label not in r["labels"])
        fn = sum(1 for r, p in zip(rows, preds, strict=True)
                 if label not in p and label in r["labels"])
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result["labels"][label] = {"precision": round(precision, 4), "recall": round(recall, 4),
                                   "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn,
                                   "precision_ci": [round(v, 4) for v in wilson(tp, tp + fp)],
                                   "recall_ci": [round(v, 4) for v in wilson(tp, tp + fn)]}
    ok = [(r, p) for r, p in zip(rows, preds, strict=True) if not r["labels"]]
    flagged = sum(1 for _, p in ok if p)
    result["ok_flag_rate"] = round(flagged / len(ok), 4) if ok else 0.0
    result["ok_flag_ci"] = [round(v, 4) for v in wilson(flagged, len(ok))]
    for r, p in zip(rows, preds, strict=True):
        gold = set(r["labels"])
        if gold != p:
            misses.append({"id": r.get("id", ""), "gold": sorted(gold), "predicted": sorted(p),
                           "text": r["text"]})
    result["misses"] = misses
    return result


def cross_validate(rows: list[dict], k: int, seed: int = 13,
                   unjudged: list[str] | None = None) -> list[set[str]]:
    """Predictions for every row from a model that never trained on that row."""
    from .features import Embedder
    from .train import train

    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    folds = [order[i::k] for i in range(k)]
    embed = Embedder.load()
    preds: list[set[str]] = [set() for _ in rows]
    pipeline = load_pipeline(None)
    classifier = next(s for s in pipeline.stages if s.name == "classifier")
    try:
        for fold in folds:
            held = set(fold)
            extra: list[Example] = [(rows[i]["text"], rows[i]["labels"])
                                    for i in order if i not in held]
            classifier.model = train(extra, embed)  # type: ignore[attr-defined]
            fold_rows = [rows[i] for i in fold]
            for i, p in zip(fold, predict(pipeline, fold_rows, unjudged), strict=True):
                preds[i] = p
    finally:
        pipeline.close_sync()
    return preds


def report(result: dict) -> str:
    """Human-readable table and misses."""
    header = (f"{'label':<11} {'prec':>6} {'95% CI':>15} {'recall':>7} {'95% CI':>15} "
              f"{'f1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    lines = [f"n = {result['n']}", "", header]
    for label, m in result["labels"].items():
        pci, rci = m["precision_ci"], m["recall_ci"]
        lines.append(f"{label:<11} {m['precision']:>6.3f} [{pci[0]:.3f},{pci[1]:.3f}] "
                     f"{m['recall']:>7.3f} [{rci[0]:.3f},{rci[1]:.3f}] {m['f1']:>6.3f} "
                     f"{m['tp']:>4} {m['fp']:>4} {m['fn']:>4}")
    ci = result["ok_flag_ci"]
    flag = f"unlabelled messages flagged: {result['ok_flag_rate']:.3f} [{ci[0]:.3f},{ci[1]:.3f}]"
    lines += ["", flag]
    if result.get("unjudged"):
        lines.append(f"not judged (a stage failed or timed out; counted as unlabelled): "
                     f"{len(result['unjudged'])}: {', '.join(result['unjudged'][:20])}")
    lines += ["", f"misses ({len(result['misses'])}):"]
    for m in result["misses"]:
        lines.append(f"  {m['id']}: gold={','.join(m['gold']) or 'ok'} "
                     f"predicted={','.join(m['predicted']) or 'ok'} | {m['text'][:140]}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--cv", type=int, default=0, metavar="K",
                        help="K-fold cross-validation, retraining the classifier per fold")
    args = parser.parse_args(argv)
    rows = [{"id": f"row{i}", "text": t, "labels": lab}
            for i, (t, lab) in enumerate(read_jsonl(args.path))]
    with open(args.path, encoding="utf-8") as fh:
        ids = [json.loads(line).get("id", "") for line in fh if line.strip()]
    for row, rid in zip(rows, ids, strict=True):
        row["id"] = rid or row["id"]
    unjudged: list[str] = []
    if args.cv:
        preds = cross_validate(rows, args.cv, unjudged=unjudged)
    else:
        pipeline = load_pipeline(None)
        try:
            preds = predict(pipeline, rows, unjudged)
        finally:
            pipeline.close_sync()
    result = score(rows, preds)
    result["unjudged"] = unjudged
    if args.json:
        out = {"n": result["n"], "ok_flag_rate": result["ok_flag_rate"],
               "labels": {k: {f: v[f] for f in ("precision", "recall", "f1", "tp", "fp", "fn")}
                          for k, v in result["labels"].items()}}
        if args.cv:
            out["cv"] = args.cv
        out["unjudged"] = len(unjudged)
        print(json.dumps(out))
    else:
        print(report(result))


if __name__ == "__main__":
    main()
