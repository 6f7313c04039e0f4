"""The kept MiniLM layers as one onnxruntime graph, with 8-bit weights by default.

numpy spends most of a message's encoder pass in many small float32 matmuls (about 8 ms for
four layers at chat length). The same layers as one onnxruntime graph run in one call that
releases the GIL for its whole length: about 4 ms in float32, with the same numbers as
numpy to 1e-6, and about 1.5 ms with the dense weights stored as 8-bit integers.

8-bit weights: each output column of a dense layer gets its own scale (symmetric, no zero
point), and onnxruntime quantises the activations to 8 bits per call. The weights use seven
bits (-63..63): a pair of uint8 x int8 products then always fits the int16 sums of CPUs
without VNNI, so every x86 CPU computes the same integers. The cost is a small, measured
noise on the scores (see moderation/README.md).

The graph is built in memory at load from the encoder's merged weights; nothing is written
to disk and nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .minilm import MiniLM

__all__ = ["OrtEncoder", "PRECISIONS", "quantize_columns"]

PRECISIONS = ("int8", "float32")
#: Largest weight magnitude after quantisation (seven bits; see the module docstring).
QMAX = 63


def quantize_columns(w: np.ndarray, qmax: int = QMAX) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric per-column quantisation of an (in, out) matrix: (int8 weights, scales)."""
    peak = np.abs(w).max(axis=0)
    scale = np.where(peak > 0, peak / qmax, 1.0).astype(np.float32)
    q = np.clip(np.rint(w / scale), -qmax, qmax).astype(np.int8)
    return q, scale


class _Graph:
    """Accumulates nodes and initialisers for ``onnx.helper``."""

    def __init__(self) -> None:
        from onnx import numpy_helper

        self._to_tensor = numpy_helper.from_array
        self.nodes: list = []
        self.inits: list = []
        self._n = 0

    def const(self, name: str, value: np.ndarray) -> str:
        self.inits.append(self._to_tensor(np.asarray(value), name))
        return name

    def op(self, op_type: str, inputs: Sequence[str], n_out: int = 1, *,
           domain: str = "", **attrs) -> str | list[str]:
        from onnx import helper

        self._n += 1
        outs = [f"t{self._n}_{k}" for k in range(n_out)]
        self.nodes.append(helper.make_node(op_type, list(inputs), outs, name=f"n{self._n}",
                                           domain=domain, **attrs))
        return outs[0] if n_out == 1 else outs


def _dense(g: _Graph, x: str, w: np.ndarray, b: np.ndarray, name: str, int8: bool) -> str:
    """x @ w + b, with w in (in, out) layout."""
    bias = g.const(name + ".b", b.astype(np.float32))
    if not int8:
        return g.op("Add", [g.op("MatMul", [x, g.const(name + ".w", w)]), bias])
    q, scale = quantize_columns(w)
    return g.op("DynamicQuantizeMatMul",
                [x, g.const(name + ".wq", q), g.const(name + ".scale", scale), "", bias],
                domain="com.microsoft")


def build_model(encoder: MiniLM, *, int8: bool) -> bytes:
    """Serialised ONNX model: input ``h`` (tokens, hidden), the embedded tokens of one
    sentence; output ``pooled`` (1, hidden), the mean of the last layer's token vectors."""
    import onnx
    from onnx import TensorProto, helper

    hidden, heads, head_dim = encoder.hidden, encoder.heads, encoder.head_dim
    g = _Graph()
    split_heads = g.const("shape.heads", np.array([-1, 3, heads, head_dim], np.int64))
    merge_heads = g.const("shape.merge", np.array([-1, hidden], np.int64))
    h = "h"
    for i, lay in enumerate(encoder.layers):
        p = f"layer{i}."
        qkv = _dense(g, h, lay.w_qkv, lay.b_qkv, p + "qkv", int8)  # Q already scaled
        x = g.op("Transpose", [g.op("Reshape", [qkv, split_heads])], perm=[1, 2, 0, 3])
        q, k, v = g.op("Split", [x], 3, axis=0, num_outputs=3)     # each (1, heads, T, hd)
        scores = g.op("MatMul", [q, g.op("Transpose", [k], perm=[0, 1, 3, 2])])
        ctx = g.op("MatMul", [g.op("Softmax", [scores], axis=-1), v])
        ctx = g.op("Reshape", [g.op("Transpose", [ctx], perm=[0, 2, 1, 3]), merge_heads])
        out = _dense(g, ctx, lay.w_o, lay.b_o, p + "o", int8)
        h = g.op("LayerNormalization", [g.op("Add", [h, out]), g.const(p + "ln1.g", lay.ln1_g),
                                         g.const(p + "ln1.b", lay.ln1_b)],
                 axis=-1, epsilon=encoder.eps)
        inter = g.op("Gelu", [_dense(g, h, lay.w_i, lay.b_i, p + "i", int8)])
        out = _dense(g, inter, lay.w_f, lay.b_f, p + "f", int8)
        h = g.op("LayerNormalization", [g.op("Add", [h, out]), g.const(p + "ln2.g", lay.ln2_g),
                                         g.const(p + "ln2.b", lay.ln2_b)],
                 axis=-1, epsilon=encoder.eps)
    g.nodes.append(helper.make_node("ReduceMean", [h, g.const("axis0", np.array([0], np.int64))],
                                    ["pooled"], keepdims=1))
    graph = helper.make_graph(
        g.nodes, "minilm", [helper.make_tensor_value_info("h", TensorProto.FLOAT, ["T", hidden])],
        [helper.make_tensor_value_info("pooled", TensorProto.FLOAT, [1, hidden])], g.inits)
    opsets = [helper.make_opsetid("", 20)]
    if int8:
        opsets.append(helper.make_opsetid("com.microsoft", 1))
    model = helper.make_model(graph, opset_imports=opsets)
    model.ir_version = 9
    onnx.checker.check_model(model)
    return model.SerializeToString()


class OrtEncoder:
    """Mean-pooled (not normalised) MiniLM vectors of single sentences through onnxruntime.

    Tokenising and the embedding lookup stay in numpy (the word table is a shared file
    mapping); the layers run in the graph on one thread. Safe to call from several threads.
    """

    def __init__(self, encoder: MiniLM, *, precision: str = "int8") -> None:
        if precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}")
        import onnxruntime as ort

        self.encoder = encoder
        self.precision = precision
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.log_severity_level = 3
        self.session = ort.InferenceSession(build_model(encoder, int8=precision == "int8"),
                                            opts, providers=["CPUExecutionProvider"])

    def pooled(self, text: str) -> np.ndarray:
        h = self.encoder.embed(self.encoder.tokenize(text))
        return self.session.run(None, {"h": h})[0][0]
