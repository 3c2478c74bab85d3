"""s32 (hostile round 3, M3): direction controls that make a field show one thing and
store another.  "\u202eknabrebS\u202c" shows as "Sberbank" in Excel or an ERP and was
screened as stored ("knabrebS"): clear.  A field is now screened as shown on screen
too, and one that reads otherwise on screen is a review at least, with a note naming
the controls.  Arabic and Hebrew text with its marks (RLM, LRM, ALM) screens as
before."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screen import Screener, Shipment
from screen.cli import app
from screen.text.onscreen import readings

RLO, LRO, PDF, RLE = "\u202e", "\u202d", "\u202c", "\u202b"
RLI, FSI, PDI, RLM, LRM, ALM = "\u2067", "\u2068", "\u2069", "\u200f", "\u200e", "\u061c"

DISGUISED = [
    # (text, how it reads on screen)
    (f"{RLO}knabrebS{PDF}", "Sberbank"),
    (f"Sber{RLO}knab{PDF}", "Sberbank"),
    (f"{RLO}srefaw rotcudnocimes{PDF}", "semiconductor wafers"),
    (f"bank{RLM}Sber", "Sberbank"),  # in a field laid out right to left
    (f"{RLI}bank{RLM}Sber{PDI}", "Sberbank"),
    (f"{RLE}bank{RLM}Sber{PDF}", "Sberbank"),
    (f"{LRO}شركة{PDF}", "ةكرش"),  # Arabic letters shown reversed
]


@pytest.mark.parametrize(("text", "shown"), DISGUISED)
def test_a_text_that_reads_otherwise_on_screen_gives_that_reading(text: str, shown: str):
    assert shown in readings(text)


ARABIC_HEBREW = [
    f"شركة{RLM} ABC",
    f"شركة الأمل{RLM} للتجارة",
    f"{RLM}شركة النور للتجارة ش.م.م{RLM}",
    f"ABC Trading{LRM} شركة",
    f'בנק הפועלים{RLM} בע"מ',
    f"Bank Hapoalim (בנק הפועלים){RLM} Ltd",
    f"{RLM}محمد علي{RLM} - Mohammad Ali",
    f"Mohammad Ali{LRM} (محمد علي)",
    f"{RLE}شركة ABC{PDF}",
    f"حسن{ALM} 12 DEF{LRM} ٣٤",
    f"{RLM}سبيربنك{RLM} ش.م",
    f"Sberbank{LRM} (سبيربنك)",
    f"{FSI}Tea House{PDI}",  # an isolate that moves nothing
    "Tea House",
]


@pytest.mark.parametrize("text", ARABIC_HEBREW)
def test_arabic_and_hebrew_with_their_marks_read_as_stored(text: str) -> None:
    assert readings(text) == ()


@pytest.mark.parametrize("text", ARABIC_HEBREW)
def test_arabic_and_hebrew_with_their_marks_screen_as_without_them(
    screener: Screener, text: str
) -> None:
    plain = "".join(c for c in text if c not in RLM + LRM + ALM + RLE + PDF + FSI + PDI)
    with_marks = screener.screen(Shipment("green tea", text, "ES"))
    without = screener.screen(Shipment("green tea", plain, "ES"))
    assert (with_marks.status, [h.rule_id for h in with_marks.hits]) == (
        without.status,
        [h.rule_id for h in without.hits],
    )
    assert with_marks.notes == without.notes


CHECKS = [
    # (description, consignee, country, status, rule, note's start)
    ("Green tea", f"{RLO}knabrebS{PDF}", "ES", "blocked", "ENT-SBERBANK", "consignee"),
    ("Green tea", f"Sber{RLO}knab{PDF}", "ES", "blocked", "ENT-SBERBANK", "consignee"),
    ("Green tea", f"bank{RLM}Sber", "ES", "blocked", "ENT-SBERBANK", "consignee"),
    (
        f"{RLO}srefaw rotcudnocimes{PDF}",
        "Baltic",
        "RU",
        "blocked",
        "RU-SEMICONDUCTORS",
        "description",
    ),
    ("Green tea", f"Tea{RLI}House{PDI}", "ES", "review", None, "consignee"),
    (f"Green{RLI}tea{PDI}", "Tea House", "ES", "review", None, "description"),
]


@pytest.mark.parametrize(("desc", "consignee", "country", "status", "rule", "field"), CHECKS)
def test_check_screens_a_field_as_shown(desc, consignee, country, status, rule, field) -> None:
    command = ["check", desc, "-c", consignee, "--country", country, "--date", "2024-05-01"]
    result = CliRunner().invoke(app, [*command, "--no-record", "--format", "json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["status"] == status
    assert [h["rule_id"] for h in data["hits"]][:1] == ([rule] if rule else [])
    if rule:
        assert data["hits"][0]["detail"].startswith("read as shown on screen (stored as '")
    assert data["notes"][0].startswith(f"{field}: text direction controls (U+")
    assert "on screen: screened as stored and as shown" in data["notes"][0]


def test_the_note_names_the_control_and_the_reading(screener: Screener) -> None:
    result = screener.screen(Shipment("green tea", f"{RLO}knabrebS{PDF}", "ES"))
    assert result.notes[0] == (
        "consignee: text direction controls (U+202E RIGHT-TO-LEFT OVERRIDE, U+202C POP "
        "DIRECTIONAL FORMATTING) make it read 'Sberbank' on screen: screened as stored "
        "and as shown"
    )
    hit = result.hits[0]
    assert (hit.query, hit.field, hit.rule_id) == ("Sberbank", "consignee", "ENT-SBERBANK")
    assert hit.detail.startswith(
        "read as shown on screen (stored as 'knabrebS', controls left out); "
    )


@pytest.mark.parametrize("workers", ["1", "2"])
def test_batch_screens_a_field_as_shown(tmp_path: Path, workers: str) -> None:
    orders = tmp_path / "orders.csv"
    orders.write_text(
        "description,consignee,country,date\n"
        f"Green tea,{RLO}knabrebS{PDF},ES,2024-05-01\n"
        f"{RLO}srefaw rotcudnocimes{PDF},Baltic,RU,2024-05-01\n"
        f"Green tea,Tea{RLI}House{PDI},ES,2024-05-01\n"
        f"Green tea,شركة الأمل{RLM} للتجارة,ES,2024-05-01\n"
        "Green tea,Tea House,JP,2024-05-01\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["batch", str(orders), "-f", "csv", "--no-record", "--quiet", "--workers", workers]
    )
    assert result.exit_code == 1, result.output
    statuses = [line.split(",")[4:6] for line in result.stdout.splitlines()[1:]]
    assert statuses == [
        ["blocked", "ENT-SBERBANK"],
        ["blocked", "RU-SEMICONDUCTORS"],
        ["review", ""],
        ["clear", ""],
        ["clear", ""],
    ]
    review = next(csv.reader(io.StringIO(result.stdout.splitlines()[3])))
    assert review[-1] == (  # a review without a hit says why in its reason
        "consignee: text direction controls (U+2067 RIGHT-TO-LEFT ISOLATE, U+2069 POP "
        "DIRECTIONAL ISOLATE) make it read 'HouseTea' on screen: screened as stored and as shown"
    )
    lines = CliRunner().invoke(app, ["batch", str(orders), "-f", "jsonl", "--no-record", "-q"])
    noted = [json.loads(line) for line in lines.stdout.splitlines()]
    assert [row.get("note", "")[:10] for row in noted] == ["", "", "consignee:", "", ""]
