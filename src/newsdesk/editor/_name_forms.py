"""A name's forms: without its generic suffix (拓竹科技 for 拓竹), a description rather
than a name (这家公司), the same actor under two names, and the known names that take
a figure or are common words.
"""

from __future__ import annotations

import re

from newsdesk.aliases import entities
from newsdesk.chinese import ORG_SUFFIXES
from newsdesk.editor._chinese_words import _words

#: Chinese names looked for as names: not those that are also common words (苹果).
_KNOWN = frozenset(h for e in entities() for h in e.chinese if h not in e.common)


def _bounded(name: str) -> str:
    """A table name as a pattern, whole at a Latin edge: 智谱AI not in 智谱AIGC, B站 not in
    AB站.  A Chinese edge stays open, since Chinese writes names inside longer runs
    (拓竹叶天奇, 前卡帕西团队)."""
    pattern = re.escape(name)
    if name[0].isascii() and name[0].isalnum():
        pattern = "(?<![A-Za-z0-9])" + pattern
    if name[-1].isascii() and name[-1].isalnum():
        pattern += "(?![A-Za-z0-9])"
    return pattern


_KNOWN_NAMES = re.compile("|".join(_bounded(n) for n in sorted(_KNOWN, key=len, reverse=True)))
#: Chinese names that are also common words: names only where a name stands, or in a
#: story about the field's makers (:func:`._chinese_names.common_names`).  With them the
#: short form a writer uses without the organisation suffix (蚂蚁 of 蚂蚁集团), a common
#: word as well.
_COMMON_NAMES = frozenset(
    form
    for e in entities()
    for h in e.chinese
    if h in e.common
    for form in (h, *(h[: -len(s)] for s in ORG_SUFFIXES if h.endswith(s) and len(h) > len(s) + 1))
)
_DROPPED_SUFFIXES = tuple(sorted(ORG_SUFFIXES | {"有限公司"}, key=len, reverse=True))
_COMMON_WORDS = re.compile("|".join(sorted(_COMMON_NAMES, key=len, reverse=True)))


#: What a description of an organisation ends with (上市公司, 创业公司, 公安局).
_DESCRIBED = frozenset("公司 集团 企业 机构 厂商 平台 部门 团队 局 所 委 厅".split())


def descriptive(name: str) -> bool:
    """Whether a Chinese "name" describes rather than names: a kind of organisation after
    a common word (西雅图创业公司, 多家上市公司), or a dictionary word for one (公安局)."""
    words = [w for w in _words(name) if w.han]
    if not words:
        return False
    last = words[-1]
    if last.known and last.word not in _DESCRIBED and last.word.endswith(tuple(_DESCRIBED)):
        return len(words) == 1 or words[-2].known
    if last.word not in _DESCRIBED or len(words) < 2:
        return False
    before = words[-2]
    return before.known and not before.flag.startswith(("nr", "nt", "nz", "j"))


def describes_part(words: str) -> bool:
    """Whether the words after a name describe a part of it (法律团队 of 马斯克法律团队): a
    common word and a kind of organisation (:func:`descriptive`), naming no one the alias
    table knows (网易团队 names 网易)."""
    return (
        descriptive(words)
        and _KNOWN_NAMES.search(words) is None
        and _COMMON_WORDS.search(words) is None
    )


#: The kinds of school a place's name opens (香港大学, 南京大学, 北京电影学院).
_SCHOOL_SUFFIXES = ("大学", "学院")


def place_school_end(name: str) -> int:
    """Where a school named by its place and kind ends in a name (4 in 香港大学团队), or 0:
    its place is shared by many schools (香港科技大学), so the school is named whole, not
    by its place nor abbreviated from another's name."""
    import jieba.posseg  # the tagger loads on first use (see newsdesk.chinese)

    for suffix in _SCHOOL_SUFFIXES:
        at = name.find(suffix)
        if at >= 2 and str(jieba.posseg.dt.word_tag_tab.get(name[:at], "")).startswith("ns"):
            return at + len(suffix)
    return 0


def strip_generic_suffix(name: str) -> str:
    """拓竹科技 -> 拓竹, 清华大学 -> 清华; a name that is only a suffix stays as it is."""
    for suffix in _DROPPED_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def same_actor(a: str, b: str, *, shortest: int = 4) -> bool:
    """Whether two names name one actor: equal, or one a part of the other
    ("Xingheng Robotics" of "Shenzhen-based Xingheng Robotics").  A name shorter than
    ``shortest`` is matched whole only ("T3" is no part of "GPT3o")."""
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= shortest and short in long)
