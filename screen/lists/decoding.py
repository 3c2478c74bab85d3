"""A list file's bytes decoded strictly: every name as its publisher wrote it, or
a clear error.

The encoding is guessed from the file's first `SAMPLE_BYTES` (`io/encoding.py`, as
for order files).  An own list saved from Excel may be plain ASCII for its first
thousand entries and hold names in a code page further down: when the guess fails
anywhere in the file, the encoding is guessed again from every line that holds
bytes outside ASCII (the only lines that tell encodings apart).  When that reading
fails too, the list is refused, naming the line and byte offset of the first byte
it cannot read: a character replaced (U+FFFD) is a name that never matches.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from screen.errors import ListFormatError
from screen.io.encoding import SAMPLE_BYTES, UnsureEncoding, detect
from screen.io.mixedcodec import PREFIX

_FIX = "save the list as UTF-8 (in Excel: CSV UTF-8) and load it again"


# An XML declaration's encoding (XML 1.0, 4.3.3): what an XML list is in, as its
# publisher says, before any guess (the UN's list could come in windows-1252).
_DECLARED = re.compile(rb"""<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']""")


def decode_list(path: Path, data: bytes) -> str:
    """`data` (the bytes of the list file `path`) as text, decoded strictly."""
    declared = _DECLARED.match(data.removeprefix(codecs.BOM_UTF8))
    if declared is not None and not data.startswith(codecs.BOM_UTF8):
        text = _as_declared(path, data, declared.group(1).decode("ascii"))
        if text is not None:
            return text
    try:
        encoding = detect(data[:SAMPLE_BYTES]).encoding
        text = _strictly(data, encoding)
        if text is None and not _wide(encoding):  # guess again from the whole file
            again = detect(_telling_lines(data)).encoding
            if again != encoding:
                encoding, text = again, _strictly(data, again)
    except UnsureEncoding as exc:
        raise ListFormatError(_unsure(path, data, exc)) from None
    if text is None:
        raise ListFormatError(_undecodable(path, data, encoding))
    return text


def _as_declared(path: Path, data: bytes, name: str) -> str | None:
    """The XML list `data` in the legacy encoding its declaration names, strictly;
    None for a declaration of UTF-8 or UTF-16, or a file in UTF-8 whatever it
    declares (read as any list: by its bytes)."""
    if data.isascii():
        return None
    try:
        encoding = codecs.lookup(name).name
    except LookupError:
        raise ListFormatError(
            f"{path}:1: the XML declaration names the encoding '{name}', which is unknown "
            'here: download the list again, or save it as UTF-8 with encoding="UTF-8"'
        ) from None
    if encoding.startswith(("utf-8", "utf-16", "utf-32")):
        return None
    if _strictly(data, "utf-8") is not None:  # legacy text is almost never valid UTF-8:
        return None  # the declaration is wrong (a tool re-encoded the file); read the bytes
    text = _strictly(data, encoding)
    if text is None:
        line, offset = _first_bad_byte(data, encoding)
        raise ListFormatError(
            f"{path}:{line}: byte {offset:,} (0x{data[offset]:02X}) is not {encoding}, the "
            "encoding the XML declaration names: a name holding it would be read wrong, so "
            "the list is refused; download the list again"
        )
    return text


def _unsure(path: Path, data: bytes, exc: UnsureEncoding) -> str:
    """The refusal of a list two encodings read as different, equally plausible
    text, naming the first line they read apart (the guess may have been made from
    the lines with bytes outside ASCII alone, whose numbers are not the file's)."""
    one, two = exc.best.encoding, exc.rival.encoding
    if not (_wide(one) or _wide(two)):
        for number, line in enumerate(data.split(b"\n"), 1):
            if line.isascii():
                continue
            first, second = (line.decode(e, errors="replace").strip() for e in (one, two))
            if first != second:
                return (
                    f"{path}:{number}: cannot tell the encoding of the list: the line reads "
                    f"as {codecs.lookup(one).name} ({first[:40]!r}) or as "
                    f"{codecs.lookup(two).name} ({second[:40]!r}); {_FIX}"
                )
    return exc.explain(str(path), fix=_FIX)


def _strictly(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _wide(encoding: str) -> bool:
    """UTF-16 or UTF-32: told by a BOM or NUL bytes, and cut at no line end."""
    return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))


def _telling_lines(data: bytes) -> bytes:
    """The lines of `data` that hold bytes outside ASCII, each ending in a line end."""
    return b"".join(line + b"\n" for line in data.split(b"\n") if not line.isascii())


def _first_bad_byte(data: bytes, encoding: str) -> tuple[int, int]:
    """(line, byte offset) of the first byte `encoding` cannot read in `data`."""
    if not _wide(encoding):  # line by line: a legacy file's UTF-8 lines read apart
        offset = 0
        for number, line in enumerate(data.split(b"\n"), 1):
            try:
                line.decode(encoding)
            except UnicodeDecodeError as exc:
                return number, offset + exc.start
            offset += len(line) + 1
    try:
        data.decode(encoding)
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode(encoding, errors="replace")
        return before.count("\n") + 1, exc.start
    return data.count(b"\n") + 1, len(data)  # (not reached: the caller saw it fail)


def _undecodable(path: Path, data: bytes, encoding: str) -> str:
    line, offset = _first_bad_byte(data, encoding)
    name = codecs.lookup(encoding).name
    if name.startswith(PREFIX):
        name = f"{name[len(PREFIX) :]} (lines in UTF-8 as UTF-8)"
    shown = f" (0x{data[offset]:02X})" if offset < len(data) else ""
    return (
        f"{path}:{line}: byte {offset:,}{shown} is not {name}, the encoding the file was "
        "taken to be in, and no other encoding detected reads the file whole: a name "
        f"holding it would be read wrong, so the list is refused; {_FIX}"
    )
