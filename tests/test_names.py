"""Party names: one case table per pattern of issue 10, explanations, bounds.

Each case: (query, listed owner, found?).  The listed names below are ordinary
names of each kind; the benchmark with thousands of pairs is bench/names_quality.py.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screen.matching.names import NameIndex
from screen.matching.names.parts import reduce_query
from screen.text.arabicnames import ancestors
from screen.text.conventions import english_spellings
from screen.text.endings import feminine_of

LISTED = [
    ("JUNCKER", "JUNCKER, Jean-Claude", True),
    ("FROST", "William W. Frost", True),
    ("ZHELEZNYAK", "ZHELEZNYAK, Sergei Vladimirovich", True),
    ("SBER", "Sberbank", False),
    ("VTB", "VTB", False),
    ("VTB", "VTB Bank", False),
    ("VTB", "VTB銀行", False),
    ("ZUBR", "ズベルバンク", False),
    ("PUTIN", "PUTIN, Vladimir Vladimirovich", True),
    ("BERMUDEZ", "BERMUDEZ SUAZA, Pedro Antonio", True),
    ("TIKRITI", "AL-TIKRITI, Saddam Hussein", True),
    ("KOROBOV", "KOROBOV, Igor Valentinovich", True),
    ("KHAN", "KHAN, Mali", True),
    ("AYARI", "AYARI, Chiheb Ben Mohamed", True),
    ("RELIEF", "Global Relief Foundation", False),
    ("KHALIL", "KHALIL, Alexander Rahman", True),
    ("SIEMENS", "Siemens Energy", False),
    ("YEKATOM", "ALFRED YEKATOM", True),
    ("SHIRI", "SHIRI, Perence", True),
    ("MUJURU", "MUJURU, Joyce Teurai Ropa", True),
    ("SATTARI", "SHAHID SATTARI INDUSTRIES", False),
    ("SOCIAL", "AL-SHAHID SOCIAL ASSOCIATION", False),
    ("AMLOOD", "AL AMLOOD TRADING LLC", False),
    ("AKSYONOV", "AKSYONOV, Sergey", True),
    ("AZZAM", "ABDALLAH AZZAM BRIGADES", False),
    ("SUFAAT", "YAZID SUFAAT", True),
    ("ZAINI", "ZAKARIA, Zaini", True),
    ("KABI", "AL-KA'BI, Sa'd bin Sa'd Muhammad Shariyan", True),
    ("NEDOVIZ", "VOLODYMYR NEDOVIZ", True),
    ("HONGJH", "HONG, Jinhua", True),
    ("RIVERAM", "RIVERA MARADIAGA, Santos Isidro", True),
    ("BASHIRO", "BASHIR, Omar", True),
    ("HATO", "AGROPECUARIA HATO SANTA MARIA LTDA.", False),
    ("LUKAV", "LUKASHENKA, Viktar Aliaksandravich", True),
    ("BOONCHUA", "BOONCHUA, Chanchira", True),
    ("ATACAR", "ATACAR OTOMOTIV DIS TICARET VE SAVUNMA SANAYI LIMITED SIRKETI", False),
    ("GOODWILL", "Goodwill Shipping", False),
    ("PLANT", "Plant 44 Kazan", False),
    ("NOOR", "NOOR 1", False),  # ships numbered in digits and in Roman numerals
    ("HAPPINESS", "HAPPINESS I", False),
    ("FIRSTEAST", "First East Export Bank", False),
    ("ROMASHKA", "Romashka", False),
    ("PLA", "People's Liberation Army", False),
    ("SL", "SL", False),  # a two-letter alias, as the OFAC SDN has many
    ("KMC", "KMC", False),  # three letters: hundreds in the SDN
    ("ENB", "Bank-e Eghtesad Novin", False),  # its initials spell an English word
    ("IRGC", "IRGC", False),  # four
    ("NEC", "NOVIN ENERGY COMPANY", False),  # three letters, one a legal form's
    ("ABB", "AL-BARAKAAT BANK", False),  # one an article's, one a generic word's
    ("NITC", "NATIONAL IRANIAN TANKER COMPANY", False),  # four letters
    ("TC", "TC SHIPPING COMPANY LIMITED", False),
    ("AQSA", "AL-AQSA E.V.", False),
    ("HAN", "WEI, Ta Han", True),
    ("ABU", "ABU MUSAB", True),
    ("CRP", "CRP", False),  # (read as an abbreviation of "corporation" too)
    ("ONDOA", "Marie-Therese Abena Ondoa", True),
    ("PAO", "PAO, Yu Yi", True),
    ("WHITAKER", "James Whitaker", True),
    ("DANIEL", "DANIEL", False),
    ("MAJID", "Ali Hassan Abdul Majid Tikriti", True),
    ("MCLINTOCK", "MCLINTOCK, James Alexander", True),
    ("TIKHO", "Tikhomirov Scientific Research Institute of Instrument Design", False),
    ("GHODS", "Mahab Ghodss Consulting Engineers", False),
    ("VORONTSOVA", "Maria Vladimirovna Vorontsova", True),
    ("ZELENSKYY", "Volodymyr Oleksandrovych Zelenskyy", True),
    ("SERGEY", "Sergey Viktorovich Lavrov", True),
    ("CRIMEA", "Crimea", False),
    ("SECHIN", "SECHIN, Igor", True),
    ("CHEMEZOV", "CHEMEZOV, Sergei Viktorovich", True),
    ("NARYSHKIN", "NARYSHKIN, Sergey Yevgenyevich", True),
    ("DUGIN", "DUGIN, Aleksandr", True),
    ("SURKOV", "SURKOV, Vladislav Yurievich", True),
    ("KARNES", "7 KARNES", False),
    ("RUTA", "RUTA 33", False),
    ("DERIPASKA", "DERIPASKA, Oleg Vladimirovich", True),
    ("ALRAWI", "Abou Sadeq Alrawi", True),
    ("CANADUZ", "CANADUZ S.A.", False),
    ("ASSAD", "AL-ASSAD, Bashar", True),
    ("RI", "RI, U'n-so'ng", True),
    ("CHU", "CHU, Na", True),
    ("KORYO", "AIR KORYO", False),
    ("KORYOBANK", "KORYO BANK", False),
    ("IRANAIR", "IRAN AIR", False),
    ("MAHANAIR", "MAHAN AIR", False),
    ("ROSSIYA", "BANK ROSSIYA", False),
    ("TAESONG", "CHOSON TAESONG UNHAENG", False),
    ("PANTELEEV", "PANTELEEV, Oleg", True),
    ("SALIM", "SALIM S.A.", False),
    ("SHURAYQI", "SHURAYQI, 'Abd-al-Salam", True),
    ("SAMAN", "SAMAN BANK", False),
    ("DARASSA", "ALI DARASSA", True),
    ("HAMIDALI", "AL-'ALI, Hamid", True),
    ("MELLAT", "BANK MELLAT", False),
    ("SEPAH", "BANK SEPAH", False),
    ("INTERNATIONAL", "Tosan International Trading", False),
    ("MAHAN", "MAHAN AIR", False),
    ("RSHB", "Russian Agricultural Bank", False),
    ("RSHB", "俄罗斯农业银行", False),
    ("HUAWEI", "華為", False),
    ("GPB", "ガスプロムバンク", False),
    ("QAIDA", "Al Qa'ida", False),
    ("UVZ", "Uralvagonzavod", False),
    ("QADULI", "Abd al-Rahman Mustafa al-Qaduli", True),
    ("NASRALLAH", "Hassan Nasrallah", True),
    ("SALADIN", "Salah al-Din Ahmed", True),
    ("HEKMATYAR", "HEKMATYAR, Gulbuddin", True),
    ("HASAN", "Muhammad Hasan Khan", True),
    ("QADHAFI", "QADHAFI, Muammar", True),
    ("YUSUF", "Yusuf Kathim", True),
    ("LUKA", "LUKASHENKA, Alyaksandr Hryhoryavich", True),
    ("KIMKC", "KIM, Kwang Chun", True),
    ("MUROV", "MUROV, Evgeniy Alekseyevich", True),
    ("LADIN", "Usama bin Muhammad ibn Awad ibn Ladin", True),
    ("BINLADIN", "BIN LADIN, Usama bin Muhammad bin Awad", True),
    ("ANIZI", "AL-'ANIZI, 'Abd al-Rahman Khalaf 'Ubayd Juday'", True),
    ("AHDAL", "AL-AHDAL, Abdallah Bin Faisal", True),
    ("RUBAYSH", "AL RUBAYSH, Ibrahim Bin Sulayman", True),
]

CASES = {
    "partial": [
        ("Pedro Bermudez", "BERMUDEZ", True),
        ("Bermudez Pedro", "BERMUDEZ", True),
        ("Saddam Hussein Tikriti", "TIKRITI", True),  # "Al-" dropped
        ("Pedro Gomez", "BERMUDEZ", False),  # same given name
        ("Juan Bermudez", "BERMUDEZ", False),  # same surname
        # a rank or an honorific before the name (nameparser, rigour and kept honorifics)
        ("Air Marshal Perence Shiri", "SHIRI", True),
        ("Field Marshal Perence Shiri", "SHIRI", True),
        ("Khun Chanchira Boonchua", "BOONCHUA", True),
        ("Hajjah Chanchira Boonchua", "BOONCHUA", True),
        ("Khun Somchai Boonchua", "BOONCHUA", False),
        ("Air Marshal Perence Mavhunga", "SHIRI", False),
        ("Cde Perence Shiri", "SHIRI", True),  # (Zimbabwe: comrade, Shona "Amai")
        ("Amai Joice Mujuru", "MUJURU", True),
        ("Amai Joice Banda", "MUJURU", False),
        ("Santos Isidro Rivera Jr.", "RIVERAM", True),  # a word after a name (nameparser)
        ("Santos Isidro Rivera Esq.", "RIVERAM", True),
        ("Ahmad Omar Bashir", "BASHIRO", False),  # a son's name before his father's
    ],
    "context": [
        ("Acme Logistics c/o Sberbank", "SBER", True),
        ("Ural Supply House, agent for VTB Bank", "VTB", True),
        ("On behalf of Sberbank, 19 Vavilova St, Moscow", "SBER", True),
        ("Sberbank Moscow Branch", "SBER", True),
        # a kind of party, not which: insurance, consulting, offshore (rigour's symbols)
        ("Sberbank Insurance Company", "SBER", True),
        ("Sberbank Strakhovaya Kompaniya", "SBER", True),
        ("Sberbank Offshore Ltd", "SBER", True),
        ("Acme Logistics c/o Sovcombank", "SBER", False),
        # each line of a field is a segment of its own: an "attn" line above the name,
        # the address below it
        ("NOTIFY PARTY: attn Mr. Li\nGoodwil Shipping\nDalian, PRC", "GOODWILL", True),
        ("Mr. Chen\nFirst East Exp. Bank", "FIRSTEAST", True),
        ("Consignee: Global Relief Fdn.\nP.O. Box 771, Bridgeview IL", "RELIEF", True),
        ("Attn: Daniel Moore\nBlue Harbor Freight Ltd\nRotterdam", "DANIEL", False),
        # a SWIFT field's numbered lines (MT103 50F: 1/ name, 2/ address, 3/ country/town)
        ("1/PUTIN VLADIMIR VLADIMIROVICH 2/KREMLIN 3/RU/MOSCOW", "PUTIN", True),
        ("1/IVANOV PETR 2/KREMLIN 3/RU/MOSCOW", "PUTIN", False),
        # a document's reference pasted before the name is no part of it
        ("REF:REMIT/0093 KOROBOV IGOR VALENTINOVICH", "KOROBOV", True),
        ("PO#4471 Goodwil Shipping", "GOODWILL", True),
        ("INV/2024/118 Sovcombank", "SBER", False),
        # another name of the same party after "alias", "dit", "known as", "он же": a
        # segment of its own
        ("Alfred Yekatom dit Rambo", "YEKATOM", True),
        ("Alfred Yekatom alias Rambo", "YEKATOM", True),
        ("Rambo, also known as Alfred Yekatom", "YEKATOM", True),
        ("Alfred Yekatom a/k/a Rambo", "YEKATOM", True),
        ("Игорь Коробов он же Игорь Валентинович", "KOROBOV", True),
        ("Alfred Yekadom dit Rambo", "YEKATOM", True),  # (a typo still a typo)
        ("Alfred Yelken dit Rambo", "YEKATOM", False),
        ("Alfred Rambo alias Big Al", "YEKATOM", False),
        # padded with words that say nothing, past the parts a text is read for
        ("Trading " * 100 + "Sberbank", "SBER", True),
        ("Trading Co " * 60 + "Sberbank", "SBER", True),
        ("Trading, " * 100 + "Sberbank", "SBER", True),
        ("Trading " * 100 + "Sovcombank", "SBER", False),
        # a Russian name as Latvian and Lithuanian write it
        ("Sergejs Aksjonovs", "AKSYONOV", True),
        ("Sergejus Aksjonovas", "AKSYONOV", True),
        ("Sergejs Aksjutins", "AKSYONOV", False),
        # a town after the legal form stands apart, as after a comma
        ("Al Amlod Trading LLC Dubai", "AMLOOD", True),
        ("Al Amlod Trading LLC, Dubai", "AMLOOD", True),
        ("Al Amlod Trading LLC Dubai UAE", "AMLOOD", True),
    ],
    "typo": [
        ("Sberbnak", "SBER", True),
        ("Igr Valentinovich Korobov", "KOROBOV", True),  # a typo in a short word
        ("Mli Khan", "KHAN", True),
        ("Vladimir Pavlov", "PUTIN", False),
    ],
    "folding": [
        ("James Alexander MacLintock", "MCLINTOCK", True),  # Mac and Mc: one "son of"
        ("James Alexander McLaren", "MCLINTOCK", False),
        # Persian and Arabic غ and ق, written gh or q alike
        ("Mahab Qods Consulting Engineers", "GHODS", True),
        ("Mahab Qadr Consulting Engineers", "GHODS", False),
        ("Vladimir Vladimirovitch Poutin", "PUTIN", True),
        ("Saddam Husein Al Tikrity", "TIKRITI", True),
        ("Volodimir Zelenskiy", "ZELENSKYY", True),  # y and i: two edits, one spelling
        ("Sergej Lavrov", "SERGEY", True),  # j after a vowel is the i of Sergei
        ("Sergej Lavrin", "SERGEY", False),
        ("Al Qaeda", "QAIDA", True),  # a vowel for another inside a word: half an edit
        ("Muammar Gaddafi", "QADHAFI", True),  # dh written d, q as g: one edit left
        ("Youssef Kazim", "YUSUF", True),  # ou for u, th for z/dh (Arabic ظ)
        ("Youssef Hamid", "YUSUF", False),
        ("Yooussef Kathim", "YUSUF", True),  # a doubled letter splits no pair ("oou")
        # a Russian name as French and German write it (tch/tsch, ch/sch, ou, -ine)
        ("Igor Setchine", "SECHIN", True),
        ("Igor Setschin", "SECHIN", True),
        ("Serguei Narychkine", "NARYSHKIN", True),
        ("Alexandre Douguine", "DUGIN", True),
        ("Alexandre Doukine", "DUGIN", False),
        ("Igor Setchenko", "SECHIN", False),
        ("Sergej Tschemesow", "CHEMEZOV", True),  # German s between vowels: з
        ("Sergej Tschemelow", "CHEMEZOV", False),
        # a family name's feminine form is another person's (a wife, a daughter)
        ("Vladislava Surkova", "SURKOV", False),
        ("Vladislav Surkov", "SURKOV", True),
        ("Vladislav Surkow", "SURKOV", True),
        ("Vladislava Surkov", "SURKOV", False),  # (a given name's feminine form too)
    ],
    "joined": [
        ("VladimirPutin", "PUTIN", True),
        ("SiemensEnergy AG", "SIEMENS", True),
        ("Good Will Shipping", "GOODWILL", True),
        ("Vladimi rPutin", "PUTIN", True),
        ("Siemen Senergy", "SIEMENS", True),
        ("Goodyear Shipping", "GOODWILL", False),
        ("Ural Vagon Zavod", "UVZ", True),  # one word in three pieces
        ("Ural Vagon Works", "UVZ", False),
    ],
    "numbers": [
        ("Plant Forty-Four Kazan", "PLANT", True),
        ("Plant XLIV Kazan", "PLANT", True),
        ("Plant Forty 4 Kazan", "PLANT", True),  # the units as a digit
        ("Plant Forty 5 Kazan", "PLANT", False),
        ("1st East Export Bank", "FIRSTEAST", True),
        ("Vlad1m1r Put1n", "PUTIN", True),
        ("0LEG DER1PASKA", "DERIPASKA", True),  # no number starts with a 0
        # numbers in words of other languages (num2words): a run, or a long word alone
        ("Siete Karnes", "KARNES", True),
        ("Ruta Treinta y Tres", "RUTA", True),
        ("Ruta Treinta y Cuatro", "RUTA", False),
        ("Ruta Trinta e Tres", "RUTA", True),  # Portuguese
        ("Plant 45 Kazan", "PLANT", False),
        # a lone letter that is a Roman numeral: a ship's number
        ("MV Noor I", "NOOR", True),
        ("MT Happiness 1", "HAPPINESS", True),
        ("Noor V", "NOOR", False),
        ("Happiness II", "HAPPINESS", False),
    ],
    "leetspeak": [  # digits inside a word, each for the letters it can stand for
        ("I9or Valent1novich Korobov", "KOROBOV", True),  # 9=g, 1=i
        ("Sber8ank", "SBER", True),  # 8=b
        ("Maria V1adimirovna Vorontsova", "VORONTSOVA", True),  # 1=l, its second reading
        ("5i3m3ns En3r6y", "SIEMENS", True),  # 6=g
        ("R0m45hka", "ROMASHKA", True),  # 5=s, 4=a
        ("Sovc0mbank", "SBER", False),
        ("L4v4nda", "ROMASHKA", False),
        ("Plant A380 Kazan", "PLANT", False),  # a code: more digits than letters
    ],
    "initials": [  # given names as initials, one by one or run together
        ("J.-C. Juncker", "JUNCKER", True),
        ("JC Juncker", "JUNCKER", True),
        ("J. Juncker", "JUNCKER", True),
        ("Frost, William W.", "FROST", True),
        ("W. W. Frost", "FROST", True),
        ("SV Zheleznyak", "ZHELEZNYAK", True),
        ("EA Murov", "MUROV", True),  # two letters may be initials, vowels or not
        ("C. B. M. Ayari", "AYARI", True),  # "Ben" initialled as a given name is
        ("X. B. M. Ayari", "AYARI", False),
        ("EO Murov", "MUROV", False),  # (but the listed names' own, in their order)
        ("AE Murov", "MUROV", False),
        ("Sergei V. Zheleznyak", "ZHELEZNYAK", True),
        ("Frost, William G.", "FROST", False),  # another middle initial: another man
        ("William George Frost", "FROST", False),
        ("Sergei S. Zheleznyak", "ZHELEZNYAK", False),  # another father's initial
        ("JM Juncker", "JUNCKER", False),
        ("N. N.", "JUNCKER", False),  # initials alone name nobody
        ("VTB Juncker Bank", "JUNCKER", False),  # a run is read in a short text of names only
    ],
    "legal_form": [
        ("Общество с ограниченной ответственностью Ромашка", "ROMASHKA", True),
        ("Romashka Gesellschaft mit beschränkter Haftung", "ROMASHKA", True),
        ("Romashka Societatea cu răspundere limitată", "ROMASHKA", True),
        ("Romashka public limited company", "ROMASHKA", True),
        ("Lavanda Aktiengesellschaft", "ROMASHKA", False),
    ],
    "cjk_generic": [
        ("みずほ銀行", "VTB", False),
        ("株式会社三井住友銀行", "VTB", False),
        ("ロシア貯蓄銀行", "VTB", False),
        ("VTB銀行", "VTB", True),
        ("ズベルバンク東京支店", "ZUBR", True),
        ("華爲技術", "HUAWEI", True),  # 爲 is a variant of 為
        ("ガスプロム・バンク", "GPB", True),  # "・" divides a foreign name's words
        ("中国农业银行", "RSHB", False),  # Agricultural Bank of China: another country
        ("俄羅斯農業銀行", "RSHB", True),
        # Korean: a firm's kind word read as the English word, the rest a firm's name
        ("우리은행", "RI", False),  # Woori Bank: "uri" and a bank, not Ri U'n-so'ng
        ("현대자동차(주)", "CHU", False),  # "(주)" is 주식회사 (Co., Ltd.), not Chu
        ("고려항공", "KORYO", True),  # Air Koryo
        ("고려항공", "KORYOBANK", False),  # an airline is not Koryo Bank
        ("이란항공", "IRANAIR", True),
        ("조선대성은행", "TAESONG", True),  # the list's Choson Taesong Unhaeng
        # Japanese and Chinese too, where no kanji is left unread
        ("マハン航空", "MAHANAIR", True),
        ("イラン航空", "IRANAIR", True),
        ("ロシア貯蓄銀行", "ROSSIYA", False),  # ("savings" unread: nor is "bank")
    ],
    "vowels": [  # vowels written another way, each half an edit (real OFAC aliases)
        ("Mohammed Hassan Khan", "HASAN", True),
        ("Mohamed Hasan Khan", "HASAN", True),
        ("Golboddin Hikmetyar", "HEKMATYAR", True),
        ("Mahmoud Hasan Khan", "HASAN", False),  # another name: a letter more
        ("Mohammed Hassan Kahn", "HASAN", True),
        ("Mohammed Hussein Khan", "HASAN", False),
    ],
    "arabic_compound": [  # Abd al-X, X al-Din, X Allah: every way of writing them
        ("Abdul Rahman Mustafa Qaduli", "QADULI", True),
        ("Abdurrahman Mustafa al-Kaduli", "QADULI", True),
        ("Abd ar-Rahman Mustafa al-Qaduli", "QADULI", True),
        ("Abdelrahman Moustafa Qaduli", "QADULI", True),
        ("عبد الرحمن مصطفى القادولي", "QADULI", True),
        ("Abdul Rahim Mustafa al-Qaduli", "QADULI", False),  # another name
        ("Abdul Karim Mustafa al-Qaduli", "QADULI", False),
        ("Hasan Nasrullah", "NASRALLAH", True),
        ("حسن نصر الله", "NASRALLAH", True),
        ("Hassan Nasr", "NASRALLAH", False),  # Nasr is another name
        ("Salahuddin Ahmed", "SALADIN", True),
        ("Salah ad-Din Ahmed", "SALADIN", True),
        ("Nuruddin Ahmed", "SALADIN", False),
    ],
    "cross_script": [
        ("Владимир Путин", "PUTIN", True),
        ("ماري تيريز أبينا أوندوا", "ONDOA", True),  # a voiced "s": Therese, تيريز
        ("كريم", "CRIMEA", False),
        # katakana: coarse consonant classes, so a skeleton says less
        ("バッシャール・アル＝アサド", "ASSAD", True),
        ("ロステック", "ALRAWI", False),  # r-s-t-k as "alrawi sadeq" run together
        ("アコノジセ", "CANADUZ", False),  # k-n-t-s: four blurred consonants
        # a skeleton's evidence: its own consonants, not the article's
        ("بنك ملت", "MELLAT", True),  # Bank Mellat
        ("بانک سپه", "SEPAH", True),  # Bank Sepah, in Persian
        ("السلام", "SALIM", False),  # "al-Salam": s-l-m, the article's l no evidence
        ("بنك الياسمين ذ.م.م", "SAMAN", False),  # al-Yasmin: its ya a consonant
        ("شركة السلام", "SHURAYQI", False),  # shrkh (company) never meets a name
        ("بنك الخليج", "PANTELEEV", False),  # b-n-k-l-j / b-n-t-l-j: two words each
        ("دار الأصيل", "DARASSA", False),  # d-r-l-s-l / d-r-s-l: two words each
        # a known name is that name: Ahmad and Hamid share h-m-d, Husain and Hasan h-s-n
        ("أحمد علي", "HAMIDALI", False),
        ("حسين نصر الله", "NASRALLAH", False),
        ("حسن نصر الله", "NASRALLAH", True),
    ],
    "nickname": [
        ("Jim Whitaker", "WHITAKER", True),
        ("PLA", "PLA", True),
        ("Tosan Intl Trading", "INTERNATIONAL", True),
        # "shahid" (martyr) before the person an entity is named after, translated
        ("Martyr Sattari Industries", "SATTARI", True),
        ("Shaheed Sattari Industries", "SATTARI", True),
        ("Martyr Karimi Industries", "SATTARI", False),
        # ... and left out, or written short: the namesake and the kind say which body
        ("Sattari Industries", "SATTARI", True),
        ("Sh. Sattari Industries", "SATTARI", True),
        ("Sattari Group", "SATTARI", False),  # (another kind of body: a family's firm)
        ("Social Association", "SOCIAL", False),  # (AL-SHAHID SOCIAL: the martyr is the name)
        # the kind words of armed groups' names as Turkish writes them
        ("Abdullah Azzam Tugayları", "AZZAM", True),
        ("Abdullah Azzam Cephesi", "AZZAM", False),  # (a front, not the brigades)
        # a word as the ISSN's title-word abbreviations (ISO 4) write it
        ("Tikhomirov Sci. Research Inst. of Instrument Design", "TIKHO", True),
        ("Tikhomirov Acad. of Music", "TIKHO", False),
        ("Mahan Airlines", "MAHAN", True),  # "Air" for airlines, as an abbreviation
        ("Mahan Airways", "MAHAN", True),
        ("Jim Whitman", "WHITAKER", False),
        # a word as a register abbreviates it in Turkish ("San. ve Tic."), Spanish ...
        ("Atacar Otomotiv Dış Tic. ve Savunma San. Ltd. Şti.", "ATACAR", True),
        ("Atacar Otomotiv Dis Tic ve Savunma San Ltd Sti", "ATACAR", True),
        ("Anadolu Makina Dış Tic. ve San. Ltd. Şti.", "ATACAR", False),
        # one name spelt in another language, or another form of it (Wikidata)
        ("Sergejs Lavrovs", "SERGEY", True),  # Latvian
        ("Alexander Lukashenko", "LUKA", True),  # Russian, listed in Belarusian
        ("Masha Vorontsova", "VORONTSOVA", True),
        ("Vladimiras Putinas", "PUTIN", True),  # Lithuanian endings
        ("Vladimirs Putins", "PUTIN", True),  # Latvian
        ("Vladimir Nedoviz", "NEDOVIZ", True),  # (Volodymyr: a spelling read by its key)
        ("Hong2 Jin1hua2", "HONGJH", True),  # pinyin with tone numbers
        ("Wang2 Jin1hua2", "HONGJH", False),
        ("Agropecuaria Hato Sta. María Ltda", "HATO", True),  # Sta.: Santa
        # a patronymic's father in another language's spelling: one father
        ("Viktor Aleksandrovich Lukashenko", "LUKAV", True),
        ("Viktor Petrovich Lukashenko", "LUKAV", False),
        ("Aleksandr Viktorovich Lukashenko", "LUKAV", False),
        # the readings of one Chinese character or Korean syllable are other names
        ("Kim Kang Jin", "KIMKC", False),
    ],
    "over_match": [
        ("Daniel Smith", "DANIEL", False),
        ("Shifal Logistics", "SL", False),  # two initials spell any two-letter alias
        ("Shifal Logistics Trading", "PLA", False),
        # three words spell some listed three-letter name one time in forty
        ("Kador Mivikri Components Ltd", "KMC", False),
        ("Been Machinery Ltd", "ENB", False),  # an English word is no acronym
        ("Islamic Revolutionary Guard Corps", "IRGC", True),  # four letters: rare
        # three letters of a company's own spelt some listed name's initials one time
        # in sixteen: a legal form's or an article's initial is none of an acronym's
        ("NEC Corporation", "NEC", False),
        ("ABB Ltd", "ABB", False),
        ("NITC", "NITC", True),
        # a word shorter than four letters: another consonant is another word
        ("THK Corporation", "TC", False),
        ("AXA", "AQSA", False),
        ("Wei Khan", "HAN", False),
        ("Abou Musab", "ABU", True),  # a vowel written another way
        ("Aabu Musab", "ABU", True),  # a letter doubled
        # a generic word is no abbreviation of a name ("AAT" is a legal form here)
        ("AAT Corporation", "CRP", False),
        ("CRP Trading", "CRP", True),
        # two short parts written together meet as spelt, not as folded alike
        ("IIU Corporation", "PAO", False),
        ("Yuyi Pao", "PAO", True),
        ("MV Daniel", "DANIEL", True),
        ("Ali Hassan Omar Majid Tikriti", "MAJID", False),  # another father's name
        # a given name of one's own before a listed person's: his child (nasab)
        ("Uday Saddam Hussein al-Tikriti", "TIKRITI", False),
        ("Mr Saddam Hussein al-Tikriti", "TIKRITI", True),  # a title is no given name
        ("Sheikh Saddam Hussein al-Tikriti", "TIKRITI", True),
        ("Mr Vladimir Putin", "PUTIN", True),  # and costs as little as a particle
        # plain words named by their country: another country is another party
        ("China Agricultural Bank", "RSHB", False),
        ("Agricultural Bank of China", "RSHB", False),
        ("Russia Agricultural Bank", "RSHB", True),  # the same country in other words
        ("Sberbank China", "SBER", True),  # a coined name names its party anywhere
        # plain words, and another kind of party in the place of the listed one's
        ("Relief Trading", "RELIEF", False),
        ("Global Relief Fund", "RELIEF", True),  # (one kind word met: perhaps its alias)
        # a lineage (nasab): the father's and grandfather's names weigh as patronymics
        ("Osama bin Laden", "LADIN", True),
        ("Usama BIN LADIN", "BINLADIN", True),
        ("Usama bin Ali ibn Awad ibn Ladin", "LADIN", False),  # another father
        ("Usama bin Ali bin Awad", "BINLADIN", False),
        # another given name in the listed one's place, the line the same: a brother
        ("'Abd-ul-Kareem Khalaf 'Ubayd Juday' AL-'ANIZI", "ANIZI", False),
        ("Abdul Rahman Khalaf Ubayd Juday al-Anizi", "ANIZI", True),
        ("Maria Aleksandrovna Vorontsova", "VORONTSOVA", False),  # swapped patronymic
        # a given name and the father's after "bin" swapped: the father or the son
        ("Faisal bin Abdullah al-Ahdal", "AHDAL", False),
        ("Abdullah bin Faisal al-Ahdal", "AHDAL", True),
        ("Sulayman bin Ibrahim al-Rubaish", "RUBAYSH", False),
        ("Ibrahim bin Sulayman al-Rubaish", "RUBAYSH", True),
        # ... and so a "bin" in the query against a listed name written without one
        ("Sufaat bin Yazid", "SUFAAT", False),  # (Yazid's son, not YAZID SUFAAT)
        ("Yazid bin Sufaat", "SUFAAT", True),
        ("Zakaria bin Zaini", "ZAINI", False),
        ("Zaini bin Zakaria", "ZAINI", True),
        ("Sa'd bin Sa'd Muhammad Shariyan al-Ka'bi", "KABI", True),  # (the same name twice)
        ("Ibrahim al-Rubaish", "RUBAYSH", True),
        # the article of "Abdul", "Abd al", "Abu al" stands for no name as "Al" alone does
        ("Abdul Rahman Khalil", "KHALIL", False),
        ("Abdel Rahman Khalil", "KHALIL", False),
        ("Al Khalil", "KHALIL", True),
        ("Vorontsova Maria Vladimirovna", "VORONTSOVA", True),
    ],
}


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex((owner, name, False, person) for owner, name, person in LISTED)


@pytest.mark.parametrize(
    ("pattern", "query", "owner", "found"),
    [(p, q, o, f) for p, cases in CASES.items() for q, o, f in cases],
)
def test_pattern(index, pattern, query, owner, found) -> None:
    hits = {h.name.owner: h for h in index.search(query, 75.0)}
    assert (owner in hits) is found, (pattern, query, hits.get(owner))
    assert index.search(query, 75.0) == index.search_exhaustive(query, 75.0)


EXPLAINED = [
    ("Sberbnak", "SBER", "sberbnak~sberbank (typo)"),
    ("Good Will Shipping", "GOODWILL", "good will~goodwill (written together/apart)"),
    ("Jim Whitaker", "WHITAKER", "jim~james (nickname/abbreviation)"),
    (
        "Alexander Lukashenko",
        "LUKA",
        "alexander~alyaksandr (name variant (another language or form))",
    ),
    ("Maria Vladimirovna Vorontzova", "VORONTSOVA", "vorontzova~vorontsova (spelling variant)"),
    ("Vladimir Vladimirovitch Poutin", "PUTIN", "poutin~putin (spelling variant)"),
    ("Plant Forty-Four Kazan", "PLANT", "44=44 (number)"),
    ("Acme Logistics c/o Sberbank", "SBER", "sberbank=sberbank (exact)"),
]


SPELT_FORMS = [  # (text, its parts): a short legal form spelt letter by letter at the end
    ("Mitsui & Co K.K.", ["mitsui"]),
    ("Deutsche Bank A.G.", ["deutsche", "bank"]),
    ("Romashka G.m.b.H.", ["romashka"]),
    ("Romashka O O O", ["romashka"]),
    ("Romashka Z.A.O.", ["romashka"]),
    ("Romashka S.A.S.", ["romashka"]),
    ("Ivanov A.O.", ["ivanov", "a", "o"]),  # two letters after one word: a person's initials
    ("A.G. Smith", ["a", "g", "smith"]),  # at the start: initials
    ("Romashka Trading J.S.", ["romashka", "trading", "j", "s"]),  # no legal form
]


@pytest.mark.parametrize(("text", "parts"), SPELT_FORMS)
def test_a_legal_form_spelt_letter_by_letter_is_dropped_at_the_end(text, parts) -> None:
    assert [p.form for p in reduce_query(text).parts] == parts


SLASHED = [  # (query, listed name, whether it hits): names a list gives apart by slashes
    ("Al Qaeda", "AL-QA'IDA / ISLAMIC ARMY", True),
    ("New People's Army", "NEW PEOPLE'S ARMY / COMMUNIST PARTY OF THE PHILIPPINES", True),
    ("Al Kifah", "MAKHTAB AL-KHIDAMAT / AL KIFAH", True),
    # one word on a side is part of the name; a side of generic words names nobody
    ("Bangladesh Trading", "HARAKAT UL-JIHAD-I-ISLAMI / BANGLADESH", False),
    ("Export Corporation", "CHINA NATIONAL MACHINERY IMPORT / EXPORT CORPORATION", False),
    # written close, a slash joins words of one name ("SOCIETY FOR THE CALL/INVITATION")
    ("Al Kifah", "MAKHTAB AL-KHIDAMAT/AL KIFAH", False),
]


@pytest.mark.parametrize(("query", "listed", "hit"), SLASHED)
def test_names_a_list_gives_apart_by_slashes_are_each_a_name(query, listed, hit) -> None:
    found = NameIndex([("X", listed, False, False)]).search(query, 75.0)
    assert bool(found) is hit, found


def test_a_name_of_many_slashes_is_indexed_once() -> None:
    """A hostile list's name of a thousand " / " pieces costs one row, not a thousand."""
    from screen.matching.names.variants import MAX_ALTERNATIVES, alternatives

    assert len(alternatives(" / ".join(["Kestrel Trading"] * MAX_ALTERNATIVES))) == 4
    assert alternatives(" / ".join(["Kestrel Trading"] * 1000)) == []


LEGAL_FORM_TYPOS = [  # (text, its parts): a word of a legal form with a typo is that word
    ("Target Transportation Limiteed", ["target", "transportation"]),
    ("Al-Mutafaq Commercial Comany", ["al", "mutafaq", "commercial"]),
    ("Hana Banking Corporationn Ltd", ["hana", "banking"]),
    ("Obhchestvo s Ogranichennoi Otvetstvennostyu Ladoga", ["ladoga"]),
    ("Zakrytoee Aktsionernoe Obshchestvo Kapital", ["kapital"]),
    ("Joan Campany", ["joan", "campany"]),  # a name the tables know is no typo (Company)
    ("Corporacion Handal", ["corporacion", "handal"]),  # nor a word in another language
    ("Sahir Berhan", ["sahir", "berhan"]),  # a short form's word (Berhad): too near others
    ("Romashka Compony Trading", ["romashka", "compony", "trading"]),  # a form only at an end
]


@pytest.mark.parametrize(("text", "parts"), LEGAL_FORM_TYPOS)
def test_a_legal_form_with_a_typo_is_dropped(text, parts) -> None:
    assert [p.form for p in reduce_query(text).parts] == parts


@pytest.mark.parametrize("query", ["Romashka, Ltd.", "Romashka Co., Ltd.", "Romashka, Inc."])
def test_a_legal_form_standing_apart_is_the_names_own(index, query) -> None:
    # "Ltd" after a comma is no word of another party (it scored 89, a wrapped segment)
    hits = {h.name.owner: h.score for h in index.search(query, 75.0)}
    assert hits["ROMASHKA"] == 100.0


ARTICLES = [  # (query, listed person, whether "al"/"ben" meets a given name as a nickname)
    ("Al Capone", "CAPONE, Alphonse", True),  # first: a nickname
    ("Capone Al", "CAPONE, Alphonse", True),  # last
    ("Mr Al Capone", "CAPONE, Alphonse", True),  # after a title
    ("Ben Ali", "ALI, Benjamin", True),
    ("Omar Al Bashir", "BASHIR, Omar Alexander", False),  # between two names: an article
    ("Mohamed Ben Salah", "SALAH, Mohamed Benjamin", False),  # a link: "son of"
    ("Abdul Rahman", "RAHMAN, Alexander", False),  # after "abd": the compound's article
    ("Abu al Hassan", "HASSAN, Albert", False),  # after a particle
]


NICKNAMES_APART = [  # (query, listed person, whether they meet as nickname and name)
    ("Kate Smith", "SMITH, Katherine", True),
    ("Liz Crane", "CRANE, Elizabeth", True),
    ("Peggy Smith", "SMITH, Margaret", True),
    # two nicknames of one name are two names: Kate and Lena (both Katherine's),
    # Ali and Mena, Jon and Ian
    ("Kate Smith", "SMITH, Lena", False),
    ("Ali Hassan", "HASSAN, Mena", False),
    ("Jon Hassan", "HASSAN, Ian", False),
]


@pytest.mark.parametrize(("query", "listed", "meet"), NICKNAMES_APART)
def test_a_nickname_meets_its_name_not_another_nickname_of_it(query, listed, meet) -> None:
    found = NameIndex([("X", listed, False, True)]).search(query, 75.0)
    assert bool(found) is meet, found


@pytest.mark.parametrize(("query", "listed", "nickname"), ARTICLES)
def test_an_article_or_link_is_no_nickname(query, listed, nickname) -> None:
    found = NameIndex([("X", listed, False, True)]).search(query, 0.1)
    assert ("(nickname/abbreviation)" in found[0].detail) is nickname, found


@pytest.mark.parametrize(("query", "owner", "shown"), EXPLAINED)
def test_hits_say_which_parts_matched_how(index, query, owner, shown) -> None:
    hit = next(h for h in index.search(query, 75.0) if h.name.owner == owner)
    assert shown in hit.detail


def test_a_word_read_with_its_article_is_no_edit_from_another() -> None:
    """ "الفجر" (al-Fajr) reads l-f-j-r with its article, f-j-r without: too short for
    an edit, so "AL-SAGHIR" (l-s-g-r) is not near it."""
    index = NameIndex([("SAGHIR", "AL-SAGHIR", False, False)])
    assert index.search("الفجر", 50.0) == []
    assert index.search("الصغير", 75.0)  # (its own name, al-Saghir, is)


def test_long_one_word_names_stay_cheap(index) -> None:
    # issue 10: a 1,600-letter consignee once needed more than 8 GB
    word = "ab" * 800
    assert index.search(word, 75.0) == []
    assert index.search(word + " Sberbank", 75.0) == index.search_exhaustive(
        word + " Sberbank", 75.0
    )


VOWEL_SWAPS = [
    ("qaeda", "qaida", 0.85),  # a vowel for another inside a word: half an edit
    ("osama", "usama", 0.85),
    ("maria", "mario", 0.7),  # a last vowel is an ending: a full edit
    ("kodo", "kudo", 0.625),  # a short word: a full edit
    ("qaeda", "qaqda", 0.7),  # a consonant: a full edit
    ("muhamad", "mohamed", 1 - 1.5 / 7),  # two vowels: one edit, within the allowance
    ("hekmatyar", "hikmetyar", 1 - 1.5 / 9),
    ("muhamad", "mohomod", 0.0),  # three: beyond a short word's one edit
    ("muhamad", "mohamet", 0.0),  # two vowels and a consonant
]


# words French and German spell from Cyrillic, in English; a word without the mark
# of either, or whose final "ine" is its own, is not read
SPELLINGS_ABROAD = [
    ("poutine", ("putin",)), ("setchine", ("sechin",)), ("douguine", ("dugin",)),
    ("narychkine", ("naryshkin",)), ("choigou", ("shoigu",)), ("iouri", ("yuri", "iuri")),
    ("abramovitch", ("abramovich",)), ("setschin", ("sechin",)),
    ("timtschenko", ("timchenko",)), ("prigoschin", ("prigoshin", "prigozhin")),
    ("tschemesow", ("chemezow",)), ("beresowski", ("berezowski",)),
    ("wassiljew", ("wasilyew",)),  # (a doubled s is с)
    ("jewgeni", ("yewgeni",)), ("marine", ()), ("christine", ()), ("michel", ()),
    ("juan", ()), ("james", ()),
    # Arabic names as French writes them (Lebanon, Syria): ch, ou, ei, -ane
    ("chaoukat", ("shaukat", "shawkat")), ("chaabane", ("shaaban",)),
    ("radouane", ("raduane", "radwan")), ("zouheir", ("zuheir", "zuhayr")),
    ("koudsiye", ("kudsiye", "kudsiya")), ("chalich", ("shalish",)),
    ("astaneh", ()), ("wilson", ()),  # (not "-eh" alone; an English word is its own)
    # Russian names as Polish and Czech write them
    ("wasilczenko", ("wazilczenko", "vasilchenko")), ("slucki", ("slutsky",)),
    ("siergiejewicz", ("siergieyewicz", "sergeyevich")), ("moreniec", ("morenets",)),
    ("mizulinova", ("mizulina",)), ("ivanovova", ("ivanova",)), ("petrova", ()),
    # Latvian and Lithuanian: the nominative ending, "j" for й (set 25)
    ("aksjonovs", ("aksyonov",)), ("dogajevas", ("dogayev",)), ("andrejus", ("andrey",)),
    ("bojarkins", ("boyarkin",)), ("vladimirs", ()), ("williams", ()), ("majors", ()),
]  # fmt: skip


FEMININE_FORMS = [("surkova", "surkov", True), ("prigozhina", "prigozhin", True),
                  ("lavrovskaya", "lavrovsky", True), ("ivanova", "ivanov", True),
                  ("marina", "marin", True), ("maria", "mari", False),  # (too short)
                  ("petrova", "petrov", True), ("petrovna", "petrov", False),
                  ("kovalenko", "kovalenka", False),
                  # a given name's, both names known: not a typo's dropped "a"
                  ("alexandra", "alexander", True), ("vladislava", "vladislav", True),
                  ("evgenia", "evgeny", True), ("daniela", "daniel", True),
                  ("garcia", "garci", False), ("chanjira", "chanjir", False)]  # fmt: skip


@pytest.mark.parametrize(("one", "other", "feminine"), FEMININE_FORMS)
def test_feminine_forms_of_family_names(one, other, feminine) -> None:
    assert feminine_of(one, other) is feminine
    assert feminine_of(other, one) is feminine


def test_a_feminine_family_name_with_the_same_given_name_is_a_review_at_most() -> None:
    index = NameIndex([("E", "IVANOV, Sergei", False, True)])
    (hit,) = index.search("Sergei Ivanova", 50.0)
    assert hit.score == 75.0
    assert "ivanova~ivanov (feminine form of the name (another person?))" in hit.detail


@pytest.mark.parametrize(("word", "english"), SPELLINGS_ABROAD)
def test_names_spelt_as_french_german_polish_and_czech_write_them(word, english) -> None:
    assert english_spellings(word) == english


@pytest.mark.parametrize(("a", "b", "sim"), VOWEL_SWAPS)
def test_vowel_swaps_cost_half_an_edit_inside_longer_words(a, b, sim) -> None:
    from screen.matching.names.similarity import graded

    assert graded(a, b) == pytest.approx(sim)


# -- the index returns exactly what exhaustive scoring returns -------------------------

WORD = st.one_of(
    st.sampled_from(
        "a b v i ii iv 7 44 1st al bin bank trading co ltd llc of the maria vladimir putin "
        "sberbank sberbnak vtb gazprom gazprombank bermudez suaza pedro khan mali ali kim "
        "jong un goodwill good will shipping 銀行 株式会社 ズベルバンク 华为 jim james "
        # other scripts, and the Latin names they meet by reading or skeleton
        "عبد القادر عبدالقادر محمد كريم بشیر ایوب الله العبيدي abdul qadir abdelkader "
        "karim bashir ayyub abdullah al-ubaidi crimea בנימין נתניהו benjamin netanyahu "
        "김정은 김 정은 kim jong-un ウラジーミル・プーチン キム・ジョンウン 习近平 普京 "
        "xi jinping Αλέξης Τσίπρας alexis tsipras राम नरेंद्र narendra ram "
        "中国农业银行 俄罗斯农业银行 ロシア農業銀行 華爲 ガスプロム・バンク china russian "
        "agricultural uralvagonzavod ural vagon zavod mr sheikh uday saddam hussein "
        "tikriti abd ar rahman abdul abdurrahman abdelrahim nasr allah nasrullah nur ad "
        "din nuruddin ud muhammad mohammed mohamed hekmatyar hikmetyar "
        # name variants, Baltic endings, lineages, fused compounds, two-letter initials
        "sergey sergejs serhiy alyaksandr alexander lavrovs putinas vladimiras ibn ben "
        "awad ladin kamal eddin hayat ullah ea murov chemicals holding chemicalsholding "
        # parts a typo of each other, and two-letter initials before family names
        "wong jong lev li park hasan hassan".split()
    ),
    st.text(alphabet="abcdeiklmnorstuvz", min_size=1, max_size=9),
)
NAMES = st.lists(WORD, min_size=1, max_size=4).map(" ".join)


@given(
    listed=st.lists(st.tuples(NAMES, st.booleans(), st.booleans()), min_size=1, max_size=12),
    queries=st.lists(NAMES, min_size=1, max_size=4),
    threshold=st.sampled_from([0.1, 50.0, 60.0, 75.0, 90.0]),
    limit=st.sampled_from([0, 1, 2, 3]),
)
@settings(max_examples=150, deadline=None)
def test_index_equals_exhaustive_scoring(listed, queries, threshold, limit) -> None:
    index = NameIndex((str(i), name, weak, person) for i, (name, weak, person) in enumerate(listed))
    for query in queries + [name for name, _, _ in listed[:3]]:
        assert index.search(query, threshold) == index.search_exhaustive(query, threshold), query
        # the best `limit` owners (ties by owner), scoring by falling bound
        assert index.search(query, threshold, limit) == index.search_exhaustive(
            query, threshold, limit
        ), query
        if not index.could_match(query):
            assert index.search_exhaustive(query, 0.1) == [], query


SPELT_WORD = st.sampled_from(
    "norwegian new national naftan peoples people army aid institute "
    "iranian tanker company of the in production association".split()
)


@given(
    words=st.lists(SPELT_WORD, min_size=2, max_size=4),
    others=st.lists(st.lists(SPELT_WORD, min_size=2, max_size=4), min_size=1, max_size=4),
    threshold=st.sampled_from([50.0, 75.0, 90.0]),
    limit=st.sampled_from([0, 1, 2]),
)
@settings(max_examples=100, deadline=None)
def test_letters_spelt_out_are_checked_alike_by_the_index(words, others, threshold, limit) -> None:
    """Texts that write letters and spell them out ("NPA - Norwegian People's Aid"),
    against listed names of those letters, their words and other words."""
    letters = "".join(w[0] for w in words if w not in ("of", "the", "in"))
    listed = [(letters.upper(), "A"), (" ".join(words).upper(), "A")]
    listed += [(" ".join(o).upper(), str(i)) for i, o in enumerate(others)]
    listed += [("".join(w[0] for w in o).upper(), str(i)) for i, o in enumerate(others)]
    index = NameIndex((owner, name, False, False) for name, owner in listed)
    for query in (f"{letters} - {' '.join(words)}", f"{' '.join(others[0])} ({letters})"):
        assert index.search(query, threshold) == index.search_exhaustive(query, threshold), query
        assert index.search(query, threshold, limit) == index.search_exhaustive(
            query, threshold, limit
        ), query


APART = [  # (query parts of one string, written together?, of another, together?, apart?)
    (0b01, False, 0b10, False, True),
    (0b11, False, 0b01, False, True),  # (either part of the first may be the one)
    (0b110, True, 0b010, False, False),  # "Chemicals Holding" together, and "Chemicals"
    (0b110, True, 0b011, False, True),  # the other may be the part before
    (0b110, True, 0b001, True, True),
    (0b110, True, 0b011, True, False),
]


@pytest.mark.parametrize(("a", "a_run", "b", "b_run", "apart"), APART)
def test_strings_of_one_query_part_never_count_as_two(a, a_run, b, b_run, apart) -> None:
    from screen.matching.names.gather import _apart

    assert _apart(a, a_run, b, b_run) is apart
    assert _apart(b, b_run, a, a_run) is apart


# (listed name, person?, query): the index and exhaustive scoring agree, and find it
GATHERED = [
    # query parts each a typo of the other share their strings' query parts: each
    # still meets a listed part of its own
    ("wong lev jong", True, "wong jong"),
    ("ea wong lev jong", False, "wong jong"),
    ("Kalin Malin Trading", False, "Kalin Malin"),
    ("Hasan Hassan Mahmud", True, "Hasan Hassan"),
    # initials that meet given names beside the one part reached ("Li" may be L. I.)
    ("PARK, Lev Igor", True, "Li Park"),
    ("NGUYEN, Lan Ivan", True, "Li Nguyen"),
    # a city beside one coined word is generic: the name is reached at one part
    ("DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT", False, "Hongxiang Industrial Development"),
    ("DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT", False, "Hongxiang"),
    ("KOREA RYONBONG GENERAL CORPORATION", False, "Ryonbong General Corp."),
]


@pytest.mark.parametrize(("name", "person", "query"), GATHERED)
def test_the_index_gathers_what_exhaustive_scoring_finds(name, person, query) -> None:
    index = NameIndex([("E", name, False, person)])
    every = index.search_exhaustive(query, 75.0)
    assert every and index.search(query, 75.0) == every


def test_initials_meet_no_name_through_the_part_they_are() -> None:
    """A query part is a word or initials, never both: persons' names reached only
    by "Li" are not gathered as ones the query's initials (L. I.) could meet, nor are
    those of the other part whose given names start with neither letter."""
    from screen.matching.names.gather import gather
    from screen.matching.names.rows import letter_bits

    names = ["Li Wei Chen", "Anna Maria Park", "Lev Ilya Park", "Li Ming Park"]
    index = NameIndex((f"E{i}", n, False, True) for i, n in enumerate(names))
    query = reduce_query("Li Park")
    wanted = index._wanted(query)
    initials = [letter_bits("li"), 0]
    persons = index.tables.person_letters()
    found, _ = gather(index.tables.postings(wanted[0]), wanted, True, None, persons, initials)
    assert set(found) == {2, 3}
    assert index.search("Li Park", 75.0) == index.search_exhaustive("Li Park", 75.0)


@pytest.mark.parametrize(
    ("query", "listed", "score"),
    [
        ("PLA", "People's Liberation Army", 89.0),  # three letters: a review
        ("AIG", "AMMUNITION INDUSTRIES GROUP", 89.0),
        ("NITC", "NATIONAL IRANIAN TANKER COMPANY", 90.0),  # four: as an alias
        ("NITC", "NITC", 100.0),  # listed so
    ],
)
def test_a_listed_name_s_initials_of_three_letters_are_a_review(query, listed, score) -> None:
    index = NameIndex([("E", listed, False, False)])
    assert [h.score for h in index.search(query, 75.0)] == [score]


COMMON_WORD_NAMES = [  # (query, listed organisation, score)
    ("AAT Construction", "FOUNDATION FOR CONSTRUCTION", 89.0),  # AAT: a legal form
    ("Construction", "FOUNDATION FOR CONSTRUCTION", 89.0),
    ("Unity Ltd", "UNITY BANK", 89.0),
    ("Tan Trading JSC", "TAN S.A.", 89.0),  # (a word of the query's own beside it)
    ("Tan S.A.", "TAN S.A.", 100.0),
    ("Foundation for Construction", "FOUNDATION FOR CONSTRUCTION", 100.0),  # met whole
    ("Construction Foundation", "FOUNDATION FOR CONSTRUCTION", 96.8),  # only "for" lacking
    ("Kavoshyar Ltd", "KAVOSHYAR COMPANY", 100.0),  # a word of its own: as before
    # several English words, another kind of firm: that line's names (was 94, 96)
    ("Mines and Metals Trading GmbH", "MINES AND METALS ENGINEERING GMBH", 89.0),
    ("Korea Zinc Company, Ltd.", "KOREA ZINC INDUSTRIAL GROUP", 89.0),
    ("Mines and Metals Engineering", "MINES AND METALS ENGINEERING GMBH", 100.0),
    # the name's own word missing, only its plain words met: another firm in that line
    ("Oil and Gas Development Company", "PARSIAN OIL AND GAS DEVELOPMENT COMPANY", 60.0),
    ("Parsian Oil and Gas", "PARSIAN OIL AND GAS DEVELOPMENT COMPANY", 98.8),
    ("Running Brook LLC", "RUNNING BROOK, LLC (USA)", 89.3),  # (a legal form: no own word)
    # met only through a city's name: where a party is, not which
    ('OOO "Stroyles", Sankt-Peterburg', "AO 'INSTITUTE GIPROSTROYMOST-SANKT-PETERBURG'", 56.5),
    ("Giprostroymost, Sankt-Peterburg", "AO 'INSTITUTE GIPROSTROYMOST-SANKT-PETERBURG'", 98.7),
    ("Golden Trading LLC, Dubai", "DUBAI TRADING COMPANY", 60.0),  # (the city apart)
    ("Dubai Trading", "DUBAI TRADING COMPANY", 100.0),
    ("Yip Electronics Ltd, Hong Kong", "HONG KONG ELECTRONICS", 60.0),  # (the city apart)
    ("Hong Kong Electronics Ltd", "HONG KONG ELECTRONICS", 100.0),
    # a city beside one coined word: where the party is; without it, a namesake
    # elsewhere may be meant, a review (it was 60, as one distinctive part of two)
    ("Hongxiang Industrial Development", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT", 89.0),
    ("Dandong Hongxiang Industrial", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT", 97.2),
    ("Dandong Industrial Development", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT", 0.0),
    ("Dandong Dongxiang Trading", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT", 76.1),  # a typo
    # a country beside one coined word, likewise (it was 60)
    ("Ryonbong General Corp.", "KOREA RYONBONG GENERAL CORPORATION", 89.0),
    ("Korea Ryonbong General Corp.", "KOREA RYONBONG GENERAL CORPORATION", 100.0),
    ("Korea General Corp.", "KOREA RYONBONG GENERAL CORPORATION", 0.0),
    ("Bank Melli", "BANK MELLI IRAN", 89.0),
    ("Kora Trading", "KOREA KUMSAN TRADING CORPORATION", 0.0),  # (was 60: "kora"~korea)
    ("China Agricultural Bank", "RUSSIAN AGRICULTURAL BANK", 56.1),  # (no coined word)
    # (two words of its own besides: the city may be one of the two met)
    ("North Transway Intl Trading", "SHANGHAI NORTH TRANSWAY INTERNATIONAL TRADING", 91.5),
    ("N. Transway Intl Trading", "SHANGHAI NORTH TRANSWAY INTERNATIONAL TRADING", 60.0),
    ("Shanghai N. Transway Intl Trdg Co", "SHANGHAI NORTH TRANSWAY INTERNATIONAL TRADING", 85.8),
]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("BBVA Banco Continental, Av. Republica de Panama 3055, San Isidro, Lima", False),
        ("Lima", True),  # (the name alone: "lima" joined is MA Li's, reversed)
        ("Ma Li, Lima", True),
    ],
)
def test_a_city_ending_an_address_names_no_person(query, found) -> None:
    index = NameIndex([("E", "MA LI", False, True)])
    assert bool(index.search(query, 75.0)) is found
    assert index.search(query, 75.0) == index.search_exhaustive(query, 75.0)


@pytest.mark.parametrize(("query", "listed", "score"), COMMON_WORD_NAMES)
def test_a_name_met_only_by_its_plain_words_is_no_block(query, listed, score) -> None:
    index = NameIndex([("E", listed, False, False)])
    assert [round(h.score, 1) for h in index.search(query, 50.0)] == ([score] if score else [])


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("TAK", True),  # a listed name's initials, written as initials are
        ("TAK Trading", True),
        ("Tak Trading Co. Ltd.", False),  # in small letters: a word or a name
        ("Tak", False),
        ("tak trading", True),  # (all in small letters: the case says nothing)
    ],
)
def test_a_word_in_small_letters_is_no_acronym(query, found) -> None:
    index = NameIndex([("E", "TEYREBAZEN AZADIYA KURDISTAN", False, False)])
    assert bool(index.search(query, 75.0)) is found
    assert index.search(query, 75.0) == index.search_exhaustive(query, 75.0)


@pytest.mark.parametrize(
    ("query", "score"),
    [
        ("Baraka Noor Shipping Ajman", [89.0]),  # words spelling a listed acronym: review
        ("Al Baraka Al Noor Shipping FZ-LLC, Ajman", []),  # (the city: another segment)
    ],
)
def test_words_spell_an_acronym_within_one_segment(query, score) -> None:
    index = NameIndex([("E", "BNSA CO", False, False)])
    assert [h.score for h in index.search(query, 75.0)] == score
    assert index.search(query, 75.0) == index.search_exhaustive(query, 75.0)


def test_words_spelling_a_listed_acronym_are_a_review_not_a_block() -> None:
    """Many names share initials: "National Institute of Technology Calicut" spells
    the SDN's "NITC" (National Iranian Tanker Company), and is not it."""
    index = NameIndex([("N", "NITC", False, False)])
    assert [h.score for h in index.search("National Institute of Technology Calicut", 75.0)] == [
        89.0
    ]


# letters a text both writes and spells out stand for its words: a listed party met
# by those letters only when the words meet one of its names too
SPELT_OUT = [
    # (text, listed entries (owner, name), owners found)
    ("National Institute of Technology Calicut (NITC)",
     [("T", "NITC"), ("T", "NATIONAL IRANIAN TANKER COMPANY")], []),
    ("NITC (National Iranian Tanker Co.)",
     [("T", "NITC"), ("T", "NATIONAL IRANIAN TANKER COMPANY")], ["T"]),
    ("NPA - Norwegian People's Aid",
     [("A", "NPA"), ("A", "NEW PEOPLE'S ARMY"), ("N", "NAFTAN PRODUCTION ASSOCIATION")], []),
    ("NPA - New People's Army", [("A", "NPA"), ("A", "NEW PEOPLE'S ARMY")], ["A"]),
    ("AUC - The American University in Cairo",
     [("U", "AUC"), ("U", "UNITED SELF-DEFENSE FORCES OF COLOMBIA")], []),
    # the listed name writes the words too
    ("IRGC (Islamic Revolutionary Guard Corps)",
     [("Q", "ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE")], ["Q"]),
    ("NITC", [("T", "NITC")], ["T"]),  # (written, not spelt out)
]  # fmt: skip


@pytest.mark.parametrize(("text", "entries", "owners"), SPELT_OUT)
def test_letters_spelt_out_stand_for_their_words(text, entries, owners) -> None:
    index = NameIndex((owner, name, False, False) for owner, name in entries)
    hits = index.search(text, 75.0)
    assert sorted({h.name.owner for h in hits}) == owners, hits
    assert hits == index.search_exhaustive(text, 75.0)
    assert index.search(text, 75.0, 1) == index.search_exhaustive(text, 75.0, 1)


def test_a_part_and_it_written_with_the_next_gather_no_name_needing_two() -> None:
    """A name of two distinctive parts is met only by its form word, as itself and
    written together with the next ("chemicalsholding"): not worth bounding (on a
    list of a million names, thousands of such names per query)."""
    from screen.matching.names.gather import gather

    names = ["Kalivor Denmaro Chemicals Holding", "Salvik Torno Chemicals Holding"]
    index = NameIndex((f"E{i}", n, False, False) for i, n in enumerate(names))
    for text, gathered in [
        ("Torrarizu Chemicals Holding", set()),
        ("Kalivor Chemicals Holding", {0}),
    ]:
        wanted = index._wanted(reduce_query(text))
        assert "chemicalsholding" in wanted[2]
        assert set(gather(index.tables.postings(wanted[0]), wanted, True)[0]) == gathered
        assert index.search(text, 75.0) == index.search_exhaustive(text, 75.0)


def test_a_limited_search_keeps_the_best_owners_ties_broken_by_owner() -> None:
    names = ["Kestrel Works", "Kestrel Works", "Kestrel Work", "Kestrel Wurks Trading"]
    index = NameIndex((f"E{i}", n, False, False) for i, n in enumerate(names))
    every = index.search("Kestrel Works", 50.0)
    assert [h.name.owner for h in every][:2] == ["E0", "E1"] and len(every) >= 3
    assert index.search("Kestrel Works", 50.0, 1) == every[:1]  # one best: E0 sorts first
    assert index.search("Kestrel Works", 50.0, 3) == every[:3]
    assert index.search("Kestrel Works", 50.0, 9) == every


# (owners of one name, listed in this order; the ten the engine reports)
SHARED_NAME = [
    ([f"E{i:02d}" for i in range(13)], [f"E{i:02d}" for i in range(10)]),
    # listed out of order: the ten whose ids sort first as text, whatever the order
    ([f"E{i:02d}" for i in reversed(range(13))], [f"E{i:02d}" for i in range(10)]),
    (["b", "a10", "a9", "c", "a1"], ["a1", "a10", "a9", "b", "c"]),  # (as text: a10 < a9)
    (["E1", "E2"], ["E1", "E2"]),  # fewer than ten: all of them
]


@pytest.mark.parametrize(("owners", "kept"), SHARED_NAME)
def test_a_name_many_entries_share_gives_ten_hits_ties_by_owner(owners, kept) -> None:
    from screen.engine.parties import MAX_NAME_HITS, PartyMatcher

    index = NameIndex((owner, "Kestrel Works", False, False) for owner in owners)
    found = PartyMatcher([index]).find("Kestrel Works", 75.0)
    assert [h.name.owner for h in found] == kept and len(found) <= MAX_NAME_HITS
    assert all(h.score == 100 and h.detail for h in found)
    # a better hit is never cut for a tie: the better name comes first, then nine ties
    better = NameIndex(
        [("Z", "Kestrel Works Trading", False, False)]
        + [(o, "Kestrel Works", False, False) for o in owners]
    )
    top = PartyMatcher([better]).find("Kestrel Works Trading", 60.0)
    assert top[0].name.owner == "Z" and top[0].score == 100
    assert [h.name.owner for h in top[1:]] == kept[: MAX_NAME_HITS - 1]


SPELLINGS = [  # (one way, another way, read alike?)
    ("abd al rahman", "abdul rahman", True),
    ("abd al rahman", "abdulrahman", True),
    ("abd al rahman", "abdurrahman", True),  # the article takes the sun letter
    ("abd al rahman", "abd ar rahman", True),
    ("abd al rashid", "abdurashid", True),
    ("abd allah", "abdullah", True),
    ("abd allah", "abdalla", True),
    ("abd allah", "abdulah", True),  # one "l" for the article's and the word's
    ("abd allah", "abdula", True),
    ("abd allah", "abdullh", True),  # a letter of it dropped by a typo
    ("abd al ahad", "abdulahad", True),  # (another name: the word after is read)
    ("nur al din", "nuruddin", True),
    ("nur ad din", "nureddine", True),
    ("nasr allah", "nasrullah", True),
    ("kamal al din", "kamal eddin", True),  # the article and "din" one word apart
    ("nur al din", "nur uddine", True),
    ("hayat allah", "hayat ullah", True),
    ("hizb allah", "hizb ullah", True),
    ("abd allah", "abd ullah", True),
    ("abd al rahim", "aabdul rahim", True),  # a letter of "abd" doubled by a typo
    ("abd al raouf", "abddelraouf", True),
    ("abbott", "abd al ott", False),
    ("salah", "salah eddin", False),  # the first word alone is another name
    ("hizb allah", "hezbollah", False),  # one letter apart still: left to the scorer
    ("abd al rahman", "abd al rahim", False),
    ("abdi", "abd al i", False),  # "Abdi", "Abdou", "Abdin" are names of their own
    ("abdin", "abd al in", False),
    ("fallah", "f allah", False),
    # the article before a word its sun letter begins, outside compounds (set 13)
    ("selselat al dhahab", "selselat adh dhahab", True),
    ("riyadh al saliheen", "riyadh us saliheen", True),
    ("riyadh al saliheen", "riyadh as saliheen", True),
    ("jamaat al shabab", "jamaat ash shabab", True),
    ("jabhat al nusra", "jabhat an nusra", True),
    ("known al smith", "known as smith", False),  # (an English word after it)
    ("al shipping", "as shipping", False),  # (before "sh" the article is "ash")
    ("al sea", "at sea", False),  # (a short word)
]


@pytest.mark.parametrize(("one", "other", "alike"), SPELLINGS)
def test_arabic_compounds_are_read_one_way(one, other, alike) -> None:
    from screen.text.arabicnames import split_compounds

    assert (split_compounds(one.split()) == split_compounds(other.split())) is alike


@pytest.mark.parametrize("listed", ["ABRAMOVICH, Roman Arkadyevich", "RABINOVICH, Vadim"])
def test_a_family_name_ending_as_a_patronymic_is_the_familys(listed) -> None:
    """ "-ovich" after a comma is the family name, a word of full weight: another
    family name in its place names someone else."""
    from screen.matching.names.parts import reduce_listed

    family = reduce_listed(listed, True).parts[0]
    assert (family.role, family.weight) == ("word", 1.0)
    given = listed.split(", ")[1]
    index = NameIndex([("E", listed, False, True)])
    assert index.search(f"{given} Petrov", 75.0) == []
    assert index.search(f"{given} {listed.split(',')[0].title()}", 75.0)


LINEAGES = [  # (name tokens, family name apart?, the ancestors' positions)
    ("usama bin muhammad ibn awad ibn ladin", False, [2, 4]),
    ("hamza bin osama bin laden", False, [2]),
    ("osama bin laden", False, []),  # "bin Laden": the family's name
    ("usama bin muhammad bin awad", True, [2, 4]),  # "BIN LADIN, Usama ..."
    ("mohamed ould abdel aziz", False, []),
    ("ali bin bin", False, []),  # links with no name between them
    ("acme trading", True, []),
]


@pytest.mark.parametrize(("text", "every", "expected"), LINEAGES)
def test_ancestors_in_a_lineage(text: str, every: bool, expected: list[int]) -> None:
    assert ancestors(text.split(), every) == expected
