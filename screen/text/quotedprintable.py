"""A name left in the quoted-printable form of an e-mail (RFC 2045, RFC 2047).

Mail headers and bodies carry names that are not plain ASCII encoded: a header's
"encoded word" ("=?UTF-8?Q?=D0=9F=D0=B0=D0=B2=D0=B5=D0=BB_=D0=98=D0=B2=D0=B0=D0=BD=D0=BE=D0=B2?="
is "Павел Иванов", "=?UTF-8?B?...?=" the same in base64) and a body's escaped bytes
("Dieudonn=C3=A9", a line broken with "=" at its end).  A name copied from such a
mail into an order keeps them.  An encoded word is read in its character set; a run
of two or more escaped bytes outside one is read as UTF-8 when it is valid UTF-8
(a single "=41" and a text like "A=B2C" stay as written).
"""

from __future__ import annotations

import base64
import binascii
import re

from screen.text.lazyre import deferred

_WORD = deferred(r"=\?([\w.:-]+)\?([QqBb])\?([^?\s]*)\?=")
_BYTES = deferred(r"(?:=[0-9A-F]{2}){2,}")
_SOFT_BREAK = deferred(r"=\r?\n")
_HEX = deferred(r"=([0-9A-Fa-f]{2})")


def _bytes(text: str) -> bytes:
    """The bytes of a quoted-printable text ("=D0=9F" and letters as themselves)."""
    out = bytearray()
    at = 0
    for found in _HEX.finditer(text):
        out += text[at : found.start()].encode("latin-1", "replace")
        out.append(int(found.group(1), 16))
        at = found.end()
    out += text[at:].encode("latin-1", "replace")
    return bytes(out)


def _encoded_word(found: re.Match[str]) -> str:
    charset, kind, payload = found.group(1), found.group(2).upper(), found.group(3)
    try:
        raw = base64.b64decode(payload) if kind == "B" else _bytes(payload.replace("_", " "))
        return raw.decode(charset, "replace")
    except (LookupError, binascii.Error, ValueError):
        return found.group()


def _escaped_bytes(found: re.Match[str]) -> str:
    try:
        return _bytes(found.group()).decode("utf-8")
    except UnicodeDecodeError:
        return found.group()


def unquoted_printable(text: str) -> str:
    """`text` with its quoted-printable encoding read (itself when it has none)."""
    if "=" not in text:
        return text
    text = _SOFT_BREAK.sub("", text)
    text = _WORD.sub(_encoded_word, text)
    return _BYTES.sub(_escaped_bytes, text)
