"""What the editor knows of a selected story: its reports, and the facts its data states.

The facts (how many sources, when it was first reported, that it follows an earlier
story) come from the store, not from any text, so they are written here once: the
offline editor uses them as its insights and the verifier accepts them as evidence.
Sources there are publishers: one outlet read through two feeds is one source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from newsdesk.model import RankedStory, SourceLink
from newsdesk.model import _record as record

#: Engagement worth telling readers: a platform's public count, by source kind: the
#: count's key (its phrases are in :data:`newsdesk.model._record.METRICS`).  Only these
#: kinds: an aggregator (``jsonl``) or a feed carrying a ``score`` of its own ranks by a
#: private formula readers cannot check.
_METRIC_KEYS = {
    "hackernews": "points",
    "github_trending": "stars_today",
    "hf_papers": "upvotes",
    "reddit": "score",
}

#: Languages as a digest names them: Chinese and English names.
_LANGUAGE_NAMES = {"zh": ("中文", "Chinese"), "en": ("英文", "English")}


def language_name(code: str, *, chinese: bool = False) -> str:
    """A language's name as a reader knows it, in Chinese or English."""
    return _LANGUAGE_NAMES.get(code, (code, code))[0 if chinese else 1]


@dataclass(frozen=True, slots=True)
class Report:
    """One item of a story as the editor reads it."""

    #: Title.
    title: str
    #: Link as the source published it.
    url: str
    #: Name of the source it came through, as readers see it (where its points were won).
    source: str
    #: ISO 639-1 code.
    language: str
    #: Publication time (UTC) or None.
    published: datetime | None
    #: Full text when the store has it, else the snippet.
    text: str
    #: True for a repost of another report.
    copy: bool = False
    #: Engagement counts.
    metrics: dict[str, int] = field(default_factory=dict)
    #: Kind of the source it came through ("hackernews", "jsonl"...; "" when unknown):
    #: only a platform's counts are public engagement.
    kind: str = ""
    #: The outlet that published it, as readers see it ("" when that is the source).
    publisher: str = ""
    #: The outlet's identity: one outlet through two feeds has one ("" as ``publisher``).
    publisher_key: str = ""
    #: The feed's own summary when ``text`` opens with it before the article (a second
    #: telling of the same news, in other words), else "".
    summary: str = ""

    @property
    def outlet(self) -> str:
        """Who published it: the outlet it names, else its source."""
        return self.publisher or self.source

    def link(self) -> SourceLink:
        """The report as a digest cites it, named after the site its link opens: an
        aggregator's thread on an article (Hacker News, Reddit) is the aggregator's page,
        though the article's outlet (a host) is its publisher."""
        outlet_host = self.publisher_key.split("/")[0] if self.publisher else ""
        opened = _host(self.url)
        elsewhere = "." in outlet_host and bool(opened) and not _same_site(opened, outlet_host)
        label = self.source if elsewhere else self.outlet
        return SourceLink(self.title, self.url, label, self.language)


def _host(url: str) -> str:
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.rstrip(".").removeprefix("www.")


def _same_site(host: str, other: str) -> bool:
    """One host is the other or under it (blog.example.com and example.com)."""
    return host == other or host.endswith("." + other) or other.endswith("." + host)


@dataclass(frozen=True, slots=True)
class StoryBrief:
    """A selected story with its reports, primary report first."""

    #: The story as the digest ranked it.
    ranked: RankedStory
    #: Its reports, primary first, copies last.
    reports: tuple[Report, ...]
    #: The digest's day.
    day: date
    #: The digest's time zone.
    timezone: str

    @property
    def story_id(self) -> str:
        return self.ranked.story.id

    @property
    def primary(self) -> Report:
        return self.reports[0]

    @property
    def originals(self) -> list[Report]:
        return [r for r in self.reports if not r.copy] or list(self.reports)

    def publisher_names(self) -> list[str]:
        """Distinct publishers of its original reports (reposts left out), in report order;
        each named as its first report names it."""
        names: dict[str, str] = {}
        for report in self.originals:
            names.setdefault(report.publisher_key or report.outlet, report.outlet)
        return list(names.values())

    def first_reported(self) -> datetime | None:
        """When its earliest dated report was published, in the digest's time zone; None
        when no report is dated (the story's ``first_seen`` may be a fetch time, which is
        no report time)."""
        times = [r.published for r in self.reports if r.published is not None]
        return min(times).astimezone(ZoneInfo(self.timezone)) if times else None

    def latest_moment(self) -> datetime:
        """The moment a follow-up's age is told from: its newest dated report, the news
        of the day; the day's start in the digest's zone when no report is of the day."""
        zone = ZoneInfo(self.timezone)
        start = datetime(self.day.year, self.day.month, self.day.day, tzinfo=zone)
        times = [r.published for r in self.reports if r.published is not None]
        return max([start, *(t.astimezone(zone) for t in times)])

    def facts(self, language: str) -> list[str]:
        """What the story's data says about it, one sentence each."""
        zh = language == "zh"
        at = 0 if zh else 1
        names = self.publisher_names()
        shown = ("、" if zh else ", ").join(names[:5])
        more = ("等" if zh else " and others") if len(names) > 5 else ""
        if len(names) == 1:
            facts = [record.ONE_SOURCE[at].format(name=shown)]
        else:
            facts = [record.SOURCES[at].format(count=len(names), names=shown + more)]
        first = self.first_reported()
        if first is not None:
            stamp = zoned_stamp(first, language)
            if first.date() < self.day:
                ago = elapsed(first, self.latest_moment(), language)
                facts.append(record.FOLLOW_UP[at].format(stamp=stamp, ago=ago))
            else:
                facts.append(record.FIRST_REPORTED[at].format(stamp=stamp))
        engagement = _engagement(self.reports, zh)
        if engagement:
            facts.append(engagement)
        languages = set(self.ranked.story.languages)
        if {"zh", "en"} <= languages:
            facts.append(record.BOTH_LANGUAGES[at])
        return facts

    def reported_in(self, language: str) -> bool:
        """Whether an original report of it is in this language."""
        return any(r.language == language for r in self.originals)

    def language_note(self, language: str) -> str:
        """The line a digest writes instead of a summary when no report of the story is in
        its language: other-language sentences are neither pasted nor translated."""
        languages = dict.fromkeys(r.language for r in self.originals)
        zh = language == "zh"
        named = [language_name(code, chinese=zh) for code in languages]
        if zh:
            return f"此事目前只有{'、'.join(named)}报道，详见标题链接的原文。"
        return f"Reported only in {' and '.join(named)} so far; the headline links the original."

    def evidence_texts(self, language: str) -> list[str]:
        """Every text a claim about this story may rest on, its publishers' and sources'
        names included."""
        texts = [f"{r.title}\n{r.text}" for r in self.reports]
        texts.extend(self.facts(language))
        texts.append(self.language_note(language))
        names = dict.fromkeys([*self.publisher_names(), *(r.source for r in self.reports)])
        texts.append(" ".join(names))
        return texts

    def links(self) -> list[str]:
        return [r.url for r in self.reports]

    def source_links(self) -> tuple[SourceLink, ...]:
        return tuple(r.link() for r in self.reports)


def stamp_of(when: datetime) -> str:
    """When a report was published, as a reader sees it: the day alone for a time of
    exactly midnight, which is what a source giving only a date ("pub_date":
    "2026-02-12") becomes, since "00:00" would be a time nobody reported."""
    if (when.hour, when.minute, when.second, when.microsecond) == (0, 0, 0, 0):
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%d %H:%M")


#: Time zones by the name their readers give them, Chinese then English; any other zone is
#: named by its offset from UTC at that time ("UTC+9", "UTC-4"), which readers of either
#: language know.
_ZONE_NAMES = {
    "Asia/Shanghai": ("北京时间", "Beijing time"),
    "Asia/Chongqing": ("北京时间", "Beijing time"),
    "Asia/Chungking": ("北京时间", "Beijing time"),
    "Asia/Harbin": ("北京时间", "Beijing time"),
    "PRC": ("北京时间", "Beijing time"),
    "Asia/Hong_Kong": ("香港时间", "Hong Kong time"),
    "Hongkong": ("香港时间", "Hong Kong time"),
    "Asia/Taipei": ("台北时间", "Taipei time"),
    "ROC": ("台北时间", "Taipei time"),
}


def zone_name(when: datetime, language: str) -> str:
    """The zone of an aware time as a Chinese or English reader names it: "北京时间" or
    "Beijing time" for Asia/Shanghai, else its offset ("UTC", "UTC+9", "UTC+5:30")."""
    zone = when.tzinfo
    names = _ZONE_NAMES.get(str(zone)) if isinstance(zone, ZoneInfo) else None
    if names is not None:
        return names[0 if language == "zh" else 1]
    offset = when.utcoffset()
    minutes = round(offset.total_seconds() // 60) if offset is not None else 0
    if minutes == 0:
        return "UTC"
    hours, rest = divmod(abs(minutes), 60)
    sign = "+" if minutes > 0 else "-"
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def elapsed(since: datetime, until: datetime, language: str) -> str:
    """How long before ``until`` ``since`` was, as the time that passed ("7 小时前",
    "7 hours ago"), not the calendar days crossed: a report of 20:00 the evening before
    a follow-up of 03:00 is 7 hours old, not a day.  Whole minutes under an hour, whole
    hours under a day, whole days beyond."""
    minutes = max(0, int((until - since).total_seconds() // 60))
    if minutes < 60:
        count, unit = minutes, ("分钟", "minute")
    elif minutes < 24 * 60:
        count, unit = minutes // 60, ("小时", "hour")
    else:
        count, unit = minutes // (24 * 60), ("天", "day")
    if language == "zh":
        return f"{count} {unit[0]}前"
    return f"{count} {unit[1]}{'' if count == 1 else 's'} ago"


def zoned_stamp(when: datetime, language: str) -> str:
    """:func:`stamp_of` with its zone named, so a reader in another zone is not misled:
    "2026-05-14 07:10（北京时间）", "2026-05-14 07:10 Beijing time"; a day alone names
    no zone, having no hour to place."""
    stamp = stamp_of(when)
    if len(stamp) == len("2026-05-14"):
        return stamp
    zone = zone_name(when, language)
    return f"{stamp}（{zone}）" if language == "zh" else f"{stamp} {zone}"


def _engagement(reports: Sequence[Report], zh: bool) -> str:
    best: tuple[int, str, str] | None = None
    for report in reports:
        if report.kind not in _METRIC_KEYS:
            continue
        key = _METRIC_KEYS[report.kind]
        chinese, english = record.METRICS[key]
        value = report.metrics.get(key, 0)
        if value > 0 and (best is None or value > best[0]):
            best = (value, report.source, chinese if zh else english)
    if best is None:
        return ""
    value, source, phrase = best
    return phrase.format(value=value, source=source)
