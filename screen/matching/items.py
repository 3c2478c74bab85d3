"""Where the items of a goods description begin: a description often lists several
goods, and what one item says (an exception, a word of another trade) says nothing
of another ("Industrial diamonds; polished diamonds" still names polished diamonds).

An item ends where a clause ends (";", a line break, "|", "。", see `clauses.py`),
and also:

* before each mark of a numbered or lettered list ("1) Soy sauce 2) Diesel
  generator", "1. ... 2. ...", "(a) ... (b) ...", "i) ... ii) ..."), when the marks
  count on in order (1, 2, 3; a, b, c; i, ii, iii) from the first: a lone "2)" or
  "50 kVA." is no list; and before each number written as one enclosed character
  ("① 緑茶 ② 半導体", "⑴");
* at the Japanese list mark 「・」 (nakaguro, and its half-width form) between goods
  ("緑茶・半導体・タオル"), but not when every one stands between two katakana words,
  where it joins the words of one foreign name or term ("ガスプロム・バンク",
  "ディーゼル・エンジン").

All positions are offsets in the user's text (`Analyzed.norm.original`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Protocol, TypeVar

from screen.text.lazyre import deferred, lazy_pattern
from screen.text.tokens import Analyzed

STOPS = deferred(r"[;\n|。；!?]")  # what always ends a clause (`clauses._STOP`)
# a list mark: "1)", "(1)", "1.", "a)", "(a)", "ii)" at the start or after a space or
# punctuation, followed by a space or a letter (not "1.5", "v1.2", "3.)")
_MARK = deferred(
    r"(?:^|(?<=[\s,;:]))(\(?)(\d{1,2}|[ivx]{1,4}|[IVX]{1,4}|[a-zA-Z])([.)])(?=\s|[^\W\d_])"
)
_ROMAN = {r: n for n, r in enumerate("i ii iii iv v vi vii viii ix x xi xii".split(), 1)}
# numbers enclosed in a circle or brackets, or with a full stop, as one character
# ("① 緑茶 ② 半導体", "⑴", "⒈"): a list mark wherever it stands
_ENCLOSED = lazy_pattern("[\u2460-\u249b\u24eb-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]")
_NAKAGURO = "・･"


def _katakana(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa" or ch == "ー" or "\uff66" <= ch <= "\uff9f"


def _values(mark: str) -> list[tuple[str, int]]:
    """(kind, value) of a list mark: a number, a letter, a Roman numeral ("i" is
    both a letter and a numeral)."""
    if mark.isdigit():
        return [("digit", int(mark))]
    out = [("letter", ord(mark.lower()) - ord("a") + 1)] if len(mark) == 1 else []
    if mark.lower() in _ROMAN and (mark.islower() or mark.isupper()):
        out.append(("roman", _ROMAN[mark.lower()]))
    return out


def list_marks(text: str) -> list[int]:
    """Offsets of the marks of a numbered or lettered list in `text`: marks of one
    kind (digits, letters or Roman numerals, the same bracket and stop) counting on by
    one from 1 (or "a", "i"), at least two of them."""
    runs: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
    for m in _MARK.finditer(text):
        opening, mark, stop = m.groups()
        if opening and stop != ")":
            continue
        for kind, value in _values(mark):
            runs.setdefault((kind, opening, stop), []).append((m.start(), value))
    out: set[int] = set()
    for marks in runs.values():
        counted: list[int] = []
        for start, value in marks:
            if value == len(counted) + 1:
                counted.append(start)
        if len(counted) >= 2:
            out.update(counted)
    return sorted(out)


def nakaguro_breaks(text: str) -> list[int]:
    """Offsets of each 「・」 that separates goods: all of them when one stands beside
    a word that is no katakana (a list writes one mark throughout: "緑茶・ロボット・タオル"),
    else none (two katakana words joined: "ガスプロム・バンク")."""
    marks = [at for at, ch in enumerate(text) if ch in _NAKAGURO]
    for at in marks:
        before = text[at - 1] if at else ""
        after = text[at + 1] if at + 1 < len(text) else ""
        if not (_katakana(before) and _katakana(after)):
            return marks
    return []


@lru_cache(maxsize=4096)
def item_starts(text: str) -> tuple[int, ...]:
    """Offsets in `text` where an item begins (besides its start), sorted: each clause
    stop, list mark and separating nakaguro (Latin clause ends by a full stop are
    `clauses.py`'s, which reads them with the tokens)."""
    if text.isascii() and ")" not in text and "." not in text:  # (no mark can stand)
        return tuple(m.start() for m in STOPS.finditer(text))
    found = {m.start() for m in STOPS.finditer(text)}
    found.update(list_marks(text))
    found.update(m.start() for m in _ENCLOSED().finditer(text))
    found.update(nakaguro_breaks(text))
    return tuple(sorted(found))


def item_of(text: Analyzed, at: int) -> int:
    """The number of the item holding offset `at` of the normalised text."""
    offsets = text.norm.offsets
    if not offsets:
        return 0
    original = offsets[min(at, len(offsets) - 1)]
    return bisect_right(item_starts(text.norm.original), original)


class Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class RuleSpan(Span, Protocol):
    @property
    def rule_id(self) -> str: ...


E = TypeVar("E", bound=Span)
H = TypeVar("H", bound=RuleSpan)


def overlap(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


class Items:
    """The item of each offset of one normalised text: `item_starts` and the ends
    of Latin clauses its tokens' clause numbers (`clauses.clauses`) say."""

    def __init__(self, text: Analyzed, clause: Sequence[int]) -> None:
        offsets, tokens = text.norm.offsets, text.tokens
        starts = set(item_starts(text.norm.original))
        starts.update(
            offsets[tokens[i].start] for i in range(1, len(clause)) if clause[i] != clause[i - 1]
        )
        self.starts = sorted(starts)
        self.offsets = offsets

    def of(self, at: int) -> int:
        if not self.offsets:
            return 0
        return bisect_right(self.starts, self.offsets[min(at, len(self.offsets) - 1)])

    def same(self, one: Span, other: Span) -> bool:
        return self.of(one.start) == self.of(other.start)

    def vetoes(
        self,
        exceptions: Sequence[tuple[str, E]],
        hits: Sequence[H],
        terms_near: Callable[[E], Iterable[Span]],
    ) -> list[tuple[H, E]]:
        """(hit, exception) for each term hit an exception of its rule vetoes: one of
        its own item ("Industrial diamonds; polished diamonds" still names polished
        diamonds), and only the hits it overlaps when it names its goods itself
        ("industrial diamonds", not "abrasive grade": "Industrial diamonds, polished
        diamonds").  `terms_near` gives the rule's term hits (kept or set aside) that
        may overlap an exception."""
        out: list[tuple[H, E]] = []
        for rule_id, e in exceptions:
            named = any(overlap(e, t) for t in terms_near(e))
            out.extend(
                (h, e)
                for h in hits
                if h.rule_id == rule_id and (overlap(e, h) or (not named and self.same(e, h)))
            )
        return out
