"""Verifier fresh red team: hand-written texts in the outside judges' format.

Usage: python bench/verify_fresh.py [--held] [--examples] [--data FILE]

The other verifier benchmarks plant errors with code, so their shapes are the ones the
verifier was built for.  ``bench/data/verify_fresh.jsonl`` holds texts written by hand the
way an LLM writes a Chinese (or mixed) AI-news summary from an item's title, core point
and highlights (and its link, where the item has one), read exactly as
``newsdesk eval verify`` reads them: 45 items, each with two supported texts (a paraphrase,
an alias or short form, a respelling of case, spaces or hyphens, units written another way,
a date in another form, Chinese numerals, 成 for percent, 约/近/超 qualifiers) and two with
one planted error (a Latin word appended to a name or replacing it, a version bumped, an
acronym swapped, an English common noun set in as a name, a Chinese company replaced, a
role changed, a date, currency, 万/亿, figure or link changed).  Subjects are AI news of
the kind the makinotes days carry; no text is copied from them.

A supported text is a false alarm when anything is flagged.  A planted text is caught
when a flagged claim overlaps the planted words (compared without case or spaces).

The split was fixed when the file was written, before any result was read: every third
item (its four texts) is held back and only ``--held`` prints it, never with examples.

``--data bench/data/verify_fresh2.jsonl`` reads the second set, written the same way later
and measured on the verifier before any of its shapes was fixed: 42 items whose supported
texts lean on aliases of outlets, labs and companies (彭博社 as Bloomberg, 阿斯麦 as ASML),
rounded figures and respellings, and whose planted errors are one of each kind (a Latin
term swapped for another Latin word, a Chinese organisation or a person swapped, 万↔亿, a
year, a version, a role, a count, a link).

``--data bench/data/verify_fresh3.jsonl`` reads the third set, 40 items of four makinotes
days (2026-01-29, 2026-02-07, 2026-02-13; the first two sets used no makinotes day, their
subjects are invented) written as an LLM writes a digest entry: a two- or three-sentence
Chinese summary and a one-line 点评, or an English digest entry written from the Chinese
item.  Its rows name their item (``"makinotes": "DAY#INDEX"``) instead of carrying it,
since makinotes text may be read but not copied into the project: the sources are the
item's title, core point, highlights and link, read from ``../shared`` at run time, and
``{link}`` (``{link:DAY#INDEX}``) in a text stands for that item's (another item's) link.
Supported texts: aliases (English names of Chinese companies, short and full forms),
respellings, full-width characters, units and rounding, 两/二/2, reordered clauses;
planted: a Latin term swapped, a Chinese organisation or person swapped, 万↔亿 (and its
English billion/million), year, version, role, count, link, percentage.

``--data bench/data/verify_fresh4.jsonl`` reads the fourth set, written the same way as the
third from 40 items of three makinotes days none of the first three used (2026-01-28,
2026-02-04, 2026-02-11; two 2026-01-28 items that 2026-01-29 repeats and the third set
took were left out), 46 of its 160 texts in English, and committed with its split before
the verifier was run on it.

``--data bench/data/verify_fresh5.jsonl`` reads the fifth set, written the same way from 40
items of three makinotes days none of the first four used (2026-01-26, 2026-01-27,
2026-01-31; one 2026-01-27 item that 2026-01-29 repeats was left out), 69 of its 160 texts
in English, and committed with its split before the verifier was run on it.

``--data bench/data/verify_fresh6.jsonl`` reads the sixth set, written the same way from 40
items of four makinotes days none of the first five used (2026-02-05, 2026-02-09,
2026-02-12 and seven items of 2026-02-10; a 2026-02-09 item with no highlights was left
out), 60 of its 160 texts in English, and committed with its split before the verifier
was run on it.

``--data bench/data/verify_fresh7.jsonl`` reads the seventh set, written the same way from
the 31 items of three makinotes days none of the first six used (2026-01-30, 2026-02-02,
2026-02-03; six 2026-01-30 items that an earlier set took from a later day were left out),
49 of its 124 texts in English, and committed with its split before the verifier was run
on it.

``--data bench/data/verify_fresh8.jsonl`` reads the eighth set, written the same way from
the 21 makinotes items no earlier set used (2026-02-06, 2026-02-08 and the four 2026-02-10
items the sixth set left), 29 of its 84 texts in English, and committed with its split
before the verifier was run on it.

``--data bench/data/verify_fresh9.jsonl`` reads the ninth set.  The first eight took every
makinotes day, so its 24 items are entries of seven published digests in
``../shared/reference`` (``ai-ribao`` and ``ai-insight-daily``, other writers whose
vocabulary the verifier's rules were never tuned on; ``bench/verify_writers.py`` plants
errors in their own sentences, this set has new texts written about them).  Its rows name
their entry (``"digest": "ai-ribao/2026-02-21#3"``: the digest whose file name starts with
that date, and the entry's place among those ``verify_writers.read_digest`` finds), read
at run time like the makinotes rows: the sources are the entry's title (when it has one),
its sentences and its cited link, and ``{link:WRITER/DATE#INDEX}`` stands for another
entry's link.  The texts are written as an LLM summariser writes from such an item (a
Chinese summary with its 点评 line, or an English retelling), 24 of its 96 texts in
English, one planted error in half of them, of every kind; the split (every third item
held, as in the other sets) was committed before the verifier was run on it.

``--data bench/data/verify_fresh10.jsonl`` reads the tenth set, written as the third to
eighth are from 41 of the 57 makinotes items whose links no earlier set used (a title a
later day repeats counted once, items with no highlights left out): the notes of a
brain-science newsletter, quotes of AI people, a snack chain and a hog farmer, papers,
launches, agents and their hardware, a desert's carbon sink.  Each has two supported
texts (a Chinese entry with its 点评 line, some crediting the outlet whose piece it
retells; an English retelling; aliases such as 李飞飞, 杨立昆, 通义千问, 清华、北大 for 清北,
Muyuan Foods, Kuaishou's Kling, HUST; respellings, 七成六 for 76%) and two with one planted
error of every kind, places among them (美股 for 港股, another desert); 47 of its 164
texts are English, and the set and its split were committed before the verifier was run
on it.

``--data bench/data/verify_fresh11.jsonl`` reads the eleventh set.  Only 16 makinotes
items with highlights were left that no earlier set used (by link or title), so it
takes those 16 (a brain-science weekly, predictive coding, two Kimi K2.5 reviews,
Clawdbot, scientific concepts, a dissolving microneedle, Claude Opus 4.6, psychology
buzzwords, a year's AI review, the AGI narrative, LinkedIn's service discovery, Seedance
2.0, data for agents, GLM-5's price, embodied-AI papers) and 14 entries of two published
digests no earlier set read (``ai-ribao/2026-03-17`` and ``ai-insight-daily/2025-11-20``:
Vera Rubin, Groq 3 LPX, Alibaba's ATH, the OpenClaw safety guide, GPT-5.4, Britannica's
suit, the Grok suit, a tennis humanoid, a protein-complex dataset, web novels, Pichai on a
bubble, the Cloudflare outage twice, Milvus).  Each has two supported texts and two with
one planted error of the 13 kinds; 27 of its 120 texts are English, and the set and its
split were committed before the verifier was run on it.

``--data bench/data/verify_fresh12.jsonl`` reads the twelfth set: 30 entries of nine
published digests no earlier set read (``ai-ribao`` 2025-12-12, 2026-01-05, 2026-01-28,
2026-05-05, 2026-07-25 and ``ai-insight-daily`` 2025-06-15, 2025-07-20, 2025-08-20,
2025-09-20: Qwen3-TTS, Adobe in ChatGPT, Gemini TTS and FACTS, the attorneys general's
letter, India's order to X, Anthropic's TPUs, GB200 against MI355X, LeCun on Meta, Kimi's
funding and K2.5, LingBot-VLA, Prism, Maia 200, DeepSeek-OCR 2, Brockman's trial, an
OpenAI phone, Cerebras's IPO, Meta buying ARI, Nadella's MAI, Vivix A1, the letter on
Chinese models, SK's chairman, OpenWorker, Hunyuan3D 2.1, Windsurf, Nemotron Nano 2, the
MIT study, ChatGPT Go, Ray 3, Microsoft's Singapore lab).  Each has two supported texts
and two with one planted error of the 13 kinds; 30 of its 120 texts are English, and the
set and its split were committed before the verifier was run on it.

``--data bench/data/verify_everyday.jsonl`` reads a set written outside the makinotes
vocabulary: 40 invented or general-knowledge items of everyday AI and tech news (funding,
chips, earnings, launches with benchmark scores, regulation, robotics, people moves, open
source, app users, lawsuits, conferences, university papers; Chinese and foreign
companies), each a Chinese title, core point and three highlights, with two supported texts
(aliases, respelled numerals, units, reordering, English retellings) and one or two
planted ones (63 of 144 texts), committed with its split before the verifier was run on it.

``--data bench/data/verify_everyday2.jsonl`` reads a second everyday set, written the same
way on topics and vocabulary the first avoided: 31 items (chip fabs and tools, robotaxis
and EV charging, AI drug discovery, education, games, 6G, satellites, power for data
centres, e-commerce, banks, Japanese, Korean, European and Indian companies, universities
and a prize; three with English sources, three with a link), 111 texts (21 in English, 48
with one planted error of every kind), committed with its split before the verifier was
run on it.

``--data bench/data/verify_everyday3.jsonl`` reads a third everyday set, written the same
way on topics neither earlier set covered: 36 items (AI in hospitals and drug regulation,
copyright rulings, farm drones, farm machines and weather models, music and video
generation, a phone, a phone chip and a PC chip, cloud and GPU price cuts, telecom
operators, Gulf sovereign AI, Latin American, African and Southeast Asian companies, a
university ranking and a prize, European hardware and defence start-ups, a rocket and a
satellite operator, insurance and banking AI, two provinces' policies, Hong Kong, Taiwan
and Singapore companies; three with English sources, three with a link), 150 texts (40 in
English, 78 with one planted error of every kind), committed with its split before the
verifier was run on it.

``--data bench/data/verify_everyday4.jsonl`` reads a fourth everyday set, written the same
way on topics none of the first three covered: 36 items (logistics and container ports,
driverless trucks, subsea cables, sports technology, AI in films, animation and actors'
contracts, earnings of Chinese, Indian and Japanese firms, open-source licences, AI safety
institutes and an international report, standards bodies, patents, government procurement
and local-government AI, Korean, Indian, Gulf, Latin American and African models, a
conference's best paper with its authors, storage for data centres; three with English
sources, three with a link), 150 texts (42 in English, 78 with one planted error of every
kind), committed with its split before the verifier was run on it.

``--data bench/data/verify_everyday5.jsonl`` reads a fifth everyday set, written the same
way on topics none of the first four covered: 36 items (aviation maintenance, a crypto
exchange and stablecoin payments, retail and groceries, hiring and layoffs, a union deal,
courts in China, Germany, India and Japan, quantum computers, fast charging and
solid-state batteries, Korean and Japanese rockets, exams and marking, city hotlines and
traffic lights, dairy farms and food research, motor insurance, shipping fuel, a weather
model, music licensing, a hospital's model, a telecom operator's model, AI glasses,
security, the power grid, travel and language learning; four with English sources, three
with a link), 155 texts (50 in English, 83 with one planted error, places and days of the
week among them), committed with its split before the verifier was run on it.

``--data bench/data/verify_everyday6.jsonl`` reads a sixth everyday set, written the same
way on topics none of the first five covered: 36 items (food delivery and drone delivery,
real estate, mining, textiles, museums and a library, railways in China and Germany,
public health, earthquakes, warehouse robots, legal AI, chip equipment, seed breeding, pig
farms, steel, oil, cement, construction robots, lifts, chemicals, cosmetics, fashion, post,
an airport, customs, nuclear power, hotels, sports statistics, online courses, a launch
company and a national park; four with English sources, three with a link), 155 texts (55
in English, 83 with one planted error of every kind), committed with its split before the
verifier was run on it.

``--data bench/data/verify_everyday7.jsonl`` reads a seventh everyday set, written the same
way on topics none of the first six covered, most of them outside AI: 36 items (life
insurance underwriting and an insurer's results, an airline's fares, a baggage planner at a
Japanese airport, an airliner's deliveries and a widebody order, game licences and an AI
game, drug approvals and filings and a biotech's results, a shipyard, a canal, a Korean
battery maker and a Korean operator's fine, graduates and a Korean exam, a city football
league and the National Games, Japanese retail, banking, convenience stores and farm
machines, a Korean carmaker's humanoids and a Korean model, a phone launch, a typhoon, a
city's rules for self-driving cars, two box offices, a shopping festival, battery swapping,
satellite phones, a camera maker's listing and unmanned farms; three with English sources,
two with a link), 153 texts (51 in English, 81 with one planted error of every kind, dates
among them), committed with its split before the verifier was run on it.

``--data bench/data/verify_everyday8.jsonl`` reads an eighth everyday set, written the same
way on topics none of the first seven covered and with many names in no table of the
verifier (Chinese, Japanese, Korean, Indian, Arab, African and European people, firms and
places): 36 items (archaeology at Sanxingdui and AlUla, Dunhuang manuscripts, by-elections
in Kenya and a parliamentary election in Sri Lanka, a football transfer to Saudi Arabia, a
baseball posting, a cricket auction, a Go final, an esports final, concert tickets and a
K-pop agency's results, music streaming, web-novel translation, flood forecasting, a
volcano, a dam on the Blue Nile, desalination, offshore wind, hydrogen trucks, a bridge's
inspection drones, an offshore fish farm, a developer's debt restructuring, a car recall,
pet food, toys, a television, Swiss watch exports, cocoa and rice prices, kindergartens,
a tax authority's analytics, a city's matchmaking app, Everest permits, giant pandas sent
abroad and a remote surgery; three with English sources, three with a link), 148 texts
(57 in English, 76 with one planted error of every kind: a Latin term, a Chinese
organisation or person, 万↔亿 and billion↔million, year, date, version, role, count, link,
percentage, place and currency), committed with its split before the verifier was run on
it.

``--data bench/data/verify_everyday9.jsonl`` reads a ninth everyday set, written the same
way on topics none of the first eight covered and with long-tail names of many languages
(Vietnamese, Thai, Indonesian, Turkish, Polish, Portuguese, Korean, Japanese, Arabic and
African): 36 items (chip plants in Da Nang and Penang, eye screening in Thailand, a nickel
park's grid, Latin American and African banks, payments and shops, a Polish game studio
and national model, a biologics plant, an iPS-cell approval, chess, a marathon, a film
festival, a book fair, an art auction, Gulf oil and LNG, fertiliser, saltwater and monsoon
forecasts, call centres, an eVTOL, a data centre, a driverless metro, an airline, a Seoul
court, a power grid and a Shinkansen depot; three with English sources, three with a
link), 147 texts (38 in English, 75 with one planted error of every kind), committed with
its split before the verifier was run on it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newsdesk.editor import VerifyRecord
from newsdesk.editor._evaluate import verify_record
from verify_writers import Entry, read_digest

DATA = Path(__file__).resolve().parent / "data" / "verify_fresh.jsonl"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MAKINOTES = SHARED / "data" / "makinotes" / "api"
REFERENCE = SHARED / "reference"


@dataclass(frozen=True, slots=True)
class Case:
    """One text of the file, with its kind, its half and the words planted in it."""

    record: VerifyRecord
    kind: str
    held: bool
    planted: str | None


def _squash(text: str) -> str:
    return "".join(text.split()).casefold()


def _makinotes_item(ref: str) -> dict[str, object]:
    """The makinotes article ``DAY#INDEX`` names."""
    day, index = ref.split("#")
    path = MAKINOTES / f"{day}.json"
    if not path.exists():
        sys.exit(f"this set reads its sources from the makinotes days, missing: {path}")
    article: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))["articles"][
        int(index)
    ]
    return article


def _digest_entry(ref: str) -> Entry:
    """The entry ``WRITER/DATE#INDEX`` of a published digest under ``reference``."""
    name, index = ref.split("#")
    writer, day = name.split("/")
    found = sorted((REFERENCE / writer).glob(f"{day}*.md"))
    if not found:
        sys.exit(f"this set reads its sources from the published digests, missing: {name}")
    entries, _ = read_digest(found[0])
    return entries[int(index)]


def _link_of(ref: str) -> str:
    """The link of the makinotes item (``DAY#INDEX``) or digest entry a reference names."""
    if "/" in ref:
        return _digest_entry(ref).link
    return str(_makinotes_item(ref)["link"])


def _with_links(text: str, own: str) -> str:
    """The text with ``{link}`` and ``{link:REF}`` replaced by those items' links."""
    while "{link:" in text:
        start = text.index("{link:")
        end = text.index("}", start)
        text = text[:start] + _link_of(text[start + 6 : end]) + text[end + 1 :]
    return text.replace("{link}", own)


def _item_sources(row: dict[str, object]) -> tuple[list[object], str]:
    """The sources and link of the makinotes item or digest entry a row names."""
    if "digest" in row:
        entry = _digest_entry(str(row["digest"]))
        head = [entry.title] if entry.title else []
        return [*head, *entry.sentences, *([entry.link] if entry.link else [])], entry.link
    article = _makinotes_item(str(row["makinotes"]))
    link = str(article["link"])
    highlights = article["highlights"]
    assert isinstance(highlights, list)
    return [article["title"], article["core_point"], *highlights, link], link


def _resolved(row: dict[str, object]) -> dict[str, object]:
    """A row that names its item, with the item's sources and link filled in."""
    sources, link = _item_sources(row)
    planted = row["planted"]
    return {
        **row,
        "sources": sources,
        "links": [link] if link else [],
        "text": _with_links(str(row["text"]), link),
        "planted": None if planted is None else _with_links(str(planted), link),
    }


def cases(data: Path = DATA) -> list[Case]:
    """Every text of the data file."""
    out = []
    for line in data.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "makinotes" in row or "digest" in row:
            row = _resolved(row)
        record = VerifyRecord(row["id"], tuple(row["sources"]), row["text"], tuple(row["links"]))
        out.append(Case(record, row["kind"], row["split"] == "held", row["planted"]))
    return out


def caught(case: Case, flagged: list[str]) -> bool:
    """Whether a flagged claim overlaps the planted words."""
    planted = _squash(case.planted or "")
    return any(planted in _squash(c) or _squash(c) in planted for c in flagged if _squash(c))


def report(chosen: list[Case], label: str, examples: bool) -> None:
    """Caught by planted kind and false alarms by supported kind, for one half."""
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    clean: Counter[str] = Counter()
    notes = []
    for case in chosen:
        flagged = [c.text for c in verify_record(case.record).unsupported]
        if case.planted is None:
            clean[case.kind] += 1
            alarms[case.kind] += bool(flagged)
            if flagged:
                notes.append(f"  false alarm {case.record.id} {flagged}: {case.record.text}")
        else:
            totals[case.kind] += 1
            hit = caught(case, flagged)
            hits[case.kind] += hit
            if not hit:
                notes.append(f"  missed {case.record.id} {case.planted!r} {flagged}")
    print(f"{label}: planted (caught / texts)")
    for kind in sorted(totals):
        print(f"  {kind:<14} {hits[kind]:>3} / {totals[kind]:<3} {hits[kind] / totals[kind]:.2f}")
    total = sum(totals.values())
    print(f"  {'all':<14} {sum(hits.values()):>3} / {total:<3} {sum(hits.values()) / total:.3f}")
    print(f"{label}: supported (flagged / texts)")
    for kind in sorted(clean):
        print(f"  {kind:<14} {alarms[kind]:>3} / {clean[kind]:<3}")
    total = sum(clean.values())
    print(
        f"  {'all':<14} {sum(alarms.values()):>3} / {total:<3} {sum(alarms.values()) / total:.3f}"
    )
    if examples:
        print("\n".join(notes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held", action="store_true", help="also print the held third")
    parser.add_argument("--examples", action="store_true", help="list the dev misses/alarms")
    parser.add_argument("--data", type=Path, default=DATA, help="the set to read (JSON lines)")
    args = parser.parse_args()
    every = cases(args.data)
    report([c for c in every if not c.held], "dev", args.examples)
    if args.held:
        report([c for c in every if c.held], "held", examples=False)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
