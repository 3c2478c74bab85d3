"""The whole of a batch run: rows in, rendered rows out, a summary back.

Used by `screen batch`; file opening and terminal output stay in the CLI.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import IO, TYPE_CHECKING

from screen.engine import Screener
from screen.io.excel import SheetFile
from screen.io.orders import OrderFile
from screen.io.writers import Writer
from screen.runs.decisions import Decisions
from screen.runs.fused import ClearPath, line_suffix, render_file
from screen.runs.rows import RowScreener, Summary, relaxed_gc
from screen.runs.stream import Progress, screen_into

if TYPE_CHECKING:
    from screen.runs.recording import Recorder


def run_batch(
    screener: Screener,
    source: OrderFile | SheetFile,
    columns: dict[str, int],
    stream: IO[str],
    make_writer: Callable[[IO[str]], Writer],
    workers: int = 1,
    progress: Progress | None = None,
    decisions: Decisions | None = None,
    recorder: Recorder | None = None,
) -> Summary:
    """Screen the rows of `source` and write one rendered row per input row to
    `stream`, in order.  A workbook sheet is screened in this process; a CSV file
    on disk in chunks of text, plainly clear rows on the fused path (`fused.py`).
    `recorder`: the run being recorded (its writer comes from `make_writer`);
    workers hand their chunks of rows back to it."""
    from screen.io.chunks import span_codec
    from screen.runs.workers import CHUNK_CHARS, SMALL_CHUNKS, render_in_parallel

    summary = Summary()
    writer = make_writer(stream)
    writer.write_header()
    suffix = line_suffix(writer)
    with relaxed_gc():
        if workers > 1 and isinstance(source, OrderFile):
            # a file on disk: workers read their chunks from it (see `OrderFile.spans`)
            spans = source.spans(CHUNK_CHARS, small=SMALL_CHUNKS)
            file = None
            if spans is not None:
                file = (source.raw.fileno(), span_codec(source.encoding) or "", source.name)
            kept = recorder.take_chunks if recorder is not None else list
            binary = _binary_codec(stream)
            rendered = render_in_parallel(
                screener,
                spans if spans is not None else source.raw_chunks(CHUNK_CHARS, small=SMALL_CHUNKS),
                columns,
                make_writer,
                workers,
                decisions=decisions,
                suffix=suffix,
                kept=kept,
                file=file,
                codec=binary[1] if binary is not None else None,
            )
            # closing: a failed write ends the workers now, not when collected
            with contextlib.closing(rendered):
                for text, statuses, rules, count, records in rendered:
                    if isinstance(text, bytes):
                        assert binary is not None
                        stream.flush()  # the header, and any chunk sent as text
                        binary[0].write(text)
                    else:
                        stream.write(text)
                    if recorder is not None:
                        for record in records:
                            recorder.submit(record)
                    summary.merge(statuses, rules, count)
                    if progress:
                        progress(summary.rows, time.perf_counter() - summary.started)
        elif suffix is not None and isinstance(source, OrderFile) and source.raw.seekable():
            # a file on disk (standard input is read row by row, as it comes)
            path = ClearPath(RowScreener(screener, columns, decisions=decisions), suffix)
            render_file(path, source, stream, make_writer, summary, progress)
        else:
            row_screener = RowScreener(screener, columns, decisions=decisions)
            screen_into(row_screener, source.rows(), writer, summary, progress)
    summary.finish()
    return summary


_UTF8 = ("utf-8", "utf-8-sig")  # the body of a utf-8-sig file is plain UTF-8


def _binary_codec(stream: IO[str]) -> tuple[IO[bytes], str] | None:
    """The byte stream under `stream` and the codec of the text it takes, when the
    chunks workers render may be written to it as bytes encoded in that codec: a
    text file in UTF-8 (with or without a byte-order mark, which its header put
    first) that writes line ends as they are.  Else None."""
    import codecs
    import os

    buffer = getattr(stream, "buffer", None)
    encoding = getattr(stream, "encoding", None)
    if buffer is None or not isinstance(encoding, str) or os.linesep != "\n":
        return None
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    return (buffer, "utf-8") if name in _UTF8 else None
