"""A list store opened for reading: its name index, read lazily (its rules:
`storerules.py`).

Opening checks the file (application id, format, schema, the digest of the code
that wrote it) and reads one small table; rules and names are read by id when a
hit needs them, postings when a query reaches them.  Nothing is unpickled and no
row can run code: every row read is checked for its type, and a store found
damaged while it is read is one clear error naming the file (delete it: the next
run rebuilds it).  A process forked with a store open reconnects (SQLite
connections do not survive a fork; `storedb.py`).
"""

from __future__ import annotations

from array import array
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from screen.lists.listedrows import decode_listed, decode_parts
from screen.lists.storedb import Database, StoreError, open_store
from screen.lists.storepostings import decode_posting
from screen.lists.storerules import StoredRules
from screen.lists.storeschema import COPY, CRAFT, SHARED, WEAK
from screen.lists.storetypos import StoredTypos
from screen.matching.names.gather import Posted
from screen.matching.names.memory import ListedName, PostingList
from screen.matching.names.reduced import Part
from screen.matching.names.rows import PERSON_MARK, Shape, decode_shape

__all__ = ["Database", "DiskTables", "StoreError", "StoredRules", "open_store"]

CHUNK = 500  # strings per IN (...) query: far below SQLite's variable limit
KEPT = 8_000_000  # posting numbers kept per store (about 40 bytes each read: 320 MB at most)
KEPT_NAMES = 65536  # names read and reduced, kept for the process


def _marks(values: Collection[object]) -> str:
    return ",".join("?" * len(values))


def _size(found: PostingList | None) -> int:
    return 1 if found is None else 1 + len(found.few) + 2 * len(found.single) + len(found.multi)


class DiskTables:
    """The name index's tables (`screen.matching.names.memory.Tables`) in a store."""

    def __init__(self, db: Database, count: int) -> None:
        self.db = db
        self.count = count
        self._shapes: dict[int, Shape] = {}
        self._names: dict[int, ListedName] = {}
        self._lists: dict[str, PostingList | None] = {}
        self._kept = 0
        self._forms: tuple[dict[str, tuple[int, ...]], ...] = ({}, {})  # acronyms, singles

    def __len__(self) -> int:
        return self.count

    def names(self, ids: Sequence[int]) -> list[ListedName]:
        known = self._names
        out = {i: known[i] for i in ids if i in known}
        missing = [i for i in ids if i not in out]
        if missing:
            if len(known) + len(missing) > KEPT_NAMES:
                known.clear()
            sql = "SELECT id, owner, text, weak, person, listed FROM names WHERE id IN ({})"
            for row in self._chunks(sql, missing):
                out[row[0]] = known[row[0]] = self._listed(row)
        try:
            return [out[i] for i in ids]
        except KeyError as exc:
            raise self.db.damaged(ValueError(f"name {exc} is missing")) from None

    def _listed(self, row: tuple[Any, ...]) -> ListedName:
        kinds = (int, str, str, int, int, str)
        if not all(isinstance(v, t) for v, t in zip(row, kinds, strict=True)):
            raise self.db.damaged(ValueError(f"name {row[0]} is malformed"))
        i, owner, text, weak, person, listed = row
        try:
            if not 0 <= weak <= WEAK | CRAFT | SHARED | COPY or (weak & SHARED and weak & COPY):
                raise ValueError(f"name {i} has flags out of range")
            if weak & COPY:  # (read whole by exhaustive scoring only: a copy is never reached)
                return self._copy_of(i, owner)
            reduced = decode_listed(listed, bool(person), bool(weak & CRAFT))
        except ValueError as exc:
            raise self.db.damaged(exc) from None
        return ListedName(
            i, owner, text, bool(weak & WEAK), bool(person), reduced, bool(weak & SHARED)
        )

    def _copy_of(self, i: int, owner: str) -> ListedName:
        """Name `i`, a copy: its first's, with its own id and owner."""
        rows = self.db.rows("SELECT first FROM copies WHERE name = ? AND first != name", (i,))
        if len(rows) != 1 or not isinstance(rows[0][0], int) or not 0 <= rows[0][0] < i:
            raise ValueError(f"name {i} is a copy of no listed name")
        first = self.names([rows[0][0]])[0]
        return first._replace(id=i, owner=owner, shared=False)

    def copies(self, first: int, count: int) -> list[tuple[int, str]]:
        sql = "SELECT name, owner FROM copies WHERE first = ? ORDER BY owner, name LIMIT ?"
        rows = self.db.rows(sql, (first, count or -1))
        if not rows or not all(
            isinstance(i, int) and 0 <= i < self.count and isinstance(o, str) for i, o in rows
        ):
            raise self.db.damaged(ValueError(f"name {first} is shared by no listed names"))
        return [(int(i), str(o)) for i, o in rows]

    def every_name(self) -> Iterator[tuple[int, tuple[Part, ...], bool]]:
        """Each name's id, parts and whether it is of generic words only, in one pass."""
        last = -1  # (copies are found through their first)
        sql = f"SELECT id, listed FROM names WHERE id > ? AND weak & {COPY} = 0 ORDER BY id"
        sql += " LIMIT 5000"
        while rows := self.db.rows(sql, (last,)):
            for last, listed in rows:
                try:
                    yield last, *decode_parts(listed)
                except (ValueError, TypeError) as exc:
                    raise self.db.damaged(exc) from None

    def shapes(self, ids: Collection[int]) -> dict[int, Shape]:
        known = self._shapes
        out = {i: known[i] for i in ids if i in known}
        missing = [i for i in ids if i not in out]
        if missing:
            sql = "SELECT id, person, shape FROM names WHERE id IN ({})"
            for i, person, shape in self._chunks(sql, missing):
                out[i] = self._keep(i, (person, shape))
            if len(out) < len(ids):
                raise self.db.damaged(ValueError("a posting names no listed name"))
        return out

    def _keep(self, i: int, row: tuple[Any, ...]) -> Shape:
        person, text = row
        try:
            if not isinstance(text, bytes) or person not in (0, 1):
                raise ValueError(f"name {i} has no shape")
            shape = decode_shape(text, bool(person))
        except ValueError as exc:
            raise self.db.damaged(exc) from None
        if len(self._shapes) >= 262144:
            self._shapes.clear()
        self._shapes[i] = shape
        return shape

    def _chunks(self, sql: str, keys: Collection[object]) -> Iterator[tuple[Any, ...]]:
        wanted = list(keys)
        for at in range(0, len(wanted), CHUNK):
            chunk = wanted[at : at + CHUNK]
            yield from self.db.rows(sql.format(",".join("?" * len(chunk))), chunk)

    def _known(self, strings: Collection[str]) -> tuple[dict[str, PostingList], list[str]]:
        """The posting lists of these strings kept in memory, and the strings not kept."""
        cache = self._lists
        out: dict[str, PostingList] = {}
        missing = []
        for s in strings:
            if s not in cache:
                missing.append(s)
                continue
            known = cache[s]
            if known is not None:
                out[s] = known
        return out, missing

    def _read(self, missing: list[str], rows: Iterable[tuple[Any, ...]], out: Posted) -> None:
        read = {row[0]: self._decode(row) for row in rows}
        for s in missing:
            found = read.get(s)
            self._remember(s, found)
            if found is not None:
                out[s] = found

    def postings(self, strings: Collection[str]) -> dict[str, PostingList]:
        out, missing = self._known(strings)
        if missing:
            sql = "SELECT s, data FROM postings WHERE s IN ({})"
            self._read(missing, self._chunks(sql, missing), out)
        return out

    def lookup(
        self, strings: Collection[str], acronyms: Collection[str], singles: Collection[str]
    ) -> tuple[dict[str, PostingList], set[int]]:
        """`postings(strings)`, and the names these acronyms and one-word forms stand
        for: what a query reads of the store, in one statement."""
        out, missing = self._known(strings)
        ids: set[int] = set()
        wants = []
        for kind, forms in ((1, acronyms), (2, singles)):
            known = self._forms[kind - 1]
            for form in forms:
                if form in known:
                    ids.update(known[form])
                else:
                    wants.append((kind, form))
        if len(missing) + len(wants) > CHUNK:  # (never for a name: a big text, in parts)
            out.update(self.postings(missing))
            for kind, form in wants:
                ids.update(self.acronyms(form) if kind == 1 else self.singles(form))
            return out, ids
        if not (missing or wants):
            return out, ids
        sql = [f"SELECT 0, s, data FROM postings WHERE s IN ({_marks(missing)})"]
        for kind, table in ((1, "acronyms"), (2, "singles")):
            sql.append(
                f"SELECT {kind}, form, name FROM {table} WHERE form IN "
                f"({_marks([f for k, f in wants if k == kind])})"
            )
        rows = self.db.rows(" UNION ALL ".join(sql), [*missing, *(f for _, f in wants)])
        found: dict[tuple[int, str], list[int]] = {}
        for kind, form, name, *_ in (r for r in rows if r[0]):
            if not (isinstance(name, int) and 0 <= name < self.count):
                raise self.db.damaged(ValueError("an acronym or a word names no listed name"))
            found.setdefault((kind, form), []).append(name)
        for kind, form in wants:
            names = tuple(found.get((kind, form), ()))
            self._remember_form(kind, form, names)
            ids.update(names)
        self._read(missing, (r[1:] for r in rows if not r[0]), out)
        return out, ids

    def _remember_form(self, kind: int, form: str, names: tuple[int, ...]) -> None:
        known = self._forms[kind - 1]
        if len(known) >= 65536:
            known.clear()
        known[form] = names

    def _remember(self, s: str, found: PostingList | None) -> None:
        """Keep recent posting lists, up to about `KEPT` numbers in all."""
        cache = self._lists
        size = _size(found)
        while cache and self._kept + size > KEPT:
            self._kept -= _size(cache.pop(next(iter(cache))))
        cache[s] = found
        self._kept += size

    def _decode(self, row: tuple[Any, ...]) -> PostingList:
        try:
            return decode_posting(row[1], self.count)
        except (ValueError, TypeError) as exc:
            raise self.db.damaged(exc) from None

    def typo_words(self, keys: Collection[str]) -> list[tuple[str, str]]:
        try:
            return self._typos().words_of(keys)
        except ValueError as exc:
            raise self.db.damaged(exc) from None

    def prefixed(self, first: str) -> list[str]:
        try:
            return self._typos().prefixed(first)
        except ValueError as exc:
            raise self.db.damaged(exc) from None

    @lru_cache(maxsize=1)  # noqa: B019
    def _typos(self) -> StoredTypos:
        rows = self.db.rows("SELECT v FROM meta WHERE k = 'typo_bits'")
        bits = str(rows[0][0]) if rows else ""
        if not (bits.isdigit() and int(bits) <= 31):
            raise ValueError("the store does not say how its typo keys are bucketed")
        return StoredTypos(self.db.rows, int(bits))

    def acronyms(self, form: str) -> tuple[int, ...]:
        return self._named(1, "SELECT name FROM acronyms WHERE form = ?", form)

    def singles(self, form: str) -> tuple[int, ...]:
        return self._named(2, "SELECT name FROM singles WHERE form = ?", form)

    def _named(self, kind: int, sql: str, form: str) -> tuple[int, ...]:
        known = self._forms[kind - 1].get(form)
        if known is None:
            known = tuple(n for (n,) in self.db.rows(sql, (form,)))
            self._remember_form(kind, form, known)
        return known

    @lru_cache(maxsize=1)  # noqa: B019 - read for the first query with initials
    def person_letters(self) -> Sequence[int]:
        out = array("q", bytes(8 * self.count))  # (0: not a person's)
        for i, letters in self.db.rows("SELECT id, letters FROM names WHERE person = 1"):
            if not (isinstance(i, int) and 0 <= i < self.count and isinstance(letters, int)):
                raise self.db.damaged(ValueError("a person's name has no listed name"))
            if not letters & PERSON_MARK or letters >= PERSON_MARK << 1:
                raise self.db.damaged(ValueError(f"name {i} has letters out of range"))
            out[i] = letters
        return out

    @lru_cache(maxsize=1)  # noqa: B019
    def cjk(self) -> list[tuple[int, str]]:
        return [(int(n), str(t)) for n, t in self.db.rows("SELECT name, text FROM cjk")]
