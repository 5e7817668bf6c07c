"""A Chinese person's name retold in a romanisation other than Hanyu pinyin.

Many names in the news are not spelled in pinyin: Taiwan writes Wade–Giles (张忠谋 Chang
Chung-mou, 郭台铭 Kuo Tai-ming, 蔡英文 Tsai Ing-wen), Hong Kong Cantonese (李嘉诚 Li Ka-shing),
Korea its Sino-Korean readings (李在镕 Lee Jae-yong, 崔泰源 Chey Tae-won), Singapore and
Malaysia Hokkien or Teochew (黄 Wong, 陈 Tan, 林 Lim), and many people add a Western given
name (Morris Chang, Terry Gou).  A person is the sources' when the Latin words retell a
person they name in characters, surname first or last:

- the surname is a reading of its character in pinyin, in Wade–Giles (derived from pinyin
  by rule, :func:`wade_giles`) or in one of the forms :data:`SURNAME_FORMS` lists by system;
- the given name is its characters' pinyin or Wade–Giles, syllable by syllable, run
  together or hyphenated (Chung-mou, Chungmou, Zhongmou); or, as many syllables as it has
  characters, each opening with a consonant one of the other systems gives that
  character's pinyin initial (:data:`_ONSETS`: 嘉 jia is Cantonese Ka, 在 zai Korean Jae,
  so Ka-shing and Jae-yong pass, while Kun-hee for 在镕 does not): a reading per character
  in Cantonese or Korean would need a dictionary the desk does not ship, and the initial
  alone already tells most other people's names apart;
- or initials for the given name, one a character (C.C. Wei for 魏哲家);
- or one Western given name before the surname (Morris Chang, Lawrence Wong), which no
  table can check: it passes when it is no pinyin (Xiaoming Chang is another person) and
  the sources write no other given name before that surname in Latin (their Morris Chang
  makes Mark Chang another).

A wrong surname, a person the sources never name, a Chinese given name of other
syllables are still unsupported.
"""

from __future__ import annotations

import re
import unicodedata

from newsdesk.editor._common_words import written_capitalised
from newsdesk.editor._pinyin_syllables import is_pinyin

#: Surname forms other than pinyin and Wade–Giles, by system: Cantonese (Hong Kong,
#: Macau), Korean (Revised and McCune–Reischauer, and the spellings families keep: Lee,
#: Park, Choi, Chey), Hokkien, Teochew and Hakka (Singapore, Malaysia, Taiwan), and the
#: few Taiwan spellings of none of these (Gou).  General knowledge, the common surnames.
SURNAME_FORMS: dict[str, tuple[str, ...]] = {
    "王": ("wong", "ong", "heng"),
    "李": ("lee", "lei", "yi", "rhee", "ri", "lie"),
    "张": ("cheung", "cheong", "jang", "teo", "teoh", "chong", "tiong"),
    "刘": ("lau", "lao", "yoo", "yu", "ryu", "low", "lew"),
    "陈": ("chan", "tan", "chin", "jin", "ding"),
    "杨": ("yeung", "yeong", "yeo", "yeoh", "yong", "yeow"),
    "黄": ("wong", "hwang", "ng", "ooi", "wee", "oei", "bong"),
    "赵": ("chiu", "cho", "jo", "chew", "chiew"),
    "吴": ("ng", "oh", "o", "goh", "gouw", "woo", "ngo"),
    "周": ("chow", "chau", "joo", "ju", "chew", "chiu"),
    "徐": ("tsui", "chui", "seo", "suh", "chee"),
    "孙": ("suen", "syun", "son", "sohn", "soon", "sng"),
    "马": ("mah", "beh", "bey"),
    "朱": ("chue", "ju", "joo", "choo"),
    "胡": ("wu", "woo", "ho", "oh", "aw", "foo"),
    "郭": ("kwok", "kwak", "gwak", "kwek", "quek", "gou", "keh"),
    "何": ("ho", "ha", "hoe"),
    "高": ("ko", "go", "koh", "kou"),
    "林": ("lam", "lim", "im", "rim"),
    "罗": ("law", "loh", "na", "ra", "lo"),
    "郑": ("cheng", "cheang", "jung", "chung", "jeong", "cheong", "tay", "teh", "tee"),
    "梁": ("leung", "leong", "neo", "nio", "ryang"),
    "谢": ("tse", "che", "sa", "chia", "seah", "sia"),
    "宋": ("sung",),
    "唐": ("tong", "dang", "tng"),
    "许": ("hui", "heo", "hur", "huh", "koh", "khoo"),
    "韩": ("hon",),
    "冯": ("fung", "pung"),
    "邓": ("tang", "deung"),
    "曹": ("cho", "tso", "jo", "chor"),
    "彭": ("pang", "paeng", "phee"),
    "曾": ("tsang", "jeung", "chan"),
    "萧": ("siu", "so", "siow"),
    "肖": ("siu", "so"),
    "田": ("tin", "jeon", "chun"),
    "董": ("dong", "tang"),
    "袁": ("yuen", "won"),
    "潘": ("poon", "pun", "ban", "phua"),
    "蒋": ("cheung", "tseung", "jang"),
    "蔡": ("choi", "tsoi", "chae", "chua", "chuah", "chai"),
    "余": ("yue", "yee", "ee", "yeo"),
    "杜": ("to", "tou", "do", "toh"),
    "叶": ("yip", "ip", "yeop", "yap", "yeap"),
    "程": ("ching", "jeong", "teng"),
    "苏": ("so", "soh", "saw"),
    "魏": ("ngai", "wi", "gwee", "gui"),
    "吕": ("lui", "yeo", "ryeo"),
    "丁": ("teng", "jeong"),
    "任": ("yam", "yum", "yim", "im"),
    "沈": ("sham", "shum", "sim", "shim"),
    "姚": ("yiu", "yeow", "yew"),
    "卢": ("lou", "loo", "no", "roh", "ro", "loh", "lo"),
    "姜": ("keung", "kang", "gang", "kiang"),
    "崔": ("tsui", "chui", "choi", "choe", "chey"),
    "钟": ("jong", "chong", "cheng"),
    "谭": ("tam", "dam", "tham"),
    "陆": ("luk", "yuk", "ryuk", "lok"),
    "汪": ("wong", "ong"),
    "范": ("beom", "bum", "huan"),
    "金": ("kam", "kim", "gim"),
    "石": ("shek", "seok", "suk"),
    "廖": ("liu", "liew", "leow", "liaw", "yo"),
    "贾": ("ka", "ga"),
    "夏": ("ha",),
    "韦": ("wai", "wi"),
    "方": ("fong", "bang", "hong", "png"),
    "白": ("pak", "baek", "paik", "baik", "peh"),
    "邹": ("chau", "chow", "chew"),
    "孟": ("mang", "maeng"),
    "熊": ("hung",),
    "秦": ("chun", "jin"),
    "邱": ("yau", "khoo", "khu", "koo", "gu"),
    "江": ("kong", "kang"),
    "尹": ("wan", "yoon", "yun"),
    "薛": ("sit", "seol", "sul"),
    "严": ("yim", "eom", "um"),
    "段": ("tuen",),
    "雷": ("lui",),
    "侯": ("hau",),
    "龙": ("yong", "ryong"),
    "史": ("sze", "sa"),
    "陶": ("to", "do"),
    "黎": ("lai",),
    "贺": ("ho",),
    "顾": ("koo",),
    "毛": ("mo",),
    "龚": ("kung",),
    "邵": ("shiu", "so"),
    "钱": ("chin", "jeon", "chun"),
    "孔": ("hung", "gong"),
    "汤": ("tong",),
    "常": ("sheung",),
    "温": ("wan", "woon", "boon", "un"),
    "康": ("hong",),
    "施": ("sze", "see"),
    "葛": ("kot", "gal"),
    "齐": ("chai",),
    "颜": ("ngan", "gan"),
    "庄": ("chong", "chng"),
    "詹": ("chim",),
    "欧": ("au", "ow"),
    "关": ("kwan", "gwan"),
    "柯": ("kua",),
    "翁": ("yung", "ang", "ong"),
    "洪": ("ang",),
    "梅": ("mui",),
    "霍": ("fok",),
    "甘": ("kam",),
    "柳": ("lau", "yu", "ryu"),
    "蓝": ("lam",),
    "游": ("yau", "iu"),
    "卓": ("cheuk",),
    "车": ("cha",),
    "麦": ("mak",),
    "岑": ("shum", "sham"),
    "赖": ("lai",),
    "朴": ("park", "pak", "bak"),
    "具": ("koo", "ku", "gu"),
    "权": ("kwon", "gwon"),
    "文": ("moon", "mun", "man"),
    "申": ("shin", "sin"),
    "辛": ("shin", "sin", "san"),
    "安": ("ahn", "on"),
    "俞": ("yoo",),
    "全": ("chun", "jeon"),
    "成": ("sung", "seong", "sing"),
    "南": ("nam",),
    "玄": ("hyun", "hyeon"),
    "卞": ("byun", "byeon"),
    "禹": ("woo",),
    "河": ("ha",),
    "元": ("won",),
    "裴": ("pui", "bae", "pae"),
    "闵": ("man", "min"),
    "池": ("chi", "ji"),
    "表": ("piu", "pyo"),
    "吉": ("kat", "gil", "kil"),
    "琴": ("kam", "keum", "geum"),
    "鞠": ("guk", "kook", "kuk"),
    "奉": ("fung", "bong"),
}

#: Wade–Giles initials for pinyin's where they differ (apostrophes of aspiration dropped,
#: as a spelling is compared without marks): zh, j and q are all ch; x is hs; z and c
#: are ts; r is j; b, d, g are p, t, k.
_WG_INITIALS = {
    "zh": "ch",
    "b": "p",
    "d": "t",
    "g": "k",
    "j": "ch",
    "q": "ch",
    "x": "hs",
    "z": "ts",
    "c": "ts",
    "r": "j",
}
#: Wade–Giles finals for pinyin's where they differ (-ong -ung, -ian -ien, -ie -ieh).
_WG_FINALS = (
    ("iong", "iung"),
    ("ong", "ung"),
    ("ian", "ien"),
    ("ie", "ieh"),
    ("ue", "ueh"),
)
#: Whole syllables Wade–Giles writes apart from the rules above.
_WG_SYLLABLES = {
    "zi": "tzu",
    "ci": "tzu",
    "si": "ssu",
    "zhi": "chih",
    "chi": "chih",
    "shi": "shih",
    "ri": "jih",
    "er": "erh",
    "e": "o",
    "ge": "ko",
    "ke": "ko",
    "he": "ho",
    "you": "yu",
    "yan": "yen",
    "yi": "i",
    "ye": "yeh",
    "yong": "yung",
}


def wade_giles(syllable: str) -> tuple[str, ...]:
    """A toneless pinyin syllable in Wade–Giles, without marks (zhong: chung, xue: hsueh,
    guo: kuo, luo: lo), with the spelling Taiwan names use beside it where y drops before
    i (ying: ying, ing)."""
    if syllable in _WG_SYLLABLES:
        spelled = _WG_SYLLABLES[syllable]
    else:
        initial = pinyin_initial(syllable)
        final = syllable[len(initial) :]
        for pinyin_final, wg_final in _WG_FINALS:
            if final.endswith(pinyin_final):
                final = final[: -len(pinyin_final)] + wg_final
                break
        if final == "uo" and initial not in ("g", "k", "h", "sh", "w", ""):
            final = "o"  # duo: to, luo: lo, zhuo: cho
        if final == "e" and initial in ("g", "k", "h"):
            final = "o"
        if final == "ui" and initial in ("g", "k"):
            final = "uei"  # gui: kuei; dui stays tui, hui hui
        spelled = _WG_INITIALS.get(initial, initial) + final
    out = [spelled]
    if spelled.startswith("yi") and len(spelled) > 2:
        out.append(spelled[1:])  # 英 ying, Ing of Tsai Ing-wen
    return tuple(dict.fromkeys(out))


#: The consonants Cantonese, Korean, Hokkien and Teochew open a character's syllable
#: with, by its pinyin initial ("" for none): 嘉 jia is Ka, 向 xiang Heung, 在 zai Jae,
#: 黄 huang Wong, 文 wen Man or Moon.  Loose on purpose (any of the systems), strict on
#: the class: a labial is never read as a velar, a sibilant never as a nasal.
#: zh, ch, z, c: an affricate or sibilant, or Hokkien's dental (张 Teo, 陈 Tan).
_AFFRICATE_OR_DENTAL = frozenset({"j", "ch", "c", "z", "ts", "tz", "s", "sh", "t", "d", "th"})
#: j, q, x: an affricate or sibilant, or the velar they came from (嘉 Ka, 向 Heung).
_AFFRICATE_OR_VELAR = frozenset(
    {"j", "ch", "c", "z", "ts", "tz", "s", "sh", "hs", "g", "k", "kh", "h"}
)
_ONSETS: dict[str, frozenset[str]] = {
    "b": frozenset({"b", "p"}),
    "p": frozenset({"p", "b", "ph"}),
    "m": frozenset({"m", "b"}),
    "f": frozenset({"f", "p", "b", "h", "ph"}),
    "d": frozenset({"d", "t"}),
    "t": frozenset({"t", "d", "th"}),
    "n": frozenset({"n", "y", "l", "r", ""}),
    "l": frozenset({"l", "n", "r", "y", ""}),
    "g": frozenset({"g", "k"}),
    "k": frozenset({"k", "kh", "g", "h", "f"}),
    "h": frozenset({"h", "w", "f", "wh", ""}),
    "j": _AFFRICATE_OR_VELAR,
    "q": _AFFRICATE_OR_VELAR,
    "x": _AFFRICATE_OR_VELAR,
    "zh": _AFFRICATE_OR_DENTAL,
    "ch": _AFFRICATE_OR_DENTAL,
    "sh": frozenset({"s", "sh", "h", "ch", "j"}),
    "r": frozenset({"y", "j", "", "n", "l", "r"}),
    "z": _AFFRICATE_OR_DENTAL,
    "c": _AFFRICATE_OR_DENTAL,
    "s": frozenset({"s", "sh", "ch", "ts"}),
    "y": frozenset({"y", "", "j", "w", "ng", "g", "n", "h"}),
    "w": frozenset({"w", "m", "", "y", "b", "g", "ng", "h"}),
    "": frozenset({"", "ng", "g", "h", "y", "w"}),
}
_PINYIN_INITIALS = ("zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcsyw")
_LATIN_ONSET = re.compile(r"[^aeiouy]*(?=[aeiouy])|[^aeiouy]+$")


def latin_key(latin: str) -> str:
    """A Latin spelling as compared: letters only, lower case, marks dropped (Lü: lu)."""
    plain = unicodedata.normalize("NFKD", latin)
    return re.sub(r"[^a-z]", "", plain.lower())


def pinyin_initial(syllable: str) -> str:
    """A pinyin syllable's initial, y and w among them ("" for ai, er)."""
    return next((i for i in _PINYIN_INITIALS if syllable.startswith(i)), "")


def onset_fits(part: str, syllable: str) -> bool:
    """Whether a Latin syllable may read the character whose pinyin is ``syllable`` in
    Cantonese, Korean or Hokkien, by its opening consonant (a w glide after it, as in
    Kwok, aside; y counts as a vowel after a consonant, as in Hyun, and as the onset of a
    syllable it opens, as in Yeung); a syllable of consonants alone (Ng, M) is its own onset."""
    found = _LATIN_ONSET.match(part)
    onset = found.group() if found else ""
    if onset == "" and part.startswith("y"):
        onset = "y"
    if len(onset) > 1 and onset.endswith("w"):
        onset = onset[:-1]
    return onset in _ONSETS[pinyin_initial(syllable)]


def western_given_name(word: str) -> bool:
    """Whether a word may be a Western given name before a Chinese surname: a word
    English writes capitalised more often than not (Morris, Terry; not Linguist, which
    names an occupation), and no run of pinyin syllables (Xiaoming is a Chinese given
    name)."""
    return (
        re.fullmatch(r"[A-Z][a-z]{2,11}", word) is not None
        and not is_pinyin(word)
        and written_capitalised(word)
    )
