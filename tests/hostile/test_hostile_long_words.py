"""Round 7: one very long word in a field, within the 10,000 characters a cell may
hold (CLI) or past them (the library takes any length).  Each test runs in a child
process under a cap (memory: address space; time: CPU seconds, a hang guard, not a
timing)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.hostile.conftest import child_env, run_screen

CAP = 2 << 30  # 2 GiB of address space (a screening needs about 130 MB)


def _memory_capped() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))


def _cpu_capped() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (60, 60))


def test_a_consignee_of_one_9990_letter_word_screens_under_a_memory_cap(tmp_path: Path) -> None:
    """The skeleton keys of a word read against names from other scripts (each of
    its deletions and replacements, as long as the word) had no bound: 30,000 keys
    of 10,000 letters, 2.4 GB for one row of a CSV the reader accepts."""
    word = "Sberbank " + "x" * 9990
    done = run_screen(
        tmp_path, "check", "tea", "-c", word, "--country", "RU", "--no-record",
        preexec_fn=_memory_capped,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr  # (Sberbank: a hit)


def _library(tmp_path: Path, code: str, limit: object) -> subprocess.CompletedProcess[str]:
    script = "from screen import Screener, Shipment, load_rulebook\n" + code
    return subprocess.run(
        [sys.executable, "-c", script],
        env=child_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=limit,  # type: ignore[arg-type]
    )


def test_a_description_of_one_100000_letter_word_screens_under_a_memory_cap(
    tmp_path: Path,
) -> None:
    """A goods word is read as a compound's head through each of its ends, each
    folded and cached: every end of a 100,000-letter word, gigabytes (MemoryError
    under 3 GB).  Only ends no longer than a head word can be one."""
    done = _library(
        tmp_path,
        "text = 'semiconductor wafers, ' + 'x' * 100_000\n"
        "result = Screener(load_rulebook()).screen(Shipment(description=text, country='RU'))\n"
        "print(result.status.value)\n",
        _memory_capped,
    )
    assert (done.returncode, done.stdout) == (0, "blocked\n"), done.stderr


def test_a_consignee_of_one_100000_letter_word_screens_under_a_cpu_cap(
    tmp_path: Path,
) -> None:
    """The words of a party with an umlaut were found by a pattern that tried each
    letter of a word without one as a start: 2 s for 10,000 letters, some 250 s
    for 100,000 (Cyrillic letters, no umlaut)."""
    done = _library(
        tmp_path,
        "party = 'Sberbank ' + 'б' * 100_000\n"
        "shipment = Shipment(description='tea', consignee=party, country='RU')\n"
        "print(Screener(load_rulebook()).screen(shipment).status.value)\n",
        _cpu_capped,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout in ("review\n", "blocked\n")
