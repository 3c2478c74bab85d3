"""Dates as ERPs write them: year first, day first with dots (1C, SAP, German and
Russian ERPs), a month by name (Oracle's 20-MAY-24); day and month as numbers with
slashes or dashes are refused, not guessed (s29)."""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.errors import InputError
from screen.io.values import parse_date

READ = [
    ("2024-05-20", dt.date(2024, 5, 20)),
    ("2024-05-20T10:00:00", dt.date(2024, 5, 20)),
    ("2024/05/20", dt.date(2024, 5, 20)),
    ("2024.05.20", dt.date(2024, 5, 20)),
    ("20240520", dt.date(2024, 5, 20)),
    ("2024年5月20日", dt.date(2024, 5, 20)),
    ("20.05.2024", dt.date(2024, 5, 20)),  # 1C, SAP (German), Russian ERPs
    ("01.05.2024", dt.date(2024, 5, 1)),  # day first: 1 May, never January 5
    ("1.5.2024", dt.date(2024, 5, 1)),
    ("01.05.2024 0:00:00", dt.date(2024, 5, 1)),  # 1C writes the time too
    ("20-May-2024", dt.date(2024, 5, 20)),
    ("20 May 2024", dt.date(2024, 5, 20)),
    ("20-MAY-24", dt.date(2024, 5, 20)),  # Oracle's DD-MON-RR
    ("03-SEP-99", dt.date(1999, 9, 3)),
    ("May 20, 2024", dt.date(2024, 5, 20)),
    ("Sept 3 2024", dt.date(2024, 9, 3)),
    ("3 september 2024", dt.date(2024, 9, 3)),
    ("  ", None),
]


@pytest.mark.parametrize(("text", "day"), READ)
def test_unambiguous_dates_are_read(text: str, day: dt.date | None) -> None:
    assert parse_date(text) == day


EITHER_WAY = "with slashes or dashes the day may come first (Europe) or the month (US)"
REFUSED = [
    ("05/06/2024", EITHER_WAY),
    ("20/05/2024", EITHER_WAY),
    ("05-06-2024", EITHER_WAY),
    ("5/6/24", EITHER_WAY),
    ("31.02.2024", "write it as YYYY-MM-DD"),  # no such day
    ("05.20.2024", "write it as YYYY-MM-DD"),  # month first with dots: no such month
    ("01.05.24", "write it as YYYY-MM-DD"),  # a two-digit year with dots
    ("20-Foo-2024", "write it as YYYY-MM-DD"),
    ("2024-13-01", "write it as YYYY-MM-DD"),
]


@pytest.mark.parametrize(("text", "message"), REFUSED)
def test_ambiguous_and_wrong_dates_are_refused(text: str, message: str) -> None:
    with pytest.raises(InputError, match=r"^bad date") as caught:
        parse_date(text)
    assert message in str(caught.value)


def test_a_1c_export_with_day_first_dates_is_screened(tmp_path) -> None:
    path = tmp_path / "orders-1c.csv"
    path.write_text(
        "описание,получатель,страна,дата\n"
        "Полупроводниковые пластины,ООО Ромашка,Россия,01.05.2024\n"
        "Зелёный чай,ИП Иванов,Беларусь,02.05.2024 0:00:00\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["batch", str(path), "-q", "--no-record", "--format", "jsonl"])
    assert result.exit_code == 1, result.output
    assert '"status": "error"' not in result.stdout
