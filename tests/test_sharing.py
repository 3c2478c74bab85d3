"""Verdicts workers pass to each other through files: each worker reads every other
worker's verdicts whole, once, as they were learned (values of any text)."""

from __future__ import annotations

import os
import struct

import pytest

from screen.runs import sharing
from screen.runs.sharing import VerdictLog

LEARNED = [
    (0, "green tea", 2),
    (1, "Müller GmbH \udce9", 0),  # an undecodable byte kept as a lone surrogate
    (2, "2024-05-01", 1),
    (3, "export", 1),
    (4, "RU", 0),
    (1, 'a "quoted", \t\n name', 1),
]


def as_worker(monkeypatch: pytest.MonkeyPatch, pid: int) -> None:
    monkeypatch.setattr(sharing.os, "getpid", lambda: pid)


def test_a_worker_reads_what_another_published(tmp_path, monkeypatch) -> None:
    writer, reader = VerdictLog(tmp_path), VerdictLog(tmp_path)
    as_worker(monkeypatch, 101)
    writer.publish(LEARNED[:2])
    writer.publish([])  # nothing learned: nothing written
    writer.publish(LEARNED[2:])
    assert reader.collect() == []  # its own file is not read
    as_worker(monkeypatch, 202)
    assert reader.collect() == LEARNED
    assert reader.collect() == []  # each verdict once
    as_worker(monkeypatch, 101)
    writer.publish([(0, "robots", 0)])
    writer.close()
    as_worker(monkeypatch, 202)
    assert reader.collect() == [(0, "robots", 0)]


def test_a_frame_still_being_written_is_read_next_time(tmp_path, monkeypatch) -> None:
    text = b'[[0,"tea",2]]'
    frame = struct.pack("<Q", len(text)) + text
    path = tmp_path / "101"
    path.write_bytes(frame[:5])
    as_worker(monkeypatch, 202)
    reader = VerdictLog(tmp_path)
    assert reader.collect() == []
    path.write_bytes(frame[:-1])
    assert reader.collect() == []
    path.write_bytes(frame + frame[:3])
    assert reader.collect() == [(0, "tea", 2)]
    path.write_bytes(frame * 2)
    assert reader.collect() == [(0, "tea", 2)]


def test_several_workers(tmp_path, monkeypatch) -> None:
    logs = {pid: VerdictLog(tmp_path) for pid in (1, 2, 3)}
    for pid, log in logs.items():
        as_worker(monkeypatch, pid)
        log.publish([(0, f"value {pid}", pid % 3)])
    as_worker(monkeypatch, 2)
    assert sorted(logs[2].collect()) == [(0, "value 1", 1), (0, "value 3", 0)]


def test_the_files_are_the_users_own(tmp_path) -> None:
    log = VerdictLog(tmp_path)
    log.publish(LEARNED)
    log.close()
    assert os.stat(tmp_path / str(os.getpid())).st_mode & 0o077 == 0


def test_a_folder_that_fails_ends_the_sharing_not_the_run(tmp_path, monkeypatch) -> None:
    gone = tmp_path / "gone"
    log = VerdictLog(gone)  # never made (or removed under the run)
    log.publish(LEARNED)
    assert log.broken
    assert log.collect() == []
    assert VerdictLog(gone).collect() == []
