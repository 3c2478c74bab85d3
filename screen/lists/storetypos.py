"""A list store's deletion dictionary (which listed words a typo may reach) as
integer keys in hash buckets, instead of one text row per deletion.

Each listed word a typo may reach has an id: its rank in `typo_words`.  Each of
its deletions and its vowel mask (`lookup.listed_deletions`, about 37 a word) is
one key, a 31-bit CRC-32 of the deletion above the word's id (`hash << 32 | id`),
and the keys are kept in buckets by the top `bits` bits of the hash, each bucket
one ascending array of little-endian int64 (`typos`), `bits` chosen so that a
bucket holds about `BUCKET` keys.  A query's deletion reads its bucket, takes the ids under
its hash, and keeps the words it truly is a deletion of: two deletions may share
a hash, so what the lookup returns is exactly what the text rows gave.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from math import comb
from typing import Any

from screen.matching.names.lookup import begun_by, word_deletions
from screen.matching.names.similarity import edits_allowed, vowel_mask

BUCKET = 64  # keys a bucket holds on average
KEPT = 16384  # buckets kept in memory once read (a few MB)
KEPT_WORDS = 65536  # words kept in memory once read (a few MB)
# A table that fits in memory is read whole, in one statement, once a run has read
# this share of it piece by piece (a run screening many names: a check reads a
# few dozen buckets): on the OFAC list, 8,192 buckets and 21,762 words in about
# 40 ms, where a run of 20,000 names read them in 0.6 s, a query's few at a time.
WHOLE_SHARE = 8  # (one eighth)
_HASH_BITS = 31  # a key stays a positive int64
_ID_BITS = 32
_ID_MASK = (1 << _ID_BITS) - 1
_HASH_MASK = (1 << _HASH_BITS) - 1

Rows = Callable[[str, Sequence[object]], list[tuple[Any, ...]]]


def deletion_hash(deletion: str) -> int:
    try:
        data = deletion.encode()
    except UnicodeEncodeError:  # a lone surrogate
        data = deletion.encode("utf-8", "surrogatepass")
    return zlib.crc32(data) & _HASH_MASK


def bucket_bits(words: Sequence[str]) -> int:
    """Bits of the hash that name a bucket, from an upper bound on the keys."""
    lengths = Counter(map(len, words))
    bound = sum(  # its deletions and its vowel mask
        c * (1 + sum(comb(n, k) for k in range(edits_allowed(n) + 1))) for n, c in lengths.items()
    )
    return min(_HASH_BITS, (bound // BUCKET).bit_length())


def typo_buckets(words: Sequence[str], bits: int) -> Iterator[tuple[int, bytes]]:
    """(bucket, its keys as a blob) for these words, each word's id its position."""
    return merged_buckets([typo_part(words, bits, 0, len(words))])


def typo_part(words: Sequence[str], bits: int, lo: int, hi: int) -> dict[int, bytes]:
    """The keys of the words with ids `lo` to `hi` (excluded), by bucket: each
    bucket's keys ascending, in the machine's byte order (`merged_buckets`)."""
    if len(words) >= 1 << _ID_BITS:
        raise ValueError("too many distinct words for a list store")
    shift = _HASH_BITS - bits
    buckets: dict[int, list[int]] = {}
    for i in range(lo, hi):
        for h in set(map(deletion_hash, word_deletions(words[i]))):
            held = buckets.get(h >> shift)
            if held is None:
                held = buckets[h >> shift] = []
            held.append(h << _ID_BITS | i)
    return {b: array("q", sorted(keys)).tobytes() for b, keys in buckets.items()}


def merged_buckets(parts: Sequence[dict[int, bytes]]) -> Iterator[tuple[int, bytes]]:
    """(bucket, its keys as a little-endian blob) in order of the buckets, from the
    `typo_part`s of consecutive ranges of ids (their keys are told apart by id)."""
    for b in sorted({b for part in parts for b in part}):
        blobs = [part[b] for part in parts if b in part]
        if len(blobs) == 1 and sys.byteorder == "little":
            yield b, blobs[0]
            continue
        keys = array("q")
        for blob in blobs:
            keys.frombytes(blob)
        if len(blobs) > 1:
            keys = array("q", sorted(keys))
        if sys.byteorder == "big":
            keys.byteswap()
        yield b, keys.tobytes()


def is_deletion(deletion: str, word: str) -> bool:
    """Whether `deletion` is one of `listed_deletions(word)`: a subsequence of it,
    never empty, with at most the word's edit allowance of letters deleted, or its
    vowel mask."""
    cut = len(word) - len(deletion)
    if not deletion or not 0 <= cut <= edits_allowed(len(word)) or not word.isalpha():
        return False
    if not cut:  # the word itself, or its vowel mask
        return deletion in (word, vowel_mask(word))
    at, find = 0, word.find
    for letter in deletion:
        at = find(letter, at) + 1
        if not at:
            return False
    return True


class StoredTypos:
    """The deletion dictionary of a store, read through `rows` (SQL -> rows); a
    malformed row raises ValueError."""

    def __init__(self, rows: Rows, bits: int) -> None:
        self.rows = rows
        self.bits = bits
        # what was read before (a batch meets the same buckets again): buckets
        # (empty ones too) and words by id; each table once read whole, if it is
        self.buckets: dict[int, Sequence[int]] = {}
        self.words: dict[int, str] = {}
        self.whole_buckets = self.whole_words = False
        self.word_count = -1  # (read when first needed)

    def words_of(self, deletions: Collection[str]) -> list[tuple[str, str]]:
        """(deletion, listed word) for each listed word these deletions lead to."""
        shift = _HASH_BITS - self.bits
        hashed = [(d, deletion_hash(d)) for d in deletions]
        buckets = self._buckets({h >> shift for _, h in hashed})
        pairs = []
        for d, h in hashed:
            keys = buckets[h >> shift]
            at = bisect_left(keys, h << _ID_BITS)
            while at < len(keys) and keys[at] >> _ID_BITS == h:
                pairs.append((d, keys[at] & _ID_MASK))
                at += 1
        words = self._words({i for _, i in pairs})
        return [(d, words[i]) for d, i in pairs if is_deletion(d, words[i])]

    def prefixed(self, first: str) -> list[str]:
        """The listed words that begin with `first` and go on (ids are ranks)."""
        return begun_by(self._word_at, self._count(), first)

    def _word_at(self, rank: int) -> str:
        word = self.words.get(rank)
        if word is None:
            rows = self.rows("SELECT word FROM typo_words WHERE id = ?", (rank,))
            if not rows or not isinstance(rows[0][0], str):
                raise ValueError(f"typo word {rank} is missing")
            word = self.words[rank] = rows[0][0]
        return word

    def _buckets(self, wanted: set[int]) -> dict[int, Sequence[int]]:
        known = self.buckets
        if self.whole_buckets:
            return known
        if len(known) + len(wanted) > KEPT:
            known.clear()
        missing = [b for b in wanted if b not in known]
        if missing:
            count = 1 << self.bits
            if count <= KEPT and len(known) * WHOLE_SHARE >= count:
                known.update(dict.fromkeys(range(count), ()))
                rows: Iterable[tuple[Any, ...]] = self.rows("SELECT bucket, keys FROM typos", ())
                self.whole_buckets = True
            else:
                known.update(dict.fromkeys(missing, ()))
                rows = self._in("typos", "bucket, keys", "bucket", missing)
            for b, blob in rows:
                known[b] = _keys(blob)
        return known

    def _words(self, wanted: set[int]) -> dict[int, str]:
        known = self.words
        if self.whole_words:
            if not all(i in known for i in wanted):
                raise ValueError("a typo key names no listed word")
            return known
        if len(known) + len(wanted) > KEPT_WORDS:
            known.clear()
        missing = [i for i in wanted if i not in known]
        if missing:
            if self._whole_words(len(known)):
                return self._words(wanted)
            found = dict(self._in("typo_words", "id, word", "id", missing))
            if len(found) < len(missing) or not all(isinstance(w, str) for w in found.values()):
                raise ValueError("a typo key names no listed word")
            known.update(found)
        return known

    def _count(self) -> int:
        if self.word_count < 0:  # (ids are the words' ranks: the last one says how many)
            last = self.rows("SELECT max(id) FROM typo_words", ())[0][0]
            self.word_count = last + 1 if isinstance(last, int) else 0
        return self.word_count

    def _whole_words(self, read: int) -> bool:
        """Read every word at once, when they fit and a share of them is read."""
        count = self._count()
        if not (count <= KEPT_WORDS and read * WHOLE_SHARE >= count):
            return False
        found: dict[Any, Any] = dict(self.rows("SELECT id, word FROM typo_words", ()))
        if not all(isinstance(i, int) and isinstance(w, str) for i, w in found.items()):
            raise ValueError("a typo key names no listed word")
        self.words.update(found)
        self.whole_words = True
        return True

    def _in(
        self, table: str, columns: str, key: str, wanted: Collection[int]
    ) -> Iterator[tuple[Any, ...]]:
        values = sorted(wanted)
        for at in range(0, len(values), 500):
            chunk = values[at : at + 500]
            marks = ",".join("?" * len(chunk))
            yield from self.rows(f"SELECT {columns} FROM {table} WHERE {key} IN ({marks})", chunk)


def _keys(blob: object) -> Sequence[int]:
    if not isinstance(blob, bytes) or len(blob) % 8:
        raise ValueError("a typo bucket is not whole int64 keys")
    if sys.byteorder == "little":
        return memoryview(blob).cast("q")
    keys = array("q", blob)
    keys.byteswap()
    return keys
