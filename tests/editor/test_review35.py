"""The verifier on siblings of the last stop's rules (issue 11, review35): probe34's scales
as levels, countries by their character, places' possessives, 时 before a modal, the press
a digest credits and the outlet a text cites; dict34's names read with the dictionary;
retell34's Cantonese, Hokkien and Korean readings and names a particle joins; review34's
scales' parts, umlauts, ministers of a field, numbered things, about (多 before a
counter), superlatives of a whole field, phases and pronouns.  Each is written in other
words, numbers, names, places or the other language than the rule's own table test:
right retellings that must pass and wrong ones that must be flagged.

Each row is a source, a text a writer made from it (the sentences are ours; persons,
firms and places are real or invented), and the claim (or claims) that must be flagged,
as the verifier writes them, or None.  ``XFAIL`` holds the siblings still read wrongly,
each with its cause.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

USERS = "Lumio 平台用户已达 120 万。"
MARKET = "Lumio 押注万亿市场。"
SNACKS = "Lumio 打造百亿零食王国。"
LEVELS = [
    ("level: 百万级 for 120 万", USERS, "Lumio 拥有百万级用户。", None),
    ("level: 千万级 for 120 万", USERS, "Lumio 拥有千万级用户。", "千万级"),
    ("level: 万亿级 for 万亿", MARKET, "Lumio 押注万亿级市场。", None),
    ("level: 百亿级 for 万亿", MARKET, "Lumio 押注百亿级市场。", "百亿级"),
    ("level: 亿级 for 3 亿", "Lumio 用户超过 3 亿。", "Lumio 拥有亿级用户。", None),
    ("bare: 百亿 kept", SNACKS, "Lumio 打造了百亿零食王国。", None),
    ("bare: 千亿 for 百亿", SNACKS, "Lumio 打造千亿零食王国。", "千亿"),
    ("bare: 千亿 market for 百亿", "Lumio 押注百亿市场。", "Lumio 押注千亿市场。", "千亿"),
]

LISTING = "Lumio 计划赴港上市。"
COUNTRIES = [
    ("country: 日股 for 港股", "Lumio 急赴港股。", "Lumio 急赴日股上市。", "日股"),
    ("country: 韩方 for 韩国", "韩国政府宣布 Lumio 芯片补贴。", "韩方宣布了补贴。", None),
    ("country: 赴日 for 赴港", LISTING, "Lumio 计划赴日上市。", "日"),
    ("country: 赴英国 for 赴港", LISTING, "Lumio 计划赴英国上市。", "英国"),
    ("country: 德企 for 德国企业", "德国企业 Lumio 发布新车。", "德企 Lumio 发布新车。", None),
    (
        "country: 法媒 for 美国媒体",
        "美国媒体报道了 Lumio 的新车。",
        "法媒报道了 Lumio 的新车。",
        "法媒",
    ),
    ("country: 赴港 in English", LISTING, "Lumio plans to list in Hong Kong.", None),
]

GOBI = "Lumio 在戈壁沙漠建设光伏电站。"
BEIJING = "北京将建设 Lumio 算力中心。"
POSSESSIVES = [
    ("possessive: a desert", GOBI, "Lumio builds solar farms at the Gobi Desert's edge.", None),
    (
        "possessive: another desert",
        GOBI,
        "Lumio builds solar farms at the Sahara Desert's edge.",
        "Sahara Desert's",
    ),
    ("possessive: a city", BEIJING, "Beijing's new Lumio compute centre is planned.", None),
    ("possessive: another city", BEIJING, "Tokyo's new Lumio compute centre is planned.", "Tokyo"),
]

INFERENCE = "Lumio 在推理时可调用工具。"
MODALS = [
    ("时会: no name", "Lumio 在推理时会调用工具。", "Lumio 推理时会调用工具。", None),
    ("时可: no name", INFERENCE, "Lumio 推理时可调用工具。", None),
    ("时, then a name", INFERENCE, "推理时，Corvid 可调用工具。", "Corvid"),
]

LIES = "研究发现大模型会说谎。"
CHIP_BLOOMBERG = "据彭博社报道，苹果将发布新芯片。"
CHIP_REUTERS_EN = "According to Reuters, Apple will launch a new chip."
PRESS = [
    ("press: 量子位 introducing it", LIES, "量子位介绍，大模型会说谎。", None),
    ("press: 36氪 reporting it", LIES, "36氪报道，大模型会说谎。", None),
    (
        "cited: an outlet the sources do not credit",
        "苹果将发布新芯片。",
        "据彭博社报道，苹果将发布新芯片。",
        None,
    ),
    ("cited: the sources' outlet", CHIP_BLOOMBERG, "彭博社报道称，苹果将发布新芯片。", None),
    ("cited: its short name", CHIP_BLOOMBERG, "据彭博报道，苹果将发布新芯片。", None),
    ("cited: another wire", CHIP_BLOOMBERG, "据路透社报道，苹果将发布新芯片。", "路透社"),
    ("cited: another wire, no 据", CHIP_BLOOMBERG, "路透社报道，苹果将发布新芯片。", "路透社"),
    ("cited: another outlet's 获悉", CHIP_BLOOMBERG, "财新获悉，苹果将发布新芯片。", "财新"),
    ("cited: the state agency", CHIP_BLOOMBERG, "据新华社报道，苹果将发布新芯片。", "新华社"),
    (
        "cited: another outlet of a digest",
        "据36氪报道，推荐系统正从选择转向生成。",
        "据路透社报道，推荐系统正从选择转向生成。",
        "路透社",
    ),
    ("cited: the wire in English", CHIP_REUTERS_EN, "据路透社报道，苹果将发布新芯片。", None),
    (
        "cited: another wire in English",
        "According to Bloomberg, Apple will launch a new chip.",
        "据路透社报道，苹果将发布新芯片。",
        "路透社",
    ),
    (
        "cited: zh source, en text",
        "据路透社报道，苹果将发布新芯片。",
        "Reuters reported that Apple will launch a new chip.",
        None,
    ),
    (
        "cited: zh source, another wire in en",
        CHIP_BLOOMBERG,
        "Reuters reported that Apple will launch a new chip.",
        "Reuters",
    ),
]

GEMINI = "Gemini 3 的推理能力大幅提升。"
MAKERS = [
    ("maker: Google's Gemini", GEMINI, "Google's Gemini 3 reasons far better.", None),
    ("maker: another maker's", GEMINI, "OpenAI's Gemini 3 reasons far better.", "OpenAI's"),
    (
        "maker: Alibaba's Qwen",
        "通义千问发布新版本。",
        "Alibaba's Qwen released a new version.",
        None,
    ),
]

ARENA = "清北与普林斯顿开源评测体系。"
WENS = "温氏股份在猪周期底部扩产。"
TENGGER = "Lumio 在腾格里沙漠建设光伏。"
TABLES = [
    ("table: 北大 alone of 清北", ARENA, "北大与普林斯顿开源评测体系。", None),
    ("table: 复旦 for 清北", ARENA, "复旦与普林斯顿开源评测体系。", "复旦"),
    ("table: Wens", WENS, "Wens Foodstuff expanded at the bottom of the hog cycle.", None),
    (
        "table: Muyuan for 温氏",
        WENS,
        "Muyuan Foods expanded at the bottom of the hog cycle.",
        "Muyuan Foods",
    ),
    ("table: B cell", "Lumio 解析了 B细胞的突变。", "Lumio explains B cell mutations.", None),
    ("table: Tengger Desert", TENGGER, "Lumio builds solar farms in the Tengger Desert.", None),
    (
        "table: Badain Jaran for Tengger",
        TENGGER,
        "Lumio builds solar farms in the Badain Jaran Desert.",
        "Badain Jaran Desert",
    ),
]

PHIL = "柏林爱乐乐团与一家初创公司合作。"
SSE = "上海证券交易所将用人工智能监控异常交易。"
CANNES = "戛纳电影节首次设立人工智能单元。"
NHM = "伦敦自然历史博物馆用人工智能整理标本。"
DICTIONARY = [
    (
        "dict: an orchestra",
        PHIL,
        "The Berlin Philharmonic Orchestra is working with a start-up.",
        None,
    ),
    (
        "dict: another city's orchestra",
        PHIL,
        "The Munich Philharmonic Orchestra is working with a start-up.",
        "Munich Philharmonic Orchestra",
    ),
    ("dict: an exchange", SSE, "The Shanghai Stock Exchange will use AI to watch trading.", None),
    (
        "dict: another city's exchange",
        SSE,
        "The Shenzhen Stock Exchange will use AI to watch trading.",
        "Shenzhen Stock Exchange",
    ),
    ("dict: a film festival", CANNES, "The Cannes Film Festival added an AI section.", None),
    (
        "dict: another kind of festival",
        CANNES,
        "The Cannes Music Festival added an AI section.",
        "Cannes Music Festival",
    ),
    (
        "dict: another city's festival",
        CANNES,
        "The Venice Film Festival added an AI section.",
        "Venice Film Festival",
    ),
    ("dict: a museum", NHM, "London's Natural History Museum sorts specimens with AI.", None),
    (
        "dict: another museum",
        NHM,
        "London's Science Museum sorts specimens with AI.",
        "Science Museum",
    ),
    (
        "dict: the words apart",
        "伦敦一家博物馆用人工智能整理自然历史标本。",
        "London's Natural History Museum sorts specimens with AI.",
        "Natural History Museum",
    ),
]

LI = "李嘉诚表示将投资人工智能。"
CHENG = "Cheng Yu-tung built a property empire."
TAN = "陈清木表示该党将参选。"
LEE_EN = "Lee Hsien Loong said AI would spread."
BUSAN = "三星在韩国釜山海云台开设研发中心。"
READINGS = [
    ("cantonese: Li Ka-shing", LI, "Li Ka-shing said he would invest in AI.", None),
    ("cantonese: another syllable", LI, "Li Ka-wing said he would invest in AI.", "Li Ka-wing"),
    ("cantonese: zh of an en name", CHENG, "郑裕彤建立了地产帝国。", None),
    ("cantonese: zh of another", CHENG, "郑家纯建立了地产帝国。", "郑家纯"),
    ("family: a closing k as ck", TAN, "Tan Cheng Bock said the party would contest.", None),
    (
        "family: another vowel",
        TAN,
        "Tan Cheng Book said the party would contest.",
        "Tan Cheng Book",
    ),
    ("family: zh of ck", "Tan Cheng Bock said so.", "陈清木表示。", None),
    ("family: zh of another", "Tan Cheng Bock said so.", "陈清文表示。", "陈清文"),
    ("family: ung as oong, zh of en", LEE_EN, "李显龙表示将推广 AI 诊断。", None),
    ("family: zh of a brother", LEE_EN, "李显扬表示将推广 AI 诊断。", "李显扬"),
    ("family: another given name", "李显龙表示。", "Lee Hsien Yang said so.", "Lee Hsien Yang"),
    ("korean place: Haeundae", BUSAN, "Samsung opened a lab in Haeundae, Busan.", None),
    ("korean place: another", BUSAN, "Samsung opened a lab in Gwangan, Busan.", "Gwangan"),
    (
        "korean place: not in the sources",
        "三星在韩国釜山开设研发中心。",
        "Samsung opened a lab in Haeundae, Busan.",
        "Haeundae",
    ),
    ("korean: 兑 read tae", "李相兑表示产量将提高。", "Lee Sang-tae said output would rise.", None),
    (
        "vietnamese: To Lam in zh",
        "General Secretary To Lam met the delegation.",
        "总书记苏林会见了代表团。",
        None,
    ),
    (
        "vietnamese: another in zh",
        "General Secretary To Lam met the delegation.",
        "总书记阮富仲会见了代表团。",
        "阮富仲",
    ),
    (
        "particle: Egmond aan Zee",
        "比赛在荷兰埃格蒙德安泽举行。",
        "The tournament was held in Egmond aan Zee.",
        None,
    ),
    (
        "particle: Katwijk aan Zee",
        "比赛在荷兰卡特韦克安泽举行。",
        "The tournament was held in Katwijk aan Zee.",
        None,
    ),
    (
        "particle: another town",
        "比赛在荷兰维克安泽举行。",
        "The tournament was held in Katwijk aan Zee.",
        ("Katwijk", "Zee"),
    ),
    (
        "particle: zh of an en town",
        "The tournament was held in Katwijk aan Zee.",
        "比赛在荷兰卡特韦克安泽举行。",
        None,
    ),
]

DEFECTS = "不良率降至千分之五。"
ALARMS = "误报率为万分之三。"
SCHROEDER = "Gerhard Schröder 表示支持该项目。"
PARTS = [
    ("parts: 千分之五 as 0.5%", DEFECTS, "The defect rate fell to 0.5%.", None),
    ("parts: 千分之五 as 5%", DEFECTS, "The defect rate fell to 5%.", "5%"),
    ("parts: 万分之三 as 0.03%", ALARMS, "The false alarm rate is 0.03%.", None),
    ("parts: 千分之三 for 万分之三", ALARMS, "误报率为千分之三。", "千分之三"),
    ("umlaut: oe written out", SCHROEDER, "Gerhard Schroeder backed the project.", None),
    ("umlaut: another name", SCHROEDER, "Gerhard Koenig backed the project.", "Gerhard Koenig"),
]

BALAKRISHNAN = "新加坡外交部长维文·巴拉克里希南表示将深化关系。"
GIANG = "越南国防部长潘文江表示将深化关系。"
MINISTERS = [
    (
        "minister: a country before the field",
        BALAKRISHNAN,
        "Singapore Foreign Minister Vivian Balakrishnan said ties would deepen.",
        None,
    ),
    (
        "minister: another country before the field",
        BALAKRISHNAN,
        "Malaysian Foreign Minister Vivian Balakrishnan said ties would deepen.",
        "Malaysian Foreign Minister Vivian Balakrishnan",
    ),
    (
        "minister: another field after the country",
        BALAKRISHNAN,
        "Singapore Finance Minister Vivian Balakrishnan said ties would deepen.",
        "Singapore Finance Minister Vivian Balakrishnan",
    ),
    (
        "minister: Vietnam's before defence",
        GIANG,
        "Vietnamese Defence Minister Phan Van Giang said ties would deepen.",
        None,
    ),
    (
        "minister: a nationality the sources lack",
        GIANG,
        "Thai Defence Minister Phan Van Giang said ties would deepen.",
        "Thai",
    ),
    (
        "minister: finance",
        "财政部长黄循财宣布 AI 补贴。",
        "Finance Minister Lawrence Wong announced AI subsidies.",
        None,
    ),
    (
        "minister: education for finance",
        "财政部长黄循财宣布 AI 补贴。",
        "Education Minister Lawrence Wong announced AI subsidies.",
        "Education Minister Lawrence Wong",
    ),
]

NUMBERED = [
    (
        "numbered: Terminal 5",
        "5 号航站楼启用了 AI 安检。",
        "Terminal 5 introduced AI checks.",
        None,
    ),
    (
        "numbered: Terminal 3 for 5",
        "5 号航站楼启用了 AI 安检。",
        "Terminal 3 introduced AI checks.",
        "Terminal 3",
    ),
    (
        "numbered: a boarding gate",
        "12 号登机口启用了人脸识别。",
        "Gate 12 introduced face recognition.",
        None,
    ),
    (
        "numbered: another gate",
        "12 号登机口启用了人脸识别。",
        "Gate 14 introduced face recognition.",
        "Gate 14",
    ),
    ("numbered: an exit", "3 号出口关闭。", "Exit 3 is closed.", None),
    ("numbered: an exit the sources lack", "地铁站关闭。", "Exit 3 is closed.", "Exit 3"),
    ("numbered: another line", "5 号线开通。", "Line 6 opened.", "6"),
]

CEO58 = "CEO 张伟今年 58 岁。"
STAFF = "团队成员平均 24 岁。"
MODELS12 = "公司推出了 12 个模型。"
ABOUT = [
    ("about: 五十岁出头 for 53", "CEO 张伟今年 53 岁。", "CEO 张伟五十岁出头。", None),
    ("about: 五十岁出头 for 58", CEO58, "CEO 张伟五十岁出头。", "五十岁"),
    ("about: late 50s for 58", CEO58, "CEO Zhang Wei is in his late 50s.", None),
    ("about: late 50s for 52", "CEO 张伟今年 52 岁。", "CEO Zhang Wei is in his late 50s.", "50"),
    ("about: 六十岁左右 for 61", "CEO 张伟今年 61 岁。", "CEO 张伟六十岁左右。", None),
    ("多: 二十多岁 for 24", STAFF, "团队成员平均二十多岁。", None),
    ("多: 三十多岁 for 24", STAFF, "团队成员平均三十多岁。", "三十多岁"),
    ("多: 四十多岁 for 46", "The CEO is 46.", "这位 CEO 四十多岁。", None),
    ("多: 十多个 the same", "公司推出了十多个模型。", "公司推出十多个模型。", None),
    ("多: 十多个 for 12", MODELS12, "公司推出十多个模型。", None),
    ("多: 十多个 for 25", "公司推出了 25 个模型。", "公司推出十多个模型。", "十多个"),
    ("多: a list the sources never count", "公司推出了一系列模型。", "公司推出十多个模型。", None),
    ("余: 二十余家 for 23", "已有 23 家企业接入。", "已有二十余家企业接入。", None),
    ("余: 二十余家 for 35", "已有 35 家企业接入。", "已有二十余家企业接入。", "二十余家"),
    ("多: 三十多人 for 30 多人", "团队有 30 多人。", "团队有三十多人。", None),
    ("多: 三十多人 in English", "The team has more than 30 people.", "团队有三十多人。", None),
]

SECOND_EN = "It is the country's second-biggest chip plant."
SUPERLATIVES = [
    ("largest: 全国最大 for second", SECOND_EN, "这是全国最大的芯片厂。", "最大"),
    ("largest: 国内第二大", SECOND_EN, "这是国内第二大芯片厂。", None),
    ("largest: 全省最大 for second", "这是省内第二大芯片厂。", "这是全省最大的芯片厂。", "最大"),
    ("largest: 全省最大 kept", "这是省内最大的芯片厂。", "这是全省最大的芯片厂。", None),
    (
        "largest: 亚洲最大 for second",
        "It is Asia's second-largest chip plant.",
        "这是亚洲最大的芯片厂。",
        "最大",
    ),
    (
        "largest: the nation's for second",
        "这是国内第二大芯片厂。",
        "It is the nation's largest chip plant.",
        "largest",
    ),
    (
        "largest: the country's kept",
        "这是国内最大的芯片厂。",
        "It is the country's largest chip plant.",
        None,
    ),
    (
        "largest: one of the country's",
        "这是国内第三大芯片厂。",
        "It is one of the country's largest chip plants.",
        None,
    ),
    ("largest: one of the city's", "这是市内第三大芯片厂。", "这是全市最大的芯片厂之一。", None),
]

PHASES = [
    ("phase: 2a for IIa", "该药物进入 IIa 期临床试验。", "The drug entered Phase 2a trials.", None),
    (
        "phase: 2b for IIa",
        "该药物进入 IIa 期临床试验。",
        "The drug entered Phase 2b trials.",
        "Phase 2",
    ),
    ("pronoun: Everyone", "所有人都能使用该模型。", "Everyone can use the model.", None),
    ("pronoun: Someone", "有人泄露了该模型。", "Someone leaked the model.", None),
]

WEATHER = "日本气象厅发布暴雨预警。"
BODIES = [
    ("ministry: a country's, cut by jieba", WEATHER, "日本防卫省发布暴雨预警。", "日本防卫省"),
    ("ministry: the sources'", "日本防卫省启用 AI 系统。", "日本防卫省启用 AI 系统。", None),
    ("ministry: one word of jieba's", WEATHER, "日本外务省发布暴雨预警。", "日本外务省"),
    (
        "ministry: in English",
        "日本外务省启用 AI 系统。",
        "Japan's Foreign Ministry launched it.",
        None,
    ),
    (
        "ministry: another in English",
        "日本外务省启用 AI 系统。",
        "Japan's Defence Ministry launched it.",
        "Defence Ministry",
    ),
    (
        "ministry: zh of an en name",
        "Japan's Foreign Ministry launched an AI system.",
        "日本外务省启用 AI 系统。",
        None,
    ),
    ("province: no ministry", "越南广宁省启用 AI 系统。", "越南广宁省启用 AI 系统。", None),
    ("province: 全省", "全省启用 AI 系统。", "全省启用 AI 系统。", None),
]

XFAIL = {
    "ministry: a country's, cut by jieba": (
        "日本|防卫|省 is claimed nowhere: reading 省 after Japan and a field as a ministry "
        "raised everyday8's held false alarms 10 → 11, so it was not kept"
    ),
    "ministry: zh of an en name": (
        "a Chinese body's name is not read from the sources' English words (韩国国防部 for "
        "South Korea's Defence Ministry is flagged on main too); 日本外务省 is now a claim"
    ),
}

CASES = (
    LEVELS
    + COUNTRIES
    + POSSESSIVES
    + MODALS
    + PRESS
    + MAKERS
    + TABLES
    + DICTIONARY
    + READINGS
    + PARTS
    + MINISTERS
    + NUMBERED
    + ABOUT
    + SUPERLATIVES
    + PHASES
    + BODIES
)


def _row(case: tuple[str, str, str, str | tuple[str, ...] | None]) -> object:
    name, source, text, wrong = case
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else []
    return pytest.param(source, text, wrong, id=name, marks=marks)


@pytest.mark.parametrize(("source", "text", "wrong"), [_row(c) for c in CASES])
def test_review35_siblings(source: str, text: str, wrong: str | tuple[str, ...] | None) -> None:
    expected = [] if wrong is None else [wrong] if isinstance(wrong, str) else list(wrong)
    assert flagged(text, source) == expected
