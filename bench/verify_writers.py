"""Verifier on other writers: real digests and headlines, errors planted as the red team does.

Usage: python bench/verify_writers.py [--examples N] [--seed S] [--held]

The other verifier benchmarks are all built from the makinotes days, whose words the
verifier was tuned on.  This one reads text nobody here tuned it on, written by other
writers, and checks each text against what its entry gives, as an outside reader would:

- ``AI 日报`` (``reference/seeds`` 000-003 and ``reference/ai-ribao``) and ``AI资讯日报``
  (seed 004 and ``reference/ai-insight-daily``): each entry of a digest (a heading and its
  paragraphs, a bold-led line ``**title**：text``, a numbered paragraph) gives its
  ``title`` (checked against the entry's sentences, with its cited link) and each
  ``sentence`` of its paragraphs (checked against the title, the link and the entry's other
  sentences); each line of a digest's own summary (front matter, 今日摘要) is a
  ``summary``, checked against every entry of its digest;
- ``xling`` (``data/clusters/xling_dev.jsonl``): each Chinese or English headline of an
  event with several, an ``event`` line checked against the event's other headlines.

Errors are planted with ``bench/verify_redteam.py``'s code (one per text of each kind that
has a place in it; its notes say how), the Latin names from the titles of other digests
(or other days), plus ``link``: a title's cited link swapped for another entry's of the
same digest.  Unaltered texts are flagged by shape as in the red team: ``variant`` and
``alias`` flags are the verifier's false alarms (the sources hold the claim in another
form); ``absent`` ones are mostly facts the writer had from the article, which the entry
does not repeat.

Split fixed before any result was read: within each writer, its digests (xling: its days)
in order of name, the even places dev and the odd held.  Only ``--held`` prints the held
half, never with examples.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from newsdesk.editor import Evidence, unsupported
from newsdesk.model import Claim
from verify_redteam import Case, Text, examples, latin_pool, plant, report

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RIBAO = [
    *sorted((SHARED / "reference" / "seeds").glob("00[0-3]_*.txt")),
    *sorted((SHARED / "reference" / "ai-ribao").glob("*.md")),
]
INSIGHT = [
    *sorted((SHARED / "reference" / "seeds").glob("004_*.txt")),
    *sorted((SHARED / "reference" / "ai-insight-daily").glob("*.md")),
]
XLING = SHARED / "data" / "clusters" / "xling_dev.jsonl"
WHERES = ("title", "sentence", "summary", "event")

_HEADING = re.compile(r"^#{1,4}\s+(.*)$")
_LINKED = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_BOLD_LEAD = re.compile(r"^(?:[-*•]\s*)?\*\*[•\s]*(.+?)\*\*\s*[：:，,]?\s*(.*)$")
_NUMBERED = re.compile(r"^\d+\.\s+")
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
#: Headings that hold the digest's own summary, not an entry.
_SUMMARY_HEADS = ("今日摘要", "只有一句话")
#: Headings of the page's furniture: navigation, keywords, the audio edition, the card.
_FURNITURE = ("快速导航", "关键词", "收听", "语音版", "AI资讯日报多渠道", "关注")


@dataclass(frozen=True)
class Entry:
    title: str
    link: str
    sentences: tuple[str, ...]


def _plain(line: str) -> str:
    """A line without Markdown emphasis, list marks and emoji-like symbols."""
    line = re.sub(r"!?\[图片\]\([^)]*\)|!\[[^\]]*\]\([^)]*\)|<[^>]+>", "", line)
    line = _LINKED.sub(r"\1", line).replace("**", "").replace("`", "")
    line = re.sub(r"^\s*(?:[-*•]|\d+\.)\s*", "", line)
    return re.sub(r"[\U0001F000-\U0001FFFF\u2600-\u27bf]", "", line).strip()


def _titled(bold: str) -> bool:
    """A bold lead that is an entry's title, not a label (深度解读：, 影响：)."""
    return len(_plain(bold)) >= 4 and not _plain(bold).endswith(("：", ":"))


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if len(s.strip()) >= 8]


def read_digest(path: Path) -> tuple[list[Entry], list[str]]:
    """A digest's entries and its own summary lines."""
    raw = path.read_text(encoding="utf-8")
    summary: list[str] = []
    if raw.startswith("---"):
        _, front, raw = raw.split("---", 2)
        meta = yaml.safe_load(front) or {}
        if isinstance(meta.get("summary"), str):
            summary += [_plain(s) for s in meta["summary"].splitlines() if _plain(s)]
    entries: list[Entry] = []
    head, link = "", ""
    body: list[str] = []
    in_summary = skip = fence = False

    def close() -> None:
        text = " ".join(body)
        if head and not skip and not in_summary and _sentences(text):
            entries.append(Entry(head, link, tuple(_sentences(text))))

    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("```"):
            fence = not fence
            continue
        heading = _HEADING.match(stripped)
        bold = _BOLD_LEAD.match(stripped)
        if heading or stripped == "---":
            close()
            title = heading.group(1) if heading else ""
            linked = _LINKED.search(title)
            head, link, body = _plain(title), linked.group(2) if linked else "", []
            in_summary = any(h in head for h in _SUMMARY_HEADS)
            skip = any(f in head for f in _FURNITURE)
        elif in_summary and not skip:
            summary += [_plain(stripped)] if _plain(stripped) else []
        elif skip or fence or not stripped or stripped[0] in "!>|<":
            continue
        elif bold and bold.group(2) and _titled(bold.group(1)):
            entries.append(Entry(_plain(bold.group(1)), "", tuple(_sentences(bold.group(2)))))
        elif _NUMBERED.match(stripped) and not head.startswith(tuple("0123456789")):
            text = _plain(stripped)
            if len(_sentences(text)) >= 2:
                entries.append(Entry("", "", tuple(_sentences(text))))
        elif len(_plain(stripped)) >= 8 and not _plain(stripped).endswith(("：", ":")):
            body.append(_plain(stripped))
    close()
    return [e for e in entries if e.sentences], [s for s in summary if len(s) >= 8]


def _entry_texts(day: str, entry: Entry) -> list[Text]:
    cite = (f"[原文]({entry.link})",) if entry.link else ()
    out = []
    if entry.title:
        text = f"{entry.title}\n[原文]({entry.link})" if entry.link else entry.title
        out.append(Text(day, "title", text, (*entry.sentences, *cite)))
    head = (entry.title,) if entry.title else ()
    for n, sentence in enumerate(entry.sentences):
        others = entry.sentences[:n] + entry.sentences[n + 1 :]
        out.append(Text(day, "sentence", sentence, (*head, *others, *cite)))
    return out


def _texts() -> tuple[list[Text], dict[str, str], dict[str, bool], dict[str, list[str]]]:
    """Every text, each digest's (day's) titles, which digests are held, their links."""
    texts: list[Text] = []
    titles: dict[str, str] = {}
    held: dict[str, bool] = {}
    links: dict[str, list[str]] = {}
    for writer, paths in (("ribao", RIBAO), ("insight", INSIGHT)):
        for n, path in enumerate(paths):
            day = f"{writer}/{path.stem}"
            entries, summary = read_digest(path)
            held[day] = n % 2 == 1
            titles[day] = "\n".join(e.title for e in entries)
            links[day] = [e.link for e in entries if e.link]
            for entry in entries:
                texts += _entry_texts(day, entry)
            everything = tuple(
                part
                for e in entries
                for part in (e.title, *e.sentences, f"[原文]({e.link})" if e.link else "")
                if part
            )
            texts += [Text(day, "summary", line, everything) for line in summary]
    rows = [json.loads(line) for line in XLING.read_text(encoding="utf-8").splitlines() if line]
    days = sorted({r["id"].split("-", 1)[1][:10] for r in rows})
    events: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        events.setdefault(row["event"], []).append(row)
    for n, day in enumerate(days):
        held[f"xling/{day}"] = n % 2 == 1
        titles[f"xling/{day}"] = "\n".join(r["title"] for r in rows if day in r["id"])
    for group in events.values():
        for row in group if len(group) > 1 else []:
            day = f"xling/{row['id'].split('-', 1)[1][:10]}"
            others = tuple(r["title"] for r in group if r is not row)
            texts.append(Text(day, "event", row["title"], others))
    return texts, titles, held, links


def _link_case(t: Text, links: list[str], rng: random.Random) -> Case | None:
    """A title's cited link swapped for another entry's of the same digest."""
    found = _LINKED.search(t.text)
    others = [u for u in links if found and u != found.group(2)]
    if not found or not others:
        return None
    new = rng.choice(others)
    return Case("link", t.text.replace(found.group(2), new), new)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=0, help="dev alarms and misses shown")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--held", action="store_true", help="also print the held half")
    args = parser.parse_args()
    if not (RIBAO and INSIGHT and XLING.exists()):
        sys.exit(f"needs the reference digests and the clusters data under {SHARED}")
    texts, titles, held, links = _texts()
    pool = latin_pool(titles)
    rng = random.Random(args.seed)
    cases: list[tuple[Text, Case]] = []
    for t in texts:
        cases.append((t, Case("unaltered", t.text)))
        cases += [(t, c) for c in plant(t, pool, rng)]
        if (link := _link_case(t, links.get(t.day, []), rng)) is not None:
            cases.append((t, link))
    evidence: dict[tuple[str, ...], Evidence] = {}
    flagged: list[list[Claim]] = []
    cases = [(t, c) for t, c in cases if args.held or not held[t.day]]
    for t, case in cases:
        if t.sources not in evidence:
            evidence[t.sources] = Evidence.build(list(t.sources))
        flagged.append(unsupported(case.text, evidence[t.sources]))
    parts = [("dev half", False)] + [("held half", True)] * args.held
    for label, is_held in parts:
        chosen = [i for i, (t, _) in enumerate(cases) if held[t.day] == is_held]
        for writer in ("ribao", "insight", "xling", ""):
            mine = [i for i in chosen if cases[i][0].day.startswith(writer)]
            name = f"{label}, {writer or 'all writers'}"
            report(name, [cases[i] for i in mine], [flagged[i] for i in mine], WHERES)
    if args.examples:
        examples(cases, flagged, args.examples, lambda t: held[t.day])


if __name__ == "__main__":
    main()
