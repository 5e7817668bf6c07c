"""The verifier on planted siblings of the rules fresh8, eng24 and review24 merged (issue 11,
review25): vague amounts by order, spans of weeks and months, margins, clauses on their own
subject, 两者, gerund openers, AI-built, everyday English openers, appointment verbs, the
owner of a role taken, the consumer and state companies of the alias table.  Each row is a
sibling where the same shape carries an invented or changed claim that must still be
caught, or a supported text of a nearby shape an LLM summary writes that must stay
unflagged.

Each row is a source and a text a writer made from it (the sentences are ours; the alias
rows name real companies, as the alias table does).  ``wrong`` is the claim that must be
flagged, as the verifier writes it, or None when the text states nothing the source
lacks.  ``KNOWN_GAPS`` are rows the verifier still gets wrong; each says why, and each
must start passing the day it is fixed.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

COST = "Corvid 以数百美元的成本刷新了纪录。"
MARKET = "分析师称，AI 芯片市场规模将达数千亿美元。"
ROUND = "Corvid 完成5000万美元融资。"
TRIAL = "用了两周 Lumio 后，作者决定不再招人。"
MONTHS = "用了两个月 Lumio 后，作者决定不再招人。"
DAYS = "用了14天 Lumio 后，作者决定不再招人。"
RESULTS = "Orbit 营收同比增长20%，月活用户增长35%，毛利率提升至40%，净利率提升至15%。"
SEGMENTS = "Orbit 云业务收入同比增长40%，广告业务收入同比增长12%。"
FOUNDERS = "王芳和李明共同创办了 Lumio。"
PARTNERS = "Lumio 与 Corvid 宣布达成合作。"
MODEL = "据悉，Lumio 发布了新模型。"
BROWSER = "Corvid 的 AI 生成浏览器项目失败了。"
CODE = "Lumio 称其一半代码由 AI 编写。"
ROBOT = "Lumio 发布了新的人形机器人。"
APPOINTED = "Lumio 宣布王芳出任 CEO，李明出任 CTO。"
NAMED = "Lumio named Wang Fang its chief executive."
STUDY = "Corvid 成立三年，员工超过 200 人。"
LISTING = "公司今年将于香港上市，募资超十亿港元。"
QUARTER = "Orbit 第三季度营收 120 亿美元，同比增长 18%。"
CASES = [
    # An amount by its order (数万美元) against the sources' amounts: another order in
    # digits-free English, 万亿 (trillions), and US dollars spelt out.
    ("数万亿 for 数千亿", MARKET, "分析师称，AI 芯片市场规模将达数万亿美元。", "数万亿美元"),
    ("数千亿 kept", MARKET, "AI 芯片市场规模预计达到几千亿美元。", None),
    (
        "thousands of US dollars",
        COST,
        "Corvid set the record for thousands of US dollars.",
        "thousands of US dollars",
    ),
    (
        "hundreds of US dollars kept",
        COST,
        "Corvid set the record for hundreds of US dollars.",
        None,
    ),
    ("tens of millions raised", ROUND, "Corvid raised tens of millions of dollars.", None),
    (
        "hundreds of millions raised",
        ROUND,
        "Corvid raised hundreds of millions of dollars.",
        "hundreds of millions of dollars",
    ),
    ("几百美金 for 数百美元", COST, "Corvid 花了几百美金就刷新了纪录。", None),
    ("a dollar figure for 数千美元", "训练成本约 $3,500。", "训练成本只有数千美元。", None),
    (
        "数千万 in English figures",
        "Corvid raised $50 million.",
        "Corvid 完成了数千万美元融资。",
        None,
    ),
    # Spans of weeks and months: 礼拜 counts weeks as 周 does; figures against numerals.
    ("三个礼拜 for 两周", TRIAL, "用了三个礼拜 Lumio，作者不再招人。", "三个"),
    ("两个礼拜 kept", TRIAL, "用了两个礼拜 Lumio，作者不再招人。", None),
    (
        "three weeks for 两周",
        TRIAL,
        "After three weeks with Lumio, the author stopped hiring.",
        "three weeks",
    ),
    (
        "a two-week trial kept",
        TRIAL,
        "After a two-week trial of Lumio, the author stopped hiring.",
        None,
    ),
    (
        "two weeks for 两个月",
        MONTHS,
        "After two weeks with Lumio, the author stopped hiring.",
        "two weeks",
    ),
    ("两周 for 14天", DAYS, "用了两周 Lumio，作者不再招人。", None),
    ("两个月 for 14天", DAYS, "用了两个月 Lumio，作者不再招人。", "两个月"),
    ("3周 for 两周", TRIAL, "用了 3 周 Lumio，作者不再招人。", "3"),
    ("2 weeks for 两周", TRIAL, "After 2 weeks with Lumio, the author stopped hiring.", None),
    # Margins are one measure; gross and net are two of it, not to be swapped.
    (
        "gross margin kept",
        RESULTS,
        "Orbit's gross margin rose to 40% and its net margin to 15%.",
        None,
    ),
    ("a margin of no kind", RESULTS, "Orbit's margin climbed to 40%.", None),
    ("净利率 given the gross figure", RESULTS, "Orbit 的净利率提升至40%。", "40%"),
    ("gross margin given net", RESULTS, "Orbit's gross margin rose to 15%.", "15%"),
    (
        "profit margin in English",
        "Orbit 经营利润率提升至25.5%。",
        "Orbit's operating profit margin rose to 25.5%.",
        None,
    ),
    # An English business's figure may translate a Chinese one's qualifying words; one
    # moved onto another business is flagged.
    ("cloud revenue translated", SEGMENTS, "Orbit's cloud revenue rose 40% year on year.", None),
    ("cloud given the ad figure", SEGMENTS, "Orbit's cloud revenue rose 12%.", "12%"),
    # A clause of its own subject after 同时, 但, and: its figure is not the revenue's.
    ("同时 opens its own subject", RESULTS, "Orbit 营收同比增长20%，同时月活用户增长35%。", None),
    ("但 opens its own subject", RESULTS, "Orbit 营收增长20%，但月活用户增长更快，达35%。", None),
    ("and users grew", RESULTS, "Orbit's revenue rose 20% and monthly users grew 35%.", None),
    ("同时 growth moved", RESULTS, "Orbit 营收同比增长15%，同时月活用户增长35%。", "15%"),
    (
        "whereas growth moved",
        RESULTS,
        "Orbit's revenue rose 15%, whereas monthly users grew 35%.",
        "15%",
    ),
    # 两者 and 二者 point at a pair; 两人, 二人 and 双方 at the two just named.
    ("两人 of two founders", FOUNDERS, "两人共同创办了 Lumio。", None),
    ("二人 of two founders", FOUNDERS, "二人共同创办了 Lumio。", None),
    ("双方 of two partners", PARTNERS, "Lumio 与 Corvid 宣布合作，双方将共同开发模型。", None),
    ("两家 of two partners", PARTNERS, "两家公司宣布达成合作。", None),
    ("三家 for two partners", PARTNERS, "三家公司宣布达成合作。", "三家"),
    # Gerunds and participles that open a sentence on their object: the object is checked.
    ("introducing a name", MODEL, "Introducing Lumio's new model.", None),
    ("introducing an invented name", MODEL, "Introducing Zentrix, Lumio's new model.", "Zentrix"),
    (
        "leveraging an invented name",
        MODEL,
        "Leveraging Zentrix, Lumio built a new model.",
        "Zentrix",
    ),
    ("powered by a name", MODEL, "Powered by Lumio, the new model ships today.", None),
    (
        "built on an invented name",
        MODEL,
        "Built on Zentrix, Lumio's new model ships today.",
        "Zentrix",
    ),
    (
        "featuring an invented name",
        MODEL,
        "Featuring Zentrix, the new Lumio model ships today.",
        "Zentrix",
    ),
    # AI-made, AI-written, AI-created for AI 生成 / 编写; another maker is checked.
    ("AI-made for AI 生成", BROWSER, "Corvid's AI-made browser project failed.", None),
    ("AI-written for AI 编写", CODE, "Lumio says half its code is AI-written.", None),
    ("AI built, no hyphen", BROWSER, "Corvid's AI built browser project failed.", None),
    ("Zentrix-made", BROWSER, "Corvid's Zentrix-made browser project failed.", "Zentrix-made"),
    ("Gemini-written", CODE, "Lumio says half its code is Gemini-written.", "Gemini-written"),
    # An everyday English word opening a sentence is ordinary; sentence adverbs too.  A
    # company whose name is an everyday word, as the subject of its news, is a name.
    ("notably opens", MODEL, "Notably, Lumio's new model runs on phones.", None),
    ("additionally opens", MODEL, "Additionally, Lumio released a new model.", None),
    ("interestingly opens", MODEL, "Interestingly, Lumio released a new model.", None),
    ("overall opens", MODEL, "Overall, Lumio's new model is a step forward.", None),
    ("importantly opens", MODEL, "Importantly, the new model comes from Lumio.", None),
    ("Chinese opens", ROBOT, "Chinese firm Lumio unveiled a new humanoid robot.", None),
    ("Figure for Lumio", ROBOT, "Figure unveiled a new humanoid robot.", "Figure"),
    ("Cursor for Lumio", MODEL, "Cursor released a new model.", "Cursor"),
    ("Notion for Lumio", MODEL, "Notion launched a new model.", "Notion"),
    ("Runway for Lumio", MODEL, "Runway released a new model.", "Runway"),
    (
        "an everyday subject noun",
        MODEL,
        "Competition is heating up as Lumio released a new model.",
        None,
    ),
    ("an everyday plural subject", MODEL, "Developers can now try Lumio's new model.", None),
    # Appointments: a role taken, said in other words, against the role the sources give.
    ("named its new CTO", NAMED, "Lumio named Wang Fang its new CTO.", "CTO"),
    ("named its CEO kept", NAMED, "Lumio named Wang Fang its new CEO.", None),
    ("tapped to serve as CFO", NAMED, "Lumio tapped Wang Fang to serve as CFO.", "CFO"),
    ("picked to lead, no role", NAMED, "Lumio picked Wang Fang to lead the company.", None),
    ("takes the helm as CEO", NAMED, "Wang Fang takes the helm as Lumio's CEO.", None),
    ("takes the helm as CTO", NAMED, "Wang Fang takes the helm as Lumio's CTO.", "CTO"),
    ("became CEO of", NAMED, "Wang Fang became CEO of Lumio.", None),
    ("接棒 CEO", APPOINTED, "王芳接棒 Lumio CEO。", None),
    ("接棒 another's role", APPOINTED, "李明接棒 Lumio CEO。", "CEO"),
    ("新任 CEO 王芳", APPOINTED, "Lumio 新任 CEO 王芳表示将加大投入。", None),
    ("新任 CEO for the CTO", APPOINTED, "Lumio 新任 CEO 李明表示将加大投入。", "CEO"),
    ("将出任 kept", APPOINTED, "Lumio 宣布王芳将出任 CEO。", None),
    ("was named CEO kept", NAMED, "Wang Fang was named CEO of Lumio.", None),
    ("任命为 kept", APPOINTED, "Lumio 任命李明为 CTO。", None),
    ("任命为 another's role", APPOINTED, "Lumio 任命李明为 CEO。", "CEO"),
    # The owner of a role taken: another organisation the sources name is no owner.
    (
        "another organisation's role",
        "Lumio 宣布王芳出任 CEO，Corvid 表示祝贺。",
        "王芳出任 Corvid CEO。",
        "CEO",
    ),
    ("the owner in English", APPOINTED, "Wang Fang becomes Lumio's CEO.", None),
    # The alias table's companies are found inside longer words of everyday text only
    # where they stand as a word: 其中粮食 holds no 中粮, 电商飞速 no 商飞, "in vivo" no Vivo.
    ("其中粮食", "报告称，粮食价格上涨。", "报告称，其中粮食价格涨幅最大。", None),
    ("电商飞速", "AI 推动电商快速发展。", "AI 推动跨境电商飞速发展。", None),
    ("in vivo", "模型在活体实验中得到验证。", "The model was validated in vivo.", None),
    ("a bank swapped", "Lumio 与招商银行达成合作。", "Lumio 与工商银行达成合作。", "工商银行"),
    (
        "a bank in English",
        "Lumio 与招商银行达成合作。",
        "Lumio partnered with China Merchants Bank.",
        None,
    ),
    (
        "a bank swapped in English",
        "Lumio 与招商银行达成合作。",
        "Lumio partnered with ICBC.",
        "ICBC",
    ),
    # Years counted: 近两年 and 过去两年 frame the text, 两年前 dates an event.
    ("近两年 framing", STUDY, "近两年 AI 公司增长迅速，Corvid 成立三年，员工超 200 人。", None),
    ("过去两年 framing", STUDY, "过去两年，AI 公司增长迅速；Corvid 成立三年。", None),
    (
        "近两年 nearly two years",
        "团队耗时五年完成这项研究。",
        "团队耗时近两年完成这项研究。",
        "两年",
    ),
    (
        "过去两年 for 过去三年",
        "过去三年，Corvid 员工翻了一倍。",
        "过去两年，Corvid 员工翻了一倍。",
        "两年",
    ),
    (
        "过去三年 kept",
        "过去三年，Corvid 员工翻了一倍。",
        "Corvid 员工在过去的三年里翻了一倍。",
        None,
    ),
    ("成立两年 for 三年", STUDY, "Corvid 成立两年，员工超过 200 人。", "两年"),
    (
        "founded two years ago for 三年",
        STUDY,
        "Corvid, founded two years ago, has over 200 staff.",
        "two years",
    ),
    # A quarter after a company's name (Orbit Q3 营收) is the news's period, no part of the
    # name: checked as a quarter, the name alone.
    ("a quarter after the name", QUARTER, "Orbit Q3 营收达120亿美元。", None),
    ("another quarter after the name", QUARTER, "Orbit Q4 revenue reached $12 billion.", "Q4"),
    ("an invented name before a quarter", QUARTER, "Zentrix Q3 营收达120亿美元。", "Zentrix"),
    # 超十亿港元: Hong Kong dollars, not US dollars.
    (
        "HK$1 billion kept",
        LISTING,
        "The firm will list in Hong Kong, raising over HK$1 billion.",
        None,
    ),
    (
        "US$1 billion for 港元",
        LISTING,
        "The firm will list in Hong Kong, raising over US$1 billion.",
        "US$1 billion",
    ),
    # An everyday word before a company's verb is a name ("Figure released…"), but not a
    # noun before a participle whose verb comes further on.
    ("a participle after a noun", MODEL, "Research released last week shows Lumio leads.", None),
    ("a company, then its day", MODEL, "Vision announced on Monday it raised funds.", "Vision"),
    # Where the sources qualify a measure two ways in Chinese (云业务, 广告业务), an English
    # qualifier the glossary translates as one of them is that one's (review27).
    ("ad revenue translated", SEGMENTS, "Orbit's advertising revenue rose 12%.", None),
    ("ad given the cloud figure", SEGMENTS, "Orbit's ad revenue rose 40%.", "40%"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_review25_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


KNOWN_GAPS = [
    # A source's "named Wang Fang its CEO and Li Ming its CTO" binds neither role to its
    # person (the roles follow "its", after the name), so either may be said to take CEO.
    (
        "was named another's role",
        "Lumio named Wang Fang its CEO and Li Ming its CTO.",
        "Li Ming was named CEO.",
        "CEO",
    ),
    # 人 is no counting word (三人 may be 三人团队, a team's size): persons a text counts are
    # not compared with the persons the sources name.
    ("三人 for two founders", FOUNDERS, "三人共同创办了 Lumio。", "三人"),
    # 中国石油 is PetroChina's name and "China's oil" word for word, cut by the segmenter as
    # 中国|石油 either way: nothing in the sentence tells the company from the commodity.
    ("中国石油需求", "报告称，中国原油需求增长放缓。", "报告称，中国石油需求增长放缓。", None),
    # A margin given as a level (毛利率为40%) is read with no direction, so no measure: a
    # level moved from the gross to the net margin is not compared.
    (
        "a level moved between margins",
        "Orbit 毛利率为40%，净利率为15%。",
        "Orbit 的净利率为40%。",
        "40%",
    ),
]


@pytest.mark.xfail(strict=True, reason="known gaps: see KNOWN_GAPS")
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in KNOWN_GAPS], ids=[c[0] for c in KNOWN_GAPS]
)
def test_review25_known_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
