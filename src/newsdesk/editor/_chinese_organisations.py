"""Chinese organisations by the places they take: before a suffix or a kind of
organisation, a numbered bureau (三局), a facility (油田, 机场), a university's short name,
a unit after its parent, an event's name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import jieba

from newsdesk.chinese import FIELD_WORDS, HAN, ORG_SUFFIXES
from newsdesk.editor._chinese_persons import _COMMON
from newsdesk.editor._chinese_words import _opens_clause, _Word, _words
from newsdesk.editor._latin_names import Span
from newsdesk.editor._name_forms import _KNOWN_NAMES, descriptive

_LOOSE_SUFFIXES = frozenset({"科技", "智能"})
#: Kinds of organisation after a list (灵波等机构).
_KINDS = frozenset("机构 公司 企业 团队 高校 大厂 厂商 实验室 巨头 平台".split())
#: What organisations and people do in the news; the word before is its subject (灵波发布).
_NEWS_VERBS = frozenset(
    """发布 推出 宣布 完成 获得 开源 上线 官宣 回应 收购 领投 提出 接管 携手 起诉 首发 披露
    透露 表示""".split()
)


def _reports(words: list[_Word], i: int) -> bool:
    return i < len(words) and words[i].word in _NEWS_VERBS


#: What may stand before a kind of organisation as its own name (南洋 + 理工大学, 首尔 +
#: 国立大学, 沃顿 + 商学院, 光速 + 创投): not a verb, preposition, conjunction,
#: particle, pronoun, number, measure, direction or time, nor a lone adverb.
_NOT_OWNER_TAGS = frozenset("p c u uj ul uz ud ug uv r rr rz m mq q y e o f t v vd vn x".split())
#: A kind of organisation that is no suffix of :data:`ORG_SUFFIXES` (创投: a venture
#: capital firm, as 资本 is).
_KINDS_OF_FIRM = frozenset({"创投"})


def _kind_of_organisation(word: _Word) -> bool:
    """A dictionary word that names a kind of organisation, not one: a suffix after a
    common word (理工大学, 国立大学, 商学院), or a kind of firm (创投)."""
    if not (word.known and word.han):
        return False
    if word.word in _KINDS_OF_FIRM or word.word in ORG_SUFFIXES:
        return True
    tags = jieba.posseg.dt.word_tag_tab
    return any(
        word.word.endswith(suffix)
        and (head := word.word[: -len(suffix)])
        and jieba.dt.FREQ.get(head, 0) > 0
        and not str(tags.get(head, "")).startswith(("nr", "ns", "nt", "nz"))
        for suffix in ORG_SUFFIXES
    )


def _with_owners(words: list[_Word], spans: list[Span]) -> list[Span]:
    """A kind of organisation right after a word is the tail of the name the two make
    (南洋理工大学, 首尔国立大学, 光速创投): the claim is the whole name, which the
    sources must hold, not its kind, which any other school or fund would support."""
    at = {w.start: i for i, w in enumerate(words)}
    out = []
    for start, end in spans:
        i = at.get(start)
        if i is not None and i > 0 and words[i].end == end and _kind_of_organisation(words[i]):
            before = words[i - 1]
            if (
                before.han
                and before.end == start
                and before.flag not in _NOT_OWNER_TAGS
                and (len(before.word) >= 2 or before.flag != "d")
            ):
                start = before.start
        out.append((start, end))
    return out


#: A facility's name in the dictionary (胜利油田, 太原卫星发射中心, 首都国际机场): which
#: field or which base is a claim, as an organisation's name is.
_FACILITIES = ("油田", "气田", "机场", "发射中心", "测控中心")


#: The kinds of facility a place's name opens (浦东机场, 塔里木油田, 三峡电站).
_FACILITY_KINDS = frozenset({"机场", "油田", "气田", "电站", "水电站", "核电站", "发射场"})


def _facility_head(words: Sequence[_Word], i: int) -> bool:
    """Word i, a place or a word the dictionary lacks (jieba tags 塔里木 a person), names
    the facility of the kind right after it: which airport or field is a claim."""
    word = words[i]
    return (
        i + 1 < len(words)
        and words[i + 1].word in _FACILITY_KINDS
        and word.han
        and len(word.word) >= 2
        and (word.flag in ("ns", "nr") or not word.known)
    )


def _facility(word: str) -> bool:
    """A dictionary organisation named as a facility, its own name before the kind
    (not 航天中心, which names no one)."""
    return any(word.endswith(f) and len(word) - len(f) >= 2 for f in _FACILITIES)


#: A Chinese ordinal number of a craft or a numbered unit: 谷神星一号, 长征五号, 中建三局.
_NUMBERED = re.compile("([一二三四五六七八九十]{1,3})(号|局)")
#: A name of a numbered unit, as :func:`_numbered` reads it: compared as a name, not as a
#: count of 局.
NUMBERED_NAME = re.compile(f"[{HAN}]{{2,4}}[一二三四五六七八九十]{{1,3}}[号局]")
#: What a group's name is tagged before its numbered bureau (中建 ns, 中铁 n), not 连赢 (nr).
_BUREAU_HEADS = frozenset({"n", "ns", "nt", "nz", "j"})
#: What is no name before such a number: 三月一号 (a day), 连赢三局 (a verb's count).
_NOT_NUMBERED_HEAD = ("t", "m", "q", "v", "d", "p", "r", "u", "c", "f", "a", "x")


def _numbered(words: Sequence[_Word]) -> list[Span]:
    """A name and the number jieba splits off it (谷神星|一号, 中建|三局, 中铁|十一|局):
    the number tells one rocket or one bureau of a group from another, so the name is
    read with it."""
    found = []
    for i, head in enumerate(words[:-1]):
        if not head.han or not 2 <= len(head.word) <= 4 or head.flag.startswith(_NOT_NUMBERED_HEAD):
            continue
        if head.word.endswith("月"):
            continue
        rest = "".join(w.word for w in words[i + 1 : i + 3])
        if words[i + 1].start != head.end or not (match := _NUMBERED.match(rest)):
            continue
        if match[2] == "局" and head.flag not in _BUREAU_HEADS:
            continue
        found.append((head.start, head.end + match.end()))
    return found


_NUMERALS = frozenset("一二两三四五六七八九十百千万几数多")


def _short_university(words: Sequence[_Word], i: int) -> bool:
    """中科大, 上海交大, 港科大: jieba tags a university's short name an abbreviation (j)
    ending in 大 (大学); not 三大, 十大 (the three big…), nor 上大分 (a phrase): it stands
    where a name stands, before its team, a news verb, 研究 or a bracket, in a list, or
    before another organisation of a joint work (中科大清华推出)."""
    word = words[i]
    if not (word.flag == "j" and word.han and len(word.word) >= 2 and word.word[-1] == "大") or (
        word.word[0] in _NUMERALS
    ):
        return False
    after = words[i + 1].word if i + 1 < len(words) else ""
    before = words[i - 1].word if i > 0 else ""
    return (
        after in _KINDS
        or after in _NEWS_VERBS
        or after in {"研究", "联合", "教授", "（", "("}
        or _unit_follows(words, i)
        or _KNOWN_NAMES.fullmatch(after) is not None
        or before in _LIST_MARKS
        or after in _LIST_MARKS
    )


#: A university's unit after its short name (中科大自动化所, 北大计算机学院).
_UNIT = re.compile(f"[{HAN}]{{2,4}}?(?:学院|研究院|研究所|实验室|所|系)")


def _unit_follows(words: Sequence[_Word], i: int) -> bool:
    """The words after word i, up to a mark, open with a unit of a university."""
    rest = "".join(w.word for w in itertools.takewhile(lambda w: w.han, words[i + 1 : i + 4]))
    return _UNIT.match(rest) is not None


#: The kinds of an institution's unit its short form ends with, the longest first.
_UNIT_KINDS = ("研究所", "研究院", "实验室", "学院", "所", "院", "系")


def _unit_end(words: Sequence[_Word], i: int) -> int:
    """Where word i, an academy's or a university's name, ends with the unit written
    right after it (中科院|微电子|所, 中科院|物理所, 浙大|计算机|学院): which unit is part of
    the name, so 中科院化学所 is no support from 中国科学院物理研究所.  Word i's own end
    where no unit follows."""
    if words[i].word[-1] not in "院大":
        return words[i].end
    written = ""
    for word in words[i + 1 : i + 4]:
        if not word.han or word.flag.startswith(("v", "p", "u", "r", "d")):
            break
        written += word.word
        kind = next((k for k in _UNIT_KINDS if written.endswith(k)), "")
        if kind and len(written) - len(kind) >= 2:
            return word.end
    return words[i].end


#: What stands between two names of a list: 印奇、Meta, 字节和快手, 腾讯与灵波, 优酷&Microsoft.
_LIST_MARKS = frozenset({"、", "和", "与", "及", "以及", "&", "＆"})


def _tagged(word: _Word) -> bool:
    """jieba does not know the word, or tags it a name or an abbreviation (欧盟)."""
    return (
        word.han
        and 2 <= len(word.word) <= 4
        and (not word.known or word.flag.startswith(("nr", "nt", "nz")) or word.flag == "j")
    )


#: A demonstrative and a count (这两项, 那几家, 该款): it points back to what the text
#: named before, and names nothing itself (jieba's dictionary tags 这两项 a proper noun).
_REFERENCE = re.compile("[这那哪该此每各某][一二两三四五六七八九十几些个位家项款种类名批]")


#: What ends the names of insurers and public bodies, besides the organisation suffixes
#: grouping reads (太平洋保险, 韩国通信委员会).
_BODY_SUFFIXES = frozenset("保险 人寿 委员会 管理局".split())


def _placed_body(word: _Word) -> bool:
    """太平洋保险, 中国人寿: one dictionary word, a place or a name then what ends an
    insurer's or a body's name (车辆保险, a kind of insurance, has no name before it)."""
    import jieba.posseg  # the tagger loads on first use (see newsdesk.chinese)

    if not word.han:
        return False
    tags = jieba.posseg.dt.word_tag_tab
    return any(
        len(word.word) - len(suffix) >= 2
        and str(tags.get(word.word[: -len(suffix)], "")).startswith(("ns", "nt", "nz"))
        for suffix in _BODY_SUFFIXES
        if word.word.endswith(suffix)
    )


def _named_in_dictionary(word: _Word) -> bool:
    """A word the dictionary gives as a place's or an organisation's name, or does not
    know: 韩国 of 韩国通信委员会, not 顾问 of 顾问委员会 (the dictionary tags it a person's
    name, as it does many words of office)."""
    import jieba.posseg  # the tagger loads on first use (see newsdesk.chinese)

    tag = str(jieba.posseg.dt.word_tag_tab.get(word.word, ""))
    return not word.known or tag.startswith(("ns", "nt", "nz"))


#: A common noun, or the short form of one (通信, 电信), between a name and its suffix.
_MIDDLE_TAGS = frozenset({"n", "j"})


def _organisation(words: list[_Word], suffix: int) -> list[Span]:
    """拓竹科技, 上海人工智能实验室: a proper word, at most one common noun, then the suffix."""
    loose = words[suffix].word in _LOOSE_SUFFIXES
    for width in (1, 2):
        first = suffix - width
        if first < 0:
            break
        head = words[first]
        middle = words[first + 1 : suffix]
        if any(not (w.han and w.flag in _MIDDLE_TAGS) or w.word in _EVALUATIVE for w in middle):
            break
        if (
            head.han
            and len(head.word) >= 2
            and _heads_organisation(head, loose)
            and (words[suffix].word not in _BODY_SUFFIXES or _named_in_dictionary(head))
        ):
            return [(head.start, words[suffix].end)]
    return []


#: Tags of words that are no part of a name (a pronoun, a numeral, a particle, a verb…).
_NOT_NAME_TAGS = _NOT_OWNER_TAGS | {"d", "ad", "vd"}
_LONGEST_STEM = 4


def _subject_organisation(words: list[_Word], suffix: int) -> list[Span]:
    """新锐科技完成融资, 新思科技发布: the words that open a clause, a suffix, then a news
    verb: the subject is an organisation whatever its first words are (an adjective, 新锐,
    or characters jieba split, 新|思), as long as they are no pronoun, count or verb and do
    not describe one (创业公司, 新锐科技企业 stays a kind of company).  Words read as a
    name already (中科大团队) are left to the rules that read them."""
    after = suffix + 1
    if after < len(words) and words[after].flag in ("d", "ad", "t"):
        after += 1
    if not _reports(words, after):
        return []
    first = suffix
    while first > 0 and not _opens_clause(words, first):
        first -= 1
    stem = words[first:suffix]
    text = "".join(w.word for w in stem)
    if (
        not stem
        or not 2 <= len(text) <= _LONGEST_STEM
        or any(not w.han or w.flag in _NOT_NAME_TAGS or _tagged(w) for w in stem)
        or _REFERENCE.match(text)
        or text in FIELD_WORDS
        or descriptive(text + words[suffix].word)
    ):
        return []
    return [(stem[0].start, words[suffix].end)]


#: What an event is called after its name (世界人工智能大会, 广交会, 全球人工智能大赛),
#: longest first.
_EVENT_KINDS = ("博览会", "展览会", "展会", "大会", "峰会", "论坛", "大赛", "会")
#: Words that open an event's name that is no single word: the world, a country, a region.
_SCOPES = frozenset("世界 全球 国际 中国 全国 亚洲 亚太 欧洲 美国".split())
#: An event's name opening a clause, then what an event does (世界人工智能大会在上海开幕).
_EVENT = re.compile(
    rf"(?:^|(?<=[，。；：！？、“”「」《》\s]))([{HAN}]{{2,10}}?)({'|'.join(_EVENT_KINDS)})"
    rf"(?=[^，。；！？]{{0,12}}?(?:开幕|召开|举行|举办|闭幕|落幕|启幕|揭幕))"
)


def _events(sentence: str) -> list[Span]:
    """An event named where it opens, closes or is held (天工会在上海开幕): its name is a
    claim unless it is an ordinary word and its kind (发布会, 股东大会, 开发者大会), or a
    pronoun or count points back to it (此次大会, 本届峰会)."""
    found = []
    for match in _EVENT.finditer(sentence):
        if jieba.dt.FREQ.get(sentence[match.end(2) - 1 : match.end(2) + 1], 0):
            continue  # 会议, 会谈: the kind's last character opens a word, an ordinary meeting
        words = [w for w in _words(match.group(1)) if w.word.strip()]
        if not words or any(not w.han or w.flag in _NOT_NAME_TAGS for w in words):
            continue
        if len(words) > 1:
            named = words[0].word in _SCOPES or any(_tagged(w) for w in words)
        else:
            named = _tagged(words[0]) or jieba.dt.FREQ.get(words[0].word, 0) < _COMMON
        if named:
            found.append((match.start(1), match.end(2)))
    return found


#: Words that rank or size organisations: between a place and a kind of organisation
#: they describe (美国顶尖实验室, 国内头部公司), where a field names one (上海人工智能实验室).
_EVALUATIVE = frozenset("顶尖 顶级 头部 知名 领先 一流 主流 龙头 大型 中小 小型 新兴 老牌".split())


def _heads_organisation(head: _Word, loose: bool) -> bool:
    """科技 and 智能 also end common phrases (具身智能): before them only a name's tag or an
    unknown noun counts; before the other suffixes any name tag or unknown word does."""
    if head.flag.startswith(("nr", "nt")):
        return True
    if not head.known:
        return head.flag[0] == "n" if loose else head.flag[0] in "nja"
    if loose:  # a rare nz word is a brand (红牛科技), a frequent one a field (高新科技)
        return head.flag.startswith("nz") and jieba.dt.FREQ.get(head.word, 0) < _COMMON
    return head.flag.startswith(("nz", "ns"))
