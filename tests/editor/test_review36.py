"""The verifier on siblings of the last stop's rules (issue 11, review36): names36's Hong
Kong spellings, nationalities before an office and places a particle joins; review35's
levels and bare scales, 多 before a counter, parts of a thousand, superlatives, phases,
cited outlets, countries by their character, possessives, makers, the alias and
dictionary tables, ministers and numbered things; fresh11's places of the researchers
and ministries; the ordinary words' titles.  Each is written the way an LLM writer
retells its source: in the other language, in traditional characters or full-width
figures, with another counter or unit (几, 量级, "more than 20", "a trillion-yuan"), and
its inverse (a wrong value or name the rule might let through).

Each row is a source, a text a writer made from it (the sentences are ours; persons,
firms and places are real or invented), and the claim (or claims) that must be flagged,
as the verifier writes them, or None.  ``XFAIL`` holds the siblings still read wrongly,
each with its cause.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

CHAN = "陈振声表示将加强合作。"
CHAN_TRADITIONAL = "陳振聲表示將加強合作。"
TSANG = "曾荫权出席了论坛。"
HONG_KONG = [
    ("j: a traditional source", CHAN_TRADITIONAL, "Chan Chun Sing said ties would grow.", None),
    (
        "j: a traditional source, another name",
        CHAN_TRADITIONAL,
        "Chan Kwok Sing said ties would grow.",
        "Chan Kwok Sing",
    ),
    ("j: hyphenated", CHAN, "Chan Chun-sing said cooperation would grow.", None),
    ("j: a possessive", CHAN, "Chan Chun Sing's ministry said ties would grow.", None),
    ("j: Chow for 周", "周润发捐出了身家。", "Chow Yun-fat gave away his fortune.", None),
    (
        "j: another given name",
        "周润发捐出了身家。",
        "Chow Yun-kit gave away his fortune.",
        "Chow Yun-kit",
    ),
    ("j: Tsang for 曾", TSANG, "Tsang Yam-kuen attended the forum.", None),
    ("j: Tsang, another name", TSANG, "Tsang Yam-wing attended the forum.", "Tsang Yam-wing"),
    ("j: zh of Tsang", "Tsang Yam-kuen attended the forum.", TSANG, None),
    ("j: zh of another", "Tsang Yam-kuen attended the forum.", "曾荫明出席了论坛。", "曾荫明"),
]

GIANG = "越南国防部长潘文江表示将深化关系。"
GIANG_EN = "Vietnamese Defence Minister Phan Van Giang said ties would deepen."
TRUMP = "美国总统特朗普签署了行政令。"
STARMER = "英国首相斯塔默宣布了 AI 计划。"
MODI = "印度总理莫迪访问了工厂。"
OFFICES = [
    (
        "office: Chinese for 国家主席",
        "国家主席习近平会见了代表团。",
        "Chinese President Xi Jinping met them.",
        None,
    ),
    ("office: US", TRUMP, "US President Donald Trump signed the order.", None),
    ("office: U.S.", TRUMP, "U.S. President Donald Trump signed the order.", None),
    ("office: American", TRUMP, "American President Donald Trump signed the order.", None),
    ("office: French for America's", TRUMP, "French President Donald Trump signed it.", "French"),
    (
        "office: South Korean",
        "韩国总统李在明访问了工厂。",
        "South Korean President Lee Jae-myung visited the plant.",
        None,
    ),
    (
        "office: North for South Korean",
        "韩国总统李在明访问了工厂。",
        "North Korean President Lee Jae-myung visited the plant.",
        "North Korean",
    ),
    ("office: British", STARMER, "British Prime Minister Keir Starmer announced a plan.", None),
    ("office: UK", STARMER, "UK Prime Minister Keir Starmer announced a plan.", None),
    (
        "office: Irish for Britain's",
        STARMER,
        "Irish Prime Minister Keir Starmer announced it.",
        "Irish",
    ),
    (
        "office: 俄 for Russia",
        "俄总统普京签署了法令。",
        "Russian President Vladimir Putin signed it.",
        None,
    ),
    (
        "office: 日 for Japan",
        "日首相石破茂表示将推进 AI。",
        "Japanese Prime Minister Shigeru Ishiba backed AI.",
        None,
    ),
    ("office: a lower-case office", GIANG, "Thai defence minister Phan Van Giang spoke.", "Thai"),
    (
        "office: a lower-case office kept",
        GIANG,
        "Vietnamese defence minister Phan Van Giang spoke.",
        None,
    ),
    ("office: zh, another country", GIANG, "泰国国防部长潘文江表示将深化关系。", "泰国"),
    ("office: zh of en", GIANG_EN, GIANG, None),
    ("office: zh of en, another country", GIANG_EN, "泰国国防部长潘文江表示将深化关系。", "泰国"),
    (
        "office: a former president",
        "前总统奥巴马发表讲话。",
        "Former President Barack Obama spoke.",
        None,
    ),
    (
        "office: Chinese for 外交部长",
        "外交部长王毅会见了代表团。",
        "Chinese Foreign Minister Wang Yi met them.",
        None,
    ),
    ("office: Indian", MODI, "Indian Prime Minister Narendra Modi visited the plant.", None),
    (
        "office: Pakistani for India's",
        MODI,
        "Pakistani Prime Minister Narendra Modi visited the plant.",
        ("Pakistani", "Narendra Modi"),
    ),
    ("office: a traditional source", "越南國防部長潘文江表示將深化關係。", GIANG_EN, None),
    (
        "office: a commission's president",
        "欧盟委员会主席冯德莱恩发表讲话。",
        "European Commission President Ursula von der Leyen gave a speech.",
        None,
    ),
    (
        "office: an ambassador",
        "美国驻华大使发表讲话。",
        "The US Ambassador to China gave a speech.",
        None,
    ),
]

KATWIJK = "The tournament was held in Katwijk aan Zee."
PARTICLES = [
    (
        "particle: Bergen op Zoom",
        "The plant is in Bergen op Zoom.",
        "工厂位于荷兰贝亨奥普佐姆。",
        None,
    ),
    (
        "particle: two particles",
        "The lab is in Alphen aan den Rijn.",
        "实验室位于荷兰阿尔芬安德莱恩。",
        None,
    ),
    (
        "particle: a long run",
        "The yard is in Castellammare di Stabia.",
        "船厂位于意大利卡斯泰拉马雷迪斯塔比亚。",
        None,
    ),
    (
        "particle: translated",
        "The bank is in Frankfurt am Main.",
        "银行位于美因河畔法兰克福。",
        None,
    ),
    ("particle: traditional", KATWIJK, "比賽在荷蘭卡特韋克安澤舉行。", None),
    (
        "particle: hyphens",
        "The tournament was held in Katwijk-aan-Zee.",
        "比赛在荷兰卡特韦克安泽举行。",
        None,
    ),
    (
        "particle: en, another town",
        "比赛在荷兰卡特韦克安泽举行。",
        "The tournament was held in Egmond aan Zee.",
        ("Egmond", "Zee"),
    ),
]

USERS = "Lumio 平台用户已达 120 万。"
MARKET = "Lumio 押注万亿市场。"
SNACKS = "Lumio 打造百亿零食王国。"
SCALES = [
    ("level: 百万量级", USERS, "Lumio 拥有百万量级用户。", None),
    ("level: 千万量级 for 120 万", USERS, "Lumio 拥有千万量级用户。", "千万量级"),
    ("level: over a million", USERS, "Lumio has over a million users.", None),
    (
        "level: over a million for 220 万",
        "Lumio 用户已达 220 万。",
        "Lumio has over a million users.",
        "a million",
    ),
    ("level: more than 1 million", USERS, "Lumio has more than 1 million users.", None),
    (
        "level: tens of millions for 120 万",
        USERS,
        "Lumio has tens of millions of users.",
        "tens of millions of",
    ),
    ("level: traditional 萬億級", MARKET, "Lumio 押注萬億級市場。", None),
    ("level: traditional 百億級 for 万亿", MARKET, "Lumio 押注百億級市場。", "百億級"),
    ("level: a trillion-yuan market", MARKET, "Lumio is betting on a trillion-yuan market.", None),
    (
        "level: a trillion-yuan market for 千亿",
        "Lumio 押注千亿市场。",
        "Lumio is betting on a trillion-yuan market.",
        "a trillion-yuan",
    ),
    (
        "level: a trillion-level market",
        "Lumio 押注万亿级市场。",
        "Lumio bets on a trillion-level market.",
        None,
    ),
    ("level: 十亿级 for 3 亿", "Lumio 用户超过 3 亿。", "Lumio 拥有十亿级用户。", "十亿级"),
    ("bare: a traditional source", "Lumio 押注千億市場。", "Lumio 押注千亿市场。", None),
    ("bare: 百亿 for a traditional 千億", "Lumio 押注千億市場。", "Lumio 押注百亿市场。", "百亿"),
    ("bare: 上百亿", SNACKS, "Lumio 打造上百亿的零食王国。", None),
    ("bare: 上千亿 for 百亿", SNACKS, "Lumio 打造上千亿的零食王国。", "上千亿"),
    (
        "bare: a trillion for 百亿",
        SNACKS,
        "Lumio is building a trillion-yuan snack empire.",
        "a trillion-yuan",
    ),
]

STAFF = "团队成员平均 24 岁。"
MODELS12 = "公司推出了 12 个模型。"
FIRMS23 = "已有 23 家企业接入。"
CEO53 = "CEO 张伟今年 53 岁。"
ABOUT = [
    ("多: traditional 二十多歲", STAFF, "團隊成員平均二十多歲。", None),
    ("多: traditional 三十多歲 for 24", STAFF, "團隊成員平均三十多歲。", "三十多歲"),
    ("多: 20 多岁 in figures", STAFF, "团队成员平均 20 多岁。", None),
    ("多: 30 多岁 in figures for 24", STAFF, "团队成员平均 30 多岁。", "30 多"),
    ("多: full-width ２０多岁", STAFF, "团队成员平均２０多岁。", None),
    ("几: 十几个 for 12", MODELS12, "公司推出十几个模型。", None),
    ("几: 二十几个 for 12", MODELS12, "公司推出二十几个模型。", "二十几个"),
    ("几: 二十几家 for 23", FIRMS23, "已有二十几家企业接入。", None),
    ("几: 三十几家 for 23", FIRMS23, "已有三十几家企业接入。", "三十几家"),
    ("余: 十余个 for 12", MODELS12, "公司推出十余个模型。", None),
    ("余: 三十余个 for 12", MODELS12, "公司推出三十余个模型。", "三十余个"),
    ("多: traditional 十多個", MODELS12, "公司推出十多個模型。", None),
    ("多: traditional 二十多個 for 12", MODELS12, "公司推出二十多個模型。", "二十多個"),
    (
        "over: more than a dozen for 12",
        MODELS12,
        "The company launched more than a dozen models.",
        None,
    ),
    ("over: more than 20 for 12", MODELS12, "The company launched more than 20 models.", "20"),
    ("over: more than 20 for 23", FIRMS23, "More than 20 companies have joined.", None),
    ("over: more than 30 for 23", FIRMS23, "More than 30 companies have joined.", "30"),
    ("over: 超过 20 家 for 23", FIRMS23, "已有超过 20 家企业接入。", None),
    ("over: 超过 10 家 for 23", FIRMS23, "已有超过 10 家企业接入。", "10"),
    ("about: 五十多岁 for 53", CEO53, "CEO 张伟五十多岁。", None),
    ("about: 五十多岁 for 63", "CEO 张伟今年 63 岁。", "CEO 张伟五十多岁。", "五十多岁"),
    ("about: early 50s for 53", CEO53, "CEO Zhang Wei is in his early 50s.", None),
    ("about: early 50s for 58", "CEO 张伟今年 58 岁。", "CEO Zhang Wei is in his early 50s.", "50"),
    ("about: a traditional source", "CEO 張偉今年 53 歲。", "CEO 张伟五十岁出头。", None),
    ("about: 六十岁左右 for 66", "CEO 张伟今年 66 岁。", "CEO 张伟六十岁左右。", "六十岁"),
    ("about: in his 60s for 53", CEO53, "CEO Zhang Wei is in his 60s.", "60"),
]

DEFECTS = "不良率降至千分之五。"
ALARMS = "误报率为万分之三。"
PARTS = [
    ("parts: 5‰", DEFECTS, "不良率降至 5‰。", None),
    ("parts: 0.5 per cent", DEFECTS, "The defect rate fell to 0.5 per cent.", None),
    ("parts: 千分之五 from 0.5%", "The defect rate fell to 0.5%.", DEFECTS, None),
    ("parts: 百分之五 for 千分之五", DEFECTS, "不良率降至百分之五。", "百分之五"),
    ("parts: 万分之五 for 千分之五", DEFECTS, "不良率降至万分之五。", "万分之五"),
    ("parts: full-width ０.５％", DEFECTS, "不良率降至０.５％。", None),
    ("parts: 5 per 1,000", DEFECTS, "The defect rate fell to 5 per 1,000.", None),
    ("parts: 3 in 10,000", ALARMS, "The false alarm rate is 3 in 10,000.", None),
    ("parts: 3 in 1,000 for 万分之三", ALARMS, "The false alarm rate is 3 in 1,000.", "1,000"),
]

SECOND = "这是国内第二大芯片厂。"
ASIA = "这是亚洲最大的芯片厂。"
SUPERLATIVES = [
    ("largest: 全国第二大", SECOND, "这是全国第二大芯片厂。", None),
    ("largest: 国内最大 for second", SECOND, "这是国内最大的芯片厂。", "最大"),
    ("largest: traditional 全國最大 for second", SECOND, "這是全國最大的芯片廠。", "最大"),
    (
        "largest: the country's second-largest",
        SECOND,
        "It is the country's second-largest chip plant.",
        None,
    ),
    (
        "largest: third-largest for second",
        SECOND,
        "It is the country's third-largest chip plant.",
        "third-largest",
    ),
    ("largest: 全球最大 for Asia's", ASIA, "这是全球最大的芯片厂。", "最大"),
    ("largest: the world's for Asia's", ASIA, "It is the world's largest chip plant.", "largest"),
    ("largest: Asia's", ASIA, "It is Asia's largest chip plant.", None),
    (
        "largest: 全球最大, no scope in the sources",
        "这是最大的芯片厂。",
        "这是全球最大的芯片厂。",
        None,
    ),
    (
        "largest: the world's, said by the sources",
        "It is the world's largest chip plant, and Asia's largest too.",
        "这是全球最大的芯片厂。",
        None,
    ),
]

PHASE2 = "The drug entered Phase 2 trials."
PHASE2A = "The drug entered Phase 2a trials."
PHASES = [
    ("phase: Ⅱ 期", "该药物进入 Ⅱ 期临床试验。", PHASE2, None),
    ("phase: Ⅲ 期 for Phase 2", PHASE2, "该药物进入 Ⅲ 期临床试验。", "Ⅲ"),
    (
        "phase: Ⅱa 期 for Phase 2a",
        PHASE2A,
        "该药物进入 Ⅱa 期临床试验。",
        None,
    ),
    ("phase: 二期", PHASE2, "该药物进入二期临床试验。", None),
    ("phase: IIa 期 for Phase 2a", PHASE2A, "该药物进入 IIa 期临床试验。", None),
    ("phase: IIb 期 for Phase 2a", PHASE2A, "该药物进入 IIb 期临床试验。", "IIb"),
    ("phase: 2a 期 for Phase 2a", PHASE2A, "该药物进入 2a 期临床试验。", None),
    ("phase: 2b 期 for Phase 2a", PHASE2A, "该药物进入 2b 期临床试验。", "2"),
    ("phase: 三期 for Phase 2", PHASE2, "该药物进入三期临床试验。", "三期"),
    (
        "phase: Phase II for 2 期",
        "该药物进入 2 期临床试验。",
        "The drug entered Phase II trials.",
        None,
    ),
    (
        "phase: Phase III for 2 期",
        "该药物进入 2 期临床试验。",
        "The drug entered Phase III trials.",
        "Phase III",
    ),
    ("pronoun: Nobody", "没有人能使用该模型。", "Nobody can use the model.", None),
    ("pronoun: Anyone", "任何人都能使用该模型。", "Anyone can use the model.", None),
]

CHIP = "苹果将发布新芯片。"
CHIP_BLOOMBERG = f"据彭博社报道，{CHIP}"
CHIP_WSJ = f"据《华尔街日报》报道，{CHIP}"
CHIP_INFORMATION = f"据 The Information 报道，{CHIP}"
OUTLETS = [
    ("cited: traditional", CHIP_BLOOMBERG, "據彭博社報導，蘋果將發布新晶片。", None),
    ("cited: traditional, another wire", CHIP_BLOOMBERG, f"據路透社報導，{CHIP}", "路透社"),
    (
        "cited: Bloomberg in English",
        CHIP_BLOOMBERG,
        "Bloomberg reported that Apple will launch a chip.",
        None,
    ),
    ("cited: per Reuters", CHIP_BLOOMBERG, "Apple will launch a new chip, per Reuters.", "Reuters"),
    ("cited: in book marks", CHIP_WSJ, CHIP_WSJ, None),
    ("cited: another paper in book marks", CHIP_WSJ, f"据《纽约时报》报道，{CHIP}", "纽约时报"),
    (
        "cited: the paper in English",
        CHIP_WSJ,
        "The Wall Street Journal reported that Apple will launch a chip.",
        None,
    ),
    ("cited: a Latin outlet", CHIP_INFORMATION, CHIP_INFORMATION, None),
    ("cited: another Latin outlet", CHIP_INFORMATION, f"据 The Verge 报道，{CHIP}", "Verge"),
    ("cited: 外媒 names none", CHIP_BLOOMBERG, f"据外媒报道，{CHIP}", None),
    ("cited: 知情人士", CHIP_BLOOMBERG, f"据知情人士透露，{CHIP}", None),
    ("cited: another wire 援引", CHIP_BLOOMBERG, f"路透社援引消息人士称，{CHIP}", "路透社"),
    ("cited: the short name 援引", CHIP_BLOOMBERG, f"彭博援引消息人士称，{CHIP}", None),
]

LISTING = "Lumio 计划赴港上市。"
JAPANESE_FIRM = "日本企业 Lumio 发布新车。"
US_PRESS = "美国媒体报道了 Lumio 的新车。"
SUBSIDY = "韩国政府宣布 Lumio 芯片补贴。"
COUNTRIES = [
    ("country: 美股 for 港股", "Lumio 急赴港股。", "Lumio 急赴美股上市。", "美股"),
    ("country: 赴美 for 赴港", LISTING, "Lumio 计划赴美上市。", "美"),
    ("country: 港交所 for 赴港", LISTING, "Lumio 计划在港交所上市。", None),
    ("country: New York for 赴港", LISTING, "Lumio plans to list in New York.", "New York"),
    ("country: 韩企 for 日本企业", JAPANESE_FIRM, "韩企 Lumio 发布新车。", "韩企"),
    ("country: 日企 for 日本企业", JAPANESE_FIRM, "日企 Lumio 发布新车。", None),
    ("country: 美媒", US_PRESS, "美媒报道了 Lumio 的新车。", None),
    ("country: 英媒 for 美国媒体", US_PRESS, "英媒报道了 Lumio 的新车。", "英媒"),
    ("country: traditional 韓方", SUBSIDY, "韓方宣布了補貼。", None),
    ("country: 日方 for 韩国", SUBSIDY, "日方宣布了补贴。", "日方"),
    (
        "possessive: another city",
        "北京将建设 Lumio 算力中心。",
        "Shanghai's Lumio centre is planned.",
        "Shanghai",
    ),
    (
        "possessive: a country",
        "日本将建设 Lumio 算力中心。",
        "Japan's Lumio centre is planned.",
        None,
    ),
    (
        "possessive: another country",
        "日本将建设 Lumio 算力中心。",
        "Korea's Lumio centre is planned.",
        "Korea",
    ),
]

GEMINI = "Gemini 3 的推理能力大幅提升。"
QWEN = "通义千问发布新版本。"
VIDEO = "快手的视频生成模型 Lumio 2.0 能参考人脸。"
MAKERS = [
    ("maker: 谷歌的 Gemini", GEMINI, "谷歌的 Gemini 3 推理能力大幅提升。", None),
    ("maker: 微软的 Gemini", GEMINI, "微软的 Gemini 3 推理能力大幅提升。", "微软"),
    (
        "maker: Anthropic's Gemini",
        GEMINI,
        "Anthropic's Gemini 3 reasons far better.",
        "Anthropic's",
    ),
    ("maker: 阿里的 Qwen", QWEN, "阿里的 Qwen 发布了新版本。", None),
    ("maker: 百度的 Qwen", QWEN, "百度的 Qwen 发布了新版本。", "百度"),
    ("maker: Kuaishou for 快手", VIDEO, "Kuaishou's video model Lumio 2.0 can follow faces.", None),
    (
        "maker: ByteDance for 快手",
        VIDEO,
        "ByteDance's video model Lumio 2.0 can follow faces.",
        "ByteDance's",
    ),
]

ARENA = "清北与普林斯顿开源评测体系。"
SSE = "上海证券交易所将用人工智能监控异常交易。"
PHIL = "柏林爱乐乐团与一家初创公司合作。"
TABLES = [
    ("table: Tsinghua of 清北", ARENA, "Tsinghua and Princeton open-sourced a benchmark.", None),
    ("table: Fudan for 清北", ARENA, "Fudan and Princeton open-sourced a benchmark.", "Fudan"),
    ("table: traditional 清華", ARENA, "清華與普林斯頓開源評測體系。", None),
    ("table: 上交所", SSE, "上交所将用人工智能监控异常交易。", None),
    ("table: 深交所 for 上交所", SSE, "深交所将用人工智能监控异常交易。", "深交所"),
    (
        "dict: another city's exchange",
        SSE,
        "The Hong Kong Stock Exchange will use AI to watch trading.",
        "Hong Kong Stock Exchange",
    ),
    (
        "dict: another orchestra",
        PHIL,
        "The Vienna Philharmonic is working with a start-up.",
        "Vienna Philharmonic",
    ),
    (
        "dict: the orchestra, short",
        PHIL,
        "The Berlin Philharmonic is working with a start-up.",
        None,
    ),
]

WANG = "外交部长王毅会见了代表团。"
BALAKRISHNAN_EN = "Singapore Foreign Minister Vivian Balakrishnan said ties would deepen."
MINISTERS = [
    ("minister: zh, another field", WANG, "财政部长王毅会见了代表团。", "财政部长"),
    ("minister: zh, the field dropped", WANG, "部长王毅会见了代表团。", None),
    ("minister: zh, the field added", "部长王毅会见了代表团。", WANG, None),
    (
        "minister: zh, Vietnam's, another field",
        GIANG,
        "越南外交部长潘文江表示将深化关系。",
        "外交部长",
    ),
    (
        "minister: en, another field",
        WANG,
        "Finance Minister Wang Yi met the delegation.",
        "Finance Minister Wang Yi",
    ),
    ("minister: en, the field", WANG, "Foreign Minister Wang Yi met the delegation.", None),
    (
        "minister: zh of en, another field",
        BALAKRISHNAN_EN,
        "新加坡财政部长维文·巴拉克里希南表示将深化关系。",
        "财政部长",
    ),
    (
        "minister: Defense, spelled in American",
        GIANG,
        "Vietnamese Defense Minister Phan Van Giang said ties would deepen.",
        None,
    ),
    (
        "minister: Trade for Foreign",
        "新加坡外交部长维文·巴拉克里希南表示将深化关系。",
        "Singapore Trade Minister Vivian Balakrishnan said ties would deepen.",
        "Singapore Trade Minister Vivian Balakrishnan",
    ),
]

TERMINAL = "5 号航站楼启用了 AI 安检。"
NUMBERED = [
    ("numbered: T5 for 5 号航站楼", TERMINAL, "T5 航站楼启用了 AI 安检。", None),
    ("numbered: T3 for 5 号航站楼", TERMINAL, "T3 航站楼启用了 AI 安检。", "T3"),
    ("numbered: full-width ５号线", "5 号线开通。", "５号线开通。", None),
    ("numbered: 6 号线 for 5 号线", "5 号线开通。", "6 号线开通。", "6"),
    ("numbered: Line 5", "5 号线开通。", "Line 5 opened.", None),
    (
        "numbered: Gate No. 12",
        "12 号登机口启用了人脸识别。",
        "Gate No. 12 introduced face checks.",
        None,
    ),
    (
        "numbered: 14 号 for Gate 12",
        "Gate 12 introduced face checks.",
        "14 号登机口启用了人脸识别。",
        "14",
    ),
]

SENSOR = "研究人员开发出一种可降解的 Lumio 传感器，可植入体内监测器官健康。"
GUIDE = "国家安全部发布 Lumio 智能体的安全使用指南，提示四大核心风险。"
MIIT = "工业和信息化部发布 Lumio 指南。"
FILM = "纪录片《和平》获得了最佳纪录片奖。"
FRESH = [
    ("researchers: Korean", SENSOR, "Korean researchers built the Lumio sensor.", "Korean"),
    ("researchers: 韩国", SENSOR, "韩国研究人员开发出 Lumio 传感器。", "韩国"),
    ("researchers: traditional", SENSOR, "新加坡的研究人員開發出 Lumio 傳感器。", "新加坡"),
    ("ministry: 工信部", MIIT, "工信部发布 Lumio 指南。", None),
    ("ministry: 科技部 for 工信部", MIIT, "科技部发布 Lumio 指南。", "科技部"),
    ("ministry: MIIT", MIIT, "MIIT issued a Lumio guide.", None),
    ("ministry: traditional, another", GUIDE, "公安部發布 Lumio 智能體的安全使用指南。", "公安部"),
    ("title: traditional", FILM, "紀錄片《和平》獲得了最佳紀錄片獎。", None),
    ("title: another, in Chinese", FILM, "纪录片《战争》获得了最佳纪录片奖。", "战争"),
]

XFAIL = {
    "office: an ambassador": (
        "a capitalised office beside a country's short name (US Ambassador) is read as "
        "a word of a name, not the dictionary's gloss of 大使"
    ),
    "particle: Bergen op Zoom": (
        "the transliteration reader has no Dutch g read as h (贝亨 Bergen) nor op as 奥普"
    ),
    "particle: two particles": (
        "ph read as f (阿尔芬 Alphen) and ij as ei (莱恩 Rijn) are not read"
    ),
    "particle: a long run": "a run of more than six characters is never read as one name",
    "minister: zh of en, another field": (
        "a Chinese role is compared with the roles the sources give the same name; "
        "维文·巴拉克里希南 is not matched to Vivian Balakrishnan's English role"
    ),
    "numbered: T5 for 5 号航站楼": "a terminal's code (T5) is read as a Latin term",
    "title: another, in Chinese": (
        "a title in book marks made of everyday words (《战争》) is no claim; the English "
        "title word is"
    ),
}

CASES = (
    HONG_KONG
    + OFFICES
    + PARTICLES
    + SCALES
    + ABOUT
    + PARTS
    + SUPERLATIVES
    + PHASES
    + OUTLETS
    + COUNTRIES
    + MAKERS
    + TABLES
    + MINISTERS
    + NUMBERED
    + FRESH
)


def _row(case: tuple[str, str, str, str | tuple[str, ...] | None]) -> object:
    name, source, text, wrong = case
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else []
    return pytest.param(source, text, wrong, id=name, marks=marks)


@pytest.mark.parametrize(("source", "text", "wrong"), [_row(c) for c in CASES])
def test_review36_siblings(source: str, text: str, wrong: str | tuple[str, ...] | None) -> None:
    expected = [] if wrong is None else [wrong] if isinstance(wrong, str) else list(wrong)
    assert flagged(text, source) == expected


def test_every_known_gap_is_a_row() -> None:
    assert set(XFAIL) <= {name for name, *_ in CASES}
