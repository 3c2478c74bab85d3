"""Item 3: a one-word consignee of 1,600 characters must screen within a memory cap.

The name matcher once needed more than 8 GB for such a word; since issue 10 a word's
typo lookup is bounded (words over 40 letters match exactly)."""

from __future__ import annotations

import random
import string
from pathlib import Path

from tests.hostile.conftest import run_screen

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
