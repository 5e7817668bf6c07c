"""An offline "more news" line: the story's title and one short source sentence."""

from __future__ import annotations

import re

import numpy as np

from newsdesk.chinese import full_width_brackets
from newsdesk.editor._brief import StoryBrief
from newsdesk.editor._development import development
from newsdesk.editor._facts import Facts, facts_of, says_more
from newsdesk.editor._numbers import figures_of
from newsdesk.editor._offline._candidates import (
    TEASER,
    Candidate,
    asked_before,
    dated_before,
    moved_since,
    narrated,
    sentence_candidates,
    stale,
    textrank,
)
from newsdesk.editor._offline._headlines import HEADLINE_CHARS, headline_and_rest, untagged_title
from newsdesk.editor._offline._key_points import POINTS_BACK
from newsdesk.editor._offline._source_text import MEANS, finished
from newsdesk.model import MoreLine

#: A "more news" detail is one sentence this short: a line of the page (the Chinese
#: seeds' run to about 40 characters; an English sentence takes about twice the
#: characters to say as much, as :data:`SUMMARY_CHARS` has it).
MORE_DETAIL_CHARS = {"zh": 90, "en": 160}

#: An English sentence opening on who the sentence before it named ("It", "The firm"):
#: alone on a line, after a headline that may not name them, nobody knows who.
_LEANS_ON_BEFORE = re.compile(
    r"(?:It|Its|They|Their|He|His|She|Her|These|Those|The (?:firm|company|startup|group))\b"
)


def _adds_a_fact(candidate: Candidate, headline: Facts) -> bool:
    """Whether an English "more news" detail states a figure, a date, a name or a place
    its headline does not: a line naming only who the headline names ("Vantor isn't
    trying to win the training race") tells less than one that does, and is chosen only
    when no sentence does (an open question, "Whether the score is contaminated remains
    to be seen", is worth its line).  The Chinese details follow the seeds, whose lines
    ``bench/seed_fidelity.py`` measures."""
    facts = candidate.facts
    return bool(
        facts.anchors - headline.anchors
        or facts.names - headline.names
        or facts.settings - headline.settings
    )


def offline_more(brief: StoryBrief, language: str) -> MoreLine:
    """A "more news" line: the story's title (its latest development's, when it has
    one), linked, and its most central short source sentence in the digest's language as
    the detail: one that tells a fact the headline does not (none when every sentence is
    long, or says only what the headline says), one that names its doer before one that
    opens with its means ("通过…，将…").  A title too long for a headline
    (:data:`HEADLINE_CHARS`: fourteen quotes posted as one) gives way to that sentence, or
    to its own first clause when there is none.  A story no report tells in that language
    keeps its original title, and its detail says so, as a lead entry's summary does
    (:meth:`StoryBrief.language_note`)."""
    category = brief.ranked.story.category or ""
    change = development(brief, language)
    moved = moved_since(brief, change)
    title, url = brief.ranked.title, brief.primary.url
    if change is not None:
        title, url = change.report.title, change.report.url
    title = untagged_title(title)
    if not brief.reported_in(language):
        return MoreLine(
            brief.story_id, title, url, "offline", category, brief.language_note(language)
        )
    headline = facts_of(title)
    stated = {figure for figure, _ in figures_of(title)}
    short = [
        c
        for c in sentence_candidates(brief, language)
        if len(c.text) <= MORE_DETAIL_CHARS.get(language, MORE_DETAIL_CHARS["en"])
        and (change is None or not stale(c.figures, change))
        and not TEASER.search(c.text)
        and not POINTS_BACK.search(c.text)
        and says_more(c.text, headline)  # not "Terms of the X acquisition of Y, in brief."
        and (language == "zh" or not _LEANS_ON_BEFORE.match(c.text))
        and 2 * len(c.figures & stated) <= len(c.figures)  # not mostly the headline's figures
        and not dated_before(brief, c)
        and not (moved is not None and asked_before(brief.originals[c.report], moved, c.text))
    ]
    # opened by its means ("通过…框架量化…，将…"), a sentence leaves its doer unsaid
    short = [c for c in short if not MEANS.match(c.text)] or short
    if language != "zh":  # a sentence stating what the headline does not, before a tagline
        short = [c for c in short if _adds_a_fact(c, headline)] or short
    detail = ""
    if short:
        scores = textrank(short)
        best = short[int(np.argmax(scores))]
        detail = finished(narrated(brief, best, language, opening=True))
    if len(title) > HEADLINE_CHARS.get(language, HEADLINE_CHARS["en"]):
        # a title that is text (a list of quotes): its report's sentence says what it is
        title = detail.rstrip("。") if detail else headline_and_rest(title, language)[0]
        detail = ""
    if language == "zh":  # sources' ASCII brackets, set as Chinese prose sets them
        title, detail = full_width_brackets(title), full_width_brackets(detail)
    return MoreLine(brief.story_id, title, url, "offline", category, detail)
