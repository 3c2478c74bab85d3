"""Item C1 (s28): small files in a legacy code page are read in their own encoding, or
refused, never read as mojibake that lets a flagged row come out clear."""

from __future__ import annotations

import codecs
import json

import pytest
from typer.testing import CliRunner

from screen.cli import app
from screen.io.encoding import detect
from tests.hostile.conftest import write

HEADER = "order_id,description,consignee,country,date\r\n"


def _batch(*args: str):
    return CliRunner().invoke(app, ["batch", *args, "-q", "--no-record", "--format", "jsonl"])


# One-order files as 1C, Japanese and Chinese ERPs write them; each was read as
# cp932, cp949 or johab "with 100% confidence" and came out clear.
FLAGGED = [
    ("PO-0,Микросхемы,Сбербанк,RU,2024-05-01\r\n", "cp1251"),
    ("PO-0,Полупроводниковые диоды,Сбербанк,RU,2024-05-01\r\n", "koi8_r"),
    ("PO-0,Полупроводниковые диоды,Сбербанк,RU,2024-05-01\r\n", "cp866"),
    ("PO-0,电子显微镜,测试公司,RU,2024-05-01\r\n", "gbk"),
    ("PO-0,电子显微镜,测试公司,RU,2024-05-01\r\n", "gb18030"),
    ("PO-0,電子顕微鏡,東京商事株式会社,RU,2024-05-01\r\n", "cp932"),
    ("PO-0,電子顕微鏡,東京商事,RU,2024-05-01\r\n", "euc_jp"),
]


@pytest.mark.parametrize(("row", "encoding"), FLAGGED, ids=[e for _, e in FLAGGED])
def test_a_small_legacy_file_is_read_in_its_encoding(tmp_path, row, encoding) -> None:
    path = write(tmp_path, HEADER + row, encoding=encoding)
    result = _batch(str(path))
    assert result.exit_code == 1, result.output
    (out,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert out["status"] == "blocked"
    assert out["input"]["description"] == row.split(",")[1]


# Small samples in each encoding, realistic words: read exactly, or refused.
WORDS = {
    "cp1251": ["Зелёный чай", "ООО Ромашка", "ПАО ГАЗПРОМ", "Подшипники", "Роснефть"],
    "koi8_r": ["Зелёный чай", "ООО Ромашка", "ПАО ГАЗПРОМ", "Подшипники", "Роснефть"],
    "cp866": ["Зелёный чай", "ООО Ромашка", "ПАО ГАЗПРОМ", "Подшипники", "Роснефть"],
    "cp932": ["緑茶", "東京商事", "ﾄｳｷｮｳ ｼｮｳｼﾞ", "産業用ロボット", "名古屋工業株式会社"],
    "euc_jp": ["緑茶", "ﾄｳｷｮｳ ｼｮｳｼﾞ", "産業用ロボット", "名古屋工業株式会社", "発電機"],
    "gb18030": ["绿茶", "上海贸易有限公司", "机床零件", "轴承", "柴油发电机"],
    "cp949": ["반도체 부품", "삼성전자 주식회사", "녹차", "산업용 로봇", "베어링"],
}
SAMPLES = [(e, a, b) for e, words in WORDS.items() for a in words for b in words if a != b]


@pytest.mark.parametrize(("encoding", "item", "buyer"), SAMPLES)
def test_a_small_sample_is_never_read_as_another_text(encoding, item, buyer) -> None:
    text = HEADER + f"PO-1,{item},{buyer},RU,2024-05-01\r\n"
    data = text.encode(encoding)
    try:
        detected = detect(data)
    except Exception as exc:  # refused: "cannot tell the encoding"
        assert type(exc).__name__ == "UnsureEncoding"
        return
    assert data.decode(detected.encoding) == text


def test_an_unsure_encoding_is_refused_with_the_two_readings(tmp_path) -> None:
    # In capitals, CP1251 and KOI8-R both read as Russian letters in one case.
    row = "PO-1,ПОЛУПРОВОДНИКИ,СБЕРБАНК,RU,2024-05-01\r\n"
    path = write(tmp_path, HEADER + row, encoding="cp1251")
    result = _batch(str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: cannot tell the encoding of {path}: it reads as cp1251 "
        "('PO-1,ПОЛУПРОВОДНИКИ,СБЕРБАНК,RU,2024-05-') or as koi8-r "
        "('PO-1,онксопнбндмхйх,яаепаюмй,RU,2024-05-'); pass --encoding, or save the file "
        "as UTF-8\n"
    )
    forced = _batch(str(path), "--encoding", "cp1251")
    assert forced.exit_code == 1
    assert json.loads(forced.stdout)["status"] == "blocked"


def test_utf8_rows_appended_to_a_cp1251_file_are_read_line_by_line(tmp_path) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(
        (HEADER + "PO-1,Зелёный чай,ООО Ромашка,RU,2024-05-01\r\n").encode("cp1251")
        + "PO-2,Полупроводники,Сбербанк,RU,2024-05-01\r\n".encode()
    )
    result = CliRunner().invoke(app, ["batch", str(path), "--no-record", "--format", "jsonl"])
    assert result.exit_code == 1, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["input"]["consignee"], r["status"]) for r in rows] == [
        ("ООО Ромашка", "clear"),
        ("Сбербанк", "blocked"),
    ]
    assert "input read as cp1251, lines in UTF-8 as UTF-8 (detected, " in result.stderr


def test_the_mixed_codec_decodes_by_line_and_across_reads() -> None:
    data = "Чай\n".encode("cp1251") + "Чай\n".encode() + "Чай".encode("cp1251")
    decoder = codecs.getincrementaldecoder("utf-8-or-cp1251")()
    text = "".join(decoder.decode(data[i : i + 1]) for i in range(len(data)))
    assert text + decoder.decode(b"", final=True) == "Чай\nЧай\nЧай"


@pytest.mark.parametrize("codec", ["rot13", "hex", "zlib", "idna", "punycode"])
@pytest.mark.parametrize("option", ["--encoding", "--output-encoding"])
def test_a_codec_that_is_no_text_encoding_is_refused(tmp_path, option, codec) -> None:
    path = write(tmp_path, HEADER + "PO-1,3D printer,Acme,RU,2024-05-01\r\n")
    out = tmp_path / "out.csv"
    out.write_text("previous results\n")
    result = _batch(str(path), option, codec, "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {option} '{codec}' is not an encoding of text files: use utf-8, utf-8-sig, "
        "utf-16, cp932, euc-jp, gb18030, big5, cp1251, koi8-r or cp1252\n"
    )
    assert out.read_text() == "previous results\n"


@pytest.mark.parametrize(
    "text",
    [
        "description,consignee,country,price\r\nGreen tea,Acme,DE,5€\r\nMugs,Acme,FR,2€ 20°\r\n"
        "Cups,Acme,FR,3€\r\n",
        "description,consignee,country\r\nThé vert,Société Générale,FR\r\nCafé,Müller GmbH,DE\r\n",
    ],
)
def test_a_small_western_file_stays_cp1252(text) -> None:
    assert detect(text.encode("cp1252")).encoding == "cp1252"
