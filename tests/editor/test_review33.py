"""The verifier on siblings of the last stop's rules (issue 11, review33): China's
prefecture-level cities and the world's capitals as places, a transliteration's j and q
as k and g, things numbered as the sources number them, quoted serial names, trial
phases, 约为 and 左右 as about, the world's largest as a first place, a name's head before
a kind of firm or facility, pronouns opening a sentence and Chinese persons written from
an English source's pinyin, each written in other words, numbers, names or the other
language than the rule's own table test: right retellings that must pass and wrong ones
that must be flagged.

Each row is a source, a text a writer made from it (the sentences are ours; persons,
firms and places are real or invented), and the claim (or claims) that must be flagged,
as the verifier writes them, or None.  ``XFAIL`` holds the siblings still read wrongly,
each with its cause.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

CHANGHONG = "长虹在四川绵阳建成 AI 电视工厂。"
WUHU = "奇瑞在安徽芜湖的 AI 工厂投产。"
WEIFANG = "潍柴动力在山东潍坊发布氢燃料电池发动机。"
TAIZHOU = "吉利在浙江台州建设新能源汽车基地。"
FUZHOUJX = "该企业在江西抚州建设锂电池材料工厂。"
NAIROBI = "Safaricom 在肯尼亚内罗毕推出 AI 客服。"
HANOI = "VinAI 在越南河内发布越南语大模型。"
DHAKA = "The Bangladesh startup opened an AI lab in Dhaka."
PLACES = [
    ("city: a prefecture city", CHANGHONG, "长虹在绵阳建成 AI 电视工厂。", None),
    ("city: its province", CHANGHONG, "长虹在四川建成 AI 电视工厂。", None),
    ("city: another city, same province", CHANGHONG, "长虹在四川德阳建成 AI 电视工厂。", "德阳"),
    ("city: another province", CHANGHONG, "长虹在湖南建成 AI 电视工厂。", "湖南"),
    ("city: in English", CHANGHONG, "Changhong built an AI TV plant in Mianyang.", None),
    (
        "city: in English with province",
        CHANGHONG,
        "Changhong built an AI TV plant in Mianyang, Sichuan.",
        None,
    ),
    (
        "city: another in English",
        CHANGHONG,
        "Changhong built an AI TV plant in Deyang.",
        "Deyang",
    ),
    ("city: Wuhu", WUHU, "Chery's AI plant in Wuhu, Anhui has started production.", None),
    ("city: Wuhu for Hefei", WUHU, "奇瑞在安徽合肥的 AI 工厂投产。", "合肥"),
    ("city: Weifang", WEIFANG, "Weichai Power unveiled a hydrogen engine in Weifang.", None),
    ("city: Yantai for Weifang", WEIFANG, "潍柴动力在山东烟台发布氢燃料电池发动机。", "烟台"),
    (
        "city: Taizhou in English",
        TAIZHOU,
        "Geely is building an EV base in Taizhou, Zhejiang.",
        None,
    ),
    ("city: 台州 for 温州", TAIZHOU, "吉利在浙江温州建设新能源汽车基地。", "温州"),
    (
        "city: Fuzhou in English for 抚州",
        FUZHOUJX,
        "The firm is building a plant in Fuzhou, Jiangxi.",
        None,
    ),
    ("city: 福州 for 抚州", FUZHOUJX, "该企业在福建福州建设锂电池材料工厂。", ("福建", "福州")),
    (
        "city: en source, zh text",
        "Changhong built an AI TV plant in Mianyang, Sichuan.",
        "长虹在四川绵阳建成 AI 电视工厂。",
        None,
    ),
    (
        "city: en source, wrong zh",
        "Changhong built an AI TV plant in Mianyang, Sichuan.",
        "长虹在四川宜宾建成 AI 电视工厂。",
        "宜宾",
    ),
    ("capital: Nairobi", NAIROBI, "Safaricom launched an AI helpdesk in Nairobi, Kenya.", None),
    ("capital: its country", NAIROBI, "Safaricom 在肯尼亚推出 AI 客服。", None),
    ("capital: another city", NAIROBI, "Safaricom 在肯尼亚蒙巴萨推出 AI 客服。", "蒙巴萨"),
    (
        "capital: another capital",
        NAIROBI,
        "Safaricom launched an AI helpdesk in Kampala.",
        "Kampala",
    ),
    ("capital: Hanoi", HANOI, "VinAI released a Vietnamese model in Hanoi.", None),
    ("capital: HCMC for Hanoi", HANOI, "VinAI 在越南胡志明市发布越南语大模型。", "胡志明市"),
    (
        "capital: Hanoi for HCMC en",
        HANOI,
        "VinAI released a Vietnamese model in Ho Chi Minh City.",
        "Ho Chi Minh City",
    ),
    ("capital: Dhaka in zh", DHAKA, "这家孟加拉国初创公司在达卡开设了 AI 实验室。", None),
    (
        "capital: Karachi for Dhaka",
        DHAKA,
        "这家孟加拉国初创公司在卡拉奇开设了 AI 实验室。",
        "卡拉奇",
    ),
    (
        "capital: Jakarta",
        "GoTo 在印尼雅加达发布印尼语大模型。",
        "GoTo released an Indonesian model in Jakarta.",
        None,
    ),
    (
        "capital: Surabaya for Jakarta",
        "GoTo 在印尼雅加达发布印尼语大模型。",
        "GoTo released an Indonesian model in Surabaya.",
        "Surabaya",
    ),
]

MBAPPE = "皇马前锋基利安·姆巴佩梅开二度。"
KIPCHOGE = "肯尼亚选手埃利乌德·基普乔格夺得冠军。"
STARMER = "英国首相基尔·斯塔默访问北京。"
ADESINA = "非洲开发银行行长阿金武米·阿德西纳呼吁加大 AI 投资。"
MLADENOVIC = "网球选手琪琪·姆拉德诺维奇宣布退役。"
KIIR = "南苏丹总统萨尔瓦·基尔会见了中国特使。"
TRANSLIT = [
    ("jq: Kylian", MBAPPE, "The forward Kylian Mbappe scored twice.", None),
    ("jq: Kylian accented", MBAPPE, "The forward Kylian Mbappé scored twice.", None),
    ("jq: another forward", MBAPPE, "The forward Vinicius Junior scored twice.", "Vinicius Junior"),
    ("jq: another K name", MBAPPE, "The forward Kingsley Coman scored twice.", "Kingsley Coman"),
    ("jq: Kipchoge", KIPCHOGE, "Kenya's Eliud Kipchoge won the race.", None),
    ("jq: Kipchoge surname alone", KIPCHOGE, "Kipchoge won the race.", None),
    (
        "jq: another runner",
        KIPCHOGE,
        "Kenya's Geoffrey Kamworor won the race.",
        "Geoffrey Kamworor",
    ),
    (
        "jq: Kingsley",
        "拜仁边锋金斯利·科曼伤愈复出。",
        "The winger Kingsley Coman is back from injury.",
        None,
    ),
    ("jq: Keir", STARMER, "British Prime Minister Keir Starmer visited Beijing.", None),
    ("jq: another PM", STARMER, "British Prime Minister Rishi Sunak visited Beijing.", "Rishi"),
    (
        "jq: Akinwumi",
        ADESINA,
        "The bank's president Akinwumi Adesina called for more AI investment.",
        None,
    ),
    (
        "jq: another banker",
        ADESINA,
        "The bank's president Donald Kaberuka called for more AI investment.",
        "Donald Kaberuka",
    ),
    ("jq: Kiki", MLADENOVIC, "Tennis player Kiki Mladenovic announced her retirement.", None),
    (
        "jq: another player",
        MLADENOVIC,
        "Tennis player Caroline Garcia announced her retirement.",
        "Caroline Garcia",
    ),
    ("jq: Salva Kiir", KIIR, "South Sudan's President Salva Kiir met China's envoy.", None),
    ("jq: Kiir for Machar", KIIR, "South Sudan's President Riek Machar met China's envoy.", "Riek"),
    (
        "jq: en source, zh text",
        "Kenya's Eliud Kipchoge won the race.",
        "肯尼亚选手基普乔格夺得冠军。",
        None,
    ),
    (
        "jq: en source, wrong zh",
        "Kenya's Eliud Kipchoge won the race.",
        "肯尼亚选手卡姆沃罗尔夺得冠军。",
        "沃罗尔",
    ),
]

PIT = "三星堆 8 号祭祀坑出土象牙残片。"
NUMBERED = [
    ("no.: a gate", "旅客请从 12 号门登机。", "Passengers board at Gate 12.", None),
    ("no.: another gate", "旅客请从 12 号门登机。", "Passengers board at Gate 21.", "Gate 21"),
    (
        "no.: a terminal",
        "新航班从 3 号航站楼出发。",
        "The new flights leave from Terminal 3.",
        None,
    ),
    (
        "no.: another terminal",
        "新航班从 3 号航站楼出发。",
        "The new flights leave from Terminal 2.",
        "Terminal 2",
    ),
    ("no.: a berth", "货轮停靠在 5 号泊位。", "The freighter docked at Berth 5.", None),
    ("no.: another berth", "货轮停靠在 5 号泊位。", "The freighter docked at Berth 6.", "Berth 6"),
    ("no.: a runway", "2 号跑道完成改造。", "Runway 2 has been rebuilt.", None),
    ("no.: a unit, zh text", "Unit 3 of the plant started up.", "该电站 3 号机组投运。", None),
    ("no.: another unit, zh text", "Unit 3 of the plant started up.", "该电站 4 号机组投运。", "4"),
    ("no.: pit No.", PIT, "Ivory fragments came from Pit No. 8.", None),
    ("no.: pit lower case", PIT, "Ivory fragments came from pit 8 at Sanxingdui.", None),
    ("no.: pit, zh", PIT, "三星堆8号坑出土象牙残片。", None),
    ("no.: another pit, zh", PIT, "三星堆 7 号祭祀坑出土象牙残片。", "7"),
    (
        "no.: a count is no number",
        "三星堆新发现 8 个祭祀坑。",
        "Ivory fragments came from Pit 8 at Sanxingdui.",
        "Pit 8",
    ),
    (
        "no.: a count of units is no number",
        "该电站共有 3 台机组。",
        "Unit 3 of the plant started up.",
        "Unit 3",
    ),
    (
        "no.: a gate by its count",
        "机场新增 12 个登机门。",
        "Passengers board at Gate 12.",
        "Gate 12",
    ),
]

FARM = "“深蓝 3 号”养殖平台交付使用。"
SERIALS = [
    ("serial: unspaced", FARM, "“深蓝3号”养殖平台交付使用。", None),
    ("serial: unquoted", FARM, "深蓝 3 号养殖平台交付使用。", None),
    ("serial: other quotes", FARM, "「深蓝 3 号」养殖平台交付使用。", None),
    ("serial: another number", FARM, "“深蓝 5 号”养殖平台交付使用。", ("深蓝 5 号", "5")),
    ("serial: another name", FARM, "“深海 3 号”养殖平台交付使用。", "深海 3 号"),
    ("serial: source unquoted", "深蓝3号养殖平台交付使用。", "“深蓝 3 号”养殖平台交付使用。", None),
    (
        "serial: source unquoted wrong",
        "深蓝3号养殖平台交付使用。",
        "“深蓝 4 号”养殖平台交付使用。",
        ("深蓝 4 号", "4"),
    ),
    ("serial: a drilling ship", "“梦想 1 号”钻探船完成首航。", "“梦想1号”钻探船完成首航。", None),
    (
        "serial: a drilling ship wrong",
        "“梦想 1 号”钻探船完成首航。",
        "“梦想 2 号”钻探船完成首航。",
        ("梦想 2 号", "2"),
    ),
    ("serial: Chinese numeral", "“海葵一号”浮式生产储油装置投产。", "“海葵一号”投产。", None),
    (
        "serial: Chinese numeral wrong",
        "“海葵一号”浮式生产储油装置投产。",
        "“海葵二号”投产。",
        "海葵二号",
    ),
    ("serial: figure for numeral", "“海葵一号”浮式生产储油装置投产。", "“海葵 1 号”投产。", None),
    (
        "serial: English with its number",
        "“海葵一号”浮式生产储油装置投产。",
        "Haikui No. 1 began production.",
        None,
    ),
    (
        "serial: English wrong number",
        "“海葵一号”浮式生产储油装置投产。",
        "Haikui No. 2 began production.",
        "2",
    ),
]

PHASES = [
    (
        "phase: 3 期 for Phase III",
        "The drug's Phase III trial met its goal.",
        "该药物的 3 期试验达到主要终点。",
        None,
    ),
    (
        "phase: 三期 for Phase 3",
        "The drug's Phase 3 trial met its goal.",
        "该药物三期临床试验达到主要终点。",
        None,
    ),
    (
        "phase: 二期 for Phase 3",
        "The drug's Phase 3 trial met its goal.",
        "该药物二期临床试验达到主要终点。",
        "二期",
    ),
    (
        "phase: Phase II for 2 期",
        "该药物的 2 期试验达到主要终点。",
        "The drug's Phase II trial met its goal.",
        None,
    ),
    (
        "phase: Phase IV for 2 期",
        "该药物的 2 期试验达到主要终点。",
        "The drug's Phase IV trial met its goal.",
        "Phase IV",
    ),
    (
        "phase: IIb for 2b",
        "该药物的 IIb 期试验达到主要终点。",
        "The drug's phase 2b trial met its goal.",
        None,
    ),
    (
        "phase: IIa for IIb",
        "该药物的 IIb 期试验达到主要终点。",
        "The drug's Phase IIa trial met its goal.",
        "Phase IIa",
    ),
    (
        "phase: lower case phase",
        "该药物的 III 期试验达到主要终点。",
        "The drug's phase three trial met its goal.",
        None,
    ),
    (
        "phase: phase two for III",
        "该药物的 III 期试验达到主要终点。",
        "The drug's phase two trial met its goal.",
        "phase two",
    ),
    (
        "phase: 一期 for Phase 1",
        "The vaccine entered a Phase 1 trial.",
        "该疫苗进入一期临床试验。",
        None,
    ),
    (
        "phase: I 期 for Phase 1",
        "The vaccine entered a Phase 1 trial.",
        "该疫苗进入 I 期临床试验。",
        None,
    ),
    (
        "phase: II 期 for Phase 1",
        "The vaccine entered a Phase 1 trial.",
        "该疫苗进入 II 期临床试验。",
        "II",
    ),
    (
        "phase: a count of phases is no phase",
        "该项目分三期建设。",
        "The project is built in three phases.",
        None,
    ),
    (
        "phase: a building phase",
        "该项目一期工程已投产。",
        "The project's first phase is running.",
        None,
    ),
    (
        "phase: a building phase wrong",
        "该项目一期工程已投产。",
        "The project's second phase is running.",
        "second",
    ),
]

BOX = "该片票房 8.72 亿元。"
ABOUT = [
    ("about: 大约", BOX, "该片票房大约 8.7 亿元。", None),
    ("about: 大概", BOX, "该片票房大概 8.7 亿元。", None),
    ("about: 约合", BOX, "该片票房约合 8.7 亿元。", None),
    ("about: 上下", BOX, "该片票房 8.7 亿元上下。", None),
    ("about: 上下 wrong", BOX, "该片票房 10 亿元上下。", "10 亿元"),
    ("about: 左右 unspaced", BOX, "该片票房8.7亿元左右。", None),
    ("about: 约 with 左右", BOX, "该片票房约 8.7 亿元左右。", None),
    ("about: 约为 far", BOX, "该片票房约为 7.5 亿元。", "7.5 亿元"),
    ("about: 约为 percent", "该公司毛利率为 42.6%。", "该公司毛利率约为 43%。", None),
    ("about: 左右 percent", "该公司毛利率为 42.6%。", "该公司毛利率在 43% 左右。", None),
    ("about: 左右 percent wrong", "该公司毛利率为 42.6%。", "该公司毛利率在 45% 左右。", "45%"),
    ("about: en around", BOX, "The film has taken around 870 million yuan.", None),
    (
        "about: en roughly wrong",
        BOX,
        "The film has taken roughly 970 million yuan.",
        "970 million yuan",
    ),
    ("about: en approximately", BOX, "The film has taken approximately 870 million yuan.", None),
    (
        "about: zh of an en source",
        "The film has taken 872 million yuan.",
        "该片票房约为 8.7 亿元。",
        None,
    ),
    (
        "about: zh of an en source wrong",
        "The film has taken 872 million yuan.",
        "该片票房约为 7.8 亿元。",
        "7.8 亿元",
    ),
    ("about: 左右 a count", "公司现有员工 1,980 人。", "公司现有员工 2000 人左右。", None),
    ("about: 左右 a count wrong", "公司现有员工 1,980 人。", "公司现有员工 3000 人左右。", "3000"),
    ("about: 约为 a year's age", "创始人今年 41 岁。", "创始人年龄约为 40 岁。", None),
]

WORLD_ZH = "该公司是全球最大的电池制造商。"
WORLD_EN = "It is the world's largest battery maker."
LARGEST = [
    ("world: biggest for 全球最大", WORLD_ZH, "It is the world's biggest battery maker.", None),
    ("world: 世界最大 for 全球最大", WORLD_ZH, "该公司是世界最大的电池制造商。", None),
    ("world: 全球最大 for largest", WORLD_EN, WORLD_ZH, None),
    ("world: 全球第一大 for largest", WORLD_EN, "该公司是全球第一大电池制造商。", None),
    (
        "world: second for largest",
        WORLD_EN,
        "It is the world's second-largest battery maker.",
        "second-largest",
    ),
    ("world: 第二大 for largest", WORLD_EN, "该公司是全球第二大电池制造商。", "第二大"),
    ("world: largest for 第二大", "该公司是全球第二大电池制造商。", WORLD_EN, "largest"),
    (
        "world: biggest for 第三大",
        "该公司是全球第三大电池制造商。",
        "It is the world's biggest battery maker.",
        "biggest",
    ),
    (
        "world: second-largest for 第二大",
        "该公司是全球第二大电池制造商。",
        "It is the world's second-largest battery maker.",
        None,
    ),
    (
        "world: 全球最大 for third-largest",
        "It is the world's third-largest battery maker.",
        WORLD_ZH,
        "最大",
    ),
    (
        "world: one of the largest for 最大",
        WORLD_ZH,
        "It is one of the world's largest battery makers.",
        None,
    ),
    ("world: largest, no rank said", "该公司发布了新款电池。", WORLD_EN, "largest"),
    ("world: 全球最大, no rank said", "The company launched a new battery.", WORLD_ZH, "最大"),
    (
        "world: 世界最大 for second",
        "It is the world's second-largest battery maker.",
        "该公司是世界最大的电池制造商。",
        "最大",
    ),
]

FACILITIES = [
    (
        "kind: an airport",
        "成都天府机场启用 AI 安检。",
        "Chengdu Tianfu Airport began AI security checks.",
        None,
    ),
    (
        "kind: an airport alone",
        "成都天府机场启用 AI 安检。",
        "Tianfu began AI security checks.",
        None,
    ),
    (
        "kind: another airport",
        "成都天府机场启用 AI 安检。",
        "Chengdu Shuangliu Airport began AI security checks.",
        "Chengdu Shuangliu Airport",
    ),
    (
        "kind: a port",
        "天津港启用了无人驾驶集卡。",
        "Tianjin Port deployed driverless trucks.",
        None,
    ),
    (
        "kind: another port",
        "天津港启用了无人驾驶集卡。",
        "Dalian Port deployed driverless trucks.",
        "Dalian Port",
    ),
    (
        "kind: an oil field spaced",
        "长庆油田部署了 AI 巡检系统。",
        "The Changqing oil field deployed AI inspection.",
        None,
    ),
    (
        "kind: another oilfield",
        "长庆油田部署了 AI 巡检系统。",
        "The Tarim oilfield deployed AI inspection.",
        "Tarim",
    ),
    (
        "kind: a gas field",
        "普光气田部署了 AI 巡检系统。",
        "The Puguang gas field deployed AI inspection.",
        None,
    ),
    (
        "kind: a steelmaker",
        "宝武钢铁上线了工业大模型。",
        "Baowu Steel launched an industrial AI model.",
        None,
    ),
    (
        "kind: a steelmaker alone",
        "宝武钢铁上线了工业大模型。",
        "Baowu launched an industrial AI model.",
        None,
    ),
    (
        "kind: another steelmaker",
        "宝武钢铁上线了工业大模型。",
        "Ansteel launched an industrial AI model.",
        "Ansteel",
    ),
    (
        "kind: an airline",
        "四川航空引入 AI 客服。",
        "Sichuan Airlines introduced an AI helpdesk.",
        None,
    ),
    (
        "kind: another airline",
        "四川航空引入 AI 客服。",
        "Shandong Airlines introduced an AI helpdesk.",
        "Shandong Airlines",
    ),
    (
        "kind: a drugmaker",
        "华海制药的新药获批上市。",
        "Huahai Pharmaceutical's new drug was approved.",
        None,
    ),
    (
        "kind: another drugmaker",
        "华海制药的新药获批上市。",
        "Hengrui Pharmaceutical's new drug was approved.",
        "Hengrui Pharmaceutical's",
    ),
    ("kind: a chemical maker", "华鲁化工建成 AI 工厂。", "Hualu Chemical built an AI plant.", None),
    (
        "kind: a hydropower station",
        "乌东德水电站启用智能调度。",
        "The Wudongde hydropower station began smart dispatch.",
        None,
    ),
    (
        "kind: a dam for another",
        "乌东德水电站启用智能调度。",
        "The Baihetan dam began smart dispatch.",
        "Baihetan",
    ),
    (
        "kind: a power plant",
        "田湾电站启用 AI 巡检。",
        "The Tianwan power plant began AI inspection.",
        None,
    ),
    (
        "kind: zh of an en airport",
        "Chengdu Tianfu Airport began AI security checks.",
        "成都天府机场启用 AI 安检。",
        None,
    ),
    (
        "kind: wrong zh of an en airport",
        "Chengdu Tianfu Airport began AI security checks.",
        "成都双流机场启用 AI 安检。",
        "成都双流机场",
    ),
]

PRONOUNS = [
    ("pronoun: he announced", "公司宣布裁员 10%。", "He announced a 10% cut in staff.", None),
    ("pronoun: we launched", "公司发布了新品。", "We launched the product.", None),
    ("pronoun: it has released", "公司发布了新模型。", "It has released a new model.", None),
    ("pronoun: it also unveiled", "公司发布了新模型。", "It also unveiled a new model.", None),
    ("pronoun: someone", "有人发布了越狱提示词。", "Someone released a jailbreak prompt.", None),
    ("pronoun: everyone", "各家厂商都发布了新模型。", "Everyone released a new model.", None),
    ("pronoun: another", "另一家公司发布了新品。", "Another launched a rival product.", None),
    ("pronoun: many have", "多家公司发布了新品。", "Many have launched rival products.", None),
    (
        "pronoun: several have",
        "多家公司发布了新品。",
        "Several have launched rival products.",
        None,
    ),
    ("pronoun: most have", "多数公司发布了新品。", "Most have released new models.", None),
    ("pronoun: few have", "少数公司发布了新品。", "Few have released new models.", None),
    ("pronoun: neither", "两家公司都未发布新品。", "Neither announced a new product.", None),
    ("pronoun: a firm still", "公司发布了新品。", "Notion launched the product.", "Notion"),
    (
        "pronoun: a word-named firm still",
        "公司获得 50 亿元融资。",
        "Anything raised 5 billion yuan.",
        "Anything",
    ),
    (
        "pronoun: a firm after it",
        "公司发布了新品。",
        "It said Figure launched the product.",
        "Figure",
    ),
]

PINYIN = [
    (
        "py: Zhang Yiming",
        "Zhang Yiming said ByteDance would invest more.",
        "张一鸣表示字节跳动将加大投资。",
        None,
    ),
    (
        "py: given name first",
        "Yiming Zhang said ByteDance would invest more.",
        "张一鸣表示字节跳动将加大投资。",
        None,
    ),
    (
        "py: spaced given name",
        "Zhang Yi Ming said ByteDance would invest more.",
        "张一鸣表示字节跳动将加大投资。",
        None,
    ),
    (
        "py: another given name",
        "Zhang Yiming said ByteDance would invest more.",
        "张楠表示字节跳动将加大投资。",
        "张楠",
    ),
    (
        "py: another surname",
        "Zhang Yiming said ByteDance would invest more.",
        "梁一鸣表示字节跳动将加大投资。",
        "梁一鸣",
    ),
    (
        "py: a two-character name",
        "Lei Jun said Xiaomi would ship the car.",
        "雷军表示小米将交付汽车。",
        None,
    ),
    (
        "py: another two-character name",
        "Lei Jun said Xiaomi would ship the car.",
        "雷鸣表示小米将交付汽车。",
        "雷鸣",
    ),
    (
        "py: a compound surname",
        "Ouyang Xiao said the lab would open.",
        "欧阳晓表示实验室将开放。",
        None,
    ),
    (
        "py: a compound surname wrong",
        "Ouyang Xiao said the lab would open.",
        "欧阳明表示实验室将开放。",
        "欧阳明",
    ),
    ("py: ü as yu", "Lyu Wei said the model would ship.", "吕伟表示模型将发布。", None),
    ("py: ü as u", "Lu Wei said the model would ship.", "卢伟表示模型将发布。", None),
    (
        "py: with a title",
        "Professor Li Feifei said the model would ship.",
        "李飞飞教授表示模型将发布。",
        None,
    ),
    (
        "py: with a title wrong",
        "Professor Li Feifei said the model would ship.",
        "李开复教授表示模型将发布。",
        "李开复",
    ),
    (
        "py: apostrophe given name",
        "Wang Xi'an said the model would ship.",
        "王西安表示模型将发布。",
        None,
    ),
    (
        "py: surname only in source",
        "Mr Wang said the model would ship.",
        "王小明表示模型将发布。",
        "王小明",
    ),
    (
        "py: Cantonese spelling",
        "Li Ka-shing said the fund would invest.",
        "李嘉诚表示基金将投资。",
        None,
    ),
]

XFAIL = {
    "no.: pit No.": "No. between a noun and its number splits the claim (Pit, then 8)",
    "phase: a building phase wrong": "an English ordinal phase (the second phase) is no claim",
    "kind: wrong zh of an en airport": "成都双流机场 is read as no name, so nothing is claimed",
}

CASES = (
    PLACES
    + TRANSLIT
    + NUMBERED
    + SERIALS
    + PHASES
    + ABOUT
    + LARGEST
    + FACILITIES
    + PRONOUNS
    + PINYIN
)


def _row(case: tuple[str, str, str, str | tuple[str, ...] | None]) -> object:
    name, source, text, wrong = case
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else []
    return pytest.param(source, text, wrong, id=name, marks=marks)


@pytest.mark.parametrize(("source", "text", "wrong"), [_row(c) for c in CASES])
def test_review33_siblings(source: str, text: str, wrong: str | tuple[str, ...] | None) -> None:
    expected = [] if wrong is None else [wrong] if isinstance(wrong, str) else list(wrong)
    assert flagged(text, source) == expected
