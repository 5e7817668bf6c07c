"""Places and countries a text states, which its sources must support (``places.yaml``).

A text that says 江苏 where its sources say 安徽, or "Japan" where they say 韩国, states
a wrong fact as surely as a wrong figure.  A place of the table is supported by any of
its forms in the sources, in either script, or by a place the table puts inside it: the
text may be vaguer than its sources (their 合肥 supports its 安徽 and "China"), never
more precise (their 安徽 does not support its 合肥).

The text is read strictly and the sources loosely, since places are everywhere in real
text and a false alarm costs more than a miss: in the text a place counts only as a word
of its own (成都 is no word of 完成都), not inside a name the verifier reads whole
(北京大学, 上海人工智能实验室, "New York Times"), not in 北京时间, and an adjective only
where it describes a noun ("a Korean chipmaker", not "in Korean"); in the sources any
form anywhere counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.chinese import HAN
from newsdesk.editor._chinese_names import chinese_names
from newsdesk.editor._chinese_words import word_edges
from newsdesk.editor._latin_names import latin_names
from newsdesk.editor._place_table import places
from newsdesk.editor._sentences import split_sentences
from newsdesk.model import Claim, ClaimKind


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a text names places: one, or two and more in a pair (中美)."""

    start: int
    end: int
    places: tuple[str, ...]


def _holders(key: str) -> Iterator[str]:
    """The place and each place that holds it, innermost first."""
    table = places()
    current: str | None = key
    while current is not None:
        yield current
        current = table[current].within


@lru_cache(maxsize=1)
def _shorts() -> dict[str, str]:
    return {p.short: p.key for p in places().values() if p.short}


@lru_cache(maxsize=1)
def _zh_pattern() -> re.Pattern[str]:
    forms = sorted({f for p in places().values() for f in p.zh}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, forms)))


def _zh_keys() -> dict[str, str]:
    return {f: p.key for p in places().values() for f in p.zh}


def _latin_keys(*, adjectives: bool) -> dict[str, str]:
    return {f: p.key for p in places().values() for f in (p.adjectives if adjectives else p.latin)}


@lru_cache(maxsize=2)
def _latin_pattern(adjectives: bool) -> re.Pattern[str]:
    forms = sorted(_latin_keys(adjectives=adjectives), key=len, reverse=True)
    # not inside a word, nor before a letter, a digit or the $ of US$ ("Japan's" is Japan)
    return re.compile(
        rf"(?<![A-Za-z0-9.'’-])(?:{'|'.join(map(re.escape, forms))})(?![A-Za-z0-9$]|\.[A-Za-z])"
    )


#: A pair or more of countries by their characters (中美, 美日韩), as its own word.
_PAIR = re.compile("[中美日韩英法德俄印欧]{2,4}")
#: What follows a pair that makes it another word: a continent (中美洲), a language or
#: script (中英文, 中英双语, 中英对照), a currency (美日元 of 美元).
_NOT_PAIR_AFTER = re.compile("[洲文语元]|双语|对照|互译|翻译")
#: Pairs of the characters that are words of their own (美德: virtue).
_NOT_PAIRS = frozenset({"美德"})
#: What after a Chinese place makes it no place: the time of a zone (北京时间, 美国东部时间).
_NOT_PLACE_AFTER = re.compile("(?:东部|西部|中部|太平洋|当地)?时间")
#: Nouns after an adjective that make it a language ("Chinese text", "Korean speakers") or
#: a currency ("Japanese yen"), no country's claim.
_NOT_DESCRIBED = frozenset(
    "language languages speakers speaking text texts characters translation translations "
    "subtitles version versions input output prompts documents words dialect diction "
    "and or yen won dollar dollars euro euros pound pounds rupee rupees yuan".split()
)
#: Words before an adjective that make it a language ("in Korean", "into Japanese").
_LANGUAGE_BEFORE = re.compile(r"\b(?:in|into|from|to|speaks?|speaking|and|or|native)\s+$")
#: What makes an adjective describe: a lower-case noun after it (a Korean chipmaker); not
#: a capitalised word, which may make it a name (European Commission, Japanese Grand Prix).
_DESCRIBES = re.compile(r" ([a-z][A-Za-z-]*)")
#: A capitalised word after a place makes the place the start of a name (China Life,
#: Japan Airlines), which the verifier checks as a name if it reads one; a currency after
#: it makes it the currency's ("US dollars").
_NAMED_AFTER = re.compile(r" (?:[A-Z]|dollars?\b)")
#: A possessive's ending, which a name read in English prose may carry ("Desert's").
_POSSESSIVE = re.compile("['’]s?$")


#: A kind of body after a place, which the name reading takes for a name (韩国公司, 中国机器
#: 人公司) though it is the place's body of that kind, no name: an industry, then a kind.
_KIND = re.compile(
    "(?:机器人|芯片|科技|人工智能|AI|互联网|汽车|半导体|初创|创业|游戏|医药|生物|软件|电商|大模型)?"
    "(?:公司|企业|政府|厂商|团队|车企|药企)"
)


def _described(name: str) -> bool:
    """Whether a name is a place and a kind of body (韩国公司): a place, not a name."""
    found = _zh_pattern().match(name)
    return found is not None and _KIND.fullmatch(name, found.end()) is not None


def _inside_name(sentence: str, start: int, end: int, names: Sequence[tuple[int, int]]) -> bool:
    """Whether a longer name the verifier reads whole holds the place (北京大学)."""
    return any(
        a <= start and end <= b and (a, b) != (start, end) and not _described(sentence[a:b])
        for a, b in names
    )


def _overlaps_longer(start: int, end: int, names: Sequence[tuple[int, int]]) -> bool:
    """Whether a name runs past the place ("York Times" of "New York Times",
    "Beijing-based Xingheng"): the name is checked as a name."""
    return any(a < end and start < b and (a < start or b > end) for a, b in names)


#: An office after an adjective, its field's capitalised words between (Thai Defence
#: Minister, French President): the adjective says whose office it is, a country the
#: sources must state, as a country's name there does (Singapore Foreign Minister).
_OFFICE_AFTER = re.compile(
    r" (?:[A-Z][a-z]+ ){0,3}(?:Minister|Secretary|President|Premier|Ambassador)\b"
)


def _describes(sentence: str, end: int, start: int) -> bool:
    if _OFFICE_AFTER.match(sentence, end):
        return True
    after = _DESCRIBES.match(sentence, end)
    if after is None or _LANGUAGE_BEFORE.search(sentence[:start]):
        return False
    return after.group(1).lower() not in _NOT_DESCRIBED


#: Verbs of going that jieba glues to the place after them (赴美国, 访华, 赴美): the place
#: still stands whole.
_GOING = frozenset("赴访驻")
#: A country's character as a word with what it owns (美股, 日方, 韩媒, 德系) or after a
#: verb of going (赴美上市): the country, as the sources' forms of it are read.
_OWNED_OR_VISITED = re.compile(
    "(?:(?<=[赴访驻])|(?=.[企方媒系股籍军]))(?P<short>[中美日韩英法德俄印欧])[企方媒系股籍军]?"
)


def _starts_word(sentence: str, start: int, edges: frozenset[int]) -> bool:
    """Whether a word starts here, or a verb of going jieba glued to it (赴|美国)."""
    return start in edges or (start > 0 and sentence[start - 1] in _GOING and start - 1 in edges)


@lru_cache(maxsize=4096)
def mentions(sentence: str) -> tuple[Mention, ...]:
    """The places a sentence of a text names, read strictly (see the module's doc)."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    chinese = chinese_names(sentence)
    # a name's possessive is no part of it: "the Taklamakan Desert's edge" is the place
    latin = [
        (a, b - len(m.group()) if (m := _POSSESSIVE.search(sentence, a, b)) else b)
        for a, b in latin_names(sentence)
    ]
    edges = word_edges(sentence)
    zh_keys = _zh_keys()
    for match in _zh_pattern().finditer(sentence):
        start, end = match.span()
        if (
            _starts_word(sentence, start, edges)
            and end in edges
            and not _NOT_PLACE_AFTER.match(sentence, end)
            and not _inside_name(sentence, start, end, chinese)
        ):
            found.append(Mention(start, end, (zh_keys[match.group()],)))
            taken.append((start, end))
    shorts = _shorts()
    for match in _OWNED_OR_VISITED.finditer(sentence):
        start, end = match.span()
        if (
            _starts_word(sentence, start, edges)
            and end in edges
            and all(start >= b or end <= a for a, b in taken)
            and not _inside_name(sentence, start, end, chinese)
        ):
            found.append(Mention(start, end, (shorts[match.group("short")],)))
            taken.append((start, end))
    for match in _PAIR.finditer(sentence):
        start, end = match.span()
        pair = match.group()
        if (
            len(set(pair)) == len(pair)
            and pair not in _NOT_PAIRS
            and start in edges
            and end in edges
            and not _NOT_PAIR_AFTER.match(sentence, end)
            and not _overlaps_longer(start, end, taken)
            and not _inside_name(sentence, start, end, chinese)
            and all(start >= b or end <= a for a, b in taken)
        ):
            found.append(Mention(start, end, tuple(shorts[c] for c in pair)))
    for adjectives in (False, True):
        keys = _latin_keys(adjectives=adjectives)
        for match in _latin_pattern(adjectives).finditer(sentence):
            start, end = match.span()
            if (
                any(a < end and start < b for a, b in taken)
                or _overlaps_longer(start, end, latin)
                or (not adjectives and _NAMED_AFTER.match(sentence, end))
                or (adjectives and not _describes(sentence, end, start))
            ):
                continue
            found.append(Mention(start, end, (keys[match.group()],)))
            taken.append((start, end))
    return tuple(sorted(found, key=lambda m: m.start))


#: What places a story in China: a source in Chinese, the home press's language, which
#: may say 国内 or nothing at all of a Chinese company, where an English retelling writes
#: "Chinese".
_HOME = re.compile(f"[{HAN}]")
#: A country's character before a word that makes it the country's (美企, 日方, 韩媒, 美股).
_SHORT_OWNED = re.compile("([中美日韩英法德俄印欧])[企方媒系股籍军]")


@lru_cache(maxsize=1)
def _stated_forms() -> dict[str, set[str]]:
    """Each Latin form and adjective as the sources are searched for it (those of four
    letters or fewer as written, the others in lower case) -> the places it names."""
    forms: dict[str, set[str]] = {}
    for place in places().values():
        for form in place.latin + place.adjectives:
            forms.setdefault(form if len(form) <= 4 else form.lower(), set()).add(place.key)
    for form, keys in forms.items():  # "New York" inside "New York State" too
        keys.update(k for other, o in forms.items() if form.startswith(other + " ") for k in o)
    return forms


@lru_cache(maxsize=1)
def _stated_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The Latin forms as written and in lower case, each found at every place it starts
    (a look-ahead, so "Korea" is found inside "South Korea"), the longest there first."""
    forms = _stated_forms()
    patterns = []
    for short in (True, False):
        chosen = sorted((f for f in forms if (len(f) <= 4) == short), key=len, reverse=True)
        alternatives = "|".join(map(re.escape, chosen))
        patterns.append(re.compile(rf"(?<![A-Za-z])(?=[A-Za-z])(?=({alternatives})(?![A-Za-z]))"))
    return patterns[0], patterns[1]


def stated(text: str) -> frozenset[str]:
    """The places a story's sources state, and every place that holds one of them, read
    loosely: any form anywhere, in either script and any case (not the two and three
    capitals of US, UK, PRC, as "us" is a word).  None when they name no place: a text's
    place is then background a writer knows (日本软银 for 软银), no claim of the story's."""
    keys = {p.key for p in places().values() if any(f in text for f in p.zh)}
    forms = _stated_forms()
    for pattern, searched in zip(_stated_patterns(), (text, text.lower()), strict=True):
        for match in pattern.finditer(searched):
            keys.update(forms[match.group(1)])
    shorts = _shorts()
    for match in _PAIR.finditer(text):
        keys.update(shorts[c] for c in match.group())
    keys.update(shorts[m.group(1)] for m in _SHORT_OWNED.finditer(text))
    if keys and _HOME.search(text):
        keys.add("cn")
    return frozenset(holder for key in keys for holder in _holders(key))


def place_check(text: str, places_stated: frozenset[str]) -> list[Claim]:
    """The places of the text its sources do not support, in the text's order.  Where
    the sources name no place, only a place the text gives the work's people (新加坡的研究
    人员, "researchers in Singapore"): that says where the story happened, which no
    writer's background supplies; China stays unchecked there, as a Chinese source states it."""
    return [
        Claim(ClaimKind.NAME, sentence[mention.start : mention.end], sentence)
        for sentence in split_sentences(text)
        for mention in mentions(sentence)
        if not all(key in places_stated for key in mention.places)
        and (places_stated or (mention.places != ("cn",) and _peoples(sentence, mention)))
    ]


#: The people a study or a product is the work of, after their place (新加坡的研究人员,
#: Singaporean researchers) or before it (researchers in Singapore).
_PEOPLE = "研究人员|研究者|研究团队|科研人员|科研团队|科学家|学者|工程师"
_PEOPLE_AFTER = re.compile(rf"(?:的?(?:{_PEOPLE})|\s(?:researchers|scientists|engineers)\b)")
_PEOPLE_BEFORE = re.compile(
    r"\b(?:researchers|scientists|engineers) (?:in|from|at) (?:the )?$", re.I
)


def _peoples(sentence: str, mention: Mention) -> bool:
    """Whether the place is where the work's people are (see :func:`place_check`)."""
    return bool(
        _PEOPLE_AFTER.match(sentence, mention.end)
        or _PEOPLE_BEFORE.search(sentence, 0, mention.start)
    )


def within_place(claim: Claim) -> bool:
    """Whether a name the verifier read is a place the place check reads instead: a
    place's body of a kind (韩国公司), or a name that stands, every time in its sentence,
    inside a place ("Xi" of "Xi'an", "Anhui"), its possessive too ("the Taklamakan
    Desert's edge": the place is read without its 's)."""
    if _described(claim.text):
        return True
    spans = [(m.start, m.end) for m in mentions(claim.sentence)]
    name = _POSSESSIVE.sub("", claim.text)
    word = rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])"
    at = [m.start() for m in re.finditer(word, claim.sentence)]
    return bool(at) and all(
        any(a <= start and start + len(name) <= b for a, b in spans) for start in at
    )
