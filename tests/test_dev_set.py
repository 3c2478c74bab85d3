"""The labelled dev set: every flag row flagged, every clear row clear."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from screen.models import Direction, Shipment, Status
from tests.conftest import DATA

ROWS = list(csv.DictReader((DATA / "dev.csv").open(encoding="utf-8")))


@pytest.mark.parametrize("row", ROWS, ids=[r["order_id"] for r in ROWS])
def test_dev_row(screener, row) -> None:
    result = screener.screen(
        Shipment(
            description=row["description"],
            consignee=row["consignee"],
            country=row["country"],
            date=dt.date.fromisoformat(row["date"]),
            direction=Direction(row["direction"]),
        )
    )
    if row["expect"] == "flag":
        assert result.status is not Status.CLEAR, row
    elif row["expect"] == "clear":
        assert result.status is Status.CLEAR, (row, result.hits)
