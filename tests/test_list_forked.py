"""A list store built in forked workers (its chunks of entries, its posting rows
and its deletion dictionary) is the store built in one process, row for row; a
worker that fails or dies costs time, never rows; no worker outlives the build; a
process running other threads, or on a machine with every core busy, never forks."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest

from screen.lists import _parse, building, forked, storewrite
from screen.lists.storewrite import write_store
from tests.conftest import DATA

SDN = DATA / "lists" / "ofac" / "sdn.csv"
TABLES = ("meta", "rules", "names", "postings", "typo_words", "typos", "acronyms", "singles")


def _build(path: Path, workers: int, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[object]]:
    monkeypatch.setattr(building, "workers_for", lambda entries: workers)
    monkeypatch.setattr(storewrite, "workers_for", lambda words, least: workers)
    parsed = _parse(SDN, None)
    about = {"title": parsed.title, "authority": parsed.authority, "file": "f", "sha256": "s"}
    write_store(path, {}, building.entry_chunks(parsed.entries, **about))
    db = sqlite3.connect(path)
    try:
        return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    finally:
        db.close()


def test_the_names_workers_encode_are_the_rules_names() -> None:
    """Workers encode each entry's names alone (this process makes the rules' rows):
    they are the names and weak aliases of the entry's rule, in order."""
    from screen.lists.entry import to_rule

    parsed = _parse(SDN, None)
    about = {"title": parsed.title, "authority": parsed.authority, "file": "f", "sha256": "s"}
    for entry in parsed.entries:
        rule = to_rule(entry, **about)
        kinds = (rule.type == "person", rule.type in ("vessel", "aircraft"))
        expected = [(rule.id, n, False, *kinds) for n in rule.names]
        expected += [(rule.id, n, True, *kinds) for n in rule.weak_names]
        assert building.names_of(entry) == expected


def _ended(pids: list[int]) -> bool:
    """Whether each of these children has ended and been waited for."""
    for pid in pids:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            continue
        return False
    return True


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
@pytest.mark.parametrize("flush", [storewrite.FLUSH, 20_000])  # postings staged on disk or not
def test_a_store_built_in_workers_is_the_store_built_here(tmp_path, monkeypatch, flush) -> None:
    monkeypatch.setattr(building, "CHUNK", 700)  # several chunks in each mode
    monkeypatch.setattr(storewrite, "FLUSH", flush)
    here = _build(tmp_path / "here.list", 0, monkeypatch)
    monkeypatch.setattr(building, "FORKED_CHUNK", 300)
    in_workers = _build(tmp_path / "workers.list", 3, monkeypatch)
    # (19,076 names as listed, 316 vessels' IMO numbers, 4 that two names give apart
    # by " / ", and 11 names with their short form in brackets also without it and
    # the short form alone: "RAJAH SOLAIMAN MOVEMENT (RSM)"; and 26 organisations'
    # names with their country's name of several words read as one word: "... OF THE
    # DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA" as "... of the dprk"; and 430 organisations'
    # and craft's names of three to five short words also written as one: "CHON MA SAN"
    # as "chonmasan"; and 526 websites, e-mail addresses and SWIFT/BIC codes the
    # remarks give: "www.tajcogambia.com"; and 3,597 identifier numbers they give:
    # "Passport G22168109", "Digital Currency Address - XBT 1AjZ..."; and 4 more since
    # "&" is read as "and", a word that keeps apart the short words around it; and 7
    # with their country's adjective for "of <country>": "CENTRAL BANK OF RUSSIA" as
    # "russian central bank"; and 185 with two letters standing alone written as one
    # word, "C.I." as "ci" (those reading as the name itself, "S.A." as "sa", are not);
    # and 3 with a country's adjective of several words read as its one word: "NORTH
    # KOREAN ZINC INDUSTRY GROUP" as "dprk zinc industry group"; and 10 fewer since
    # a Persian ezafe, an Armenian ending and German "sch" are folded: "BANK-E SARMAYEH"
    # and "BANK SARMAYEH" are one name; and 14 with a country's initialism or its
    # name of several words read as the country: "... (HK) ..." as "hong kong",
    # "SYRIAN ARAB REPUBLIC" as "syria")
    assert len(here["names"]) == 24200
    for table in TABLES:
        assert in_workers[table] == here[table], table


def _square(c: int) -> tuple[int, int]:
    return c, c * c


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
@pytest.mark.parametrize("how", ["raises", "dies"])
def test_a_failing_worker_costs_time_not_chunks(how: str) -> None:
    parent = os.getpid()

    def encode(c: int) -> tuple[int, int]:
        if os.getpid() != parent and c in (3, 4):  # both workers fail, here it works
            if how == "dies":
                os._exit(3)
            raise RuntimeError("a worker's failure")
        return _square(c)

    with forked.Forked(10, encode, tuple, 2) as parts:
        pids = [pid for pid, _ in parts.started]
        got = list(parts)
    assert got == [_square(c) for c in range(10)]
    assert len(pids) == 2 and _ended(pids)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_build_stopped_early_leaves_no_worker() -> None:
    with forked.Forked(50, _square, tuple, 2) as parts:
        pids = [pid for pid, _ in parts.started]
        assert next(iter(parts)) == (0, 0)  # the workers blocked on a full pipe
    assert len(pids) == 2 and _ended(pids)


def test_without_workers_every_part_is_made_here() -> None:
    with forked.Forked(5, _square, tuple, 0) as parts:
        assert not parts.started
        assert list(parts) == [_square(c) for c in range(5)]


def test_a_process_running_other_threads_builds_in_itself() -> None:
    assert forked.workers_for(forked.PARALLEL_FROM - 1) == 0  # too short to fork
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert forked.workers_for(10 * forked.PARALLEL_FROM) == 0
    finally:
        stop.set()
        other.join()


@pytest.mark.skipif(not hasattr(os, "getloadavg"), reason="no load average here")
def test_more_processes_waiting_than_cores_keep_the_build_here(monkeypatch) -> None:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    monkeypatch.setattr(threading, "active_count", lambda: 1)  # (threads other tests left)
    monkeypatch.setattr(os, "getloadavg", lambda: ((cores or 1) + 0.5, 0.0, 0.0))
    assert forked.workers_for(10 * forked.PARALLEL_FROM) == 0
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    idle = forked.workers_for(10 * forked.PARALLEL_FROM)
    assert idle == (min(cores or 1, forked.MAX_WORKERS) if (cores or 1) >= 2 else 0)
