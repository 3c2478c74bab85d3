"""Read the audit trail back: a run's output reproduced, a party's screenings found.

`export_run` writes a recorded batch or eval run's output again, row for row, from
the rows and hits kept in the database (the same CSV or JSON Lines `screen batch`
wrote, run id included); `search_party` finds every screening of a party through
the product's own name matcher, so a variant spelling finds it as screening would.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from screen.io.chunks import RawChunk
from screen.io.orders import parse_text
from screen.io.writers import CsvWriter, JsonlWriter, Writer
from screen.matching.names import NameIndex
from screen.models import Hit, Kind, Severity, Source, Status
from screen.records import history
from screen.runs.decisions import party_key
from screen.runs.recording import KEY_FIELDS


@dataclass(slots=True)
class RecordedRow:
    """A recorded row as a writer takes it (the `Outcome` protocol)."""

    number: int
    cells: list[str]
    status: Status
    hits: tuple[Hit, ...]
    error: str | None
    raw: str
    note: str = ""  # not recorded: a review without a hit exports with no reason


def hit_from(record: dict[str, Any]) -> Hit:
    return Hit(
        rule_id=record["rule_id"],
        kind=Kind(record["kind"]),
        field=record["field"],
        query=record["query"],
        matched=record["matched"],
        score=record["score"],
        level=Severity(record["level"]),
        title=record["title"],
        source=Source(**record["source"]),
        detail=record["detail"],
        cleared=record["cleared"],
    )


def recorded_rows(
    connection: sqlite3.Connection, run: dict[str, Any], part: dict[str, Any] | None = None
) -> Iterator[RecordedRow]:
    """The run's rows in order, with their input cells (the key fields for a check);
    a run in parts, part after part; one `part` of it, numbered from 1 as its own
    output numbers them."""
    if part is None and (found_parts := history.parts(connection, run["id"])):
        for each in found_parts:
            for row in recorded_rows(connection, run, each):
                yield dataclasses.replace(row, number=row.number + each["first_row"] - 1)
        return
    found = history.hits(connection, run["id"])
    source = part or run
    header = json.loads(source["input_header"]) if source["input_header"] else None
    span = None if part is None else (part["first_row"], part["last_row"])
    shift = 0 if part is None else part["first_row"] - 1
    for chunk in history.chunks(connection, run["id"], span):
        if chunk.input is not None and header is not None:
            delimiter = source["input_delimiter"]
            raw = RawChunk(chunk.first_row - shift, 1, chunk.input, delimiter, len(header))
            inputs = [(row.cells, row.raw) for row in parse_text(raw)]
        else:  # a check: its key fields
            rows = chunk.rows or []
            inputs = [([str(v) for v in r[1 : 1 + len(KEY_FIELDS)]], "") for r in rows]
        for index, (marked, (cells, line)) in enumerate(zip(chunk.statuses, inputs, strict=True)):
            number = chunk.first_row + index
            status, error = Status(marked), chunk.errors.get(str(index))
            hits = tuple(hit_from(h) for h in found.get(number, ()))
            yield RecordedRow(number - shift, cells, status, hits, error, line)


def export_run(
    connection: sqlite3.Connection,
    run_id: int,
    stream: IO[str],
    fmt: str,
    part: dict[str, Any] | None = None,
) -> dict[str, int]:
    """Write run `run_id`'s output (one `part` of a run in parts) to `stream` as `csv`
    or `jsonl`; its counts."""
    run = history.run(connection, run_id)
    source = part or run
    header = json.loads(source["input_header"]) if source["input_header"] else list(KEY_FIELDS)
    writer: Writer
    if fmt == "jsonl":
        writer = JsonlWriter(stream, header, run_id)
    else:
        passthrough = source["input_delimiter"] == ","
        writer = CsvWriter(stream, header, passthrough=passthrough, run_id=run_id)
    writer.write_header()
    counts: dict[str, int] = {}
    for row in recorded_rows(connection, run, part):
        if row.status is Status.CLEAR and not row.hits:
            writer.write_clear(row.number, row.cells, row.raw)
        else:
            writer.write(row)
        counts[row.status.value] = counts.get(row.status.value, 0) + 1
    writer.finish()
    return counts


def party_scores(names: list[str], wanted: str, min_score: float) -> dict[str, float]:
    """{recorded name: score} for the names that match `wanted`, both ways: the
    recorded name as screening would score it against `wanted` listed, and `wanted`
    scored against the recorded name; and `wanted` scored against each run of as many
    consecutive words of a longer recorded name, legal forms left out (a short name
    finds its longer forms: "Kestrel" finds "Kestrel Precision Trading LLC"), a run of
    only generic words ("Trading") left out."""
    listed = NameIndex([(0, wanted, False, False)])
    scores: dict[str, float] = {}
    for known in names:
        found = listed.search(known, min_score)
        if found:
            scores[known] = found[0].score
    index = NameIndex((known, known, False, False) for known in names)
    shorter = NameIndex(_word_runs(names, len(party_key(wanted).split())))
    for hit in [*index.search(wanted, min_score), *shorter.search(wanted, min_score)]:
        owner = str(hit.name.owner)
        scores[owner] = max(scores.get(owner, 0.0), hit.score)
    return scores


def _word_runs(names: list[str], size: int) -> Iterator[tuple[str, str, bool, bool]]:
    """(name, a run of `size` consecutive words of it) for each name of more words,
    leaving out runs of generic words only."""
    from screen.matching.names.tables import GENERIC

    for known in names:
        words = party_key(known).split()
        if not 0 < size < len(words):
            continue
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if not all(w in GENERIC for w in run):
                yield known, " ".join(run), False, False


def search_party(
    connection: sqlite3.Connection, name: str, min_score: float
) -> list[dict[str, Any]]:
    """Every recorded screening whose consignee or end user matches `name` at
    `min_score` or more (the name matcher's score, 0-100), best match first, then
    oldest first; each with the matched name, its score, and the row's hits."""
    scores = party_scores(history.party_names(connection), name, min_score)
    found = history.screenings_of(connection, list(scores))
    by_run: dict[int, list[dict[str, Any]]] = {}
    for record in found:
        by_run.setdefault(record["run_id"], []).append(record)
    for run_id, records in by_run.items():
        hits = history.hits(connection, run_id, tuple(r["row"] for r in records))
        for record in records:
            record["hits"] = [
                {k: h[k] for k in ("rule_id", "field", "matched", "score", "level", "cleared")}
                for h in hits.get(record["row"], ())
            ]
    for record in found:
        matched = max(
            (n for n in (record["consignee"], record["end_user"]) if n in scores),
            key=lambda n: scores[n],
        )
        record["party"], record["score"] = matched, scores[matched]
    return sorted(found, key=lambda r: (-r["score"], r["run_id"], r["row"]))
