"""The verifier on the shapes verify16 and verify17 taught it, probed from both sides:
the AI inside a Latin name, IP and dB as no names, a version's v, 新X and X会 as ordinary
words, outlets a Chinese text cites, the new aliases, and what jieba reads as no name.

Each row is a source and a text a writer made from it (the sentences are ours).
``wrong`` is the claim that must be flagged, as the verifier writes it, or None when the
text states nothing the source lacks.  verify17 closed the last known gaps: invented
organisations and events jieba reads as ordinary words, 36氪's figure, and counts (三大,
"ten days").
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

LAB_ZH = "上海人工智能实验室开源 Intern-S1。"
APPLE = "苹果将采用 Gemini。"
CASES = [
    # AI joins capitalised Latin words into one name in Chinese prose: the whole name is
    # checked, so an invented lab that shares its first word is caught.
    ("lab in Latin", LAB_ZH, "Shanghai AI Lab 开源了 Intern-S1。", None),
    ("invented lab", LAB_ZH, "Shanghai AI Forge 开源了 Intern-S1。", "Shanghai AI Forge"),
    (
        "invented lab in English",
        "Shanghai AI Lab released Intern-S1.",
        "Shanghai AI Forge released Intern-S1.",
        "Forge",
    ),
    ("company's AI arm", "微软 AI 部门发布 MAI-1 模型。", "Microsoft AI 发布 MAI-1 模型。", None),
    (
        "invented studio",
        "谷歌 AI Studio 上线新功能。",
        "Google AI Forge 上线新功能。",
        "Google AI Forge",
    ),
    ("AI in a company's name", "Mistral AI 完成融资。", "Mistral AI 完成了融资。", None),
    ("another AI company", "Mistral AI 完成融资。", "Nimbus AI 完成了融资。", "Nimbus"),
    ("AI before a model", "Meta 发布 Llama 4。", "Meta AI Llama 4 正式发布。", None),
    (
        "invented team",
        "OpenAI 发布 GPT-5。",
        "OpenAI AI Safety 团队发布 GPT-5。",
        "OpenAI AI Safety",
    ),
    ("AI app in English", "Meta AI app gained users.", "The Meta AI app gained users.", None),
    # IP and dB are no names; a product named with IP is one.
    (
        "IP for a franchise",
        "泡泡玛特的知识产权授权收入增长。",
        "泡泡玛特的 IP 授权收入增长。",
        None,
    ),
    (
        "IP-Adapter swapped in",
        "团队开源 ControlNet 插件。",
        "团队开源 IP-Adapter 插件。",
        "IP-Adapter",
    ),
    ("IP-Adapter kept", "团队开源 IP-Adapter 插件。", "团队开源了 IP-Adapter 插件。", None),
    (
        "IP's year changed",
        "The IP licence was extended to 2032.",
        "The IP licence was extended to 2030.",
        "2030",
    ),
    ("dB figure changed", "损耗低至 0.1 dB/m。", "损耗低至 0.5 dB/m。", "0.5"),
    ("dB kept", "噪声降低 3 dB。", "噪声降低了 3 dB。", None),
    ("dB changed in English", "Noise fell by 3 dB.", "Noise fell by 6 dB.", "6"),
    # A version's v is spelling beside its name; another version or name is not.
    ("v and a bumped version", "vLLM 0.11 发布。", "vLLM v0.12 发布。", "vLLM v0.12"),
    ("v added in English", "vLLM 0.11 was released.", "vLLM v0.11 was released.", None),
    ("v dropped, version bumped", "vLLM v0.11 发布。", "vLLM 0.12 发布。", "vLLM 0.12"),
    ("Qwen v3 for Qwen3", "阿里发布 Qwen3 模型。", "阿里发布 Qwen v3 模型。", None),
    ("Qwen v4 for Qwen3", "阿里发布 Qwen3 模型。", "阿里发布 Qwen v4 模型。", "Qwen v4"),
    ("Qwen3 for Qwen v3", "阿里发布 Qwen v3 模型。", "阿里发布 Qwen3 模型。", None),
    ("a V of the name bumped", "DeepSeek V3 开源。", "DeepSeek V4 开源。", "DeepSeek V4"),
    ("lower v of a name", "DeepSeek-V3.2 开源。", "DeepSeek v3.2 开源。", None),
    (
        "v of another name",
        "vLLM 0.11 发布，SGLang 0.5 同步更新。",
        "SGLang v0.11 发布。",
        "SGLang v0.11",
    ),
    ("v and a zero minor", "谷歌发布 Gemini 3。", "谷歌发布 Gemini v3.0。", None),
    ("Llama v4", "Llama 4 发布。", "Llama v4 发布。", None),
    ("Llama v5", "Llama 4 发布。", "Llama v5 发布。", "Llama v5"),
    # 新X and X会 are ordinary words only when X is one; names stay names.
    ("Xinhua cited", "据新华社报道，国务院印发意见。", "新华社报道，国务院印发意见。", None),
    ("Sina", "新浪科技报道称，模型发布。", "新浪报道称，模型发布。", None),
    ("Synopsys kept", "新思科技发布 EDA 工具。", "新思科技推出 EDA 工具。", None),
    ("regulator kept", "证监会发布新规。", "证监会发布了新规。", None),
    ("conference kept", "世界人工智能大会在上海开幕。", "世界人工智能大会开幕。", None),
    ("fair invented", "一场行业会议在上海开幕。", "广交会在上海开幕。", "广交会"),
    ("a new phone", "公司发布旗舰手机。", "公司发布新手机。", None),
    ("Didi in full", "滴滴发布自动驾驶计划。", "滴滴出行发布自动驾驶计划。", None),
    ("Kunlun", "昆仑万维发布天工。", "昆仑万维推出天工。", None),
    ("理想 an ordinary word", "这是一个理想的方案。", "这是一个很理想的方案。", None),
    # An outlet a Chinese text cites is no claim (据X, 援引X, X报道称, X获悉); an outlet
    # at work in the story is one.
    ("据X报道", APPLE, "据彭博社报道，苹果将采用 Gemini。", None),
    ("X报道称", APPLE, "路透社报道称，苹果将采用 Gemini。", None),
    ("援引X", APPLE, "援引华尔街日报的消息，苹果将采用 Gemini。", None),
    ("据 a paper in 《》", APPLE, "据英国《金融时报》报道，苹果将采用 Gemini。", None),
    ("据 two outlets", APPLE, "据彭博社和路透社报道，苹果将采用 Gemini。", None),
    ("X称", APPLE, "彭博社称，苹果将采用 Gemini。", None),
    ("X获悉", "腾讯发布混元。", "财新获悉，腾讯发布混元。", None),
    ("outlet buys", "谷歌收购一家 AI 初创公司。", "彭博社收购一家 AI 初创公司。", "彭博社"),
    ("outlet invests", "红杉资本投资了光年智能。", "路透社投资了光年智能。", "路透社"),
    ("outlet launches", "腾讯发布混元模型。", "新华社发布混元模型。", "新华社"),
    ("outlet sues", "作者起诉 OpenAI。", "纽约时报起诉 OpenAI。", "纽约时报"),
    ("outlet sues, as sourced", "纽约时报起诉 OpenAI。", "《纽约时报》起诉了 OpenAI。", None),
    ("outlet acquires a company", "国务院印发意见。", "新华社收购一家 AI 公司。", "新华社"),
    ("a media lab at work", "光年智能发布模型。", "机器之心发布模型。", "机器之心"),
    ("outlet's reporter", "谷歌发布模型。", "新华社记者从谷歌获悉，谷歌发布模型。", "新华社"),
    (
        "outlet cited in English",
        "Apple will use Gemini.",
        "Apple will use Gemini, Bloomberg reported.",
        "Bloomberg",
    ),
    # Roles, days and the counting 大.
    (
        "a short name's role left out",
        "微软 AI 首席执行官穆斯塔法·苏莱曼宣布成立团队。",
        "苏莱曼宣布成立团队。",
        None,
    ),
    (
        "a role swapped in English",
        "Microsoft AI CEO Mustafa Suleyman formed a team.",
        "Microsoft AI CTO Mustafa Suleyman formed a team.",
        "CTO",
    ),
    (
        "四大 sums up",
        "意见部署科学技术、产业发展、人才培养、国际合作等重点行动。",
        "意见部署四大重点行动。",
        None,
    ),
    ("一大", "公司发布一项重大更新。", "公司发布一大更新。", None),
    # 中兴 is a revival as well as ZTE's short name: the company only where it acts.
    ("中兴 a revival", "国家经济稳步发展。", "国家经济迎来中兴。", None),
    ("中兴 at work", "华为发布 AI 芯片。", "中兴发布 AI 芯片。", "中兴"),
    ("中兴 for 中兴通讯", "中兴通讯发布 AI 芯片。", "中兴发布 AI 芯片。", None),
    # An organisation is the subject of its suffix and a news verb, whatever opens it: an
    # adjective (新锐) or characters jieba split (新|思).  A kind of company is no name.
    ("invented 新X company", "楷登电子发布 EDA 工具。", "新思科技发布 EDA 工具。", "新思科技"),
    ("invented 新锐科技", "光年智能完成融资。", "新锐科技完成融资。", "新锐科技"),
    ("新锐科技 kept", "新锐科技完成融资。", "新锐科技今日完成了融资。", None),
    ("新锐 an adjective", "一批新锐科技企业完成融资。", "新锐科技企业完成融资。", None),
    ("a kind of company", "光年智能完成融资。", "这家科技公司完成融资。", None),
    # A body's short name is a name (证监会); its full name supports it.
    ("invented regulator", "交易所发布新规。", "证监会发布新规。", "证监会"),
    ("regulator in full", "中国证券监督管理委员会发布新规。", "证监会发布新规。", None),
    # An event opening, closing or held has a name unless it is an ordinary kind of event.
    (
        "invented conference",
        "一场行业会议在上海开幕。",
        "世界人工智能大会在上海开幕。",
        "世界人工智能大会",
    ),
    ("invented 天工会", "一场行业会议在上海开幕。", "天工会在上海开幕。", "天工会"),
    ("天工会 named", "天工会在上海开幕。", "天工会在上海举行。", None),
    ("a developer conference", "一场行业会议在上海开幕。", "开发者大会在上海开幕。", None),
    ("this conference", "世界人工智能大会在上海开幕。", "此次大会在上海开幕。", None),
    ("a shareholders' meeting", "公司召开年度会议。", "股东大会在上海召开。", None),
    # 36氪 is a name with a figure in it, cited or at work; its 36 is no number.
    ("36氪 cited", "光年智能完成融资。", "据36氪报道，光年智能完成融资。", None),
    (
        "36氪 cited as sourced",
        "据36氪报道，光年智能完成融资。",
        "36氪报道称，光年智能完成融资。",
        None,
    ),
    ("36氪 at work", "光年智能完成融资。", "36氪收购光年智能。", "36氪"),
    # Counts: N大 where the sources count the same way, English number words as numbers.
    ("三大 to 五大", "公司有三大业务。", "公司有五大业务。", "五大"),
    ("三大 kept", "公司有三大业务。", "公司的三大业务稳步增长。", None),
    (
        "days changed in English",
        "The app hit 1 million downloads in five days.",
        "The app hit 1 million downloads in ten days.",
        "ten days",
    ),
    (
        "ten days kept",
        "The app hit 1 million downloads in ten days.",
        "Downloads reached 1 million within ten days.",
        None,
    ),
    ("10 days for ten", "It took ten days.", "It took 10 days.", None),
    ("ten days for 10", "It took 10 days.", "It took ten days.", None),
    ("three times for 3x", "It runs 3 times faster.", "It runs three times faster.", None),
    (
        "three times for five",
        "It runs five times faster.",
        "It runs three times faster.",
        "three times",
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_review16_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
