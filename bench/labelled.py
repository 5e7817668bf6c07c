"""The labelled items the classifier is fitted and measured on, each marked held back or not.

The sets (each described in ``bench/data``):

- ``makinotes``: the 285 items of ``../shared/data/makinotes`` with the hand labels of
  ``makinotes_categories.jsonl`` (category, and ``ai`` false for the few that are not AI
  news), once by title and text as a run sees them and once by the title alone;
- ``xling``: the 349 Chinese "AI 日报" and English AINews headlines of
  ``../shared/data/clusters/xling_dev.jsonl`` with the labels of ``xling_categories.jsonl``;
- ``own``: ``own_headlines.jsonl``, headlines written for the project (every category in
  both languages, AI stories at the edge, and general news as hot lists carry it);
- ``own_items``: ``own_items.jsonl``, 756 AI-news items written for the project (a title
  and a one-to-three-sentence text each, or a digest's summary and points; every
  category in both languages, weighted towards the boundaries the classifier confuses),
  by title and text and by the title alone;
- ``insight``: the 104 numbered items of the first six "AI资讯日报" days in
  ``../shared/reference/ai-insight-daily`` with the labels of ``insight_categories.jsonl``,
  the first sentence as title and the rest as text;
- ``insight_later``: the 30 entries of the two later days of the same digest, in another
  layout (a linked heading or line as title, its paragraphs or line as text), labelled
  later; all held back, for reporting only (fitting on the AI day lowered both
  out-of-fold readings, ``insight_categories.md``);
- ``ribao``: the 112 stories of the "AI 日报" days in ``../shared/reference/ai-ribao``
  with the labels of ``ribao_categories.jsonl``, by headline and the story's text;
- ``ribao_more``: the 162 更多动态 lines of the same days (a linked headline and a line
  of text each) with the labels of ``ribao_more_categories.jsonl``; all held back, for
  reporting only (fitting on the first six days' lines was tried and not kept,
  ``ribao_categories.md``);
- ``seeds``: the 113 stories of the five seed digests in ``../shared/reference/seeds``
  (themed stories, 更多动态 lines, and seed 004's bulleted entries) with the labels of
  ``seeds_categories.jsonl``, by headline and text; all held back, for reporting only;
- ``general``: ``general_rows.jsonl``, 199 general-news stories written for the project
  (a headline and a sentence each, half Chinese, half English: product launches of phones,
  cars, planes, games and appliances, and "model", "agent", "assistant", 模型, 代理 and
  the like in their other senses), by title and text and by the title alone;
- ``hotlist``: the 435 Chinese hot-list headlines of the grouping set
  ``hotlist_events.jsonl`` (written by us; general news but for 17 AI events), with the
  AI labels and categories of ``hotlist_labels.jsonl``, by headline alone;
- ``ecbplus``: the 982 ECB+ documents (general news), by first sentence and text, and by
  the first sentence alone.
- ``retold``: the 382 supported texts of the verifier's makinotes sets
  (``verify_fresh3.jsonl`` … ``verify_fresh7.jsonl``): digest entries we wrote from 191
  makinotes items as an LLM writes them (a Chinese summary and a 点评 line, or an English
  entry), each with its item's label from ``makinotes_categories.jsonl``; held back with
  its item's day, and never fitted (``bench/fit_categories.py`` leaves the set out: fitting
  on it lowered every real set), so that ``bench/categories.py`` reports how the model
  reads a digest's retelling of an item it was fitted on, and of one it never saw.

Held back, never fitted on: the last five makinotes days (2026-02-09 on), the last xling
day (2026-08-14), the last insight day with numbered items (2025-11-20), the last ribao day
(2026-07-25), every fifth own headline, own item and general row, the hot-list headlines of every
fifth family of events (the grouping set's own held part), every seed story, every
更多动态 line, every later insight entry, the ECB+ topics divisible by five and the
retold entries of the held-back makinotes days.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from newsdesk.desk import DeskItem, Embedder, embedding_text

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
SHARED = ROOT.parent / "shared" / "data"

HELD_MAKINOTES_FROM = "2026-02-09"
HELD_XLING_DAY = "2026-08-14"
HELD_INSIGHT_DAY = "2025-11-20.md"
HELD_RIBAO_FROM = "2026-07-25"
REFERENCE = ROOT.parent / "shared" / "reference"


@dataclass(frozen=True, slots=True)
class Labelled:
    """One labelled item, as a one-item story."""

    #: Set name, and how the item is seen ("full": title and text, "title": alone).
    corpus: str
    view: str
    #: The item, with its vector once embedded.
    item: DeskItem
    #: Gold category key, or None (general news has none).
    category: str | None
    #: Gold AI relevance, or None where the labeller could not say.
    ai: bool | None
    #: Held back from fitting.
    held: bool
    #: What cross-validation keeps together: the item's day (an own headline's index
    #: modulo five, an ECB+ document's topic).
    group: str


def _item(n: int, title: str, text: str, language: str) -> DeskItem:
    return DeskItem(
        id=n, key=str(n), title=title, text=text, language=language, time=None,
        source_id="", domain="",
    )  # fmt: skip


def _makinotes() -> list[Labelled]:
    labels = {}
    for line in (DATA / "makinotes_categories.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        labels[row["date"], row["link"]] = row
    out = []
    for path in sorted((SHARED / "makinotes" / "api").glob("*.json")):
        day = json.loads(path.read_text(encoding="utf-8"))
        for article in day["articles"]:
            label = labels[day["date"], article["link"]]
            text = "\n".join([article["summary"], article["core_point"], *article["highlights"]])
            held = day["date"] >= HELD_MAKINOTES_FROM
            for view, body in (("full", text), ("title", "")):
                item = _item(len(out), article["title"], body, "zh")
                out.append(
                    Labelled(
                        "makinotes", view, item, label["category"], label["ai"], held, day["date"]
                    )
                )
    return out


#: Our digest entries retold from makinotes items (the verifier's supported texts).
RETOLD_FILES = tuple(f"verify_fresh{n}.jsonl" for n in range(3, 8))
#: Where a retold entry's first sentence ends, in Chinese or English.
_RETOLD_SENTENCE = re.compile(r"(?<=[。！？!?])\s*|(?<=\.)\s+|\n")
#: A link the verifier fills in (``原文：{link}``), no words of the entry.
_RETOLD_LINK = re.compile(r"(?:原文|来源|链接|Source|Link)?[：:]?\s*\{link[^}]*\}")


def retold_entry(entry: str) -> tuple[str, str]:
    """A retold entry as title (its first sentence) and text (the rest, its 点评 or Take
    line too), without the link the verifier fills in."""
    title, *rest = _RETOLD_SENTENCE.split(_RETOLD_LINK.sub("", entry).strip(), maxsplit=1)
    return title, "".join(rest)


def _makinotes_retold() -> list[Labelled]:
    """The supported texts of the verifier's makinotes sets: digest entries we wrote from
    makinotes items (a Chinese summary and a 点评 line, or an English entry), each with its
    item's label; first sentence as title, the rest as text.  Held back with its item's
    day; reported only, never fitted (see ``bench/fit_categories.py``)."""
    labels = {}
    for line in (DATA / "makinotes_categories.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        labels[row["date"], row["link"]] = row
    days: dict[str, list[dict[str, str]]] = {}
    out = []
    for name in RETOLD_FILES:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["planted"] is not None:
                continue
            date, index = row["makinotes"].split("#")
            if date not in days:
                path = SHARED / "makinotes" / "api" / f"{date}.json"
                days[date] = json.loads(path.read_text(encoding="utf-8"))["articles"]
            label = labels[date, days[date][int(index)]["link"]]
            title, text = retold_entry(row["text"])
            language = "en" if row["kind"] == "english" else "zh"
            item = _item(len(out), title, text, language)
            held = date >= HELD_MAKINOTES_FROM
            out.append(Labelled("retold", "full", item, label["category"], label["ai"], held, date))
    return out


def _xling() -> list[Labelled]:
    labels = {}
    for line in (DATA / "xling_categories.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        labels[row["id"]] = row
    out = []
    path = SHARED / "clusters" / "xling_dev.jsonl"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        row = json.loads(line)
        label = labels[row["id"]]
        held = row["id"].startswith(f"xl-{HELD_XLING_DAY}")
        item = _item(n, row["title"], "", row["lang"])
        day = row["id"][3:13]
        out.append(Labelled("xling", "title", item, label["category"], label["ai"], held, day))
    return out


def _own() -> list[Labelled]:
    out = []
    lines = (DATA / "own_headlines.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines):
        row = json.loads(line)
        item = _item(n, row["title"], "", row["lang"])
        held = n % 5 == 4
        out.append(Labelled("own", "title", item, row["category"], row["ai"], held, f"own{n % 5}"))
    return out


def _own_items() -> list[Labelled]:
    out = []
    lines = (DATA / "own_items.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines):
        row = json.loads(line)
        for view, body in (("full", row["text"]), ("title", "")):
            item = _item(len(out), row["title"], body, row["lang"])
            out.append(
                Labelled(
                    "own_items", view, item, row["category"], row["ai"], n % 5 == 4, f"items{n % 5}"
                )
            )
    return out


def _general() -> list[Labelled]:
    """Our general-news stories, each by title and text and by the title alone."""
    out = []
    lines = (DATA / "general_rows.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines):
        row = json.loads(line)
        for view, body in (("full", row["text"]), ("title", "")):
            item = _item(len(out), row["title"], body, row["lang"])
            out.append(Labelled("general", view, item, None, False, n % 5 == 4, f"gen{n % 5}"))
    return out


_ITEM = re.compile(r"^\s*\d+\.\s+(.*)")
_SENTENCE_END = re.compile(r"(?<=[。！？!?])")


def _insight_text(line: str) -> tuple[str, str]:
    """A digest entry as title (its first sentence) and text, without Markdown."""
    line = re.sub(r"<br/>.*", "", line)
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
    line = line.replace("**", "").strip()
    title, _, text = _SENTENCE_END.split(line, maxsplit=1)[0], "", line
    return title.strip(), text[len(title) :].strip()


#: The later "AI资讯日报" layout: a linked story heading (``### **1. [title](link)**``)
#: over its paragraphs, a linked line (``- **[产品]** [title](link) - line``, the digest's
#: tag dropped) and a bold-named line (``*   **name**：line``).
_LATE_HEADING = re.compile(r"^### (?:\*\*)?(?:\d+\.\s*)?\[(.+?)\]\((?!#)[^)]*\)(?:\*\*)?\s*$")
_LATE_LINE = re.compile(r"^-\s+(?:\*\*\[[^\]]*\]\*\*\s*)?\[(.+?)\]\((?!#)[^)]*\)\s*-\s*(.*)$")
_LATE_NAMED = re.compile(r"^\*\s+\*\*(.+?)\*\*[：:]\s*(.*)$")


def _insight_late(text: str) -> list[tuple[str, str]]:
    """A day of the later layout as (title, text) entries in file order: the linked
    stories with their paragraphs, then or among them the linked and named lines."""
    lines = text.splitlines()
    entries = []
    n = 0
    while n < len(lines):
        if m := _LATE_HEADING.match(lines[n]):
            body = []
            n += 1
            while n < len(lines) and not lines[n].startswith(("#", "---")):
                body.append(lines[n])
                n += 1
            entries.append((_markdown_text(m[1]), _markdown_text("\n".join(body))))
            continue
        if m := _LATE_LINE.match(lines[n]) or _LATE_NAMED.match(lines[n]):
            line = re.sub(r"\[链接\]\([^)]*\)", "", m[2])
            entries.append((_markdown_text(m[1]), _markdown_text(line)))
        n += 1
    return entries


def _insight() -> list[Labelled]:
    labels = {}
    for line in (DATA / "insight_categories.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        labels[row["file"], row["item"]] = row
    out = []
    for path in sorted((REFERENCE / "ai-insight-daily").glob("*.md")):
        page = path.read_text(encoding="utf-8")
        numbered = [_insight_text(m.group(1)) for line in page.splitlines()
                    if (m := _ITEM.match(line))]  # fmt: skip
        # The later layout's days are a set of their own, all held back (see the module).
        corpus = "insight" if numbered else "insight_later"
        for n, (title, text) in enumerate(numbered or _insight_late(page)):
            label = labels[path.name, n]
            item = _item(len(out), title, text, "zh")
            held = path.name == HELD_INSIGHT_DAY or not numbered
            out.append(
                Labelled(corpus, "full", item, label["category"], label["ai"], held, path.stem)
            )
    assert len(out) == len(labels), "a labelled AI资讯日报 entry is missing"
    return out


_HEADING = re.compile(r"^#{2,3} ", re.MULTILINE)
#: Headings of the "AI 日报" style that are not stories.
_NOT_STORIES = ("深度解读", "影响")


def _markdown_text(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"\s+", " ", text.replace("**", "")).strip()


def _ribao() -> list[Labelled]:
    labels = {}
    for line in (DATA / "ribao_categories.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        labels[row["file"], row["item"]] = row
    out = []
    for path in sorted((REFERENCE / "ai-ribao").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        stories = [
            part.split("\n", 1)
            for part, mark in zip(_HEADING.split(text)[1:], _HEADING.findall(text), strict=True)
            if mark == "### " and not part.startswith(_NOT_STORIES)
        ]
        for n, (head, body) in enumerate(stories):
            label = labels[path.name, n]
            item = _item(len(out), _markdown_text(head), _markdown_text(body), "zh")
            held = path.name >= HELD_RIBAO_FROM
            out.append(
                Labelled(
                    "ribao", "full", item, label["category"], label["ai"], held, path.name[:10]
                )
            )
    return out


_MORE = re.compile(r"^## 更多动态\n(.*?)(?=^## |\Z)", re.MULTILINE | re.DOTALL)


def _ribao_more() -> list[Labelled]:
    """The 更多动态 lines of the "AI 日报" days, each a linked headline and its line."""
    labels = {}
    for line in (DATA / "ribao_more_categories.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        labels[row["file"], row["line"]] = row
    out = []
    for path in sorted((REFERENCE / "ai-ribao").glob("*.md")):
        section = _MORE.search(path.read_text(encoding="utf-8").split("\n---\n\n<div", 1)[0])
        lines = re.findall(r"^- (.+)$", section[1], flags=re.MULTILINE) if section else []
        for n, line in enumerate(lines):
            m = _BULLET_HEAD.match(line)
            assert m is not None, line
            label = labels[path.name, n]
            text = _markdown_text(m[3]).lstrip("—，,。 ")
            item = _item(len(out), _markdown_text(m[1] or m[2]), text, "zh")
            out.append(
                Labelled(
                    "ribao_more", "full", item, label["category"], label["ai"], True, path.name[:10]
                )
            )
    assert len(out) == len(labels), "a labelled 更多动态 line is missing"
    return out


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_BOLD_ENTRY = re.compile(r"^\*\*•\s*(.+?)\*\*[：:]\s*(.*)")
_BULLET_HEAD = re.compile(r"^(?:\*\*(.+?)\*\*|\[([^\]]*)\]\([^)]*\))[：:，,]?\s*(.*)")
_COMMENTARY = re.compile(r"\*\*深度解读.*", re.DOTALL)


def _seed_stories(text: str) -> list[tuple[str, str]]:
    """A seed digest's stories as (headline, text): seed 004's bold entries, else each
    themed section (or each of its ``###`` stories) and each 更多动态 line; the
    commentary after a story (深度解读) is not its text."""
    text = _FRONT_MATTER.sub("", text).split("\n---\n\n<div", 1)[0]
    entries = [m.groups() for line in text.splitlines() if (m := _BOLD_ENTRY.match(line))]
    if entries:
        return [(_markdown_text(title), _markdown_text(body)) for title, body in entries]
    stories = []
    for section in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        head, _, body = section.partition("\n")
        if head.startswith("更多动态"):
            for line in re.findall(r"^- (.+)$", body, flags=re.MULTILINE):
                m = _BULLET_HEAD.match(line)
                assert m is not None, line
                stories.append((_markdown_text(m[1] or m[2]), _markdown_text(m[3])))
            continue
        parts = re.split(r"^### ", body, flags=re.MULTILINE)[1:] or [f"{head}\n{body}"]
        for part in parts:
            title, _, story = part.partition("\n")
            stories.append((_markdown_text(title), _markdown_text(_COMMENTARY.sub("", story))))
    return stories


def _seeds() -> list[Labelled]:
    labels = {}
    for line in (DATA / "seeds_categories.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        labels[row["file"], row["item"]] = row
    out = []
    for path in sorted((REFERENCE / "seeds").glob("*.txt")):
        stories = _seed_stories(path.read_text(encoding="utf-8"))
        for n, (title, text) in enumerate(stories):
            label = labels[path.name, n]
            item = _item(len(out), title, text.lstrip("，,。 "), "zh")
            out.append(
                Labelled("seeds", "full", item, label["category"], label["ai"], True, path.stem)
            )
    return out


def _hotlist() -> list[Labelled]:
    """The hot-list headlines of the grouping set, with the AI labels of its events (most
    are general news); held back as that set holds back its families."""
    labels = {}
    for line in (DATA / "hotlist_labels.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        labels[row["event"]] = row
    out = []
    for line in (DATA / "hotlist_events.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        label = labels[row["event"]]
        item = _item(len(out), row["title"], "", row["lang"])
        held = row["split"] == "held"
        day = row["published"][:10]
        out.append(Labelled("hotlist", "title", item, label["category"], label["ai"], held, day))
    return out


def _ecbplus() -> list[Labelled]:
    out = []
    path = SHARED / "ecbplus" / "ecbplus_docs.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        held = row["topic"] % 5 == 0
        for view, body in (("full", row["text"]), ("title", "")):
            item = _item(len(out), row["first_sentence"], body, "en")
            group = f"ecb{row['topic']}"
            out.append(Labelled("ecbplus", view, item, None, False, held, group))
    return out


def available() -> bool:
    """Whether ``../shared`` holds the data the shared sets are read from."""
    return all(
        path.is_dir()
        for path in (
            SHARED / "makinotes" / "api",
            SHARED / "ecbplus",
            REFERENCE / "ai-insight-daily",
            REFERENCE / "seeds",
        )
    )


def load_all(embedder: Embedder) -> list[Labelled]:
    """Every labelled item of the sets, embedded as a run embeds items."""
    rows = _makinotes() + _xling() + _insight() + _ribao() + _ribao_more() + _seeds()
    rows += _own() + _own_items() + _general() + _hotlist() + _ecbplus() + _makinotes_retold()
    vectors = embedder.embed([embedding_text(r.item) for r in rows])
    return [replace(r, item=replace(r.item, vector=vectors[n])) for n, r in enumerate(rows)]
