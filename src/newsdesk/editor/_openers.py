"""Verbs that open an English sentence: an imperative or a gerund is no name.

A capitalised first word is read as a name unless something says it is an ordinary
word (:func:`newsdesk.editor._claim_extraction._ordinary_opening`).  Two shapes say it is a verb:
an imperative before a question word or "your" ("Describe what you need", "Imagine
how…"), since a name that opens a sentence is its subject and a subject is followed by
its verb; and a gerund before its object ("Automating entry-level work…", "Reaching AGI
may…"): a word in -ing followed by a lower-case word that is no finite verb, or by an
everyday acronym.  A name in -ing stays a name: one followed by its verb ("Hawking
argued", "Corning makes"), by an adverb and a verb in the past ("Boeing also said"), by
its day ("Boeing on Tuesday said"), and any word that is pinyin (Beijing, Xiaoming, Bing).
A word in -s after a gerund is its plural object when a finite verb follows ("Building
agents just got easier"); a day before a comma ends an opening clause ("Beginning on
Monday, …").
"""

from __future__ import annotations

import re

from newsdesk.editor._latin_names import NOT_CLAIMS
from newsdesk.editor._numbers import EN_WEEKDAYS
from newsdesk.editor._pinyin_syllables import is_pinyin

#: An imperative's object: no name that opens a sentence is followed by these.
_IMPERATIVE_OBJECT = re.compile(r"\s+(?:what|how|whether|why|where|which|your|yourself)\b")
_GERUND = re.compile(r"[a-z]{3,}ing")
#: The word after a gerund: a lower-case word, or an acronym.
_NEXT = re.compile(r"\s+([a-z]+(?:-[a-z]+)*|[A-Z]{2,5}s?)\b(?![-'’])")
#: Finite verbs and auxiliaries a name is followed by; a word in -s or -ed is read as one too.
_FINITE = frozenset(
    """is was are were has had have will would can could may might must should shall does
    did said says""".split()
)
#: Words in -s that are no verb: after a gerund they are its object's start ("Training its
#: model…", "Making this work…").
_NOT_VERBS_IN_S = frozenset(
    """this its his hers ours yours theirs as plus us thus always perhaps across unless
    whereas less towards besides various""".split()
)
#: Adverbs between a subject and its verb ("Boeing also said", "Corning recently released").
_ADVERB = re.compile(
    r"[a-z]+ly|also|then|now|still|just|already|first|later|soon|again|once|never|quietly"
)
#: Past forms in no -ed: after a name and an adverb they are its verb ("Boeing also said").
_IRREGULAR_PAST = frozenset(
    """said made took became built began won sold bought led left gave got went came told
    wrote ran saw found brought held set put cut kept sent spent paid met grew chose rose
    fell knew drew threw struck hit let""".split()
)
#: After a word in -s that follows a gerund, a finite verb says that word was the gerund's
#: plural object ("Building agents just got easier", "Training models is costly").
_THEN_VERB = re.compile(r"\s+(?:([a-z]+)\s+)?([a-z]+)\b")
#: A name's news told with its day: "Boeing on Tuesday said…" is no gerund; a day before a
#: comma is an opening clause's ("Beginning on Monday, …").
_WHEN = re.compile(
    r"\s+(?:on|this|last|next|earlier|late)\s+"
    rf"(?:{'|'.join(EN_WEEKDAYS)}|week|month|year|quarter|morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)


def imperative_or_gerund(word: str, after: str) -> bool:
    """Whether a sentence's capitalised first word is a verb by what follows it."""
    if _IMPERATIVE_OBJECT.match(after):
        return True
    if not _GERUND.fullmatch(word.lower()):
        return False
    following = _NEXT.match(after)
    if (when := _WHEN.match(after)) is not None:
        verb = after[when.end() :].lstrip().startswith(",")
    elif following is None:
        return False
    elif (then := following.group(1)).isupper() or then[:-1].isupper():
        verb = then.lower() in NOT_CLAIMS or then.lower().removesuffix("s") in NOT_CLAIMS
    elif _ADVERB.fullmatch(then):
        verb = not _past_after(after[following.end() :])
    elif then.endswith("s") and not then.endswith("ss") and then not in _NOT_VERBS_IN_S:
        verb = _finite_after(after[following.end() :])
    else:
        verb = not (then in _FINITE or then.endswith("ed"))
    return verb and not is_pinyin(word)


def _past_after(rest: str) -> bool:
    """Whether the next word is a verb in the past ("also said", "recently released"):
    a name's, since a gerund's subject is rarely told in the past after an adverb."""
    following = re.match(r"\s+([a-z]+)\b", rest)
    return following is not None and (
        following.group(1).endswith("ed") or following.group(1) in _IRREGULAR_PAST
    )


def _finite_after(rest: str) -> bool:
    """Whether a finite verb follows, an adverb aside ("agents just got", "models is"):
    then the word before it was a plural noun, not a name's verb in -s."""
    following = _THEN_VERB.match(rest)
    if following is None:
        return False
    adverb, verb = following.groups()
    if adverb is not None and not _ADVERB.fullmatch(adverb):
        return adverb in _FINITE
    return verb in _FINITE or (adverb is not None and verb in _IRREGULAR_PAST)
