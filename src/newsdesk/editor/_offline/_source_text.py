"""Source text as the offline editor reads it: sentence lengths, datelines, list markers,
writers' labels, the names a sentence gives, and joining chosen sentences back into text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.aliases import entities, entity_key
from newsdesk.chinese import HAN_CHAR, ORG_SUFFIXES
from newsdesk.editor._chinese_names import chinese_names
from newsdesk.editor._common_words import everyday_opener
from newsdesk.editor._latin_names import latin_names
from newsdesk.editor._roles import occupations_in, roles_in

#: Shorter sentences are datelines, bylines or captions, not statements.
MIN_SENTENCE_CHARS = {"zh": 12, "en": 40}
MAX_SENTENCE_CHARS = 400

URL = re.compile(r"https?://")
#: A writer's label before a colon ("Architecture: a mixture-of-experts design…", "Caveat:
#: the largest model is 7B", "The good: it filled out…", "Credit where due: …"): a few
#: ordinary words with no verb, then what they label in lower case or a figure.  The
#: label leans on the article around it (a caveat to what? the good, beside which bad?),
#: and what follows is often no sentence; "Pricing is aggressive: 2 yuan…" states a
#: claim and is no label, nor is a name before a colon ("Elena Marsh: …").
_LABEL = re.compile(r"^(?P<label>[A-Z][a-z'’]*(?:\s+[a-z][a-z'’-]*){0,3}):\s+")
_LABELLED = re.compile(r"[a-z0-9$€£¥(\"“‘']")
_LABEL_VERBS = frozenset(
    "is are was were be been being has have had will would can could may might must "
    "shall should say says said does do did".split()
)


def writer_label(text: str) -> re.Match[str] | None:
    """A writer's label opening an English text (see :data:`_LABEL`), if it has one: not
    when it opens with a name of the alias table, the subject of what follows ("Nvidia:
    Revenue up 60%…", "Apple: The iPhone maker is said…", "Altman wrote: we…")."""
    match = _LABEL.match(text)
    if match is None or set(match.group("label").casefold().split()) & _LABEL_VERBS:
        return None
    if entity_key(match.group("label").split()[0]) is not None:
        return None
    return match


def labelled(sentence: str) -> bool:
    """Whether an English sentence opens with a writer's label and goes on with what it
    labels (see :data:`_LABEL`)."""
    match = writer_label(sentence)
    return match is not None and bool(_LABELLED.match(sentence, match.end()))


#: A Chinese dateline before the news ("未来财经5月14日讯，", "新华社北京5月14日电 ").
DATELINE = re.compile(r"^[^，。：:]{0,16}?\d{1,2}月\d{1,2}日(?:电|讯|消息)\s*[，,：:]?\s*")
METADATA = re.compile(r"\s[·|｜]\s|热度|阅读量|点赞")
#: A list's scaffolding at the start of a sentence: ①–⑳, ⑴–⒇, ⒈–⒛, ❶–➓, (1) and （1）,
#: 1. 1、 1) and bullets (• · ▪ ● ◦, and - * – — before a space).  "1.2万" is no marker.
MARKER = re.compile(
    r"^(?:[\u2460-\u249b\u2776-\u2793•·▪●◦]\s*|[-*–—]\s+|[(（]\s*\d{1,2}\s*[)）]\s*"
    r"|\d{1,2}\s*(?:[、)）]|\.(?!\d))\s*)+"
)


#: A Chinese writer's label before a statement ("逻辑颠覆：过去…", "核心冲击：AI能够…",
#: "市场剧变：因AI产品发布…"): four characters of ordinary words, then the statement.
_LABEL_ZH = re.compile(r"^(?P<label>[\u4e00-\u9fff]{4})[：:](?=\S)")
#: The same label with a Latin term in it ("RL与SFT效率差异：", "AI生成嫌疑：", "可信AI研究：
#: "): Chinese characters and Latin letters only, two characters of Chinese at least and
#: ten characters at most, before a full-width colon (an ASCII one may be a name's own:
#: "曲目M:RA").  A figure, a count word or 了 in it makes it a statement announcing what
#: follows ("框架工作流分为三步：", "定义了高效智能体："), which stays.
_MIXED_LABEL_ZH = re.compile(
    r"^(?P<label>(?=[A-Za-z]*[\u4e00-\u9fff][A-Za-z]*[\u4e00-\u9fff])"
    r"(?=[\u4e00-\u9fff]*[A-Za-z])[A-Za-z\u4e00-\u9fff]{3,10})：(?=\S)"
)
_COUNTS_ZH = re.compile(r"[一二两三四五六七八九十百千万几了]")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
#: jieba's tags of a person's, a place's or an organisation's name: a speaker before a
#: colon ("欧阳明远：今年产能仅5000台") is no label.
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})
#: A speaker before a colon that jieba does not tag as a name: an organisation by its
#: suffix ("小米集团：", "理想汽车：", "苹果公司："), or one who speaks ("工信部称：", "官方
#: 回应："): without it the statement is nobody's.
_SPEAKER_ZH = re.compile(
    rf"(?:{'|'.join(sorted(ORG_SUFFIXES, key=len, reverse=True))}"
    r"|称|说|表示|回应|回复|指出|透露|宣布|强调|坦言|认为|声明)$"
)


def _mixed_label(sentence: str) -> re.Match[str] | None:
    """A label with a Latin term (see :data:`_MIXED_LABEL_ZH`), unless it names who
    speaks or what the statement is about: a company, product or person of the alias
    table ("Meta首席科学家：", "OpenAI官方：", "英伟达财报："), a role ("谷歌CEO：") or a
    name the table does not hold (a Latin word neither an acronym nor an everyday word:
    "Clawdbot特点：")."""
    match = _MIXED_LABEL_ZH.match(sentence)
    if match is None:
        return None
    label = match.group("label")
    if _COUNTS_ZH.search(label) or KNOWN_NAMES.search(label.casefold()):
        return None
    if roles_in(label) or occupations_in(label):
        return None
    for word in _LATIN_RUN.findall(label):
        acronym = word.isupper() and 2 <= len(word) <= 5
        if not acronym and not everyday_opener(word.capitalize()):
            return None
    return match


def unlabelled_zh(sentence: str) -> str:
    """A Chinese sentence without a writer's label before its statement: the label
    claims what the sentence should show ("逻辑颠覆"), and as a summary's sentence or a
    key point it reads as the writer's heading, not the news.  A speaker's name before a
    colon stays, as does a label with too little after it to stand alone."""
    from jieba import posseg

    match = _LABEL_ZH.match(sentence) or _mixed_label(sentence)
    if match is None or len(sentence) - match.end() < MIN_SENTENCE_CHARS["zh"]:
        return sentence
    label = match.group("label")
    if chinese_names(label) or entity_key(label) is not None or _SPEAKER_ZH.search(label):
        return sentence
    if any(word.flag in _NAME_TAGS for word in posseg.cut(label)):
        return sentence
    return sentence[match.end() :]


def name_spans(text: str) -> list[tuple[tuple[int, int], str]]:
    """The names of a sentence in reading order with where each stands, folded, without a
    possessive."""
    spans = sorted(latin_names(text) + chinese_names(text))
    return [
        ((a, b), text[a:b].strip().casefold().removesuffix("'s").removesuffix("’s"))
        for a, b in spans
    ]


def names_in_order(text: str) -> list[str]:
    """The names of a sentence in reading order, folded, without a possessive."""
    return [name for _, name in name_spans(text)]


def joined(sentences: Sequence[str]) -> str:
    text = ""
    for sentence in sentences:
        gap = "" if not text or HAN_CHAR.search(text[-1]) or text[-1] in "。！？；”」" else " "
        text += gap + sentence
    return finished(text)


def finished(text: str) -> str:
    """Text that ends as a sentence: a Chinese sentence is split at its semicolon too
    (:func:`split_sentences`), and a summary, key point or detail that stops at "；" reads
    as broken off ("1M长度大海捞针准确率98.6%；"), so that last one becomes "。"."""
    return f"{text[:-1]}。" if text.endswith("；") else text


def _known_names() -> re.Pattern[str]:
    """Not outlets, journals and conferences: a tag naming one is where the news ran or
    was presented ("ICML 2026 | …"), not its subject."""
    names = {n for e in entities() if not e.outlet for n in (*e.latin, *e.chinese, *e.makes)}
    return re.compile(
        r"(?<![a-z0-9])(?:{})(?![a-z])".format(
            "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        )
    )


#: The companies, people and products of the alias table, in either script.
KNOWN_NAMES = _known_names()

#: Means ("通过…", "借助…"): what they achieved may be in the clause after them.
MEANS = re.compile(r"(?:通过|借助|凭借|依托|利用)(?!了)")
