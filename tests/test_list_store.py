"""The list store: a parsed list on disk (SQLite), opened without unpickling, read
lazily, and never trusted blindly: the disk index returns exactly what exhaustive
scoring returns, a planted or damaged file is rebuilt or one clear error, and a
store written by another version of the matcher is never read."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screen.errors import InputError, ListFormatError
from screen.lists import load_list, names_of
from screen.lists.building import Chunk, encoded_rows
from screen.lists.store import DiskTables, StoreError, open_store
from screen.lists.storeschema import matcher_digest
from screen.lists.storewrite import write_store
from screen.matching.names import NameIndex
from screen.matching.names.parts import reduce_query
from tests.conftest import DATA

OWN = DATA / "lists" / "own-watch-list.csv"
SDN = DATA / "lists" / "ofac" / "sdn.csv"

WORD = st.one_of(
    st.sampled_from(
        "a b v i ii iv 7 44 1st al bin bank trading co ltd llc of the maria vladimir putin "
        "sberbank sberbnak vtb gazprom gazprombank bermudez suaza pedro khan mali ali kim "
        "jong un goodwill good will shipping 銀行 株式会社 ズベルバンク 华为 jim james "
        # names read from other scripts, found by consonant skeleton on disk too
        "عبد القادر عبدالقادر كريم بشیر abdul qadir abdelkader karim bashir "
        "ウラジーミル プーチン 김정은 习近平 xi jinping "
        # spellings that differ in vowels only, met through their vowel mask
        "muhammad mohammed mohamed osama usama hekmatyar hikmetyar".split()
    ),
    st.text(alphabet="abcdeiklmnorstuvz", min_size=1, max_size=9),
    st.integers(0, 999).map(str),
)
NAMES = st.lists(WORD, min_size=1, max_size=4).map(" ".join)


def _disk_index(tmp: Path, entries: list[tuple[str, str, bool, bool, bool]]) -> NameIndex:
    path = tmp / f"store-{len(list(tmp.iterdir()))}.list"
    count = write_store(path, {}, [Chunk((), encoded_rows(entries))])
    db, _meta = open_store(path)
    return NameIndex(tables=DiskTables(db, count))


@given(
    listed=st.lists(
        st.tuples(NAMES, st.booleans(), st.booleans(), st.booleans()), min_size=1, max_size=12
    ),
    queries=st.lists(NAMES, min_size=1, max_size=4),
    threshold=st.sampled_from([0.1, 50.0, 60.0, 75.0, 90.0]),
    limit=st.sampled_from([1, 2]),
)
@settings(max_examples=60, deadline=None)
def test_disk_index_equals_exhaustive_and_memory(
    tmp_path_factory, listed, queries, threshold, limit
) -> None:
    """(each name an organisation's, a person's or a craft's; a weak alias or not)"""
    entries = [(str(i), *entry) for i, entry in enumerate(listed)]
    disk = _disk_index(tmp_path_factory.mktemp("store"), entries)
    memory = NameIndex(entries)
    for query in queries + [name for name, *_ in listed[:3]]:
        found = disk.search(query, threshold)
        assert found == disk.search_exhaustive(query, threshold), query
        assert found == memory.search(query, threshold), query
        assert disk.could_match(query) == memory.could_match(query), query
        limited = disk.search(query, threshold, limit)
        assert limited == disk.search_exhaustive(query, threshold, limit), query
        assert limited == memory.search(query, threshold, limit), query


@given(
    listed=st.lists(
        st.tuples(
            st.sampled_from(["Kestrel Works", "Kestrel Works Trading", "Sberbank", "ali khan"]),
            st.sampled_from(["a", "b", "a1", "a10", "a9", "B", "é", "z"]),  # owners, any order
            st.booleans(),
        ),
        min_size=1,
        max_size=40,
    ),
    query=st.sampled_from(["Kestrel Works", "Kestrel Work Trading", "Sberbank", "Ali Khan"]),
    limit=st.sampled_from([0, 1, 2, 3, 10]),
)
@settings(max_examples=60, deadline=None)
def test_shared_names_are_indexed_once_and_score_for_every_owner(
    tmp_path_factory, listed, query, limit
) -> None:
    """Names many entries list (one owner may list one twice): the index walks one
    name, and returns what exhaustive scoring of every name returns, on disk and in
    memory, ties at the cap broken by owner as text."""
    entries = [(owner, name, weak, False, False) for name, owner, weak in listed]
    disk = _disk_index(tmp_path_factory.mktemp("store"), entries)
    memory = NameIndex(entries)
    found = disk.search(query, 50.0, limit)
    assert found == disk.search_exhaustive(query, 50.0, limit), query
    assert (
        found == memory.search(query, 50.0, limit) == memory.search_exhaustive(query, 50.0, limit)
    )
    kinds = {(name, weak) for name, _, weak in listed}
    for index in (disk, memory):  # (one name to score per distinct name, however many list it)
        assert len(index.candidates(reduce_query(query), 50.0)) <= len(kinds)


SHARED = [  # (owners listing one name, in this order; a limit; the owners found)
    (["E2", "E1", "E3"], 2, ["E1", "E2"]),
    (["b", "a10", "a9", "a1"], 3, ["a1", "a10", "a9"]),
    (["E1", "E1", "E1", "E2"], 2, ["E1", "E2"]),  # (an owner listing it thrice counts once)
    (["E5", "E4"], 0, ["E4", "E5"]),
]


@pytest.mark.parametrize(("owners", "limit", "found"), SHARED)
def test_a_shared_name_is_one_posting_and_its_owners_are_read_by_owner(
    tmp_path, owners, limit, found
) -> None:
    entries = [(o, "Kestrel Works", False, False, False) for o in owners]
    disk = _disk_index(tmp_path, entries)
    assert [h.name.owner for h in disk.search("Kestrel Works", 75.0, limit)] == found
    assert [h.name.id for h in disk.search("Kestrel Works", 75.0, limit)] == [
        owners.index(o) for o in found
    ]
    stores = sorted(tmp_path.glob("*.list"))
    _disk_index(tmp_path, entries[:1])  # (the same name listed once)
    posted = "SELECT s, data FROM postings ORDER BY s"
    once = sqlite3.connect(sorted(tmp_path.glob("*.list"))[-1]).execute(posted).fetchall()
    db = sqlite3.connect(stores[0])
    assert db.execute(posted).fetchall() == once  # (the postings of the first alone)
    assert db.execute("SELECT count(*) FROM copies").fetchone()[0] == len(owners)
    assert db.execute("SELECT count(*) FROM names").fetchone()[0] == len(owners)


def test_names_are_read_in_batches_and_kept_within_a_bound(tmp_path, monkeypatch) -> None:
    import screen.lists.store as store

    entries = [(str(i), f"Kestrel {i} Works", False, False) for i in range(40)]
    disk = _disk_index(tmp_path, entries)
    monkeypatch.setattr(store, "KEPT_NAMES", 10)  # a batch beyond it empties what is kept
    tables = disk.tables
    assert [n.text for n in tables.names([3, 1, 2])] == [f"Kestrel {i} Works" for i in (3, 1, 2)]
    batch = list(range(12))
    assert [n.id for n in tables.names(batch)] == batch
    assert [n.owner for n in tables.names([0, 39, 5])] == ["0", "39", "5"]
    assert disk.search("Kestrel 7 Works", 75.0, 1) == NameIndex(entries).search(
        "Kestrel 7 Works", 75.0, 1
    )


def test_a_warm_load_opens_the_store_and_reads_rules_lazily(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SCREEN_CACHE_DIR", str(tmp_path / "cache"))
    cold = load_list(str(SDN))
    warm = load_list(str(SDN))
    assert type(warm.rules).__name__ == "StoredRules"
    assert len(warm.rules) == len(cold.rules) == 7379
    assert [r.id for r in warm.rules][:50] == [r.id for r in cold.rules][:50]
    assert warm.rules[-1] == cold.rules[-1]
    rule = cold.rules[100]
    assert warm.rules.get(rule.id) == rule  # type: ignore[attr-defined]
    query = rule.names[0]
    assert warm.index.search(query, 75.0) == cold.index.search(query, 75.0)
    assert rule.id in {h.name.owner for h in warm.index.search(query, 75.0)}


def test_without_a_cache_the_list_is_built_in_memory(monkeypatch) -> None:
    monkeypatch.setenv("SCREEN_CACHE_DIR", "off")
    loaded = load_list(str(OWN))
    assert isinstance(loaded.rules, tuple)
    memory = NameIndex(names_of(loaded.rules))
    found = loaded.index.search("Kestrel Precision", 50.0)
    assert found and found == memory.search("Kestrel Precision", 50.0)


def _store_path(folder: Path) -> Path:
    (path,) = folder.glob("list-*.list")
    return path


@pytest.mark.parametrize(
    "plant",
    [
        pytest.param(lambda p: p.write_bytes(b"not a database at all" * 100), id="garbage"),
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[:4096]), id="truncated"),
        pytest.param(
            lambda p: _sql(p, "CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END"),
            id="extra-trigger",
        ),
        pytest.param(lambda p: _sql(p, "PRAGMA user_version = 999"), id="other-format"),
        pytest.param(
            lambda p: _sql(p, "UPDATE meta SET v = 'another matcher' WHERE k = 'digest'"),
            id="other-matcher",
        ),
        pytest.param(lambda p: os.chmod(p, 0o666), id="writable-by-others"),
    ],
)
def test_a_planted_or_stale_store_is_rebuilt(tmp_path, monkeypatch, plant) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SCREEN_CACHE_DIR", str(folder))
    first = load_list(str(OWN))
    ids, found = [r.id for r in first.rules], first.index.search("Kestrel Precision", 50.0)
    plant(_store_path(folder))
    again = load_list(str(OWN))
    assert [r.id for r in again.rules] == ids
    assert found and again.index.search("Kestrel Precision", 50.0) == found
    assert open_store(_store_path(folder))[1]["digest"] == matcher_digest()


def _sql(path: Path, statement: str) -> None:
    db = sqlite3.connect(path)
    db.executescript(statement)
    db.commit()
    db.close()


def test_a_store_damaged_inside_is_one_clear_error(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SCREEN_CACHE_DIR", str(folder))
    load_list(str(OWN))
    path = _store_path(folder)
    _sql(path, "UPDATE names SET shape = 'import os' ; UPDATE rules SET data = '{}'")
    loaded = load_list(str(OWN))  # header, schema and digest are intact: opened
    with pytest.raises(ListFormatError, match=r"stored list index cannot be read.*delete this"):
        loaded.index.search("Kestrel Precision", 50.0)
    with pytest.raises(InputError, match=re.escape(str(path))):
        loaded.rules[0]


@pytest.mark.parametrize("letters", ["0", "1", "'x'", str(1 << 40)])
def test_a_person_s_letters_out_of_range_are_one_clear_error(tmp_path, monkeypatch, letters):
    folder = tmp_path / "cache"
    monkeypatch.setenv("SCREEN_CACHE_DIR", str(folder))
    load_list(str(OWN))
    _sql(_store_path(folder), f"UPDATE names SET letters = {letters} WHERE person = 1")
    loaded = load_list(str(OWN))
    with pytest.raises(ListFormatError, match=r"stored list index cannot be read.*delete this"):
        loaded.index.search("P S Ivanov", 75.0)  # (initials: the persons' letters are read)


def test_open_refuses_what_it_did_not_write(tmp_path) -> None:
    path = tmp_path / "x.list"
    _sql(path, "CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID")
    with pytest.raises(StoreError):
        open_store(path)


def _tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    db = sqlite3.connect(path)
    try:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: db.execute(f"SELECT * FROM {t}").fetchall() for t in names if t != "meta"}
    finally:
        db.close()


@given(listed=st.lists(st.tuples(NAMES, st.booleans()), min_size=1, max_size=30))
@settings(max_examples=25, deadline=None)
def test_postings_staged_on_disk_are_the_postings_gathered_in_memory(
    tmp_path_factory, listed
) -> None:
    """A big list's postings are staged every FLUSH postings and joined back: the
    store is the one a list small enough to hold in memory gives, row for row."""
    import screen.lists.storewrite as storewrite

    entries = [(str(i), name, False, person) for i, (name, person) in enumerate(listed)]
    folder = tmp_path_factory.mktemp("staged")
    stores = []
    for flush in (10**9, 7, 1):
        path = folder / f"{flush}.list"
        chunks = [Chunk((), encoded_rows(entries[at : at + 4])) for at in range(0, len(entries), 4)]
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(storewrite, "FLUSH", flush)
            write_store(path, {}, chunks)
        stores.append(_tables(path))
    assert stores[0] == stores[1] == stores[2]


LISTED_ROWS = [
    ("Bank Melli Iran", False),
    ("PUTIN, Vladimir Vladimirovich", True),
    ("华为技术有限公司", False),
    ("عبد القادر", True),
    ("Ig0r Sech1n", True),
    ("Ural Vagon Zavod 7th", False),
]


@pytest.mark.parametrize(("text", "person"), LISTED_ROWS)
def test_a_listed_name_row_is_the_json_of_its_fields_and_reads_back(text, person) -> None:
    import json

    from screen.lists.listedrows import decode_listed, encode_listed
    from screen.matching.names.parts import reduce_listed
    from screen.matching.names.prepared import prepare

    listed = prepare(reduce_listed(text, person), person)
    row = encode_listed(listed)  # pieces of JSON joined: exactly what json.dumps writes
    assert row == json.dumps(json.loads(row), ensure_ascii=False, separators=(",", ":"))
    assert decode_listed(row, person) == listed


@given(text=NAMES, person=st.booleans())
@settings(max_examples=200, deadline=None)
def test_any_listed_name_row_is_the_json_of_its_fields_and_reads_back(text, person) -> None:
    test_a_listed_name_row_is_the_json_of_its_fields_and_reads_back(text, person)


@pytest.mark.parametrize(("text", "person"), LISTED_ROWS)
def test_a_stored_shape_reads_back_as_the_shape_of_the_name(text, person) -> None:
    from screen.matching.names.parts import reduce_listed
    from screen.matching.names.prepared import prepare
    from screen.matching.names.rows import decode_shape, shape_of, stored_shape

    listed = prepare(reduce_listed(text, person), person)
    blob, alone = stored_shape(listed)
    assert decode_shape(blob, person) == shape_of(listed)
    assert alone is shape_of(listed).reached_alone


@given(text=NAMES, person=st.booleans())
@settings(max_examples=200, deadline=None)
def test_any_stored_shape_reads_back_as_the_shape_of_the_name(text, person) -> None:
    test_a_stored_shape_reads_back_as_the_shape_of_the_name(text, person)


def _ints_blob(*values: int) -> bytes:
    import struct

    return struct.pack(f"<{len(values)}i", *values)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x01\x02\x03", id="not-whole-int32"),
        pytest.param(_ints_blob(0), id="no-counts"),
        pytest.param(_ints_blob(4, 0, 0, 0), id="counts-beyond-the-row"),
        pytest.param(_ints_blob(1, 0, 0), id="odd-count"),
        pytest.param(_ints_blob(-2, 0, 0, 0), id="negative-count"),
        pytest.param(_ints_blob(0, 0, 0), id="odd-multi"),
        pytest.param(_ints_blob(2, 0, 999, 0), id="no-such-name"),
    ],
)
def test_a_damaged_posting_row_is_one_clear_error(tmp_path, data) -> None:
    path = tmp_path / "x.list"
    count = write_store(path, {}, [Chunk((), encoded_rows([("1", "Kestrel", False, False)]))])
    db = sqlite3.connect(path)
    db.execute("UPDATE postings SET data = ?", (data,))
    db.commit()
    db.close()
    index = NameIndex(tables=DiskTables(open_store(path)[0], count))
    with pytest.raises(ListFormatError, match=r"stored list index cannot be read"):
        index.search("Kestrel", 50.0)
