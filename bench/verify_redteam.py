"""Verifier red team: real summaries and highlights, errors planted the way an LLM slips.

Usage: python bench/verify_redteam.py [--examples N] [--seed S] [--held]

``bench/verify.py`` and ``bench/verify_paraphrase.py`` write their supported texts
themselves, so their errors land where the verifier was built to look.  Here the texts
are makinotes' own, written by another system's LLM, and checked as an outside reader
checks them: each ``summary`` against its article's title, core point and highlights, each
``highlights`` line against the title, the core point and the other highlights.

- Unaltered texts must pass.  Where one is flagged, each flagged claim is put in a shape:
  ``variant`` when a respelling of it is in the sources (case, spaces, full-width forms,
  a generic suffix, 两/二/2), ``alias`` when a name of the same entity is (the entity list
  here is made by hand for this bench, apart from the product's alias table), else
  ``absent``.  An ``absent`` claim may be a fact the summary's writer took from the full
  article (rightly flagged) or a word taken for a name: the dev examples are read by hand.
- Planted texts: an unaltered text with one error, of one of these kinds:

  * ``latin other day``: a Latin-script name of the text swapped for a name from another
    day's titles that the sources lack (no entity of this bench's list the sources name;
    not an ordinary word: the writer slips from one name to another);
  * ``product nudge``: a model's version or family changed as a writer misremembers it
    (GPT-4o -> GPT-4.1, Claude 3.5 -> Claude 3.7, Llama -> Mistral, Qwen3 -> Qwen2.5);
  * ``zh org sibling``: a Chinese organisation swapped for one of its siblings (阿里 ->
    腾讯, 清华 -> 北大, 字节 -> 百度, 谷歌 -> 微软);
  * ``zh org named``: a Chinese organisation of this data (清华大学, 灵波科技, 面壁智能,
    上海人工智能实验室...) swapped for another with the same ending the sources lack;
  * ``zh person``: a person's Chinese name swapped for another person of the field
    (奥特曼 -> 纳德拉, 黄仁勋 -> 苏姿丰);
  * ``version``: v2.1 -> v2.2, 3.5 -> 3.6; ``params``: 32B -> 70B; ``unit``: 万 <-> 亿,
    million <-> billion; ``year``: a year one off; ``number``: a figure a writer
    misreads (digits transposed, one digit off);
  * ``number moved``: a figure replaced by another figure of the same sources (the
    right number for another subject).  The verifier checks that a figure is stated,
    not what it is stated of, so this row measures that limit.

A planted error is caught when a claim the unaltered text did not have flagged is
flagged and overlaps the planted words.

Data: the makinotes days of ``../shared/data/makinotes/api``.  Days from 2026-02-10 are
held back (as ``bench/verify_paraphrase.py`` holds them): only ``--held`` prints them,
never with examples.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsdesk.editor import Evidence, unsupported
from newsdesk.model import Claim

ROOT = Path(__file__).resolve().parents[1]
MAKINOTES = ROOT.parent / "shared" / "data" / "makinotes" / "api"
HELD_FROM = "2026-02-10"

#: Entities of the field, each a group of siblings: an entity's forms (any script) are
#: one name; a sibling is another entity of its group.  Made by hand for this bench.
GROUPS: dict[str, list[list[str]]] = {
    "zh company": [
        ["阿里", "阿里巴巴", "阿里云", "Alibaba", "通义", "千问", "Qwen"],
        ["腾讯", "Tencent", "混元", "Hunyuan", "微信"],
        ["字节", "字节跳动", "ByteDance", "豆包", "火山引擎", "Seed"],
        ["百度", "Baidu", "文心", "ERNIE"],
        ["华为", "Huawei", "昇腾", "Ascend"],
        ["美团", "Meituan", "LongCat"],
        ["京东", "JD"],
        ["小米", "Xiaomi", "MiMo"],
        ["快手", "Kuaishou", "可灵", "Kling"],
        ["网易", "NetEase"],
        ["商汤", "SenseTime"],
        ["科大讯飞", "讯飞", "iFlytek"],
        ["智谱", "Zhipu", "GLM"],
        ["月之暗面", "Moonshot", "Kimi"],
        ["深度求索", "DeepSeek"],
        ["阶跃星辰", "StepFun", "Step"],
        ["蚂蚁", "蚂蚁集团", "Ant"],
        ["拼多多", "PDD"],
    ],
    "zh university": [
        ["清华", "清华大学", "Tsinghua"],
        ["北大", "北京大学", "Peking"],
        ["浙大", "浙江大学", "Zhejiang"],
        ["复旦", "复旦大学", "Fudan"],
        ["上海交大", "上海交通大学", "交大", "SJTU"],
        ["中科大", "中国科学技术大学", "USTC"],
        ["南京大学", "南大", "Nanjing"],
        ["哈工大", "哈尔滨工业大学", "HIT"],
        ["中科院", "中国科学院", "CAS"],
        ["人大", "中国人民大学", "Renmin"],
    ],
    "us company": [
        ["谷歌", "Google", "Gemini", "DeepMind", "Alphabet"],
        ["微软", "Microsoft", "Azure", "Copilot"],
        ["苹果", "Apple"],
        ["亚马逊", "Amazon", "AWS"],
        ["英伟达", "NVIDIA", "Nvidia"],
        ["特斯拉", "Tesla", "xAI", "Grok"],
        ["英特尔", "Intel"],
        ["高通", "Qualcomm"],
        ["Meta", "Llama", "脸书"],
        ["OpenAI", "ChatGPT", "GPT", "Sora", "Codex"],
        ["Anthropic", "Claude"],
        ["AMD", "超威"],
        ["OpenClaw", "Openclaw", "Clawdbot", "ClawdBot", "Moltbot", "MoltBot", "小龙虾"],
    ],
    "person": [
        ["奥特曼", "阿尔特曼", "Altman", "Sam Altman"],
        ["纳德拉", "Nadella"],
        ["黄仁勋", "Jensen Huang", "老黄"],
        ["马斯克", "Musk", "Elon Musk"],
        ["扎克伯格", "小扎", "Zuckerberg"],
        ["皮查伊", "Pichai"],
        ["苏姿丰", "Lisa Su"],
        ["李彦宏", "Robin Li"],
        ["马化腾", "Pony Ma"],
        ["雷军", "Lei Jun"],
        ["梁文锋"],
        ["杨植麟"],
        ["张一鸣"],
        ["哈萨比斯", "Hassabis"],
        ["阿莫代伊", "阿莫迪", "Amodei"],
        ["辛顿", "Hinton"],
        ["杨立昆", "LeCun"],
        ["李飞飞", "Fei-Fei Li"],
        ["卡帕西", "Karpathy"],
        ["苏茨克维", "Sutskever"],
    ],
}
_ORG_KINDS = ("zh company", "zh university", "us company")
#: Model families a writer mixes up, and their versions.
FAMILIES = ["GPT", "Claude", "Gemini", "Llama", "Mistral", "Qwen", "DeepSeek", "Grok", "GLM",
            "Kimi", "Doubao", "ERNIE", "Hunyuan", "MiniMax", "Phi", "Gemma"]  # fmt: skip
_PARAMS = ["1.5B", "3B", "7B", "8B", "13B", "14B", "32B", "70B", "72B", "235B", "405B", "671B"]
#: Latin words of this data that are no name (the field's words, English function words):
#: made by hand, so a swap never puts one in or takes one out.
_PLAIN = frozenset(
    """ai agi api apis gpu gpus cpu llm llms ceo cto app apps agent agents token tokens prompt
    the a an of and or to in on for with is by at as from via vs new pro max mini plus
    ok demo bug code coding model models chat bot open source web ui sota benchmark""".split()
)
#: Capitalised words of this data's titles that are ordinary English or the field's
#: everyday words, not names (picked by hand): a writer slipping puts a name in a name's
#: place, so these are not swapped in.
_ORDINARY = frozenset(
    """Agentic Attention GUI Banana Cache Cell Clip Commit Deep Dev Face Fail Figure Frontier Hunt
    Injection Invest Lab Law Mac Matrix Multi-Agent Nano Nature Orange Paper Potentials
    Product Project Proxy Rebuttal Repo Responses Scaling Science Seed Self-Distillation Skill
    Skills Small Sparse Teacher Teams Tech Think Top Transformer Vibe Views Vital""".split()
)
_LATIN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*")
#: Chinese organisations with their kind's ending, picked by hand from this data's text
#: (and a few more of the field): one is swapped for another of the same ending.
ZH_ORGS = """
清华大学 北京大学 浙江大学 复旦大学 牛津大学 哥伦比亚大学 密歇根大学 华盛顿大学 南方科技大学
香港科技大学 华中科技大学 斯坦福大学 南京大学 上海交通大学 中国人民大学 卡内基梅隆大学
灵波科技 生数科技 拓竹科技 宇树科技 商汤科技 旷视科技 云鲸科技
面壁智能 百川智能 思必驰智能 地平线智能
上海人工智能实验室 华为诺亚方舟实验室 之江实验室 鹏城实验室
北京智源人工智能研究院 微软亚洲研究院 上海算法创新研究院
蚂蚁集团 阿里巴巴集团 复星集团 美的集团
伦敦国王学院 麻省理工学院 加州理工学院 中国科学院自动化研究所
""".split()
_ENDINGS = ("大学", "科技", "智能", "实验室", "研究院", "集团", "学院", "研究所")
_VERSION = re.compile(r"(?<=[A-Za-z\s-])[vV]?(\d+)\.(\d+)(?![\d.%])")
_PARAM = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)([BM])(?![A-Za-z])")
_UNIT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(万|亿|million|billion)(?!亿)")
_YEAR = re.compile(r"(?<![\d.,])(20[12]\d)(?=年|\s|[^\d.,%])")
_FIGURE = re.compile(
    r"(?<![\d.,A-Za-z])(\d+(?:\.\d+)?)(\s?(?:%|％|倍|亿|万|个|家|款|项|人|次|条|美元|元))"
)


@dataclass(frozen=True)
class Text:
    day: str
    where: str  # "summary" or "highlight"
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Case:
    kind: str
    text: str
    planted: str = ""


def _texts() -> list[Text]:
    out = []
    for path in sorted(MAKINOTES.glob("*.json")):
        for row in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            if row["core_point"].startswith("疑似"):
                continue
            head = (row["title"], row["core_point"])
            lines = [h for h in row["highlights"] if h.strip()]
            if row["summary"].strip():
                out.append(Text(row["pub_date"], "summary", row["summary"], (*head, *lines)))
            for n, line in enumerate(lines):
                others = lines[:n] + lines[n + 1 :]
                out.append(Text(row["pub_date"], "highlight", line, (*head, *others)))
    return out


@functools.cache
def _fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


@functools.cache
def _entity(name: str) -> tuple[str, int] | None:
    for kind, entities in GROUPS.items():
        for n, forms in enumerate(entities):
            if name in forms or name.lower() in (f.lower() for f in forms):
                return kind, n
    return None


def _named(sources: str, forms: list[str]) -> bool:
    folded = _fold(sources)
    return any(_fold(f) in folded for f in forms)


def _latin_names(text: str) -> list[re.Match[str]]:
    return [
        m
        for m in _LATIN.finditer(text)
        if m.group().lower() not in _PLAIN and not m.group().lower().startswith("http")
        and any(c.isupper() for c in m.group())
    ]  # fmt: skip


def _replace(text: str, match: re.Match[str] | tuple[int, int], new: str) -> str:
    start, end = match if isinstance(match, tuple) else match.span()
    return text[:start] + new + text[end:]


def _latin_other_day(t: Text, pool: dict[str, list[str]], rng: random.Random) -> Case | None:
    names = _latin_names(t.text)
    if not names:
        return None
    target = rng.choice(names)
    sources = "\n".join(t.sources)
    folded, own = _fold(sources), _fold(t.text)
    choices = [
        n
        for day, day_names in sorted(pool.items())
        if day != t.day
        for n in day_names
        if _fold(n) not in folded and _fold(n) not in own
        and not ((e := _entity(n)) and _named(sources, GROUPS[e[0]][e[1]]))
    ]  # fmt: skip
    if not choices:
        return None
    new = rng.choice(choices)
    return Case("latin other day", _replace(t.text, target, new), new)


def _product_nudge(t: Text, rng: random.Random) -> Case | None:
    families = "|".join(FAMILIES)
    found = list(re.finditer(rf"(?<![A-Za-z])({families})([-\s]?)(\d+(?:\.\d+)?)?(o)?", t.text))
    if not found:
        return None
    match = rng.choice(found)
    family, gap, version, omni = match.groups()
    sources = _fold("\n".join(t.sources))
    options = []
    if version:
        major, _, minor = version.partition(".")
        if minor:
            options += [f"{major}.{int(minor) + 1}", f"{major}.{max(int(minor) - 1, 0)}"]
            options.append(f"{int(major) + 1}.{minor}")
        else:
            options += [f"{int(major) + 1}", f"{major}.5", f"{max(int(major) - 1, 1)}"]
        options = [f"{family}{gap}{v}" for v in options if v != version]
        if omni:
            options.append(f"{family}{gap}{version}")  # GPT-4o -> GPT-4
    others = [f for f in FAMILIES if f != family]
    options.append(f"{rng.choice(others)}{gap}{version or ''}{omni or ''}")
    options = [o for o in options if _fold(o) not in sources and _fold(o) != _fold(match.group())]
    if not options:
        return None
    new = rng.choice(options)
    return Case("product nudge", _replace(t.text, match, new), new)


def _zh_sibling(t: Text, kinds: tuple[str, ...], label: str, rng: random.Random) -> Case | None:
    sources = "\n".join(t.sources)
    found = []
    for kind in kinds:
        for n, forms in enumerate(GROUPS[kind]):
            for form in forms:
                if re.search(r"[\u4e00-\u9fff]", form):
                    found += [(kind, n, m) for m in re.finditer(re.escape(form), t.text)]
    # the longest form at a place (阿里巴巴, not its 阿里)
    found = [
        (k, n, m)
        for k, n, m in found
        if not any(
            o.start() <= m.start() and m.end() <= o.end() and o.group() != m.group()
            for _, _, o in found
        )
    ]
    if not found:
        return None
    kind, n, match = rng.choice(found)
    siblings = [
        forms
        for i, forms in enumerate(GROUPS[kind])
        if i != n and not _named(sources, forms) and not _named(t.text, forms)
    ]
    zh = [f for forms in siblings for f in forms[:1] if re.search(r"[\u4e00-\u9fff]", f)]
    if not zh:
        return None
    new = rng.choice(zh)
    return Case(label, _replace(t.text, match, new), new)


def _zh_org(t: Text, rng: random.Random) -> Case | None:
    found = [m for org in ZH_ORGS for m in re.finditer(re.escape(org), t.text)]
    if not found:
        return None
    match = rng.choice(found)
    ending = next(e for e in _ENDINGS if match.group().endswith(e))
    sources = _fold("\n".join(t.sources)) + _fold(t.text)
    choices = [
        org
        for org in ZH_ORGS
        if org.endswith(ending) and _fold(org) not in sources
        and _fold(org[: -len(ending)]) not in sources
    ]  # fmt: skip
    if not choices:
        return None
    new = rng.choice(choices)
    return Case("zh org named", _replace(t.text, match, new), new)


def _number_case(t: Text, kind: str, rng: random.Random) -> Case | None:
    sources = _fold("\n".join(t.sources))
    text = t.text
    if kind == "version":
        found = list(_VERSION.finditer(text))
        if not found:
            return None
        m = rng.choice(found)
        minor = int(m.group(2)) + rng.choice([1, -1] if int(m.group(2)) > 0 else [1])
        new = m.group().replace(f"{m.group(1)}.{m.group(2)}", f"{m.group(1)}.{minor}")
    elif kind == "params":
        found = list(_PARAM.finditer(text))
        if not found:
            return None
        m = rng.choice(found)
        new = rng.choice([p for p in _PARAMS if p != m.group()])
    elif kind == "unit":
        found = list(_UNIT.finditer(text))
        if not found:
            return None
        m = rng.choice(found)
        swap = {"万": "亿", "亿": "万", "million": "billion", "billion": "million"}
        gap = m.group()[len(m.group(1)) : -len(m.group(2))]
        new = f"{m.group(1)}{gap}{swap[m.group(2)]}"
    elif kind == "year":
        found = list(_YEAR.finditer(text))
        if not found:
            return None
        m = rng.choice(found)
        new = str(int(m.group(1)) + rng.choice([1, -1]))
    elif kind == "number":
        found = list(_FIGURE.finditer(text))
        if not found:
            return None
        m = rng.choice(found)
        digits = m.group(1)
        plain = digits.replace(".", "")
        if len(plain) >= 2 and plain[0] != plain[1] and rng.random() < 0.5:
            swapped = digits.replace(plain[:2], plain[1] + plain[0], 1)
        else:
            last = int(digits[-1])
            swapped = digits[:-1] + str((last + rng.choice([1, 2, 8, 9])) % 10)
        if swapped == digits or (swapped.startswith("0") and not swapped.startswith("0.")):
            return None
        new = swapped + m.group(2)
    elif kind == "number moved":
        found = list(_FIGURE.finditer(text))
        if not found:
            return None
        m = rng.choice(found)
        unit = m.group(2).strip()
        here = {f.group(1) for f in _FIGURE.finditer(text)}
        others = sorted(
            {
                f.group(1)
                for source in t.sources
                for f in _FIGURE.finditer(source)
                if f.group(2).strip() == unit and f.group(1) not in here
            }
        )
        if not others:
            return None
        new = rng.choice(others) + m.group(2)
    else:
        raise ValueError(kind)
    if kind != "number moved" and _fold(new) in sources:
        return None
    return Case(kind, _replace(text, m, new), new)


_NUMBER_KINDS = ("version", "params", "unit", "year", "number", "number moved")


def latin_pool(titles: dict[str, str]) -> dict[str, list[str]]:
    """Each day's (or digest's) Latin names of its titles: what a slipping writer puts in."""
    return {
        day: sorted({m.group() for m in _latin_names(text) if len(m.group()) > 2} - _ORDINARY)
        for day, text in sorted(titles.items())
    }


def plant(t: Text, pool: dict[str, list[str]], rng: random.Random) -> list[Case]:
    """The text with one error of each kind that has a place in it (see the notes)."""
    planted = [
        _latin_other_day(t, pool, rng),
        _product_nudge(t, rng),
        _zh_sibling(t, _ORG_KINDS, "zh org sibling", rng),
        _zh_org(t, rng),
        _zh_sibling(t, ("person",), "zh person", rng),
        *(_number_case(t, kind, rng) for kind in _NUMBER_KINDS),
    ]
    return [c for c in planted if c is not None]


def _cases(texts: list[Text], seed: int) -> list[tuple[Text, Case]]:
    rng = random.Random(seed)
    titles = {
        path.stem: "\n".join(
            r["title"] for r in json.loads(path.read_text(encoding="utf-8"))["articles"]
        )
        for path in sorted(MAKINOTES.glob("*.json"))
    }
    pool = latin_pool(titles)
    cases = []
    for t in texts:
        cases.append((t, Case("unaltered", t.text)))
        cases.extend((t, c) for c in plant(t, pool, rng))
    return cases


def _overlaps(claim: Claim, case: Case) -> bool:
    at = case.text.find(case.planted)
    start = case.text.find(claim.text)
    if at < 0 or start < 0:
        return case.planted in claim.text or claim.text in case.planted
    return start < at + len(case.planted) and at < start + len(claim.text)


def _shape(claim: Claim, sources: str) -> str:
    """Why an unaltered text's claim may have been flagged (see the module's notes)."""
    folded = _fold(sources)
    own = _fold(claim.text)
    if own in folded or own.replace("两", "2").replace("二", "2") in folded.replace("两", "2"):
        return "variant"
    entity = _entity(claim.text)
    if entity and _named(sources, GROUPS[entity[0]][entity[1]]):
        return "alias"
    return "absent"


def report(
    label: str,
    cases: list[tuple[Text, Case]],
    flagged: list[list[Claim]],
    wheres: tuple[str, ...] = ("summary", "highlight"),
) -> None:
    """Caught by kind, and the unaltered texts flagged by where they stand and by shape."""
    totals: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    by_where: Counter[tuple[str, bool]] = Counter()
    base: set[str] = set()
    for (t, case), claims in zip(cases, flagged, strict=True):
        totals[case.kind] += 1
        if case.kind == "unaltered":
            base = {c.text for c in claims}
            hits["unaltered"] += bool(claims)
            by_where[t.where, bool(claims)] += 1
            shapes.update(f"{c.kind.value} {_shape(c, chr(10).join(t.sources))}" for c in claims)
            continue
        hits[case.kind] += any(_overlaps(c, case) for c in claims if c.text not in base)
    kinds = [k for k in (
        "latin other day", "product nudge", "zh org sibling", "zh org named", "zh person",
        *_NUMBER_KINDS, "link") if totals[k]]  # fmt: skip
    planted = sum(totals[k] for k in kinds)
    print(f"\n{label}: {totals['unaltered']} real texts, {planted} planted errors")
    print(f"  {'planted error':<17} {'texts':>5} {'caught':>7}")
    for kind in kinds:
        print(f"  {kind:<17} {totals[kind]:>5} {hits[kind] / totals[kind]:>7.1%}")
    names = [k for k in kinds if k not in (*_NUMBER_KINDS, "link")]
    named = sum(totals[k] for k in names)
    print(f"  {'names':<17} {named:>5} {sum(hits[k] for k in names) / named:>7.1%}")
    stated = [k for k in kinds if k != "number moved"]
    n_stated = sum(totals[k] for k in stated)
    caught = sum(hits[k] for k in stated) / n_stated
    print(f"  {'all but moved':<17} {n_stated:>5} {caught:>7.1%}")
    print(f"  {'all':<17} {planted:>5} {sum(hits[k] for k in kinds) / planted:>7.1%}")
    print(
        f"  unaltered flagged: {hits['unaltered']}/{totals['unaltered']} = "
        f"{hits['unaltered'] / totals['unaltered']:.1%}  ("
        + ", ".join(
            f"{w} {by_where[w, True]}/{by_where[w, True] + by_where[w, False]}" for w in wheres
        )
        + ")"
    )
    print("  flagged claims by shape: " + ", ".join(f"{k} {n}" for k, n in sorted(shapes.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=0, help="dev alarms and misses shown")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--held", action="store_true", help="also print the held-back days")
    args = parser.parse_args()
    if not MAKINOTES.exists():
        sys.exit(f"needs the makinotes data at {MAKINOTES}")
    cases = _cases(_texts(), args.seed)
    evidence: dict[tuple[str, ...], Evidence] = {}
    flagged = []
    for t, case in cases:
        if t.sources not in evidence:
            evidence[t.sources] = Evidence.build(list(t.sources))
        flagged.append(unsupported(case.text, evidence[t.sources]))
    parts = [("dev days", False)] + ([(f"held-back days (from {HELD_FROM})", True)] * args.held)
    for label, held in parts:
        chosen = [i for i, (t, _) in enumerate(cases) if (t.day >= HELD_FROM) == held]
        report(label, [cases[i] for i in chosen], [flagged[i] for i in chosen])
    if args.examples:
        examples(cases, flagged, args.examples, lambda t: t.day >= HELD_FROM)


def examples(
    cases: list[tuple[Text, Case]],
    flagged: list[list[Claim]],
    n: int,
    held: Callable[[Text], bool],
) -> None:
    """The first n dev alarms on unaltered texts and the first n dev misses."""
    alarms: list[str] = []
    misses: list[str] = []
    base: set[str] = set()
    for (t, case), claims in zip(cases, flagged, strict=True):
        if held(t):
            continue  # never look at the held-back texts
        if case.kind == "unaltered":
            base = {c.text for c in claims}
            alarms += [
                f"  flagged {t.where} {_shape(c, chr(10).join(t.sources))} {c.kind.value}"
                f" {c.text!r} in {c.sentence[:100]!r}"
                for c in claims
            ]
        elif not any(_overlaps(c, case) for c in claims if c.text not in base):
            at = case.text.find(case.planted)
            misses.append(
                f"  missed {case.kind} {case.planted!r}: {case.text[max(0, at - 40) : at + 50]!r}"
            )
    print("\n" + "\n".join(alarms[:n] + misses[:n]))


if __name__ == "__main__":
    main()
