"""What systems wrap a party's name in, taken off before it is read:

* **tags of XML and HTML**: a payment message's ISO 20022 elements
  ("<Cdtr><Nm>Omar Hammami</Nm>"), a web page's ("<td>", "<b>", "<span
  class=...>"), each a space;
* **characters of no width** (zero-width space, joiners, word joiner, byte-order
  mark): before a capital of a cased script each is the space it stands in for
  ("Viktar\\u200bSojka", "CHENG\\u200bChun\\u200bHai"), elsewhere nothing (inside a
  word, or a Persian word's non-joiner);
* **Excel's escapes** of a character in its XML ("BANK SEPAH_x000D_ INTERNATIONAL":
  a carriage return), read as the character, a control character as a space;
* **a tab**: a spreadsheet's cells pasted as one text ("Evren Kayakiran<TAB>TR"),
  each cell a line of its own.

Each is tried only where its mark is in the text.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"</?[A-Za-z][\w:.-]{0,40}(?:\s[^<>]{0,200})?/?>")
_NO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]+")
_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SPACES = re.compile(r"[ \t]{2,}")


def unwrapped(text: str) -> str:
    """`text` without the marks above (itself when it has none), its spaces one."""
    written = text
    if "<" in text and ">" in text:
        text = _TAG.sub(" ", text)
    if _NO_WIDTH.search(text):
        text = _NO_WIDTH.sub(_no_width, text)
    if "_x" in text:
        text = _EXCEL_ESCAPE.sub(_excel_character, text)
    if "\t" in text:
        text = text.replace("\t", "\n")
    return _SPACES.sub(" ", text).strip() if text != written else text


def _no_width(found: re.Match[str]) -> str:
    after = found.string[found.end() : found.end() + 1]
    before = found.string[found.start() - 1 : found.start()]
    if before.isalpha() and after.isupper():
        return " "
    cased = any(ch.isupper() or ch.islower() for ch in before + after)
    return "" if cased else found.group()  # (a Persian word's non-joiner stays)


def _excel_character(found: re.Match[str]) -> str:
    code = int(found.group(1), 16)
    return " " if code < 0x20 or 0x7F <= code < 0xA0 else chr(code)
