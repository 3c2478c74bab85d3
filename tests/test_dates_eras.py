"""Japanese era dates and spreadsheet date numbers in a date column (s31): read when
they name one day; a day outside its era, or a number outside 1990-2059, stays an
error row."""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.errors import InputError
from screen.io.values import parse_date

READ = [
    ("令和4年5月20日", dt.date(2022, 5, 20)),
    ("令和4年5月19日", dt.date(2022, 5, 19)),
    ("令和６年１月１日", dt.date(2024, 1, 1)),  # full-width digits
    ("令和 4年 5月 20日", dt.date(2022, 5, 20)),
    ("令和元年5月1日", dt.date(2019, 5, 1)),  # the era's first year
    ("平成31年4月30日", dt.date(2019, 4, 30)),  # Heisei's last day
    ("平成元年1月8日", dt.date(1989, 1, 8)),
    ("昭和64年1月7日", dt.date(1989, 1, 7)),
    ("R4.5.20", dt.date(2022, 5, 20)),
    ("R04.05.20", dt.date(2022, 5, 20)),
    ("r4/5/20", dt.date(2022, 5, 20)),
    ("H31.4.30", dt.date(2019, 4, 30)),
    ("R4年5月20日", dt.date(2022, 5, 20)),
    ("㋿4.5.20", dt.date(2022, 5, 20)),  # the era's one-character sign
    ("㍻31年4月30日", dt.date(2019, 4, 30)),
    ("44701", dt.date(2022, 5, 20)),  # a spreadsheet's date number
    ("44700", dt.date(2022, 5, 19)),
    ("45292", dt.date(2024, 1, 1)),
    ("44701.5", dt.date(2022, 5, 20)),  # noon
    ("32874", dt.date(1990, 1, 1)),
    ("58440", dt.date(2059, 12, 31)),
    # the forms read before stay as they were
    ("2024-05-20", dt.date(2024, 5, 20)),
    ("20240520", dt.date(2024, 5, 20)),
    ("2024年5月20日", dt.date(2024, 5, 20)),
]


@pytest.mark.parametrize(("text", "day"), READ)
def test_era_dates_and_date_numbers_are_read(text: str, day: dt.date) -> None:
    assert parse_date(text) == day


REFUSED = [
    ("平成31年5月1日", "no such day of the 平成 era (from 1989-01-08 to 2019-04-30)"),
    ("令和元年4月30日", "no such day of the 令和 era (from 2019-05-01)"),
    ("昭和64年1月8日", "no such day of the 昭和 era"),
    ("R4.13.1", "no such day of the 令和 era"),
    ("R0.5.1", "no such day of the 令和 era"),
    ("明治45年1月1日", "write it as YYYY-MM-DD"),  # an era no shipment carries
    ("32873", "outside 1990-2059"),
    ("58441", "outside 1990-2059"),
    ("12345", "outside 1990-2059"),
    ("4470", "write it as YYYY-MM-DD"),  # four digits: no date number read
    ("447010", "write it as YYYY-MM-DD"),
    ("R4.5", "write it as YYYY-MM-DD"),
    ("X4.5.20", "write it as YYYY-MM-DD"),
    ("05/20/2022", "the day may come first"),  # still refused, never guessed
]


@pytest.mark.parametrize(("text", "message"), REFUSED)
def test_impossible_era_dates_and_numbers_are_refused(text: str, message: str) -> None:
    with pytest.raises(InputError, match=r"^bad date") as caught:
        parse_date(text)
    assert message in str(caught.value)


def test_a_file_with_era_dates_and_date_numbers_is_screened(tmp_path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(
        "description,consignee,country,date\n"
        "3D printer,Skolkovo Labs,RU,令和4年5月20日\n"
        "3D printer,Skolkovo Labs,RU,R4.5.19\n"
        "3D printer,Skolkovo Labs,RU,44701\n"
        "3D printer,Skolkovo Labs,RU,44700\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["batch", str(path), "-q", "--no-record", "--format", "csv"])
    assert result.exit_code == 1, result.output
    statuses = [line.split(",")[4] for line in result.stdout.splitlines()[1:]]
    assert statuses == ["blocked", "clear", "blocked", "clear"]
