"""Korean names in Revised Romanization against names listed in McCune-Reischauer,
and the reverse (`screen.text.korean`): "Kim Jeong-eun" is KIM, Jong Un.  Look-alikes
stay clear: Chinese names that read as pinyin (Yu and Ryu, Jin and Chin), other
languages' words of several syllables (Gamel and Kamel, Hala and Hara).  Each row
checks the index against exhaustive scoring too."""

from __future__ import annotations

import pytest

from screen.matching.names import NameIndex
from screen.matching.names.parts import reduce_query
from screen.text.korean import korean_keys, korean_pair, shared_key

LISTED = [  # (owner, name as listed, person?)
    ("KJU", "KIM, Jong Un", True),
    ("KYJ", "KIM, Yo Jong", True),
    ("RPC", "RI, Pyong Chol", True),
    ("HPS", "HWANG, Pyong So", True),
    ("OKR", "O, Kuk-Ryol", True),
    ("KCC", "KIM, Chong Chol", True),
    ("PYS", "PAK, Yong Sik", True),
    ("CKS", "CHON, Kum Son", True),
    ("RKS", "RYU, Kyong Su", True),
    ("GJC", "GIM, Jeong Cheol", True),
    ("JGS", "JEON, Geum Seon", True),
    ("RYU", "RYU, Jin", True),
    ("KAMEL", "KAMEL, Hala", True),
    ("CHIN", "CHANG, Chin Sung", True),
]

CASES = {
    "Revised Romanization for McCune-Reischauer": [  # (query, owner, hit)
        ("Kim Jeong-eun", "KJU", True),
        ("Kim Yeo-jeong", "KYJ", True),
        ("Ri Byeong-cheol", "RPC", True),
        ("Hwang Byeong-seo", "HPS", True),
        ("Oh Guk-ryeol", "OKR", True),
        ("Gim Jeong-cheol", "KCC", True),
        ("Bak Yeong-sik", "PYS", True),
        ("Jeon Geum-seon", "CKS", True),
        ("Ryu Gyeong-su", "RKS", True),
    ],
    "McCune-Reischauer for a name listed in Revised Romanization": [
        ("Kim Jong-chol", "GJC", True),
        ("Chon Kum-son", "JGS", True),
    ],
    "look-alikes that stay clear": [
        ("Jin Yu", "RYU", False),  # Chinese Yu, no North Korean Ryu
        ("Gamel Hara", "KAMEL", False),  # two syllables each, no vowel only Korean
        # writes; an r inside a word is never an l
        ("Jing Jin Sung", "CHIN", False),  # Jin and Chin: pinyin and Wade-Giles
        ("Kim Jeong-il", "KJU", False),  # another given name
        ("Park Yo-han", "KYJ", False),
    ],
}


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((o, n, False, p) for o, n, p in LISTED)


@pytest.mark.parametrize(
    ("pattern", "query", "owner", "hit"),
    [(p, q, o, h) for p, cases in CASES.items() for q, o, h in cases],
)
def test_korean_names_in_either_romanization(index, pattern, query, owner, hit) -> None:
    hits = {h.name.owner: h for h in index.search(query, 75.0)}
    assert (owner in hits) is hit, (pattern, query, hits.get(owner))
    assert index.search(query, 75.0) == index.search_exhaustive(query, 75.0)


def test_a_korean_hit_explains_itself(index) -> None:
    (hit,) = [h for h in index.search("Kim Jeong-eun", 75.0) if h.name.owner == "KJU"]
    assert "jeong~jong (Korean in another romanization)" in hit.detail


@pytest.mark.parametrize(
    ("one", "other", "meet"),
    [
        ("jeong", "jong", True),
        ("jeong", "chong", True),  # MR writes ㅈ "ch" too
        ("eun", "un", True),
        ("byeong", "pyong", True),
        ("cheol", "chol", True),
        ("guk", "kuk", True),
        ("ryeol", "ryol", True),  # the South reads 렬 열 at a name's start
        ("ryeol", "yeol", True),
        ("rim", "im", True),
        ("ri", "li", False),  # Li is pinyin: a Chinese name too
        ("sin", "shin", True),
        ("gim", "kim", True),
        ("seong", "song", True),  # Song reads as pinyin; Seong shows its vowel
        ("taedong", "daedong", True),
        ("cheonmasan", "chonmasan", True),
        ("dong", "tong", False),  # pinyin both
        ("yu", "ryu", False),
        ("jin", "chin", False),
        ("gamel", "kamel", False),  # several syllables, no vowel only Korean writes
        ("hala", "hara", False),
        ("jeong", "jung", False),  # another vowel
        ("kim", "kin", False),
        ("smith", "smith", False),  # no Korean syllables: no key
    ],
)
def test_two_romanizations_of_a_syllable_meet(one, other, meet) -> None:
    keys = korean_keys(one), korean_keys(other)
    assert (shared_key(*keys) and korean_pair(one, other)) is meet


def test_a_word_read_as_korean_carries_its_key_as_an_alternative() -> None:
    jeong, jong = (reduce_query(w).parts[0] for w in ("Jeong", "Jong"))
    assert set(jeong.alts) & set(jong.alts) == set(korean_keys("jeong")) == {"^cong"}
    assert korean_keys("x") == korean_keys("kimkimkimkim") == korean_keys("o'neil") == ()
