"""Verifier quality: planted wrong numbers, names and links caught; supported texts passed.

Usage: python bench/verify.py [--examples N] [--seed S] [--rounds R]

Data: the 285 makinotes items of ``../shared/data/makinotes/api`` (Chinese AI news, 18
days).  An article's sources are its title, core point, highlights and link, plus the
metadata line a caller adds ("1 source; published 2026-01-26").

- Supported texts: what a writer could make of those sources without inventing anything.
  The sentences are reordered and some dropped, some cut at a comma, the title opens the
  text as a lead-in or not, LLM-style connectives and name-free commentary are added
  (written for this bench), numbers are put in another valid form half of the time
  (2.5亿美元 -> 250,000,000美元, 900% -> 百分之九百, 1月26日 -> 2026-01-26), names get another
  case (NVIDIA -> Nvidia) or lose a generic suffix (拓竹科技 -> 拓竹), some texts end with an
  English line holding a possessive and an English number ("Upwind's headline figure is
  $250 million."), and the link comes as Markdown.  Any flag here is a false alarm.
- Planted texts: a supported text with exactly one error: a number changed to a value
  whose digits the sources do not have; a Latin or a Chinese name swapped for a name of
  another article that this article's sources lack (the Chinese names come from a list
  made by hand from this data, not from the extractor); the link swapped for another
  article's.  Caught: a claim that the supported text did not have is flagged, and it
  covers the planted text.
- Real paraphrase probe: makinotes' own LLM-written ``summary`` of each article, checked
  against the same sources.  The summary was written from the full article, so its flags
  mix facts the sources here lack (rightly flagged) with false alarms: the share is
  printed with the most frequent flagged claims for a reader to judge, not as a score.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newsdesk.editor import Evidence, canonical_url, unsupported
from newsdesk.editor._name_tables import CHINESE_ALIASES
from newsdesk.model import Claim

ROOT = Path(__file__).resolve().parents[1]
MAKINOTES = ROOT.parent / "shared" / "data" / "makinotes" / "api"

#: Chinese organisation and person names of this data, picked by hand from its text.
CHINESE_NAMES = """
阿里 阿里巴巴 阿里云 谷歌 腾讯 清华 清华大学 百度 微信 英伟达 美团 华为 千问 北大 北京大学 微软 淘宝
加州理工 拓竹 拓竹科技 灵波 灵波科技 阶跃星辰 智谱 华勤 牛津 牛津大学 纳斯达克 混元 特斯拉
哥伦比亚大学 东鹏 字节跳动 密歇根大学 月之暗面 亚马逊 大疆 浙大 浙江大学 网易 小鹏 耶鲁 斯坦福
香港科技大学 伦敦国王学院 华盛顿大学 华中科技大学 任天堂 复旦大学 普林斯顿 上海人工智能实验室
高德 优必选 达摩院 哈工大 飞猪 紫光 红牛 牧原 优酷 快手 可灵 欧盟 美联储
马斯克 奥特曼 叶天奇 周剑 爱因斯坦 陶哲轩 谢童 晏周 姚顺雨 李凯文 时沐朗 陈亦伦 李震宇 赵君 程璐
吴永辉 毕加索 柏格森 印奇 姜大昕 张祥雨 朱亦博 徐道辉 赵一鸣 周亚辉 哈萨比斯 石智航 刘先明 艾莉森
普雷斯顿 纳德拉 刘知远 胡宇航 特朗普 翁玉林 陶冶
""".split()
#: The extractor knows these names without jieba (its alias list), so they are caught
#: wherever they stand; the others depend on jieba's tags and the patterns.
WELL_KNOWN = frozenset(CHINESE_ALIASES)
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*")
#: Capitalised words of this data that name nothing: common English words and generic
#: acronyms, picked by hand from the capitalised tokens of the sources.
_NOT_NAMES = frozenset(
    """AI AGI CEO CTO API GPU LLM Agent Token The This App SOTA PR Accept Adaptive Agentic Agents
    Alignment All Analysis Angle Artificial Attention Award Banana Bar Base Bench Beta Boundary
    Browser Builder CAREER CREATE Cache Channel Chatbot Checkpoint Clip Cloud Code Coding
    Collaborative Combo Commit Consensus Deep Deeply Default Disaggregation Edge Effort Ego Elite
    Embeddings Entire Exam Face Fail Findings Flash Focus Forward Frontier Humanity Hunt Infra
    Injection Intelligence Invest Issue Label Labor Lab Last Law Laws Lens Logo MODEL Matters
    Memory Mini Model Multi Multi-Agent Music Namespace Nano Native Notebook One Open Paper
    Personal Physical Pipeline Plan Potentials Pro Product Project Prompt Proxy Rebuttal Reject
    Repo Residual Responses Robotics Scaling Scholar Search Security Seed Seeking Shell Shop Show
    Sink Skill Skills Small Soft Space Sparse Swarm Tab Tasks Teacher Teams Tech Think Thinking
    Tokenizer Tokens Top Transformer Translate Value Vending Vibe Web What When Where Who Why Word
    ASCII CLI CPU DNA DRAM GAN GELU GUI HBM HTTP IDE IPO JSONL LSP LSTM MoE NAS OCR PPT RAG RGB
    RSS SAE SDK SFT SOP SQL SRAM SVD SaaS TODO VLA VLM VPS WWW ReLU LoRA RLVR GRPO SDPA EOT FEP
    DCT AEO CXL MCP RMSNorm""".split()
)
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_URL = re.compile(r"https?://\S+")
CONNECTIVES = ["据介绍，", "值得注意的是，", "此外，", "文章指出，", "报道称，", "具体来看，", ""]
COMMENTARY = [
    "这一进展值得持续关注。",
    "业内认为，这可能改变相关领域的竞争格局。",
    "对开发者而言，这意味着更低的使用门槛。",
    "不过，实际效果仍有待更多用户检验。",
    "从长远看，此类尝试或将推动行业走向成熟。",
    "这也反映出行业对落地效率的重视。",
    # words that jieba tags as names (朴素, 智慧, 权威, 高阶, 博客, 张力, 高清) and English
    # terms written with a capital, as LLM commentary uses them
    "这体现了工程团队朴素而务实的智慧。",
    "权威评测仍待公布，高阶用户可以先行试用。",
    "业内博客普遍认为，这次更新的张力在于速度与质量之间。",
    "对追求高清画质的创作者来说，这一点尤其重要。",
    "该方案在Agent能力与Token成本之间取得了平衡，Scaling Law仍在起作用。",
]
_ZH_DIGITS = "零一二三四五六七八九"
_SCALES = {"万亿": 1e12, "亿": 1e8, "万": 1e4}


@dataclass(frozen=True)
class Article:
    title: str
    sources: list[str]
    sentences: list[str]
    link: str
    summary: str
    published: str


@dataclass(frozen=True)
class Case:
    kind: str  # "supported", "number", "latin name", "chinese name", "link"
    text: str
    planted: str = ""


def _articles() -> list[Article]:
    articles = []
    for path in sorted(MAKINOTES.glob("*.json")):
        for row in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            body = [row["core_point"], *row["highlights"]]
            sentences = [
                s for part in body for s in re.split(r"(?<=[。！？；])", part) if s.strip()
            ]
            if not sentences or row["core_point"].startswith("疑似"):
                continue
            meta = f"1 source; published {row['pub_date']}"
            articles.append(
                Article(
                    row["title"],
                    [row["title"], *body, row["link"], meta],
                    sentences,
                    row["link"],
                    row["summary"],
                    row["pub_date"],
                )
            )
    return articles


def _chinese_numeral(n: int) -> str:
    """An integer below 10,000 in Chinese numerals (二十, 九百, 一千零五)."""
    if n < 10:
        return _ZH_DIGITS[n]
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            out += ("零" if zero and out else "") + _ZH_DIGITS[digit] + unit
            zero = False
        elif out:
            zero = True
    return out.removeprefix("一") if 10 <= n < 20 else out


def _rewrite_number(match: re.Match[str], published: str, rng: random.Random) -> str:
    """The same value in another form a writer might choose."""
    whole = match.group()
    amount = re.fullmatch(r"(\d+(?:\.\d+)?)(万亿|亿|万)(美元|元)?", whole)
    if amount:
        value = float(amount.group(1)) * _SCALES[amount.group(2)]
        currency = amount.group(3) or ""
        if currency == "美元" and rng.random() < 0.5:
            for scale, word in ((1e9, "billion"), (1e6, "million")):
                if value >= scale:
                    return f"${value / scale:g} {word} "
        if currency == "元" and rng.random() < 0.5:
            return f"{amount.group(1)}{amount.group(2)}人民币"
        return f"{value:,.0f}{currency}"
    percent = re.fullmatch(r"(\d+)%", whole)
    if percent and int(percent.group(1)) < 10000:
        return f"百分之{_chinese_numeral(int(percent.group(1)))}"
    date = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", whole)
    if date:
        year = date.group(1) or published[:4]
        return f"{year}-{int(date.group(2)):02d}-{int(date.group(3)):02d}"
    if re.fullmatch(r"\d{5,}", whole):
        return f"{int(whole):,}"
    return whole


_REWRITABLE = re.compile(
    r"(?<![\d.])(?:\d+(?:\.\d+)?(?:万亿|亿|万)(?:美元|元)?|\d+%|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{5,})"
)
_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff]{2})(科技|公司|集团)(?![大学院研])")


def _english_number(text: str) -> str | None:
    amount = re.search(r"(\d+(?:\.\d+)?)(亿|万)美元", text)
    if amount:
        value = float(amount.group(1)) * _SCALES[amount.group(2)]
        for scale, word in ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
            if value >= scale:
                return f"${value / scale:g} {word}"
    percent = re.search(r"(\d+(?:\.\d+)?)%", text)
    return f"{percent.group(1)} percent" if percent else None


def _latin_names(text: str) -> list[str]:
    return [
        m.group()
        for m in _LATIN_NAME.finditer(_URL.sub(" ", text))
        if len(m.group()) >= 3 and m.group() not in _NOT_NAMES
    ]


def _supported(article: Article, rng: random.Random) -> str:
    """A text made only of what the sources say, varied the way writers vary it."""
    sentences = list(article.sentences)
    rng.shuffle(sentences)
    keep = sentences[: max(1, rng.randint(len(sentences) // 2, len(sentences)))]
    parts = []
    if rng.random() < 0.5:
        parts.append(re.sub(r"^[^｜|]{1,6}[｜|]", "", article.title) + "。")
    for sentence in keep:
        if rng.random() < 0.3 and "，" in sentence:
            pieces = sentence.rstrip("。").split("，")
            sentence = "，".join(pieces[: rng.randint(1, len(pieces))]) + "。"
        parts.append(rng.choice(CONNECTIVES) + sentence)
    if rng.random() < 0.5:
        parts.append(rng.choice(COMMENTARY))
    text = "".join(parts)
    text = _REWRITABLE.sub(
        lambda m: _rewrite_number(m, article.published, rng) if rng.random() < 0.5 else m.group(),
        text,
    )
    if rng.random() < 0.5:
        text = _SUFFIX.sub("", text, count=1)
    for name in set(_latin_names(text)):
        if name.isupper() and name.isalpha() and len(name) >= 4 and rng.random() < 0.5:
            text = text.replace(name, name.capitalize())
    names = _latin_names(" ".join(article.sources[:-2]))
    figure = _english_number(text)
    if names and figure and rng.random() < 0.6:
        text += f"\nIn short, {rng.choice(names)}'s headline figure is {figure}."
    elif names and rng.random() < 0.3:
        text += f"\nMore on {rng.choice(names)}'s plans at the link below."
    link = rng.choice([f"[原文]({article.link})", f"来源：{article.link}", article.link])
    return f"{text}\n{link}"


def _changed_number(text: str, sources: str, rng: random.Random) -> tuple[str, str] | None:
    body = text.rsplit("\n", 1)[0]
    matches = [m for m in _DIGITS.finditer(body) if not _inside_url(body, m.start())]
    if not matches:
        return None
    match = rng.choice(matches)
    seen = {d.replace(",", "") for d in _DIGITS.findall(sources)}
    written = match.group()
    head, _, rest = written.partition(",")
    number = float(head)
    for factor in (1.3, 2, 0.7, 3, 1.1):
        changed = number * factor if "." in head else round(number * factor) or 7
        new_head = f"{changed:.1f}" if "." in head else str(int(changed))
        new = new_head + ("," + rest if rest else "")
        if new_head != head and new.replace(",", "") not in seen and new_head not in seen:
            return body[: match.start()] + new + text[match.end() :], new
    return None


def _inside_url(text: str, at: int) -> bool:
    return any(m.start() <= at < m.end() for m in _URL.finditer(text))


def _swapped_name(
    text: str, sources: str, present: list[str], pool: list[str], rng: random.Random
) -> tuple[str, str] | None:
    names = [n for n in present if n in text]
    lowered = sources.lower()
    foreign = [n for n in pool if n.lower() not in lowered]
    if not names or not foreign:
        return None
    old, new = rng.choice(names), rng.choice(foreign)
    return text.replace(old, new, 1), new


def _cases(articles: list[Article], rng: random.Random) -> list[tuple[Article, Case]]:
    latin_pool = sorted({n for a in articles for n in _latin_names(" ".join(a.sources[:-2]))})
    cases = []
    for article in articles:
        sources = "\n".join(article.sources)
        text = _supported(article, rng)
        cases.append((article, Case("supported", text)))
        number = _changed_number(text, sources, rng)
        if number:
            cases.append((article, Case("number", *number)))
        latin = _latin_names(" ".join(article.sources[:-2]))
        for kind, present, pool in (
            ("latin name", latin, latin_pool),
            ("chinese name", [n for n in CHINESE_NAMES if n in sources], CHINESE_NAMES),
        ):
            swapped = _swapped_name(text, sources, present, pool, rng)
            if swapped:
                cases.append((article, Case(kind, *swapped)))
        other = rng.choice([a for a in articles if a.link != article.link])
        cases.append((article, Case("link", text.replace(article.link, other.link), other.link)))
    return cases


def _covers(claim: Claim, planted: str) -> bool:
    if planted.startswith("http"):
        return canonical_url(claim.text) == canonical_url(planted)
    return planted in claim.text or claim.text in planted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=5, help="false alarms and misses shown")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3, help="variations of each article")
    args = parser.parse_args()
    if not MAKINOTES.exists():
        sys.exit(f"needs the makinotes data at {MAKINOTES}")
    articles = _articles()
    rng = random.Random(args.seed)
    cases = [case for _ in range(args.rounds) for case in _cases(articles, rng)]
    started = time.perf_counter()
    flagged: list[list[Claim]] = []
    for article, case in cases:
        flagged.append(unsupported(case.text, Evidence.build(article.sources)))
    seconds = time.perf_counter() - started
    base: set[str] = set()
    totals: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    known: Counter[tuple[bool, bool]] = Counter()  # (planted name in the built-in list, caught)
    alarms, misses = [], []
    for (_, case), claims in zip(cases, flagged, strict=True):  # supported text first
        totals[case.kind] += 1
        if case.kind == "supported":
            base = {c.text for c in claims}
            if claims:
                hits["supported"] += 1
                alarms.append(claims)
            continue
        new = [c for c in claims if c.text not in base]
        caught = any(_covers(c, case.planted) for c in new)
        hits[case.kind] += caught
        if not caught:
            misses.append(case)
        if case.kind == "chinese name":
            known[case.planted in WELL_KNOWN, caught] += 1
    print(f"{len(articles)} articles, {len(cases)} texts, {len(cases) / seconds:.0f} texts/s")
    print(f"{'planted error':<14} {'texts':>5} {'caught':>7}")
    planted = [k for k in totals if k != "supported"]
    for kind in planted:
        print(f"{kind:<14} {totals[kind]:>5} {hits[kind] / totals[kind]:>7.1%}")
    caught = sum(hits[k] for k in planted) / sum(totals[k] for k in planted)
    print(f"{'all':<14} {sum(totals[k] for k in planted):>5} {caught:>7.1%}   target >= 95%")
    for listed, label in ((True, "in"), (False, "not in")):
        total = known[listed, True] + known[listed, False]
        print(f"  chinese names {label} the built-in list of well-known names: ", end="")
        print(f"{known[listed, True]}/{total} caught")
    false_alarms = hits["supported"] / totals["supported"]
    print(
        f"supported texts wrongly flagged: {hits['supported']}/{totals['supported']} "
        f"= {false_alarms:.1%}   target <= 5%"
    )
    _probe(articles)
    for claims in alarms[: args.examples]:
        print(
            f"  false alarm: {[(c.kind.value, c.text) for c in claims]} in {claims[0].sentence!r}"
        )
    for case in misses[: args.examples]:
        print(f"  missed {case.kind} {case.planted!r} in {case.text[:160]!r}")


def _probe(articles: list[Article]) -> None:
    counts: Counter[str] = Counter()
    claims: Counter[tuple[str, str]] = Counter()
    texts = 0
    for article in articles:
        if not article.summary:
            continue
        texts += 1
        found = unsupported(article.summary, Evidence.build(article.sources))
        counts["flagged"] += bool(found)
        for claim in found:
            counts[claim.kind.value] += 1
            claims[claim.kind.value, claim.text] += 1
    print(
        f"real paraphrase probe (makinotes summaries): {counts['flagged']}/{texts} flagged; "
        f"claims: {counts['number']} numbers, {counts['name']} names, {counts['link']} links"
    )
    print("  most flagged: " + ", ".join(f"{t}({n})" for (_, t), n in claims.most_common(25)))


if __name__ == "__main__":
    main()
