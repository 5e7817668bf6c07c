"""Headlines from the sources' titles: without a column's tag or a full stop, and a title too
long for a headline cut at its first clause.
"""

from __future__ import annotations

import re

from newsdesk.chinese import HAN_CHAR
from newsdesk.editor._offline._source_text import (
    KNOWN_NAMES,
    MARKER,
    MIN_SENTENCE_CHARS,
    writer_label,
)
from newsdesk.editor._sentences import ends_abbreviated, split_sentences
from newsdesk.editor._title import first_clause

#: A "headline" longer than this is text (a list of quotes posted as a title): the
#: seeds' headlines run to about 40 characters (60 with a Latin name or two), or 20 words.
HEADLINE_CHARS = {"zh": 100, "en": 300}

#: A column's or a venue's tag before a bar ("速递｜", "晚点独家丨", "AAAI 2026 | "): short,
#: before a longer headline.  After one, the line naming the source ("| 来源：未来财经").
_LEADING_TAG = re.compile(r"^([^｜丨|]{1,10}?)(?:\s*[｜丨]\s*|\s+\|\s+)")
_TRAILING_SOURCE = re.compile(r"(?:\s*[｜丨]\s*|\s+\|\s+)来源[：:][^｜丨|]{1,30}$")
#: A Latin column's name after a bar that ends a Chinese headline ("当 AGI 来临后｜Vital
#: Views"): one to three capitalised words, no figure; the news is before it.
_TRAILING_COLUMN = re.compile(r"(?:\s*[｜丨]\s*|\s+\|\s+)((?:[A-Z][a-z]+ ?){1,3})$")


def untagged_title(title: str) -> str:
    """A source's title without a column's tag, a venue's or its own name ("速递｜OpenAI
    广告业务初探…" → "OpenAI广告业务初探…", "Paper of the day: RecurMem gets…" →
    "RecurMem gets…", "当 AGI 来临后｜Vital Views" → "当 AGI 来临后"), and without a full
    stop at its end ("…会员了。"): a digest's headline says the news, and the seeds'
    never carry an outlet's column or end as a sentence.  A part as long as the headline
    is kept ("我们破解了鲸鱼的语言 | OpenAI 内部分享" says what the first part is about)."""
    title = _without_full_stop(_TRAILING_SOURCE.sub("", title.strip()))
    column_tag = _TRAILING_COLUMN.search(title) if HAN_CHAR.search(title) else None
    if column_tag is not None and not KNOWN_NAMES.search(column_tag.group(1).casefold()):
        title = title[: column_tag.start()]
    column = None if HAN_CHAR.search(title) else writer_label(title)
    if column is not None:  # a column's name: ordinary words, then a headline
        rest = title[column.end() :]
        shortest = max(MIN_SENTENCE_CHARS["en"] // 2, 2 * column.end())
        if rest[:1].isupper() and len(rest) >= shortest:
            return rest
    tag = _LEADING_TAG.match(title)
    if tag is None:
        return title
    rest = title[tag.end() :].strip()
    if len(rest) < max(MIN_SENTENCE_CHARS["zh"], 2 * len(tag.group(1))) or _is_subject(
        tag.group(1), rest
    ):
        return title
    return rest


def _without_full_stop(title: str) -> str:
    """A title without the full stop that ends it as a sentence ("…会员了。", "…for you.")
    or the chatty tilde a post signs off with ("…吞掉的~"), an ellipsis and an
    abbreviation's point ("Acme Inc.", "the U.S.") kept."""
    title = title.rstrip("~～").rstrip() or title
    if title.endswith("。"):
        return title[:-1].rstrip()
    if title.endswith(".") and not title.endswith("..") and not ends_abbreviated(title):
        return title[:-1].rstrip()
    return title


def _is_subject(tag: str, rest: str) -> bool:
    """Whether what stands before a bar is the news' subject, not a column or a venue:
    a company, person or product of the alias table the rest does not name ("OpenAI｜
    GPT-5 发布", "Llama 4 | Meta's new model").  A rest opening with a verb says nothing
    of it: headlines open so after a venue too ("AAAI 2026 | 告别Attention！…")."""
    named = KNOWN_NAMES.search(tag.casefold())
    return named is not None and named.group() not in rest.casefold()


def headline_and_rest(title: str, language: str) -> tuple[str, str]:
    """The headline an entry shows, and what a title too long for one says after its
    first clause ("" for a title that is a headline): the summary when no sentence of the
    reports can be."""
    title = MARKER.sub("", untagged_title(title)).strip() or title
    if len(title) <= HEADLINE_CHARS.get(language, HEADLINE_CHARS["en"]):
        return title, ""
    clause = first_clause(next(iter(split_sentences(title)), title)).rstrip("。")
    if not clause:
        return title, ""
    return clause, title[len(clause) :].lstrip(" ：:，,；;。.！!？?|—–-").strip()
