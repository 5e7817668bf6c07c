"""Who acts in a headline and what happened, and the pairs of headlines they tell apart.

A headline names its actor first: "DeepSeek launches DeepSeek-V4-Pro", "金山办公接入
DeepSeek-V4-Pro", "Ollama adds support for DeepSeek Harness", "Artificial Analysis:
Gemini 3.5 Flash scores 55".  One release sets off others, each with an actor of its
own: another company integrates the model, lists it, scores it.  Such headlines share
the model's name, its topic and often its day with the launch, and every signal of the
pair score reads them as one event.  What differs is who acts.

The rule (:func:`actors_differ`): two headlines each with an actor, the two actors
sharing no name, and neither headline mentioning the other's actor, report two events.
One event's reports agree on who acted or at least name it: "Google launches Gemini 3.5
Flash" and "谷歌发布 Gemini 3.5 Flash" share their actor, and "Gemini Omni 发布" is
mentioned by "Google DeepMind launches Gemini Omni".  A mention is a name of its own
(a run of names no longer than the actor's): "DeepSeek Harness" is a product and
"DeepSeek-V4-Pro" a model, neither is DeepSeek acting, so "Ollama adds support for
DeepSeek Harness" does not mention the DeepSeek of "DeepSeek announces DeepSeek
Harness".

An actor is read only where the headline says plainly that it acts: a run of names at
its start, then an action verb (:data:`_EN_VERBS`, :data:`_ZH_VERBS`: releases,
launches, integrates, scores …, 发布, 上线, 接入 …), or an English run of names before a
colon and a statement ("Artificial Analysis: …": its finding; not a quotation, whose
speaker is most often one of the event's own people).  A headline that does not say
it (most of them) takes no part.  A Chinese actor must be names through and through (a
Latin name, a name of the alias table, or a name of the dictionary: 金山办公, 蚂蚁灵波),
not "多模态开源新选择"; a lone capitalised word before a colon ("Analysts: …", "Live: …"
are a headline's labels) is a source only where the batch names it
(:func:`~newsdesk.desk._cluster.entity_names`), while one before an action verb
("Ollama adds …") is the verb's subject; and a Chinese name that the alias table has no
Latin form for cannot be looked for in an English headline, so it refuses nothing there.

What happened tells them apart too, where a Chinese headline says it in so many words
(:func:`title_happening`): "澜星X9发布" and "澜星X9开售1分钟售罄" share their actor and
product, and are a launch and a sell-out; "深言科技发布问星3" and "深言科技宣布问星API价格
下调八成" a launch and a price cut.  Two headlines that each name one kind of happening,
not the same, report two events; a headline naming two kinds ("发布Orion-5，API降价60%":
a launch with its price) or none takes no part.

The converse holds too: one agent acting on two counterparts is two events ("Colts beat
Chiefs 20-13" and "Colts top Jags": two games; "AMD buys SeaMicro" and "AMD buys ATI":
two deals).  Same-topic headlines of two such events share the agent, the verb and the
kind of news, and pair scores read them as one; the counterpart is what tells them
apart, and one event's reports name the same counterpart or leave it out
(:func:`_targets_differ`).  The counterpart must be a run of names the batch reads as
names: a Title Case headline capitalises every word ("HP Buys Data Center Firm").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, combinations

import numpy as np
import numpy.typing as npt
from scipy import sparse

from newsdesk.aliases import alias_names_in, entity_key, latin_keys
from newsdesk.chinese import HAN_CHAR, headline_names
from newsdesk.desk._sparse import row_dots
from newsdesk.desk._text import STOPWORDS, nfkc

_LATIN_TOKEN = r"[A-Za-z0-9][A-Za-z0-9]*(?:['’.\-+][A-Za-z0-9]+)*"
_LATIN_RUN = re.compile(rf"{_LATIN_TOKEN}(?:[ \t]+{_LATIN_TOKEN})*")
#: English verbs of an actor's action, as headlines write them (third person or "to …").
_EN_VERBS = (
    "launch|release|announce|unveil|introduce|add|bring|roll|ship|open-source|open|debut"
    "|publish|raise|acquire|buy|partner|sign|rank|score|top|integrate|support|expand"
    "|extend|cut|hire|file|sue|invite|reset|benchmark|post|update|upgrade|plan|list"
    "|deploy|adopt|offer|drop|price|join|back|invest|fund|win|beat|reveal|detail"
    "|begin|start|confirm|deny"
)
_EN_ACTOR = re.compile(
    rf"^((?:{_LATIN_TOKEN})(?:\s+(?:{_LATIN_TOKEN}))*?)"
    r"(?::\s+(?![\"'“‘])"  # "Artificial Analysis: Gemini … scores 55", not a quotation
    r"|\s+(?:reportedly\s+|officially\s+|also\s+|now\s+|quietly\s+)?"
    rf"(?:(?:{_EN_VERBS})e?s|to\s+(?:{_EN_VERBS}))\b)"
)
#: Chinese verbs of an actor's action, and adverbs that may stand before them.
_ZH_VERBS = (
    "发布|推出|上线|开源|宣布|接入|上架|支持|推荐|披露|完成|获得|官宣|升级|更新|亮相|收购"
    "|起诉|加入|部署|入局|登顶|夺冠|拿下|启动|投资|融资|提交|计划|否认|确认|成立|裁员|涨价"
    "|降价|下架|开放|公布|携手|牵手"
)
_ZH_ADVERBS = "也|已|将|正式|今日|今天|再次|刚刚|首次|全面|同日|联合|低调|悄然"
_ZH_ACTOR = re.compile(rf"^(.{{1,24}}?)\s*(?:{_ZH_ADVERBS})*(?:{_ZH_VERBS})")
_NOT_A_NAME = re.compile(r"[：:，,。！？!?“”\"《》()（）#、；;]")
#: Words never part of a name's identity ("Nimbus AI" is Nimbus).
_GENERIC = frozenset({"ai", "the", "a", "an", "new", "inc", "co", "ltd", "labs", "lab"})


#: Kinds of happening a Chinese headline reports, each by the words that say it: a launch,
#: a sell-out, a price change, a round, a takeover, a lawsuit, a recall, a layoff.  One
#: release sets off others of other kinds (sold out the day after its launch, its API
#: price cut the week after), with its actor and names; two headlines that each say one
#: kind, and not the same, report two of them.
HAPPENINGS = (
    "发布|推出|上线|亮相|开源|官宣|问世|首发",
    "开售|售罄|首销|缺货",
    "降价|涨价|下调|上调|提价|调价|官降",
    "融资|募资",
    "收购|并购",
    "起诉|诉讼|立案",
    "召回",
    "裁员",
)
_HAPPENINGS = tuple(re.compile(words) for words in HAPPENINGS)


@lru_cache(maxsize=1 << 16)
def title_happening(title: str) -> int:
    """The one kind of happening (an index of :data:`HAPPENINGS`) a Chinese headline
    reports; -1 when it says none, or several (a launch with its price cut is one
    happening: "发布Orion-5，API降价60%"), or is not Chinese."""
    text = nfkc(title)
    if HAN_CHAR.search(text) is None:
        return -1
    kinds = [k for k, words in enumerate(_HAPPENINGS) if words.search(text)]
    return kinds[0] if len(kinds) == 1 else -1


@dataclass(frozen=True, slots=True)
class TitleActor:
    """What a headline says of who acts (see the module docstring)."""

    #: The actor's names (Latin lower case, alias keys, Chinese dictionary names); empty
    #: when the headline names no actor.
    actor: frozenset[str]
    #: The actor is one capitalised word before a colon: a source only where the batch
    #: names it.
    plain: bool
    #: The runs of names the headline holds, each one name as written ("deepseek
    #: harness"), alias keys and dictionary names alone: what it mentions.
    runs: tuple[frozenset[str], ...]
    #: Who acts on whom, in English (:func:`_agent_and_target`): "Colts beat Chiefs
    #: 20-13" is colts on chiefs; both empty when the headline does not say it.
    agent: frozenset[str] = frozenset()
    target: tuple[str, ...] = ()


@lru_cache(maxsize=1 << 16)
def _keyed(token: str) -> tuple[str, ...]:
    """A Latin token's parts as names: alias-keyed, hyphen parts apart ("DeepSeek-V4" is
    DeepSeek's V4), possessive dropped, generic words left out."""
    lower = token.lower()
    if lower.endswith(("'s", "’s")):
        lower = lower[:-2]
    lower = latin_keys().get(lower, lower)
    return tuple(p for p in lower.split("-") if p and p not in _GENERIC and p not in STOPWORDS)


def _is_name_token(token: str, english: bool) -> bool:
    """Latin words inside Chinese are names; in English, capitalised or alphanumeric ones."""
    return (
        not english
        or token[:1].isupper()
        or token[1:] != token[1:].lower()
        or any(c.isdigit() or c == "." for c in token)
    )


def _latin_runs(text: str, english: bool) -> list[frozenset[str]]:
    runs: list[frozenset[str]] = []
    for match in _LATIN_RUN.finditer(text):
        current: list[str] = []
        for token in match.group().split():
            if _is_name_token(token, english):
                current.extend(_keyed(token))
            elif current:
                runs.append(frozenset(current))
                current = []
        if current:
            runs.append(frozenset(current))
    return runs


def _chinese_names(text: str) -> list[tuple[str, str]]:
    """The names of a Chinese headline, each as written and as a name: the alias table's
    (as its entity's key, longest first) and the dictionary's
    (:func:`~newsdesk.chinese.headline_names`, read on the whole headline as grouping
    reads it, so its segmentation is remembered from there)."""
    found = [
        (alias, key)
        for alias in sorted(alias_names_in(text), key=len, reverse=True)
        if (key := entity_key(alias)) is not None
    ]
    found.extend((name, name) for name in headline_names(text))
    return found


@lru_cache(maxsize=1 << 16)
def title_actor(title: str) -> TitleActor:
    """The actor of a headline and the names it mentions (see the module docstring)."""
    text = nfkc(title).strip()
    english = HAN_CHAR.search(text) is None
    runs = _latin_runs(text, english)
    if english:  # an actor is a run of names: a headline with none has none
        if not runs:
            return TitleActor(frozenset(), False, ())
        actor, plain = _english_actor(text)
        return TitleActor(actor, plain, tuple(runs), *_agent_and_target(text))
    names = _chinese_names(text)
    runs.extend(frozenset(key.split()) for _, key in names)
    return TitleActor(_chinese_actor(text, names), False, tuple(runs))


def _chinese_actor(text: str, names: list[tuple[str, str]]) -> frozenset[str]:
    """The names before a Chinese action verb, when names are all that stands there."""
    match = _ZH_ACTOR.match(text)
    if match is None or _NOT_A_NAME.search(subject := match.group(1).strip()):
        return frozenset()
    actor = [name for run in _latin_runs(subject, False) for name in run]
    rest = _LATIN_RUN.sub(" ", subject)
    for written, key in names:
        if written in rest:
            actor.extend(key.split())
            rest = rest.replace(written, " ")
    if HAN_CHAR.search(rest) or re.search(r"\d", rest):
        return frozenset()  # words that are no name: not an actor
    return frozenset(actor)


def _english_actor(text: str) -> tuple[frozenset[str], bool]:
    match = _EN_ACTOR.match(text)
    if match is None:
        return frozenset(), False
    tokens = match.group(1).split()
    if not all(_is_name_token(t, True) for t in tokens):
        return frozenset(), False
    actor = frozenset(n for t in tokens for n in _keyed(t))
    only = tokens[0]
    plain = (
        len(tokens) == 1
        and text[match.end(1)] == ":"
        and only[1:] == only[1:].lower()
        and not any(c.isdigit() or c == "." for c in only)
        and only.lower() not in latin_keys()
    )
    return actor, plain


#: One Latin word as a target's run holds it (a possessive too: "Veltrix's").
_LATIN_WORD = re.compile(rf"{_LATIN_TOKEN}(?:['’]s)?")
#: Verbs of one side acting on another, in any case and in the base form too (a team's
#: plural: "Colts beat Chiefs"): wins, deals, hires, suits.
_AGENT_VERBS = (
    "beat|top|defeat|stop|edge|rout|down|upset|knock|oust|acquire|buy|sign|hire|fire|name"
    "|appoint|sue|partner|back|invest|join|face|meet"
)
_EN_AGENT = re.compile(
    rf"^((?:{_LATIN_TOKEN})(?:\s+(?:{_LATIN_TOKEN}))*?)\s+"
    rf"(?:(?:{_AGENT_VERBS})(?:e?s|e?d)?|to\s+(?:{_AGENT_VERBS}))\s+"
    r"(?:(?:the|a|an)\s+)?(.*)$",
    re.IGNORECASE,
)


def _agent_and_target(text: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Who acts on whom in an English headline that opens "names, verb, names" ("Colts
    beat Chiefs 20-13", "Klitschko Stops Thompson"): the names before the verb and the
    run of names right after it (an article, and up to two lower-case words saying what
    the target is, aside: "acquires cloud startup Brightfold"; each name with a letter),
    or nothing when either side is no run of names."""
    match = _EN_AGENT.match(text)
    if match is None or not all(_is_name_token(t, True) for t in match.group(1).split()):
        return frozenset(), ()
    agent = frozenset(n for t in match.group(1).split() for n in _keyed(t))
    target: list[str] = []
    role = 0
    for token in match.group(2).split():
        keyed = _keyed(token) if _LATIN_WORD.fullmatch(token) else ()
        if not target and keyed and token.islower() and role < 2:
            role += 1
            continue
        if not keyed or not _is_name_token(token, True):
            break
        target.extend(k for k in keyed if any(c.isalpha() for c in k))
    return (agent, tuple(target)) if agent and target else (frozenset(), ())


@dataclass(frozen=True, slots=True, eq=False)
class Actors:
    """The actors of a batch's items, ready for :func:`actors_differ`."""

    #: Items (rows) × subsets of their actor's names (columns), one-hot.
    subsets: sparse.csr_matrix
    #: Items × the runs of names they mention, in the same columns (a run that is no
    #: actor's subset has no column: it can mention no actor).
    mentions: sparse.csr_matrix
    #: Items × actor names, one-hot.
    names: sparse.csr_matrix
    #: Items with an actor.
    acting: npt.NDArray[np.bool_]
    #: Items whose actor has no name in Latin script (not to be looked for in English).
    chinese_only: npt.NDArray[np.bool_]
    #: Items in Chinese, Japanese or Korean script.
    cjk: npt.NDArray[np.bool_]
    #: Each item's kind of happening (:func:`title_happening`), -1 for none.
    happening: npt.NDArray[np.intp]
    #: Items × the names of who acts on whom (:attr:`TitleActor.agent`), one-hot, in
    #: the columns of :attr:`names`; empty rows for items that say no target.
    agents: sparse.csr_matrix
    #: Items × the names acted on that the batch reads as names (not a Title Case
    #: headline's words), one-hot.
    targets: sparse.csr_matrix
    #: Items × every name they hold, one-hot (what they mention of a target).
    said: sparse.csr_matrix


@dataclass(frozen=True, slots=True)
class _Row:
    """One title's actor and mentions as ids of a :class:`ActorVocabulary`."""

    #: Ids of the subsets of its actor's names (up to four names at once).
    subsets: tuple[int, ...]
    #: Ids of its runs of names (in the same vocabulary: a run is a subset when equal).
    mentions: tuple[int, ...]
    #: Ids of its actor's names.
    names: tuple[int, ...]
    #: Its actor's names, when the actor is a lone word before a colon (see
    #: :attr:`TitleActor.plain`), for the batch to confirm; else empty.
    plain: frozenset[str]
    #: Its actor has no name in Latin script.
    chinese_only: bool
    #: Ids of who acts on whom, and of every name it holds, when it says who acts on
    #: whom (else all empty); its target's names, for the batch to confirm as names,
    #: and their ids with that of the target written as one word.
    agent: tuple[int, ...] = ()
    said: tuple[int, ...] = ()
    target_names: tuple[str, ...] = ()
    target: tuple[int, ...] = ()


def _one_word(names: tuple[str, ...]) -> tuple[str, ...]:
    """A run of names, and the run written as one word: "Sea Micro" is SeaMicro."""
    return (*names, "".join(names)) if len(names) > 1 else names


class ActorVocabulary:
    """Ids of the sets of names and of the names of one run's titles, and each title read
    into them once: a day's batch reads again the titles of the stories still open."""

    def __init__(self) -> None:
        self._sets: dict[frozenset[str], int] = {}
        self._names: dict[str, int] = {}
        self._rows: dict[str, _Row] = {}

    def row(self, title: str) -> _Row:
        found = self._rows.get(title)
        if found is None:
            read = title_actor(title)
            parts = sorted(read.actor)
            subsets = [
                frozenset(c) for size in range(1, min(len(parts), 4) + 1)
                for c in combinations(parts, size)
            ]  # fmt: skip
            found = self._rows[title] = _Row(
                subsets=tuple(self._set_id(c) for c in subsets),
                mentions=tuple(sorted({self._set_id(run) for run in read.runs})),
                names=tuple(self._name_id(n) for n in parts),
                plain=read.actor if read.plain else frozenset(),
                chinese_only=bool(parts) and all(HAN_CHAR.search(n) for n in parts),
                agent=tuple(self._name_id(n) for n in sorted(read.agent)),
                said=tuple(sorted({self._name_id(n) for run in read.runs for n in run}))
                if read.target
                else (),
                target_names=read.target,
                target=tuple(sorted({self._name_id(n) for n in _one_word(read.target)})),
            )
        return found

    def _name_id(self, name: str) -> int:
        """The id of one name (the same ids as :meth:`row`'s names)."""
        return self._names.setdefault(name, len(self._names))

    def _set_id(self, names: frozenset[str]) -> int:
        return self._sets.setdefault(names, len(self._sets))

    @property
    def columns(self) -> tuple[int, int]:
        """How many sets and names have ids."""
        return len(self._sets), len(self._names)


def read_actors(
    titles: Sequence[str],
    cjk: npt.NDArray[np.bool_],
    named: Callable[[str], bool],
    vocabulary: ActorVocabulary | None = None,
) -> Actors:
    """The actors of these titles (read into ``vocabulary``, a new one when None); a
    lone word before a colon counts where ``named`` (whether the batch names a word)
    says so."""
    known = ActorVocabulary() if vocabulary is None else vocabulary
    rows = [known.row(title) for title in titles]
    acting = np.asarray(
        [bool(r.names) and (not r.plain or all(map(named, r.plain))) for r in rows],
        dtype=np.bool_,
    )
    sets, names = known.columns
    targets = [r.target if all(map(named, r.target_names)) else () for r in rows]
    aimed = np.asarray([bool(t) for t in targets], dtype=np.bool_)
    return Actors(
        subsets=_one_hot([r.subsets for r in rows], sets, acting),
        mentions=_one_hot([r.mentions for r in rows], sets, None),
        names=_one_hot([r.names for r in rows], names, acting),
        acting=acting,
        chinese_only=np.asarray([r.chinese_only for r in rows], dtype=np.bool_) & acting,
        cjk=np.asarray(cjk, dtype=np.bool_),
        happening=np.fromiter(map(title_happening, titles), dtype=np.intp, count=len(titles)),
        agents=_one_hot([r.agent for r in rows], names, aimed),
        targets=_one_hot(targets, names, None),
        said=_one_hot([r.said for r in rows], names, aimed),
    )


def _one_hot(
    rows: Sequence[tuple[int, ...]], columns: int, keep: npt.NDArray[np.bool_] | None
) -> sparse.csr_matrix:
    """One-hot rows (only those ``keep`` marks, the others empty)."""
    if keep is not None:
        rows = [r if k else () for r, k in zip(rows, keep.tolist(), strict=True)]
    lengths = np.fromiter(map(len, rows), dtype=np.intp, count=len(rows))
    indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.intp)
    indices = np.fromiter(chain.from_iterable(rows), dtype=np.intp, count=int(indptr[-1]))
    data = np.ones(len(indices), dtype=np.float32)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), max(columns, 1)))


def actors_differ(
    actors: Actors, left: npt.NDArray[np.intp], right: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """For each pair (left[k], right[k]): both have actors, the actors share no name,
    and neither item mentions the other's actor: two events (see the module docstring);
    or each reports one kind of happening, and not the same (:func:`title_happening`); or
    one agent acts on two targets (:func:`_targets_differ`)."""
    kinds = actors.happening[left], actors.happening[right]
    other: npt.NDArray[np.bool_] = (kinds[0] >= 0) & (kinds[1] >= 0) & (kinds[0] != kinds[1])
    return _actors_differ(actors, left, right) | other


def _actors_differ(
    actors: Actors, left: npt.NDArray[np.intp], right: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """The pairs whose two actors share no name and neither mentions the other's, or
    whose one agent acts on two targets."""
    out = actors.acting[left] & actors.acting[right]
    unreadable = (actors.chinese_only[left] & ~actors.cjk[right]) | (
        actors.chinese_only[right] & ~actors.cjk[left]
    )
    out &= ~unreadable
    at = np.flatnonzero(out)
    if len(at):
        a, b = left[at], right[at]
        same = row_dots(actors.names, actors.names, a, b) > 0
        said = (row_dots(actors.mentions, actors.subsets, b, a) > 0) | (
            row_dots(actors.mentions, actors.subsets, a, b) > 0
        )
        out[at] = ~same & ~said
    return out | _targets_differ(actors, left, right)


def _targets_differ(
    actors: Actors, left: npt.NDArray[np.intp], right: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """For each pair: one agent acting on two targets, neither headline mentioning the
    other's ("Colts beat Chiefs 20-13" and "Colts top Jags": two games; "AMD buys
    SeaMicro" and "AMD buys ATI": two deals).  One event's reports name its counterpart
    or leave it out; they do not name another."""
    out = np.zeros(len(left), dtype=np.bool_)
    aimed = np.diff(actors.targets.indptr) > 0
    at = np.flatnonzero(aimed[left] & aimed[right])
    if not len(at):
        return out
    a, b = left[at], right[at]
    same = row_dots(actors.agents, actors.agents, a, b) > 0
    said = (row_dots(actors.said, actors.targets, a, b) > 0) | (
        row_dots(actors.said, actors.targets, b, a) > 0
    )
    out[at] = same & ~said
    return out


def actors_differ_block(
    actors: Actors, rows: npt.NDArray[np.intp], columns: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """:func:`actors_differ` for every pair of a block (rows × columns), as a dense mask."""
    kinds_rows = actors.happening[rows][:, None]
    kinds_columns = actors.happening[columns][None, :]
    out: npt.NDArray[np.bool_] = (
        (kinds_rows >= 0) & (kinds_columns >= 0) & (kinds_rows != kinds_columns)
    )
    acting_rows, acting_columns = actors.acting[rows], actors.acting[columns]
    if not acting_rows.any() or not acting_columns.any():
        return out | _targets_differ_block(actors, rows, columns)
    r, c = rows[acting_rows], columns[acting_columns]
    same = (actors.names[r] @ actors.names[c].T).toarray() > 0
    said = (actors.mentions[r] @ actors.subsets[c].T).toarray() > 0
    said |= (actors.subsets[r] @ actors.mentions[c].T).toarray() > 0
    unreadable = (actors.chinese_only[r][:, None] & ~actors.cjk[c][None, :]) | (
        ~actors.cjk[r][:, None] & actors.chinese_only[c][None, :]
    )
    out[np.ix_(acting_rows, acting_columns)] |= ~same & ~said & ~unreadable
    return out | _targets_differ_block(actors, rows, columns)


def _targets_differ_block(
    actors: Actors, rows: npt.NDArray[np.intp], columns: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """:func:`_targets_differ` for every pair of a block, as a dense mask."""
    out = np.zeros((len(rows), len(columns)), dtype=np.bool_)
    aimed = np.diff(actors.targets.indptr) > 0
    aimed_rows, aimed_columns = aimed[rows], aimed[columns]
    if not aimed_rows.any() or not aimed_columns.any():
        return out
    r, c = rows[aimed_rows], columns[aimed_columns]
    same = (actors.agents[r] @ actors.agents[c].T).toarray() > 0
    said = (actors.said[r] @ actors.targets[c].T).toarray() > 0
    said |= (actors.targets[r] @ actors.said[c].T).toarray() > 0
    out[np.ix_(aimed_rows, aimed_columns)] = same & ~said
    return out
