"""A story's latest state: a figure that later reports give in place of an earlier one.

A story told over a day changes: a benchmark score is withdrawn and re-measured, a round
is revised, a launch is delayed, preorders come in.  The sign is in the reports
themselves: a figure that the story's first report did not state, that a later report
puts in its title and that another report repeats (one outlet's figure is not yet the
story's state) is its latest development, and the headline, summary, cover and day
title tell it.  It *replaces* an earlier figure of the same kind (a percentage, an amount
of money, a count of one thing) only where a sentence gives the two together with a word
of change ("重测得分78.4%，而官方宣传的成绩为92.1%"): the verifier then takes the old
figure, stated as current, for unsupported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from newsdesk.editor._brief import Report, StoryBrief
from newsdesk.editor._numbers import Figure, figures_of
from newsdesk.editor._sentences import split_sentences


@dataclass(frozen=True, slots=True)
class Development:
    """What changed in a story, and the report that first said so."""

    #: The first report, in the digest's language, whose title gives the new figure.
    report: Report
    #: The new figures as that report's title writes them ("78.4%").
    figures: tuple[str, ...]
    #: The earlier figures they replace, as the earlier reports wrote them ("92.1%").
    superseded: tuple[str, ...]
    #: Both, as the verifier compares them.
    new_keys: frozenset[Figure]
    old_keys: frozenset[Figure]


def development(brief: StoryBrief, language: str) -> Development | None:
    """The story's latest change of a figure, or None when its reports agree throughout.

    A figure counts by its value (and its unit when it is a percentage or money, see
    ``figures_of``), so a report in another language restates it.  A new figure is news
    when it replaces an earlier one, or when it came on a later day than the story's
    first report (a follow-up); a new detail of the same day's reports is not.
    """
    dated = sorted(
        (r for r in brief.originals if r.published is not None),
        key=lambda r: r.published or 0,
    )
    if len(dated) < 3:
        return None
    zone = ZoneInfo(brief.timezone)
    days = [(r.published or datetime.min).astimezone(zone).date() for r in dated]
    stated = [{f for f, _ in figures_of(f"{r.title}\n{r.text}")} for r in dated]
    first_said: dict[Figure, int] = {}
    said_by: dict[Figure, int] = {}
    for n, figures in enumerate(stated):
        for figure in figures:
            first_said.setdefault(figure, n)
            said_by[figure] = said_by.get(figure, 0) + 1
    found: list[tuple[int, Development]] = []
    for report in dated:
        if report.language != language:
            continue
        new = [
            (figure, written)
            for figure, written in figures_of(report.title)
            if first_said[figure] > 0 and said_by[figure] >= 2
        ]
        if not new:
            continue
        since = max(first_said[f] for f, _ in new)
        replaced = _replaced([f for f, _ in new], stated[:since], dated[since:])
        if not replaced and days[since] <= days[0]:
            continue
        old = [
            written
            for r in dated[:since]
            for figure, written in figures_of(f"{r.title}\n{r.text}")
            if figure in replaced
        ]
        change = Development(
            report=report,
            figures=tuple(dict.fromkeys(w for _, w in new)),
            superseded=tuple(dict.fromkeys(old)),
            new_keys=frozenset(f for f, _ in new),
            old_keys=frozenset(replaced),
        )
        found.append((since, change))
    if not found:
        return None
    latest = max(since for since, _ in found)  # the newest change, first told
    return next(change for since, change in found if since == latest)


def _replaced(new: list[Figure], before: list[set[Figure]], after: list[Report]) -> set[Figure]:
    """The earlier figures a later sentence gives with a new one of the same kind and a
    word of change."""
    earlier = set().union(*before)
    pairs = set().union(*(_corrections(r) for r in after))
    return {old for old in earlier for f in new if old not in new and (old, f) in pairs}


def _corrections(report: Report) -> set[tuple[Figure, Figure]]:
    """Every two figures of one kind that a sentence of the report gives together with a
    word of change (重测, 下调, 撤回, revised, withdrawn...): the one figure replaces the
    other, in one direction or the other."""
    pairs = set()
    for sentence in split_sentences(f"{report.title}\n{report.text}"):
        if not _CHANGE.search(sentence):
            continue
        found = {figure for figure, _ in figures_of(sentence)}
        pairs |= {(a, b) for a in found for b in found if a != b and a[0] == b[0]}
    return pairs


#: Words that say a figure changed: corrected, revised, withdrawn, re-measured, delayed.
_CHANGE = re.compile(
    r"更正|修正|订正|下调|上调|调整为|调至|降至|降为|升至|提高至|撤回|撤下|撤销|收回|重测|重新测试"
    r"|复测|推迟|延期|延后|改为|而非|不再是|实际为|实为|"
    r"\b(?:correct(?:ed|s|ion)|revis(?:ed|es|ion)|withdr(?:aw|awn|ew)|retract(?:ed|s|ion)"
    r"|re-?test(?:ed)?|re-?run|restat(?:ed|es)|delay(?:ed|s)?|postpon(?:ed|es)|cut to"
    r"|lowered|raised to|instead of|rather than|down from|up from)\b",
    re.IGNORECASE,
)
