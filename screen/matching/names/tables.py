"""The word tables behind name reduction: generic words, particles, nicknames and
abbreviations, CJK generic and legal words (the legal forms: `legalforms.py`).

The large tables are generated data in `screen/data/` (see `screen/datagen/`
for their sources and provenance); this module reads them once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

from screen.matching.names.countryids import country_id, country_words
from screen.text.conventions import spelt_keys
from screen.text.derived import derived_ids
from screen.text.endings import adjective_spellings, stem
from screen.text.english import singular_of
from screen.text.korean import korean_keys
from screen.text.namefold import fold
from screen.text.orgwords import CJK_LEGAL_FORMS
from screen.text.orgwords import GENERIC as BASE_GENERIC
from screen.text.shipped import Shipped, data_lines
from screen.text.sortedlines import SortedTable, read_whole, table_value

# Name particles: articles, "son of", "father of", family prefixes, vessel prefixes.
PARTICLES = frozenset(
    "al el ul ad ar as at az ash ad da de del della der di do dos du la le van von zu "
    "bin ben ibn bint abu abou ould mv m v ss mt fv".split()
)
# What kind of craft a text names beside a vessel's or an aircraft's name ("vessel
# ARTAVIL", "tanker ARNICA"): the head nouns of the OFAC SDN's vessel types (Crude
# Oil Tanker, Bulk Carrier, Container Ship, Tug, Landing Craft ...), a ship's other
# names (vessel, boat, yacht ...) and an aircraft's.
CRAFT_KINDS = frozenset(
    "vessel ship tanker carrier tug craft boat yacht ferry barge trawler freighter steamer "
    "aircraft airplane aeroplane plane airliner jet helicopter "
    # the other words of the SDN's vessel types ("Crude Oil Tanker", "Bulk Carrier",
    # "General Cargo", "Chemical/Products Tanker", "Roll-on Roll-off" ...), the
    # prefixes of a ship's name and its IMO number's label
    "crude oil products chemical bulk general cargo container passenger bunkering shuttle "
    "platform supply landing lpg lng crew offshore roll on off ro reefer "
    "mv mt my ss sv fv rv imo".split()
)

# Korean words that say what kind of firm it is, read as the English word: "고려항공"
# is Koryo Airlines, not a Koryo Bank; "우리은행" a firm named Uri, not a person.
HANGUL_KINDS = {
    "은행": "bank",
    "무역": "trading",
    "상사": "trading",
    "회사": "company",
    "총회사": "corporation",
    "공사": "corporation",
    "그룹": "group",
    "기업": "enterprise",
    "산업": "industries",
    "공업": "industries",
    "전자": "electronics",
    "항공": "airlines",
    "해운": "shipping",
    "증권": "securities",
    "보험": "insurance",
    "투자": "investment",
    "홀딩스": "holdings",
    "인터내셔널": "international",
    "테크놀로지": "technology",
}


# The same in Chinese and Japanese: read where nothing of the text is left unread
# ("マハン航空" Mahan Airlines; in "ロシア貯蓄銀行" the kanji of "savings" are not
# read, so "bank" is not either: `scriptnames.read_names`).  The Chinese words
# whose first sense in CC-CEDICT is a kind (`data/cjk_kinds.tsv`, made by
# `screen/datagen/cjk_kinds.py`: "实业" industry, "进出口" import export), and by
# hand what the dictionary does not give so: Japanese words and a few readings.
HAN_KANA_KINDS = {
    **dict(line.split("\t") for line in data_lines("cjk_kinds.tsv")),
    # and katakana loanwords whose first sense in JMdict is such a word
    # (`data/ja_kinds.tsv`, `screen/datagen/ja_kinds.py`: カンパニー company)
    **dict(line.split("\t") for line in data_lines("ja_kinds.tsv")),
    **dict.fromkeys(("航空",), "airlines"),
    **dict.fromkeys(("バンク",), "bank"),
    **dict.fromkeys(("商事", "貿易", "贸易"), "trading"),
    **dict.fromkeys(("海運", "海运"), "shipping"),
    **dict.fromkeys(("保険",), "insurance"),
    **dict.fromkeys(("証券", "证券"), "securities"),
    **dict.fromkeys(("工業", "工业", "産業"), "industries"),
    **dict.fromkeys(("電子", "电子"), "electronics"),
    **dict.fromkeys(("ホールディングス", "控股"), "holdings"),
    **dict.fromkeys(("グループ",), "group"),
    **dict.fromkeys(("科技",), "technology"),
    **dict.fromkeys(("物流",), "logistics"),
}
KINDS = frozenset(HAN_KANA_KINDS)

# CJK words that say what kind of party it is, never which: they carry no match.
CJK_GENERIC = tuple(
    sorted(
        {
            *HANGUL_KINDS,
            *HAN_KANA_KINDS,
            *"""銀行 银行 商事 貿易 贸易 公司 分公司 集团 集團 グループ ホールディングス
        産業 工業 工业
        技術 技术 科技 国際 國際 国际 中央 信託 信托 証券 证券 保険 保险 投資 投资 開発 开发
        国家 國家 人民 共和国 共和國 政府 ロシア 俄罗斯 俄羅斯 中国 中國 日本 韓国 韩国 本店 支店
        支社 本社 営業所 事務所 事务所 駐在員 東京 北京 上海 大阪 モスクワ 莫斯科 联邦 聯邦 連邦
        株式会社 有限会社 合同会社 有限公司 股份 控股 实业 實業 电子 電子 通信 物産 物流
        信用金庫 金庫 組合 協会 协会 研究所 大学 センター 中心 ジャパン バンク 銀 行
        러시아 중국 일본 한국 대한민국""".split(),
        },
        key=lambda w: (-len(w), w),  # longest first, then as written (a set's order varies)
    )
)


def _load_aliases() -> Mapping[str, str]:
    """Each word of a group (its first word the canonical name) -> the canonical
    names of its groups, sorted, apart by spaces: a `SortedTable`, read by bisection."""
    found: dict[str, tuple[str, ...]] = {}
    for line in data_lines("name_aliases.tsv"):
        words = line.split("\t")
        canonical = words[0]
        for word in words:
            held = found.get(word)
            if held is None:
                found[word] = (canonical,)
            elif canonical not in held:
                found[word] = tuple(sorted((*held, canonical)))
    return SortedTable.of({word: " ".join(names) for word, names in found.items()}, ordered=False)


# Words for a branch, office or department of a party: what a consignee field adds
# to the party's name ("Sberbank Moscow Branch", "VTB Representative Office").
BRANCH_WORDS = frozenset(
    """branch branches office offices representative representation rep department dept
    division unit subsidiary affiliate headquarters hq filial filiale sucursal succursale
    niederlassung zweigniederlassung predstavitelstvo otdelenie filiya agency bureau
    station desk centre center regional head main""".split()
)


def _load_generic() -> frozenset[str]:
    words = set(BASE_GENERIC) | BRANCH_WORDS
    words.update(data_lines("generic_words.txt"))
    return frozenset(words)


# Read when first needed, or handed in from the cache (`legalforms.use_word_tables`).
_ALIASES = Shipped(_load_aliases)
GENERIC = _load_generic()


def aliases() -> Mapping[str, str]:
    """The nickname and abbreviation groups' table in use (`_load_aliases`)."""
    return _ALIASES.get()


def use_aliases(table: Mapping[str, str]) -> None:
    """Use `table` (built earlier by the same reader, e.g. read from a cache)."""
    _ALIASES.use(table)


# One person name's spellings in other languages (Sergey, Sergejs, Serhiy): each
# word with the names it spells, as ids that no word can be (the mark first), read
# from the sorted table by bisection (`screen.datagen.name_variants`)
VARIANT_MARK = "~"


VARIANTS = "name_variants.tsv"  # the table of person names' spellings (`datagen`)


def name_ids(alts: Iterable[str]) -> frozenset[str]:
    """The person-name ids among a part's alternatives (empty: no name's spelling)."""
    return frozenset(a for a in alts if a[:1] == VARIANT_MARK)


def variant_ids(word: str) -> tuple[str, ...]:
    """The ids of the person names `word` is a spelling of (none for most words)."""
    value = table_value(VARIANTS, word)
    return tuple(value.split(" ")) if value else ()


def read_variants_whole() -> None:
    """Read the name-variant table into a dict now: a list build asks it for every
    distinct word, and forked workers then share the one read before them."""
    read_whole(VARIANTS)


def word_alts(word: str) -> tuple[str, ...]:
    """What a word stands for besides itself: its nickname and abbreviation groups'
    canonical names, the ids of the names it spells, the name without a Baltic ending
    (Putinas, Lavrovs: `text.endings`), the keys of the word as another convention
    spells it (`spelt_keys`: "Setchine" sechin), of a word read as romanized Korean
    (Jeong, Jong: `text.korean`), of the English word one no name is the plural
    of ("Machineries"; not "Abbas"), the id of the one country it names ("Burma":
    `countryids`) and of the roots it shares with English words made from it or it
    from them ("machinery", "machine"; "engineers", "engineering": `text.derived`)."""
    base = stem(word)
    own = fold(word)
    spelt = [key for key in spelt_keys(word) if key != own]
    return (
        *_groups(word).split(),
        *(() if (ids := spelling_ids(word, own)) else map(fold, singular_of(word))),
        *ids,
        *((fold(base),) if base else ()),
        *dict.fromkeys(spelt),
        *korean_keys(word),
        *((country,) if (country := country_id(word)) else ()),
        *derived_ids(word),
        *(i for one in singular_of(word) for i in derived_ids(one)),
    )


def _groups(word: str) -> str:
    """The canonical names of the word's groups, of another spelling of its Russian
    adjective ending if it has none ("mekhanichesky": mekhanicheskiy's, mechanical)."""
    table = _ALIASES.get()
    return table.get(word) or next(filter(None, map(table.get, adjective_spellings(word))), "")


def spelling_ids(word: str, own: str = "") -> tuple[str, ...]:
    """The ids of the names `word` spells (`variant_ids`), else those of its key
    (`own`: `fold(word)`) if it is written letter for letter ("Volodymyr" as
    "volodimir"; a doubled letter folded away is a typo's as often as a spelling's)."""
    ids = variant_ids(word)
    if ids:
        return ids
    own = own or fold(word)
    return variant_ids(own) if own != word and len(own) == len(word) else ()


# the generic ones: "China" and "Russian" in "China Agricultural Bank" / "Russian
# Agricultural Bank" say which bank, once the rest is plain words
PLACES = {word: codes for word, codes in country_words().items() if word in GENERIC}


def _load_cjk_places() -> dict[str, str]:
    """CJK country names that are generic words (ロシア, 中国), each read as the
    country's one-word English name, a place word (`PLACES`)."""
    english: dict[str, str] = {}
    for word, codes in sorted(PLACES.items(), key=lambda item: (len(item[0]), item[0])):
        if len(codes) == 1:
            english.setdefault(next(iter(codes)), word)  # the shortest: the country's name
    generic = frozenset(CJK_GENERIC)  # a set: 8,800 lines each looked up in it
    out = {}
    for line in data_lines("country_names.tsv"):
        if line.isascii():  # no CJK name
            continue
        name, code = line.split("\t")
        if name in generic and code in english:
            out[name] = english[code]
    return out | HANGUL_KINDS | HAN_KANA_KINDS


class _OnFirstUse(Mapping[str, str]):
    """A table built the first time it is read: only names written in Chinese,
    Japanese or Korean read `CJK_PLACES`, and building it reads 8,800 lines."""

    def __init__(self, build: Callable[[], dict[str, str]]) -> None:
        self._build = build
        self._table: dict[str, str] | None = None

    def _got(self) -> dict[str, str]:
        if self._table is None:
            self._table = self._build()
        return self._table

    def __getitem__(self, key: str) -> str:
        return self._got()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._got())

    def __len__(self) -> int:
        return len(self._got())


CJK_PLACES: Mapping[str, str] = _OnFirstUse(_load_cjk_places)

# Titles, ranks and honorifics before a person's name ("Mr", "General", "Sheikh").
TITLES = frozenset(data_lines("person_titles.txt"))


def cjk_residue(cjk: str, query: bool = False) -> str:
    """The CJK text a listed name must find in a query: legal forms removed, and
    nothing at all when what is left is only generic words (銀行, 商事, ロシア ...).
    A query keeps its CJK text whole."""
    if not cjk or query:
        return cjk
    residue = cjk
    for form in CJK_LEGAL_FORMS:
        residue = residue.replace(form, "")
    distinctive = residue = residue.strip("株")
    for word in CJK_GENERIC:
        distinctive = distinctive.replace(word, "")
    return residue if len(distinctive) >= 2 else ""
