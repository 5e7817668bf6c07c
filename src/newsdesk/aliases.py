"""The one alias table: the names each entity goes by, in Latin script and in Chinese.

The story desk and the verifier both read it (``aliases.yaml`` beside this module), so
that "英伟达" meets "Nvidia" when grouping and supports it when checking a text.  Kept as
data: adding a name is a line of YAML, not a code change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import jieba

from newsdesk._tables import load_table


@dataclass(frozen=True, slots=True)
class Entity:
    """One organisation, product or person and its names."""

    #: Its first Latin name: what both languages' mentions become.
    key: str
    #: Latin-script names, lower case.
    latin: tuple[str, ...]
    #: Chinese names.
    chinese: tuple[str, ...]
    #: Names that are also ordinary words (苹果, oracle): aliases, never names on their own.
    common: frozenset[str]
    #: An AI company, model, product or person: naming it makes a headline AI news.
    ai: bool = False
    #: Its products, models and services (lower case, any script): naming one names it.
    makes: tuple[str, ...] = ()
    #: A news outlet: an alias for the verifier, never one of a story's actors.
    outlet: bool = False
    #: News press among the outlets (not a journal, publisher or conference): a digest
    #: credits the piece it retells to it.
    press: bool = False
    #: An exchange or a board where the news happens (港交所, 科创板): an alias for the
    #: verifier, never one of a story's actors (two listings there are not one story).
    venue: bool = False


@cache
def entities() -> tuple[Entity, ...]:
    """Every entry of ``aliases.yaml``, in file order, then the sub-journals of the
    journals marked ``series`` (see :func:`_sub_journals`)."""
    text = resources.files("newsdesk").joinpath("aliases.yaml").read_text(encoding="utf-8")
    out = []
    families = []
    for entry in load_table(text):
        latin = tuple(str(n).lower() for n in entry["latin"])
        entity = Entity(
            key=latin[0],
            latin=latin,
            chinese=tuple(str(n) for n in entry.get("zh", ())),
            common=frozenset(str(n).lower() for n in entry.get("common", ())),
            ai=bool(entry.get("ai", False)),
            makes=tuple(str(n).lower() for n in entry.get("makes", ())),
            outlet=bool(entry.get("outlet", False)),
            press=bool(entry.get("press", False)),
            venue=bool(entry.get("venue", False)),
        )
        out.append(entity)
        if entry.get("series", False):
            families.append(entity)
    taken = {e.key for e in out}
    out.extend(e for e in _sub_journals(families) if e.key not in taken)
    return tuple(out)


#: The dots Chinese writes between a journal's name and its field (《自然·医学》).
_JOURNAL_DOTS = ("·", "・")


def _sub_journals(families: list[Entity]) -> list[Entity]:
    """Each journal family's sub-journals, one per field of ``journal_fields.yaml``:
    Chinese press names them by a rule (the journal's Chinese name, a dot, the field's),
    so 《自然·医学》 is Nature Medicine for every field, not only for those a list holds.
    A journal's own name stands for none of them: 《自然》 does not support "Nature
    Medicine", nor 《自然·医学》 "Nature Methods"."""
    text = resources.files("newsdesk").joinpath("journal_fields.yaml").read_text(encoding="utf-8")
    fields = [
        (tuple(str(n).lower() for n in row["latin"]), tuple(str(n) for n in row["zh"]))
        for row in load_table(text)
    ]
    return [
        Entity(
            key=f"{family.key} {field_latin[0]}",
            latin=tuple(f"{head} {field}" for head in family.latin for field in field_latin),
            chinese=tuple(
                f"{head}{dot}{field}"
                for head in dict.fromkeys(h.strip("《》") for h in family.chinese)
                for field in field_chinese
                for dot in _JOURNAL_DOTS
            ),
            common=frozenset(),
            outlet=True,
        )
        for family in families
        for field_latin, field_chinese in fields
    ]


@cache
def ai_entities() -> frozenset[str]:
    """The keys of the entities marked ``ai``: AI companies, models, products, people."""
    return frozenset(e.key for e in entities() if e.ai)


@cache
def latin_aliases() -> dict[str, frozenset[str]]:
    """Latin name (lower case) -> the Chinese names of its entity."""
    return _across((name, e.chinese) for e in entities() for name in e.latin)


@cache
def latin_siblings() -> dict[str, frozenset[str]]:
    """Latin name (lower case) -> the other Latin names of its entity (Alphabet: google)."""
    return _across((name, set(e.latin) - {name}) for e in entities() for name in e.latin)


@cache
def chinese_aliases() -> dict[str, frozenset[str]]:
    """Chinese name -> the Latin names of its entity."""
    return _across((han, e.latin) for e in entities() for han in e.chinese)


@cache
def products_of() -> dict[str, frozenset[str]]:
    """Each name of a maker (lower case, either script) -> the products it makes: a
    source naming GLM-5 supports a text's 智谱, one naming 可灵 a text's 快手."""
    return _across(
        (name.lower(), e.makes) for e in entities() if e.makes for name in (*e.latin, *e.chinese)
    )


@cache
def makers_of() -> dict[str, frozenset[str]]:
    """Each product (lower case, either script) -> every name of its makers: a text's
    腾讯混元 names Tencent's product beside Tencent."""
    return _across((product, (*e.latin, *e.chinese)) for e in entities() for product in e.makes)


@cache
def term_chinese() -> dict[str, frozenset[str]]:
    """The field's Latin terms (lower case, ``terms.yaml``) -> the Chinese words that
    state them: a source saying 混合专家 supports a text's "MoE".  Apart from the names
    above: the desk does not read it, since two items sharing "agent" share no name."""
    text = resources.files("newsdesk").joinpath("terms.yaml").read_text(encoding="utf-8")
    return _across(
        (str(latin).lower(), tuple(str(h) for h in entry.get("zh", ())))
        for entry in load_table(text)
        for latin in entry["latin"]
    )


def _across(pairs: Iterable[tuple[str, Iterable[str]]]) -> dict[str, frozenset[str]]:
    """Each name -> every name paired with it, over every entity it names."""
    table: dict[str, set[str]] = {}
    for name, others in pairs:
        table.setdefault(name, set()).update(others)
    return {name: frozenset(others) for name, others in table.items()}


_LATIN_WORD = re.compile(r"[a-z0-9][a-z0-9.\-]*[a-z0-9]|[a-z0-9]")
#: Characters each side of a Chinese match that the segmenter reads to place it.
_CONTEXT = 4


@dataclass(frozen=True, slots=True)
class _Lookup:
    """What :func:`mentions` searches with, built once from the table."""

    #: Every name that counts on its own, lower case -> its entity's key.
    key_of: dict[str, str]
    #: First words of the Latin names of more than one word ("white" of "white house").
    openers: frozenset[str]
    #: Words in the longest Latin name.
    longest: int


@cache
def _lookup() -> _Lookup:
    key_of: dict[str, str] = {}
    for entity in entities():
        for name in (*entity.latin, *entity.chinese):
            if name not in entity.common and not entity.outlet and not entity.venue:
                key_of.setdefault(name.lower(), entity.key)
    return _Lookup(
        key_of=key_of,
        openers=frozenset(n.split()[0] for n in key_of if n.isascii() and " " in n),
        longest=max((len(n.split()) for n in key_of if n.isascii()), default=1),
    )


def on_word_boundaries(text: str, start: int, end: int) -> bool:
    """Whether the segmenter starts a word where text[start:end] starts and ends one where
    it ends: 金山 in 旧金山, 北大 in 东北大学 and 元宝 in 万元宝马 are not those names,
    while 英伟达 (cut 英|伟达) still is."""
    starts, ends = _cuts(text, start, end)
    return start in starts and end in ends


def ends_a_word(text: str, start: int, end: int) -> bool:
    """Whether the segmenter ends a word where text[start:end] ends: 智能体 is not in
    智能体验 (智能 + 体验), whatever it makes of the characters before it."""
    return end in _cuts(text, start, end)[1]


def _cuts(text: str, start: int, end: int) -> tuple[set[int], set[int]]:
    """Where the segmenter starts and ends words around text[start:end]."""
    left = max(0, start - _CONTEXT)
    starts, ends, position = set(), set(), left
    for word in jieba.lcut(text[left : end + _CONTEXT], HMM=False):
        starts.add(position)
        position += len(word)
        ends.add(position)
    return starts, ends


def mentions(text: str) -> list[str]:
    """The key of every entity the text names, once per mention, in either script.

    Names marked ``common`` never count here, nor outlets (whom a story cites is not
    what it is about) nor venues (where it lists is not who), and a Chinese name counts
    only where the segmenter reads it as whole words (see :func:`on_word_boundaries`).
    Latin names are looked up word by word (and in runs of words, for names like "white
    house"), which costs a dictionary look-up a word; Chinese names are searched for only
    in texts that have Chinese characters.
    """
    lookup = _lookup()
    lower = text.lower()
    found: list[str] = []
    if not lower.isascii():
        found.extend(
            key
            for m in _chinese_lower_pattern().finditer(lower)
            if (key := lookup.key_of.get(m.group().lower())) is not None
            and on_word_boundaries(lower, m.start(), m.end())
        )
    words = _LATIN_WORD.findall(lower)
    key_of = lookup.key_of.get
    position = 0  # the words before it are read
    for start in [at for at, word in enumerate(words) if word in lookup.openers]:
        if start < position:
            continue  # inside a name of several words already read
        # the words up to a name's first word: one look-up each, no joining
        found.extend(key for key in map(key_of, words[position:start]) if key is not None)
        for size in range(min(lookup.longest, len(words) - start), 0, -1):
            key = key_of(" ".join(words[start : start + size]))
            if key is not None:
                found.append(key)
                position = start + size
                break
        else:
            position = start + 1
    found.extend(key for key in map(key_of, words[position:]) if key is not None)
    return found


def alias_names_in(text: str) -> frozenset[str]:
    """The table's Chinese names the text holds as whole words (``common`` ones too), for
    the verifier: 谷歌 in a source supports "Google", 旧金山 does not support "Kingsoft"."""
    spelled = _chinese_spellings()
    if _SIMPLE_CASE.fullmatch(text) and _names_case_simply():
        matches = list(_chinese_lower_pattern().finditer(text.lower()))
    else:
        matches = list(_chinese_pattern().finditer(text))
    found = (
        # a case-blind match may hold a letter whose lower case is another (ſk海力士 is
        # SK海力士 folded): looked up folded too, and one that folds to no name is none
        spelled.get(m.group().lower()) or spelled.get(m.group().casefold())
        for i, m in enumerate(matches)
        if on_word_boundaries(text, m.start(), m.end())
        or _heads_full_name(text, m)
        or _in_run_of_names(text, matches, i)
        or _after_its_place(text, m)
        or _after_count(text, m)
        or _numbered(text, m)
    )
    return frozenset(name for name in found if name is not None)


#: The number of one of a series (长征二号, 神舟二十号, 天问1号) after its name, with the
#: heavenly stem Chinese numbers a variant by (长征三号甲, the Long March 3A).
_SERIES_NUMBER = re.compile(r"\s*(?:\d+|[零〇一二三四五六七八九十百]+)号[甲乙丙丁]?")


def _numbered(text: str, match: re.Match[str]) -> bool:
    """长征 in 长征二号: the segmenter may read a series' name and its number as one word,
    which names the series as much as the name alone does."""
    number = _SERIES_NUMBER.match(text, match.end())
    return number is not None and on_word_boundaries(text, match.start(), number.end())


#: A number and its measure word right before a name (320 架空客, 8 台英伟达): the
#: segmenter may read the measure into the name (架空, overhead), which is no word there.
_COUNT_BEFORE = re.compile(r"[\d一二两三四五六七八九十百千万]\s*[架台个家款辆艘颗部枚]$")


def _after_count(text: str, match: re.Match[str]) -> bool:
    """Whether a number and its measure stand right before the name and it ends a word."""
    return _COUNT_BEFORE.search(text, 0, match.start()) is not None and on_word_boundaries(
        text, match.start() - 1, match.end()
    )


def _after_its_place(text: str, match: re.Match[str]) -> bool:
    """密歇根大学 in 美国密歇根大学, 牛津 in 英国牛津大学: the segmenter reads a body's name
    with the country or city before it (and its suffix after) as one word, so the name is
    found only with that place."""
    tail = _organisation_tail().match(text, match.end())
    ends = {match.end(), tail.end() if tail else match.end()}
    return any(
        _is_place(text[match.start() - size : match.start()])
        and on_word_boundaries(text, match.start() - size, end)
        for size in _PLACE_SIZES
        if match.start() >= size
        for end in ends
    )


#: The lengths of the place names read before a name (美国, 加拿大).
_PLACE_SIZES = (2, 3)


@cache
def _is_place(word: str) -> bool:
    """Whether the segmenter reads the characters as one place name (美国, 深圳)."""
    import jieba.posseg  # its tagger loads on first use

    tagged = jieba.posseg.lcut(word, HMM=False)
    return len(tagged) == 1 and tagged[0].flag == "ns"


def _in_run_of_names(text: str, matches: list[re.Match[str]], i: int) -> bool:
    """北大 and 清华 in 北大清华: the segmenter reads two table names written together as
    one word, so each is a name when the run of names side by side is that whole word."""
    first = last = i
    while first > 0 and matches[first - 1].end() == matches[first].start():
        first -= 1
    while last + 1 < len(matches) and matches[last].end() == matches[last + 1].start():
        last += 1
    return first != last and on_word_boundaries(text, matches[first].start(), matches[last].end())


def _heads_full_name(text: str, match: re.Match[str]) -> bool:
    """斯坦福 in 斯坦福大学, 华为 in 华为技术有限公司: the segmenter reads an organisation's
    full name as one word, so its short name is found only with the suffix after it."""
    tail = _organisation_tail().match(text, match.end())
    return tail is not None and on_word_boundaries(text, match.start(), tail.end())


@cache
def _organisation_tail() -> re.Pattern[str]:
    from newsdesk.chinese import ORG_SUFFIXES  # it reads this table: import it late

    pieces = sorted(ORG_SUFFIXES | {"技术", "有限", "有限公司"}, key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(pieces)})+")


@cache
def _chinese_spellings() -> dict[str, str]:
    """Each Chinese name of the table in lower case -> as the table spells it."""
    return {h.lower(): h for e in entities() for h in e.chinese}


@cache
def _chinese_pattern() -> re.Pattern[str]:
    """Every Chinese name of the table, longest first (a longer name wins a match), in
    any case ("SK海力士" and "sk海力士")."""
    return re.compile(longest_first({h.lower() for e in entities() for h in e.chinese}), re.I)


def latin_table_names(text: str) -> list[tuple[int, int]]:
    """Spans of the table's Latin names of several words in a text, whatever their case:
    "University of Washington" and "King's College London" are one name, though their
    small words and apostrophe cut them into pieces where names are read word by word."""
    return [(m.start(), m.end()) for m in _latin_phrases().finditer(text)]


def latin_term_phrases(text: str) -> list[tuple[int, int]]:
    """Spans of the terms table's Latin terms of several words in a text, whatever their
    case: "New York" is one place, though "New" alone is an ordinary word."""
    return [(m.start(), m.end()) for m in _term_phrases().finditer(text)]


@cache
def _term_phrases() -> re.Pattern[str]:
    return _phrase_pattern({t for t in term_chinese() if " " in t})


@cache
def _latin_phrases() -> re.Pattern[str]:
    return _phrase_pattern({n for e in entities() for n in e.latin if " " in n})


def _phrase_pattern(phrases: set[str]) -> re.Pattern[str]:
    """A name of several words, whole: not inside a longer word or hyphenated name, yet
    found before a hyphen that makes it a modifier ("New York-based" is New York's,
    never York's), which the compound reading then checks."""
    spelled = sorted(phrases, key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace("'", "['’]") for n in spelled)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?!\w|-(?!(?-i:[a-z])))", re.IGNORECASE)


def entity_key(name: str) -> str | None:
    """The key of the entity a name is one of (``common`` names too: a name already read
    as a name needs no guarding), or None for a name the table does not hold."""
    return _keys_of_every_name().get(name.lower())


@cache
def _keys_of_every_name() -> dict[str, str]:
    return {n.lower(): e.key for e in reversed(entities()) for n in (*e.latin, *e.chinese)}


#: Text whose characters a case-blind search matches exactly where their lower case
#: matches in a plain one, one character each: ASCII, the middle dot, CJK and full-width
#: characters (none has a second lower case, as İ has, or a case-blind partner outside
#: its own letter, as the Kelvin sign and ſ are for k and s).
_SIMPLE_CASE = re.compile("[\x00-\x7f\xb7\u3000-\u9fff\uff00-\uffef]*")


@cache
def _names_case_simply() -> bool:
    """Whether every Chinese name of the table is written in :data:`_SIMPLE_CASE`'s
    characters: then a text of them is searched in lower case, without the case-blind
    pattern (three times slower to search, and compiled apart)."""
    return all(_SIMPLE_CASE.fullmatch(h) for e in entities() for h in e.chinese)


@cache
def _chinese_lower_pattern() -> re.Pattern[str]:
    """:func:`_chinese_pattern` for text already in lower case: the same matches, found
    without case-folding, which costs the search its quick skip over characters no
    name starts with and made it a tenth of all of grouping's time."""
    return re.compile(longest_first({h.lower() for e in entities() for h in e.chinese}))


def longest_first(names: Iterable[str]) -> str:
    """A pattern that matches, where any of ``names`` starts, the longest one that does:
    the names as a tree of their shared beginnings (谷歌 and 谷歌云 are 谷歌(?:云)?).

    The same matches as the names joined by ``|`` longest first, in half the time: the
    engine tries alternatives one by one at every character that opens some name, a few
    hundred of them there, and here it tries one per distinct first character, then only
    the names that go on as the text does.  A name's ending is tried after every longer
    name through it, so the longest wins as it did.  (Names differing in case alone are
    one branch here: give them in one case, lower, for a case-blind pattern.)
    """
    tree: _Tree = {}
    for name in filter(None, names):  # an empty name would match everywhere
        node = tree
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}
    if not tree:  # no names: "" would match everywhere, this matches nowhere
        return "(?!)"
    return _branches(tree)


_Tree = dict[str, "_Tree"]


def _branches(node: _Tree) -> str:
    """The pattern for what may follow the beginning that led to ``node``: one branch per
    next character, optional when a name also ends here ("" among the keys), and ""
    when the names all end here."""
    going_on = [re.escape(char) + _branches(rest) for char, rest in node.items() if char]
    if not going_on:
        return ""
    body = going_on[0] if len(going_on) == 1 else f"(?:{'|'.join(going_on)})"
    if "" in node:  # a name ends here: tried after every longer one
        return f"(?:{body})?"
    return body


@cache
def latin_keys() -> dict[str, str]:
    """Latin name -> its entity's key ("alphabet" -> "google")."""
    return {name: entity.key for entity in reversed(entities()) for name in entity.latin}
