"""A one-vs-rest logistic model: trained by train.py, stored as a small .npz, run here.

Prediction never builds the dense hashed vector: it sums the weight rows of the
buckets present, so one message costs a few microseconds after embedding.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .features import DENSE_DIM, HASH_DIM, Embedder, dense, hashed, shapes

MODEL_PATH = Path(__file__).parent / "models" / "classifier.npz"


@dataclass
class LinearModel:
    """Weights ``w`` (labels x DIM), bias ``b`` and per-label thresholds."""

    labels: list[str]
    w: np.ndarray
    b: np.ndarray
    thresholds: np.ndarray

    def save(self, path: Path = MODEL_PATH) -> None:
        """Store as float16 weights: the file stays small enough to commit."""
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, labels=np.array(self.labels), w=self.w.astype(np.float16),
                            b=self.b.astype(np.float32), thresholds=self.thresholds)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> LinearModel:
        """Load a model written by ``save``."""
        with np.load(path) as data:
            return cls([str(x) for x in data["labels"]], data["w"].astype(np.float32),
                       data["b"].astype(np.float32), data["thresholds"].astype(np.float32))

    def scores(self, norm: str, embed: Embedder) -> dict[str, float]:
        """Probability per label for a folded text."""
        w = self.w
        z = self.b + w[:, :DENSE_DIM] @ dense(norm, embed)
        idx = hashed(norm)
        if idx:
            z = z + w[:, DENSE_DIM + np.array(idx)].sum(axis=1) / np.sqrt(len(idx))
        z = z + w[:, DENSE_DIM + HASH_DIM:] @ shapes(norm)
        p = 1.0 / (1.0 + np.exp(-z))
        return {label: float(v) for label, v in zip(self.labels, p, strict=True)}
