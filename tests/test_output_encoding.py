"""s30 M5: a standard output that cannot encode a character (PYTHONIOENCODING=ascii)
gets it escaped; the command never fails with exit 4 after it screened or decided
and recorded (the user was told 'internal error' and retried)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

LIST = "id,name,aliases,type,country,program\nW2,Ivanov Pavel Sergeevich,,person,RU,x\n"


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "SCREEN_DB": str(tmp_path / "r.db")}
    return subprocess.run(
        [sys.executable, "-m", "screen", *args],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False, encoding="ascii",
    )  # fmt: skip


def test_non_ascii_output_is_escaped_on_an_ascii_stdout(tmp_path: Path) -> None:
    listed = tmp_path / "watch.csv"
    listed.write_text(LIST, encoding="utf-8")
    checked = _run(
        tmp_path, "check", "tea", "-c", "Павел Иванов", "--country", "RU", "--list", str(listed),
        "-f", "json",
    )  # fmt: skip
    assert checked.returncode == 1, checked.stderr
    shown = json.loads(checked.stdout)  # \u escapes are JSON
    assert shown["shipment"]["consignee"] == "Павел Иванов" and shown["run_id"] == 1
    decided = _run(
        tmp_path, "decide", "Павел Иванов", "--entry", "watch:W2", "--confirm", "--by", "Ёжик",
        "--reason", "same passport", "--list", str(listed), "-f", "table",
    )  # fmt: skip
    assert decided.returncode == 0, decided.stderr
    assert "\\u0401\\u0436\\u0438\\u043a" in decided.stdout  # Ёжик, escaped
    search = ["history", "search", "--party", "Павел Иванов", "-f", "table"]
    for args in (["decisions", "list", "-f", "table"], search):
        listed_out = _run(tmp_path, *args)
        assert listed_out.returncode in (0, 1), listed_out.stderr
        assert "internal error" not in listed_out.stderr
