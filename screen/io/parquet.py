"""Write screened rows to Parquet: the input columns as text, then the result columns.

A `Writer` for the batch row loop, so a CSV partition can be written as Parquet
with the same loop that writes CSV.  Rows are buffered and written a row group at
a time, so memory stays flat however long the partition.  Cells are written as
read (Parquet is not opened as a spreadsheet, so formula cells are left alone);
undecodable bytes are replaced, as in CSV output.  pyarrow comes with the `dask`
extra and is imported only when a writer is made.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from screen.errors import InputError
from screen.io.writers import Outcome, printable, result_columns, summary_cells
from screen.models import Status

ROW_GROUP = 65_536  # rows per row group: Parquet readers' usual size, bounded memory
_CLEAR = (Status.CLEAR.value, "", "", "", "")


def unique_names(header: list[str], source: str) -> list[str]:
    """The output's column names; Parquet needs each once."""
    names = [*header, *result_columns(header)]
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise InputError(
                f"{source}: the column name '{name}' occurs twice; Parquet needs unique "
                "names: rename the column, or write CSV (--format csv)"
            )
        seen.add(name)
    return names


class ParquetWriter:
    """Rows of a header's width plus the result columns, to one Parquet file."""

    def __init__(
        self,
        path: str | Path,
        header: list[str],
        source: str = "the input",
        run_id: int | None = None,
    ) -> None:
        """`run_id`: the recorded run, written as a last (integer) column of every row."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.width = len(header)
        self.names = unique_names(header, source)
        self._pa = pa
        fields = [(name, pa.string()) for name in self.names]
        if run_id is not None:
            fields.append((result_columns(self.names, ("run_id",))[0], pa.int64()))
        self.run_id = run_id
        self._schema = pa.schema(fields)
        self._file: Any = pq.ParquetWriter(str(path), self._schema)
        self._rows: list[list[str]] = []

    def write_header(self) -> None:
        """The schema is the header."""

    def write_clear(self, number: int, cells: list[str], raw: str = "") -> None:
        self._add(cells, _CLEAR)

    def write(self, outcome: Outcome) -> None:
        self._add(outcome.cells, summary_cells(outcome))

    def _add(self, cells: list[str], results: tuple[str, ...]) -> None:
        width = self.width
        if len(cells) != width:
            cells = cells[:width] + [""] * (width - len(cells))
        row = [c if c.isascii() else printable(c) for c in cells]
        row.extend(results)
        self._rows.append(row)
        if len(self._rows) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            pa = self._pa
            arrays = [pa.array(column, pa.string()) for column in zip(*self._rows, strict=True)]
            if self.run_id is not None:
                arrays.append(pa.array([self.run_id] * len(self._rows), pa.int64()))
            self._file.write_table(pa.Table.from_arrays(arrays, schema=self._schema))
            self._rows = []

    def finish(self) -> None:
        """Write what is buffered and the file's footer (an empty file keeps its schema);
        the row loop calls it at the end."""
        self._flush()
        self._file.close()
