"""Verifier quality on texts written the way an LLM writes them, with an error of every kind.

Usage: python bench/verify_paraphrase.py [--examples N] [--seed S] [--rounds R] [--invented]

``bench/verify.py`` varies a source's own sentences; this benchmark is harder.  Its
supported texts are rewritten as a model rewrites: sentences reordered, clauses turned
around, names given by an alias or a short form (英伟达 -> NVIDIA, 中国科学技术大学 ->
中科大, Google -> 谷歌), respelt (KV Cache -> KV cache, spaces between Chinese and Latin
script or digits, full-width ％ and brackets), small counts written in figures or in
words (三家 -> 3 家, 2 个 -> 两个), numbers in another valid form, commentary without facts.
The alias and short-form list here is made by hand for this benchmark, separately from
the product's alias table, so the benchmark does not grade the table against itself.

Planted texts: a supported text with exactly one error, of one of these kinds:

- ``latin term``: a Latin-script word in a Chinese sentence swapped for a word the
  sources lack (an ordinary English word in any case, or another article's term);
- ``latin name``: a capitalised Latin name swapped for another article's name;
- ``chinese org`` / ``chinese person``: a Chinese organisation or person swapped for
  another of the same kind the sources lack (the names are a list made by hand);
- ``number``: a figure changed; ``unit``: 万 <-> 亿 (or million <-> billion) swapped;
- ``year``: a year changed, or a wrong year put before a date that had none;
- ``link``: the link swapped for another article's.

``--invented`` plants persons no list of ours holds instead: a common surname and one or
two given-name characters drawn at random (``chinese person`` then measures names the
verifier cannot have seen; every name the hand-made list holds came from this data).

A name is never swapped for another form of a name the sources hold (北京大学 where they
say 北大, 马斯克 where they say Musk, OpenClaw where they say Clawdbot): that is no error.

Data: the makinotes days of ``../shared/data/makinotes/api`` (evaluation only).  The last
four days are held back: settings are never chosen on them; both halves are printed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass

from newsdesk.editor import Evidence, unsupported
from newsdesk.model import Claim
from verify import (
    _REWRITABLE,
    CHINESE_NAMES,
    CONNECTIVES,
    MAKINOTES,
    Article,
    _articles,
    _changed_number,
    _covers,
    _rewrite_number,
)

#: Days held back (settings are chosen on the others).
HELD_FROM = "2026-02-10"
_PERSON_START = CHINESE_NAMES.index("马斯克")
CHINESE_ORGS = CHINESE_NAMES[:_PERSON_START]
CHINESE_PERSONS = CHINESE_NAMES[_PERSON_START:]
#: How a writer may name what a source names: (source form, written form), made by hand.
ALIAS_FORMS = [
    ("英伟达", "NVIDIA"), ("英伟达", "Nvidia"), ("谷歌", "Google"), ("微软", "Microsoft"),
    ("亚马逊", "Amazon"), ("特斯拉", "Tesla"), ("阿里巴巴", "阿里"), ("阿里巴巴", "Alibaba"),
    ("字节跳动", "字节"), ("字节跳动", "ByteDance"), ("腾讯", "Tencent"), ("百度", "Baidu"),
    ("华为", "Huawei"), ("清华大学", "清华"), ("北京大学", "北大"), ("浙江大学", "浙大"),
    ("复旦大学", "复旦"), ("中国科学技术大学", "中科大"), ("香港科技大学", "港科大"),
    ("上海交通大学", "上海交大"), ("哈尔滨工业大学", "哈工大"), ("中国科学院", "中科院"),
    ("深度求索", "DeepSeek"), ("DeepSeek", "深度求索"), ("月之暗面", "Moonshot AI"),
    ("通义千问", "Qwen"), ("千问", "Qwen"), ("混元", "Hunyuan"), ("智谱", "Zhipu"),
    ("马斯克", "Musk"), ("马斯克", "Elon Musk"), ("奥特曼", "Altman"), ("黄仁勋", "Jensen Huang"),
    ("斯坦福大学", "斯坦福"), ("斯坦福", "Stanford"), ("麻省理工学院", "MIT"),
    ("Google", "谷歌"), ("NVIDIA", "英伟达"), ("Nvidia", "英伟达"), ("Microsoft", "微软"),
    ("Meta", "Meta公司"), ("OpenAI", "OpenAI公司"), ("Anthropic", "Anthropic公司"),
    ("Apple", "苹果公司"), ("Amazon", "亚马逊"), ("Tesla", "特斯拉"),
    ("Clawdbot", "OpenClaw"), ("Clawdbot", "Moltbot"), ("Moltbot", "OpenClaw"),
]  # fmt: skip
#: Surnames and given-name characters for ``--invented`` persons: common ones, chosen
#: as a parent chooses, apart from the verifier's surname table and any name of the data.
INVENTED_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜"
    "叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦邹孟熊秦邱尹薛段雷侯史陶黎贺顾郝龚邵"
    "钱覃戴孔汤康施樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹耿焦俞柳祝"
)
INVENTED_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂辉鑫宇浩欣晨睿思嘉轩博泽雨梓佳俊峰"
    "琳婷晓亮凯振海岩斌健波彬瑶萱怡琪瑞鹏逸航昊晗哲熙骏翔颖露薇淼彤楠"
)
#: Words a writer may put in a wrong name's place; none is in any source it is planted in.
ENGLISH_WORDS = """parse more trillions stream vector kernel bridge nova pulse orbit atlas forge
spark delta sigma lumen vertex quill harbor ember cobalt zenith canvas relay beacon summit
anchor falcon prism cascade meadow tangent ledger marble compass quartz willow""".split()
#: Commentary an LLM adds that states no fact (its Latin script is a word that is no claim).
COMMENTARY = [
    "这一进展值得持续关注。",
    "业内认为，这可能改变相关领域的竞争格局。",
    "对开发者而言，这意味着更低的使用门槛。",
    "不过，实际效果仍有待更多用户检验。",
    "从长远看，此类尝试或将推动 AI 行业走向成熟。",
    "这体现了工程团队朴素而务实的智慧。",
    "权威评测仍待公布，高阶用户可以先行试用。",
    "对追求高清画质的创作者来说，这一点尤其重要。",
    "这对 AI 应用的落地有参考价值。",
]
_ZH_SMALL = "零一两三四五六七八九十"
_COUNTED = re.compile(r"(?<![\d.,])([2-9]|10)\s?([个家款项位名次种条部台])")
_ZH_COUNTED = re.compile(
    r"(?<![一二两三四五六七八九十百千万亿第])([两三四五六七八九十])([个家款项位名次种条部台])"
)
_LATIN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: A name with an inner capital (OpenClaw, MoonBit).
_CAMEL = re.compile(r"(?<![A-Za-z0-9])[A-Z][a-z]+[A-Z][A-Za-z0-9]*")
_UNIT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(万|亿)(?!亿)")
_YEAR = re.compile(r"(?<![\d.,])(20[12]\d)(?![\d.,%])")
_MONTH_DAY = re.compile(r"(?<![\d年-])(\d{1,2})月(\d{1,2})日")


@dataclass(frozen=True)
class Case:
    kind: str
    text: str
    planted: str = ""
    #: For supported texts: the rewrites applied.
    rewrites: tuple[str, ...] = ()


def _respell(text: str, rng: random.Random, done: list[str]) -> str:
    """Case, spacing and full-width variants of what the text already says."""
    if rng.random() < 0.5:  # spaces between Chinese and Latin script or digits
        text = re.sub(r"([\u4e00-\u9fff])([A-Za-z0-9])", r"\1 \2", text)
        text = re.sub(r"([A-Za-z0-9%])([\u4e00-\u9fff])", r"\1 \2", text)
        done.append("spacing")
    if rng.random() < 0.3:
        text = text.replace("%", "％").replace("(", "（").replace(")", "）")
        done.append("full-width")
    words = [m.group() for m in _LATIN_RUN.finditer(text) if "http" not in m.group()]
    multi = [w for w in words if re.fullmatch(r"[A-Z][a-z]{2,}", w)]
    if multi and rng.random() < 0.5:  # KV Cache -> KV cache
        word = rng.choice(multi)
        text = re.sub(rf"(?<=[A-Za-z] ){word}\b", word.lower(), text)
        done.append("case")
    return text


def _recount(text: str, rng: random.Random, done: list[str]) -> str:
    """Small counts in figures or in words, as a writer chooses."""
    if rng.random() < 0.5 and _COUNTED.search(text):
        done.append("count")
        return _COUNTED.sub(lambda m: ("两" if m[1] == "2" else _ZH_SMALL[int(m[1])]) + m[2], text)
    if rng.random() < 0.5 and _ZH_COUNTED.search(text):
        done.append("count")
        return _ZH_COUNTED.sub(
            lambda m: f"{2 if m[1] == '两' else _ZH_SMALL.index(m[1])} {m[2]}", text
        )
    return text


def _alias(text: str, rng: random.Random, done: list[str]) -> str:
    forms = [(a, b) for a, b in ALIAS_FORMS if a in text and b not in text]
    rng.shuffle(forms)
    for source, written in forms[: rng.randint(1, 2)]:
        at = text.find(source)
        if at < 0:  # the first form replaced it (英伟达 -> NVIDIA, then -> Nvidia)
            continue
        before, after = text[:at], text[at + len(source) :]
        if written.isascii():  # a writer keeps a space between two Latin runs
            written = (" " if before[-1:].isalnum() and before[-1:].isascii() else "") + written
            written += " " if after[:1].isalnum() and after[:1].isascii() else ""
        text = before + written + after
        done.append("alias")
    return text


def _turn(sentence: str, rng: random.Random) -> str:
    """A clause moved to the front, as a rewrite does: "A，B。" -> "B，A。"."""
    pieces = [p for p in sentence.rstrip("。").split("，") if p]
    if len(pieces) >= 2 and rng.random() < 0.4:
        rng.shuffle(pieces)
        return "，".join(pieces) + "。"
    return sentence


def _supported(article: Article, rng: random.Random) -> Case:
    done: list[str] = []
    sentences = list(article.sentences)
    rng.shuffle(sentences)
    keep = sentences[: max(1, rng.randint(len(sentences) // 2, len(sentences)))]
    parts = []
    if rng.random() < 0.5:
        parts.append(re.sub(r"^[^｜|]{1,6}[｜|]", "", article.title) + "。")
    parts.extend(rng.choice(CONNECTIVES) + _turn(s, rng) for s in keep)
    if rng.random() < 0.5:
        parts.append(rng.choice(COMMENTARY))
    text = "".join(parts)
    rewritten = _REWRITABLE.sub(
        lambda m: _rewrite_number(m, article.published, rng) if rng.random() < 0.5 else m[0], text
    )
    if rewritten != text:
        done.append("number form")
    text = _alias(rewritten, rng, done)
    text = _recount(text, rng, done)
    text = _respell(text, rng, done)
    return Case("supported", f"{text}\n[原文]({article.link})", rewrites=tuple(done))


def _source_words(sources: str) -> set[str]:
    """The sources' Latin words, lower-cased, and the other names :data:`ALIAS_FORMS`
    gives their names: planting an alias of a name the sources hold plants no error."""
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", sources)}
    return words | {w.lower() for w in _aliased(sources)}


def _aliased(sources: str) -> set[str]:
    """The forms :data:`ALIAS_FORMS` pairs with a form the sources hold (北大 for 北京大学,
    马斯克 for Musk, OpenClaw for Clawdbot)."""
    lower = sources.lower()
    return {b for a, b in ALIAS_FORMS if a.lower() in lower} | {
        a for a, b in ALIAS_FORMS if b.lower() in lower
    }


def _latin_term(text: str, sources: str, pool: list[str], rng: random.Random) -> Case | None:
    """A Latin word inside a Chinese sentence, swapped for one the sources lack."""
    body, link = text.rsplit("\n", 1)
    spots = []
    for sentence in re.finditer(r"[^。！？\n]+", body):
        if _HAN.search(sentence[0]):
            spots += [
                (sentence.start() + m.start(), sentence.start() + m.end())
                for m in _LATIN_RUN.finditer(sentence[0])
                if len(m[0]) >= 2 and not m[0].isdigit()
            ]
    known = _source_words(sources)
    words = [w for w in pool if w.lower() not in known and w.lower() not in sources.lower()]
    if not spots or not words:
        return None
    start, end = rng.choice(spots)
    word = rng.choice(words)
    word = rng.choice([word, word.capitalize(), word.upper() if len(word) <= 5 else word])
    return Case("latin term", f"{body[:start]}{word}{body[end:]}\n{link}", word)


def _invented(rng: random.Random) -> list[str]:
    """Sixty persons' names no list holds: a surname and one or two given characters."""
    names: set[str] = set()
    while len(names) < 60:
        given = "".join(rng.choice(INVENTED_GIVEN) for _ in range(rng.choice((1, 2, 2))))
        names.add(rng.choice(INVENTED_SURNAMES) + given)
    return sorted(names)


def _swap(
    kind: str,
    text: str,
    sources: str,
    names: list[str],
    rng: random.Random,
    pool: list[str] | None = None,
) -> Case | None:
    """One of ``names`` the text holds swapped for one of ``pool`` (``names`` when None)
    the sources lack."""
    present = [n for n in names if n in text]
    named = [n for n in names if n in sources]  # 阿里 in the sources also names 阿里巴巴
    aliased = _aliased(sources)
    foreign = [
        n
        for n in (names if pool is None else pool)
        if n not in text and n not in aliased and not any(n in m or m in n for m in named)
    ]
    if not present or not foreign:
        return None
    old, new = rng.choice(present), rng.choice(foreign)
    return Case(kind, text.replace(old, new, 1), new)


def _latin_name(text: str, sources: str, pool: list[str], rng: random.Random) -> Case | None:
    body, link = text.rsplit("\n", 1)
    present = [m[0] for m in re.finditer(_CAMEL, body)]
    known = _source_words(sources)
    foreign = [n for n in pool if n.lower() not in known]
    if not present or not foreign:
        return None
    new = rng.choice(foreign)
    return Case("latin name", f"{body.replace(rng.choice(present), new, 1)}\n{link}", new)


def _unit(text: str, sources: str, rng: random.Random) -> Case | None:
    body, link = text.rsplit("\n", 1)
    matches = list(_UNIT.finditer(body))
    if not matches:
        return None
    match = rng.choice(matches)
    other = "亿" if match[2] == "万" else "万"
    planted = f"{match[1]}{other}"
    if planted in sources.replace(" ", ""):
        return None
    return Case("unit", f"{body[: match.start()]}{planted}{body[match.end() :]}\n{link}", planted)


def _year(text: str, article: Article, sources: str, rng: random.Random) -> Case | None:
    body, link = text.rsplit("\n", 1)
    year = _YEAR.search(body)
    if year:
        wrong = str(int(year[1]) + rng.choice((-1, 1)))
        if wrong not in sources:
            return Case("year", f"{body[: year.start()]}{wrong}{body[year.end() :]}\n{link}", wrong)
    day = _MONTH_DAY.search(body)
    if day:
        wrong = str(int(article.published[:4]) - 1)
        if wrong not in sources:
            return Case(
                "year", f"{body[: day.start()]}{wrong}年{body[day.start() :]}\n{link}", wrong
            )
    return None


def _cases(
    articles: list[Article], rng: random.Random, persons: list[str] | None = None
) -> list[tuple[Article, Case]]:
    latin_pool = sorted(
        {m[0] for a in articles for m in re.finditer(_CAMEL, " ".join(a.sources[:-2]))}
    )
    cases: list[tuple[Article, Case]] = []
    for article in articles:
        sources = "\n".join(article.sources)
        supported = _supported(article, rng)
        text = supported.text
        planted = [
            _latin_term(text, sources, ENGLISH_WORDS + latin_pool, rng),
            _latin_name(text, sources, latin_pool, rng),
            _swap("chinese org", text, sources, CHINESE_ORGS, rng),
            _swap("chinese person", text, sources, CHINESE_PERSONS, rng, persons),
            _unit(text, sources, rng),
            _year(text, article, sources, rng),
        ]
        number = _changed_number(text, sources, rng)
        if number:
            planted.append(Case("number", *number))
        other = rng.choice([a for a in articles if a.link != article.link])
        planted.append(Case("link", text.replace(article.link, other.link), other.link))
        cases.append((article, supported))
        cases.extend((article, case) for case in planted if case is not None)
    return cases


def _report(label: str, cases: list[tuple[Article, Case]], flagged: list[list[Claim]]) -> None:
    totals: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    alarm_kinds: Counter[str] = Counter()
    by_rewrite: Counter[tuple[str, bool]] = Counter()
    base: set[str] = set()
    for (_, case), claims in zip(cases, flagged, strict=True):  # supported text first
        totals[case.kind] += 1
        if case.kind == "supported":
            base = {c.text for c in claims}
            hits["supported"] += bool(claims)
            alarm_kinds.update({c.kind.value for c in claims})
            for rewrite in set(case.rewrites):
                by_rewrite[rewrite, bool(claims)] += 1
            continue
        hits[case.kind] += any(_covers(c, case.planted) for c in claims if c.text not in base)
    planted = sorted(k for k in totals if k != "supported")
    all_planted = sum(totals[k] for k in planted)
    print(f"\n{label}: {totals['supported']} articles, {all_planted} planted errors")
    print(f"  {'planted error':<15} {'texts':>5} {'caught':>7}")
    for kind in planted:
        print(f"  {kind:<15} {totals[kind]:>5} {hits[kind] / totals[kind]:>7.1%}")
    caught = sum(hits[k] for k in planted) / all_planted
    print(f"  {'all':<15} {all_planted:>5} {caught:>7.1%}   target >= 95%, every kind >= 90%")
    alarms = hits["supported"] / totals["supported"]
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(alarm_kinds.items()))
    print(f"  false alarms: {hits['supported']}/{totals['supported']} = {alarms:.1%}"
          f"   target <= 3%   (texts with a flagged {kinds or 'nothing'})")  # fmt: skip
    rewrites = sorted({r for r, _ in by_rewrite})
    print(
        "  false alarms by rewrite: "
        + ", ".join(
            f"{r} {by_rewrite[r, True]}/{by_rewrite[r, True] + by_rewrite[r, False]}"
            for r in rewrites
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=0, help="false alarms and misses shown")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--rounds", type=int, default=3, help="variations of each article")
    parser.add_argument("--invented", action="store_true", help="plant persons no list holds")
    args = parser.parse_args()
    if not MAKINOTES.exists():
        sys.exit(f"needs the makinotes data at {MAKINOTES}")
    articles = _articles()
    rng = random.Random(args.seed)
    persons = _invented(random.Random(args.seed)) if args.invented else None
    cases = [case for _ in range(args.rounds) for case in _cases(articles, rng, persons)]
    started = time.perf_counter()
    flagged = [unsupported(case.text, Evidence.build(a.sources)) for a, case in cases]
    seconds = time.perf_counter() - started
    print(f"{len(cases)} texts checked, {len(cases) / seconds:.0f} texts/s")
    for label, held in (("dev days", False), (f"held-back days (from {HELD_FROM})", True)):
        chosen = [i for i, (a, _) in enumerate(cases) if (a.published >= HELD_FROM) == held]
        _report(label, [cases[i] for i in chosen], [flagged[i] for i in chosen])
    if args.examples:
        _examples(cases, flagged, args.examples)


def _examples(cases: list[tuple[Article, Case]], flagged: list[list[Claim]], n: int) -> None:
    alarms: list[str] = []
    misses: list[str] = []
    base: set[str] = set()
    for (article, case), claims in zip(cases, flagged, strict=True):
        if article.published >= HELD_FROM:
            continue  # never look at the held-back days' texts
        if case.kind == "supported":
            base = {c.text for c in claims}
            alarms += [
                f"  false alarm {c.kind.value} {c.text!r} in {c.sentence[:120]!r}" for c in claims
            ]
        elif not any(_covers(c, case.planted) for c in claims if c.text not in base):
            at = case.text.find(case.planted)
            misses.append(
                f"  missed {case.kind} {case.planted!r}: {case.text[max(0, at - 40) : at + 60]!r}"
            )
    print("\n" + "\n".join(alarms[:n] + misses[:n]))


if __name__ == "__main__":
    main()
