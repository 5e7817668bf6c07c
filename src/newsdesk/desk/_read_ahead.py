"""Reading a batch's texts on two processors: grouping's one piece of work that is
per item, pure and large.

Grouping runs on one thread (its Python holds the interpreter), so on two processors
one waits; reading each item's words and names (:func:`read_text`) is a third of
grouping title + 500 characters and a fifth of grouping headlines
(docs/benchmarks.md).  A forked process reads the second half of a batch's texts while
this one reads the first: the readings are the same values, and only where they were
computed differs.  When other work keeps every core busy, the two processes are two
of the machine's runnable tasks where one was, so they still get more of it.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from newsdesk.desk._text import TextFeatures, text_features, title_features

#: What a text reads as: its words and names, and a title alone's sentence openers
#: (None for a title with text: :func:`newsdesk.desk._text.title_features`).
Reading = tuple[TextFeatures, list[str] | None]

#: Fewest unread texts worth a forked reader: forking and sending the readings back cost
#: about as much as reading a few hundred headlines.
MIN_TEXTS = 1_000
#: Texts this process reads before forking, so that what the first readings build once
#: (jieba's tag table, the alias patterns) is built once, not in both processes.
_WARM_TEXTS = 64


def read_text(title: str, text: str) -> Reading:
    """The words and names of a title and its text (the title alone: and its openers)."""
    if text:
        return text_features(f"{title}\n{text}"), None
    return title_features(title)


def read_texts(texts: Sequence[tuple[str, str]]) -> list[Reading]:
    """:func:`read_text` of each (title, text), in order; half of them in a forked process
    when there are at least :data:`MIN_TEXTS` and this process may run on two processors.
    """
    if len(texts) < MIN_TEXTS or not _may_fork():
        return _read_all(texts)
    warm = _read_all(texts[:_WARM_TEXTS])
    middle = _WARM_TEXTS + (len(texts) - _WARM_TEXTS) // 2
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            theirs = pool.submit(_read_all, texts[middle:])
            mine = _read_all(texts[_WARM_TEXTS:middle])
            return warm + mine + theirs.result()
    except (OSError, BrokenProcessPool):  # no process to be had: read the rest here
        return warm + _read_all(texts[_WARM_TEXTS:])


def _read_all(texts: Sequence[tuple[str, str]]) -> list[Reading]:
    return [read_text(title, text) for title, text in texts]


def _may_fork() -> bool:
    """Whether a forked reader can run beside this process: Linux (forking elsewhere is
    unsafe or missing), two or more processors this process may use."""
    if not sys.platform.startswith("linux"):
        return False
    return len(os.sched_getaffinity(0)) > 1
