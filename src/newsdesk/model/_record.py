"""The record lines of a story: who reported it, when, where it was read.

The offline editor closes an entry's bullets with what the store says of the story (its
publishers, when it was first reported, a platform's count).  Those lines are the
story's record, not analysis: under a heading that promises meaning ("Why it
matters:", "深度解读 & 洞察：") "From 6 sources: …" reads as the writer's point.  The
phrases are written here once, so that the editor writes them and every renderer tells
them from the analysis by the same forms.

The count is of publishers, not of links: a story's list of links ("8 篇报道") holds each
publisher's every report.  It says "个来源", "sources", not "家媒体", "outlets": the
publishers a feed names are whatever it carries — a newsroom, a company's blog, a
GitHub repository, a researcher's essay, a hot list that names no outlet — and an editor
does not call a repository media.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Each record phrase, Chinese then English; ``{…}`` is filled in by the editor.
ONE_SOURCE = ("来源：{name}。", "Source: {name}.")
SOURCES = ("来自 {count} 个来源：{names}。", "From {count} sources: {names}.")
#: How digests written before said it: still their record, not a point.
FORMER_SOURCES = (
    "{count} 家媒体报道：{names}。",
    "Reported by {count} outlets: {names}.",
    "{count} 个来源报道：{names}。",
    "Reported by {count} sources: {names}.",
)
FOLLOW_UP = (
    "后续报道：该事件最早报道于 {stamp}，{ago}。",
    "Follow-up: first reported {stamp}, {ago}.",
)
FIRST_REPORTED = ("最早报道于 {stamp}。", "First reported {stamp}.")
BOTH_LANGUAGES = ("中英文来源均有报道。", "Covered in Chinese and English.")
#: A platform's public count, by the count's key.
METRICS = {
    "points": ("在 {source} 获得 {value} 分。", "{value} points on {source}."),
    "stars_today": ("{source} 今日新增 {value} 星。", "{value} stars today on {source}."),
    "upvotes": ("在 {source} 获得 {value} 个赞。", "{value} upvotes on {source}."),
    "score": ("在 {source} 获得 {value} 分。", "Score {value} on {source}."),
}

_PHRASES = [
    *ONE_SOURCE,
    *SOURCES,
    *FORMER_SOURCES,
    *FOLLOW_UP,
    *FIRST_REPORTED,
    *BOTH_LANGUAGES,
    *(phrase for pair in METRICS.values() for phrase in pair),
]
#: What fills each blank: a time as :func:`newsdesk.editor._brief.zoned_stamp` writes it, a
#: count, and names (which hold a full stop, "elenamarsh.example", but end no sentence).
_BLANKS = {
    #: a time names its zone ("（北京时间）", " UTC+9"); digests written before did not.
    "stamp": r"\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?:（[^（）。]+）| (?:UTC(?:[+-]\d{1,2}(?::\d{2})?)?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)? time))?)?",
    "count": r"\d+",
    "value": r"\d+",
    #: the time that passed, in minutes, hours or days (digests written before gave days)
    "ago": r"\d+ (?:(?:minute|hour|day)s? ago|(?:分钟|小时|天)前)",
    "names": r"(?:(?![。！？]|\.\s).)+?",
    #: one publisher: no list, so no comma ("Source: the company's blog, which…" is a
    #: writer's point).
    "name": r"(?:(?![。！？，,；;]|\.\s).)+?",
    "source": r"(?:(?![。！？]|\.\s).)+?",
}


def _form(phrase: str) -> re.Pattern[str]:
    """The phrase filled in, each blank a group of its name."""
    blanks = re.sub(
        r"\\\{(\w+)\\\}",
        lambda blank: f"(?P<{blank.group(1)}>{_BLANKS[blank.group(1)]})",
        re.escape(phrase),
    )
    return re.compile(blanks + r"\Z")


_FORMS = tuple(_form(phrase) for phrase in _PHRASES)
_ONE_SOURCE_FORMS = tuple(_form(phrase) for phrase in ONE_SOURCE)
_SOURCES_FORMS = tuple(_form(phrase) for phrase in (*SOURCES, *FORMER_SOURCES))


def is_record(line: str) -> bool:
    """Whether a bullet is one of the record phrases above, filled in."""
    line = line.strip()
    return any(form.match(line) for form in _FORMS)


def publisher_count(lines: Iterable[str]) -> int | None:
    """How many publishers a story's record lines say reported it (one outlet read
    through two feeds is one); None when they say nothing of it."""
    for line in (line.strip() for line in lines):
        if any(form.match(line) for form in _ONE_SOURCE_FORMS):
            return 1
        for form in _SOURCES_FORMS:
            if counted := form.match(line):
                return int(counted.group("count"))
    return None
