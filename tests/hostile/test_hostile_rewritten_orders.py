"""Round 8 (left from round 7): an order file rewritten in place while `screen batch
--workers 2` screens it.  Workers read their chunks from the file themselves; the
parent checked only that a chunk decoded to as many characters as it had cut, so a
rewrite of the same size (rows moved, a record's line end elsewhere) had workers
number and cut records the parent never read: a row split in two, a banned robot
read as an order id.  Now each chunk carries a digest of the text the parent cut,
and a worker that reads other text stops the run with a clear error."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import screen.io.orders
from screen.cli import app
from screen.errors import InputError
from screen.exitcodes import ExitCode
from screen.io.chunks import FileSpan, read_span

HEADER = "order_id,description,consignee,country\n"
ROWS = ["1,industrial robot,Acme Trading,RU\n", "2,green tea,Tea House Ltd,JP\n"]


def _rewritten(path: Path) -> bytes:
    """The same bytes, shifted by five characters after the header: every record
    boundary the parent cut at now falls inside a record."""
    body = path.read_bytes()[len(HEADER) :]
    return HEADER.encode() + body[5:] + body[:5]


def test_a_worker_reading_other_text_of_the_same_length_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(HEADER + "".join(ROWS) * 10, encoding="utf-8")
    with screen.io.orders.open_orders(str(path)) as source:
        spans = list(source.spans(64) or [])
        assert len(spans) > 2
        path.write_bytes(_rewritten(path))  # the same size, other records
        with pytest.raises(InputError, match="changed while it was being screened"):
            for span in spans:
                read_span(source.raw.fileno(), span, "utf-8", str(path))


def test_batch_with_workers_stops_when_the_file_is_rewritten_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import screen.runs.workers

    monkeypatch.setattr(screen.runs.workers, "CHUNK_CHARS", 97)  # many chunks
    monkeypatch.setattr(screen.runs.workers, "SMALL_CHUNKS", 0)
    path = tmp_path / "orders.csv"
    path.write_text(HEADER + "".join(ROWS) * 40, encoding="utf-8")
    cut = screen.io.orders.spans

    def rewrite_after_cutting(*args: object, **kwargs: object) -> Iterator[FileSpan]:
        every = list(cut(*args, **kwargs))  # type: ignore[arg-type]
        path.write_bytes(_rewritten(path))  # before any worker reads its chunk
        yield from every

    monkeypatch.setattr(screen.io.orders, "spans", rewrite_after_cutting)
    out = tmp_path / "out.csv"
    args = ["batch", str(path), "-o", str(out), "-q", "--no-record", "--workers", "2"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == ExitCode.USAGE, result.output
    assert f"{path} changed while it was being screened" in result.output
    assert "screen a copy that nothing writes to" in result.output
    assert not out.exists()  # no half-written output left behind
