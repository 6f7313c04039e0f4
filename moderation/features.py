"""Cheap, deterministic features for the linear classifier.

Three groups, concatenated:
- a 256-d WordLlama static embedding (mean of token vectors, unit length), which
  carries meaning ("gave the dog away" near "giving my things away"). The model ships
  inside the ``wordllama`` wheel; we read its files directly so nothing is downloaded.
- hashed word unigrams and bigrams of the folded text (crc32, so stable across runs).
- a few shape cues: addressing a member with "@", second vs third person, first person
  future tense, which separate "@Sam you're pathetic" from "he is pathetic".
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np

HASH_DIM = 1 << 13
EMB_DIM = 256
#: Three embedding blocks: the whole text, what follows "you"/"@name" (what is said to a
#: member), and what follows the writer's own "I'll / I want / I'm going to" (intent).
N_BLOCKS = 3
DENSE_DIM = EMB_DIM * N_BLOCKS
_WORD = re.compile(r"[a-záéíóúñü']+|[@#]\w+|\d+|[!?]")

SHAPES = {
    "mention_start": re.compile(r"^\s*@\w"),
    "mention": re.compile(r"(?<!\w)@[A-Za-z]"),
    "you": re.compile(r"\b(?:you|your|you're|youre|ur|u|yourself|eres|tu|te)\b"),
    "he_she": re.compile(r"\b(?:he|him|his|she|her|they|them|él|ella)\b"),
    "i_future": re.compile(r"\b(?:i'll|i will|i'm going to|im going to|gonna|i'm gonna|voy a)\b"),
    "myself": re.compile(r"\b(?:myself|me|my life|mí|me quiero)\b"),
    "past": re.compile(r"\b(?:years? ago|used to|in 20\d\d|months ago|back then|"
                        r"no longer|anymore)\b"),
    # reassurance: "you weren't stupid", "it's not your fault"
    "you_not": re.compile(r"\byou(?:'re| are| were)? ?(?:n'?t|not|never|weren'?t|aren'?t|"
                          r"didn'?t|did nothing|have nothing)\b|\bnot your fault\b|"
                          r"\bnothing wrong with you\b"),
    "recovery": re.compile(r"\b(?:clean|free of|recovery|therapy|therapist|counsell?or|"
                           r"proud|better now|still here|glad)\b"),
}
N_SHAPES = len(SHAPES)
DIM = DENSE_DIM + HASH_DIM + N_SHAPES

_TO_YOU = re.compile(r"(?:(?<!\w)@\w+|\b(?:you(?:'re|re| are|r|rself)?|ur|u r|eres|tu)\b)"
                     r"([^.!?\n]{1,48})")
_FROM_ME = re.compile(r"\b(?:i'?ll|i will|i'?m going to|im going to|i'?m gonna|gonna|i want to|"
                      r"i wanna|i wish|i'?m (?:ready|planning|done)|i'?ve (?:got|decided)|"
                      r"i can'?t|voy a|quiero)\b([^.!?\n]{1,48})")


_NEGATED = re.compile(r"\s*(?:n'?t|not|never|weren'?t|aren'?t|didn'?t|don'?t|did nothing|"
                      r"have nothing|are not|were not|'re not)\b")


def focus(norm: str) -> tuple[str, str]:
    """The words said to someone addressed, and the words after the writer's intent
    (a negated phrase, "you weren't stupid", says nothing about its target)."""
    return (" ".join(m.group(1) for m in _TO_YOU.finditer(norm)
                     if not _NEGATED.match(m.group(1))),
            " ".join(m.group(1) for m in _FROM_ME.finditer(norm)))


def _wordllama_files() -> tuple[Path, Path]:
    import wordllama  # only to locate the files that ship inside its wheel

    root = Path(wordllama.__file__).parent
    return (root / "tokenizers" / "l2_supercat_tokenizer_config.json",
            root / "weights" / "l2_supercat_256.safetensors")


@dataclass
class Embedder:
    """Mean-pooled WordLlama token vectors, computed without the wordllama runtime."""

    tokenizer: object
    table: np.ndarray

    @classmethod
    def load(cls) -> Embedder:
        """Load the tokenizer and the 32000x256 float16 table that ship in the wheel."""
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        tok_path, weights_path = _wordllama_files()
        tokenizer = Tokenizer.from_file(str(tok_path))
        tokenizer.no_padding()
        tokenizer.no_truncation()
        table = load_file(str(weights_path))["embedding.weight"].astype(np.float32)
        return cls(tokenizer, table)

    def __call__(self, text: str) -> np.ndarray:
        ids = self.tokenizer.encode(text[:2000], add_special_tokens=False).ids  # type: ignore[attr-defined]
        if not ids:
            return np.zeros(EMB_DIM, dtype=np.float32)
        v = self.table[ids].mean(axis=0)
        n = float(np.linalg.norm(v))
        return v / n if n else v


def hashed(norm: str) -> list[int]:
    """Bucket indices of the word unigrams and bigrams of a folded text. Every "@name"
    counts as one token: who is addressed matters, not what they are called."""
    words = ["@member" if w[0] == "@" else w for w in _WORD.findall(norm)]
    grams = words + [a + " " + b for a, b in pairwise(words)]
    return sorted({zlib.crc32(g.encode()) % HASH_DIM for g in grams})


def shapes(norm: str) -> np.ndarray:
    """Counts of each shape cue, squashed to [0, 1)."""
    counts = np.array([len(rx.findall(norm)) for rx in SHAPES.values()], dtype=np.float32)
    return counts / (counts + 1.0)


def dense(norm: str, embed: Embedder) -> np.ndarray:
    """The embedding blocks: whole text, words to someone addressed, the writer's intent."""
    to_you, from_me = focus(norm)
    x = np.zeros(DENSE_DIM, dtype=np.float32)
    x[:EMB_DIM] = embed(norm)
    if to_you:
        x[EMB_DIM:2 * EMB_DIM] = embed(to_you)
    if from_me:
        x[2 * EMB_DIM:] = embed(from_me)
    return x


def vector(norm: str, embed: Embedder) -> np.ndarray:
    """The whole feature vector, as used for training."""
    x = np.zeros(DIM, dtype=np.float32)
    x[:DENSE_DIM] = dense(norm, embed)
    idx = hashed(norm)
    if idx:
        x[DENSE_DIM + np.array(idx)] = 1.0 / np.sqrt(len(idx))
    x[DENSE_DIM + HASH_DIM:] = shapes(norm)
    return x
