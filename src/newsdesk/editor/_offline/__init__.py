"""The offline editor: a digest made only of what the sources and the store say.

Headlines are the stories' own best titles, summaries are their most central source
sentences (TextRank over shared words, Chinese by character pairs), insights are what
changed, what its figures compare to and its key points (the next most central source
sentences), then the facts of :meth:`StoryBrief.facts`; sections are the categories.
Nothing is invented, so its output passes the verifier by construction; it is what runs
without an LLM and what a story falls back to when the LLM fails.

A module per job: ``_source_text`` (cleaning and joining source sentences),
``_candidates`` (the sentences a text is chosen from, TextRank), ``_summary``,
``_key_points``, ``_told_once`` (an entry read a second time), ``_headlines``,
``_entry`` (a lead entry), ``_more_line`` (a "more news" line) and ``_day`` (title, the
day's list, sections).
"""

from newsdesk.editor._offline._day import (
    DAY_BULLETS,
    MAX_SECTIONS,
    DayText,
    day_bullet,
    offline_day,
    other_section,
    section_title,
)
from newsdesk.editor._offline._entry import change_line, offline_entry
from newsdesk.editor._offline._headlines import untagged_title
from newsdesk.editor._offline._key_points import announces_list, key_points
from newsdesk.editor._offline._more_line import offline_more
from newsdesk.editor._offline._source_text import labelled, unlabelled_zh
from newsdesk.editor._offline._summary import central_sentences
from newsdesk.editor._offline._told_once import framed_once, introduced_once, past_told

__all__ = [
    "DAY_BULLETS",
    "MAX_SECTIONS",
    "DayText",
    "announces_list",
    "central_sentences",
    "change_line",
    "day_bullet",
    "framed_once",
    "introduced_once",
    "key_points",
    "labelled",
    "offline_day",
    "offline_entry",
    "offline_more",
    "other_section",
    "past_told",
    "section_title",
    "unlabelled_zh",
    "untagged_title",
]
