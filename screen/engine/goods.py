"""Goods: item rules found in a description or under an HS heading.

The terms come from `matching/goodsterms.py`, which keeps a term only where its
context makes it evidence of the rule's goods and says why it set the others
aside; those reasons are returned too (`set_aside`), for the result's notes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable

from screen.engine.terms import TermHit
from screen.matching.fieldcut import CutWords
from screen.matching.goodsterms import GoodsHit, GoodsTerms
from screen.matching.hscodes import column_codes, hs_codes_in
from screen.matching.stems import stem
from screen.models import Rule
from screen.text.english import is_english_form
from screen.text.fusedcounts import counts_apart
from screen.text.kanareadings import read_term
from screen.text.ocrwords import ocr_read
from screen.text.payloads import payload_read
from screen.text.textcache import text_cache
from screen.text.tokens import analyze, singular

_LETTERS = re.compile(r"[A-Za-z]+")
# a character reference of HTML ("&trade;", "&#8482;", "&#x2122;"), as descriptions
# copied from a web shop carry them
_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


# a space or punctuation written as a URL writes it, between letters ("robot%20arm")
_URL_GAP = re.compile(r"(?<=[^\W\d_])%(?:2[0-9A-Fa-f]|3[A-Fa-f])(?=[^\W\d_])")
# a word spelt out, one letter at a time ("I N D U S T R I A L", "r.o.b.o.t.s")
_SPELT = re.compile(r"(?<![^\W_])(?:[^\W\d_][ .\-_·]){3,}[^\W\d_](?![^\W_])")
_BETWEEN = re.compile(r"[ .\-_·]")
# a word with a figure or a code glued to its end ("robot123", "vaccineA1",
# "robotBatchA": the code after it has a figure or a capital after a small letter);
# set apart only when the word is a word of a term ("shipLotW" is one code)
_FIGURE = "[\\d\u00b2\u00b3\u00b9\u2070-\u209f\u2460-\u24ff\u2776-\u2793]"  # "²", "₂", "①" too
_GLUED = re.compile(
    rf"(?<![^\W\d_])([A-Za-z][a-z]{{2,}}|[A-Z]{{3,}})(?={_FIGURE})"
    r"|(?<![^\W\d_])([A-Za-z][a-z]{2,})(?=[A-Z][A-Za-z]*?(?:[a-z][A-Z]|\d))"
)

# an acronym in capitals with a plural's small "s" ("MCUs", "GPUs", "FPGAs")
_ACRONYMS = re.compile(r"(?<![^\W_])([A-Z][A-Z0-9]{1,5})s(?![^\W_])")


def unreferenced(description: str, term_word: Callable[[str], bool] = lambda _: False) -> str:
    """`description` as the goods matcher reads it:

    * its HTML character references read ("robot&trade;" is "robot™", not a robot
      before the word "trade"), twice over ("&amp;trade;", as a web shop's export
      escapes its text again; an unknown name is left as written);
    * a URL's escaped space or punctuation between letters read ("industrial%20robot");
    * a figure or a code glued to a word of a term (`term_word`) set apart ("robot123",
      "robotBatchA"; not "batchKilo", "shipLotW", "iPhone");
    * a word a scan misread read back ("Vacc1nes", "rnicroscope": `ocrwords.py`);
    * a count run together with its unit or goods set apart ("2xgensets", "500pcsIC":
      `fusedcounts.py`);
    * an acronym's plural read as the acronym of a term ("MCUs", "GPUs");
    * a word spelt out letter by letter read as one ("I N D U S T R I A L   R O B O T":
      four letters or more, each one apart)."""
    written = description
    for _ in range(2):
        if "&" not in description:
            break
        description = _REFERENCE.sub(lambda m: html.unescape(m.group(0)), description)
    if "%" in description:
        description = _URL_GAP.sub(lambda m: chr(int(m.group(0)[1:], 16)), description)
    description = _GLUED.sub(lambda m: m.group(0) + " " * term_word(m.group(0)), description)
    description = ocr_read(description, lambda word: term_word(word) or is_english_form(word))
    description = counts_apart(description, term_word, is_english_form)
    description = _ACRONYMS.sub(
        lambda m: m.group(1) if term_word(m.group(1)) else m.group(0), description
    )
    read = _SPELT.sub(lambda m: _BETWEEN.sub("", m.group(0)), description)
    return written if read == written else read  # (no copy of a text to keep in caches)


def hs_digits(code: str) -> str:
    return re.sub(r"[^0-9]", "", code)


def format_hs(prefix: str) -> str:
    return prefix if len(prefix) <= 4 else f"{prefix[:4]}.{prefix[4:]}"


def _detail(rule: Rule, hit: GoodsHit) -> str:
    detail = "exact term" if hit.score >= 100 else "typo-tolerant match"
    if hit.spread:
        detail += ", its words apart"
    if hit.compound:
        detail += ", the head of a compound word"
    if hit.technology:  # "process know-how for semiconductor wafer fab"
        detail += f", the topic of '{hit.technology}' (technology for the goods: review)"
    if hit.unread:  # "'wafers' before 'blorvane', a word no word list knows (review)"
        detail += f"; {hit.unread}"
    if written := read_term(hit.term):  # ("ﾊﾝﾄﾞｳﾀｲ")
        return f"{detail}, the kana reading of {written} (reading from JMdict)"
    source = rule.term_source(hit.term)
    return f"{detail} (term from {source})" if source else detail


class GoodsMatcher:
    """Finds the item rules a description and an HS code fall under."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = {r.id: r for r in rules}
        self.terms = GoodsTerms(self.rules.values())
        self._cut: CutWords | None = None  # (built when a description first asks)

    def _read(self, description: str) -> str:
        """`description` as the matcher reads it (`_reading`)."""
        return self._reading(description)[0]

    def _reading(self, description: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """`description` as the matcher reads it: a JSON or XML payload as labelled
        lines (`text/payloads.py`), `unreferenced`, its last word completed where a
        field cut it ("SEMICONDUCTOR MANUFACTURING EQUIP") and its abbreviated words
        read whole ("WFR INSP SYS": `fieldcut.py`); with the words read whole, for
        the hits' explanations ("PRNTR", "PRINTER")."""
        if self._cut is None:
            self._cut = CutWords(t for r in self.rules.values() for t in r.terms)
        read = unreferenced(payload_read(description), self._term_word)
        whole = self._cut.expanded(self._cut.completed(read))
        return whole, (_read_whole(read, whole) if whole != read else ())

    @text_cache(16384)  # one matcher per Screener
    def set_aside(self, description: str, hs_code: str = "") -> tuple[tuple[Rule, str], ...]:
        """(rule, note) for each rule whose terms the description names only in a
        context that is no evidence ("not counted: 'diode' inside 'LED lamps': a lamp,
        ..."), or beside an exception of the rule ("excepted: 'Industrial diamonds'
        (...)", or an HS code under an excepted heading)."""
        if not description.strip():
            return ()
        description = self._read(description)
        finding = self.terms.find(description)
        named = {h.rule_id for h in finding.hits}
        out = {
            h.rule_id: f"not counted: {h.reason}"
            for h in reversed(finding.set_aside)
            if h.rule_id not in named and h.rule_id not in finding.excepted
        }
        quote = analyze(description).quote
        for rule_id, start, end in finding.exceptions:  # (those that vetoed a term)
            if rule_id in finding.excepted:
                out.setdefault(rule_id, _excepted(self.rules[rule_id], f"'{quote(start, end)}'"))
        for rule_id, (written, prefix) in self._code_exceptions(description, hs_code).items():
            if rule_id in named:
                why = f"'{written}' falls under the excepted heading {format_hs(prefix)}"
                out.setdefault(rule_id, _excepted(self.rules[rule_id], why))
        return tuple((self.rules[rule_id], note) for rule_id, note in out.items())

    def _term_word(self, word: str) -> bool:
        """Is `word` (as written) a word of a term ("robot", "vaccine")?"""
        return stem(singular(word.lower())) in self.terms.vocab

    def find(self, description: str, hs_code: str) -> tuple[TermHit, ...]:
        """Terms and HS headings of item rules, exclusions and exceptions applied;
        independent of date, direction and destination.  HS codes count from the HS
        column and from the description ("HS 8542.31 x 100 pcs", `hscodes.py`); HTML
        character references are read first (`unreferenced`)."""
        description, wholes = self._reading(description)
        finding = self.terms.find(description) if description.strip() else None
        excepted = set(finding.excepted) if finding else set()
        out: dict[tuple[str, str], TermHit] = {}
        codes = self._codes(description, hs_code)
        excepted.update(self._code_exceptions(description, hs_code))
        for rule in self.rules.values():
            under = [(c, p) for c in codes for p in rule.hs_codes if c[1].startswith(p)]
            for (field, _, written, marked), prefix in under:
                slot = (rule.id, "hs" if field == "hs_code" else "hs-description")
                if slot not in out:
                    out[slot] = _code_hit(rule, field, written, marked, prefix)
        if finding is None:
            return tuple(out.values())
        analyzed = analyze(description)
        for h in sorted(finding.hits, key=lambda h: (h.spread, -h.score, h.start)):
            if h.rule_id in excepted:
                continue
            rule = self.rules[h.rule_id]
            quoted = analyzed.quote(h.start, h.end)
            detail = _detail(rule, h) + _wholes(quoted, wholes)
            hit = TermHit(rule, "description", quoted, h.term, round(h.score, 1), h.review, detail)
            slot = (h.rule_id, "description")
            if slot not in out or hit.score > out[slot].score:
                out[slot] = hit
        for rule_id, _ in [k for k in out if k[1] == "hs-description"]:
            term = out.get((rule_id, "description"))
            if term is not None and term.score >= 100 and not term.capped:
                del out[(rule_id, "hs-description")]  # the words say it already
        return tuple(out.values())

    def _code_exceptions(self, description: str, hs_code: str) -> dict[str, tuple[str, str]]:
        """Rule id -> (code as written, excepted prefix) for each rule an HS code of the
        shipment falls under an excepted heading of, and no code under its headings."""
        codes = self._codes(description, hs_code)
        out: dict[str, tuple[str, str]] = {}
        for rule in self.rules.values():
            if any(c[1].startswith(p) for c in codes for p in rule.hs_codes):
                continue
            for _, digits, written, _ in codes:
                prefix = next(
                    (p for e in rule.exceptions for p in e.hs_codes if digits.startswith(p)), None
                )
                if prefix:
                    out.setdefault(rule.id, (written, prefix))
        return out

    @staticmethod
    def _codes(description: str, hs_code: str) -> list[tuple[str, str, str, bool]]:
        """(field, digits, as written, after a marker) of every HS code of the shipment."""
        out = [("hs_code", c.digits, hs_code, True) for c in column_codes(hs_code)]
        out += [
            ("description", c.digits, description[c.start : c.end], c.marked)
            for c in hs_codes_in(description)
        ]
        return out


def _read_whole(written: str, read: str) -> tuple[tuple[str, str], ...]:
    """(word as written, word as read) of each word cut short or abbreviated that
    `read` reads whole ("PRNTR", "PRINTER"): both texts' words, in order."""
    pairs = zip(_LETTERS.findall(written), _LETTERS.findall(read), strict=False)
    return tuple((a, b) for a, b in pairs if a != b)


def _wholes(quoted: str, wholes: tuple[tuple[str, str], ...]) -> str:
    """ ", 'PRNTR' read as 'PRINTER' (abbreviated)" for each such word of the hit."""
    words = set(_LETTERS.findall(quoted))
    out = ""
    for a, b in wholes:
        if b in words:
            how = "cut short" if b.lower().startswith(a.lower()) else "abbreviated"
            out += f", '{a}' read as '{b}' ({how})"
    return out


def _code_hit(rule: Rule, field: str, written: str, marked: bool, prefix: str) -> TermHit:
    heading = format_hs(prefix)
    detail = (
        "HS code falls under the rule's heading"
        if field == "hs_code"
        else f"{written} in the description{'' if marked else ', written as an HS code,'}"
        f" falls under the rule's heading {heading}"
    )
    return TermHit(rule, field, written, f"HS {heading}", 100.0, False, detail)


def _excepted(rule: Rule, why: str) -> str:
    notes = "; ".join(e.note for e in rule.exceptions if e.note)
    return f"excepted: {why}" + (f" ({notes})" if notes else "")
