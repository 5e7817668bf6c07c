"""Chinese names in generated text: organisations and persons.

Chinese names are found with jieba's part-of-speech tags (nr persons, nt organisations),
kept only where the tag is trustworthy (jieba also tags 智慧 and 卫星 as persons: a person
needs a surname), and with the places names take: before an organisation suffix
(拓竹科技), next to a title (创始人印奇), before a news verb (灵波发布) or a product name
(灵波ERNIE), in a list with another name (印奇、Meta).  A person is also a surname and one
or two characters where a person stands, whatever jieba made of them (但李俊认为,
校友乔婷淼斩获: :func:`._chinese_persons._placed_persons`).  Words jieba's dictionary lacks
count there, since its HMM makes them up mostly from names.  The product's alias table
(:mod:`newsdesk.aliases`) names what jieba cannot tag (英伟达, 月之暗面) and lets "Google"
be supported by a Chinese source that says 谷歌.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

import jieba

from newsdesk.aliases import entities
from newsdesk.chinese import FIELD_WORDS, HAN, ORG_SUFFIXES
from newsdesk.editor._chinese_organisations import (
    _BODY_SUFFIXES,
    _KINDS,
    _LIST_MARKS,
    _LOOSE_SUFFIXES,
    _NEWS_VERBS,
    _REFERENCE,
    _events,
    _facility,
    _facility_head,
    _numbered,
    _organisation,
    _placed_body,
    _reports,
    _short_university,
    _subject_organisation,
    _tagged,
    _unit_end,
    _with_owners,
)
from newsdesk.editor._chinese_persons import (
    _COMMON,
    _NOT_NAME_ENDINGS,
    _TITLES,
    _counted,
    _cut_person,
    _given_name,
    _interviewed,
    _person,
    _placed_persons,
    _titled,
    _worded_person,
)
from newsdesk.editor._chinese_words import (
    _DOTTED_NAME,
    _LEADING_CONJUNCTIONS,
    _NAME_TAGS,
    _lone_head,
    _opens_clause,
    _unknown,
    _Word,
    _words,
    is_district,
)
from newsdesk.editor._latin_names import NOT_CLAIMS, Span
from newsdesk.editor._name_forms import _COMMON_NAMES, _COMMON_WORDS, _KNOWN, _KNOWN_NAMES
from newsdesk.editor._name_tables import EVERYDAY_WORDS
from newsdesk.editor._place_table import places
from newsdesk.editor._transliteration import SYLLABLES

#: Outlets' Chinese names: whom a writer cites (据华尔街日报报道) is often the item's source
#: field rather than its text, so a citation is no claim; an outlet at work (彭博社收购) is.
_OUTLETS = frozenset(h for e in entities() if e.outlet for h in e.chinese)
#: What stands before and after a name a writer cites: 据X报道, 援引X, X报道称, X获悉.
_CITING_BEFORE = re.compile(r"(?:据|援引|引述)(?:英国|美国|日本)?《?$")
_CITING_AFTER = re.compile(r"》?(?:报道|消息|获悉|称)")
#: Words after which a name follows (对话拓竹陶冶, 专访印奇).
_BEFORE_NAMES = frozenset({"对话", "专访"})
#: Words after which a common-word name is the organisation: its verbs, its team, its
#: official voice (高通官方出品: an apple or an ant has no 官方).
_COMMON_BEFORE_VERB = re.compile(
    "({})(?:{})".format(
        "|".join(sorted(_COMMON_NAMES, key=len, reverse=True)),
        "|".join(sorted(_NEWS_VERBS | {"团队", "母公司", "旗下", "开源", "正式", "官方"}, key=len)),
    )
)


def _after_dots(sentence: str, words: Sequence[_Word]) -> list[Span]:
    """The surname after the dot of a foreign name (查佩克 of 约翰·查佩克), which jieba may
    cut into a verb and a name (查|佩克): the words of transliteration characters after
    the dot, up to a word of two characters or more that is no name (基于 of 罗比基于)."""
    out = []
    for dotted in _DOTTED_NAME.finditer(sentence):
        start, end = dotted.span(2)
        last = start
        for word in words:
            if word.start < start or word.end > end:
                continue
            if len(word.word) > 1 and word.known and not word.flag.startswith(("nr", "ns")):
                break
            last = word.end
        if last - start >= 2:
            out.append((start, last))
    return out


def _straddles(match: re.Match[str], words: Sequence[_Word]) -> bool:
    """Whether a table name found in a sentence begins inside one dictionary word and ends
    inside another (中粮 of 其中|粮食, 商飞 of 电商|飞速): two everyday words side by side,
    no name.  A name glued to one word (由华为, 东鹏饮料) keeps a boundary of its own."""
    start, end = match.span()
    return any(w.known and w.start < start < w.end for w in words) and any(
        w.known and w.start < end < w.end for w in words
    )


def chinese_names(sentence: str) -> list[Span]:
    """Spans of the Chinese organisation and person names of one sentence."""
    return list(_chinese_names(sentence))


@lru_cache(maxsize=8192)
def _chinese_names(sentence: str) -> tuple[Span, ...]:
    """:func:`chinese_names`, remembered: verifying a digest reads every source's
    sentences again, and each run of the day verifies its drafts again."""
    words = [w for w in _words(sentence) if w.word.strip()]
    spans = [m.span() for m in _KNOWN_NAMES.finditer(sentence) if not _straddles(m, words)]
    spans += [  # 快手 is a quick hand, but 快手发布 a company at work
        m.span(1) for m in _COMMON_BEFORE_VERB.finditer(sentence) if m[1] in _COMMON_NAMES
    ]
    spans += _placed_common_names(sentence, words)
    persons = _placed_persons(sentence)
    spans += persons
    spans += _after_dots(sentence, words)
    spans += [  # 深圳市|龙岗区: a district right after its city, whatever jieba tags it
        (word.start, word.end)
        for before, word in itertools.pairwise(words)
        if before.flag == "ns" and before.end == word.start and is_district(word.word)
    ]
    index = 0
    while index < len(words):  # persons: runs of nr-tagged words
        run = []
        while index < len(words) and words[index].han and words[index].flag.startswith("nr"):
            run.append(words[index])
            index += 1
        if len(run) == 1 and index < len(words) and (given := _titled(run[0], words[index])):
            spans.append((run[0].start, words[index].start + given))  # 晏 + 周教授
            index += 1
            continue
        if len(run) == 1 and index < len(words) and _given_name(run[0], words[index]):
            run.append(words[index])  # 周 + 明远: a surname alone, then the given name
            index += 1
        if not run:
            index += 1
            continue
        start = run[0].start
        name = "".join(w.word for w in run)
        if name[0] in _LEADING_CONJUNCTIONS:  # 和杰伦: jieba glued "and" to the name
            start, name = start + 1, name[1:]
        if _person(name, run) and not _counted(sentence, start):
            spans.append((start, run[-1].end))
        elif len(run) > 1:  # 拓竹吴永辉: a company and its founder, each tagged a name
            spans.extend((w.start, w.end) for w in run if _person(w.word, [w]))
    interviewed: list[Span] = []
    for i, word in enumerate(words):
        if _is_suffix(word.word) and i > 0:
            spans.extend(_organisation(words, i) or _subject_organisation(words, i))
        elif _versioned(words, i):
            spans.append((word.start, word.end))  # 拓竹3.0: a product and its version
        elif (
            word.flag == "nt"
            and word.han
            and (not word.known or _organisation_ending(word.word) or _facility(word.word))
            and word.word not in _KINDS_OF_ORGANISATION
        ):
            spans.append((word.start, _unit_end(words, i)))  # 哈工大, 中科院|所: bodies
        elif _facility_head(words, i):
            spans.append((word.start, words[i + 1].end))  # 浦东|机场, 溪洛渡|水电站
        elif _placed_body(word):
            spans.append((word.start, word.end))  # 太平洋保险: a place, then an insurer
        elif word.flag == "j" and len(word.word) >= 3 and _organisation_ending(word.word):
            spans.append((word.start, word.end))  # 证监会, 发改委: a body's short name
        elif _short_university(words, i):
            spans.append((word.start, _unit_end(words, i)))  # 中科大, 上海交大: short names
        elif (
            _opens_clause(words, i)
            and not _listed_action(words, i)
            and not _after_quote(words, i)
            and _subject(word, nouns_only=True)
            and _acts(words, i + 1)
        ):
            spans.append((word.start, word.end))  # 牧原坚持…: an unknown noun as a subject
        elif (
            _unknown(word)
            and (len(word.word) == 3 or word.flag.startswith(("nr", "ns")))
            and _person(word.word, [word])
            and (_acts(words, i + 1) or _speaks(words, i + 1))
        ):
            spans.append((word.start, word.end))  # 校友石智航斩获, 校友印奇斩获: surname, verb
        elif _unplaced_transliteration(words, i):
            spans.append((word.start, word.end))  # 奥巴马: jieba tags the person a place
        elif _opens_clause(words, i) and _worded_person(word) and _speaks(words, i + 1):
            spans.append((word.start, word.end))  # 陶冶正式出任…: a name that is a word
        elif (
            _opens_clause(words, i)
            and not _listed_action(words, i)
            and not _after_quote(words, i)
            and (_unknown(word) or word.word in _COMMON_NAMES or _rare_name(word))
            and _relates(words, i + 1)
        ):
            spans.append((word.start, word.end))  # 优酷亲自…, 快手在…: a subject at work
        elif (
            _opens_clause(words, i)
            and (_subject(word) or word.word in _COMMON_NAMES)
            and _owner_acts(words, i + 1)
        ):
            spans.append((word.start, word.end))  # 拓竹研究生开源: a name and its people
        elif _rare_name(word) and _clause_object(words, i, i):
            spans.append((word.start, word.end))  # 讲述了红牛如何…: a verb's clause's subject
        elif word.word in _BEFORE_NAMES and (named := _interviewed(words, i + 1)):
            interviewed.append(named)  # 对话拓竹叶天奇: whoever an interview is with
        elif word.word in _NEWS_VERBS and (cut := _cut_person(words, i)):
            spans.append(cut)  # 姚|顺|雨接管: a name jieba cut into characters
        elif word.word in _TITLES or word.word.endswith("学家") or word.word in _BEFORE_NAMES:
            before = words[i - 1] if i and word.word in _TITLES else None
            if before and _field_noun(before) and i > 1 and _subject(words[i - 2]):
                before = words[i - 2]  # 任天堂工程负责人: the name, its field, the title
            for near in (before, words[i + 1] if i + 1 < len(words) else None):
                if near and _tagged(near):
                    spans.append((near.start, near.end))
        elif (
            word.word in _NEWS_VERBS
            and i > 0
            and _subject(words[i - 1])
            and not _COUNTED_BEFORE.search(sentence, 0, words[i - 1].start)
        ):  # 灵波完成…, but not 一个人能完成: a thing counted is no name
            spans.append((words[i - 1].start, words[i - 1].end))
        elif (
            word.flag == "eng"
            and word.word[0].isupper()
            and word.word.lower() not in NOT_CLAIMS
            and i > 0
            and _subject(words[i - 1])
            and not _after_measure(words, i - 1)
        ):
            spans.append((words[i - 1].start, words[i - 1].end))  # 灵波ERNIE: maker, product
        elif (
            word.known
            and word.flag[:2] in _NAME_TAGS
            and len(word.word) >= 3
            and word.word[-1] in "院所"
        ):
            spans.append((word.start, word.end))  # 达摩院
        elif (
            word.word == "等"
            and i > 0
            and _tagged(words[i - 1])
            and (_kind_follows(words, i) or _reports(words, i + 1))
        ):
            spans.append((words[i - 1].start, words[i - 1].end))  # 灵波等机构, 灵波等提出
        elif word.word in _OWNED and i > 0 and _tagged(words[i - 1]):
            spans.append((words[i - 1].start, words[i - 1].end))  # 灵波母公司, 灵波旗下
        elif word.word == "版" and i > 0 and _tagged(words[i - 1]) and _product_at(words, i + 1):
            spans.append((words[i - 1].start, words[i - 1].end))  # 灵波版 Claude: its maker
    for a, b in interviewed:  # the names found inside it say better where each name is
        spans += _uncovered(a, b, spans)
    spans += _events(sentence)
    spans += _numbered(words)
    spans += [m.span(1) for m in _QUOTED_SERIAL.finditer(sentence)]
    spans = _with_lone_heads(words, _with_owners(words, spans + _listed_with(words, spans)))
    spans += _beside_names(words, spans)
    ordinary = {(w.start, w.end) for w in words if _descriptive(w.word)}
    ordinary |= {s for s in spans if _opens_doubled(sentence, s)}
    return tuple(
        _longest_first(
            [s for s in spans if s not in ordinary and not any(a < s[0] < b for a, b in persons)]
        )
    )


#: What joins a character to itself in a fixed phrase: 端到端 (end to end), 点对点.
_DOUBLING = re.compile(f"([{HAN}])[到对]\\1")


#: A name in quotation marks with its serial number in figures (“深蓝 3 号”, “海葵1号”):
#: one name, whose number is its own, not a figure of the sentence.
_QUOTED_SERIAL = re.compile(rf"[“「『\"]([{HAN}]{{2,6}}\s?\d{{1,3}}\s?号)[”」』\"]")


def _opens_doubled(sentence: str, span: Span) -> bool:
    """Whether the span's last character opens a known phrase that repeats it (端 of 端到端
    in 能端到端处理): jieba glued the phrase's first character to the word before, which
    is no name then (能 is "can").  张三到三亚 keeps its 张三: 三到三 is no phrase."""
    start, end = span
    phrase = _DOUBLING.match(sentence, end - 1)
    return end - start >= 2 and phrase is not None and _known(phrase.group())


def _known(word: str) -> bool:
    """Whether jieba's dictionary or the field's word lists hold the word."""
    import jieba

    jieba.dt.check_initialized()
    return jieba.dt.FREQ.get(word, 0) > 0 or word in FIELD_WORDS or word in EVERYDAY_WORDS


def cites_outlet(sentence: str, name: str) -> bool:
    """Whether the sentence cites the outlet ``name`` (据彭博社报道, 援引路透社, 路透社报道称,
    财新获悉): who reported it, which sources that credit no one need not give, but which
    must be theirs where they credit anyone (据路透社 for their 据彭博社 is invented)."""
    return name in _OUTLETS and any(
        _CITING_BEFORE.search(sentence, 0, at.start()) is not None
        or _CITING_AFTER.match(sentence, at.end()) is not None
        for at in re.finditer(re.escape(name), sentence)
    )


#: News press in either script (Latin in lower case, not a name marked common): a digest
#: credits the piece it retells to it (机器之心介绍, InfoQ 报道, 新智元的文章认为).
_PRESS_CHINESE = frozenset(h for e in entities() if e.press for h in e.chinese)
_PRESS_LATIN = frozenset(n for e in entities() if e.press for n in e.latin if n not in e.common)
#: Before a name a text credits as a wire's report (据 Reuters 报道, 援引彭博社).
_WIRE_BEFORE = re.compile(r"(?:据|援引|引述)《?\s?$")
#: After the press, crediting it with the piece a text retells.
_CREDITING_AFTER = re.compile(
    r"》?\s?(?:的?(?:报道|消息|文章|解读|梳理|整理|汇总|编译|介绍|分析)|获悉|称|撰文|认为|指出)"
)


def credits_press(sentence: str, name: str) -> bool:
    """Whether the sentence credits the news press ``name`` with the piece it retells
    (机器之心介绍, InfoQ 报道, 新智元的文章认为): a digest names the item's outlet, which its
    title and text need not; a journal (《自然》发文) is no press.  "据 Reuters 报道" is not
    read so: a wire's report a summary adds is an invented source as often as not (a
    first version took it too, and a planted fresh9 text passed)."""
    if name not in _PRESS_CHINESE and name.casefold() not in _PRESS_LATIN:
        return False
    return any(
        _CREDITING_AFTER.match(sentence, at.end()) is not None
        and _WIRE_BEFORE.search(sentence, 0, at.start()) is None
        for at in re.finditer(re.escape(name), sentence)
    )


#: Sources crediting someone with what they report, whoever it is (据The Information报道,
#: TechCrunch 报道称, 援引知情人士, according to Reuters, Reuters reported).
_SOURCES_CREDIT = re.compile(
    r"报道|消息称|援引|引述|获悉|according to|\breport(?:s|ed)\b|\btold\b", re.I
)


@lru_cache(maxsize=256)
def names_press(text: str) -> bool:
    """Whether a text names any news press or credits anyone: sources that credit an
    outlet themselves make the outlet a text credits a claim to check (据路透社 for their
    据彭博社, or for their 据 The Information 报道, is wrong)."""
    lower = text.casefold()
    return (
        any(h in text for h in _PRESS_CHINESE)
        or any(re.search(rf"(?<![a-z]){re.escape(n)}(?![a-z])", lower) for n in _PRESS_LATIN)
        or _SOURCES_CREDIT.search(text) is not None
    )


@lru_cache(maxsize=256)
def names_outlet(text: str) -> bool:
    """Whether a text names an outlet or any news press: sources that do make the outlet a
    text cites a claim to check (据路透社 for their 据彭博社); an anonymous credit
    (消息称, 知情人士) names none, and the writer may add the outlet it knows."""
    lower = text.casefold()
    return any(h in text for h in _OUTLETS | _PRESS_CHINESE) or any(
        re.search(rf"(?<![a-z]){re.escape(n)}(?![a-z])", lower) for n in _PRESS_LATIN
    )


#: Heads of words that name an event, not who holds it (交易会, 发布会 after an ordinary word).
_EVENT_HEADS = frozenset("会")
#: Modifiers that make an ordinary noun a new one (新旗舰, 新时代), not a name.
_MODIFIERS = frozenset("新")


def _descriptive(word: str) -> bool:
    """An ordinary word the dictionary may tag an organisation: a modifier before a common
    noun (新旗舰: a new flagship) or a common word before an event's head (交易会: a trade
    fair).  A name's first part is no common word (广交会, 证监会, 新华社), so names stay."""
    if len(word) < 3:
        return False
    if word[0] in _MODIFIERS:
        head, rest = word[1:], "n"
    elif word[-1] in _EVENT_HEADS:
        head, rest = word[:-1], ""
    else:
        return False
    tag = str(jieba.posseg.dt.word_tag_tab.get(head, ""))
    common = jieba.dt.FREQ.get(head, 0) >= _COMMON and tag[:2] not in _NAME_TAGS and tag != "j"
    return common and (not rest or tag == rest)


#: Words after an organisation that say what it owns (灵波母公司, 灵波旗下).
_OWNED = frozenset({"母公司", "旗下"})


def _product_at(words: list[_Word], i: int) -> bool:
    """A capitalised Latin name stands here (Claude, DeepMind): a product or a lab."""
    return (
        i < len(words)
        and words[i].flag == "eng"
        and words[i].word[:1].isupper()
        and words[i].word.lower() not in NOT_CLAIMS
    )


#: What a maker makes, where a common word's 的 owns one (快手的视频生成模型, 蚂蚁的世界模型).
_PRODUCT_KINDS = frozenset("模型 大模型 产品 芯片 框架 助手 智能体 机器人".split())


def _owns_product(words: list[_Word], i: int) -> bool:
    """快手的视频生成模型, 蚂蚁的世界模型: a common word whose 的 owns a model or a product,
    at most three words on, is the maker (a quick hand owns no model)."""
    return (
        i < len(words)
        and words[i].word == "的"
        and any(w.word in _PRODUCT_KINDS for w in words[i + 1 : i + 4])
    )


def _rare_name(word: _Word) -> bool:
    """A dictionary word jieba tags a person or a proper noun that is rare as a word
    (紫光, 红牛): where a subject stands, a name."""
    return (
        word.known
        and word.han
        and 2 <= len(word.word) <= 4
        and word.flag.startswith(("nr", "nz"))
        and jieba.dt.FREQ.get(word.word, 0) < _COMMON
    )


def _placed_common_names(sentence: str, words: list[_Word]) -> list[Span]:
    """快手 is a quick hand, but a company where a name stands: opening a clause before a
    verb, an adverb, a preposition or a colon (快手亲自下场, 快手：), between a verb and a
    preposition (揭示快手在…), or before a Latin name, its product or lab (快手 DeepMind,
    快手版 Claude) or a product it owns (快手的视频生成模型).  jieba often cuts such a name
    into characters (快|手), so it is found in the text, whole between word bounds."""
    firsts = {w.start: i for i, w in enumerate(words)}
    lasts = {w.end: i for i, w in enumerate(words)}
    found = []
    for match in _COMMON_WORDS.finditer(sentence):
        first, last = firsts.get(match.start()), lasts.get(match.end())
        if first is None or last is None:
            continue
        after = last + 1
        if after < len(words) and words[after].word == "版":
            after += 1
        if (
            (_opens_clause(words, first) and _relates(words, last + 1))
            or _product_at(words, after)
            or _owns_product(words, last + 1)
            or _clause_object(words, first, last)
            or (_opens_clause(words, first) and _owner_acts(words, last + 1))
        ):
            found.append(match.span())
        elif first > 0 and _subject(words[first - 1]) and _clause_object(words, first - 1, last):
            owner = words[first - 1]  # 报道飞猪有道通过: a name right before a word-like name
            found += [match.span(), (owner.start, owner.end)]
    return found


def common_names(sentence: str) -> list[Span]:
    """Every name of the table that is also a common word (小米, 苹果, 快手, 蚂蚁), where
    jieba does not read it as part of a dictionary word (字节码; its HMM's guesses, 快手混元,
    may be cut) nor as that word: no count before it (26字节, 一只蚂蚁) and not a verb,
    adjective or adverb of the dictionary (联想到).  In a story whose sources name the field's
    makers such a word is the maker wherever it stands (介绍小米世界模型, 小米高层亲自站台),
    so the verifier checks it there (``Evidence.makers``)."""
    words = [w for w in _words(sentence) if w.word.strip()]
    found = []
    for match in _COMMON_WORDS.finditer(sentence):
        inside = [w for w in words if w.end > match.start() and w.start < match.end()]
        if not inside or any(
            w.known and (w.start < match.start() or w.end > match.end()) for w in inside
        ):
            continue
        ordinary = len(inside) == 1 and inside[0].known and inside[0].flag[:1] in "vad"
        if (
            not ordinary
            and not _COUNTED_BEFORE.search(sentence, 0, match.start())
            and not _joins_lone_character(words, match)
        ):
            found.append(match.span())
    return found


def _joins_lone_character(words: Sequence[_Word], match: re.Match[str]) -> bool:
    """Whether the name's first character makes a dictionary word with a lone character
    cut off before it: 中美的 is 中美 + 的 ("China and the US's"), though the segmenter
    leaves 中 alone and reads 美的, the appliance maker."""
    before = [w for w in words if w.end == match.start()]
    return (
        len(before) == 1 and len(before[0].word) == 1 and _known(before[0].word + match.group()[0])
    )


def common_name_in(text: str) -> bool:
    """Whether a text holds a name of the table that is also a common word (蚂蚁 in
    蚂蚁灵波): a source that uses one is about makers even where the table's names
    proper are missing."""
    return _COMMON_WORDS.search(text) is not None


#: The measure of a numbered thing (7 号机, 3 号线), which jieba may glue to the word after.
_COUNT_MEASURES = frozenset("号")
#: A count right before a word (26字节, 一只蚂蚁, 三个苹果): the word is a thing counted.
_COUNTED_BEFORE = re.compile(r"[\d一二两三四五六七八九十百千万几数多][个只颗斤粒块条]?\s?$")


def _clause_object(words: list[_Word], first: int, last: int) -> bool:
    """揭示小米在…, 讲述了红牛如何…: after a verb (and its 了) and before a preposition
    or a "how" or "why" (its name, 科技, may stand between), a word is the subject of the
    clause the verb takes, and a common or rare word there is a company.  与 and 同 are
    no such preposition: they join two objects (合并智驾与座舱)."""
    before = first - 1
    if before > 0 and words[before].flag in _ASPECT_TAGS:
        before -= 1
    after = last + 1
    if after < len(words) and words[after].word in _LOOSE_SUFFIXES:
        after += 1
    return (
        before >= 0
        and words[before].flag in ("v", "vn")
        and after < len(words)
        and (
            (words[after].flag == "p" and words[after].word not in _LEADING_CONJUNCTIONS)
            or words[after].word in _HOW
        )
    )


#: Aspect particles after a verb (讲述了, 看着, 做过).
_ASPECT_TAGS = frozenset({"ul", "uz", "ug"})
#: How and why: the word before them, after a verb, opens the clause they ask about.
_HOW = frozenset({"如何", "怎样", "怎么", "为何", "为什么"})


def _with_lone_heads(words: list[_Word], spans: list[Span]) -> list[Span]:
    """Names with the lone character jieba cut from their head (华 + 穹云): a name must not
    be taken for the tail of a longer one, or the bold and the check land inside it."""
    starts = {w.end: i for i, w in enumerate(words)}
    out = []
    for start, end in spans:
        i = starts.get(start)
        if i is not None and _lone_head(words, i):
            start = words[i].start
        out.append((start, end))
    return out


#: Words jieba's dictionary tags organisations (nt) that name a kind of one, by its
#: status, owner or country (A股上市公司千里科技: the company is 千里科技; 一家美国公司).
#: After a name they are its tail (:func:`._chinese_organisations._with_owners`).
_KINDS_OF_ORGANISATION = frozenset(
    """上市公司 创投公司 商业银行 国有银行 外资银行 中资银行 网上银行 综合大学 民办大学
    美国公司 日本公司 英国公司 瑞典公司 美国大学 英国大学""".split()
)


#: Characters an organisation's name ends with when it is a dictionary word: a
#: university's short name (哈工大), an academy or an institute (中科院, 达摩院), a
#: ministry, commission, bureau, union or society (工信部, 日本外务省, 国资委, 欧盟, 学会).
_ORG_ENDINGS = frozenset("大院所部委局盟会署办行社校司团厂台储省")


def _organisation_ending(word: str) -> bool:
    """A dictionary word tagged an organisation that ends as one (哈工大, 美联储), not
    the dictionary's other "organisations" (最新进展, 统计学, 最大化, 联合开发)."""
    return any(word.endswith(s) for s in ORG_SUFFIXES) or (
        len(word) >= 3 and word[-1] in _ORG_ENDINGS
    )


def _listed_action(words: Sequence[_Word], i: int) -> bool:
    """检索、双源验证、获取: after a list mark that follows a verb, the items are actions,
    and the noun that opens one is its object, not a subject (双源 is no name)."""
    return i >= 2 and words[i - 1].word in _SCRIPT_LISTS and words[i - 2].flag in ("v", "vn")


def _kind_follows(words: list[_Word], i: int) -> bool:
    return i + 1 < len(words) and words[i + 1].word in _KINDS


#: Marks that list names of either script (印奇、Meta, 优酷&Microsoft); 和 and 与 join
#: terms too (长上下文和RAG).
_SCRIPT_LISTS = frozenset({"、", "&", "＆"})


def _uncovered(start: int, end: int, spans: list[Span]) -> list[Span]:
    """The stretches of two or more characters of start..end that no span covers
    (对话飞猪周剑: 周剑 is a person, so 飞猪 before him is the company)."""
    out, at = [], start
    for a, b in sorted(spans):
        if b <= at or a >= end:
            continue
        if a - at >= 2:
            out.append((at, a))
        at = max(at, b)
    if end - at >= 2:
        out.append((at, end))
    return out


def _beside_names(words: list[_Word], spans: list[Span]) -> list[Span]:
    """北大灵波首创, 蚂蚁飞猪上桌, 快手 DeepMind: a word jieba lacks right before a name,
    or right after one and acting, is another name (two makers of one work, a group and
    its unit, a maker and its lab)."""
    starts = {a for a, _ in spans}
    ends = {b for _, b in spans}
    found = []
    for i, word in enumerate(words):
        if (
            not _unknown(word)
            or _after_measure(words, i)
            or any(a <= word.start < b for a, b in spans)
        ):
            continue
        after = words[i + 1] if i + 1 < len(words) else None
        named_after = after is not None and (
            after.start in starts
            or (
                after.flag == "eng"
                and after.word[:1].isupper()
                and after.word.lower() not in NOT_CLAIMS
            )
        )
        if named_after or (word.start in ends and _relates(words, i + 1)):
            found.append((word.start, word.end))
    return found


def _after_measure(words: Sequence[_Word], i: int) -> bool:
    """Whether the word follows a numbered thing's measure (7 号|机用): jieba glued the
    thing's noun to what came next (7 号机 is the seventh rocket), no name's start."""
    return i > 0 and words[i - 1].flag == "m" and words[i - 1].word[-1] in _COUNT_MEASURES


def _listed_with(words: list[_Word], spans: list[Span]) -> list[Span]:
    """印奇、Meta, 字节和快手: a word listed next to a name is a name of the same kind; and
    a name that is also a word (字节) joined to a word that stands as a name (任天堂, 可灵
    which jieba glues to 和) makes both names (落后于字节和任天堂)."""
    found = []
    for i in range(1, len(words)):
        joined = _joined_name(words, i)
        if joined and words[i - 1].word in _COMMON_NAMES:
            found += [(words[i - 1].start, words[i - 1].end), joined]
    for i in range(1, len(words) - 1):
        if words[i].word not in _LIST_MARKS:
            continue
        for near, other in ((i - 1, i + 1), (i + 1, i - 1)):
            named = words[i].word in _SCRIPT_LISTS and _product_at(words, other)
            named = named or any(a <= words[other].start < b for a, b in spans)
            if named and (_tagged(words[near]) or words[near].word in _COMMON_NAMES):
                found.append((words[near].start, words[near].end))  # 苹果、Meta
    return found


def _field_noun(word: _Word) -> bool:
    """A dictionary noun that says which part of an organisation a title heads (工程, 产品
    in 工程负责人, 产品总监)."""
    return word.known and word.han and word.flag == "n" and len(word.word) == 2


def _joined_name(words: list[_Word], i: int) -> Span | None:
    """The name that 和 or 与 joins at word i: the next word where it stands as a name, or
    the rest of a word jieba lacks that glued the conjunction to a name (和|可灵)."""
    word = words[i]
    if word.word in ("和", "与") and i + 1 < len(words) and _subject(words[i + 1]):
        return words[i + 1].start, words[i + 1].end
    if (
        word.word[:1] in ("和", "与")
        and word.han
        and not word.known
        and 3 <= len(word.word) <= 5
        and word.flag[:1] in "nj"
    ):
        return word.start + 1, word.end
    return None


def _after_quote(words: Sequence[_Word], i: int) -> bool:
    """The word follows a closing quote: the quoted words describe it (“个人超级智能”愿景,
    “一口气”丝滑地生成), it is no subject the quote's end opens."""
    return i > 0 and words[i - 1].word in "”’」』"


#: What after a transliteration makes it a place's name (密苏里州, 马萨岛, 格林纳丁斯群岛).
_PLACE_AFTER = re.compile("[州省市县区岛湾河山湖港城镇村邦洲]|群岛|地区")


@lru_cache(maxsize=1)
def _place_starts() -> frozenset[str]:
    """Every Chinese form of ``places.yaml`` and each of its starts (密歇根 of 密歇根州)."""
    return frozenset(
        f[:end] for p in places().values() for f in p.zh for end in range(2, len(f) + 1)
    )


def _unplaced_transliteration(words: Sequence[_Word], i: int) -> bool:
    """A dictionary word of three or more transliteration characters that jieba tags a
    place (奥巴马 is ns, as 乌克兰 is) but that is no place of ``places.yaml`` nor the start
    of one, and has no place's ending after it: with every country and the world's large
    cities in the table, such a word is a person's name far more often than a place."""
    word = words[i]
    return (
        word.flag == "ns"
        and word.known
        and len(word.word) >= 3
        and all(c in SYLLABLES for c in word.word)
        and word.word not in _place_starts()
        and word.word not in _KNOWN
        and not (i + 1 < len(words) and _PLACE_AFTER.match(words[i + 1].word))
    )


#: What a person does in the news and a word rarely does (陶冶出任 is a person, 陶冶情操
#: a phrase).
_PERSON_VERBS = frozenset(
    """出任 担任 加入 加盟 离职 接任 接管 卸任 创立 创办 聊 谈 表示 认为 坦言 透露 回应 称
    撰文 发文 推荐 评论""".split()
)


def _speaks(words: list[_Word], i: int) -> bool:
    """A person's verb follows (出任, 认为), right away or after an adverb (正式出任)."""
    if i < len(words) and words[i].flag in ("d", "ad"):
        i += 1
    return i < len(words) and words[i].word in _PERSON_VERBS


#: Words jieba tags nouns that a headline uses as its predicate after a company (小米下场,
#: 字节入局大模型, 腾讯加码算力): after a common word they make it the subject.
_NEWS_PREDICATES = frozenset({"下场", "入局", "入场", "加码", "发力", "造车", "造芯", "曝光"})
#: A company's figures after its name (拓竹年营收首破…, 星澜市值蒸发…): the name owns them.
_METRICS = re.compile(r"(?:全?年|[一二三四]?季度|Q[1-4])?(?:营收|收入|市值|股价|估值|财报|净利)")


def _relates(words: list[_Word], i: int) -> bool:
    """What follows a subject: a verb, an adverb, a preposition (在, 通过), a colon, a
    headline's predicate noun (下场) or the subject's own figures (年营收), not a verbal
    noun (三网融合 is a phrase)."""
    if i >= len(words):
        return False
    return (
        words[i].flag in ("v", "vd", "d", "ad", "p")
        or words[i].word in "：:"
        or words[i].word in _NEWS_PREDICATES
        or _METRICS.match("".join(w.word for w in words[i : i + 4])) is not None
    )


#: An organisation's people and work after its name (拓竹研究生, 优酷研究, 紫光黑科技):
#: opening a clause before a verb, the name owns them.
_MEMBERS = frozenset("研究生 研究员 研究 工程师 科学家 员工 黑科技".split())


def _owner_acts(words: list[_Word], i: int) -> bool:
    """Its people or its work, then a verb or a news verb (拓竹研究生开源, 优酷研究指出,
    紫光黑科技破解): the word before them owns them."""
    for width in (1, 2):
        if "".join(w.word for w in words[i : i + width]) in _MEMBERS:
            return _relates(words, i + width) or _reports(words, i + width)
    return False


def _acts(words: list[_Word], i: int) -> bool:
    """A verb follows (坚持, 推出), or an adverb and then a verb (正式发布)."""
    if i < len(words) and words[i].flag in ("d", "ad"):
        i += 1
    return i < len(words) and words[i].flag == "v" and words[i].han


def _subject(word: _Word, *, nouns_only: bool = False) -> bool:
    """A name in a name's place: a person's or organisation's tag, or a word jieba does
    not know that is not a verb or a particle (its HMM tags 优酷 an adjective and 石智航 an
    abbreviation; without a news verb after it, only its nouns and abbreviations count).
    Two-character dictionary words tagged nr are mostly common words (高阶, 博客), and so
    are frequent ones tagged nz (论文): before a news verb a rare one is a name (红牛完成,
    紫光发布)."""
    if not word.han or not 2 <= len(word.word) <= 4 or _REFERENCE.match(word.word):
        return False
    if word.known:
        if word.flag == "nt" or (
            word.flag.startswith("nr")
            and len(word.word) >= 3
            and word.word[-1] not in _NOT_NAME_ENDINGS  # 许可证开源: a licence, no person
        ):
            return True
        rare = jieba.dt.FREQ.get(word.word, 0) < _COMMON
        return not nouns_only and rare and word.flag.startswith(("nr", "nz"))
    return word.flag[0] in ("nj" if nouns_only else "na")


def _is_suffix(word: str) -> bool:
    """An organisation suffix, or two that jieba read as one word (科技股份)."""
    return (
        word in ORG_SUFFIXES
        or word in _BODY_SUFFIXES
        or any(
            word[:cut] in ORG_SUFFIXES and word[cut:] in ORG_SUFFIXES
            for cut in range(2, len(word) - 1)
        )
    )


#: A version number right after a word: 3.0, V2, 2.1.
_VERSION = re.compile(r"[vV]?\d+(?:\.\d+)+|[vV]\d+")


def _versioned(words: list[_Word], i: int) -> bool:
    """A name's tag or an unknown word with a version number right after it (拓竹3.0,
    or 拓竹 3.0 as a writer spaces Chinese from digits); not a verb, which states a value
    ("困惑度为10.21": 度为 is no product), nor a quantity (高达2.60%)."""
    return (
        i + 1 < len(words)
        and _tagged(words[i])
        and not words[i].flag.startswith("v")
        and words[i + 1].start - words[i].end <= 1  # spaces are no words here
        and _VERSION.fullmatch(words[i + 1].word) is not None
        and not (i + 2 < len(words) and words[i + 2].word[:1] in _MEASURES)
    )


#: What follows a figure, not a version: 高达2.60% is "as much as", not a product 2.60.
_MEASURES = frozenset("%％倍万亿元个位款家项次年")


def _longest_first(spans: list[Span]) -> list[Span]:
    chosen: list[Span] = []
    for span in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if all(span[1] <= a or span[0] >= b for a, b in chosen):
            chosen.append(span)
    return sorted(chosen)
