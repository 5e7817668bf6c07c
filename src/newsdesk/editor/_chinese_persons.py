"""Chinese persons: a surname and one or two characters where a person stands, whatever
jieba made of them (但李俊认为, 校友乔婷淼斩获), next to a title or before a person's verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import jieba

from newsdesk.chinese import HAN, ORG_SUFFIXES
from newsdesk.editor._chinese_words import _opens_clause, _Word, _words
from newsdesk.editor._latin_names import Span
from newsdesk.editor._name_tables import SURNAMES
from newsdesk.editor._transliteration import SYLLABLES

_TITLES = frozenset(
    """董事长 总裁 首席执行官 创始人 联合创始人 创办人 首席科学家 首席技术官 总经理 副总裁 总监
    教授 副教授 院士 研究员 负责人 合伙人 主席 董事 博士 发言人 CEO CTO COO CFO""".split()
)
#: Characters that end common words far more often than they end a given name (张力, 周榜;
#: a fee, a tax or a sum: 许可费, which jieba tags a person).
_NOT_NAME_ENDINGS = frozenset(
    "性化风器学度式型机者们家工感力法论界区榜率量期类级版端侧层面点线证费税额"
)
#: A dictionary frequency above which a word is common (智能 in 高智能).
_COMMON = 50
#: Surnames that open ordinary words far more often than names (高保真, 金融家, 全时段).
_WORDLIKE_SURNAMES = frozenset("高金石白方向常温时应全安万和平东南北上左中车")


def _person(name: str, run: list[_Word]) -> bool:
    """jieba tags many words nr (智慧, 卫星, 高智能, 高保真): a person's name needs a surname
    first (or a transliteration tag on characters that spell foreign names: not 库中, the
    end of 代码库中), and a dictionary word must not be a surname + a
    common word (智能), nor start with a surname that mostly opens ordinary words (高)."""
    foreign = all(c in SYLLABLES for c in name)
    if not 2 <= len(name) <= 4 or not (
        name[0] in SURNAMES
        or (foreign and any(w.flag == "nrt" or (w.flag == "nr" and len(name) >= 3) for w in run))
    ):
        return False
    if name[-1] in _NOT_NAME_ENDINGS or _count_word(name):
        return False
    if len(run) == 1 and run[0].known:
        return (
            len(name) >= 3
            and name[0] not in _WORDLIKE_SURNAMES
            and jieba.dt.FREQ.get(name[1:], 0) < _COMMON
            and not _doubled_adjective(name)
        )
    return True


def _doubled_adjective(word: str) -> bool:
    """冷冰冰, 白花花, 黄澄澄: an adjective and a doubled character describe, though
    jieba's dictionary tags them persons (its novels' 殷素素 keep their names)."""
    return (
        len(word) == 3
        and word[1] == word[2]
        and str(jieba.posseg.dt.word_tag_tab.get(word[0], "")) == "a"
    )


def _either(words: frozenset[str] | set[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


#: Roles a person's name follows (创始人吴永辉, 开发者崔健, 物理学家…): the titles and a
#: few more.
_ROLES = _TITLES | set("学家 开发者 创业者 工程师 作者 学者 校友".split())
#: What a person does right after their name, and rarely a word does: speaks, takes or
#: leaves a post, founds, leads (认为, 出任, 率领); an adverb may stand between (正式出任).
_PERSON_ACTS = frozenset(
    """表示 认为 称 指出 透露 坦言 直言 回应 强调 提醒 解释 承认 否认 谈到 谈及 提到 发声
    出任 担任 加入 加盟 离职 接任 接管 卸任 创立 创办 撰文 发文 率领 带领 领衔 团队 亲自
    推荐 评论 批评 讨论""".split()
)
#: Words a person's name follows at the head of a clause: conjunctions, interviews.
_JOINS = frozenset("和 与 及 但 而 并 对话 专访 采访".split())
_PERSON_ADVERBS = frozenset(
    "正式 亲自 公开 重磅 近日 日前 此前 曾 也 还 则 再次 首次 已 随后".split()
)
#: A surname and one or two characters, the longest (after a role, where the name ends
#: is read again: :func:`_role_then_verb`).
_SURNAMED = f"[{''.join(sorted(SURNAMES))}][{HAN}]{{1,2}}"
#: The same, lazy: the shortest that fits what follows.
_SURNAMED_SHORTEST = f"{_SURNAMED}?"
#: A surname and one or two characters (the shortest that fits, or after a role the end
#: :func:`_role_then_verb` reads) where a person stands:
#: after the end of a clause, a role or a conjunction and before a person's act (…，吕淼
#: 加入, 但李俊认为); after a role and before a preposition, a mark or 的 (开发者崔健通过);
#: whoever an interview is with, or the next of a list of them (专访姜萱、姚远：).
_PLACED_PERSON = re.compile(
    rf"(?:^|[，。；：！？、“”‘’「」『』（）《》()\s丨|｜:,]|{_either(_ROLES | _JOINS)})"
    f"({_SURNAMED_SHORTEST})(?=(?:{_either(_PERSON_ADVERBS)})?(?:{_either(_PERSON_ACTS)}))"
    f"|(?:{_either(_ROLES)})({_SURNAMED})"
    f"|(?:对话|专访|采访|、)({_SURNAMED_SHORTEST})(?=[、：:，丨|｜])"
)
#: Characters a given name does not hold: function words (也, 的), which a writer puts
#: between a name and its verb.
_NOT_GIVEN = frozenset("的了在是和与被为把将又也都就再从向对给及或等其这那此该则曾已还")


def _placed_persons(sentence: str) -> list[Span]:
    """Persons by where they stand (:data:`_PLACED_PERSON`), not by a list of names nor
    by jieba's tags, which miss a name it does not know (吕|淼, 顾|娜娜).  Not a
    dictionary word that jieba does not tag a person (方面表示, 项目负责人), nor one that
    opens with a surname that mostly opens words (高管称), nor a given name holding a
    function word (王伟也表示 is 王伟)."""
    words = _words(sentence)
    starts = {w.start for w in words}
    verbs = {w.start for w in words if w.flag == "v" and w.han and len(w.word) >= 2}
    found = []
    for match in _PLACED_PERSON.finditer(sentence):
        group = next(g for g in (1, 2, 3) if match[g])
        start, end = match.span(group)
        if group == 2:  # 开发者崔健通过, 校友乔婷淼斩获: a role, a name, then what follows one
            end = _role_then_verb(sentence, start, verbs)
        if group == 3 and _after_common_noun(words, start - 1):
            continue  # 律师、顾问、银行家: listed with common nouns, one of them
        name = sentence[start:end]
        if (
            len(name) < 2
            or end not in starts
            or name[0] in _WORDLIKE_SURNAMES
            or any(c in _NOT_GIVEN for c in name[1:])
            or name[-1] in _NOT_NAME_ENDINGS
            or _counted(sentence, start)
            or _common_word(name)
        ):
            continue
        found.append((start, end))
    return found


def _after_common_noun(words: Sequence[_Word], mark: int) -> bool:
    """The list mark at ``mark`` follows a dictionary common noun (律师、): the next item
    of the list is one of its kind."""
    before = next((w for w in words if w.end == mark), None)
    return (
        before is not None
        and before.han
        and before.known
        and len(before.word) >= 2
        and before.flag == "n"
    )


def _role_then_verb(sentence: str, start: int, verbs: set[int]) -> int:
    """Where a name of two or three characters after a role ends: before a mark, a
    preposition, 的 or a person's act (开发者崔健通过), or any verb of two characters or
    more (校友乔婷淼斩获); the start when none follows."""
    return next(
        (start + n for n in (2, 3) if start + n in verbs or _AFTER_ROLE.match(sentence, start + n)),
        start,
    )


#: What follows a name after a role, besides a verb (开发者崔健通过, 博士刘明艳的团队).
_AFTER_ROLE = re.compile(f"[，、：（(]|通过|在|将|把|对|向|与|的|等|{_either(_PERSON_ACTS)}")


def _common_word(name: str) -> bool:
    """A dictionary word other than a person's name, or one holding it (方面, 项目)."""
    frequency = jieba.dt.FREQ.get(name, 0)
    if frequency >= _COMMON and not _person_word(name):
        return True
    return any(
        jieba.dt.FREQ.get(name[:cut], 0) >= _COMMON and not _person_word(name[:cut])
        for cut in range(2, len(name))
    )


def _person_word(word: str) -> bool:
    """jieba's dictionary tags the word a person (李俊, 王明)."""
    return str(jieba.posseg.dt.word_tag_tab.get(word, "")).startswith("nr")


def _counted(sentence: str, start: int) -> bool:
    """2048张卡, 三张图, 48 周平均: after a number (and the space a writer may leave) 张
    counts things and 周 is a week, they name no one."""
    return bool(
        re.search(r"[\d一二两三四五六七八九十百千万几数]\s?$", sentence[max(0, start - 2) : start])
    )


#: Characters that count before a measure word (万卡, 千张): a quantity, not a name.
_COUNT_WORD = re.compile(r"[十百千万亿][卡张台个人次块颗条家位]")


def _count_word(name: str) -> bool:
    """万卡 (ten thousand cards) is a count jieba's HMM tags a person: 万 is a surname;
    so is 周活 (weekly active users) before its verb (周活达, 周活超)."""
    return _COUNT_WORD.match(name) is not None or name.startswith("周活")


def _given_name(surname: _Word, word: _Word) -> bool:
    return (
        len(surname.word) == 1
        and surname.word in SURNAMES
        and word.han
        and len(word.word) <= 2
        and word.flag[0] in "nag"
        and word.word not in ORG_SUFFIXES
        and word.word not in _TITLES
    )


def _titled(surname: _Word, word: _Word) -> int:
    """How many characters of a given name jieba glued to the title after it (晏|周教授:
    1), or 0."""
    if len(surname.word) != 1 or surname.word not in SURNAMES or word.word in _TITLES:
        return 0
    title = next((t for t in _TITLES if word.word.endswith(t)), "")
    given = len(word.word) - len(title)
    return given if title and 1 <= given <= 2 and word.han else 0


def _interviewed(words: list[_Word], i: int) -> Span | None:
    """The Chinese words after 对话 or 专访 up to a colon or a comma, when they are short
    enough to be a name, or a company and a person (拓竹叶天奇, which jieba cuts
    拓|竹叶|天奇), and hold a word tagged a person or one jieba does not know."""
    run = []
    while i < len(words) and words[i].han:
        run.append(words[i])
        i += 1
    if (
        not run
        or i == len(words)
        or words[i].word not in "：:，、丨|。！？"
        or not 2 <= run[-1].end - run[0].start <= 7
        or not any(w.flag.startswith("nr") or not w.known for w in run)
    ):
        return None
    return run[0].start, run[-1].end


def _cut_person(words: list[_Word], verb: int) -> Span | None:
    """A person's name jieba does not know and cut into single characters (姚|顺|雨,
    时|沐|朗) that opens a clause, surname first, right before a news verb; not a
    surname-like adverb and a function word (曾|是 开源…: "was once")."""
    for width in (3, 2):
        first = verb - width
        run = words[max(first, 0) : verb]
        if (
            first >= 0
            and all(len(w.word) == 1 and w.han for w in run)
            and run[0].word in SURNAMES
            and not any(w.word in _NOT_GIVEN for w in run[1:])
            and _opens_clause(words, first)
        ):
            return run[0].start, run[-1].end
    return None


def _worded_person(word: _Word) -> bool:
    """A two-character dictionary word jieba tags a person that opens with a surname
    (陶冶): mostly a word (高阶, 博客), so it counts only where
    :func:`._chinese_names._speaks` says."""
    return (
        word.known
        and word.han
        and len(word.word) == 2
        and word.flag == "nr"
        and word.word[0] in SURNAMES
        and word.word[0] not in _WORDLIKE_SURNAMES
    )
