"""Chinese words by jieba's dictionary, and Chinese numerals, shared by the story desk and
the verifier.

Chinese writes no capitals, so what the shape of a Latin word says ("Nvidia" is a name,
"shares" is not) has to come from a dictionary here.  jieba's holds some 350,000 words
with their part of speech; a word it tags a person, place, organisation or other proper
noun, or a word its HMM makes up because the dictionary lacks it (the new and the
invented: 澜星, 顾言, 程国梁), is most often a name.  The verifier reads the tags in
context (``jieba.posseg``, :mod:`newsdesk.editor._chinese_words`); grouping reads every headline
of a day and takes the faster way: plain segmentation and each word's dictionary tag
(:func:`headline_names`, about an eighth of the time).
"""

from __future__ import annotations

import logging
import re
from functools import cache, lru_cache
from typing import cast

import jieba

from newsdesk.aliases import entity_key

jieba.setLogLevel(logging.WARNING)

#: Chinese characters as a regex class body: the unified ideographs with extension A and
#: the compatibility block, so a rare character counts as Chinese wherever it is tested.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: One Chinese character: whether a text, a title or a claim is written in Chinese.
HAN_CHAR = re.compile(f"[{HAN}]")
#: A run of Chinese characters, for counting or reading a text's Chinese words.
HAN_RUN = re.compile(f"[{HAN}]+")

#: Words of the field that jieba's dictionary (older than the field) lacks, so that its
#: HMM makes them up as it makes up names: known words here, never names (算力达…).
FIELD_WORDS = frozenset(
    """算力 智算 大模型 小模型 基座 智能体 多智能体 具身 端侧 云端 多模态 跨模态 文生图
    文生视频 图生视频 生成式 预训练 后训练 微调 蒸馏 量化 推理 推理卡 训练卡 显存 显卡 加速卡
    光模块 液冷 智算中心 数据中心 算力券 算力池 词元 提示词 思维链 上下文 长文本 检索增强
    知识库 工作流 智驾 无人驾驶 自动驾驶 人形机器人 机器狗 灵巧手 世界模型 数字人 幻觉 对齐
    开源 闭源 开发者 刷榜 榜单 评测 基准 算法 模型 参数 语料 向量 嵌入 多轮 长程 编程 代码
    终端 助手 插件 应用 产品""".split()
)
#: Endings of organisation names; a writer may drop them (拓竹科技 is 拓竹, 清华大学 清华).
ORG_SUFFIXES = frozenset(
    """公司 集团 科技 智能 实验室 大学 学院 研究院 研究所 研究中心 资本 基金 基金会 银行 证券
    控股 股份 汽车 医院 团队""".split()
)

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
#: jieba's tags of proper nouns: persons (nr, nrt, nrfg), places, organisations, other
#: proper nouns, and abbreviations (京沪, 发改委).
_PROPER_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "j"})
#: Tags of words that are never part of a name: prepositions, conjunctions, particles,
#: adverbs, pronouns, numerals, measure words, interjections, directions, times.
_FUNCTION_TAGS = frozenset("p c u uj ul uz ud ug uv d r rr rz m mq q y e o f t".split())
_FUNCTION_CHARS = frozenset("的了在是和与被为把将又也都就再从向对给及或等")
#: A word that opens with one of these follows a number (2999元起, 40余人, 已致3人): the
#: segmenter cut the run of characters there, not at a name.
_AFTER_NUMBER = frozenset(
    "元余多亿万人岁个名级度号届次场部辆台架家条件张份只头所款项例起批枚颗吨克斤米亩升天秒周倍分球块城年月日致"
)


def headline_names(text: str) -> list[str]:
    """The words of a Chinese headline that name someone or something, in order.

    A name is a word of two characters or more that jieba's dictionary tags a proper
    noun (:data:`_PROPER_TAGS`); or that the dictionary lacks (the HMM's words: new and
    invented names), unless it opens with a function word (被行, 多地: a function word
    glued to its neighbour); or that the dictionary knows only as single characters in
    a row (韩|沐 is the singer 韩沐, 沪|渝 the highway); or that stands before an
    organisation suffix (启明汽车, 行云科技).  A place's name loses its administrative
    level (:data:`_PLACE_LEVELS`).  Not names: the field's words
    (:data:`FIELD_WORDS`), the alias table's names (their entity's key stands for them
    already), and pieces cut from after a number (:data:`_AFTER_NUMBER`).
    """
    names: list[str] = []
    for run in _HAN_RUN.findall(text):
        names.extend(_run_names(run))
    return names


@lru_cache(maxsize=1 << 16)
def _run_names(run: str) -> tuple[str, ...]:
    """The names of one run of Han characters (remembered: the segmenter is most of
    :func:`headline_names`' cost, and a day's headlines repeat their phrases, copies
    and hot lists their whole wording)."""
    words = jieba.lcut(run)
    if len(words) > 1 and _SINGLES_IN_A_ROW.search(" ".join(words)):
        words = _with_single_runs(words)
    last = len(words) - 1
    return tuple(
        _without_level(word)
        for index, word in enumerate(words)
        if (kind := _kind(word)) == _NAME
        or (kind == _CONTENT and index < last and words[index + 1] in ORG_SUFFIXES)
    )


_NAME, _CONTENT, _OTHER = 2, 1, 0
_SINGLES_IN_A_ROW = re.compile(r"(?:^| )\S \S(?: |$)")
#: Administrative levels a place's name may carry or drop: 阿克苏地区, 阿克苏市 and 阿克苏
#: are one place.
_PLACE_LEVELS = ("地区", "市", "县", "区", "省", "镇")


def _without_level(name: str) -> str:
    """The name without an administrative level (榕江县 -> 榕江); one of two characters
    stays whole (珙县, 城区)."""
    for level in _PLACE_LEVELS:
        if name.endswith(level) and len(name) - len(level) >= 2:
            return name[: -len(level)]
    return name


def is_place(name: str) -> bool:
    """True for a name jieba's dictionary tags a place (北京, 泰国, 榕江 as 榕江县 too)."""
    return _tag(name) == "ns" or any(_tag(name + level) == "ns" for level in _PLACE_LEVELS)


def _tag(word: str) -> str | None:
    """jieba's dictionary tag of a word, None for a word it lacks."""
    tag = _tag_table().get(word.encode("utf-8"))
    return None if tag is None else tag.decode("utf-8")


@cache
def _tag_table() -> dict[bytes, bytes]:
    """jieba's part-of-speech dictionary (word -> tag, both UTF-8), read on first use from
    the file its tagger reads (``word frequency tag`` a line); :func:`_tag` looks a word up.

    Read here in one split rather than by importing ``jieba.posseg``: its HMM tables
    and line-by-line reading cost about 0.4 s of processor time, which grouping paid in
    every run (a tenth of grouping 5,000 headlines) and a command reading no Chinese
    (``newsdesk --help``) never needs.  The split is of the file's bytes, not its
    decoded text: a third of a million words and tags made as bytes and put in a dict
    take 0.14 s where strings took 0.24 (grouping pays it once a run; a run's lookups are
    a few thousand, each encoding its word).  A dictionary with a line that is not three
    fields (or a blank line) is left to the tagger, which says where it is malformed.
    """
    with jieba.dt.get_dict_file() as file:
        raw = file.read()
    fields = raw.split()
    if len(fields) != 3 * (raw.count(b"\n") + (not raw.endswith(b"\n"))):
        from jieba import posseg

        table = cast(dict[str, str], posseg.dt.word_tag_tab)
        return {word.encode("utf-8"): tag.encode("utf-8") for word, tag in table.items()}
    return dict(zip(fields[0::3], fields[2::3], strict=True))


@lru_cache(maxsize=1 << 16)
def _kind(word: str) -> int:
    """What a word is to :func:`headline_names` (remembered: a day repeats its words): a
    name, a content word (a name before an organisation suffix), or neither."""
    if len(word) < 2 or word in FIELD_WORDS or word[0] in _AFTER_NUMBER or entity_key(word):
        return _OTHER
    jieba.dt.check_initialized()
    if not jieba.dt.FREQ.get(word):  # the HMM's word: a name, unless it opens with a
        return _OTHER if _tag(word[0]) in _FUNCTION_TAGS else _NAME  # function word
    tag = _tag(word) or ""
    if tag in _PROPER_TAGS:
        return _NAME
    return _OTHER if tag in _FUNCTION_TAGS else _CONTENT


def _with_single_runs(words: list[str]) -> list[str]:
    """The words with each run of two or more single content characters joined into one
    (韩|沐 -> 韩沐): a name the dictionary lacks, cut into the characters it knows."""
    out: list[str] = []
    singles: list[str] = []
    for word in [*words, ""]:
        if len(word) == 1 and word not in _FUNCTION_CHARS and _tag(word) not in _FUNCTION_TAGS:
            singles.append(word)
            continue
        if len(singles) > 1:
            out.append("".join(singles))
        else:
            out.extend(singles)
        singles = []
        out.append(word)
    return out[:-1]


#: The digits of Chinese numerals, and the small units (万 and 亿 are read apart).
ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
ZH_DIGITS |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_SMALL = {"十": 10, "百": 100, "千": 1000}


def chinese_numeral(text: str) -> float | None:
    """The value of Chinese numerals: 五十亿 is 5e9, 二〇二六 is 2026, 九十九点五 is 99.5."""
    whole, _, fraction = text.partition("点")
    if fraction and not all(c in ZH_DIGITS for c in fraction):
        return None
    if whole and all(c in ZH_DIGITS for c in whole):
        value = float("".join(str(ZH_DIGITS[c]) for c in whole))
    else:
        total, section, digit = 0.0, 0.0, 0.0
        for char in whole:
            if char in ZH_DIGITS:
                digit = ZH_DIGITS[char]
            elif char in _ZH_SMALL:
                section += (digit or 1) * _ZH_SMALL[char]
                digit = 0
            elif char == "万":
                total += (section + digit) * 1e4
                section = digit = 0
            else:  # 亿
                total = (total + section + digit) * 1e8
                section = digit = 0
        value = total + section + digit
    if fraction:
        value += float("0." + "".join(str(ZH_DIGITS[c]) for c in fraction))
    return value or None


#: A pair of ASCII round brackets with nothing bracketed inside.
_ROUND_BRACKETS = re.compile(r"\(([^()\n]*)\)")


def full_width_brackets(text: str) -> str:
    """The text with round brackets in Chinese prose full-width, as a Chinese editor sets
    them ("编码器（ViT4TS）", "（附：更新）"): a pair beside or around a Chinese character.
    A pair in Latin text ("GPT-4o (mini)", "f(x)") stays as it is."""

    def full_width(match: re.Match[str]) -> str:
        before = text[match.start() - 1 : match.start()]
        after = text[match.end() : match.end() + 1]
        if HAN_CHAR.search(match.group(1)) or HAN_CHAR.match(before) or HAN_CHAR.match(after):
            return f"（{match.group(1)}）"
        return match.group()

    return _ROUND_BRACKETS.sub(full_width, text)
