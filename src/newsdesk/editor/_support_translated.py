"""Whether the sources support a name a writer translated or retold: an English gloss
of a Chinese name, a name spelled out or inverted, a description opening a sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from functools import cache

from newsdesk.aliases import term_chinese
from newsdesk.chinese import HAN, HAN_CHAR
from newsdesk.editor._chinese_words import foreign_names
from newsdesk.editor._claim_extraction import _OPENING_WORD
from newsdesk.editor._dictionary import translates_source_word
from newsdesk.editor._japanese import reads_japanese, same_spelling, surname_readings
from newsdesk.editor._korean import place_ends, reads_korean, spells_place, surname_spellings
from newsdesk.editor._latin_names import NOT_CLAIMS, STOPWORDS, sequence_tokens, stem
from newsdesk.editor._latin_names import glossary as _glossary
from newsdesk.editor._name_tables import LATIN_ALIASES
from newsdesk.editor._pinyin import (
    latin_key,
    named_surnames,
    reading_ends,
    romanisations,
    spells_unread_person,
    surname_forms,
)
from newsdesk.editor._place_table import places
from newsdesk.editor._roles import role_group
from newsdesk.editor._support_chinese import _TRANSLATED_WORDS, ChineseNameChecks
from newsdesk.editor._support_latin import _ACRONYM
from newsdesk.editor._transliteration import transliterates
from newsdesk.editor._vietnamese import reads_vietnamese
from newsdesk.model import Claim, ClaimKind

#: Words after a model's name that make it a smaller model of its own (GPT-4o mini,
#: Gemini 2.5 Flash-Lite, DeepSeek-R1-Distill): the name without the word is the larger
#: model, another product, where a dropped version (Claude Sonnet) or a dropped line of a
#: family (Llama 4 for Llama 4 Scout) leaves the family's name.
_SMALLER = frozenset({"mini", "nano", "lite", "light", "small", "tiny", "micro", "distill"})
#: The words a writer may put after a model's name for its variant, in lower case, which
#: the name reader leaves out of the name in English prose ("GPT-4o nano").
_VARIANTS = _SMALLER | {"pro", "max", "plus", "ultra", "turbo"}
_WORD_AFTER = re.compile(r"[\s-]?([A-Za-z]+)")


#: Occupations in -ist and the Chinese they translate: a writer's "Psychiatrist" before a
#: name is not the sources' 神经科学家.
_IST_OCCUPATIONS: dict[str, tuple[str, ...]] = {
    "scientist": ("科学家",),
    "neuroscientist": ("神经科学家", "脑科学家"),
    "psychiatrist": ("精神科医生", "精神病学家"),
    "psychologist": ("心理学家",),
    "economist": ("经济学家",),
    "physicist": ("物理学家",),
    "biologist": ("生物学家",),
    "chemist": ("化学家",),
    "artist": ("艺术家",),
    "novelist": ("小说家",),
}
#: An occupation in 家 (语言学家, 钢琴家), not an everyday word in 家 (国家, 专家, 大家) nor
#: 家 as a counting word or a home (三家医院, 一家公司, 回到家).
_JIA_WORD = re.compile(
    f"[{HAN}]*学家|[{HAN}]{{2,}}(?<![国专大玩商厂赢行买卖独东全"
    f"一二两三四五六七八九十百千几多每各该这那某数回到在老])家"
)
#: A capitalised word of two letters or more right before a claim.
_WORD_BEFORE_CLAIM = re.compile(r"\b([A-Z][a-z]+) $")
#: A minister's title after the words of its field, and the person after it.
_FIELD_TITLE = re.compile(r"((?:[A-Z][a-z]+ )+)(?:Minister|Secretary) ([A-Z][A-Za-z' -]+)")
#: A run of capitalised words, hyphenated or not (Chairman Lee Jae-yong).
_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?)+")
#: A sentence's capitalised first word, hyphenated or not, before a capitalised word.
_OPENING_DESCRIPTION = re.compile(rf"[^A-Za-z0-9{HAN}]*([A-Z][a-z]+(?:-[a-z]+)?) [A-Z]")


class TranslationChecks(ChineseNameChecks):
    """The checks of translated and retold names."""

    __slots__ = ()

    def _read_in_japanese(self, name: str) -> bool:
        """A Japanese person the sources write in characters, spelled by their readings
        (Kazuo Ueda for 植田和男, :mod:`._japanese`)."""
        return reads_japanese(re.sub(r"['’]s$", "", name).split(), self.text)

    def _read_in_korean(self, name: str) -> bool:
        """A Korean person the sources write in characters, spelled by their Sino-Korean
        readings (Koo Kwang-mo for 具光谟, :mod:`._korean`)."""
        return reads_korean(re.sub(r"['’]s$", "", name).split(), self.text)

    def _read_in_vietnamese(self, name: str) -> bool:
        """A Vietnamese person the sources write in characters, spelled by their
        Sino-Vietnamese readings (Pham Minh Chinh for 范明政, :mod:`._vietnamese`)."""
        return reads_vietnamese(re.sub(r"['’]s$", "", name).split(), self.text)

    def _read_with_word_before(self, claim: Claim) -> bool:
        """A name whose first word is an English one the claim reader leaves out (To of
        To Lam, 苏林; Do, Ha, Van): read with it as a Vietnamese, Korean or Japanese name
        the sources write in characters, it is theirs."""
        at = claim.sentence.find(claim.text)
        before = _WORD_BEFORE_CLAIM.search(claim.sentence, 0, max(at, 0))
        if at < 0 or before is None:
            return False
        whole = f"{before.group(1)} {claim.text}"
        return (
            self._read_in_vietnamese(whole)
            or self._read_in_korean(whole)
            or self._read_in_japanese(whole)
        )

    def _unread_person(self, claim: Claim) -> bool:
        """A Chinese person's Latin name (Hui Ka Yan) that spells three characters of the
        sources the segmenter read as no person (:func:`._pinyin.spells_unread_person`)."""
        name = re.sub(r"['’]s$", "", claim.text)
        return spells_unread_person(re.split(r"[\s-]+", name), self.sentences)

    def _korean_place(self, claim: Claim) -> bool:
        """One word spelling the Sino-Korean readings of the sources' characters (Songdo
        for 松岛, :func:`._korean.spells_place`), where they name Korea or a place in it:
        English writes a Korean place by its Korean reading, no rule of Mandarin's."""
        return (
            " " not in claim.text
            and any(han in self.text for han in _korean_places())
            and spells_place(claim.text, self.text)
        )

    def _titled_person(self, claim: Claim) -> bool:
        """A person after a minister's title and the words of its field, which the claim
        reader keeps as one name (Foreign Minister Wang Yi, Defence Minister Phan Van
        Giang): the person is compared alone, and each word of the field as the sources
        say it, in English or in Chinese (glossary: defence 国防), so that Trade Minister
        stays flagged for the sources' finance minister."""
        titled = _FIELD_TITLE.fullmatch(claim.text)
        if titled is None:
            return False
        glossary = _glossary()
        return all(
            re.search(rf"(?<![a-z]){word.lower()}(?![a-z])", self.text)
            or any(han in self.text for han in glossary.get(stem(word), ()))
            or self._country_of_title(word, claim)
            for word in titled.group(1).split()
        ) and self.supports(Claim(claim.kind, titled.group(2), claim.sentence))

    def _country_of_title(self, word: str, claim: Claim) -> bool:
        """A country before a minister's field (Singapore Foreign Minister), read as the
        place it is: the sources must state it (Malaysian for their 新加坡 is flagged)."""
        return (
            word not in _glossary()
            and stem(word) not in _glossary()
            and self.supports(Claim(claim.kind, word, claim.sentence))
        )

    def _reads_latin_person(self, name: str) -> bool:
        """A Korean or Vietnamese person a Chinese text writes in characters whom the
        sources name in Latin letters by the characters' readings (李在镕 for Lee
        Jae-yong, 范明政 for Pham Minh Chinh): each character read, none left over."""
        if not 2 <= len(name) <= 4:
            return False
        for sentence in self.sentences:
            for run in _CAPITALISED_RUN.finditer(sentence):
                words = run.group().split()
                for size in range(2, min(4, len(words)) + 1):
                    for at in range(len(words) - size + 1):
                        window = words[at : at + size]
                        if (reads_korean(window, name) and not reads_korean(window, name[:-1])) or (
                            len(window) == len(name) and reads_vietnamese(window, name)
                        ):
                            return True
        return False

    def _surname_alone(self, claim: Claim) -> bool:
        """One word that is the surname of a person the sources name, in any of its
        spellings: pinyin and the other romanisations (SoftBank's Son for 孙正义, Alibaba's
        Tsai for 蔡崇信), the Japanese and Korean readings (Japan's Hayashi for 林芳正,
        LG's Koo for 具光谟), where the sentence says whose it is: after a title (Governor
        Pan) or a possessive.  A bare surname (Wang agreed) says nothing of which Wang and
        stays a claim; so do initials or a given name before it (C.K. Wei is a given name
        the sources do not give, checked with it) and a capitalised word after it."""
        word = re.sub(r"['’]s$", "", claim.text)
        at = claim.sentence.find(claim.text)
        if not word.isalpha() or at < 0:
            return False
        before = _NAME_BEFORE.search(claim.sentence, 0, at)
        if before is None:
            if not _POSSESSIVE_BEFORE.search(claim.sentence, 0, at):
                return False  # "Wang agreed.": nothing says which Wang (fresh3's row)
        elif not _titles(before.group()):
            return False
        if _NAME_AFTER.match(claim.sentence, at + len(claim.text)) is not None:
            return False
        key, japanese = latin_key(word), same_spelling(word)
        return any(
            key in surname_forms(han)
            or key in surname_spellings(han)
            or japanese in surname_readings(han)
            for han in named_surnames(self.sentences)
        )

    def _original_beside(self, claim: Claim) -> bool:
        """A Chinese name translated from the sources' and given with their own in brackets
        right after it (美国总务管理局（GSA） for the sources' GSA): the writer names the
        body the sources name."""
        at = claim.sentence.find(claim.text)
        if at < 0:
            return False
        original = _ORIGINAL_AFTER.match(claim.sentence, at + len(claim.text))
        return original is not None and self.supports(
            Claim(ClaimKind.NAME, original.group(1), claim.sentence)
        )

    def _spelled_apart(self, claim: Claim) -> bool:
        """A name in pinyin whose syllables stand apart, one an English word (Qi An Xin for
        奇安信): the claim's words spell it with their neighbours in the sentence."""
        words = re.findall(r"[A-Za-z]+", claim.text)
        around = re.findall(r"[A-Za-z]+", claim.sentence)
        spelled = romanisations(self.sentences)
        starts = [i for i in range(len(around)) if around[i : i + len(words)] == words]
        return bool(words) and any(
            latin_key("".join(around[first:last])) in spelled
            for at in starts
            for first in range(max(0, at - 3), at + 1)
            for last in range(at + len(words), min(len(around), first + 4) + 1)
            if last - first >= 2
        )

    def _names_occupation_in_jia(self, word: str) -> bool:
        """Whether the sources name the occupation an -ist word is, in 家: the one it
        translates where :data:`_IST_OCCUPATIONS` gives it (a psychiatrist is no 神经科学家),
        else one the table gives no other -ist (a linguist is no 艺术家)."""
        if word in _IST_OCCUPATIONS:
            return any(han in self.text for han in _IST_OCCUPATIONS[word])
        return any(
            not any(jia.endswith(han) for hans in _IST_OCCUPATIONS.values() for han in hans)
            for jia in _JIA_WORD.findall(self.text)
        )

    def _described_opening(self, claim: Claim) -> bool:
        """A name after the sentence's first word, which its capital joined to the name:
        an everyday word ("Start-up Arcee AI": startup), a word the sources state in
        Chinese (``glossary.yaml``), or an occupation in -ist where the sources name one
        in 家 ("Neuroscientist David Robbe" from 神经科学家大卫·罗比).  The name is then
        checked alone, as it is after a lower-case "the start-up"."""
        first, _, rest = claim.text.partition(" ")
        opening = _OPENING_DESCRIPTION.match(claim.sentence)
        if not rest or opening is None or opening.group(1) != first:
            return False
        word = first.lower()
        ordinary = (
            word.replace("-", "") in STOPWORDS
            or self._translates([stem(word)])
            or (word.endswith("ist") and self._names_occupation_in_jia(word))
        )
        return ordinary and self.supports(Claim(claim.kind, rest, claim.sentence))

    def _glossed(self, claim: Claim) -> bool:
        """An English gloss in brackets after a Chinese term, each of whose words the
        sources have or the term translates (视觉编程（Visual Coding）), or whose letters
        are the initials of words the term translates, in order (整合信息论（IIT）); or
        an English term with its Chinese in brackets after it, read the same way
        (acqui-hire（收购式招聘）)."""
        pairs = [m.groups() for m in _GLOSS.finditer(claim.sentence)]
        pairs += [m.groups()[::-1] for m in _GLOSSED_ENGLISH.finditer(claim.sentence)]
        for term, gloss in pairs:
            if claim.text not in gloss:
                continue
            words = re.findall(r"[A-Za-z]+", gloss)
            if len(words) == 1 and _ACRONYM.fullmatch(words[0]):
                return _initials_in(words[0].lower(), term)
            return all(
                word.lower() in NOT_CLAIMS
                or stem(word) in self.words
                or any(han in term for han in _glossary().get(stem(word), ()))
                for word in words
            )
        return False

    def _translated(self, claim: Claim) -> bool:
        """Whether the sources write the term of two to four English words the claim
        stands in with some or all of them in Chinese (Memory Layer: "Memory层",
        "记忆层"): one term, respelled."""
        term = next((t for t in _LATIN_RUN.findall(claim.sentence) if claim.text in t), claim.text)
        words = [stem(w) for w in re.findall(r"[A-Za-z]+", term)]
        if not 2 <= len(words) <= _TRANSLATED_WORDS:
            return False
        # the sources, or the claim's own sentence: "负向提示词…通过Negative Prompt" gives
        # the term twice, and its Chinese is what the sources must support
        text = _unmarked(self.text + "\n" + claim.sentence.replace(term, " "))
        spellings = [(w, *_glossary().get(w, ())) for w in words]
        return any(
            "".join(parts) in text
            for parts in itertools.product(*spellings)
            if any(part != word for part, word in zip(parts, words, strict=True))
        )

    def _translated_name(self, claim: Claim) -> bool:
        """An English name of two to four capitalised words (with those beside the claim)
        that translates, word by word and in order, a name the sources give in Chinese:
        General Intelligence Center for 通用智能中心, European Commission for 欧盟委员会.
        Every word must translate: General Robotics Center is still flagged, and so is a
        Robotics Industry Association for 人工智能行业协会, whose Robotics is no claim of
        its own: each capitalised word beside the claim that the glossary translates is
        part of the name.  A word it does not translate (The, Shenzhen) ends the name
        and is checked on its own.  A sentence's capitalised first word alone is an
        ordinary word when it translates a word of the sources ("Experiments show…" from
        实验发现…)."""
        at = claim.sentence.find(claim.text)
        if at < 0:
            return False
        opening = _OPENING_WORD.match(claim.sentence)
        if (
            opening is not None
            and opening.group(1) == claim.text
            and self._translates([stem(claim.text)])
        ):
            return True
        before = _CAPITALISED_BEFORE.search(claim.sentence, 0, at)
        after = _CAPITALISED_AFTER.match(claim.sentence, at + len(claim.text))
        left = [stem(w) for w in before.group(1).split()] if before else []
        right = [stem(w) for w in after.group(1).split()] if after else []
        glossary = _glossary()
        left = left[len(left) - _leading(left[::-1], glossary) :]
        words = [part for w in claim.text.split() for part in _hyphen_parts(stem(w), glossary)]
        run = [*left, *words, *right[: _leading(right, glossary)]]
        return (
            len(run) >= 2
            and len(_phrases(run, glossary)) <= _TRANSLATED_WORDS
            and (self._translates(run))
        )

    def _translated_inverted(self, claim: Claim) -> bool:
        """A body's English name whose "for" or "of" part Chinese writes before the body's
        word: National Center for Artificial Intelligence for 国家人工智能中心, Ministry of
        Science and ICT for 科学技术信息通信部.  Every word must translate, in that order,
        with nothing between (an "and" may be 与, 和 or nothing)."""
        at = claim.sentence.find(claim.text)
        inner = _OF_PART.search(claim.text)
        if inner is not None:  # CAS Institute of Automation, read whole as one claim
            head_text, part_text = claim.text[: inner.start()], inner.group(1)
        elif at >= 0 and (tail := _OF_PART.match(claim.sentence, at + len(claim.text))):
            head_text, part_text = claim.text, tail.group(1)
        elif (whole := _within_part(claim.sentence, at, len(claim.text))) is not None:
            head_text, part_text = whole  # Science of Wrocław University of Science and…
        else:
            return False
        head = [stem(w) for w in head_text.split()]
        part = [stem(w) for w in part_text.split()]
        glossary = _glossary()
        words = _phrases([*head[:-1], *part, head[-1]], glossary)
        if len(words) > 2 * _TRANSLATED_WORDS:
            return False
        spellings = [
            ("与", "和", "")
            if w == "and"
            else glossary.get(w)
            or ((w,) if w in self.words else _named_chinese(w) or self._read_in_pinyin(w))
            for w in words
        ]
        if not all(spellings) or not any(w in glossary for w in words):
            return False
        text = _unmarked(self.text).lower()
        return any("".join(parts) in text for parts in itertools.product(*spellings))

    def _read_in_pinyin(self, word: str) -> tuple[str, ...]:
        """The sources' runs of two characters or more that a word spells in pinyin (Boao
        for 博鳌, Wuxi for 无锡): a body's English name keeps its place in pinyin where
        it translates the rest (Boao Forum for Asia for 博鳌亚洲论坛)."""
        if not word.isalpha():
            return ()
        text = _unmarked(self.text)
        return tuple(
            {
                text[at:end]
                for at in range(len(text))
                if HAN_CHAR.match(text[at])
                for end in reading_ends(word, text, at)
                if end - at >= 2
            }
        )

    def _another_body(self, claim: Claim) -> bool:
        """Whether a university or institute named by its place (University of Tokyo,
        Princeton University) is a body the sources never name: they write the place
        only inside another body's name (东京工业大学, 普林斯顿高等研究院), never alone, in
        Latin script, or before this body's word (东京大学).  The place alone supports
        the body elsewhere: 斯坦福 is Stanford University as a writer shortens it.  Only a
        place and a body: a longer name (Tokyo Institute of Technology) may translate the
        rest of the sources' name."""
        name = claim.text
        bare = _POSSESSIVE.sub("", name)  # the University of Tokyo's team
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", bare) if w.lower() not in _OF]
        bodies = [w for w in words if w in _BODY_WORDS]
        at = claim.sentence.find(name)
        after = at + len(name) if at >= 0 else len(claim.sentence)
        if (
            len(words) != 2
            or len(bodies) != 1
            or self._has_sequence(name)
            or _NAME_GOES_ON.match(claim.sentence, after) is not None
        ):
            return False
        body, place = bodies[0], next(w for w in words if w != bodies[0])
        forms = {*LATIN_ALIASES.get(place, ()), *term_chinese().get(place, ())}
        forms |= {han for han in foreign_names(self.text) if transliterates(han, place)}
        ends = "|".join(_BODY_WORDS[body])
        if any(re.search(f"(?:{ends})$", form) and form in self.text for form in forms):
            return False  # the table's 北京大学 for Peking University
        places = [
            m.end()
            for form in forms
            if not form.isascii() and _ANOTHER_BODY.search(form) is None
            for m in re.finditer(re.escape(form), self.text)
        ]
        return bool(places) and all(
            _ANOTHER_BODY.match(self.text, at) is not None
            and re.match(ends, self.text[at:]) is None
            for at in places
        )

    def _another_variant(self, claim: Claim) -> bool:
        """Whether a model's name is another variant than the sources': the writer's
        variant word after it ("GPT-4o nano") the sources never write after the name, or
        no such word where every one of theirs is followed by a word that makes a smaller
        model (:data:`_SMALLER`: "GPT-4o" or "Gemini 2.5 Flash" for their "GPT-4o mini"
        or "Gemini 2.5 Flash-Lite" names the larger model).  A name of one word with no
        digit is a family (the Mac for their Mac mini) and is not compared."""
        tokens = sequence_tokens(claim.text)
        if not tokens or (len(tokens) == 1 and not any(t[0].isdigit() for t in tokens)):
            return False
        name = re.escape(" ".join(tokens))
        after = {m.group(1) for m in re.finditer(rf" {name} (\S*)", self.sequences)}
        if not after:
            return False
        for said in re.finditer(re.escape(claim.text), claim.sentence):
            word = _WORD_AFTER.match(claim.sentence, said.end())
            written = word.group(1) if word and word.group(1) in _VARIANTS else None
            if written not in after if written else after <= _SMALLER:
                return True
        return False

    def _has_opening_company(self, name: str) -> bool:
        """A company an English sentence opens with by an everyday word (Scale AI
        released…): its word is checked though it is an everyday one, so the sources
        must write that word, or the alias table must know the name as one they give."""
        lower = name.lower()
        if any(alias in self.aliases for alias in LATIN_ALIASES.get(lower, ())):
            return True
        return stem(name.split()[0]) in self.words and self._has_latin_name(name)

    def _retold_after_name(self, claim: Claim) -> bool:
        """A word the claim reader cut from the table name before it (Ping An | Life): the
        capitalised words before it and the claim read as one retold name (Ping An Life
        for 平安人寿: the table's 平安, then 人寿 translated; Ping An Bank is no 平安人寿)."""
        at = claim.sentence.find(claim.text)
        before = _CAPITALISED_BEFORE.search(claim.sentence, 0, at) if at > 0 else None
        return before is not None and self._retold_name(before.group(1) + claim.text)

    def _retold_name(self, name: str) -> bool:
        """A name of two to four words (or parts of a hyphenated word) that retells, in
        order and with nothing between, a name the sources write in Chinese, each word its
        pinyin (two characters or more), its translation (``glossary.yaml``), the alias
        table's Chinese name for it or the sources' own Latin word, some translated and
        some not: Canghai Storage for 沧海·存储, GPU-poor for GPU穷人, AI-plus-devices for
        AI+终端, Snapdragon Summit for 骁龙峰会.  A word that retells
        nothing there (Lingbo Storage for 沧海·存储) leaves the name unsupported."""
        words = re.split(r"[\s-]+", name.strip())
        if not 2 <= len(words) <= _TRANSLATED_WORDS or not all(w.isalpha() for w in words):
            return False
        text = _NAME_GAPS.sub("", self.text)
        return any(self._retells(words, text, at, set()) for at in range(len(text)))

    def _retells(self, words: Sequence[str], text: str, at: int, ways: set[bool]) -> bool:
        """Whether the words, from the first, retell the text from ``at`` on (see
        :meth:`_retold_name`), some by translation and some not (``ways`` holds how the
        words before did): a name all translated is :meth:`_translated_name`'s, which
        reads the capitalised words beside it too."""
        if not words:
            return ways == {True, False}
        word, rest = words[0], words[1:]
        lower = word.lower()
        ends = [
            (at + len(han), True)
            for han in _glossary().get(stem(word), ())
            if text.startswith(han, at)
        ]
        ends += [(end, False) for end in reading_ends(word, text, at) if end - at >= 2]
        ends += [  # DJI Agriculture for 大疆农业: the table's Chinese name of the word
            (at + len(han), False)
            for han in LATIN_ALIASES.get(lower, ())
            if text.startswith(han, at)
        ]
        if any(han in self.text for han in _korean_places()):  # Naro Space Center: 罗老宇航中心
            ends += [(end, False) for end in place_ends(word, text, at)]
        ends += [  # Estun Automation for 埃斯顿自动化: a foreign name in transliteration
            (at + len(han), False)
            for han in foreign_names(self.text)
            if text.startswith(han, at) and transliterates(han, word)
        ]
        end = at + len(lower)
        if text.startswith(lower, at) and not _LATIN_CHAR.search(
            text[at - 1 : at] + text[end : end + 1]
        ):
            ends.append((end, False))
        if any(self._retells(rest, text, end, ways | {by}) for end, by in ends):
            return True
        if any(  # COSCO Shipping Lines for 中远海运集运: a table name of several words
            self._retells(rest[taken - 1 :], text, at + len(han), ways | {False})
            for taken in range(2, min(len(words), _TRANSLATED_WORDS) + 1)
            for han in LATIN_ALIASES.get(" ".join(words[:taken]).lower(), ())
            if text.startswith(han, at)
        ):
            return True
        return any(  # East Nusa Tenggara for 东努沙登加拉: a transliteration of several words
            self._retells(rest[taken - 1 :], text, at + len(han), ways | {False})
            for han in foreign_names(self.text)
            if text.startswith(han, at)
            for taken in range(2, min(len(words), _TRANSLATED_WORDS) + 1)
            if transliterates(han, "".join(words[:taken]))
        )

    def _translated_word(self, claim: Claim) -> bool:
        """One capitalised word inside a sentence, no capitalised word of a name beside
        it, that translates a word of two characters or more the sources write (Buddhist
        for 佛教, a heading's Protocol for 协议): an English word capitalised, not a name.
        A word of a longer name (the Commission of European Commission) is read with the
        name; an article beside it (The Volunteers) makes none.  In an English sentence
        the general dictionary translates too (Peace for 和平, Volunteers for 志愿者); a
        Latin word in Chinese prose is a term the sources must write, so there only the
        hand glossary does."""
        at = claim.sentence.find(claim.text)
        end = at + len(claim.text)
        opening = _OPENING_WORD.match(claim.sentence)
        if (
            not claim.text.isalpha()
            or at < 0
            or (opening is not None and opening.start(1) == at)
            or _name_words(_CAPITALISED_BEFORE.search(claim.sentence, 0, at))
            or _name_words(_CAPITALISED_AFTER.match(claim.sentence, end))
        ):
            return False
        if any(len(han) >= 2 and han in self.text for han in _glossary().get(stem(claim.text), ())):
            return True
        return not HAN_CHAR.search(claim.sentence) and translates_source_word(claim.text, self.text)

    def _spelled_out(self, claim: Claim) -> bool:
        """Words that spell out an acronym right after them in brackets, which the sources
        write: Model Context Protocol (MCP) for their MCP.  Each capitalised word opens
        with the acronym's capital in turn ("of", "and" may stand between) and is one the
        sources support alone (:meth:`_spelled_word`)."""
        for match in _SPELLED_OUT.finditer(claim.sentence):
            words, acronym = match.group(1), match.group(2)
            if claim.text not in words:
                continue
            spelled = [w for w in re.split(r"[\s-]+", words) if w[0].isupper()]
            capitals = "".join(c for c in acronym if c.isupper())  # MoE: Mixture of Experts
            if (
                "".join(w[0] for w in spelled) == capitals
                and self._has_latin_name(acronym)
                and all(self._spelled_word(w) for w in spelled)
            ):
                return True
        return False

    def _spelled_word(self, word: str) -> bool:
        """A word spelling out an acronym: an everyday word of the field, one the sources
        write, or one translating a word of two or more characters they write (Protocol
        for 协议; a lone 月 or 星 is in any date or name); Model Control Protocol is no MCP
        of sources that never name a control."""
        lower = stem(word)
        return (
            word.lower() in STOPWORDS
            or lower in self.words
            or any(len(han) > 1 and han in self.text for han in _glossary().get(lower, ()))
        )

    def _translates(self, words: Sequence[str]) -> bool:
        """Whether the sources write these (stemmed) English words in Chinese, each
        translated by the glossary, in order, with nothing between; a word the glossary
        lacks may be one the sources write as it is (Meta Superintelligence Labs for Meta
        超级智能实验室), so long as some word is translated."""
        glossary = _glossary()
        words = _phrases(words, glossary)
        if not any(w in glossary for w in words):
            return False
        spellings = [_spellings(w, glossary, self.words) or _named_chinese(w) for w in words]
        if not all(spellings):
            return False
        text = _unmarked(self.text).lower()
        return any("".join(parts) in text for parts in itertools.product(*spellings))

    def _translated_beside(self, claim: Claim) -> bool:
        """Capitalised everyday English words in Chinese prose that stand for their
        Chinese in a term the sources write: Plan 模式 for 计划模式, 新增 Shopping 功能 for
        新增购物功能.  Each word translates by the glossary (or is the sources' own), and
        the translation, with the two characters after it in the claim's sentence (the
        head a Chinese modifier goes before), or before it where none follow, is the
        sources' text: a word the writer added (Pulse 功能), or put before another head
        (Health 应用 for 健康功能), is still flagged."""
        term = next((t for t in _LATIN_RUN.findall(claim.sentence) if claim.text in t), None)
        if term is None:
            return False  # a name with a version or figure (Music 3.0) is no everyday word
        words = [stem(w) for w in re.findall(r"[A-Za-z]+", term)]
        glossary = _glossary()
        at = claim.sentence.find(term)
        if at < 0 or len(words) > _TRANSLATED_WORDS or not any(w in glossary for w in words):
            return False
        spellings = [_spellings(w, glossary, self.words) for w in words]
        before = _HAN_BEFORE.search(claim.sentence, 0, at)
        after = _HAN_AFTER.match(claim.sentence, at + len(term))
        text = _unmarked(self.text).lower()
        if after is not None:
            frame = ("", after[1])
        elif before is not None:
            frame = (before[1], "")
        else:
            return False
        return any(
            f"{frame[0]}{''.join(parts)}{frame[1]}" in text
            for parts in itertools.product(*spellings)
        )


#: Honorifics English puts before a surname, beside the roles (:func:`role_group`).
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "governor"})


def _titles(word: str) -> bool:
    """Whether a capitalised word before a surname is a title or honorific (Governor,
    Chairman, Dr.), not a given name."""
    plain = word.strip().rstrip(".").lower()
    return plain in _HONORIFICS or role_group(plain) is not None


def _hyphen_parts(word: str, glossary: Mapping[str, tuple[str, ...]]) -> list[str]:
    """A hyphenated word the glossary lacks as one, whose parts it holds, as its parts
    (hi-tech: 高 and 科技); any other word as it is."""
    parts = word.split("-")
    if word in glossary or len(parts) < 2 or not all(p in glossary for p in parts):
        return [word]
    return parts


@cache
def _korean_places() -> frozenset[str]:
    """The Chinese names of Korea and of the places the place table puts in it."""
    return frozenset(
        han
        for key, place in places().items()
        if key == "kr" or place.within == "kr"
        for han in place.zh
    )


@cache
def _place_phrases() -> frozenset[str]:
    """The places' English names of two or three words, in lower case (da nang)."""
    return frozenset(
        name.lower()
        for place in places().values()
        for name in place.latin
        if 2 <= len(name.split()) <= 3
    )


def _named_chinese(word: str) -> tuple[str, ...]:
    """The Chinese of a one-word place, alias or term the tables hold (beijing: 北京, cas:
    中国科学院): a name keeps its place or its body's short name when the rest of it is
    translated word by word (Beijing Internet Court for 北京互联网法院)."""
    forms = {*LATIN_ALIASES.get(word, ()), *term_chinese().get(word, ())}
    forms.update(h for p in places().values() if word in map(str.lower, p.latin) for h in p.zh)
    return tuple(sorted(forms))


def _phrases(words: Sequence[str], glossary: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The words with each run of two or three that the glossary translates as one
    (water resources: 水利, science and technology: 理工), or that is a place's name of
    the place table (Da Nang: 岘港, in Da Nang Hi-Tech Park), joined into one."""
    joined: list[str] = []
    at = 0
    while at < len(words):
        taken = next(
            (
                n
                for n in (3, 2)
                if at + n <= len(words)
                and (
                    " ".join(words[at : at + n]) in glossary
                    or " ".join(words[at : at + n]) in _place_phrases()
                )
            ),
            1,
        )
        joined.append(" ".join(words[at : at + taken]))
        at += taken
    return joined


def _within_part(sentence: str, at: int, length: int) -> tuple[str, str] | None:
    """The head and the "of" part of the name whose part holds the words at ``at``: the
    part's words are read with the whole name, as Chinese writes them inside it."""
    if at < 0:
        return None
    for match in _NAME_WITH_PART.finditer(sentence):
        if match.start(2) <= at and at + length <= match.end(2):
            return match.group(1), match.group(2)
    return None


def _leading(words: Sequence[str], glossary: Mapping[str, tuple[str, ...]]) -> int:
    """How many of the words, from the first, the glossary translates."""
    return next((n for n, word in enumerate(words) if word not in glossary), len(words))


#: A Chinese term and the English in brackets right after it (a quote may close the
#: term first: “通用智能体”（General AI Agent）).
_GLOSS = re.compile(rf"([{HAN}]{{1,12}})[”’」』\"']?\s*[（(]([A-Za-z][A-Za-z\s\-]*)[）)]")
#: A Latin name in brackets right after a Chinese one: 美国总务管理局（GSA）.
_ORIGINAL_AFTER = re.compile(r"\s*[（(]([A-Za-z][A-Za-z0-9&.\- ]*[A-Za-z0-9])[）)]")
#: An English term and its Chinese in brackets right after it ("Vibe Citing"（氛围引用）).
_GLOSSED_ENGLISH = re.compile(
    rf"([A-Za-z][A-Za-z\-]*(?: [A-Za-z][A-Za-z\-]*)*)[”’」』\"']?\s*[（(]([{HAN}]{{2,12}})[）)]"
)
_LATIN_RUN = re.compile(r"[A-Za-z]+(?:[ \-]+[A-Za-z]+)*")
#: The two Chinese characters right before, and right after, an English term in Chinese
#: prose (spaces between allowed): the term's place in a Chinese phrase.
_HAN_BEFORE = re.compile(rf"([{HAN}]{{2}})\s*$")
_HAN_AFTER = re.compile(rf"\s*([{HAN}]{{2}})")
#: The words of a body a place names (University of Tokyo), and the Chinese each ends in.
_BODY_WORDS: dict[str, tuple[str, ...]] = {
    "university": ("大学",),
    "institute": ("研究院", "研究所"),
    "academy": ("研究院", "科学院", "学院"),
    "college": ("学院",),
}
#: A possessive's ending, no word of a name.
_POSSESSIVE = re.compile(r"['’]s\b")
#: The words between a body and its place (University of Tokyo).
_OF = frozenset({"of", "the", "in", "at"})
#: A name going on after a claim's words ("Tokyo Institute" of Technology).
_NAME_GOES_ON = re.compile(r" (?:of|for|and) (?:the )?[A-Z]")
#: Another body's name after a place: a few characters and a body's ending (工业大学, 高等研究院).
_ANOTHER_BODY = re.compile(f"[{HAN}]{{1,6}}?(?:大学|研究院|研究所|科学院|学院)")
#: What stands inside a Chinese name and no English retelling writes: spaces, name dots.
_NAME_GAPS = re.compile(r"[\s·•・]")
#: A Latin letter or digit of the sources' (lower-cased) text, beside a word read in it.
_LATIN_CHAR = re.compile(r"[a-z0-9]")
#: Capitalised words (with "of", "and" between; a name's inner capital too, DeepSeek) and
#: the acronym in brackets they spell.
_SPELLED_OUT = re.compile(
    r"([A-Z][A-Za-z]+(?:[ -](?:of|and|for|the|[A-Z][A-Za-z]+))+)\s?[(（]([A-Z][A-Za-z]{1,6})[)）]"
)
#: The capitalised words right before a name, and right after it (the European of
#: "the European Commission", the Center of "General Intelligence Center").
#: The "for", "of" or "in" part after a body's name (Center for Artificial Intelligence,
#: National Supercomputing Center in Wuxi for 国家超级计算无锡中心).
_OF_PART = re.compile(r" (?:for|of|in) ([A-Z][A-Za-z]+(?: (?:and )?[A-Z][A-Za-z]+)*)")
#: A name of capitalised words and its "for" or "of" part (group 2).
_NAME_WITH_PART = re.compile(r"((?:[A-Z][A-Za-z]+ )*[A-Z][A-Za-z]+)" + _OF_PART.pattern)
_CAPITALISED_BEFORE = re.compile(r"((?:[A-Z][A-Za-z]+ )+)$")
#: A word of a name right before a word, and right after it: an initial (C.K.) or a
#: capitalised word, not a possessive (SoftBank's Son).
_NAME_BEFORE = re.compile(r"(?:\b[A-Z]\.|\b[A-Z][A-Za-z]*(?<!['’]s)-?)\s*$")
_NAME_AFTER = re.compile(r"[\s-]*[A-Z]")
#: A capitalised word's possessive right before a word: whose it is (SoftBank's Son).
_POSSESSIVE_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*['’]s\s+$")
_CAPITALISED_AFTER = re.compile(r"((?: [A-Z][A-Za-z]+)+)")


#: Capitalised words beside a word that make it no part of a longer name: an article
#: (The Volunteers).  Words of the field are not among them: the Model Context Protocol is
#: a name, its Protocol no word of its own.
_ARTICLES = frozenset({"the", "a", "an"})


def _name_words(capitalised: re.Match[str] | None) -> bool:
    """Whether capitalised words beside a word hold one that may be a name's: any but
    an article."""
    if capitalised is None:
        return False
    return any(w.lower() not in _ARTICLES for w in capitalised.group(1).split())


def _initials_in(letters: str, term: str, start: int = 0) -> bool:
    """Whether each letter opens an English word whose Chinese (``glossary.yaml``) the
    term has, each after the one before: 整合信息论 spells IIT (integrated 整合,
    information 信息, theory 论), 检索架构 does not spell IB."""
    if not letters:
        return True
    for word, hans in _glossary().items():
        if word[0] != letters[0]:
            continue
        for han in hans:
            at = term.find(han, start)
            if at >= 0 and _initials_in(letters[1:], term, at + len(han)):
                return True
    return False


def _spellings(
    word: str, glossary: Mapping[str, tuple[str, ...]], said: frozenset[str]
) -> tuple[str, ...]:
    """How the sources may write an English word of a term: its glossary Chinese, or the
    word itself where they write it (the AI of "AI Mode" for AI 模式)."""
    return (*glossary.get(word, ()), *((word,) if word in said else ()))


def _unmarked(text: str) -> str:
    """The text without spaces and title marks: 欧盟《人工智能法案》 names the EU AI Act
    word by word, the marks around the law's own name are no words between."""
    return re.sub(r"[\s《》〈〉]", "", text)
