"""AI relevance and category of a story: learned from labelled stories, corrected by rules.

With the bundled encoder, both come from the learned model (:mod:`._learned`): the
story's vector (the mean of its items') and which keywords its titles and texts name
(for the category also the words they use), weighed as labelled AI news taught.  The
category model knows the default taxonomy; a taxonomy with other keys is judged
zero-shot: each category's description lines are embedded once, a story scores its best
lines per category, and keyword rules lean the choice (a story whose titles say "融资"
or "raises" is likelier funding news than its vector alone says).  Source rules lean
either way.  Without the learned model (another encoder) relevance is zero-shot too: the
story against the AI taxonomy versus lines describing general news (sport, weather,
entertainment...), pushed up by AI keywords.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from newsdesk.aliases import ai_entities, ends_a_word, mentions
from newsdesk.config import AI_KEYWORDS, CategoryConfig
from newsdesk.desk._context import ContextStory, lift_by_context
from newsdesk.desk._embed import Embedder, vector_space
from newsdesk.desk._learned import (
    LearnedModel,
    category_features,
    load_model,
    relevance_features,
)
from newsdesk.desk._text import is_how_to, nfkc
from newsdesk.model import DeskItem

FloatArray = npt.NDArray[np.float32]

#: Lines that describe news which is not about AI, one or two per top-level news subject
#: of the IPTC Media Topics (all but science & technology); the other side of relevance.
GENERAL_NEWS = (
    "演唱会、电影票房、综艺节目和明星婚恋",
    "A film tops the box office, a singer announces a tour, a celebrity enters rehab",
    "警方逮捕嫌疑人，法院判决刑事案件",
    "Police arrest a suspect in a shooting and a court sentences a killer",
    "地震、火灾、台风、暴雨和交通事故造成伤亡",
    "An earthquake, a fire, a storm or a highway crash leaves people dead and injured",
    "股市涨跌、油价和央行利率，房地产市场",
    "Stocks fall, oil prices rise and the central bank changes interest rates",
    "高考、学校招生、大学排名和教育改革",
    "Schools, exams, university admissions and teachers",
    "环境污染、气候变化、野生动物保护",
    "Pollution, climate change and endangered wildlife",
    "医院、疾病、疫苗和公共卫生",
    "A hospital, a disease outbreak, a vaccine and public health officials",
    "美食、旅游、时尚、奶茶联名和生活方式",
    "Travel, food, fashion, a new drink flavour and weekend leisure",
    "选举、议会投票、政府官员和外交访问",
    "An election, a parliament vote, a minister resigns and a state visit",
    "罢工、就业、工资和养老金",
    "Workers strike over wages, unemployment and pensions",
    "足球、篮球比赛结果，球员转会和马拉松",
    "A team wins the match, a player signs a contract or is injured, a marathon is held",
    "战争、冲突、军队和难民",
    "War, fighting, troops and refugees",
    "天气预报、高温和寒潮预警",
    "The weather forecast: a heat wave, snow and a cold front",
    "城市地铁新线开通、道路施工和本地社区新闻",
    "A new metro line opens, road works and local community news",
    "新款手机、电脑和家电发布，价格与续航",
    "A new phone, laptop or appliance goes on sale with its price and battery life",
    "软件漏洞补丁、网站宕机和电脑爱好者的老机器修复",
    "A software patch for a browser bug, a website outage, a hobbyist restores an old computer",
)
#: How strongly the vector margin (AI minus general) moves relevance: a margin of 0.1
#: past the centre moves the logit by 1.5, so clear cases land near 0 or 1.
_MARGIN_SCALE = 15.0
#: The margin at which a story without AI keywords is a coin toss.  AI news has a median
#: margin near 0.2 and general news near 0, so the centre sits between, nearer the
#: general side because AI keywords rescue most AI stories (bench/categories.py).
_MARGIN_CENTRE = 0.06
#: Logit added when an AI keyword appears in a title (in the text: 1.5).
_KEYWORD_LOGIT = 2.5
_TEXT_KEYWORD_LOGIT = 1.5
#: Words of AI_KEYWORDS that also mean other things ("free agent", "fashion model").
_AMBIGUOUS = frozenset(
    """agent agents model models benchmark inference robot robots robotics transformer diffusion
     neural embedding embeddings GPU CUDA Nvidia humanoid chatbot copilot multimodal MoE FP8
     TFLOPS RAG 芯片 算力 机器人""".split()
) | {"model weights", "reinforcement learning"}
#: Words of AI_KEYWORDS that are also people's or everyday names (Jean-Claude, a llama,
#: the mistral wind): a title naming them alone does not make a story AI news.
_ALSO_NAMES = frozenset({"Claude", "Gemini", "Llama", "Mistral"})
#: Relevance of a story whose title names AI outright (大模型, ChatGPT, 人工智能, LLM…)
#: at least: above the default minimum (0.5) whatever its vector says.  The learned
#: model leans on the vector, which scores such stories low when their subject is
#: medicine, a company's staff or a funding round ("超4000万美国人每日用ChatGPT获取医疗
#: 信息" 0.22 without this floor).
_TITLE_SAYS_AI = 0.6
#: A short bracketed label in a title (`（AI资讯）`, `【AI日报】`, `[AINews]`): a feed's or
#: a column's name, not what the story is about.
_TITLE_LABEL = re.compile(r"（[^（）]{1,12}）|【[^【】]{1,12}】|\[[^\[\]]{1,12}\]|\([^()]{1,12}\)")
#: What a text's opening subject may follow: spaces, punctuation, and an article or a
#: "this"/"its" (``text_says_ai``).
_TEXT_OPENING = re.compile(r"^[\W_]*(?:(?:the|a|an|this|its)\s+)?", re.IGNORECASE)
#: A column's name that a text may open with, a bracketed one of any length (`【AI早报 |
#: 12月5日】`) or a digest's name before a colon or a bar (`AI 热榜：`, `AI Daily |`):
#: what the feed is, not what the story is about, as a title's label is not.
_TEXT_LABEL = re.compile(
    r"^\s*(?:【[^【】\n]{1,40}】|\[[^\[\]\n]{1,40}\]"
    r"|[^，。：:｜|\n]{0,12}(?:早报|日报|晚报|周报|快讯|速递|热榜|热搜|简报|daily|weekly|digest"
    r"|briefing|newsletter)[\s\d年月日号期第./-]{0,16}[：:｜|])",
    re.IGNORECASE,
)
#: What a short run of Chinese before a text's opening AI word must not hold to be one
#: compound headed by it (代码大模型, 国产AI芯片): a conjunction makes two heads (生物与AI),
#: a negation or an exclusion makes the thing what is not AI (非AI业务, 没有AI, 除AI外).
_NOT_A_COMPOUND = re.compile(r"[与和及或跟同非不无没除反]")
#: The run itself: up to four Chinese characters.
_COMPOUND_HEAD = re.compile(r"[\u4e00-\u9fff]{1,4}")
#: An opening "AI" that is no AI: a person named Ai (Ai Weiwei, Ai Fukuhara; "AI" is
#: written in capitals) or an Air India flight (AI171).
_NOT_AI = re.compile(r"Ai\s+[A-Z]|AI\d{2,4}(?!\d)")
#: What makes a text's 视频生成 or 图像生成 a verb, not AI's craft: "该视频生成于 2019 年"
#: (a fact check's "the video was made in").
_MADE_AT = re.compile(r"于|时间|日期")
#: What follows the rest of a Latin word cut at the end of a text's window.
_AFTER_CUT_WORD = re.compile(r"[^A-Za-z].*", re.DOTALL)
#: Words of the trades around AI (compute, chips, data centres, driverless cars, agents)
#: that the learned relevance reads beside AI_KEYWORDS: a GPU-rental or data-centre
#: story names no model, yet it is AI news.
_AI_TRADES = (
    "数据中心", "智算", "算力", "显卡", "加速卡", "HBM", "英伟达", "光模块", "晶圆", "芯片",
    "自动驾驶", "无人驾驶", "智驾", "具身", "人形机器人", "机器狗", "灵巧手", "Robotaxi",
    "智能体", "Token", "提示词", "Prompt", "Agent", "Agents", "OpenClaw", "Clawdbot",
    "Copilot", "Codex", "Cursor", "Hugging Face", "data center", "data centre", "datacenter",
    "data centers", "data centres", "GPUs", "accelerator", "accelerators", "AI chip",
    "AI chips", "self-driving", "driverless", "robotaxi", "tokens", "prompt",
)  # fmt: skip
#: Words of the craft of AI (how models are made, measured, used and misused; compute and
#: robots) that neither AI_KEYWORDS nor the trades hold, for learned relevance: AI news
#: about a company, model or lab the reader does not know names no AI keyword, yet its
#: title or text speaks of weights, 数据集, 推理芯片, deepfakes or a leaderboard.  Most
#: also mean other things (训练, 推理, tokens), so they are one flag the fit weighs, and
#: they decide only with the vector.
_AI_CRAFT = (
    "模型", "权重", "预训练", "微调", "蒸馏", "推理", "训练数据", "对齐", "幻觉", "上下文",
    "多模态", "生成式", "文生图", "文生视频", "图生视频", "语音合成", "语音识别", "声音克隆",
    "克隆声音", "数字人", "深度伪造", "换脸", "向量数据库", "数据集", "评测集", "基准测试",
    "榜单", "强化学习", "神经网络", "注意力机制", "编程助手", "代码生成", "预印本", "顶会",
    "越狱", "提示注入", "通用人工智能", "AGI", "AI芯片", "推理芯片", "TPU", "NPU", "昇腾",
    "液冷", "超算", "机械臂", "人形", "无人配送", "weights", "open-weights", "parameters",
    "pretraining", "pre-training", "fine-tune", "fine-tuned", "distilled", "distillation",
    "alignment", "hallucination", "hallucinations", "prompts", "context window",
    "generative", "text-to-image", "text-to-video", "text-to-speech", "speech recognition",
    "voice cloning", "cloned voice", "cloned voices", "deepfake", "deepfakes", "chatbots",
    "voice assistant", "coding assistant", "language model", "language models",
    "vector database", "dataset", "datasets", "benchmarks", "leaderboard", "evals",
    "jailbreak", "prompt injection", "red-teaming", "NeurIPS", "ICML", "ICLR", "CVPR",
    "arXiv", "preprint", "superintelligence", "TPUs", "liquid cooling", "humanoids",
    "embodied", "robotaxis", "autonomous driving", "agentic",
)  # fmt: skip
#: Words of AI's craft that mean nothing but AI wherever they stand, in a headline or in
#: a story's text: a chatbot, a deepfake, a cloned voice, pretraining, a language model,
#: text-to-image, a model that speaks, hears, composes, reasons, reads images, chats,
#: translates, makes or edits images or video or embeds text, training a model (训练模型:
#: a fashion model is 模特), an assistant that codes or chats, the decoding trick, the
#: context window of language models and the vector database that holds their
#: embeddings, generating video or images, the field's own conferences, AI's servers
#: as its chips, AI policy's term for the strongest models, their makers and their
#: risks (frontier models, frontier labs), and agents that code or work a browser (an
#: FBI or estate agent does neither).  Every labelled row of every set whose title or
#: text names one is AI news but a held science digest whose text names a reasoning
#: model among its topics, a labelling question (``docs/benchmarks.md``).  They stay out
#: of the learned features (its fit is shared with the category model); they set the
#: title floor as a trade does.  A suffixed form (文生图片, 视频生成器) stands before its stem: a
#: pattern takes the first alternative that matches, and the stem alone ends inside the
#: segmenter's word (:func:`_is_a_word`).
_AI_ONLY = (
    "chatbot", "chatbots", "聊天机器人", "deepfake", "deepfakes", "深度伪造", "AI换脸",
    "声音克隆", "克隆声音", "voice cloning", "cloned voice", "cloned voices", "pretraining",
    "pre-training", "预训练", "language model", "language models", "语言模型", "文生图片",
    "文生图像", "文生图", "文生视频", "图生视频", "text-to-image", "text-to-video", "无人配送",
    "robotaxis", "superintelligence", "通用人工智能", "NeurIPS", "ICML", "ICLR", "CVPR",
    "speech model", "speech models", "voice model", "voice models", "music model",
    "music models", "coding assistant", "coding assistants", "chat assistant",
    "chat assistants", "speculative decoding", "投机解码", "视频生成器", "图像生成器", "视频生成",
    "图像生成", "WAIC", "context window", "context windows", "上下文窗口", "长上下文",
    "AI server", "AI servers", "AI服务器", "reasoning model", "reasoning models", "推理模型",
    "multimodal model", "multimodal models", "多模态模型", "chat model", "chat models",
    "对话模型", "translation model", "translation models", "翻译模型", "image-editing model",
    "image-editing models", "image-generation model", "image-generation models",
    "video-generation model", "video-generation models", "image model", "image models",
    "video model", "video models", "embedding model", "embedding models", "图像编辑模型",
    "图像模型", "视频模型", "嵌入模型", "训练大模型", "训练模型", "模型训练", "向量数据库",
    "vector database", "vector databases", "frontier model", "frontier models", "frontier lab",
    "frontier labs", "frontier risk", "frontier risks", "前沿模型", "coding agent",
    "coding agents", "browser agent", "browser agents", "computer-use agent",
    "computer-use agents", "编程智能体", "浏览器智能体",
)  # fmt: skip
#: AI's craft in shapes a list of words cannot hold: a voice cloned in any form of the
#: verb ("cloning their voices", as "voice cloning" is; not a voice box, the larynx
#: biology clones), and a model sized by its parameters ("a 3B on-device model",
#: "1T-parameter model", "70亿参数", "万亿参数"; not money, "$4B into a new model line",
#: nor a bare T, a turbo engine's size: "the 2.0T model"): no other model is counted in
#: billions of parameters.  In a title or a text they say AI as :data:`_AI_ONLY` does.
_AI_ONLY_SHAPES = re.compile(
    r"(?<![A-Za-z])(?i:clon(?:e|es|ed|ing)\s+(?:[a-z']+\s+){0,2}voices?)(?![A-Za-z]|\s+box)"
    r"|(?<![\w$€£¥.])\d+(?:\.\d+)?(?:B[- ](?:(?:parameter|on-device|open|open-weight|dense"
    r"|base|language|reasoning|vision|chat)[- ])?|T[- ]parameter[- ])models?(?![A-Za-z])"
    r"|(?<![\w.])\d+(?:\.\d+)?\s?[BT]\s?参数|[\d千百万十]+亿参数"
)
#: Those of the trades that mean nothing else, and smart glasses (AI hardware: a device
#: made to carry an assistant): in a title they make a story AI news as an AI keyword does
#: (the trades are AI news, the issue's own words: compute, chips, data centres,
#: robotics).  Not 芯片 (a phone's), Token (a coin's), Agent or Cursor, nor glasses alone
#: (a gaming display's).  算力 and Nvidia are compute whatever else a title says (算力租赁
#: 降价, an Nvidia share price), as 英伟达 is.  Smart glasses are not a flag of the
#: learned relevance: its training rows hold too few to weigh one.  An assistant on a
#: phone or a desktop is software that acts for its user, as smart glasses carry one (a
#: person's "assistant" alone is not).  Not 手机助手: 360手机助手 and 百度手机助手 are app
#: stores.  A data centre's racks (server racks, a rack's power, 机柜功率) are a data
#: centre's (not a bike's rack, nor "racks up").  In a text these name compute and
#: devices in passing (a laptop's Nvidia graphics, a data-centre consultant): titles only.
_TRADES_IN_TITLE = (
    "数据中心", "智算", "算力", "加速卡", "HBM", "英伟达", "Nvidia", "光模块", "人形机器人",
    "具身", "机器狗", "灵巧手", "Robotaxi", "自动驾驶", "无人驾驶", "智能体", "OpenClaw",
    "Clawdbot", "智能眼镜", "Claude Code", "Hugging Face", "data center", "data centre",
    "datacenter", "data centers", "data centres", "AI chip", "AI chips", "self-driving",
    "driverless", "smart glasses", "phone assistant", "phone assistants",
    "desktop assistant", "desktop assistants", "桌面助手", "server rack", "server racks",
    "rack power", "rack-scale", "机柜功率",
)  # fmt: skip
#: What a headline says of a person's assistant: one hired for the phone or the desk
#: ("Clinic hires phone assistant…", "is hiring a phone assistant", "Phone assistant
#: wanted") is a job, not software acting for its user; one the hire is for ("hiring
#: engineers for its desktop assistant") is still the software.  Up to two words may
#: stand between the hiring and the assistant, none of them a preposition or an owner.
_HIRING = re.compile(
    r"(?<![A-Za-z])(?:hire|hires|hired|hiring|recruits?|recruiting|jobs?|vacanc(?:y|ies)"
    r"|employs?|employed)\W+(?:(?!(?:for|to|on|at|of|with|its|their|his|her|our)\W)"
    r"[A-Za-z-]+\W+){0,2}$|(?:招聘|聘请|招募)\W*$",
    re.IGNORECASE,
)
#: ... and a job's words after the assistant.
_WANTED = re.compile(r"\W+(?:wanted|jobs?|vacanc(?:y|ies))(?![A-Za-z])|\W*岗位", re.IGNORECASE)
#: An assistant of the title floor that may be a person's job (:data:`_HIRING`).
_ASSISTANT = re.compile(r"assistants?$|助手$", re.IGNORECASE)
#: AI words of the title floor that act on a thing or qualify one ("Fine-tuning its
#: defence…", "Self-driving holidays…"): a text opening with one need not be about an AI
#: thing, as a text opening with a noun of AI ("AI 助手…", "The AI startup…") is.
_NOT_A_SUBJECT = frozenset({"fine-tuning", "self-driving", "driverless"})
#: A title saying that something was open-sourced, ...
_OPENED = re.compile(r"开源|(?<![A-Za-z])open[- ]?sourc(?:e|es|ed|ing)(?![A-Za-z])", re.IGNORECASE)
#: ... that names a repository, framework, tool, library or dataset, or an agent, a
#: project or a platform (an agent's code is open source as a framework's is:
#: ``taxonomy.yaml``), ...
_OPENED_THING = re.compile(
    r"框架|工具|库|数据集|系统|套件|插件|智能体|项目|神器|编程|助手|平台"
    r"|(?<![A-Za-z])(?:framework|frameworks|library|libraries|toolkit|tool|tools|dataset"
    r"|datasets|SDK|CLI|repo|repository|harness|engine|server|agent|agents|project|app"
    r"|assistant|platform)(?![A-Za-z])",
    re.IGNORECASE,
)
#: A dataset a title says was open-sourced is training data (every labelled headline
#: naming one is AI news); one a statistics office publishes is not (no "open source").
_DATASET = re.compile(r"数据集|(?<![A-Za-z])datasets?(?![A-Za-z])", re.IGNORECASE)
#: ... and no model (weights, parameters): the precedence of ``taxonomy.yaml``
#: (papers > models > open_source; open weights are a model, ``open_source`` is for
#: repositories, frameworks, tools and open datasets).
_OPENED_MODEL = re.compile(
    r"模型|权重|参数|(?<![A-Za-z])(?:model|models|weights|LLM|LLMs)(?![A-Za-z])", re.IGNORECASE
)
#: What that rule adds to ``open_source``'s learned probability: more than any other
#: category's can be, so the rule decides (chosen by leave-one-set-out, see
#: ``bench/fit_categories.py``).
_OPENED_LEAN = 1.0
#: Share of items from a category's sources that adds the most this lean can give.
_SOURCE_LEAN = 0.08
#: The most the keyword rules can add to a category's score; one title hit gives 86% of
#: it.  Vector scores of one story differ by about 0.05 between categories, so a rule
#: that fires decides close calls but not clear ones.
_KEYWORD_LEAN = 0.10


def _keyword_pattern(words: Sequence[str]) -> re.Pattern[str] | None:
    """Latin keywords match whole words (case-insensitive); Chinese ones anywhere."""
    parts = []
    for word in words:
        escaped = re.escape(word)
        parts.append(
            escaped if re.search(r"[^\x00-\x7f]", word) else rf"(?<![A-Za-z]){escaped}(?![A-Za-z])"
        )
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


@dataclass(frozen=True, slots=True, eq=False)
class Taxonomy:
    """Categories ready for classifying: embedded description lines and compiled rules."""

    #: The categories, in config order.
    categories: tuple[CategoryConfig, ...]
    #: One unit row per description line.
    lines: FloatArray
    #: Category index of each line.
    owner: npt.NDArray[np.intp]
    #: Unit rows of :data:`GENERAL_NEWS`.
    general: FloatArray
    #: Per category: its keywords as one pattern (None without keywords).
    keywords: tuple[re.Pattern[str] | None, ...]
    #: The built-in AI keywords, for relevance: those that mean AI wherever they stand,
    #: and those that also mean other things ("free agent", "fashion model").
    ai_keywords: re.Pattern[str]
    ai_ambiguous: re.Pattern[str]
    #: Those of the first that no other subject uses (not :data:`_ALSO_NAMES`): in a
    #: title they make the story AI news.
    ai_in_title: re.Pattern[str]
    #: Words of AI's craft that mean AI in a text too (:data:`_AI_ONLY`).
    ai_in_text: re.Pattern[str]
    #: Words of the trades around AI (:data:`_AI_TRADES`) and of its craft
    #: (:data:`_AI_CRAFT`), for learned relevance.
    ai_trades: re.Pattern[str]
    ai_craft: re.Pattern[str]
    #: The learned model for these vectors (None: another encoder, judged zero-shot).
    model: LearnedModel | None
    #: Whether the learned model knows these categories (the default keys).
    learned_categories: bool


def build_taxonomy(
    categories: Sequence[CategoryConfig], embedder: Embedder, *, learned: bool = True
) -> Taxonomy:
    """Embed the categories' lines and compile their rules; ``learned=False`` keeps to
    the zero-shot judgement (for comparing the two)."""
    lines: list[str] = []
    owner: list[int] = []
    for index, category in enumerate(categories):
        for line in category.description.splitlines():
            if line.strip():
                lines.append(line.strip())
                owner.append(index)
        lines.append(f"{category.zh} {category.en}")
        owner.append(index)
    vectors = embedder.embed(lines + list(GENERAL_NEWS))
    ai_pattern = _keyword_pattern([k for k in AI_KEYWORDS if k not in _AMBIGUOUS])
    ambiguous = _keyword_pattern(sorted(_AMBIGUOUS))
    trades = _keyword_pattern(_AI_TRADES)
    craft = _keyword_pattern(_AI_CRAFT)
    in_title = _keyword_pattern(
        [k for k in AI_KEYWORDS if k not in _AMBIGUOUS and k not in _ALSO_NAMES]
        + list(_TRADES_IN_TITLE)
        + list(_AI_ONLY)
    )
    in_text = _keyword_pattern(_AI_ONLY)
    assert ai_pattern is not None and ambiguous is not None
    assert trades is not None and craft is not None
    assert in_title is not None and in_text is not None
    model = load_model() if learned else None
    if model is not None and vector_space(model.embedder) != vector_space(embedder.name):
        model = None
    keys = {c.key for c in categories}
    return Taxonomy(
        categories=tuple(categories),
        lines=vectors[: len(lines)],
        owner=np.asarray(owner, dtype=np.intp),
        general=vectors[len(lines) :],
        keywords=tuple(_keyword_pattern(c.keywords) for c in categories),
        ai_keywords=ai_pattern,
        ai_ambiguous=ambiguous,
        ai_in_title=in_title,
        ai_in_text=in_text,
        ai_trades=trades,
        ai_craft=craft,
        model=model,
        learned_categories=model is not None and keys == set(model.category_keys),
    )


@dataclass(frozen=True, slots=True)
class Assessment:
    """A story's category and AI relevance, with the scores they came from."""

    #: Category key.
    category: str
    #: Probability-like AI relevance in [0, 1].
    relevance: float
    #: Score of every category by key: the learned probability (or, zero-shot, the
    #: vector similarity) plus what the rules add.
    category_scores: dict[str, float]


def centroid(items: Sequence[DeskItem]) -> FloatArray:
    """Mean of the items' vectors, unit length (the story's vector)."""
    stacked = np.vstack([np.asarray(i.vector, dtype=np.float32) for i in items])
    mean = stacked.mean(axis=0)
    norm = float(np.linalg.norm(mean)) or 1.0
    unit: FloatArray = (mean / norm).astype(np.float32)
    return unit


def _hits(pattern: re.Pattern[str] | None, text: str) -> int:
    return 0 if pattern is None else len({m.group().lower() for m in pattern.finditer(text)})


def assess_story(
    items: Sequence[DeskItem],
    taxonomy: Taxonomy,
    source_labels: dict[str, frozenset[str]],
) -> Assessment:
    """Judge one story from its items.

    ``source_labels`` maps a source id to the names a category's ``sources`` rule may
    use for it: its id, its kind and its tags.
    """
    vector = centroid(items)
    titles = "\n".join(i.title for i in items)
    texts = "\n".join(i.text[:500] for i in items)
    line_scores = taxonomy.lines @ vector
    if taxonomy.learned_categories:
        assert taxonomy.model is not None
        model = taxonomy.model
        features = category_features(vector, taxonomy.keywords, titles, texts, model.word_buckets)
        learned = model.category_probabilities(features, f"{titles}\n{texts}")
        base = dict(zip(model.category_keys, learned.tolist(), strict=True))
        if "open_source" in base and opens_a_tool(titles):
            base["open_source"] += _OPENED_LEAN
    else:
        base = _zero_shot(taxonomy, line_scores, titles, texts)
    scores: dict[str, float] = {}
    for category in taxonomy.categories:
        wanted = set(category.sources)
        share = sum(bool(source_labels.get(i.source_id, frozenset()) & wanted) for i in items)
        lean = _SOURCE_LEAN * share / len(items)
        scores[category.key] = round(base[category.key] + lean, 4)
    best = max(scores, key=lambda key: scores[key])
    if taxonomy.model is not None:
        features = relevance_features(vector, relevance_patterns(taxonomy), titles, texts)
        relevance = taxonomy.model.relevance(features)
    else:
        relevance = _zero_shot_relevance(taxonomy, vector, line_scores, titles, texts)
    if title_names_ai(taxonomy, titles) or any(text_says_ai(taxonomy, i.text) for i in items):
        relevance = max(relevance, _TITLE_SAYS_AI)
    return Assessment(category=best, relevance=round(relevance, 4), category_scores=scores)


def relevance_in_context(
    stories: Sequence[ContextStory], minimum: float, earlier: Sequence[float | None] = ()
) -> list[float]:
    """The relevance of stories judged together: a story whose headline names a name
    that other stories kept as AI news are about is AI news as well, at the title floor
    (:mod:`newsdesk.desk._context`).

    ``earlier``: each story's relevance as a run before this one left it.  A lift it
    gave stands: a later run's window no longer holding the stories that taught it is
    the clock moving, not news, and an edition must not drop or demote the story for it.
    """
    lifted = lift_by_context(stories, minimum, _TITLE_SAYS_AI)
    if not earlier:
        return lifted
    return [
        max(now, _TITLE_SAYS_AI) if before == _TITLE_SAYS_AI else now
        for now, before in zip(lifted, earlier, strict=True)
    ]


def opens_a_tool(titles: str) -> bool:
    """Whether a title says a repository, framework, tool, dataset or agent was
    open-sourced, names no model and is no how-to (a guide to using or deploying an open
    tool is ``products``, as every tutorial is): the taxonomy's own rule for
    ``open_source``, which the learned model, fitted on writers who mostly open-source
    models, reads as a product launch."""
    return bool(
        _OPENED.search(titles)
        and _OPENED_THING.search(titles)
        and not _OPENED_MODEL.search(titles)
        and not is_how_to(titles)
    )


def title_names_ai(taxonomy: Taxonomy, titles: str) -> bool:
    """Whether a title names AI outright, outside a bracketed label (see
    :data:`_TITLE_SAYS_AI`): an AI keyword, a trade of AI, a shape of AI's craft
    (:data:`_AI_ONLY_SHAPES`), a dataset given out as open source (:data:`_DATASET`), or
    an entity the alias table marks as AI's (月之暗面, 宇树, 杨植麟), whose business,
    staff and stage shows are AI news though their headlines name no AI word.
    Full-width letters are read as ASCII (ＡＩ is AI); a phone's or a desktop's assistant
    does not count in a headline that hires one (a person's job)."""
    unlabelled = _TITLE_LABEL.sub(" ", nfkc(titles))
    if _AI_ONLY_SHAPES.search(unlabelled) is not None:
        return True
    if _OPENED.search(unlabelled) and _DATASET.search(unlabelled):
        return True
    for found in taxonomy.ai_in_title.finditer(unlabelled):
        if _is_a_word(unlabelled, found) and not _is_hired(unlabelled, found):
            return True
    return not ai_entities().isdisjoint(mentions(unlabelled))


def _is_hired(title: str, found: re.Match[str]) -> bool:
    """Whether an assistant the title names is the one a job hires (:data:`_HIRING`)."""
    return _ASSISTANT.search(found.group()) is not None and (
        _HIRING.search(title, 0, found.start()) is not None
        or _WANTED.match(title, found.end()) is not None
    )


def _is_a_word(text: str, found: re.Match[str]) -> bool:
    """Whether a keyword found in a text is that word there: a Chinese one must end where
    the segmenter ends a word (文生图 is not in 论文生图表, 论文 + 生 + 图表; 智能体 not in
    智能体验).  Its start is not asked: the segmenter joins a word's first character to
    what stands before it (手上 + 线图 in 快手上线图生视频, 和文 in 和文生视频, 图文 in
    图文生视频), and a Chinese compound's last character is its head, which says what
    the thing is.  A Latin one is matched as a whole word already."""
    return found.group().isascii() or ends_a_word(text, found.start(), found.end())


def text_says_ai(taxonomy: Taxonomy, text: str) -> bool:
    """Whether a story's text (its first 500 characters, as the learned model reads it,
    and the rest of a word they cut) says it is AI news: it names a word of AI's craft
    that means nothing else (:data:`_AI_ONLY`: "a 256k context window", "to train a
    voice model"), or it opens, after any column's name, with an AI word, its subject
    being an AI thing ("AI 编程工具被曝…", "AI 助手青禾调整会员方案…", "The AI
    startup…", or a compound headed by one: "代码大模型新版本发布…").  Not an AI word
    anywhere in it: a text names AI in passing ("…对比人脑与 AI 的本质区别", "虽然这游戏
    不 AI"), and digests of science or of developer tools name it beside everything
    else.  Full-width letters are read as
    ASCII; an opening word that acts on or qualifies a thing (:data:`_NOT_A_SUBJECT`)
    is no AI subject; a Chinese word must be whole words there (:func:`_is_a_word`)."""
    # A word cut by the window is read whole: "a speech model|led on Lincoln's" is no model.
    window = nfkc(text[:500] + _AFTER_CUT_WORD.sub("", text[500:], count=1))
    if _AI_ONLY_SHAPES.search(window) is not None:
        return True
    for found in taxonomy.ai_in_text.finditer(window):
        made_at = found.group().endswith("生成") and _MADE_AT.match(window, found.end())
        if not made_at and _is_a_word(window, found):
            return True
    unlabelled = _TITLE_LABEL.sub(" ", _TEXT_LABEL.sub(" ", window, count=1))
    opening = _TEXT_OPENING.sub("", unlabelled, count=1)
    return any(
        subject is not None
        and subject.group().lower() not in _NOT_A_SUBJECT
        and _is_a_word(opening, subject)
        and _NOT_AI.match(opening, start) is None
        for start in _subject_starts(opening)
        for subject in [taxonomy.ai_in_title.match(opening, start)]
    )


def _subject_starts(opening: str) -> list[int]:
    """Where a text's opening AI word may start: at the opening, or after a short run of
    Chinese that makes one compound with it, its head (代码大模型, 国产AI芯片: the
    subject is a model, a chip; :data:`_NOT_A_COMPOUND`)."""
    run = _COMPOUND_HEAD.match(opening)
    if run is None:
        return [0]
    return [0] + [
        end for end in range(1, run.end() + 1) if not _NOT_A_COMPOUND.search(opening, 0, end)
    ]


def relevance_patterns(taxonomy: Taxonomy) -> tuple[re.Pattern[str], ...]:
    """The keyword patterns whose flags the learned relevance reads, in its order."""
    return (taxonomy.ai_keywords, taxonomy.ai_ambiguous, taxonomy.ai_trades, taxonomy.ai_craft)


def _zero_shot(
    taxonomy: Taxonomy, line_scores: FloatArray, titles: str, texts: str
) -> dict[str, float]:
    """Per category: the mean of its two best lines (steadier than the best alone),
    leaned by its keywords."""
    scores = {}
    for index, category in enumerate(taxonomy.categories):
        semantic = float(np.sort(line_scores[taxonomy.owner == index])[-2:].mean())
        pattern = taxonomy.keywords[index]
        hits = 2 * _hits(pattern, titles) + _hits(pattern, texts)
        scores[category.key] = semantic + _KEYWORD_LEAN * (1 - math.exp(-hits))
    return scores


def _zero_shot_relevance(
    taxonomy: Taxonomy, vector: FloatArray, line_scores: FloatArray, titles: str, texts: str
) -> float:
    """The story nearer the AI taxonomy than general news, or naming AI keywords."""
    margin = float(line_scores.max() - (taxonomy.general @ vector).max())
    logit = _MARGIN_SCALE * (margin - _MARGIN_CENTRE)
    if taxonomy.ai_keywords.search(titles):
        logit += _KEYWORD_LOGIT
    elif taxonomy.ai_keywords.search(texts):
        logit += _TEXT_KEYWORD_LOGIT
    return 1 / (1 + math.exp(-logit))
