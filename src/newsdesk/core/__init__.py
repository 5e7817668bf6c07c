"""The one object every front end uses: the CLI, the desk server and workers.

A :class:`Newsdesk` owns the config, the store, the clock, the embedder and the progress
reporting, so a front end only chooses what to call and how to show what comes back.
Each method is one user action; it returns records and prints nothing.  The actions
that wait on the network or write (``arun``, ``afetch``, ``acheck_sources``, the
editor's ``aedit_...``) are coroutines, with thin synchronous wrappers for callers
without an event loop.  The stages themselves live in :mod:`newsdesk.stages`, run in
order by :mod:`newsdesk.pipeline`.

One module per part of the desk, each a mixin of :class:`Newsdesk` over ``_base``
(the store, the clock, finding a digest's day): ``_sources``, ``_config_file`` (adding
and disabling sources in the file), ``_runs``, ``_reading``, ``_editions``,
``_publishing``, ``_schedules``, ``_evaluating``; what they return is in ``_views``.
"""

from newsdesk.core._desk import Newsdesk, open_newsdesk
from newsdesk.core._editions import edition_change, language_warning, story_place
from newsdesk.core._views import (
    BuiltSite,
    Candidate,
    ChannelPart,
    ChannelView,
    ClassifyReport,
    DayItems,
    DayStories,
    DigestState,
    EditionChange,
    EditionDetail,
    EditionDiff,
    EditionEntry,
    EditionView,
    EntryEdit,
    LeftOut,
    SearchHit,
    SearchResult,
    SourceCheck,
    SourceStatus,
    StartedRun,
    StoryDetail,
    StoryPlace,
    StoryRestore,
)
from newsdesk.stages.publish import Outgoing

__all__ = [
    "BuiltSite",
    "Candidate",
    "ChannelPart",
    "ChannelView",
    "ClassifyReport",
    "DayItems",
    "DayStories",
    "DigestState",
    "EditionChange",
    "EditionDetail",
    "EditionDiff",
    "EditionEntry",
    "EditionView",
    "EntryEdit",
    "LeftOut",
    "Newsdesk",
    "Outgoing",
    "SearchHit",
    "SearchResult",
    "SourceCheck",
    "SourceStatus",
    "StartedRun",
    "StoryDetail",
    "StoryPlace",
    "StoryRestore",
    "edition_change",
    "language_warning",
    "open_newsdesk",
    "story_place",
]
