"""Seed fidelity: the defects a reader of the seeds would notice in a rendered digest.

Each check reads the Markdown as published, not the digest record, so it holds for every
style and for text an editor or an LLM wrote: a title of the seeds' length in the
digest's language, no headlines glued into one, no sentence said twice in an entry, no
tracking parameters in links, no empty lines of content, no line in another language,
the footer when one is configured, and front matter that Hugo, Hexo and Jekyll all read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import yaml

from newsdesk.chinese import HAN_CHAR, HAN_RUN
from newsdesk.editor import clauses, facts_of, restates, split_sentences, subsumed
from newsdesk.editor._facts import NO_FACTS
from newsdesk.render._html import words_for

#: The seeds' title lengths: 8–30 characters in Chinese, 4–14 words in English.
TITLE_CHARS = (8, 30)
TITLE_WORDS = (4, 14)

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_LINK = re.compile(r"\]\((?P<url>[^)\s]+)\)|(?P<bare>https?://[^\s)<>\"]+)")
_TRACKING = re.compile(r"[?&](?:utm_[a-z]+|spm|fbclid|gclid|mc_cid|mc_eid)=", re.IGNORECASE)
_HEADING = re.compile(r"^(#{1,6})\s*(.*)$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])(?:\s+|$)")
_EMPTY_LINK = re.compile(r"\[\s*\]\(")
_LINKED = re.compile(r"\[[^\]]*\]\([^)]*\)")
_GLUE = re.compile(r"\s*[；;，,]\s*")
_MARKUP = re.compile(r"\*\*|__|`|!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|<[^>]+>")

#: The kinds of defect, in the order they are reported.
KINDS = (
    "title length",
    "title language",
    "glued headlines",
    "repeated sentence",
    "repeated fact",
    "tracking parameter",
    "empty line",
    "other-language line",
    "missing footer",
    "front matter",
)


@dataclass(frozen=True, slots=True)
class Defect:
    """One thing a reader of the seeds would notice."""

    #: One of :data:`KINDS`.
    kind: str
    #: Where and what, for the report.
    detail: str


def fidelity_defects(
    markdown: str, language: str, *, footer: str = "", front_matter: bool = True
) -> list[Defect]:
    """Every defect of a rendered digest (``footer``: the configured one, if any).

    ``front_matter=False`` for a style written to be pasted, not built (the 洞察日报
    style): its title is the style's own, so neither is checked.
    """
    front, body = _split_front_matter(markdown)
    defects = []
    if front_matter:
        defects += _front_matter(front)
        title = str(front.get("title", ""))
        defects += _title(title, language, _headlines(body))
    defects += _entries(body)
    defects += _repeated_facts(body, language)
    defects += _lines(body, language)
    if footer.strip() and footer.strip().splitlines()[-1].strip() not in body:
        defects.append(Defect("missing footer", "the configured footer is not in the page"))
    return sorted(defects, key=lambda d: KINDS.index(d.kind))


def _split_front_matter(markdown: str) -> tuple[dict[str, object], str]:
    if not markdown.startswith("---\n"):
        return {}, markdown
    end = markdown.find("\n---\n", 4)
    if end < 0:
        return {}, markdown
    try:
        parsed = yaml.safe_load(markdown[4:end])
    except yaml.YAMLError:
        parsed = None
    return (parsed if isinstance(parsed, dict) else {"": None}), markdown[end + 5 :]


def _front_matter(front: dict[str, object]) -> list[Defect]:
    """Hugo, Hexo and Jekyll read YAML between ``---`` lines with a title and a date."""
    if not front:
        return [Defect("front matter", "no YAML front matter between --- lines")]
    if "" in front and front[""] is None:
        return [Defect("front matter", "the front matter is not a YAML mapping")]
    out = []
    if not isinstance(front.get("title"), str) or not str(front.get("title")).strip():
        out.append(Defect("front matter", "no title"))
    if not isinstance(front.get("date"), date):
        out.append(Defect("front matter", f"date {front.get('date')!r} is not a YYYY-MM-DD date"))
    return out


def _headlines(body: str) -> list[str]:
    """The entries' headlines: the text of each third-level heading, links unwrapped."""
    found = []
    for line in body.splitlines():
        heading = _HEADING.match(line)
        if heading and len(heading.group(1)) == 3:
            found.append(_plain(heading.group(2)))
    return found


def _title(title: str, language: str, headlines: list[str]) -> list[Defect]:
    out = []
    if language == "zh":
        if not TITLE_CHARS[0] <= len(title) <= TITLE_CHARS[1]:
            out.append(Defect("title length", f"{len(title)} characters: {title!r}"))
        if not HAN_CHAR.search(title):
            out.append(Defect("title language", f"no Chinese in {title!r}"))
    else:
        words = len(title.split())
        if not TITLE_WORDS[0] <= words <= TITLE_WORDS[1]:
            out.append(Defect("title length", f"{words} words: {title!r}"))
        if HAN_CHAR.search(title):
            out.append(Defect("title language", f"Chinese in {title!r}"))
    parts = [p for p in _GLUE.split(title) if p]
    glued = {
        h
        for p in parts
        for h in headlines
        if h and p in h and not all(q in h for q in parts)  # parts of several headlines
    }
    if len(parts) > 1 and len(glued) > 1:
        out.append(Defect("glued headlines", f"{title!r} joins {len(glued)} headlines"))
    return out


def _entries(body: str) -> list[Defect]:
    """A sentence said twice within one entry (a heading to the next), and an entry
    whose headline has no summary under it (the next thing is a label or a heading)."""
    out = []
    for entry in re.split(r"^(?=#{1,3}\s)", body, flags=re.MULTILINE)[1:]:
        heading, _, text = entry.partition("\n")
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        if heading.startswith("### [") and (not first or first.startswith("**")):
            out.append(Defect("empty line", f"no summary under {_plain(heading[4:])[:40]}"))
        seen: set[str] = set()
        for line in text.splitlines():
            for sentence in split_sentences(_plain(_BULLET.sub("", line))):
                key = re.sub(r"\W+", "", sentence).lower()
                if len(key) < 8:
                    continue
                if key in seen:
                    where = _plain(heading.lstrip("# "))[:40]
                    out.append(Defect("repeated sentence", f"{where}: {sentence}"))
                seen.add(key)
    return out


#: An insight-style entry line opens with its bold headline and a colon.
_ENTRY_HEAD = re.compile(r"^\*\*•[^*]*\*\*[：:]\s*")


def _repeated_facts(body: str, language: str) -> list[Defect]:
    """A paragraph of prose (a summary) that states a fact twice: a clause whose figures,
    dates, names and most words an earlier sentence gave, or a sentence that a later one
    tells in full.  Headings, lists, labels and the sources line are not prose."""
    out = []
    words = words_for(language)
    labels = (words.sources, words.links)
    for line in body.splitlines():
        stripped = _ENTRY_HEAD.sub("", line.strip())
        if (
            not stripped
            or stripped.startswith(("#", ">", "•", "|", *labels))
            or _BULLET.match(stripped)
            or stripped.startswith("**")
        ):
            continue
        sentences = split_sentences(_plain(_LINKED.sub("", stripped)))
        facts = [facts_of(s) for s in sentences]
        given = NO_FACTS
        for index, sentence in enumerate(sentences):
            parts = clauses(sentence) if index else []
            again = next((p for p in parts if restates(facts_of(p), given)), None)
            told = next(
                (sentences[j] for j in range(index) if subsumed(facts[j], facts[index])), None
            )
            if again or told:
                out.append(
                    Defect("repeated fact", f"{(again or told or '')[:40]} | {sentence[:60]}")
                )
            given = given | facts[index]
    return out


def _lines(body: str, language: str) -> list[Defect]:
    out = []
    for number, line in enumerate(body.splitlines(), 1):
        for match in _LINK.finditer(line):
            url = match.group("url") or match.group("bare") or ""
            if _TRACKING.search(url):
                out.append(Defect("tracking parameter", f"line {number}: {url}"))
        stripped = line.strip()
        if not stripped or stripped in ("---", "***"):
            continue
        heading = _HEADING.match(stripped)
        text = _plain(heading.group(2) if heading else _BULLET.sub("", stripped)).strip()
        words = words_for(language)
        if any(
            text.startswith(label) and text[len(label) : len(label) + 1] in (":", "：")
            for label in (words.sources, words.links)
        ):
            continue  # the outlets' names, each as it calls itself
        if not text.rstrip("：:").strip() or _EMPTY_LINK.search(stripped):
            out.append(Defect("empty line", f"line {number}: {stripped!r}"))
            continue
        detail = _plain(_LINKED.sub("", _BULLET.sub("", stripped))).strip(" ：:")
        if _other_language(text, language) or (detail and _other_language(detail, language)):
            out.append(Defect("other-language line", f"line {number}: {text[:60]}"))
    return out


def _other_language(text: str, language: str) -> bool:
    """A Chinese digest's line of English prose (four words or more, no Chinese), or an
    English digest's line more Chinese than English (an outlet's Chinese name in a list
    of sources is a name, not a line in Chinese)."""
    if language == "zh":
        return not HAN_CHAR.search(text) and len(_LATIN_WORD.findall(text)) >= 4
    return len(HAN_RUN.findall(text)) > len(_LATIN_WORD.findall(text))


def _plain(text: str) -> str:
    """The text without Markdown emphasis, links (their text kept), images and tags."""
    return _MARKUP.sub(lambda m: m.group(1) or "", text).strip()
