"""Order files in the encodings ERPs and Excel write, each generated here from a UTF-8
source in the language that encoding carries, read back exactly."""

from __future__ import annotations

import codecs

import pytest

from screen.cli import app
from screen.io.encoding import detect
from screen.io.orders import open_orders

JAPANESE = "品名,得意先,仕向国,出荷日\n" + "".join(
    f"{item},{buyer},{country},2024-05-{day:02d}\n"
    for day, (item, buyer, country) in enumerate(
        [
            ("半導体製造装置の部品", "東京エレクトロン株式会社", "ロシア連邦"),
            ("工業用ダイヤモンド（研磨用）", "大阪商事株式会社", "ロシア"),
            ("緑茶　静岡産", "名古屋貿易有限会社", "アメリカ合衆国"),
            ("電子顕微鏡と交換部品", "横浜精機株式会社", "中華人民共和国"),
            ("発電機（ディーゼル式）", "神戸重工業株式会社", "ベトナム"),
            ("三次元プリンター用の樹脂", "札幌化学工業株式会社", "ドイツ連邦共和国"),
        ]
        * 5,
        1,
    )
)
RUSSIAN = "описание,получатель,страна,дата\n" + "".join(
    f"{item},{buyer},{country},2024-05-{day:02d}\n"
    for day, (item, buyer, country) in enumerate(
        [
            ("Полупроводниковые пластины и микросхемы", "ООО Ромашка", "Россия"),
            ("Запасные части для промышленных роботов", "АО Северсталь", "Казахстан"),
            ("Электронный микроскоп с принадлежностями", "ПАО Сбербанк", "Россия"),
            ("Зелёный чай в пакетиках", "ИП Иванов Пётр Сергеевич", "Беларусь"),
            ("Дизельные генераторы мощностью 500 кВт", "ООО Газпромнефть", "Армения"),
        ]
        * 6,
        1,
    )
)
CHINESE = "描述,收货人,国家,日期\n" + "".join(
    f"{item},{buyer},{country},2024-05-{day:02d}\n"
    for day, (item, buyer, country) in enumerate(
        [
            ("半导体晶圆制造设备及零部件", "上海华虹贸易有限公司", "俄罗斯"),
            ("工业用机器人控制器", "深圳市科技发展有限公司", "越南"),
            ("绿茶（龙井）礼盒装", "杭州茶叶进出口公司", "日本"),
            ("电子显微镜及配件", "北京精密仪器有限公司", "德国"),
            ("柴油发电机组", "广州重型机械股份有限公司", "哈萨克斯坦"),
        ]
        * 6,
        1,
    )
)
TRADITIONAL = "品名,收貨人,國家,日期\n" + "".join(
    f"{item},{buyer},{country},2024-05-{day:02d}\n"
    for day, (item, buyer, country) in enumerate(
        [
            ("半導體晶圓製造設備及零組件", "台北貿易股份有限公司", "俄羅斯"),
            ("工業用機器人控制器", "新竹科技發展有限公司", "越南"),
            ("烏龍茶禮盒裝", "台中茶葉進出口公司", "日本"),
            ("電子顯微鏡及配件", "高雄精密儀器有限公司", "德國"),
            ("柴油發電機組", "桃園重型機械股份有限公司", "哈薩克"),
        ]
        * 6,
        1,
    )
)
WESTERN = "description,destinataire,pays,date\n" + "".join(
    f"{item},{buyer},{country},2024-05-{day:02d}\n"
    for day, (item, buyer, country) in enumerate(
        [
            ("Pièces détachées pour imprimante 3D", "Société Générale Française", "Côte d'Ivoire"),
            ("Thé vert en sachets – qualité supérieure", "Müller & Söhne GmbH", "Österreich"),
            ("Générateurs électriques diesel", "Électricité de Montréal", "Canada"),
            ("Microscope électronique à balayage", "Laboratoire Pasteur", "Sénégal"),
            ("Café torréfié en grains", "Cafés Señorío S.A.", "España"),
        ]
        * 6,
        1,
    )
)

CASES = [
    (JAPANESE, "cp932", "cp932"),
    (JAPANESE, "shift_jis", "cp932"),
    (JAPANESE, "euc_jp", "euc_jp"),
    (JAPANESE, "iso2022_jp", "iso2022_jp"),
    (RUSSIAN, "cp1251", "cp1251"),
    (RUSSIAN, "koi8_r", "koi8_r"),
    (RUSSIAN, "cp866", None),  # read as CP866 or its Ukrainian twin CP1125: same Russian text
    (CHINESE, "gb18030", "gb18030"),
    (CHINESE, "gbk", "gb18030"),
    (TRADITIONAL, "big5", None),  # Big5 or its superset CP950: same text
    (WESTERN, "cp1252", "cp1252"),
    (WESTERN.replace("–", "-"), "latin_1", "cp1252"),
    (JAPANESE, "utf_16_le", "utf-16-le"),
    (RUSSIAN, "utf_16_be", "utf-16-be"),
    (CHINESE, "utf-8", "utf-8"),
    (JAPANESE, "utf-8-sig", "utf-8-sig"),
]


@pytest.mark.parametrize(("text", "encoding", "expected"), CASES, ids=[c[1] for c in CASES])
def test_each_encoding_is_detected_and_read_exactly(tmp_path, text, encoding, expected) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(text.encode(encoding))
    with open_orders(str(path)) as orders:
        rows = [r.cells for r in orders.rows()]
        detected = orders.detected
    assert detected.encoding == codecs.lookup(expected or detected.encoding).name
    assert codecs.lookup(detected.encoding).name != "utf-8" or encoding.startswith("utf-8")
    source = [line.split(",") for line in text.splitlines()]
    assert [orders.header, *rows] == source
    assert detected.confidence >= 0.8


def test_a_few_broken_bytes_in_a_cp932_file_only_touch_their_rows(tmp_path) -> None:
    data = bytearray(JAPANESE.encode("cp932"))
    lines = data.split(b"\n")
    lines[4] = lines[4][:6] + b"\x81\x20" + lines[4][8:]  # a lead byte without its trail
    lines[20] = lines[20].replace(b",", b"\x82,", 1)  # another, before a comma
    path = tmp_path / "orders.csv"
    path.write_bytes(b"\n".join(lines))
    with open_orders(str(path)) as orders:
        assert orders.encoding == "cp932"
        errors = {r.number: r.error for r in orders.rows() if r.error}
    assert errors == {
        4: "undecodable bytes in this row: save the file as UTF-8, or pass --encoding",
        20: "undecodable bytes in this row: save the file as UTF-8, or pass --encoding",
    }


def test_a_utf8_file_with_one_broken_byte_stays_utf8(tmp_path) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(JAPANESE.encode("utf-8").replace("緑茶".encode(), b"\xe7\xb7"))
    with open_orders(str(path)) as orders:
        assert orders.encoding == "utf-8"
        assert sum(1 for r in orders.rows() if r.error) == 5


@pytest.mark.parametrize(
    ("sample", "described"),
    [
        (codecs.BOM_UTF8 + b"a,b\n", "utf-8-sig (BOM)"),
        (b"a,b\n", "utf-8 (valid UTF-8)"),
        ("a,é\n".encode() + "é".encode()[:1], "utf-8 (valid UTF-8)"),  # cut at the sample end
    ],
)
def test_how_the_encoding_was_chosen(sample, described) -> None:
    assert detect(sample).describe() == described


def test_the_summary_names_the_encoding_and_confidence(runner, tmp_path) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    result = runner.invoke(
        app,
        [
            "batch",
            str(path),
            "--map",
            "description=описание",
            "--map",
            "consignee=получатель",
            "--map",
            "country=страна",
            "--map",
            "date=дата",
            "--format",
            "jsonl",
        ],
    )
    assert result.exit_code in (0, 1), result.output
    assert "input read as cp1251 (detected, " in result.stderr
    assert "% confidence), comma-separated" in result.stderr
    forced = runner.invoke(
        app,
        [
            "batch",
            str(path),
            "--encoding",
            "cp1251",
            "--map",
            "description=описание",
            "--map",
            "consignee=получатель",
        ],
    )
    assert "input read as cp1251 (--encoding), comma-separated" in forced.stderr


def test_encoding_forced_wrongly_gives_error_rows_not_a_crash(runner, tmp_path) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(JAPANESE.encode("euc_jp"))
    result = runner.invoke(
        app, ["batch", str(path), "-q", "--encoding", "koi8-u", "--map", "description=品名"]
    )
    assert result.exit_code == 2
    assert "Error: " in result.stderr


def test_unknown_encoding_name(runner, tmp_path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text("description\ntea\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(path), "--encoding", "martian"])
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: unknown --encoding 'martian': use a name Python knows, e.g. utf-8, utf-16, "
        "cp932, euc-jp, gb18030, big5, cp1251, koi8-r, cp1252\n"
    )
