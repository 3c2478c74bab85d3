"""Item 3: a one-word consignee of 1,600 characters must screen within a memory cap.

The name matcher once needed more than 8 GB for such a word; since issue 10 a word's
typo lookup is bounded (words over 40 letters match exactly)."""

from __future__ import annotations

import json
import random
import string
import subprocess
import sys
from pathlib import Path

from tests.hostile.conftest import child_env, run_screen

CAP = 2 << 30  # 2 GiB of address space: the word needed more than 8 GB


def _capped() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))


def test_a_1600_character_consignee_screens_under_a_memory_cap(tmp_path: Path) -> None:
    rng = random.Random(1)
    word = "".join(rng.choice(string.ascii_lowercase) for _ in range(1600))
    done = run_screen(
        tmp_path,
        "check",
        "tea",
        "-c",
        word,
        "--country",
        "JP",
        "--no-record",
        "--format",
        "json",
        preexec_fn=_capped,
    )
    assert done.returncode == 0, done.stderr


# A list of a million names once needed 9.3 GB to load (issue 12): the list store is
# built a chunk at a time, so memory grows with the list, by a little a name.
LIST_NAMES = 30_000
# the interpreter, the rulebook and `screen check` itself (about 130 MB resident); the
# address space it reserves grew with the occupied regions' towns (a phrase matcher of
# 953 names): under the lowest versions allowed (rapidfuzz 3.6) the build needed 317-340
# MB for this list before them and 340-380 MB after, the same resident memory both times;
# on 23 November 2026 both the session's start and its end needed 350-355 MB there, and
# a cap of 357 MB failed one CI run in several: the margin is 40 MB
BASE = 280 << 20
PER_NAME = 4 << 10  # the build once took about 9.5 KB of address space a name (3 KB now)
SYLLABLES = "ka to ri mo sen dal vik ber qua pol lin dor ste fal gri mar ven teg".split()
GIVEN = "Ivan Maria Hassan Kim Ali Olga Pedro Wei Ahmed Elena".split()
INDUSTRY = "Machinery Textiles Instruments Trading Logistics Energy Metals".split()


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _list_of_invented_names(path: Path, count: int) -> str:
    """A list of `count` names of mostly unique invented words (the case that needs the
    most memory per name); returns one of its names."""
    rng = random.Random(7)
    lines = ["id,name,aliases,type,country,program"]
    for i in range(count):
        if i % 3 == 0:
            lines.append(f"{i},{rng.choice(GIVEN)} {_word(rng)} {_word(rng)},,person,RU,SYN")
        else:
            name = f"{_word(rng)} {_word(rng)} {rng.choice(INDUSTRY)} LLC"
            lines.append(f"{i},{name},,organization,RU,SYN")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines[-1].split(",")[1]


def _capped_for_list() -> None:
    import resource

    cap = BASE + PER_NAME * LIST_NAMES
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


# The build forks its workers only while the load average leaves a core idle
# (screen.lists.forked.workers_for), and the two ways need different address space:
# under the lowest versions 357 MB forked, 466 MB built in this one process (24
# November 2026).  The figures above are the forked build's, the way an idle machine
# takes; with the suite on every core (make test) the load average is over the cores
# most of the time, so the child is told an idle machine's load.
IDLE_MACHINE = (
    "import os, runpy; os.getloadavg = lambda: (0.0, 0.0, 0.0); "
    "runpy.run_module('screen', run_name='__main__', alter_sys=True)"
)


def _screen_on_an_idle_machine(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", IDLE_MACHINE, *args],
        env=child_env(tmp), cwd=tmp, capture_output=True, text=True, timeout=300,
        preexec_fn=_capped_for_list, check=False,
    )  # fmt: skip


def test_a_big_list_is_indexed_within_memory_proportional_to_it(tmp_path: Path) -> None:
    listed = _list_of_invented_names(tmp_path / "big-list.csv", LIST_NAMES)
    args = ("check", "tea", "-c", listed, "--country", "JP", "--no-record", "--format", "json")
    done = _screen_on_an_idle_machine(tmp_path, *args, "--list", "big-list.csv")
    assert done.returncode == 1, done.stderr
    assert f"big-list:{LIST_NAMES - 1}" in done.stdout
    # the store was written whole and is read back (under the same cap) without a build
    again = _screen_on_an_idle_machine(tmp_path, *args, "--list", "big-list.csv")
    assert again.returncode == 1, again.stderr
    assert len(list((tmp_path / "child-cache").glob("list-*.list"))) == 1


def _cpu_capped() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (60, 60))  # a hang guard, not a timing


def test_a_long_word_before_a_colon_screens_under_a_cpu_cap(tmp_path: Path) -> None:
    """A document's label is read before a colon ("Consignee: ..."): a pattern that
    split a long run of letters every way took 38 s for 2,000 letters and a stray
    sign before the colon, and grew with the cube of the length."""
    word = "a" * 4000 + "!: Sberbank"
    done = run_screen(
        tmp_path, "check", "tea", "-c", word, "--country", "JP", "--no-record",
        preexec_fn=_cpu_capped,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr  # (a hit: Sberbank)


SHARING = 20_000  # entries listing one name (merged datasets repeat common names)


def _capped_for_shared() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (BASE, BASE))  # what a list of one name costs


def test_a_name_thousands_of_entries_share_costs_ten_hits_not_thousands(tmp_path: Path) -> None:
    """The name was indexed, scored and reported once per entry: 20,000 hits and
    292 MB for 20,000 entries, a MemoryError for a million.  It is indexed once,
    its owners listed beside it, and the ten whose ids sort first as text are hits."""
    rows = "".join(
        f"X{i},Kestrel Precision Trading LLC,,organization,AE,p\n" for i in range(SHARING)
    )
    other = "Y1,Kestrel Precision Trading Group LLC,,organization,AE,p\n"  # (a name of its own)
    (tmp_path / "same.csv").write_text("id,name,aliases,type,country,program\n" + rows + other)
    args = ("check", "tea", "-c", "Kestrel Precision Trading LLC", "--country", "JP")
    built = run_screen(tmp_path, *args, "--no-record", "--list", "same.csv")
    assert built.returncode == 1, built.stderr
    for _ in range(2):  # (the second from the results the first kept)
        done = run_screen(
            tmp_path, *args, "--no-record", "--format", "json", "--list", "same.csv",
            preexec_fn=_capped_for_shared,
        )  # fmt: skip
        assert done.returncode == 1, done.stderr
        hits = json.loads(done.stdout)["hits"]
        first = sorted(f"same:X{i}" for i in range(SHARING))[:10]  # (X0, X1, X10, X100 ...)
        assert [h["rule_id"] for h in hits] == first
        assert {h["score"] for h in hits} == {100.0}
        assert all(h["matched"] == "Kestrel Precision Trading LLC" for h in hits)
