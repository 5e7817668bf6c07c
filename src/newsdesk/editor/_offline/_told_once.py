"""An offline entry read a second time: each thing told once across its summary and points
(an opening that restates, a frame or a name's introduction given again goes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.editor._facts import Facts, all_facts, clauses, facts_of, leans, restates, says_more
from newsdesk.editor._name_forms import same_actor
from newsdesk.editor._offline._source_text import MIN_SENTENCE_CHARS, name_spans

#: A Chinese point's credit: "据未来财经，", "据开源星图援引技术报告，".
_CREDIT_ZH = re.compile(r"^据[^，,。；：:]{1,40}[，,]")
#: A Chinese clause that only names what follows is about ("长文本方面，", "从成绩看，").
_TOPIC_ZH = re.compile(r"^[^，。；：\d]{1,8}(?:方面|来看|看)[，,]$")


def past_told(
    points: Sequence[str], said: str, language: str, credits: Sequence[str] = ()
) -> list[str]:
    """Each point without its opening clauses that restate what the entry said before it
    (``said``, then the points above it): "Shenyan Technology unveiled Aster-3 on Thursday,
    and the headline number is context: …" under a summary telling the launch is "The
    headline number is context: …"; "长文本方面，模型支持200万token输入，官方“大海捞针”测试
    召回率99.2%" under one giving the 2 million tokens is "官方“大海捞针”测试召回率99.2%".  A
    point is kept whole when what would be left leans on the cut part (its subject was
    there: "预计…", "which…") or tells nothing new; its credit ("据X，", "X: ") stays."""
    told = facts_of(said)
    out = []
    for point in points:
        credit = _CREDIT_ZH.match(point) if language == "zh" else None
        prefix = (
            credit.group()
            if credit is not None
            else next((c for c in credits if c and point.startswith(c)), "")
        )
        body = point[len(prefix) :]
        trimmed = _without_told_opening(body, told, language)
        if trimmed != body and language == "en" and prefix:
            trimmed = trimmed[0].upper() + trimmed[1:]
        out.append(prefix + trimmed)
        told = all_facts([told, facts_of(point)])
    return out


def _without_told_opening(text: str, told: Facts, language: str) -> str:
    parts = clauses(text, items=False)
    cut, restated = 0, False
    while cut < len(parts) - 1:
        part = parts[cut]
        if restates(facts_of(part), told):
            restated = True
        elif not (language == "zh" and _TOPIC_ZH.match(part.strip())):
            break
        cut += 1
    if not restated:
        return text
    rest = "".join(parts[cut:]).strip()
    if language == "en":
        if not parts[cut - 1].rstrip().endswith(",") or not rest.startswith("and "):
            return text  # only "…, and": "but", "while" or "which" carry the cut clause
        rest = rest.removeprefix("and ").lstrip()
        rest = rest[:1].upper() + rest[1:]
        if leans(rest, after=""):
            return text
    elif leans(rest, after="，", opening=True):
        return text
    minimum = MIN_SENTENCE_CHARS["zh" if language == "zh" else "en"]
    if len(rest) < minimum or not says_more(rest, told):
        return text
    return rest


#: An English sentence that frames its claim by what says it ("In a widely shared essay,
#: Marsh argues…"): once an earlier sentence named that essay ("published an essay…"),
#: the frame introduces it again.  Only a text that says things frames so: "In the first
#: quarter, Nvidia expects…" or "In its smallest configuration, Lumen-2 runs…" bounds the
#: claim, and without it the claim is another one.
_FRAME = re.compile(
    r"^In (?:a|an|the|her|his|its|their) (?:[\w-]+ ){0,3}?"
    r"(?P<noun>essay|post|blog|article|op-ed|column|letter|memo|note|paper|report|thread"
    r"|tweet|interview|podcast|talk|keynote|speech|statement|filing|video), (?=[A-Z])"
)


def framed_once(texts: Sequence[str]) -> list[str]:
    """English texts of one entry in reading order, a frame naming again what an earlier
    text named ("In a widely shared essay, " after "…published an essay…") left out."""
    out: list[str] = []
    for text in texts:
        frame = _FRAME.match(text)
        if frame is not None and any(
            re.search(rf"\b{frame.group('noun')}\b", earlier) for earlier in out
        ):
            text = text[frame.end() :]
        out.append(text)
    return out


#: An English introduction of a name: an appositive after it, closed by a comma before
#: the verb (", a professor at the Halvorsen Institute…, published", ", one of Beijing's
#: better-funded model labs, unveiled"), or where it is based, before it ("Beijing-based").
_APPOSITIVE_INTRO = re.compile(r",\s+(?:a|an|one of|the)\s[^,;:()]{3,120}?,\s+(?=[a-z])")
_BASED = re.compile(r"(?:^|(?<=\s))[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?-based\s+$")
#: An attribution set off by commas ("Corvex Labs, the company said, will…"): no
#: introduction, and the sentence's claim is its speaker's.
_SAYS = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|noted|notes|according|reported|reports|wrote"
    r"|writes|argued|argues|claimed|claims)\b"
)
_BASED_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?-based\s+")
#: A description standing for a name introduced before ("the Halvorsen Institute
#: professor argues"): "the", a name, a lower-case noun.
_DESCRIPTION = re.compile(r"(?:^|(?<=\s))[Tt]he\s+$")
_NOUN = re.compile(r"\s+([a-z][a-z-]+)\b")


def introduced_once(texts: Sequence[str], prefixes: Sequence[str] = ()) -> list[str]:
    """English texts of one entry (its summary's sentences, then its points, in reading
    order) with each name introduced once: a later mention of a name the entry gave
    already loses its introduction (an appositive, "Beijing-based"), and a description
    standing for a person introduced before ("the Halvorsen Institute professor", from
    "Elena Marsh, a professor at the Halvorsen Institute…") becomes the short name
    ("Marsh").  A reader met them in the first sentence; a point introducing the company
    again reads as another story.  A credit before a point (one of ``prefixes``, "Signal
    & Weights: ") is kept as it is."""
    named: list[str] = []
    appositives: list[tuple[str, str]] = []  # a person's name, and what introduced them
    out = []
    for text in texts:
        prefix = next((p for p in prefixes if p and text.startswith(p)), "")
        sentence = text[len(prefix) :]
        for (start, end), name in reversed(name_spans(sentence)):
            the, noun = _DESCRIPTION.search(sentence[:start]), _NOUN.match(sentence, end)
            person = next(
                (
                    who
                    for who, intro in appositives
                    if the is not None
                    and noun is not None
                    and sentence[start:end] in intro
                    and re.search(rf"\b{re.escape(noun.group(1))}\b", intro)
                ),
                None,
            )
            if the is not None and noun is not None and person is not None:
                sentence = sentence[: the.start()] + person.split()[-1] + sentence[noun.end() :]
                continue
            inside = _BASED_NAME.match(sentence, start, end)
            if inside is not None:
                start, name = inside.end(), sentence[inside.end() : end].casefold()
            if not any(same_actor(name, earlier) for earlier in named):
                continue
            after = _APPOSITIVE_INTRO.match(sentence, end)
            if after is not None and not _SAYS.search(after.group()):
                sentence = f"{sentence[:end]} {sentence[after.end() :]}"
            based = _BASED.search(sentence[:start])
            if based is not None:
                head, rest = sentence[: based.start()], sentence[start:]
                sentence = head + (rest if head else rest[:1].upper() + rest[1:])
        for (start, end), name in name_spans(sentence):
            intro = _APPOSITIVE_INTRO.match(sentence, end)
            if intro is not None and len(sentence[start:end].split()) > 1:
                appositives.append((sentence[start:end].strip(), intro.group()))
            inside = _BASED_NAME.match(sentence, start, end)
            named.append(sentence[inside.end() : end].casefold() if inside else name)
        out.append(prefix + sentence)
    return out
