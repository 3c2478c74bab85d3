"""A party text as it was before a pipeline damaged it, for the name matcher.

Order files and payment messages carry names through systems that break them:

* **mojibake**: UTF-8 read as Windows-1252 ("FlÃ³rez" for Flórez, "â€œ" for a
  quotation mark) and HTML entities left in ("&amp;", "&#39;", "&oacute;"), which
  ftfy, the library made for this, undoes (`ftfy.fix_text`: it changes only
  what it can tell is broken; "SÃO PAULO" stays);
* **an e-mail's quoted-printable form**: "=?UTF-8?Q?...?=", "Dieudonn=C3=A9"
  (`quotedprintable.py`), and an EDI message's party segment: "NAD+CN+++ATLANTIC
  SHIPPING AND TRANSPORTATIO:N LIMITED'", "N1*ST*ACME TRADING*92*12345~" (`edi.py`);
* **URL escapes**: "Tanchon%20Commercial%20Bank", escaped twice ("%2520": "%20"),
  "+" for a space beside them, and a web address's punycode ("xn--80aejyq" is
  "павел");
* **escapes of JSON, CSV and log exports** left in: "CAMAR\\u00c1", "O\\u0027DONNELL",
  "\\x27", a backslash doubled ("\\\\u00e1"), "\\n" and "\\t" for a line break or a tab;
* **a PDF's lost ligatures**: text copied from a PDF loses the glyph of "fi", "fl",
  "ff", "ffi" or "ffl", leaving a space, nothing, "?" or U+FFFD ("Scienti c
  Studies", "O ce 39", "Re?nery", "O\ufffdshore"): the two pieces are joined with
  the ligature's letters when that spells a known word (English, a person's name,
  or a word of the other languages the tables know) and one piece is a fragment
  (two letters or fewer, or the gap a "?" or U+FFFD); a U+FFFD that no ligature
  fills stands for one lost letter and the word is kept whole ("Estaci\ufffdn").

and the tags, characters of no width, Excel escapes and tabs systems wrap a name in
(`markup.py`).  Each repair is tried only where its mark is in the text (one scan of a compiled
pattern), so a clean name costs one search.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote

from screen.text.edi import edi_unwrapped
from screen.text.english import is_english_word, is_german_word, is_romance_word
from screen.text.markup import unwrapped
from screen.text.nametable import is_person_word
from screen.text.quotedprintable import unquoted_printable

# bytes of UTF-8 read as Windows-1252 begin with these, and C1 controls; HTML entities
_MOJIBAKE = re.compile(r"[\u00c2-\u00c5\u00d0\u00d1\u00e2\u0080-\u009f]")
_ENTITY = re.compile(r"&#?\w+;")
_URL_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_URL_PLUS = re.compile(r"(?<=[^\W_])\+(?=[^\W_])")  # ("Kestrel+Precision")
_BACKSLASH = re.compile(r"\\+(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|[ntr\"'/])")
_PUNYCODE = re.compile(r"(?<![\w-])xn--[a-z0-9-]+", re.IGNORECASE)
URL_ROUNDS = 3  # a text escaped this many times over is read back


def _pair_pattern(letter: str) -> re.Pattern[str]:
    """A piece of two letters or fewer beside a word, or a word around or before "?"
    or U+FFFD (the word after each found by a look-ahead: a piece may join both
    sides); `letter`: the class of a letter (ASCII's, for a text of ASCII: faster)."""
    return re.compile(
        rf"(?<!{letter})(?:({letter}{{1,2}}) (?=({letter}+))"
        rf"|({letter}+) (?=({letter}{{1,2}})(?!{letter}))"
        rf"|({letter}*)([?\ufffd])(?=({letter}*)))"
    )


_PAIR, _ASCII_PAIR = _pair_pattern(r"[^\W\d_]"), _pair_pattern("[A-Za-z]")
_FRAGMENT = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}(?![^\W\d_])")
_ASCII_FRAGMENT = re.compile(r"\b[A-Za-z]{1,2}\b")
LIGATURES = ("fi", "fl", "ff", "ffi", "ffl")
LOST = "\ufffd"
FRAGMENT = 2  # letters of a piece a lost ligature may leave ("O ce", "Scienti c")
JOINED_LEAST = 5  # letters of a word joined over a lost ligature, at least
LONGEST = 2000  # characters of a text repaired (a longer one is no name)


@lru_cache(maxsize=256)  # (the index's could_match, then search, ask for the same text)
def repaired(text: str) -> str:
    """`text` with the damage above undone (itself if it shows none)."""
    if len(text) > LONGEST:
        return text
    ascii_text = text.isascii()
    if (not ascii_text and _MOJIBAKE.search(text)) or ("&" in text and _ENTITY.search(text)):
        text = _fixed(text)
        ascii_text = text.isascii()
    if "\\" in text and _BACKSLASH.search(text):
        text = (
            _BACKSLASH.sub(_unescaped, text)
            .encode("utf-16", "surrogatepass")
            .decode("utf-16", "replace")
        )  # (an emoji's two halves, each escaped, join)
        ascii_text = text.isascii()
    if "%" in text and _URL_ESCAPE.search(text):
        if _URL_PLUS.search(text):
            text = _URL_PLUS.sub(" ", text)
        for _ in range(URL_ROUNDS):  # ("%2520": "%20", then " ")
            text, was = unquote(text, errors="replace"), text
            if text == was or not _URL_ESCAPE.search(text):
                break
        ascii_text = text.isascii()
    if "=" in text:  # (an e-mail's "=?UTF-8?Q?...?=", "Dieudonn=C3=A9")
        text = unquoted_printable(text)
    if "NAD+" in text or "N1*" in text:  # (an EDI party segment: `edi.py`)
        text = edi_unwrapped(text)
    text = unwrapped(text)  # (after HTML's entities: "&lt;Nm&gt;" is a tag)
    ascii_text = text.isascii()
    if "xn--" in text.lower():
        text = _PUNYCODE.sub(_from_punycode, text)
        ascii_text = text.isascii()
    if "?" in text or LOST in text:
        text = _ligatures_restored(text, _ASCII_PAIR if ascii_text else _PAIR)
    elif (_ASCII_FRAGMENT if ascii_text else _FRAGMENT).search(text):
        text = _spaces_closed(text)
    return text


_CONTROLS = {"n": "\n", "t": " ", "r": ""}


def _unescaped(found: re.Match[str]) -> str:
    """One escape as the character it stands for (a code point, a line break, a
    quote; a control character as a space); a code point past Unicode's last, as it
    was."""
    escape = found.group().lstrip("\\")
    if escape[0] in "uUx":
        code = int(escape[1:], 16)
        if code > 0x10FFFF:
            return found.group()
        return " " if code < 0x20 or 0x7F <= code < 0xA0 else chr(code)
    return _CONTROLS.get(escape, escape)


def _from_punycode(found: re.Match[str]) -> str:
    """A web address's label in punycode as the letters it encodes (as written when
    it encodes none)."""
    try:
        read = found.group().encode("ascii").decode("idna")
    except UnicodeError:
        return found.group()
    letters = all(ch.isascii() or unicodedata.category(ch)[0] in "LM" for ch in read)
    return read if letters else found.group()  # (not "z৒৉z৑": a code, not a name)


def _spaces_closed(text: str) -> str:
    """The text with each word of two letters or fewer joined to the word beside it
    where a lost ligature between them spells a known word ("Scienti c": Scientific)."""
    words = text.split(" ")
    i = 0
    while i < len(words) - 1:
        left, right = words[i], words[i + 1]
        if (len(left) <= FRAGMENT or len(right) <= FRAGMENT) and left.isalpha() and right.isalpha():
            joined = _joined(left, " ", right)
            if joined:
                words[i : i + 2] = [joined]
                continue
        i += 1
    return " ".join(words)


def _fixed(text: str) -> str:
    from ftfy import fix_text  # (only for a text that shows the marks: its import costs)

    return fix_text(text)


def _ligatures_restored(text: str, pairs: re.Pattern[str]) -> str:
    out: list[str] = []
    last = 0
    for match in pairs.finditer(text):
        if match.start() < last:
            continue  # (inside a word joined already)
        groups = match.groups()
        left = groups[0] or groups[2] or groups[4] or ""
        gap = groups[5] or " "
        right = groups[1] or groups[3] or groups[6] or ""
        joined = _joined(left, gap, right)
        if joined:
            out.append(text[last : match.start()] + joined)
            last = match.end() + len(right)
    return "".join(out) + text[last:] if out else text


def _joined(left: str, gap: str, right: str) -> str:
    """`left` and `right` joined over a lost ligature, or ""."""
    if len(left) + len(right) + len(LIGATURES[0]) < JOINED_LEAST:
        return ""  # ("A A", "E M": initials, whatever they would spell)
    ligature = _ligature(left.lower(), right.lower()) if left else ""
    if ligature:
        upper = left.isupper() and (len(left) > 1 or right.isupper())  # ("O ce": Office)
        return left + (ligature.upper() if upper else ligature) + right
    if gap == LOST and left and right:
        return left + right  # (one letter lost: a typo of the word, not two words)
    return ""


@lru_cache(maxsize=16384)  # (a file's names repeat their pieces: "Trading Co", "Co Ltd")
def _ligature(left: str, right: str) -> str:
    """The ligature whose letters join `left` and `right` into a known word, or ""."""
    for ligature in LIGATURES:
        word = left + ligature + right
        if any(known(word) for known in _WORD_LISTS):
            return ligature
    return ""


_WORD_LISTS = (is_english_word, is_person_word, is_romance_word, is_german_word)


_LOST_IN_WORD = re.compile(r"(?<=[^\W\d_])[?\ufffd]|[?\ufffd](?=[^\W\d_])")
GAPS_READ = 2  # lost characters a text is read with ligatures for, at most


def ligature_readings(text: str) -> list[str]:
    """A text with a "?" or U+FFFD beside a letter that `repaired` could not fill
    from the word lists ("Qadha?", "Okco\ufffdee": a name no list knows), read with
    each ligature's letters in its place, one ligature for every gap of the text
    (a PDF loses the one glyph): for the index to say which, if any, is a name."""
    gaps = len(_LOST_IN_WORD.findall(text))
    if not gaps or gaps > GAPS_READ:
        return []
    return [_LOST_IN_WORD.sub(ligature, text) for ligature in LIGATURES]
