"""Train the linear classifier from the examples under moderation/data/.

    python -m moderation.train [--with-dev PATH] [--out PATH]

Deterministic: features are hashed with crc32, the optimiser is full-batch Adam
from zero weights, and example order is fixed, so the same data gives the same
weights. ``--with-dev`` adds a LABELS.md-format JSONL file to the training data
(report cross-validated figures then: ``python -m moderation.evaluate --cv 5``).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from .features import DIM, Embedder, vector
from .model import MODEL_PATH, LinearModel
from .stages.normalise import fold
from .stages.sanitise import to_plain

DATA = Path(__file__).parent / "data"
LABELS = ["crisis", "violence", "harassment", "spam"]
FILES = {"crisis.txt": ["crisis"], "violence.txt": ["violence"],
         "harassment.txt": ["harassment"], "spam.txt": ["spam"], "ok.txt": [], "pii.txt": []}
#: Decision thresholds, chosen by 5-fold cross-validation. Crisis is the lowest on
#: purpose: missing one costs far more than a gentle notice that was not needed.
#: Harassment and spam lean on rules (lexicon.py, stages/spam.py) for recall.
THRESHOLDS = {"crisis": 0.62, "violence": 0.75, "harassment": 0.8, "spam": 0.8}

#: Held-out sets that were read, and so no longer measure how the pipeline meets new
#: writing, become training data: every writer's voice the models learn from helps them
#: meet the next one. ``holdout17`` and later stay held out.
RETIRED = tuple(f"holdout{i}.jsonl" for i in range(5, 17))

Example = tuple[str, list[str]]


def project_examples() -> list[Example]:
    """The project's own training messages."""
    out: list[Example] = []
    for name, labels in FILES.items():
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.append((line.strip(), list(labels)))
    for line in (DATA / "mixed.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            labels, text = line.split("|", 1)
            out.append((text.strip(), labels.split(",")))
    for path in sorted(DATA.glob("train_*.jsonl")):
        out.extend(read_jsonl(path))
    for name in RETIRED:
        out.extend(read_jsonl(DATA / name))
    return out


def read_jsonl(path: str | Path) -> list[Example]:
    """Examples from a LABELS.md-format JSONL file."""
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [(r["text"], list(r.get("labels", []))) for r in rows]


def folded(text: str) -> str:
    """The text exactly as the classifier stage sees it in the pipeline."""
    return fold(to_plain(text, 8000))[0]


def fit(examples: Sequence[Example], embed: Embedder, steps: int = 600,
        l2: float = 3e-4, lr: float = 0.05) -> LinearModel:
    """Fit one logistic regression per label, positives weighted to balance classes."""
    x = np.stack([vector(folded(t), embed) for t, _ in examples]).astype(np.float32)
    y = np.array([[lab in labels for lab in LABELS] for _, labels in examples],
                 dtype=np.float32)
    n = len(examples)
    pos = y.sum(axis=0).clip(min=1)
    weight = np.where(y > 0, np.sqrt((n - pos) / pos), 1.0).clip(max=3.0).astype(np.float32)
    w = np.zeros((len(LABELS), DIM), dtype=np.float32)
    b = np.zeros(len(LABELS), dtype=np.float32)
    mw, vw = np.zeros_like(w), np.zeros_like(w)
    mb, vb = np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w.T + b)))
        g = (p - y) * weight / n
        gw = g.T @ x + l2 * w
        gb = g.sum(axis=0)
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        w -= lr * (mw / (1 - beta1**t)) / (np.sqrt(vw / (1 - beta2**t)) + eps)
        b -= lr * (mb / (1 - beta1**t)) / (np.sqrt(vb / (1 - beta2**t)) + eps)
    thresholds = np.array([THRESHOLDS[lab] for lab in LABELS], dtype=np.float32)
    return LinearModel(list(LABELS), w, b, thresholds)


def train(extra: Iterable[Example] = (), embed: Embedder | None = None) -> LinearModel:
    """Train on the project's examples plus ``extra``."""
    return fit(project_examples() + list(extra), embed or Embedder.load())


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-dev", help="also train on this LABELS.md-format JSONL file")
    parser.add_argument("--out", default=str(MODEL_PATH))
    args = parser.parse_args(argv)
    extra = read_jsonl(args.with_dev) if args.with_dev else []
    model = train(extra)
    model.save(Path(args.out))
    print(f"trained on {len(project_examples()) + len(extra)} examples -> {args.out}")


if __name__ == "__main__":
    main()
