"""Synthetic AI news with planted stories, shared by the grouping benchmarks.

Every text is written here from templates about fictional companies, models, people and
regulators; nothing is copied from real news.  What is planted:

* events: one set of facts (company, model name and version, an amount of money, a
  percentage, a partner...) reported by several items in Chinese and English (about half
  each), each item with its own headline template, fact sentences and filler sentences,
  so reports of one event are paraphrases that share names and numbers (``Aster-R7``,
  ``$250 million`` = ``2.5亿美元``);
* singletons: items with their own facts, many of them about the same kinds of news as
  the events (a funding round of another company), some tutorials and opinion pieces;
* copies: an existing item reposted by another outlet with "【转载】" before its title or
  a footer after its text (gold label: the original's event).

Times: each event starts at a random moment of the span and its items follow over the
next hours (an exponential delay, mean 6 h, at most 40 h), so stories cross day
boundaries; a copy follows its original by 5 minutes to 8 hours.  A delay that would
pass the end of the span is drawn again, uniformly up to the end (no pile-up there).

Vectors (:func:`synthetic_vectors`): embedding every item is too slow for a benchmark
of grouping, so only :data:`N_ANCHORS` anchor events are embedded with the real encoder,
each once in English and once in Chinese (its first headline and first fact sentence).
Each event takes a random anchor of its own kind of news, and an item's vector is::

    normalise(anchor[language] + EVENT_NOISE · r_event + s_item · g_item + MEAN_PULL · m)

with ``r_event`` and ``g_item`` Gaussian (unit expected norm, 512-d), ``s_item`` drawn
uniformly from :data:`ITEM_NOISE` per item, and ``m`` the unit mean of all anchor
vectors (real sentence vectors share a large common component, which isotropic noise
would wash out).  The four constants were fitted (grid search) so that the mean cosines
of the synthetic vectors match those of real vectors of the same texts for: reports of
one event in one language (real 0.77), across the two languages (0.58; the anchor's two
vectors are real translations), other events of the same kind (0.46) and of other kinds
(0.27).  Two events that share an anchor read alike (same topic) and must be told apart
by names and numbers.  A copy gets its original's vector plus noise of
:data:`COPY_NOISE` (cosine ≈ 0.995).  ``bench/group_scale.py`` re-checks the fit on its
embedding sample and groups that sample with both kinds of vectors.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import numpy as np
import numpy.typing as npt

from newsdesk.model import DeskItem

FloatArray = npt.NDArray[np.float32]

#: Anchor events embedded for real (times two languages).
N_ANCHORS = 1500
#: Share of items that are planted copies, and of originals that are singletons.
COPY_SHARE = 0.08
SINGLETON_SHARE = 0.35
#: Size of the per-event Gaussian noise added to the anchor vectors.
EVENT_NOISE = 0.25
#: Range of the per-item noise size (uniform): some reports are phrased far apart.
ITEM_NOISE = (0.2, 1.1)
#: Weight of the common direction of real vectors added back after the noise.
MEAN_PULL = 0.2
COPY_NOISE = 0.1
DIM = 512

# -- the fictional world ---------------------------------------------------------------

_SYL_A = """Lu Ve Qua Zen Ori Nexa Halo Mira Tera Cor Ar Syn Vol Ky Bel Da Fen Gal Io Jun
    Kel Mor Nov Pax Rho Sol Tal Ul Vyr Wen Xan Yor Zel Ast Bri Cal Dex Eon Fal Gri""".split()
_SYL_B = """mina trix nta vo lith ra dyne sys mind forge wave scale loop gram core nova byte
    path sight flux""".split()
_SYL_C = ["", "ex", "ia", "on", "is"]
_SUFFIX_EN = ["", " Labs", " AI", " Robotics", " Systems"]
_ZH_A = list("深星云启衡澜极光墨青远知灵曜岩川航昕朗拓织岚渊弘泓砺沐栖望峻")
_ZH_B = list("言衍策序维象途芯弈舟脉澄图曦元算澈语翎境鉴枢穹")
_SUFFIX_ZH = ["科技", "智能", "机器人", "AI", "实验室", "数据"]
_LINES = """Nimbus Aster Corvid Helix Quill Tessera Lyra Vega Pico Atlas Borealis Cirrus Delta
    Ember Fathom Garnet Harbor Indigo Juniper Kestrel Lumen Meridian Nebula Onyx Prism
    Quasar Raven Sable Talon Umbra Vertex Willow Xenon Yarrow Zephyr Arbor Beacon Cobalt
    Dune Echo Flint Glacier Heron Iris Jasper Kite Lotus Mistral Nova Opal Pulse Quartz
    Ripple Sierra Tundra Unity Vortex Wren Zenith Alder Basalt Cedar Drift Ether Falcon
    Gale Haze Ivory Jade Koi Lark Moss Nectar Orca Pine Quiver Reef Spruce Thistle""".split()
_METHOD_A = "Sparse Flash Loop Shard Drift Echo Prism Ladder Relay Fold".split()
_METHOD_B = "Route Merge Distill Attend Prune Cache Align Mix Scale Tune".split()
_FIRST = """Mara Tobias Ines Kenji Lena Omar Priya Felix Sofia Ravi Hana Jonas Aiko Dario
    Yara Elias""".split()
_LAST = """Okafor Lindqvist Moreau Tanaka Varga Castell Ibsen Roux Nakamura Petrov Quinn
    Halvorsen Adeyemi Brandt Serrano Whitlock""".split()
_BENCHES = """ReasonBench CodeArena MathTrail LongEval-X VisionQuiz AgentGym SafetyProbe
    TransBench""".split()
_LICENSES = ["Apache-2.0", "MIT", "BSD-3"]
_PRODUCTS = [
    ("coding assistants", "编程助手"),
    ("humanoid robots", "人形机器人"),
    ("AI chips", "AI芯片"),
    ("speech models", "语音模型"),
    ("enterprise agents", "企业级智能体"),
    ("video generation tools", "视频生成工具"),
    ("medical imaging software", "医疗影像软件"),
    ("autonomous driving software", "自动驾驶软件"),
]
_REGULATORS = [
    ("Northland Data Authority", "北岚数据管理局"),
    ("Coastal Digital Commission", "滨海数字委员会"),
    ("Valdorian Office for Algorithms", "瓦尔多利亚算法办公室"),
    ("Eastmark Consumer Board", "东屿消费者委员会"),
]
_SITES = [("Byteline", "字节线"), ("Signal Weekly", "信号周刊"), ("AI Ledger", "智能账本")]
_MONEY = [5, 8, 12, 15, 20, 25, 30, 40, 50, 60, 75, 80, 100, 120, 150, 200, 250, 300, 400]
_MONEY += [500, 600, 750, 800, 1000, 1200, 1500, 2000, 2500, 3000, 5000, 6500, 10000]
_PARAMS = [3, 7, 8, 13, 14, 32, 34, 70, 72, 110, 180, 235, 400]
_PRICES = ["0.15", "0.25", "0.4", "0.6", "0.8", "1.2", "1.5", "2.5", "3.5"]
_DOMAINS = [f"{w}.example" for w in _LINES[:60]]

# -- templates: per kind of news, headlines and fact sentences per language -------------

Templates = dict[str, list[str]]
KINDS: dict[str, Templates] = {
    "release": {
        "en_t": [
            "{co} releases {model}, claims {pct}% lower inference cost",
            "{co} unveils {model} with a {ctx_en} context window",
            "{model} arrives: {co}'s newest model cuts costs by {pct}%",
            "First look at {model}, the latest large model from {co}",
            "{co} launches {model} to take on rivals in reasoning",
        ],
        "zh_t": [
            "{czh}发布{model}，推理成本降低{pct}%",
            "{czh}推出新一代大模型{model}，上下文窗口达{ctx_zh}",
            "{model}正式亮相：{czh}新模型成本下降{pct}%",
            "抢先体验{czh}最新大模型{model}",
            "{czh}上线{model}，主打复杂推理能力",
        ],
        "en_f": [
            "{co} released {model}, a model it says cuts inference cost by {pct}% compared "
            "with its predecessor.",
            "The new model supports a {ctx_en} context window and is available through the "
            "{co} API.",
            "According to {co}, {model} scores {score}% on {bench}, ahead of the previous version.",
            "{model} will be offered free to developers for the first month, the company said.",
        ],
        "zh_f": [
            "{czh}发布{model}，称其推理成本较上一代降低{pct}%。",
            "新模型支持{ctx_zh}上下文窗口，已通过{czh}开放平台提供API服务。",
            "据{czh}介绍，{model}在{bench}上的得分为{score}%，超过上一代版本。",
            "公司表示，{model}上线首月将对开发者免费开放。",
        ],
    },
    "funding": {
        "en_t": [
            "{co} raises {usd_en} led by {partner}",
            "AI startup {co} lands {usd_en} in new funding round",
            "{partner} leads {usd_en} investment in {co}",
            "{co} valued at {val_en} after fresh {usd_en} round",
        ],
        "zh_t": [
            "{czh}完成{usd_zh}融资，{pzh}领投",
            "AI初创公司{czh}获{usd_zh}新一轮融资",
            "{pzh}领投，{czh}再融{usd_zh}",
            "融资{usd_zh}后，{czh}估值达{val_zh}",
        ],
        "en_f": [
            "{co}, which builds {product_en}, said it raised {usd_en} in a round led by {partner}.",
            "The deal values the company at {val_en}, people familiar with the matter said.",
            "{co} plans to use the money to hire researchers and buy more compute for "
            "training {model}.",
            "Existing investors also joined the round, the company said.",
        ],
        "zh_f": [
            "专注于{product_zh}的{czh}宣布完成{usd_zh}融资，本轮由{pzh}领投。",
            "知情人士称，本轮融资后公司估值达到{val_zh}。",
            "{czh}表示，资金将用于招募研究人员并采购算力，以训练{model}。",
            "公司称，老股东继续跟投了本轮融资。",
        ],
    },
    "acquisition": {
        "en_t": [
            "{co} to acquire {partner} for {usd_en}",
            "{co} buys {partner} in {usd_en} deal",
            "{partner} agrees to {usd_en} takeover by {co}",
            "Why {co} is paying {usd_en} for {partner}",
        ],
        "zh_t": [
            "{czh}拟以{usd_zh}收购{pzh}",
            "{usd_zh}！{czh}收购{pzh}",
            "{pzh}同意被{czh}以{usd_zh}收购",
            "{czh}为何斥资{usd_zh}买下{pzh}",
        ],
        "en_f": [
            "{co} agreed to buy {partner}, a maker of {product_en}, for {usd_en} in cash and "
            "stock.",
            "The acquisition is expected to close by the end of the quarter, pending "
            "regulatory approval.",
            "{partner}'s team of about {team} engineers will join {co}'s {line} group.",
            "{person}, chief executive of {partner}, will report to {co}'s leadership.",
        ],
        "zh_f": [
            "{czh}同意以{usd_zh}（现金加股票）收购{product_zh}厂商{pzh}。",
            "该交易预计将在本季度末完成，尚需监管部门批准。",
            "{pzh}约{team}名工程师将并入{czh}的{line}团队。",
            "{pzh}首席执行官{person}将向{czh}管理层汇报。",
        ],
    },
    "benchmark": {
        "en_t": [
            "{model} tops {bench} leaderboard with {score}% score",
            "{co}'s {model} beats rivals on {bench}",
            "New {bench} results put {model} in first place",
            "{model} hits {score}% on {bench}, a new record",
        ],
        "zh_t": [
            "{model}登顶{bench}榜单，得分{score}%",
            "{czh}的{model}在{bench}上超越对手",
            "{bench}最新成绩：{model}位列第一",
            "{model}在{bench}上取得{score}%，刷新纪录",
        ],
        "en_f": [
            "{model}, developed by {co}, scored {score}% on the {bench} benchmark, the highest "
            "published result so far.",
            "The previous best, set by {partner}, was {prev}%.",
            "Evaluators at {bench} said the run was verified on a held-out test set.",
        ],
        "zh_f": [
            "由{czh}开发的{model}在{bench}基准测试中取得{score}%的成绩，为目前公开的最高分。",
            "此前的最好成绩由{pzh}保持，为{prev}%。",
            "{bench}评测方表示，该成绩已在保留测试集上得到验证。",
        ],
    },
    "open_source": {
        "en_t": [
            "{co} open-sources {model}, a {params_en}-parameter model",
            "{co} releases {model} weights under {license}",
            "Open weights: {co} publishes {model} with {params_en} parameters",
            "{model} is now open source, {co} says",
        ],
        "zh_t": [
            "{czh}开源{model}，参数规模{params_zh}",
            "{czh}以{license}协议开源{model}权重",
            "{params_zh}参数！{czh}开源大模型{model}",
            "{czh}宣布{model}正式开源",
        ],
        "en_f": [
            "{co} published the weights of {model}, a {params_en}-parameter model, under the "
            "{license} license.",
            "The release includes a technical report and training recipes, the company said.",
            "{model} can run on a single server with eight accelerators, according to {co}.",
        ],
        "zh_f": [
            "{czh}以{license}协议公开了{model}的模型权重，参数规模为{params_zh}。",
            "公司表示，此次开源还包括技术报告和训练方案。",
            "据{czh}介绍，{model}可在单台八卡服务器上运行。",
        ],
    },
    "partnership": {
        "en_t": [
            "{co} and {partner} sign {usd_en} compute deal",
            "{partner} to supply {co} with chips in {usd_en} pact",
            "{co} teams up with {partner} on {product_en}",
            "{co}, {partner} announce multi-year partnership worth {usd_en}",
        ],
        "zh_t": [
            "{czh}与{pzh}签署{usd_zh}算力协议",
            "{pzh}将为{czh}供应芯片，合同金额{usd_zh}",
            "{czh}联手{pzh}布局{product_zh}",
            "{czh}与{pzh}达成多年合作，总额{usd_zh}",
        ],
        "en_f": [
            "{co} signed a multi-year agreement with {partner} worth {usd_en}, the two "
            "companies said.",
            "Under the deal, {partner} will provide computing capacity to train and serve {model}.",
            "The partnership also covers joint work on {product_en}.",
        ],
        "zh_f": [
            "{czh}与{pzh}宣布签署一项为期多年、价值{usd_zh}的协议。",
            "根据协议，{pzh}将为{model}的训练和推理提供算力。",
            "双方还将在{product_zh}领域开展联合研发。",
        ],
    },
    "chip": {
        "en_t": [
            "{co} unveils {model} AI chip, claims {pct}% speedup",
            "{co}'s new {model} accelerator targets data centers",
            "{model}: {co} takes aim at GPU incumbents",
        ],
        "zh_t": [
            "{czh}发布AI芯片{model}，性能提升{pct}%",
            "{czh}推出面向数据中心的{model}加速卡",
            "{model}亮相：{czh}挑战GPU巨头",
        ],
        "en_f": [
            "{co} introduced {model}, an accelerator it says trains models {pct}% faster than "
            "its previous chip.",
            "The chip will ship to cloud customers next quarter, with volume production "
            "planned for next year.",
            "{co} said {model} is built on a {node}-nanometer process.",
        ],
        "zh_f": [
            "{czh}推出{model}加速芯片，称其训练速度比上一代提升{pct}%。",
            "该芯片将于下季度向云客户供货，明年实现量产。",
            "{czh}表示，{model}采用{node}纳米工艺制造。",
        ],
    },
    "regulation": {
        "en_t": [
            "{regulator} fines {co} {usd_en} over data practices",
            "{co} hit with {usd_en} penalty by {regulator}",
            "{regulator} orders {co} to pause {model} rollout",
        ],
        "zh_t": [
            "{regulator_zh}对{czh}处以{usd_zh}罚款",
            "因数据问题，{czh}被罚{usd_zh}",
            "{regulator_zh}要求{czh}暂停推广{model}",
        ],
        "en_f": [
            "The {regulator} said {co} used personal data to train {model} without adequate "
            "consent, and fined it {usd_en}.",
            "{co} said it would appeal the decision.",
            "The regulator gave the company {deadline} days to change its practices.",
        ],
        "zh_f": [
            "{regulator_zh}表示，{czh}在未充分取得用户同意的情况下使用个人数据训练{model}，"
            "并对其处以{usd_zh}罚款。",
            "{czh}表示将对该决定提出申诉。",
            "监管机构要求该公司在{deadline}天内完成整改。",
        ],
    },
    "exec": {
        "en_t": [
            "{co} chief scientist {person} leaves for {partner}",
            "{person} departs {co} to join {partner}",
            "{partner} hires {co}'s {person} to lead {line} research",
        ],
        "zh_t": [
            "{czh}首席科学家{person}离职，加盟{pzh}",
            "{person}离开{czh}，转投{pzh}",
            "{pzh}挖角{czh}的{person}，负责{line}研究",
        ],
        "en_f": [
            "{person}, who led work on {model} at {co}, is joining {partner}, both companies "
            "confirmed.",
            "{person} spent several years at {co}.",
            "{partner} said {person} will lead a new team of about {team} researchers.",
        ],
        "zh_f": [
            "曾在{czh}主导{model}研发的{person}将加盟{pzh}，两家公司均已证实。",
            "{person}在{czh}任职多年。",
            "{pzh}表示，{person}将领导一支约{team}人的新研究团队。",
        ],
    },
    "price": {
        "en_t": [
            "{co} cuts {model} API price by {pct}%",
            "{model} now costs {price_en} per million tokens after {co} price cut",
            "Price war: {co} slashes {model} rates {pct}%",
        ],
        "zh_t": [
            "{czh}下调{model}API价格{pct}%",
            "{czh}降价后，{model}每百万token仅需{price_zh}",
            "价格战升级：{czh}将{model}价格下调{pct}%",
        ],
        "en_f": [
            "{co} lowered the price of its {model} API by {pct}%, to {price_en} per million "
            "input tokens.",
            "The new rates take effect immediately for all customers, the company said.",
            "The cut follows similar moves by {partner} earlier this month.",
        ],
        "zh_f": [
            "{czh}将{model}API价格下调{pct}%，每百万输入token降至{price_zh}。",
            "公司表示，新价格即日起对所有客户生效。",
            "此前{pzh}已在本月早些时候采取了类似举措。",
        ],
    },
    "outage": {
        "en_t": [
            "{co}'s {model} service suffers hours-long outage",
            "{model} goes down for {users_en} as {co} scrambles to restore service",
            "{co} apologizes after {model} outage",
        ],
        "zh_t": [
            "{czh}旗下{model}服务出现长时间宕机",
            "{model}宕机，{users_zh}受影响",
            "{model}服务中断后{czh}致歉",
        ],
        "en_f": [
            "{co} said a configuration error took {model} offline, affecting about {users_en}.",
            "Service was fully restored after several hours, the company said in a status update.",
            "{co} promised credits to affected enterprise customers.",
        ],
        "zh_f": [
            "{czh}称，一次配置错误导致{model}服务中断，约{users_zh}受到影响。",
            "公司在状态页面更新中表示，服务已在数小时后全面恢复。",
            "{czh}承诺向受影响的企业客户提供补偿额度。",
        ],
    },
    "research": {
        "en_t": [
            "{co} researchers propose {method} to cut training cost {pct}%",
            "New paper from {co}: {method} makes models {pct}% more efficient",
            "{method}, a new training trick from {co}, explained",
        ],
        "zh_t": [
            "{czh}研究团队提出{method}，训练成本降低{pct}%",
            "{czh}新论文：{method}让模型效率提升{pct}%",
            "一文读懂{czh}提出的训练新方法{method}",
        ],
        "en_f": [
            "In a paper posted this week, researchers at {co} describe {method}, a technique "
            "that reduces training compute by {pct}%.",
            "The authors tested {method} on {model} and released the code.",
            "Outside experts called the idea simple but promising.",
        ],
        "zh_f": [
            "{czh}的研究人员在本周发布的论文中介绍了{method}，该方法可将训练算力降低{pct}%。",
            "作者在{model}上验证了{method}，并公开了代码。",
            "业内专家评价称，这一思路简单但很有前景。",
        ],
    },
    "tutorial": {
        "en_t": [
            "A practical guide to fine-tuning {model}",
            "Tutorial: building a retrieval agent with {model}",
            "Running {model} on your own hardware, step by step",
        ],
        "zh_t": [
            "手把手教你在本地部署{model}",
            "{model}微调实战指南",
            "用{model}搭建检索智能体：完整教程",
        ],
        "en_f": [
            "This guide walks through installing dependencies, downloading {model} and "
            "running a first prompt.",
            "We also compare quantized and full-precision variants of {model}.",
        ],
        "zh_f": [
            "本文将介绍如何安装依赖、下载{model}并完成第一次推理。",
            "我们还对比了{model}量化版本与全精度版本的效果。",
        ],
    },
    "opinion": {
        "en_t": [
            "Opinion: {co}'s bet on {product_en} is riskier than it looks",
            "What {co}'s latest move tells us about the AI market",
        ],
        "zh_t": [
            "观点：{czh}押注{product_zh}的风险被低估了",
            "从{czh}的最新动作看AI行业走向",
        ],
        "en_f": [
            "{co} has spent heavily on {product_en} over the past year.",
            "Whether customers will pay for it remains an open question.",
        ],
        "zh_f": [
            "过去一年，{czh}在{product_zh}上投入巨大。",
            "客户是否愿意为此买单仍是未知数。",
        ],
    },
}
#: Kinds that only singletons use (no event is reported by several outlets).
SINGLE_ONLY = ("tutorial", "opinion")
EVENT_KINDS = [k for k in KINDS if k not in SINGLE_ONLY]

_FILLERS = {
    "en": [
        "The company did not disclose further financial details.",
        "Shares of listed rivals moved little on the news.",
        "{co} said more details would follow in the coming weeks.",
        "Developers on social media were quick to test the claims.",
        "Analysts said competition in the segment is intensifying.",
        "The announcement comes amid a crowded season of launches.",
        "A spokesperson for {co} declined to comment beyond the statement.",
        "Independent researchers have not yet verified the results.",
        "The move follows months of speculation in the industry.",
        "Early users reported mixed impressions in online forums.",
        "Pricing for enterprise customers will be announced later.",
        "Observers noted that the timing coincides with a major industry conference.",
        "It is the second such announcement from {co} this quarter.",
        "Some critics questioned whether the gains hold outside benchmarks.",
        "Regulators have been watching the sector closely.",
        "{co} employs about {staff} people across three offices.",
    ],
    "zh": [
        "公司暂未披露更多财务细节。",
        "消息公布后，多家同行企业尚未作出回应。",
        "{czh}表示，更多细节将在未来几周内公布。",
        "不少开发者第一时间在社交媒体上进行了测试。",
        "业内人士认为，该领域的竞争正在加剧。",
        "近期行业内新品发布密集，市场关注度持续升温。",
        "{czh}发言人拒绝对此作进一步评论。",
        "目前独立研究人员尚未对结果进行验证。",
        "此前业内对此已有数月的猜测。",
        "早期用户在论坛上的评价褒贬不一。",
        "企业客户的定价方案将另行公布。",
        "有观察人士指出，此次发布恰逢一场重要的行业大会。",
        "这是{czh}本季度第二次发布类似消息。",
        "也有评论质疑相关提升能否在基准测试之外成立。",
        "监管部门一直在密切关注这一领域。",
        "{czh}目前在三地共有约{staff}名员工。",
    ],
}
_FOOTERS = {
    "en": [
        "This story first appeared on {site}.",
        "Subscribe to our newsletter for daily AI news.",
        "Read more on {site}.",
    ],
    "zh": [
        "本文转载自{site}，版权归原作者所有。",
        "（来源：{site}）",
        "更多AI资讯，请关注公众号。",
    ],
}


@dataclass(frozen=True, slots=True)
class Company:
    en: str
    zh: str
    lines: tuple[str, ...]
    product: tuple[str, str]


@dataclass(frozen=True, slots=True)
class SynthItem:
    """One generated item and what was planted in it."""

    index: int
    #: Gold event label (a copy carries its original's).
    event: str
    #: Running number of the event (picks its random direction).
    event_no: int
    #: Kind of news (a key of :data:`KINDS`).
    kind: str
    #: Anchor the event's vector derives from.
    anchor: int
    title: str
    text: str
    language: str
    time: datetime
    domain: str
    #: Index of the original item, for a planted copy.
    copy_of: int | None = None


def _usd_en(millions: int) -> str:
    return f"${millions / 1000:g} billion" if millions >= 1000 else f"${millions} million"


def _usd_zh(millions: int) -> str:
    return f"{millions / 100:g}亿美元" if millions >= 100 else f"{millions * 100}万美元"


def companies(count: int, rng: random.Random) -> list[Company]:
    names = [a + b.lower() + c for a in _SYL_A for b in _SYL_B for c in _SYL_C]
    rng.shuffle(names)
    out = []
    for name in names[:count]:
        zh = rng.choice(_ZH_A) + rng.choice(_ZH_B) + rng.choice(_SUFFIX_ZH)
        lines = tuple(rng.sample(_LINES, rng.choice((1, 1, 2))))
        out.append(Company(name + rng.choice(_SUFFIX_EN), zh, lines, rng.choice(_PRODUCTS)))
    return out


def facts(world: Sequence[Company], rng: random.Random) -> dict[str, str]:
    """One event's facts, as template fields for both languages."""
    company, partner = rng.sample(list(world), 2)
    line = rng.choice(company.lines)
    version = (
        f"{rng.choice(('', '', 'R', 'X', 'V'))}{rng.randint(1, 20)}{rng.choice(('', '', '.5'))}"
    )
    money, valuation = rng.choice(_MONEY), rng.choice(_MONEY) * 10
    params = rng.choice(_PARAMS)
    users = rng.choice((1, 2, 3, 5, 8, 12, 20, 30))
    ctx = rng.choice((1, 2, 4, 10))
    price = rng.choice(_PRICES)
    regulator, regulator_zh = rng.choice(_REGULATORS)
    return {
        "co": company.en,
        "czh": company.zh if rng.random() < 0.6 else company.en,
        "partner": partner.en,
        "pzh": partner.zh if rng.random() < 0.6 else partner.en,
        "line": line,
        "model": f"{line}-{version}",
        "usd_en": _usd_en(money),
        "usd_zh": _usd_zh(money),
        "val_en": _usd_en(valuation),
        "val_zh": _usd_zh(valuation),
        "pct": str(rng.randint(12, 85)),
        "score": str(rng.randint(40, 97)),
        "prev": str(rng.randint(30, 90)),
        "ctx_en": f"{ctx} million-token",
        "ctx_zh": f"{ctx * 100}万token",
        "params_en": f"{params} billion",
        "params_zh": f"{params * 10}亿",
        "users_en": f"{users} million users",
        "users_zh": f"{users * 100}万用户",
        "price_en": f"${price}",
        "price_zh": f"{price}美元",
        "team": str(rng.choice((40, 60, 85, 120, 150, 200, 300))),
        "person": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        "bench": rng.choice(_BENCHES),
        "license": rng.choice(_LICENSES),
        "product_en": company.product[0],
        "product_zh": company.product[1],
        "node": str(rng.choice((2, 3, 4, 5, 7))),
        "method": rng.choice(_METHOD_A) + rng.choice(_METHOD_B),
        "regulator": regulator,
        "regulator_zh": regulator_zh,
        "deadline": str(rng.choice((30, 45, 60, 90))),
    }


def write_report(
    kind: str, fields: dict[str, str], language: str, rng: random.Random
) -> tuple[str, str]:
    """A headline and body for one report of an event (its own phrasing)."""
    templates = KINDS[kind]
    title = rng.choice(templates[f"{language}_t"]).format(**fields)
    pool = templates[f"{language}_f"]
    if rng.random() < 0.15:  # a hot-list entry: one sentence
        sentences = [rng.choice(pool)]
    else:
        lead = [pool[0]] if rng.random() < 0.7 else []
        rest = [s for s in pool if s not in lead]
        sentences = lead + rng.sample(rest, rng.randint(0 if lead else 1, min(2, len(rest))))
        staff = str(rng.choice((80, 150, 400, 900, 2000)))
        fillers = rng.sample(_FILLERS[language], rng.randint(1, 3))
        sentences += [f.replace("{staff}", staff) for f in fillers]
    joiner = "" if language == "zh" else " "
    return title, joiner.join(s.format(**fields) for s in sentences)


def anchor_texts(seed: int = 7) -> list[tuple[str, str, str]]:
    """(kind, English text, Chinese text) of each anchor event, kinds in turn."""
    rng = random.Random(seed)
    world = companies(400, rng)
    out = []
    kinds = list(KINDS)
    for a in range(N_ANCHORS):
        kind = kinds[a % len(kinds)]
        fields = facts(world, rng)
        t = KINDS[kind]
        en = f"{t['en_t'][0]}\n{t['en_f'][0]}".format(**fields)
        zh = f"{t['zh_t'][0]}\n{t['zh_f'][0]}".format(**fields)
        out.append((kind, en, zh))
    return out


def _event_size(rng: random.Random) -> int:
    sizes = list(range(2, 16))
    return rng.choices(sizes, weights=[s**-1.3 for s in sizes])[0]


def generate(n: int, *, start: datetime, days: int, seed: int = 1) -> list[SynthItem]:
    """``n`` items over ``days`` days from ``start``, with events, singletons and copies."""
    rng = random.Random(seed)
    world = companies(max(200, n // 25), rng)
    kinds = list(KINDS)
    anchors_of: dict[str, list[int]] = {k: [] for k in kinds}
    for a in range(N_ANCHORS):
        anchors_of[kinds[a % len(kinds)]].append(a)
    n_copies = round(n * COPY_SHARE)
    n_originals = n - n_copies
    n_single = round(n_originals * SINGLETON_SHARE)
    sizes = [1] * n_single
    total = n_single
    while total < n_originals:
        size = min(_event_size(rng), n_originals - total)
        sizes.append(size)
        total += size
    rng.shuffle(sizes)
    span = timedelta(days=days).total_seconds()
    end = span - 60.0

    def within(begin: float, delay: float) -> datetime:
        if begin + delay > end:
            delay = rng.uniform(0, max(0.0, end - begin))
        return start + timedelta(seconds=begin + delay)

    items: list[SynthItem] = []
    for event_no, size in enumerate(sizes):
        kind = rng.choice(kinds if size == 1 else EVENT_KINDS)
        fields = facts(world, rng)
        anchor = rng.choice(anchors_of[kind])
        t0 = rng.uniform(0, span)
        for k in range(size):
            delay = 0.0 if k == 0 else min(rng.expovariate(1 / 6), 40) * 3600
            language = rng.choice(("en", "zh"))
            title, text = write_report(kind, fields, language, rng)
            items.append(
                SynthItem(
                    index=len(items),
                    event=f"e{event_no}",
                    event_no=event_no,
                    kind=kind,
                    anchor=anchor,
                    title=title,
                    text=text,
                    language=language,
                    time=within(t0, delay),
                    domain=rng.choice(_DOMAINS),
                )
            )
    originals = len(items)
    for _ in range(n_copies):
        original = items[rng.randrange(originals)]
        site, site_zh = rng.choice(_SITES)
        title, text = original.title, original.text
        if rng.random() < 0.5:
            title = "【转载】" + title
        else:
            footer = rng.choice(_FOOTERS[original.language])
            site_name = site_zh if original.language == "zh" else site
            text = text + ("" if original.language == "zh" else " ") + footer.format(site=site_name)
        items.append(
            replace(
                original,
                index=len(items),
                title=title,
                text=text,
                time=within((original.time - start).total_seconds(), rng.uniform(300, 28800)),
                domain=f"{site.lower().replace(' ', '')}.example",
                copy_of=original.index,
            )
        )
    return items


def synthetic_vectors(
    items: Sequence[SynthItem], anchors_en: FloatArray, anchors_zh: FloatArray, seed: int = 1
) -> FloatArray:
    """One unit vector per item, as the module docstring describes."""
    rng = np.random.default_rng(seed)
    n_events = max(i.event_no for i in items) + 1
    scale = np.float32(1 / np.sqrt(DIM))
    event_dirs = rng.standard_normal((n_events, DIM), dtype=np.float32) * scale
    common = np.concatenate([anchors_en, anchors_zh]).mean(axis=0)
    common /= np.linalg.norm(common)
    out = np.empty((len(items), DIM), dtype=np.float32)
    chunk = 20_000
    for begin in range(0, len(items), chunk):
        part = items[begin : begin + chunk]
        anchor = np.asarray([i.anchor for i in part])
        is_zh = np.asarray([i.language == "zh" for i in part])[:, None]
        base = np.where(is_zh, anchors_zh[anchor], anchors_en[anchor])
        size = rng.uniform(*ITEM_NOISE, size=(len(part), 1)).astype(np.float32)
        noise = rng.standard_normal((len(part), DIM), dtype=np.float32) * scale * size
        events = np.asarray([i.event_no for i in part])
        rows = base + EVENT_NOISE * event_dirs[events] + noise + MEAN_PULL * common
        out[begin : begin + len(part)] = rows / np.linalg.norm(rows, axis=1, keepdims=True)
    for item in items:  # a copy reads like its original
        if item.copy_of is not None:
            row = out[item.copy_of] + COPY_NOISE * scale * rng.standard_normal(DIM)
            out[item.index] = row / np.linalg.norm(row)
    return out


def desk_items(items: Sequence[SynthItem], vectors: FloatArray | None = None) -> list[DeskItem]:
    """The items as the desk sees them (id = index, one synthetic source)."""
    return [
        DeskItem(
            id=i.index,
            key=f"https://{i.domain}/a/{i.index}",
            title=i.title,
            text=i.text,
            language=i.language,
            time=i.time,
            source_id="synth",
            domain=i.domain,
            vector=None if vectors is None else vectors[i.index],
        )
        for i in items
    ]
