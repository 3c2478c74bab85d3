"""Check `screen batch --format xlsx` at Excel's real sheet limits (a manual check, not a
test: it screens a million rows, two minutes or more).

    python bench/xlsx_limits.py

Writes 1,048,576 orders (the last one blocked: one more than a sheet holds below its
header) and checks that the workbook's "Screened" sheet is full, that the blocked
order is the one row of "Screened (2)" under the header repeated, and that stderr said
so; then that an input of 16,380 columns (16,385 with the result columns) is refused
with exit 2 before screening.  The tests lower the limits (`screen.io.xlsx.MAX_ROWS`,
`MAX_COLUMNS`) instead.  Exits 1 when a check fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

SCREEN = Path(sys.executable).with_name("screen")
ROWS = 1_048_576  # Excel's rows a sheet, the header included
HEADER = "description,consignee,country,date\n"


def _run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SCREEN_CACHE_DIR=str(folder / "cache"))
    command = [str(SCREEN), "batch", *args, "--no-record", "-q", "--workers", "1"]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


def rows_continue(folder: Path) -> list[str]:
    import python_calamine

    orders, target = folder / "orders.csv", folder / "screened.xlsx"
    with orders.open("w", encoding="utf-8") as file:
        file.write(HEADER + "green tea,Acme Foods,JP,2024-05-01\n" * (ROWS - 1))
        file.write("3D printer,Acme,RU,2024-05-01\n")  # data row 1,048,576: blocked
    done = _run(folder, str(orders), "-f", "xlsx", "-o", str(target))
    book = python_calamine.CalamineWorkbook.from_path(str(target))
    first = book.get_sheet_by_name("Screened").to_python()
    second = book.get_sheet_by_name("Screened (2)").to_python()
    print(f"exit {done.returncode}; sheets {book.sheet_names}; stderr: {done.stderr.strip()}")
    print(f"Screened: {len(first):,} rows; Screened (2): {second}")
    failed = []
    if done.returncode != 1 or "continues on 'Screened (2)'" not in done.stderr:
        failed.append("exit 1 and a warning naming 'Screened (2)'")
    if len(first) != ROWS or len(second) != 2 or second[0] != first[0]:
        failed.append("a full first sheet and one row under the header repeated")
    if second[1][:5] != ["3D printer", "Acme", "RU", "2024-05-01", "blocked"]:
        failed.append("the blocked order on 'Screened (2)'")
    return failed


def too_wide_refused(folder: Path) -> list[str]:
    columns = 16_380
    orders = folder / "wide.csv"
    names = HEADER.strip().split(",") + [f"c{i}" for i in range(columns - 4)]
    cells = ["3D printer", "Acme", "RU", "2024-05-01"] + [""] * (columns - 4)
    orders.write_text(",".join(names) + "\n" + ",".join(cells) + "\n", encoding="utf-8")
    done = _run(folder, str(orders), "-f", "xlsx", "-o", str(folder / "wide.xlsx"))
    print(f"wide input: exit {done.returncode}; {done.stderr.strip()}")
    if done.returncode != 2 or "16,384 columns an Excel sheet holds" not in done.stderr:
        return ["a wide input refused with exit 2"]
    return []


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="screen-xlsx-limits-") as name:
        failed = too_wide_refused(Path(name)) + rows_continue(Path(name))
    for what in failed:
        print(f"FAILED: {what}")
    print("OK" if not failed else f"{len(failed)} check(s) failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
