"""Whether an entry the LLM wrote is fit to publish, after the verifier has checked it.

The verifier checks claims; a small model fails in ways that hold no claim at all: the
whole entry in the wrong language, the prompt's own instructions written back as text
("a headline of at most 14 words"), insights that are empty, repeated or a copy of the
summary, a headline that runs on.  :func:`entry_problem` names the first of these, and
the writer has the offline editor write that entry instead, saying why.

An echo is found by comparing the text with the prompt it answered, not with a list of
what one model once wrote: a text nearly all of whose words are the prompt's, or most
of whose words are the prompt's and not the sources', is the prompt talking.  Pure
functions, text in, verdict out.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from newsdesk.chinese import HAN_CHAR, HAN_RUN
from newsdesk.model import DigestEntry

_LATIN_WORD = re.compile(r"[A-Za-z]+")
_TOKEN = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?")
#: Words that say nothing about where a text came from.
_STOPWORDS = frozenset(
    "a an the of to in on at and or is are be for with by as it its this that from one".split()
)
#: Share of a text's words found in the prompt above which the text is the prompt
#: talking, whatever the sources say ("2 to 4 sentences": the numbers are in the sources
#: too).
PROMPT_SHARE = 0.75
#: Share of a text's words found in the prompt and not in the sources above which it is
#: the prompt talking, when at least two words are.
BORROWED_SHARE = 0.5
#: Longest headline, in Chinese characters or English words: twice what the prompts ask.
HEADLINE_LIMIT = {"zh": 60, "en": 30}


def words(text: str) -> set[str]:
    """A text's words for comparing: Chinese as character pairs, other words lower-cased
    and without a plural ``s``, numbers whole; stopwords left out."""
    found: set[str] = set()
    for run in HAN_RUN.findall(text):
        found.update(run[i : i + 2] for i in range(max(1, len(run) - 1)))
    for token in _TOKEN.findall(text.lower()):
        if token in _STOPWORDS:
            continue
        found.add(token[:-1] if len(token) > 4 and token.endswith("s") else token)
    return found


def echoes(text: str, prompt_words: Collection[str], source_words: Collection[str]) -> bool:
    """Whether ``text`` is the prompt's words (see the module's docstring)."""
    own = words(text)
    if not own:
        return False
    from_prompt = {w for w in own if w in prompt_words}
    borrowed = {w for w in from_prompt if w not in source_words}
    if len(from_prompt) / len(own) >= PROMPT_SHARE:
        return True
    return len(borrowed) >= 2 and len(borrowed) / len(own) >= BORROWED_SHARE


def in_language(text: str, language: str) -> bool:
    """Whether a text is written in the digest's language: Chinese needs at least as many
    Chinese characters as Latin words (names such as OpenAI stay in Latin letters),
    English at least as many words as Chinese characters."""
    han = len(HAN_CHAR.findall(text))
    latin = len(_LATIN_WORD.findall(text))
    return han >= latin if language == "zh" else han <= latin


def _comparable(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def entry_problem(
    entry: DigestEntry,
    language: str,
    prompt_words: Collection[str],
    source_words: Collection[str],
) -> str:
    """Why an LLM entry is not fit to publish, in a few words; "" when it is."""
    whole = " ".join([entry.headline, entry.summary, *entry.insights, entry.impact])
    if not in_language(whole, language):
        return "not written in the digest's language"
    texts = {"headline": entry.headline, "summary": entry.summary}
    texts |= {f"insight {n}": text for n, text in enumerate(entry.insights, 1)}
    for where, text in texts.items():
        if echoes(text, prompt_words, source_words):
            return f"its {where} repeats the prompt ({text[:40]!r})"
    if not entry.insights:
        return "no insight left after verification"
    seen = {_comparable(entry.summary), _comparable(entry.headline)}
    for n, insight in enumerate(entry.insights, 1):
        key = _comparable(insight)
        if not key or key in seen or key in _comparable(entry.summary):
            return f"insight {n} is empty or repeats the text before it"
        seen.add(key)
    size = len(HAN_CHAR.findall(entry.headline)) + len(_LATIN_WORD.findall(entry.headline))
    if size > HEADLINE_LIMIT.get(language, 30):
        return "its headline is too long"
    return ""


def without_echoed_impact(
    entry: DigestEntry, prompt_words: Collection[str], source_words: Collection[str]
) -> DigestEntry:
    """The entry without an impact line that only repeats the prompt (the line is
    optional; a model asked for "one sentence, or empty" may write the request)."""
    if entry.impact and echoes(entry.impact, prompt_words, source_words):
        return replace(entry, impact="")
    return entry
