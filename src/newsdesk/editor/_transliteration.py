"""Foreign names in Chinese characters: 约夏·巴赫 is Joscha Bach, 哈萨比斯 Hassabis.

Chinese writes a foreign name by its sounds, one character a syllable, from a small set
of characters kept for the purpose (Xinhua's transliteration table).  A source saying
"Joscha Bach" supports a text saying 约夏·巴赫 and the other way round, yet no list of
names can hold every researcher a story quotes.  So the two spellings are compared by
their consonants, the part a transliteration keeps: each character of :data:`SYLLABLES`
stands for its pinyin syllable, whose initial must match the next consonant of the Latin
word (in coarse classes: b and p are one, as are s, z, sh, ch and j, since languages
voice them differently); a final -n or -ng may take a following n or m (曼 is "man"); a
syllable without an initial (奥, 尔), or with the y or w pinyin writes for a vowel (伊, 乌),
may take nothing.  Vowels are not compared: transliteration bends them most (约 for
"Jo", 马 for "Mu").  One h, l, r or y of the Latin word may go unwritten (Altman: 奥特曼),
or instead its final d or t (David: 大卫).

Only names the sources do not state in either form go through this: it never flags,
it only supports.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: The transliteration characters and their pinyin (tones dropped); from the common
#: entries of Xinhua's table for English, German and French names.  Only characters
#: ordinary prose seldom writes: any run of the sources is read, and the 京 of 北京大学
#: would spell "Shield" (京大), so 京 (普京, whose t it writes as j, is the alias table's)
#: and everyday characters of the table (系列's 列, 突破's 破, 经济's 济, 昆仑's 仑) are left out.
SYLLABLES: dict[str, str] = dict(
    pair.split(":")
    for pair in """阿:a 埃:ai 艾:ai 爱:ai 安:an 昂:ang 奥:ao 巴:ba 拜:bai 柏:bo 班:ban 邦:bang
    保:bao 鲍:bao 贝:bei 本:ben 比:bi 彼:bi 毕:bi 宾:bin 波:bo 伯:bo 勃:bo 博:bo 布:bu 查:cha
    茨:ci 达:da 大:da 戴:dai 丹:dan 道:dao 德:de 登:deng 迪:di 蒂:di 丁:ding 杜:du 顿:dun 多:duo
    厄:e 恩:en 尔:er 法:fa 范:fan 菲:fei 费:fei 芬:fen 冯:feng 佛:fo 弗:fu 福:fu 夫:fu
    盖:gai 甘:gan 冈:gang 戈:ge 格:ge 根:gen 古:gu 哈:ha 海:hai 汉:han 翰:han 豪:hao 赫:he
    亨:heng 胡:hu 霍:huo 吉:ji 基:ji 加:jia 贾:jia 杰:jie 捷:jie 金:jin 卡:ka 凯:kai 坎:kan
    康:kang 考:kao 柯:ke 科:ke 克:ke 肯:ken 库:ku 奎:kui 昆:kun 拉:la 莱:lai 兰:lan 朗:lang
    劳:lao 勒:le 雷:lei 蕾:lei 黎:li 里:li 利:li 莉:li 丽:li 廉:lian 林:lin 琳:lin 隆:long 卢:lu
    鲁:lu 路:lu 伦:lun 罗:luo 洛:luo 马:ma 玛:ma 迈:mai 麦:mai 曼:man 梅:mei 门:men 蒙:meng
    米:mi 明:ming 摩:mo 莫:mo 默:mo 姆:mu 穆:mu 纳:na 娜:na 奈:nai 南:nan 内:nei 讷:ne 尼:ni
    妮:ni 宁:ning 纽:niu 诺:nuo 欧:ou 帕:pa 派:pai 潘:pan 佩:pei 彭:peng 皮:pi 普:pu 齐:qi
    奇:qi 乔:qiao 切:qie 琼:qiong 瑞:rui 萨:sa 塞:sai 桑:sang 森:sen 沙:sha 莎:sha 尚:shang
    舍:she 谢:xie 施:shi 什:shi 史:shi 舒:shu 苏:su 斯:si 索:suo 塔:ta 泰:tai 坦:tan 汤:tang 特:te
    提:ti 汀:ting 托:tuo 瓦:wa 威:wei 韦:wei 维:wei 卫:wei 温:wen 沃:wo 乌:wu 伍:wu 西:xi 希:xi
    席:xi 夏:xia 肖:xiao 辛:xin 休:xiu 逊:xun 雅:ya 亚:ya 扬:yang 耶:ye 伊:yi 因:yin 英:ying
    尤:you 约:yue 扎:zha 詹:zhan 兹:zi 泽:ze 朱:zhu 卓:zhuo 祖:zu 佐:zuo
    龙:long 朔:shuo 哥:ge 墨:mo 丘:qiu 蓬:peng 斐:fei 敦:dun 瑙:nao 涅:nie 珀:po
    茹:ru 瑟:se 锡:xi 茱:zhu 崔:cui 圭:gui 荷:he 狄:di 黛:dai 芙:fu 喀:ka 蒲:pu 岑:cen 钦:qin
    翁:weng 廷:ting 努:nu""".split()
)
#: Characters of the same table that ordinary prose writes (武, 琪, 诗, 列, 济, 仑, 破, 京):
#: read as syllables only in a name whose parts a dot joins (阿金武米·阿德西纳 is
#: Akinwumi Adesina, 琪琪·姆拉德诺维奇 Kiki Mladenovic), which no everyday word is.
NAME_SYLLABLES: dict[str, str] = {
    "武": "wu", "琪": "qi", "诗": "shi", "列": "lie", "济": "ji", "仑": "lun", "破": "po",
    "京": "jing",
}  # fmt: skip
_EVERY_SYLLABLE = SYLLABLES | NAME_SYLLABLES
#: Consonant classes: sounds one language writes where another writes the other.  Pinyin's
#: j and q write a sibilant or, before i, the k or g Xinhua's table gives them (基 ki,
#: 吉 gi: Nikita 尼基塔, Gilbert 吉尔伯特), so they are of both classes.
_PINYIN_INITIALS = (
    ("zh", "S"), ("ch", "S"), ("sh", "S"), ("b", "P"), ("p", "P"), ("d", "T"), ("t", "T"),
    ("g", "K"), ("k", "K"), ("f", "F"), ("m", "M"), ("n", "N"), ("l", "L"),
    ("r", "L"), ("h", "H"), ("j", "SK"), ("q", "SK"), ("x", "S"), ("z", "S"), ("c", "S"),
    ("s", "S"), ("y", "Y"), ("wu", "W"), ("w", "F"),
)  # fmt: skip
#: Latin letters and digraphs, longest first, and the classes each may be written with
#: (none for a vowel: Dutch ij, as in Wijk, 维克).
_LATIN_SOUNDS = (
    ("sch", "S"), ("tsch", "S"), ("sh", "S"), ("ch", "SKH"), ("ph", "F"), ("th", "T"),
    ("ck", "K"), ("gh", ""), ("ij", ""), ("qu", "K"), ("ts", "S"), ("tz", "S"), ("ng", "N"),
    ("x", "KS"),
    ("b", "P"), ("p", "P"), ("d", "T"), ("t", "T"), ("g", "KS"), ("k", "K"), ("c", "KS"),
    ("q", "K"), ("f", "F"), ("v", "F"), ("w", "FW"), ("m", "M"), ("n", "N"), ("l", "L"),
    ("r", "L"), ("h", "H"), ("j", "SY"), ("z", "S"), ("s", "S"), ("y", "Y"),
)  # fmt: skip
#: Initials of syllables that may open with a vowel: pinyin writes i and u as yi, yin and
#: wu (乌 is the u of Eliud, 埃利乌德, as much as a w).
_VOWEL_LED = frozenset({"", "Y", "W"})
#: The sounds a syllable's -n or -ng may stand for.
_NASAL = frozenset("NM")
#: Latin sounds a transliteration may leave unwritten, and how many of them in a word.
_SILENT = frozenset("HLY")
_MOST_UNWRITTEN = 1
#: The shortest Latin word compared: three letters hold too few sounds (yes, 约夏).
_SHORTEST = 4
#: The fewest consonants two spellings must share to be one name: a single consonant
#: would let any short word stand for any two characters.
_FEWEST = 2


def _fits(initial: str, sound: str) -> bool:
    """Whether a character's initial (its classes) may write a Latin sound (its classes)."""
    return any(c in sound for c in initial)


def _syllable(char: str) -> tuple[str, bool]:
    """A character's initial class ("" for none) and whether it ends in -n or -ng."""
    pinyin = _EVERY_SYLLABLE[char]
    initial = next((c for p, c in _PINYIN_INITIALS if pinyin.startswith(p)), "")
    return initial, pinyin.endswith(("n", "ng"))


@lru_cache(maxsize=4096)
def _consonants(word: str) -> tuple[str, ...]:
    """The consonants of a Latin word, each as the classes it may be written with;
    doubled letters are one sound (Hassabis: h, s, b, s)."""
    word = re.sub(r"[^a-z]", "", word.lower())
    out: list[str] = []
    at, previous = 0, ""
    while at < len(word):
        sound = next(((s, c) for s, c in _LATIN_SOUNDS if word.startswith(s, at)), None)
        if sound is None:  # a vowel
            at, previous = at + 1, ""
            continue
        letters, classes = sound
        if letters != previous and classes:
            out.append(classes)
        at, previous = at + len(letters), letters
    return tuple(out)


def transliterates(han: str, latin: str, *, dotted: bool = False) -> bool:
    """Whether a run of transliteration characters spells a Latin word's consonants;
    ``dotted`` says the run is a part of a name a dot joins, which may hold
    :data:`NAME_SYLLABLES`."""
    table = _EVERY_SYLLABLE if dotted else SYLLABLES
    if not 2 <= len(han) <= 6 or any(c not in table for c in han) or len(latin) < _SHORTEST:
        return False
    first, _ = _syllable(han[0])
    opens = latin[0].lower()
    if (first in _VOWEL_LED) != (
        opens in "aeiou" or (first == "Y" and opens in "jy") or (first == "W" and opens == "w")
    ):
        return False  # a name opens with a vowel (or 约 with a J) in both spellings or in neither
    sounds = _consonants(latin)
    if first not in _VOWEL_LED and (not sounds or not _fits(first, sounds[0])):
        return False  # nor may the first consonant go unwritten (库内 is no LeCun)
    everyday = any(c in NAME_SYLLABLES for c in han)  # every sound written: 琪琪 is no Garcia
    return _aligns(tuple(_syllable(c) for c in han), sounds, 0 if everyday else _MOST_UNWRITTEN)


def respells(han: str, other: str) -> bool:
    """Whether two transliterations spell one foreign name (奥特曼 and 奥尔特曼 are both
    Altman): the first is read against the consonants the second writes, its 尔 an r or
    an l a transliteration may leave out, as against a Latin word.  They must share
    their first or last character, so that two names of like consonants (布朗 and 波兰)
    stay two."""
    if (
        han == other
        or not 2 <= len(han) <= 6
        or not 2 <= len(other) <= 6
        or any(c not in SYLLABLES for c in han + other)
        or (han[0] != other[0] and han[-1] != other[-1])
    ):
        return False
    first, _ = _syllable(han[0])
    opens, _ = _syllable(other[0])
    if (first in _VOWEL_LED) != (opens in _VOWEL_LED) or (
        first not in _VOWEL_LED and first != opens
    ):
        return False
    return _aligns(tuple(_syllable(c) for c in han), _written(other), _MOST_UNWRITTEN)


@lru_cache(maxsize=4096)
def _written(han: str) -> tuple[str, ...]:
    """The consonants a transliteration writes, as a Latin word's would be: each
    character's initial, an -n or -ng's nasal, and 尔's r."""
    out: list[str] = []
    for char in han:
        initial, nasal = _syllable(char)
        if _EVERY_SYLLABLE[char] == "er":
            out.append("L")
        elif initial and initial not in _VOWEL_LED:
            out.append(initial)
        if nasal:
            out.append("N")
    return tuple(out)


@lru_cache(maxsize=65536)
def _aligns(chars: tuple[tuple[str, bool], ...], sounds: tuple[str, ...], unwritten: int) -> bool:
    ends = _walk(chars, sounds, unwritten)
    return any(used >= _FEWEST and at == len(sounds) for at, used, _ in ends)


#: A state of the walk: the next Latin sound, the consonants matched, the sounds left out.
_State = tuple[int, int, int]


def _walk(
    chars: tuple[tuple[str, bool], ...], sounds: tuple[str, ...], unwritten: int
) -> set[_State]:
    """Where in ``sounds`` the characters can end, with how many consonants they matched."""
    states: set[_State] = {(0, 0, 0)}
    for initial, nasal in chars:
        following: set[_State] = set()
        for at, used, left in _skipped(states, sounds, unwritten):
            ended = set()
            if initial in _VOWEL_LED:  # 奥, 伊, 因: a syllable without a consonant
                ended.add((at, used, left))
            if initial and at < len(sounds) and _fits(initial, sounds[at]):
                ended.add((at + 1, used + 1, left))
            following |= ended
            if nasal:  # 曼 for "man", 森 for "sen"
                following |= {
                    (a + 1, u, n)
                    for a, u, n in ended
                    if a < len(sounds) and _NASAL & set(sounds[a])
                }
        states = following
        if not states:
            return set()
    return _skipped(states, sounds, unwritten)


def _skipped(states: set[_State], sounds: tuple[str, ...], unwritten: int) -> set[_State]:
    """The states, and those after a sound a transliteration may leave out (at most
    ``unwritten`` in a word, :data:`_MOST_UNWRITTEN` as a rule: kernel is no 库内, marble
    no 摩拜)."""
    out = set(states)
    for at, used, left in states:
        if left < unwritten and at < len(sounds) and _unwritten(sounds, at):
            out.add((at + 1, used, left + 1))
    return out


def _unwritten(sounds: tuple[str, ...], at: int) -> bool:
    """Whether a transliteration may leave this sound out: an h, l, r or y anywhere, or a
    word's final d or t (David: 大卫, 戴维)."""
    return set(sounds[at]) <= _SILENT or (at == len(sounds) - 1 and sounds[at] == "T")
