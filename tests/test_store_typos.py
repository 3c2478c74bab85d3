"""The list store's deletion dictionary (`screen.lists.storetypos`): hashed keys in
buckets lead a query's deletions to exactly the listed words the text rows of the
deletion dictionary led to, also when deletions share a hash, and a damaged key
is one clear error."""

from __future__ import annotations

import sqlite3
from itertools import combinations, pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import screen.lists.storetypos as storetypos
from screen.errors import ListFormatError
from screen.lists.building import Chunk, encoded_rows
from screen.lists.store import DiskTables
from screen.lists.storedb import open_store
from screen.lists.storetypos import (
    bucket_bits,
    deletion_hash,
    is_deletion,
    merged_buckets,
    typo_buckets,
    typo_part,
)
from screen.lists.storewrite import write_store
from screen.matching.names import NameIndex
from screen.matching.names.lookup import find_in, listed_deletions, typo_table, word_deletions
from screen.matching.names.similarity import edits_allowed, vowel_mask
from tests.test_list_store import NAMES

LETTERS = st.text(alphabet="abcdelmnorsz", min_size=0, max_size=12)


@given(word=LETTERS, other=LETTERS)
@settings(max_examples=300, deadline=None)
def test_is_deletion_is_membership_in_the_listed_deletions(word, other) -> None:
    deletions = listed_deletions(word)
    assert all(is_deletion(d, word) for d in deletions)
    assert is_deletion(other, word) == (other in deletions)
    assert is_deletion(word[1:], word) == (word[1:] in deletions)


@given(word=st.text(alphabet="aaeiouybcdlmnrsz\u0436\u00e9", min_size=0, max_size=44))
@settings(max_examples=300, deadline=None)
def test_the_builds_deletions_are_the_lookups(word) -> None:
    """The deletions a build hashes (made by slicing, repeats left in) are exactly
    the ones the in-memory deletion dictionary holds, for words of every allowance
    (none under 3 letters or over 40, one under 10, two from 10)."""
    depth = edits_allowed(len(word)) if word.isalpha() else 0
    # every string the word leaves with up to its allowance of letters deleted
    expected = {
        "".join(word[i] for i in range(len(word)) if i not in cut)
        for k in range(depth + 1)
        for cut in combinations(range(len(word)), k)
    }
    mask = vowel_mask(word)
    expected |= {mask} if mask and word.isalpha() else set()
    assert (
        set(word_deletions(word))
        == listed_deletions(word)
        == (expected if word.isalpha() else set())
    )
    assert set(word_deletions(word + "1")) == listed_deletions(word + "1") == set()


@pytest.mark.parametrize(
    ("deletion", "word", "expected"),
    [
        ("sbrbank", "sberbank", True),  # one letter deleted
        ("sbrbnk", "sberbank", False),  # two: beyond a word of 8 letters' allowance
        ("gzprmbank", "gazprombank", True),  # two in a word of 11
        ("sberbank", "sberbank", True),  # none
        ("", "ab", False),  # never down to nothing
        ("bs", "sberbank", False),  # letters out of order
        ("12", "123", False),  # a number has no typos
    ],
)
def test_is_deletion_cases(deletion, word, expected) -> None:
    assert is_deletion(deletion, word) is expected


def _disk(path: Path, entries: list[tuple[str, str, bool, bool]]) -> NameIndex:
    count = write_store(path, {}, [Chunk((), encoded_rows(entries))])
    db, _meta = open_store(path)
    return NameIndex(tables=DiskTables(db, count))


@given(
    listed=st.lists(st.tuples(NAMES, st.booleans()), min_size=1, max_size=12),
    queries=st.lists(NAMES, min_size=1, max_size=4),
    hashing=st.sampled_from([len, lambda d: 0, lambda d: ord(d[0]) % 3]),
)
@settings(max_examples=40, deadline=None)
def test_deletions_sharing_a_hash_lead_only_to_their_own_words(
    tmp_path_factory, listed, queries, hashing
) -> None:
    entries = [(str(i), name, False, person) for i, (name, person) in enumerate(listed)]
    memory = NameIndex(entries)
    path = tmp_path_factory.mktemp("typos") / "x.list"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(storetypos, "deletion_hash", hashing)  # every bucket crowded
        disk = _disk(path, entries)
        words = {w for r in encoded_rows(entries) for w in r.words}
        table = typo_table(words)
        for query in queries + [name for name, _ in listed[:3]]:
            keys = {d for w in query.lower().split() for d in listed_deletions(w)}
            found = disk.tables.typo_words(keys)
            assert sorted(found) == sorted(find_in(table, keys)), query
            assert disk.search(query, 60.0) == memory.search(query, 60.0), query


def test_a_typo_key_naming_no_word_is_one_clear_error(tmp_path) -> None:
    path = tmp_path / "x.list"
    count = write_store(path, {}, [Chunk((), encoded_rows([("1", "Sberbank", False, False)]))])
    db = sqlite3.connect(path)
    db.execute("DELETE FROM typo_words")
    db.commit()
    db.close()
    disk = NameIndex(tables=DiskTables(open_store(path)[0], count))
    with pytest.raises(ListFormatError, match=r"cannot be read \(a typo key names no listed word"):
        disk.search("Sbrebank Rossii", 60.0)


@given(
    words=st.lists(LETTERS.filter(bool), unique=True, max_size=30),
    cuts=st.lists(st.integers(0, 30)),
)
@settings(max_examples=100, deadline=None)
def test_the_buckets_of_consecutive_ranges_of_words_merge_into_the_whole(words, cuts) -> None:
    """The deletion dictionary made in parts (forked workers, `storewrite`) is the
    one made in one piece: each key `hash << 32 | id`, in the bucket of its top bits."""
    words.sort()
    bits = bucket_bits(words)
    shift = 31 - bits + 32
    expected: dict[int, set[int]] = {}
    for i, word in enumerate(words):
        for d in listed_deletions(word):
            key = deletion_hash(d) << 32 | i
            expected.setdefault(key >> shift, set()).add(key)
    whole = [
        (b, b"".join(k.to_bytes(8, "little") for k in sorted(keys)))
        for b, keys in sorted(expected.items())
    ]
    bounds = [0, *sorted(min(c, len(words)) for c in cuts), len(words)]
    parts = [typo_part(words, bits, lo, hi) for lo, hi in pairwise(bounds)]
    assert list(merged_buckets(parts)) == whole
    assert list(typo_buckets(words, bits)) == whole


WORDS = "sberbank gazprombank rosneft rostec almaz antey uralvagonzavod kalashnikov".split()


@pytest.mark.parametrize("share", [10**6, 8, 0])  # (read whole at once, soon, never)
def test_a_run_reads_the_typo_tables_whole_once_a_share_is_read(tmp_path, share) -> None:
    """A store's typo tables that fit in memory are read whole, in one statement each,
    once a run has read a share of them piece by piece; what a lookup finds is the same
    either way, and afterwards a lookup reads nothing from the file."""
    entries = [
        (str(i), f"{w.title()} {v.title()}", False, False)
        for i, (w, v) in enumerate((w, v) for w in WORDS for v in WORDS if w != v)
    ]
    disk = _disk(tmp_path / "x.list", entries)
    table = typo_table({w for r in encoded_rows(entries) for w in r.words})
    statements: list[str] = []
    rows = disk.tables.db.rows

    def counted(sql: str, args: object = ()) -> object:
        statements.append(sql)
        return rows(sql, args)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(storetypos, "WHOLE_SHARE", share)
        patch.setattr(disk.tables.db, "rows", counted)
        for word in [*WORDS, "sbrebank", "kalashnikof", "urlvagonzavod", "rostek"] * 2:
            keys = listed_deletions(word)
            assert sorted(disk.tables.typo_words(keys)) == sorted(find_in(table, keys)), word
        typos = disk.tables._typos()
        assert typos.whole_buckets == typos.whole_words == (share > 0)
        if share:  # (read whole: nothing more is read, whatever is looked up)
            before = len(statements)
            for word in ("gazprombnk", "antei", "zzzzzz", "almazantey"):
                disk.tables.typo_words(listed_deletions(word))
            assert len(statements) == before
