"""Party names across scripts: how each script is read, and that a listed Latin name
and the same name in Arabic, Hebrew, Hangul, kana, Chinese, Greek or Devanagari
meet (both ways), while look-alikes do not."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.matching.names.parts import reduce_query
from screen.matching.names.translated import english_readings
from screen.text import arabickinds, hangul, hanja, romanize, skeleton, wadegiles
from screen.text.indic import read_indic
from screen.text.southslavic import south_slavic_latin

# -- readings, script by script -------------------------------------------------------

HANGUL = [("김", ("kim", "gim")), ("정", ("chong", "jeong")), ("은", ("un", "eun")),
          ("최", ("choe",)), ("룡", ("ryong", "lyong")), ("박", ("pak", "bak")),
          ("신", ("shin", "sin"))]  # fmt: skip


@pytest.mark.parametrize(("syllable", "forms"), HANGUL)
def test_hangul_syllables_in_mccune_reischauer_and_revised(syllable, forms) -> None:
    assert set(forms) <= set(hangul.hangul_syllable(syllable))


# the initial-sound rule: a word's first ㄹ or ㄴ as the South reads it (North: Ri, Ryong)
INITIAL = [("리", "이"), ("룡", "용"), ("류", "유"), ("량", "양"), ("로", "노"), ("라", "나"),
           ("녀", "여"), ("니", "이"), ("김", None), ("정", None), ("남", None)]  # fmt: skip


@pytest.mark.parametrize(("syllable", "southern"), INITIAL)
def test_the_initial_sound_rule(syllable, southern) -> None:
    assert hangul.initial_forms(syllable) == ((southern,) if southern else ())


# Chinese characters read as Korean (KANJIDIC2): simplified ones through their
# traditional forms (龙 龍), a variant through another (髙 高, 黃 黄)
HANJA = [("崔", ("choe",)), ("龍海", ("ryonghae", "yonghae")), ("龙海", ("ryonghae", "yonghae")),
         ("金", ("kim", "kum")), ("李", ("ri", "li", "i")), ("正恩", ("jongun", "jeongeun")),
         ("朴", ("pak", "bak")), ("髙", ("ko", "go")), ("黃", ("hwang",)),
         ("柳", ("ryu", "yu"))]  # fmt: skip


@pytest.mark.parametrize(("chars", "forms"), HANJA)
def test_chinese_characters_read_as_korean(chars, forms) -> None:
    assert set(forms) <= set(hanja.korean_forms(chars))


def test_korean_kind_words_are_read_from_characters_of_one_reading() -> None:
    kinds = hanja.korean_kinds()
    assert kinds["국제"] == "international" and kinds["상업"] == "business"
    assert "김융" not in kinds  # 金融: 金 reads 김 or 금


def test_a_character_without_a_korean_reading_reads_no_word() -> None:
    assert hanja.korean_forms("崔\u3400") == ()  # (an extension-A character)
    assert hanja.korean_forms("") == ()


# Chinese names in Wade-Giles: read in pinyin too where the text writes one so (a
# hyphened given name with a syllable no pinyin has, or hs/tz), each word's readings
# and the word as written its alternatives
WADE_GILES = [
    ("Ma Hsiao-hung", "ma xiaohong", {"xiaohong": ("xiaohong", "hsiaohung")}),
    ("Chou Chien-shu", "zhou jianshu", {"zhou": ("zhou", "chou")}),
    ("Hsu Chi-wei Trading Co", "xu jiwei Trading Co", {"xu": ("xu", "hsu")}),
    ("Tantung Hung-hsiang Industrial", "dantong hongxiang Industrial",
     {"dantong": ("dantong", "dandong", "tantong", "tandong", "tantung")}),
    ("Fang Li-wu", "Fang Li-wu", {}),  # (pinyin either way)
    ("Jean-Pierre Dupont", "Jean-Pierre Dupont", {}),
    ("TSUKASA, Shinobu", "TSUKASA, Shinobu", {}),  # (ts: Japanese names too)
    ("Tsunami Relief Fund", "Tsunami Relief Fund", {}),
    ("HsuehKangWei", "HsuehKangWei", {}),  # (words written together: split later)
]  # fmt: skip


@pytest.mark.parametrize(("text", "latin", "read"), WADE_GILES)
def test_wade_giles_is_read_in_pinyin(text, latin, read) -> None:
    got_latin, got = wadegiles.read_wade_giles(text)
    assert got_latin == latin
    assert {w: f for w, f in got.items() if w in read} == read


def test_the_wade_giles_table_writes_ai_and_u() -> None:
    # (pypinyin writes 海 hai "hei" and 徐 hsü "hsv")
    assert wadegiles.syllables()["hai"] == ("hai",)
    assert wadegiles.syllables()["hsu"] == ("xu",)


KANA = [("プーチン", "puchin"), ("ウラジーミル", "urajimiru"), ("ジョンウン", "jonun"),
        ("ティムチェンコ", "timuchenko"), ("ファ", "fa"), ("ロッテ", "rotte"),
        ("しんぞう", "shinzo"), ("シェフ", "shefu")]  # fmt: skip


@pytest.mark.parametrize(("word", "hepburn"), KANA)
def test_kana_in_hepburn_long_vowels_folded(word, hepburn) -> None:
    assert romanize.read_kana(word) == hepburn


GREEK = [("Τσίπρας", "tsipras"), ("Παπαδόπουλος", "papadopoulos"), ("Γιώργος", "giorgos"),
         ("Ευάγγελος", "evangelos"), ("Χριστοδουλίδης", "christodoulidis")]  # fmt: skip


@pytest.mark.parametrize(("word", "elot"), GREEK)
def test_greek_by_elot_743(word, elot) -> None:
    assert romanize.read_greek(word)[0] == elot


def test_greek_variants_of_names() -> None:
    assert "papadopulos" in romanize.read_greek("Παπαδόπουλος")
    assert "igor" in romanize.read_greek("Ιγκόρ")


# a foreign name's sounds as Greek writes them, all at once (μπ b, ντ d, γκ g, τσ ch,
# ου u, γι before a vowel y)
GREEK_FOREIGN = [("Γιεβγκένι", "yevgeni"), ("Γιονγκ", "yong"), ("Μπασάρ", "basar"),
                 ("Άσαντ", "asad"), ("Ντμίτρι", "dmitri"), ("Γιώργος", "yorgos")]  # fmt: skip


@pytest.mark.parametrize(("word", "foreign"), GREEK_FOREIGN)
def test_greek_reads_a_foreign_names_sounds(word, foreign) -> None:
    assert foreign in romanize.read_greek(word)


HAN = [("习近平", [("xi", "hsi"), ("jinping", "chinping")]),
       ("李方伟", [("li",), ("fangwei",)]),
       ("浙江大华", [("zhejiang",), ("dahua", "tahua")])]  # fmt: skip


@pytest.mark.parametrize(("run", "words"), HAN)
def test_chinese_family_name_apart_given_name_whole(run, words) -> None:
    read = romanize.read_han(run)
    assert "".join(chars for chars, _ in read) == run
    assert len(read) == len(words)
    for (_, got), want in zip(read, words, strict=True):
        assert set(want) <= set(got)


INDIC = [("नरेंद्र", "narendra"), ("मोदी", "modi"), ("राम", "ram"), ("पुतिन", "putin"),
         ("शाह", "shah"), ("चंद्र", "chandra"), ("भारत", "bharat")]  # fmt: skip


@pytest.mark.parametrize(("word", "latin"), INDIC)
def test_devanagari_read_as_whole_words(word, latin) -> None:
    assert read_indic(word) == latin


SKELETONS = [
    # (word, scheme or None for the script's own, skeletons that must be among its own)
    ("عبد", None, {"bd"}),
    ("القادر", None, {"lkdr", "kdr"}),
    ("ولد", None, {"wld", "ld"}),
    ("عوض", None, {"d", "z"}),  # ض is d in Arabic, z in Persian
    ("abdul", skeleton.ARABIC, {"bdl", "bd"}),
    ("qadir", skeleton.ARABIC, {"kdr"}),
    ("najibullah", skeleton.ARABIC, {"njblh"}),
    ("yusuf", skeleton.ARABIC, {"ysf"}),
    ("בנימין", None, {"bnmn"}),
    ("netanyahu", skeleton.HEBREW, {"ntnh"}),
    ("putin", skeleton.KANA, {"btn"}),
]


@pytest.mark.parametrize(("word", "scheme", "expected"), SKELETONS)
def test_consonant_skeletons(word, scheme, expected) -> None:
    if scheme is None:
        found = set(
            skeleton.hebrew(word) if "\u0590" <= word[0] <= "\u05ff" else skeleton.arabic(word)
        )
    else:
        found = set(skeleton.latin_variants(word, scheme))
    assert expected <= found


def test_devanagari_is_no_letter_fragments() -> None:
    # issue 10: vowel signs once broke words into fragments ("vl dmr pt n")
    assert [p.form for p in reduce_query("व्लादिमीर पुतिन").parts] == ["vladimir", "putin"]


# -- matching both ways ---------------------------------------------------------------

LISTED = [
    ("SELASSIE", "SELASSIE, Te'ame Abraha", True), ("GEBREAB", "GEBREAB, Yemane", True),
    ("ABAR", "ABAR PETROLEUM SERVICE SAL (OFFSHORE)", False),
    ("AMLOOD", "AL AMLOOD TRADING LLC", False),
    ("BILAD", "AL-BILAD ISLAMIC BANK FOR INVESTMENT AND FINANCE P.S.C.", False),
    ("KIM", "KIM Jong Un", True), ("CHOE", "CHOE Ryong Hae", True), ("KIMH", "김정은", True),
    ("PUTIN", "Vladimir Putin", True), ("MEDVEDEV", "ドミトリー・メドベージェフ", True),
    ("CHEN", "CHEN Quanguo", True), ("XI", "XI Jinping", True), ("LIH", "李方伟", True),
    ("TSIPRAS", "Alexis Tsipras", True), ("LEVI", "Yinon Levi", True),
    ("NETANYAHU", "בנימין נתניהו", True), ("QADIR", "ABDUL QADIR AHMAD", True),
    ("UBAIDI", "GHAZI HAMMUD AL-UBAIDI", True), ("ASSAD", "بشار الأسد", True),
    ("MODI", "Narendra Modi", True), ("CRIMEA", "Crimea", False), ("RAM", "NR", False),
    ("PRIGOZHIN", "PRIGOZHIN, Yevgeniy Viktorovich", True), ("ASAD", "AL-ASAD, Bashar", True),
    ("TAKAYAMA", "TAKAYAMA, Kiyoshi", True),
    ("HONGXIANG", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", False),
    ("SBER", "Sberbank", False), ("KALASH", "KALASHNIKOV CONCERN", False),
    ("YAMA", "YAMAGUCHI-GUMI", False), ("ZHOU", "ZHOU, Jianshu", True),
    ("CHOUWG", "CHOU, Chien-shu", True), ("GAJIC", "GAJIC-MILOSEVIC, Milica", True),
    ("LJUBIC", "LJUBIC, Djordje", True),
    ("NORINCO", "CHINA NORTH INDUSTRIES GROUP CORPORATION LIMITED", False),
    ("CMCC", "CHINA MOBILE COMMUNICATIONS GROUP CO., LTD.", False),
    ("NEAB", "NORTH EAST ASIA BANK", False), ("HUAWEICN", "华为", False),
]  # fmt: skip

CASES = [
    # (query, owner, found)
    ("김정은", "KIM", True),
    ("김 정은", "KIM", True),
    ("김정남", "KIM", False),  # Kim Jong Nam
    ("김여정", "KIM", False),  # Kim Yo Jong
    ("최룡해", "CHOE", True),
    # a word longer than a Korean name is a foreign name's, read whole
    ("스베르방크", "SBER", True),  # Sberbank
    ("칼라시니코프", "KALASH", True),  # Kalashnikov
    ("남궁민수", "SBER", False),  # Namgung Min-su: four syllables, a Korean name
    ("Kim Jong Un", "KIMH", True),
    ("ウラジーミル・プーチン", "PUTIN", True),
    ("블라디미르 푸틴", "PUTIN", True),
    ("Dmitry Medvedev", "MEDVEDEV", True),
    ("Dmitry Peskov", "MEDVEDEV", False),
    ("陈全国", "CHEN", True),
    ("陈国", "CHEN", False),
    ("习近平", "XI", True),
    ("Li Fangwei", "LIH", True),
    ("Li Fangming", "LIH", False),
    ("Αλέξης Τσίπρας", "TSIPRAS", True),
    ("Αλέξης Μητσοτάκης", "TSIPRAS", False),
    ("Κιμ Γιονγκ Ουν", "KIM", True),  # a foreign name's sounds as Greek writes them
    ("Γιεβγκένι Πριγκόζιν", "PRIGOZHIN", True),
    ("Μπασάρ αλ Άσαντ", "ASAD", True),
    ("Μπασάρ Χασάν", "ASAD", False),
    # Chinese characters of a Korean's or a Japanese name, read as the name table
    # reads the given name's word ("正恩" jeongeun, jongun; "清司" kiyoshi)
    ("金正恩", "KIM", True),
    ("金正男", "KIM", False),  # Kim Jong Nam
    ("高山清司", "TAKAYAMA", True),
    ("高山太郎", "TAKAYAMA", False),
    # a Japanese organisation's name in kanji, read as JMnedict reads it
    ("山口組", "YAMA", True),
    ("山口銀行", "YAMA", False),  # (a bank: its generic word is read as such)
    # Wade-Giles and pinyin, both ways
    ("Chou Chien-shu", "ZHOU", True),
    ("Chou Chien-hua", "ZHOU", False),
    ("Zhou Jianshu", "CHOUWG", True),
    # a Korean's name in Chinese characters, read as Korean, simplified or not
    ("崔龍海", "CHOE", True),
    ("崔龙海", "CHOE", True),
    ("崔龍男", "CHOE", False),
    ("崔海", "CHOE", False),  # two characters: a Chinese name (Cui Hai) far more often
    # a Chinese firm's kind words (CC-CEDICT) read as English kind words, not as a
    # name's syllables ("发展" development, not "fa zhan")
    ("丹东鸿祥实业发展有限公司", "HONGXIANG", True),
    ("丹东鸿运实业发展有限公司", "HONGXIANG", False),
    ("ינון לוי", "LEVI", True),
    ("דוד לוי", "LEVI", False),
    ("Benjamin Netanyahu", "NETANYAHU", True),
    ("احمد عبد القادر", "QADIR", True),
    ("عبدالقادر أحمد", "QADIR", True),
    ("غازي حمود العبيدي", "UBAIDI", True),
    ("غازي حسن", "UBAIDI", False),
    ("Bashar al-Assad", "ASSAD", True),
    ("Bashar Hassan", "ASSAD", False),
    ("नरेंद्र मोदी", "MODI", True),
    ("नरेंद्र सिंह", "MODI", False),
    ("كريم", "CRIMEA", False),  # Karim: three consonants are no evidence alone
    ("नरेंद्र", "RAM", False),  # no fragments that hit short names
    # Ge'ez (Tigrinya, Amharic): the sixth letter's vowel unwritten, so a consonant
    # skeleton too ("ኣብርሃ" abrha, Abraha)
    ("ተኣመ ኣብርሃ ሥላሴ", "SELASSIE", True),
    ("የማነ ገብረኣብ", "GEBREAB", True),
    ("የማነ ገብረሕይወት", "GEBREAB", False),  # another father's name
    ("ቀዳማዊ ኃይለ ሥላሴ ዩኒቨርሲቲ", "SELASSIE", False),  # Haile Selassie I University
    # a firm's Arabic name: its kind words read as English, its legal form as Latin
    ("أبار للخدمات البترولية ش.م.ل. (أوف شور)", "ABAR", True),
    ("العملود للتجارة ذ.م.م", "AMLOOD", True),
    ("مصرف البلاد الإسلامي للاستثمار والتمويل ش.م.خ", "BILAD", True),
    ("بنك البلاد (شركة مساهمة سعودية)", "BILAD", False),  # Bank Albilad, Saudi Arabia
    ("الفرات للتجارة ذ.م.م", "AMLOOD", False),
    # Serbian Cyrillic in Serbian Latin (ц c, ш š, ђ dj), as the lists spell Serbs
    ("Милица Гајић-Милошевић", "GAJIC", True),
    ("Ђорђе Љубић", "LJUBIC", True),
    ("Милица Јовановић", "GAJIC", False),
    # a Chinese firm's name in characters, listed in English: read word for word
    ("中国北方工业有限公司", "NORINCO", True),
    ("中国移动通信集团有限公司", "CMCC", True),  # (移动: movement, migration, mobile)
    ("中国南方贸易有限公司", "NORINCO", False),
    ("株式会社東北銀行", "NEAB", False),  # Tohoku Bank: a Japanese legal form, no kana
    # a name listed in characters, read into syllables, is no word of its own inside a
    # Latin text ("Hua Wei" is a person's given name too)
    ("Hua Wei Chinese Restaurant, Yokohama", "HUAWEICN", False),
    ("Huawei Japan", "HUAWEICN", True),
    ("北方工業株式会社とロシア", "NORINCO", False),  # (kana: Japanese, not read so)
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, person) for owner, name, person in LISTED)


@pytest.mark.parametrize(("query", "owner", "found"), CASES)
def test_names_meet_across_scripts(index, query, owner, found) -> None:
    hits = {h.name.owner: h for h in index.search(query, 75.0)}
    assert (owner in hits) is found, (query, hits.get(owner))
    assert index.search(query, 75.0) == index.search_exhaustive(query, 75.0)


EXPLAINED = [
    ("غازي حمود العبيدي", "UBAIDI", "(transliterated, consonant skeleton)"),
    ("김정은", "KIM", "kim=kim (transliterated)"),
    ("Kim Jong Un", "KIMH", "(transliterated)"),
]


@pytest.mark.parametrize(("query", "owner", "shown"), EXPLAINED)
def test_hits_say_they_were_transliterated(index, query, owner, shown) -> None:
    hit = next(h for h in index.search(query, 75.0) if h.name.owner == owner)
    assert shown in hit.detail


def test_a_skeleton_pair_is_read_in_order_only() -> None:
    # "Syriatel" once met the last two parts of an Arabic name the wrong way round
    index = NameIndex([("ASIRI", "إبراهيم حسن طالع العسيري", False, True)])
    assert index.search("SYRIATEL", 60.0) == []


def test_a_score_on_the_threshold_after_rounding_is_not_pruned() -> None:
    # 100 * 1.8 / 2.4 is 74.99999999999999 in floating point and 75.0 once rounded
    index = NameIndex([("TIKRITI", "علي حسن المجيد التكريتي", False, True)])
    for threshold in (74.9, 75.0, 75.1):
        found = index.search("ELEHSSAN", threshold)
        assert found == index.search_exhaustive("ELEHSSAN", threshold)
    assert [h.score for h in index.search("ELEHSSAN", 75.0)] == [75.0]


KIND_READINGS = [  # (text, the parts read): a kind of firm read where nothing is left unread
    ("マハン航空", ["mahan", "airlines"]),
    # a foreign firm's kind word in katakana (JMdict's loanwords): カンパニー, テクノロジー
    ("メグビー・テクノロジー", ["megubi", "technology"]),
    ("グジョン・シッピング", ["gujon", "shipping"]),
    ("ロシア貯蓄銀行", []),  # (貯蓄, "savings", unread: neither the bank nor the country is)
    ("고려항공", ["koryo", "airlines"]),
    # a Korean firm's kind words before its bank: the Sino-Korean readings of the
    # Chinese kind words (商業 상업, 國際 국제), at the end of its name only
    ("류경상업은행", ["ryukyong", "business", "bank"]),
    ("일심국제은행", ["ilsim", "international", "bank"]),
    ("국제은행", ["kukje", "bank"]),  # (two syllables of its own are left)
    ("김국제", ["kim", "kuk", "je"]),  # (a person's name: no firm's word in it)
    # a city abroad a Chinese firm's name begins with: its English name (GeoNames)
    ("香港鸿祥海运有限公司", ["hong", "kong", "hong", "xiang", "shipping"]),
    ("平壤高丽贸易公司", ["pyongyang", "gao", "li", "trading"]),
    ("新安化工有限公司", ["xinan", "huagong"]),  # (a district of Shenzhen: read as written)
    # a Japanese organisation's name in kanji, read whole (JMnedict), unless a generic
    # word is in it
    ("山口組", ["yamaguchigumi"]),
    ("住吉会", ["sumiyoshikai"]),
    ("みずほ銀行", ["mizuho", "bank"]),
    ("현대자동차(주)", ["hyeondaechadongcha"]),  # (the bracketed legal form dropped)
    ("丹东鸿祥实业发展有限公司", ["dandong", "hongxiang", "industry", "development"]),
    ("华安进出口股份有限公司", ["hua", "an", "import", "export"]),
]


@pytest.mark.parametrize(("text", "forms"), KIND_READINGS)
def test_a_kind_of_firm_is_read_only_where_nothing_is_left_unread(text, forms) -> None:
    assert [p.form for p in reduce_query(text).parts] == forms


SOUTH_SLAVIC = [
    ("Милица Гајић-Милошевић", "Milica Gajić-Milošević"),
    ("Ђорђе Љубић", "Djordje Ljubić"),
    ("Ѓорѓе Ќосе Џеко", "Gjorgje Kjose Džeko"),  # Macedonian
    ("Сергей Лавров", "Сергей Лавров"),  # no letter of those alphabets: may be Russian
]


@pytest.mark.parametrize(("text", "latin"), SOUTH_SLAVIC)
def test_serbian_and_macedonian_cyrillic_in_their_latin(text, latin) -> None:
    assert south_slavic_latin(text) == latin


ENGLISH_READINGS = [  # (text, its first English readings)
    ("中国北方工业有限公司", ["china north industries", "china north industry"]),
    ("江西洪都航空工业股份有限公司", ["jiangxi hongdou airlines industries"]),  # pinyin: no sense
    ("习近平", []),  # a name alone: nothing translated
    ("みずほ銀行", []),  # kana: Japanese
    ("Acme", []),
]


@pytest.mark.parametrize(("text", "first"), ENGLISH_READINGS)
def test_chinese_firms_read_in_english_word_for_word(text, first) -> None:
    assert english_readings(text)[: len(first)] == first


@pytest.mark.parametrize(
    ("word", "english"),
    [("للتجارة", "trading"), ("والتمويل", "finance"), ("القابضة", "holding"),
     ("شركة", "company"), ("البلاد", ""), ("محمد", "")],
)  # fmt: skip
def test_arabic_kind_words_are_read_as_english_without_their_particles(word, english) -> None:
    assert arabickinds.kind_reading(word) == english


def test_arabic_legal_form_abbreviations_are_read_as_latin() -> None:
    assert arabickinds.latin_legal_forms("تاجكو ش.م.م").split() == ["تاجكو", "sarl"]
    assert arabickinds.latin_legal_forms("العملود ذ. م. م").split()[-1] == "llc"
    assert arabickinds.latin_legal_forms("أ.ب.ت").strip() == "أ.ب.ت"  # (no legal form)
