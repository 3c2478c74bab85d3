"""Open a text file whose encoding is not known in advance.

Order files come from ERPs and Excel in every encoding: UTF-8 (with or without BOM),
UTF-16 (Excel "Unicode text", with or without BOM), CP932/Shift_JIS and EUC-JP and
ISO-2022-JP (Japan), GB18030/GBK and Big5 (China, Taiwan), CP1251, KOI8-R and CP866
(Russian: 1C exports), CP1252/Latin-1 (Western Europe).  The encoding is decided from
the BOM, else strict UTF-8, else the NUL bytes of UTF-16 without BOM, else the
reading of a sample, among the code pages ERPs write, that is the most plausible text
(`plausible.py`; refused when two read it as equally plausible, different text), a
legacy file with UTF-8 lines appended read line by line (`mixedcodec.py`), and the
code page most lines read in when a few broken bytes defeat every reading (so one bad
row in a CP932 file does not turn the whole file into error rows).  Bytes
that still do not decode are kept as lone surrogates (`surrogateescape`) so the row
holding them can be reported, not lost.
"""

from __future__ import annotations

import codecs
import io
from typing import BinaryIO

from screen.errors import InputError
from screen.io.encodingnames import ALIASES, canonical_encoding
from screen.io.mixedcodec import PREFIX, mixed
from screen.io.plausible import Reading, readings
from screen.io.replay import Replay
from screen.io.utf16 import UTF16_ERRORS, utf16_without_bom, utf32_without_bom
from screen.tuples import NamedTuple

SAMPLE_BYTES = 1 << 16
__all__ = ["ALIASES", "Replay", "canonical_encoding"]  # named here too, as before


class Detected(NamedTuple):
    """The encoding chosen for a file, how sure the choice is (0-1), and how it was made."""

    encoding: str
    confidence: float
    how: str  # "BOM", "valid UTF-8", "detected", "--encoding"
    whole: bool = True  # judged from the whole file, not its first `SAMPLE_BYTES`

    def describe(self) -> str:
        if self.how == "valid UTF-8" and not self.whole:  # bytes after it are not known
            return (
                f"{self.encoding} (the first {SAMPLE_BYTES >> 10} KB are valid UTF-8; a row "
                "after them with other bytes is an error row)"
            )
        if self.encoding.startswith(PREFIX):
            legacy = self.encoding[len(PREFIX) :]
            return f"{legacy}, lines in UTF-8 as UTF-8 (detected, {self.confidence:.0%} confidence)"
        if self.how == "detected":
            return f"{self.encoding} (detected, {self.confidence:.0%} confidence)"
        return f"{self.encoding} ({self.how})"


# Single-byte Latin code pages that decode the same bytes to different letters; for a
# sample that is clean Western-European text in CP1252 (the most common Windows code
# page), CP1252 wins the tie.
_LATIN = {
    "cp1250",
    "cp1252",
    "cp1257",
    "cp775",
    "cp850",
    "cp852",
    "latin_1",
    "iso8859_1",
    "iso8859_2",
    "iso8859_10",
    "iso8859_15",
    "mac_latin2",
    "mac_roman",
}
_WESTERN = set("€‚„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¡¢£¤¥§¨©ª«®°±²³´µ¶·¸¹º»¼½¾¿") | {
    chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7)
}


def _western(sample: bytes) -> bool:
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return all(c in _WESTERN for c in text if ord(c) > 0x7F)


# What ERPs write, strictest decoders first: tried one by one on the lines that decode
# when the sample as a whole holds a few broken bytes.
_ERP_ENCODINGS = ("cp932", "euc_jp", "big5", "gb18030", "cp1251", "koi8_r", "cp866", "cp1252")


# The shortlist and the code pages of Korea and Central Europe: what detection picks
# from.  Every other code page needs --encoding.
_DETECTABLE = (*_ERP_ENCODINGS, "cp949", "cp1250")
# How much more plausible the best reading must be than a different reading for the
# choice to stand (`plausible.implausibility` plus charset-normalizer's chaos, which
# moves in steps of about 0.025 on a short sample).
_MARGIN = 0.04
_IMPLAUSIBLE = 0.5  # a reading this bad is mojibake: look for an encoding most lines read in


class UnsureEncoding(InputError):
    """Two encodings read the sample as equally plausible, different text."""

    def __init__(self, best: Reading, rival: Reading) -> None:
        super().__init__(f"{best.encoding} or {rival.encoding}")
        self.best, self.rival = best, rival

    def explain(self, name: str, fix: str = "pass --encoding, or save the file as UTF-8") -> str:
        def shown(reading: Reading) -> str:
            line = next(x for x in reading.text.splitlines() if not x.isascii())
            return f"{codecs.lookup(reading.encoding).name} ({line[:40].strip()!r})"

        return (
            f"cannot tell the encoding of {name}: it reads as {shown(self.best)} or as "
            f"{shown(self.rival)}; {fix}"
        )


_HIGH_BYTES = bytes(range(0x80, 0x100))
_EVIDENCE = 4  # non-ASCII bytes needed before a guess at a legacy encoding is worth making


def _decodes(line: bytes, encoding: str) -> bool:
    try:
        line.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _despite_broken_lines(sample: bytes) -> Detected | None:
    """The encoding in which all but a few lines (at most 1 in 10) decode and read as
    the most plausible text, for a sample with broken bytes no encoding reads whole."""
    lines = sample.split(b"\n")
    found: tuple[Reading, float] | None = None
    for encoding in _DETECTABLE:
        clean = [line for line in lines if _decodes(line, encoding)]
        if len(lines) - len(clean) > max(2, len(lines) // 10):
            continue
        for reading in readings(b"\n".join(clean), (encoding,)):
            if found is None or reading.score < found[0].score:
                found = (reading, len(clean) / len(lines))
    if found is None:
        return None
    reading, share = found
    confidence = round((1.0 - reading.chaos) * share, 2)
    return Detected(codecs.lookup(reading.encoding).name, confidence, "detected")


def _mostly_utf8(sample: bytes) -> float:
    """The share of valid non-ASCII characters when the sample reads as UTF-8 (1 when it
    has no broken bytes, 0 when nothing non-ASCII in it is valid UTF-8)."""
    as_utf8 = sample.decode("utf-8", errors="replace")
    bad = as_utf8.count("\ufffd")
    good = sum(1 for c in as_utf8 if ord(c) > 0x7F and c != "\ufffd")
    return good / (good + bad) if good + bad else 1.0


def detect(sample: bytes) -> Detected:
    """The encoding of a file, judged from its first bytes."""
    if sample.startswith(codecs.BOM_UTF8):
        return Detected("utf-8-sig", 1.0, "BOM")
    if sample.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16's
        return Detected("utf-32", 1.0, "BOM")
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Detected("utf-16", 1.0, "BOM")
    utf32 = utf32_without_bom(sample)
    if utf32:
        return Detected(utf32, 0.9, "detected")
    utf16 = utf16_without_bom(sample)
    if utf16:
        return Detected(utf16, 0.9, "detected")
    escapes = b"\x1b$" in sample or b"\x1b(" in sample  # ISO-2022-JP is 7-bit, like ASCII
    try:
        sample.decode("utf-8")
        if not escapes:
            return Detected("utf-8", 1.0, "valid UTF-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data":
            return Detected("utf-8", 1.0, "valid UTF-8")  # a character cut by the sample
    share = _mostly_utf8(sample)
    if share >= 0.9 and not escapes:  # UTF-8 with a few broken bytes: their rows are errors
        return Detected("utf-8", round(share, 2), "detected")
    if not escapes and len(sample) - len(sample.translate(None, _HIGH_BYTES)) < _EVIDENCE:
        # ASCII but for a stray byte or two: too little to tell an encoding by, so
        # UTF-8, and the rows holding those bytes become error rows ("pass --encoding").
        return Detected("utf-8", 0.5, "detected")
    whole_lines = sample[: sample.rfind(b"\n") + 1] or sample  # no character cut at the end
    if b"\x1b$" in whole_lines and _decodes(whole_lines, "iso2022_jp"):
        return Detected("iso2022_jp", 1.0, "detected")
    return _mixed_with_utf8(whole_lines) or _legacy(whole_lines)


def _legacy(sample: bytes) -> Detected:
    """The code page of the shortlist whose reading of the sample is the most plausible
    text (`plausible`); refused when another reads it as differently plausible text."""
    found = readings(sample, _DETECTABLE)
    if not found or found[0].score > _IMPLAUSIBLE:
        # Broken bytes no fitting encoding reads: the encoding most lines read in, else
        # UTF-8 (either way the rows holding broken bytes become error rows).
        broken = _despite_broken_lines(sample)
        if broken or not found:
            return broken or Detected("utf-8", 0.0, "detected")
    best = found[0]
    western = best.encoding in _LATIN and _western(sample)  # CP1252 wins among Latin pages
    rivals = [
        r for r in found[1:] if r.text != best.text and not (western and r.encoding in _LATIN)
    ]
    if rivals and rivals[0].score - best.score < _MARGIN:
        raise UnsureEncoding(best, rivals[0])
    encoding = "cp1252" if western else best.encoding
    return Detected(codecs.lookup(encoding).name, round(1.0 - best.chaos, 2), "detected")


def _mixed_with_utf8(sample: bytes) -> Detected | None:
    """A legacy-encoded file with lines appended in UTF-8: each line in its own."""
    utf8: list[bytes] = []
    other: list[bytes] = []
    for line in sample.split(b"\n"):
        if not line.isascii():
            (utf8 if _decodes(line, "utf-8") else other).append(line)
    if not utf8 or not other:
        return None
    legacy = _legacy(b"\n".join(other) + b"\n")
    if legacy.encoding.startswith("utf-8"):
        return None
    return Detected(mixed(legacy.encoding), legacy.confidence, "detected")


def detect_encoding(sample: bytes) -> str:
    """The encoding of a file, judged from its first bytes."""
    return detect(sample).encoding


def open_text(raw: BinaryIO, encoding: str | None) -> tuple[io.TextIOWrapper, Detected, bytes]:
    """Wrap a binary stream as text: (text stream, the encoding and how it was chosen,
    the first bytes)."""
    sample = raw.read(SAMPLE_BYTES)
    detected = Detected(encoding, 1.0, "--encoding") if encoding else detect(sample)
    detected = detected._replace(whole=len(sample) < SAMPLE_BYTES)
    chosen = detected.encoding
    # surrogateescape keeps undecodable bytes visible; UTF-16's can be ASCII bytes,
    # which it cannot escape, so they are marked with `UTF16_ERRORS` instead.
    errors = UTF16_ERRORS if chosen.startswith(("utf-16", "utf-32")) else "surrogateescape"
    ascii_ends = not chosen.startswith(("utf-16", "utf_16", "utf-32", "utf_32"))
    buffered = io.BufferedReader(Replay(sample, raw, ascii_ends), buffer_size=SAMPLE_BYTES)
    stream = io.TextIOWrapper(buffered, encoding=chosen, errors=errors, newline="")
    return stream, detected, sample
