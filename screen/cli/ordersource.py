"""What `batch` and `eval` do alike with an opened order source: its columns found
(with the workbook's other sheets named when the first sheet has none of them),
a workbook told which columns are screened, and the reader's warnings shown."""

from __future__ import annotations

from screen.cli.output import stderr
from screen.errors import InputError
from screen.io.columns import map_columns
from screen.io.excel import SheetFile
from screen.io.sources import OrderSource


def mapped_columns(
    order_file: OrderSource, overrides: dict[str, str], sheet: str | None
) -> dict[str, int]:
    """The columns of `order_file` (field -> index); a workbook's sheet is told which
    of them hold the HS code (a number there loses its zeros: a warning) and which are
    screened (a formula's stored 0 there is no value: an error row)."""
    try:
        columns = map_columns(order_file.header, overrides)
    except InputError as exc:  # a cover page or a template first: the other sheets
        if isinstance(order_file, SheetFile) and len(order_file.sheets) > 1 and not sheet:
            from screen.io.excel import sheets_hint

            raise InputError(
                f"{exc} ({order_file.describe()}; {sheets_hint(order_file.sheets)})"
            ) from None
        raise
    if isinstance(order_file, SheetFile):
        order_file.text_columns = {columns["hs_code"]} if "hs_code" in columns else set()
        order_file.screened_columns = set(columns.values())
    return columns


def print_warnings(order_file: OrderSource) -> None:
    """The reader's warnings (sheets not read, HS codes stored as numbers) on stderr."""
    for warning in getattr(order_file, "warnings", []):
        stderr().print(f"Warning: {warning}", markup=False, highlight=False)
