"""A line no order can be (a file without line ends, a dump): refused before it is
read whole, naming its line, with one process or two and from standard input; the
memory the run takes stays bounded, where it grew with the line before."""

from __future__ import annotations

import io
import resource
import subprocess
from pathlib import Path

import pytest

from screen.errors import InputError
from screen.io import longlines
from screen.io.orders import OrderFile
from tests.hostile.conftest import child_env, screen_command

HEADER = "description,consignee,country\n"
LONG = 160 << 20  # characters of the one long line: five times the bound
CAP = 1 << 30  # address space of the run: the long line read whole took 2 GB


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))


@pytest.fixture(scope="module")
def long_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("long") / "orders.csv"
    with source.open("w", encoding="utf-8") as f:
        f.write(HEADER + "3D printer,Acme,RU\n")
        for _ in range(LONG >> 20):
            f.write("x" * (1 << 20))
        f.write(",Acme,RU\n3D printer,Sberbank,RU\n")
    return source


@pytest.mark.parametrize("how", ["1", "2", "stdin"])
def test_a_line_no_order_can_be_is_refused_naming_it(
    tmp_path: Path, long_file: Path, how: str
) -> None:
    source = long_file
    target = tmp_path / "out" / "screened.csv"
    target.parent.mkdir()
    name = "standard input" if how == "stdin" else str(source)
    args = ["batch", "-" if how == "stdin" else str(source), "-q", "--no-record", "-o", str(target)]
    with source.open("rb") as stdin:
        done = subprocess.run(
            screen_command(*args, *(["--workers", how] if how != "stdin" else [])),
            env=child_env(tmp_path),
            cwd=tmp_path,
            stdin=stdin if how == "stdin" else subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=300,
            preexec_fn=_capped,
        )
    assert done.returncode == 2, done.stderr
    assert done.stderr == (
        f"Error: {name}: line 3 is longer than 32 Mi characters, which no order is (a file "
        "without line ends, or not an order file?): split it into one line per order\n"
    )
    assert list(target.parent.iterdir()) == []  # nothing half written


@pytest.mark.parametrize("block", [0, 5, 1000])
@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("a,b,c\n" + "y" * 40 + "\n", 3),  # an order's line
        ("y" * 40, 2),  # the first order's, never ended
        ("a,b,c\r\n" * 3 + "y" * 40 + ",b,c\r\n", 5),
    ],
)
def test_the_bound_holds_in_every_reading(
    monkeypatch: pytest.MonkeyPatch, body: str, line: int, block: int
) -> None:
    monkeypatch.setattr(longlines, "MAX_LINE_CHARS", 30)
    with pytest.raises(InputError) as caught:
        orders = OrderFile(io.BytesIO((HEADER + body).encode()), "t.csv", "utf-8", ",")
        list(orders.raw_chunks(block) if block else orders.rows())
    assert str(caught.value).startswith(f"t.csv: line {line} is longer than")


def test_a_long_header_is_refused_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(longlines, "MAX_LINE_CHARS", 30)
    with pytest.raises(InputError, match=r"t\.csv: line 1 is longer than"):
        OrderFile(io.BytesIO(("h" * 40 + "\na\n").encode()), "t.csv", "utf-8", ",")


@pytest.mark.parametrize("block", [0, 5, 1000])
def test_lines_up_to_the_bound_are_read(monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    monkeypatch.setattr(longlines, "MAX_LINE_CHARS", 30)
    text = HEADER + "a" * 26 + ",b,c\r\n" + "d,e,f\n"  # a line of 30 characters and its end
    orders = OrderFile(io.BytesIO(text.encode()), "t.csv", "utf-8", ",")
    chunked = [c.text for c in orders.raw_chunks(block)] if block else []
    rows = chunked or [row.raw for row in orders.rows()]
    assert "".join(rows) == text[len(HEADER) :]
