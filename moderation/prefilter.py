"""A literal pre-check for the phrase rules: skip a regex when it cannot match.

Most messages match none of the rules, yet Python's regex engine tries every branch of a
large alternation at every position of the text before it says so. Most branches need a
word that must appear somewhere ("rope", "kill", "goodbye"). ``required`` reads a
pattern's parse tree and finds a set of literal strings of which every match contains at
least one. ``LiteralGate`` puts the literals of many patterns into one trie, finds those
present in a text in one pass, and runs a pattern only when one of its literals is
there. The answer is always the regex's own.

The analysis is conservative: anything it cannot read (a character class that is not a
handful of characters, a back reference, a repeat that may be absent) counts as "may be
anything", and a pattern with no requirement is always run. A negative lookaround
consumes nothing, so it leaves the text a match covers unchanged; a positive
lookaround's own requirement must hold somewhere in the text, so it may serve as the
pattern's.

On the project's examples this cut the rules and checks one message meets from 1.2 ms to
0.27 ms, with the same result for every rule on 37,403 labelled messages.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Iterable
from typing import Any

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older layout
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = ["Gated", "LiteralGate", "Scan", "required"]

#: Largest set of exact strings kept while joining the parts of a sequence.
MAX_EXACT = 64
#: Literals this long are rare enough in a message to be worth looking for.
GOOD_LEN = 4


class _Info:
    """What a piece of a pattern can match: ``exact`` (every string it can match, or
    None when not a small finite set) and ``need`` (literals one of which every match
    contains, or None when no requirement is known)."""

    __slots__ = ("exact", "need")

    def __init__(self, exact: frozenset[str] | None, need: frozenset[str] | None) -> None:
        self.exact = exact
        self.need = need


_ANYTHING = _Info(None, None)
_EMPTY = _Info(frozenset({""}), None)


def _quality(lits: frozenset[str] | None) -> tuple[int, int, int]:
    """Higher is a better requirement: a shortest literal of at least GOOD_LEN characters
    (shorter ones are in most messages), then fewer literals, then longer ones."""
    if not lits:
        return (-1, 0, 0)
    shortest = min(map(len, lits))
    return (min(shortest, GOOD_LEN), -len(lits), shortest)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    return a if _quality(a) >= _quality(b) else b


def _as_need(exact: frozenset[str] | None) -> frozenset[str] | None:
    """Exact strings as a requirement: useless when one of them is empty."""
    if exact is None or "" in exact:
        return None
    return exact


def _seq(items: Any) -> _Info:
    """A sequence of parsed items (a regex concatenation)."""
    exact: frozenset[str] | None = frozenset({""})
    best: frozenset[str] | None = None
    run = frozenset({""})  # every string the current run of exact items can match
    for op, av in items:
        info = _item(op, av)
        if info.exact is not None and len(run) * len(info.exact) <= MAX_EXACT:
            run = frozenset(a + b for a, b in itertools.product(run, info.exact))
        else:  # the run ends here: what it matched is one candidate requirement
            best = _better(best, _as_need(run))
            run = info.exact if info.exact is not None else frozenset({""})
        best = _better(best, info.need)
        if exact is not None:
            exact = (frozenset(a + b for a, b in itertools.product(exact, info.exact))
                     if info.exact is not None and len(exact) * len(info.exact) <= MAX_EXACT
                     else None)
    best = _better(best, _as_need(run))
    return _Info(exact, _better(best, _as_need(exact)))


def _branch(branches: list[Any]) -> _Info:
    infos = [_seq(b) for b in branches]
    exact: frozenset[str] | None = None
    if all(i.exact is not None for i in infos):
        union = frozenset().union(*(i.exact for i in infos))  # type: ignore[arg-type]
        exact = union if len(union) <= MAX_EXACT else None
    needs = [_better(i.need, _as_need(i.exact)) for i in infos]
    need = None if any(n is None for n in needs) else frozenset().union(*needs)  # type: ignore[arg-type]
    return _Info(exact, need)


def _charset(av: Any) -> _Info:
    """A character class: exact only when it lists a few literal characters."""
    chars = set()
    for op, v in av:
        if op is _c.LITERAL:
            chars.add(chr(v))
        else:
            return _ANYTHING
    return _Info(frozenset(chars), None) if 0 < len(chars) <= 4 else _ANYTHING


def _item(op: Any, av: Any) -> _Info:
    if op is _c.LITERAL:
        return _Info(frozenset({chr(av)}), None)
    if op is _c.IN:
        return _charset(av)
    if op is _c.AT:  # ^ $ \b \B: zero-width
        return _EMPTY
    if op is _c.SUBPATTERN:
        add_flags = av[1]
        return _ANYTHING if add_flags & _p.SRE_FLAG_IGNORECASE else _seq(av[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _seq(av)
    if op is _c.BRANCH:
        return _branch(av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        lo, hi, body = av
        inner = _seq(body)
        need = _better(inner.need, _as_need(inner.exact)) if lo >= 1 else None
        if lo == 0 and hi == 1 and inner.exact is not None:
            return _Info(inner.exact | {""}, None)
        if lo == hi == 1:
            return _Info(inner.exact, need)
        return _Info(None, need)
    if op is _c.ASSERT_NOT:
        return _EMPTY
    if op is _c.ASSERT:  # a positive lookaround: its content is somewhere in the text
        inner = _seq(av[1])
        return _Info(frozenset({""}), _better(inner.need, _as_need(inner.exact)))
    return _ANYTHING


def _ascii_twin(ch: str) -> bool:
    """Whether a non-ASCII character matches some ASCII one when case is ignored (the
    Kelvin sign and "k", the long s and "s")."""
    return any(re.fullmatch(re.escape(ch), chr(c), re.IGNORECASE) for c in range(128))


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literals one of which every match of ``pattern`` contains, or None when the
    pattern has none worth checking (then it must simply be run). A case-blind pattern's
    literals are lowercase, for looking up in the lowercased text of an ASCII message."""
    info = _seq(_p.parse(pattern.pattern, pattern.flags))
    need = _better(info.need, _as_need(info.exact))
    if need is None:
        return None
    if pattern.flags & re.IGNORECASE:
        if any(not ch.isascii() and _ascii_twin(ch) for lit in need for ch in lit):
            return None
        need = frozenset(lit.lower() for lit in need)
    # A literal that contains another is implied by it: keep the shorter ones only.
    kept = sorted(need, key=len)
    return frozenset(s for i, s in enumerate(kept) if not any(t in s for t in kept[:i]))


class Scan:
    """Which of a gate's patterns may match one text; ``search`` answers as the regex."""

    __slots__ = ("_bits", "_mask", "text")

    def __init__(self, bits: dict[int, int], mask: int, text: str) -> None:
        self._bits = bits
        self._mask = mask
        self.text = text

    def possible(self, rx: re.Pattern[str]) -> bool:
        bit = self._bits.get(id(rx))  # a Pattern hashes its whole program: ids are cheap
        return bit is None or bool(self._mask >> bit & 1)

    def search(self, rx: re.Pattern[str]) -> re.Match[str] | None:
        """``rx.search(text)``, or None at once when its literals are absent."""
        return rx.search(self.text) if self.possible(rx) else None


class LiteralGate:
    """The literals of many patterns, found in a text in one pass.

    Every literal goes into one trie, written as a regex that tries it at each position
    of the text and takes the longest literal there; each literal found opens the
    patterns that need it or any literal it starts with. A pattern with no requirement
    (or one not given to the gate) is always open.

    Patterns given at construction are built into the trie at once; patterns that join
    later with ``gated(rx)`` need ``build()`` when the last has joined (or the trie is
    built at first use, which would then land on a member's first message).
    ``search(rx, text)`` keeps the last text's scan, so the many checks one message
    meets cost one pass between them.

    A gate holds case-sensitive patterns or case-blind ones. A case-blind gate looks for
    its lowercase literals in the lowercased text of an ASCII message, and opens every
    pattern for any other message: beyond ASCII, case-blind matching and ``lower()``
    part ways ("İ", the long s)."""

    def __init__(self, patterns: Iterable[re.Pattern[str]] = ()) -> None:
        self._patterns = list(patterns)
        self._built: tuple[dict[int, int], dict[str, int], re.Pattern[str] | None] \
            | None = None
        self._last: Scan | None = None
        self._blind = False
        if self._patterns:
            self.build()

    def gated(self, rx: re.Pattern[str]) -> Gated:
        """``rx`` behind this gate: its ``search`` consults the gate first."""
        self._patterns.append(rx)
        self._built = None
        return Gated(self, rx)

    def build(self) -> tuple[dict[int, int], dict[str, int], re.Pattern[str] | None]:
        bits: dict[int, int] = {}
        needs: dict[str, int] = {}
        blind = {bool(rx.flags & re.IGNORECASE) for rx in self._patterns}
        if len(blind) > 1:
            raise ValueError("a gate holds case-blind patterns or case-sensitive ones, not both")
        self._blind = blind == {True}
        for rx in self._patterns:
            lits = required(rx)
            if lits is None or id(rx) in bits:
                continue
            bit = bits[id(rx)] = len(bits)
            for lit in lits:
                needs[lit] = needs.get(lit, 0) | 1 << bit
        # The longest literal at a position stands for every literal it starts with.
        opens = {lit: functools.reduce(
            operator.or_, (needs.get(lit[:k], 0) for k in range(1, len(lit) + 1)), 0)
            for lit in needs}
        finder = re.compile(f"(?=({_trie(needs)}))") if needs else None
        built = self._built = (bits, opens, finder)  # built the same by any thread
        return built

    def scan(self, text: str) -> Scan:
        bits, opens, finder = self._built or self.build()
        if self._blind:
            if not text.isascii():  # case-blind matching beyond ASCII: run every pattern
                return Scan(bits, -1, text)
            seen = text.lower()
        else:
            seen = text
        mask = 0
        if finder is not None:
            for found in set(finder.findall(seen)):
                mask |= opens[found]
        return Scan(bits, mask, text)

    def search(self, rx: re.Pattern[str], text: str, *args: int) -> re.Match[str] | None:
        """``rx.search(text, *args)``, skipped when the text lacks its literals."""
        scan = self._last
        if scan is None or scan.text is not text:
            scan = self._last = self.scan(text)
        return rx.search(text, *args) if scan.possible(rx) else None


class Gated:
    """A compiled pattern whose ``search`` asks its gate first; otherwise the pattern."""

    __slots__ = ("gate", "rx")

    def __init__(self, gate: LiteralGate, rx: re.Pattern[str]) -> None:
        self.gate = gate
        self.rx = rx

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.gate.search(self.rx, text, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.rx, name)


def _trie(words: Iterable[str]) -> str:
    """One regex matching the longest of ``words`` that starts at a position."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        kids = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first

    return emit(root)
