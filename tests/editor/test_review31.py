"""The verifier on siblings of the last session's rules (issue 11, review31): bare scales,
counts by size, times of day, periods, parts of a year, places, institutes' short forms,
compound modifiers, facilities and numbered names, each written again with another noun,
order or language than its own table test, as right retellings that must pass and wrong
ones that must be flagged.

Each row is a source, a text a writer made from it (the sentences are ours; places,
bodies and crafts are real, the companies invented), and the claim that must be flagged,
as the verifier writes it, or None.  ``GAPS`` are the siblings still read wrongly.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

ORDERS = "据悉，岳峰储能今年订单金额超百亿元，累计出货储能电池突破50万组。"
CLUSTER = "该数据中心部署了 2.4 万张 GPU 卡，可支撑千亿参数模型训练。"
HOSPITALS = "该平台已服务 300 家医院。"
SALARY = "公司为算法岗开出百万年薪。"
SCALES = [
    ("超百亿, as the sources", ORDERS, "岳峰储能今年订单金额超百亿元。", None),
    ("超千亿 for 超百亿", ORDERS, "岳峰储能今年订单已超千亿元。", "千亿元"),
    ("over 10 billion yuan", ORDERS, "Yuefeng's orders this year exceeded 10 billion yuan.", None),
    (
        "over 100 billion yuan for 超百亿",
        ORDERS,
        "Yuefeng's orders this year topped 100 billion yuan.",
        "100 billion yuan",
    ),
    ("突破百万 for 50 万", ORDERS, "岳峰储能累计出货突破百万组。", "突破百万"),
    ("突破十万 for 50 万", ORDERS, "岳峰储能累计出货突破十万组储能电池。", None),
    ("破 and the sources' figure", ORDERS, "岳峰储能累计出货储能电池破50万组。", None),
    ("万卡 for 2.4 万张", CLUSTER, "该数据中心是一座万卡集群。", None),
    ("十万卡 for 2.4 万张", CLUSTER, "该数据中心是一座十万卡集群。", "十万"),
    # a model's size by the scale of its parameters, as 千亿级 says
    ("千亿参数, as the sources", CLUSTER, "该集群可训练千亿参数模型。", None),
    ("千亿级参数", CLUSTER, "该集群可训练千亿级参数模型。", None),
    ("万亿参数 for 千亿参数", CLUSTER, "该集群可训练万亿参数模型。", "万亿参数"),
    ("千亿参数 for 6710 亿", "该模型有 6710 亿参数。", "这是一个千亿参数模型。", None),
    ("万亿参数 for 6710 亿", "该模型有 6710 亿参数。", "这是一个万亿参数模型。", "万亿参数"),
    ("万亿参数 for 1.2 万亿", "该模型有 1.2 万亿参数。", "这是一个万亿参数模型。", None),
    (
        "千亿参数 for a trillion",
        "The model has 1 trillion parameters.",
        "这是千亿参数模型。",
        "千亿参数",
    ),
    ("800 亿参数 is a figure", "该模型有 800 亿参数。", "该模型有 900 亿参数。", "900 亿"),
    ("超百家 for 300 家", HOSPITALS, "该平台已服务超百家医院。", None),
    ("上千家 for 300 家", HOSPITALS, "该平台已服务上千家医院。", "上千"),
    ("百万年薪, as the sources", SALARY, "公司给算法工程师开出百万年薪。", None),
]

DEVELOPERS = "目前已有 4800 名开发者加入该社区。"
DOWNLOADS = "这款应用的下载量已达 2.3 亿次。"
INJURED = "事故造成 18 人受伤。"
SIZES = [
    ("数千 for 4800", DEVELOPERS, "目前已有数千名开发者加入该社区。", None),
    ("近五千 for 4800", DEVELOPERS, "目前已有近五千名开发者加入该社区。", None),
    ("超四千 for 4300", "目前已有 4300 名开发者加入该社区。", "已有超四千名开发者加入。", None),
    ("近六千 for 4800", DEVELOPERS, "目前已有近六千名开发者加入该社区。", "六千名"),
    ("近五千 for 4100", "目前已有 4100 名开发者加入该社区。", "已有近五千名开发者加入。", "五千名"),
    ("上万 for 4800", DEVELOPERS, "该社区已有上万名开发者。", "上万"),
    ("数万 for 4800", DEVELOPERS, "目前已有数万名开发者加入该社区。", "数万"),
    ("thousands for 4800", DEVELOPERS, "Thousands of developers have joined the community.", None),
    (
        "several thousand for 4800",
        DEVELOPERS,
        "Several thousand developers have joined the community.",
        None,
    ),
    (
        "tens of thousands for 4800",
        DEVELOPERS,
        "Tens of thousands of developers have joined the community.",
        "Tens of thousands of",
    ),
    (
        "hundreds for 4800",
        DEVELOPERS,
        "Hundreds of developers have joined the community.",
        "Hundreds of",
    ),
    ("上亿 for 2.3 亿", DOWNLOADS, "这款应用的下载量已上亿次。", None),
    ("数亿 for 2.3 亿", DOWNLOADS, "这款应用已被下载数亿次。", None),
    (
        "hundreds of millions for 2.3 亿",
        DOWNLOADS,
        "The app has been downloaded hundreds of millions of times.",
        None,
    ),
    ("十余人 for 18", INJURED, "事故造成十余人受伤。", None),
    ("数十人 for 18", INJURED, "事故造成数十人受伤。", None),
    ("more than a dozen for 18", INJURED, "More than a dozen people were injured.", None),
    # 造成上百人: the 成 of a verb is no 成百上千
    ("上百 after 造成, for 18", INJURED, "事故造成上百人受伤。", "上百"),
    ("hundreds for 18", INJURED, "Hundreds of people were injured in the accident.", "Hundreds of"),
    (
        "nearly 10 million for 960 万",
        "平台注册用户 960 万。",
        "The platform has nearly 10 million registered users.",
        None,
    ),
    (
        "more than 10 million for 960 万",
        "平台注册用户 960 万。",
        "The platform has more than 10 million registered users.",
        "10 million",
    ),
]

EVENT = "苹果秋季发布会将于北京时间 9 月 10 日凌晨 1 点举行。"
MEETING = "股东大会定于 9:30 召开。"
STREAM = "直播将于今晚 20:30 开始。"
TIMES = [
    ("01:00 for 凌晨1点", EVENT, "苹果秋季发布会将于北京时间 9 月 10 日 01:00 举行。", None),
    ("1 a.m. for 凌晨1点", EVENT, "Apple's event starts at 1 a.m. Beijing time on Sept 10.", None),
    (
        "1 p.m. for 凌晨1点",
        EVENT,
        "Apple's event starts at 1 p.m. Beijing time on Sept 10.",
        "1 p.m.",
    ),
    ("13:00 for 凌晨1点", EVENT, "苹果秋季发布会将于北京时间 9 月 10 日 13:00 举行。", "13:00"),
    ("下午1点 for 凌晨1点", EVENT, "苹果秋季发布会将于北京时间 9 月 10 日下午1点举行。", "下午1点"),
    ("上午九点半 for 9:30", MEETING, "股东大会定于上午九点半召开。", None),
    ("上午十点 for 9:30", MEETING, "股东大会定于上午十点召开。", "上午十点"),
    ("9:30 a.m. for 9:30", MEETING, "The shareholder meeting opens at 9:30 a.m.", None),
    ("10 a.m. for 9:30", MEETING, "The shareholder meeting opens at 10 a.m.", "10 a.m."),
    ("晚上八点半 for 20:30", STREAM, "直播将于晚上八点半开始。", None),
    ("晚上九点 for 20:30", STREAM, "直播将于晚上九点开始。", "晚上九点"),
    ("8:30 p.m. for 20:30", STREAM, "The livestream begins at 8:30 p.m. tonight.", None),
    ("noon for 12:00", "系统将于 12:00 恢复。", "The system will be back at noon.", None),
    ("零点 for 0 时", "新规于 0 时起施行。", "新规于零点起施行。", None),
    ("下午两点 for 14 时", "会议于 14 时开始。", "会议于下午两点开始。", None),
    ("下午三点 for 14 时", "会议于 14 时开始。", "会议于下午三点开始。", "下午三点"),
]

FEE = "该服务按年订阅，每年收费 1200 元。"
ACTIVE = "该应用日活跃用户达 800 万。"
OUTPUT = "工厂每天生产 5000 台机器人。"
PERIODS = [
    ("年费 for 每年", FEE, "该服务年费为 1200 元。", None),
    ("每月 for 每年", FEE, "该服务每月收费 1200 元。", "每月"),
    ("月费 for 每年", FEE, "该服务月费为 1200 元。", "月费"),
    ("per year", FEE, "The service costs 1,200 yuan per year.", None),
    ("per month for 每年", FEE, "The service costs 1,200 yuan per month.", "per month"),
    ("a year", FEE, "The subscription costs 1,200 yuan a year.", None),
    ("daily active users", ACTIVE, "The app has 8 million daily active users.", None),
    ("DAUs for 日活跃", ACTIVE, "The app has 8 million DAUs.", None),
    (
        "monthly active users for 日活跃",
        ACTIVE,
        "The app has 8 million monthly active users.",
        "monthly",
    ),
    ("MAU for 日活跃", ACTIVE, "The app has 8 million MAU.", "MAU"),
    ("月活跃 for 日活跃", ACTIVE, "该应用月活跃用户达 800 万。", "月活"),
    ("日活, short", ACTIVE, "该应用日活达 800 万。", None),
    ("a week for 每天", OUTPUT, "The plant makes 5,000 robots a week.", "a week"),
    ("every day", OUTPUT, "The plant makes 5,000 robots every day.", None),
    ("每日 for 每天", OUTPUT, "工厂每日生产 5000 台机器人。", None),
    ("日产 before a figure", OUTPUT, "工厂日产 5000 台机器人。", None),
    ("月产 before a figure, for 每天", OUTPUT, "工厂月产 5000 台机器人。", "月产"),
    ("年化 for annualised", "The fund returned 6% annualised.", "该基金年化收益率 6%。", None),
]

HALF = "公司计划于今年上半年完成交付。"
NINE_MONTHS = "公司前三季度净利润 8.6 亿元。"
YEAR_PARTS = [
    ("the first half", HALF, "The company plans to deliver in the first half of this year.", None),
    (
        "the second half for 上半年",
        HALF,
        "It plans to deliver in the second half of this year.",
        "second half",
    ),
    ("下半年 for 上半年", HALF, "公司计划于今年下半年完成交付。", "下半年"),
    ("年内 for 上半年", HALF, "公司计划在年内完成交付。", None),
    ("a quarter is more precise than a half", HALF, "公司计划于今年第二季度完成交付。", "第二季度"),
    ("第三季度 for 上半年", HALF, "公司计划于今年第三季度完成交付。", "第三季度"),
    # 前三季度 counts nine months from the year's start: no half, and no third quarter alone
    ("前三个季度", NINE_MONTHS, "公司前三个季度净利润 8.6 亿元。", None),
    (
        "the first nine months",
        NINE_MONTHS,
        "The company earned 860 million yuan in the first nine months.",
        None,
    ),
    ("上半年 for 前三季度", NINE_MONTHS, "公司上半年净利润 8.6 亿元。", "上半年"),
    (
        "the first half for 前三季度",
        NINE_MONTHS,
        "It earned 860 million yuan in the first half.",
        "first half",
    ),
    ("第三季度 for 前三季度", NINE_MONTHS, "公司第三季度净利润 8.6 亿元。", "第三季度"),
    ("三季度 for 前三季度", NINE_MONTHS, "公司三季度净利润 8.6 亿元。", "三季度"),
    ("上半年 for 前两季度", "公司前两季度净利润 8.6 亿元。", "公司上半年净利润 8.6 亿元。", None),
    (
        "the third quarter beside 前三季度",
        "公司前三季度净利润 8.6 亿元，第三季度净利润 3 亿元。",
        "公司第三季度净利润 3 亿元。",
        None,
    ),
    (
        "three months",
        "该功能上线三个月，用户突破 50 万。",
        "The feature passed 500,000 users three months after launch.",
        None,
    ),
    # 半年 is six months, a span a writer states; 半年报 is a report, 上半年 a half
    (
        "半年 for 三个月",
        "该功能上线三个月，用户突破 50 万。",
        "该功能上线半年，用户突破 50 万。",
        "半年",
    ),
    (
        "半年 for 6 个月",
        "该功能上线6个月，用户突破 50 万。",
        "该功能上线半年，用户突破 50 万。",
        None,
    ),
    (
        "six months for 半年",
        "该功能上线半年，用户突破 50 万。",
        "It passed 500,000 users in six months.",
        None,
    ),
    ("半年报 is a report", "公司发布了半年报。", "公司半年报显示营收增长。", None),
    ("年初 for 1 月", "新品于 1 月发布。", "新品于年初发布。", None),
    ("early this year for 年初", "新品于年初发布。", "The product launched early this year.", None),
]

KENYA = "Kenya will host the AI summit."
SAO_PAULO = "公司在圣保罗开设研发中心。"
TEXAS = "特斯拉在得克萨斯州扩建工厂。"
PLACES = [
    ("Kenya in Chinese", KENYA, "肯尼亚将主办这次 AI 峰会。", None),
    ("Nigeria for Kenya", KENYA, "尼日利亚将主办这次 AI 峰会。", "尼日利亚"),
    (
        "Uruguay for 巴拉圭",
        "巴拉圭将建设首个超算中心。",
        "Uruguay will build its first supercomputing centre.",
        "Uruguay",
    ),
    ("Australia", "澳大利亚出台 AI 安全新规。", "Australia issued new AI safety rules.", None),
    (
        "Austria for 澳大利亚",
        "澳大利亚出台 AI 安全新规。",
        "Austria issued new AI safety rules.",
        "Austria",
    ),
    (
        "斯洛伐克 for 斯洛文尼亚",
        "斯洛文尼亚加入欧洲芯片联盟。",
        "斯洛伐克加入欧洲芯片联盟。",
        "斯洛伐克",
    ),
    ("尼日尔 for 尼日利亚", "尼日利亚推出国家大模型。", "尼日尔推出国家大模型。", "尼日尔"),
    (
        "Guinea-Bissau",
        "几内亚比绍将建设数据中心。",
        "Guinea-Bissau will build a data centre.",
        None,
    ),
    # R&D is research and development, an everyday word, no name
    (
        "an R&D centre in Sao Paulo",
        SAO_PAULO,
        "The company opened an R&D centre in Sao Paulo.",
        None,
    ),
    (
        "Rio for 圣保罗",
        SAO_PAULO,
        "The company opened an R&D centre in Rio de Janeiro.",
        "Rio de Janeiro",
    ),
    ("R&D alone", "公司加大研发投入。", "The company spent more on R&D.", None),
    ("R&D in Chinese prose", "公司加大研发投入。", "公司加大 R&D 投入。", None),
    ("M&A is still a claim", "公司加大研发投入。", "公司加大 M&A 投入。", "M&A"),
    ("巴西 is vaguer than 圣保罗", SAO_PAULO, "公司在巴西开设研发中心。", None),
    ("Texas", TEXAS, "Tesla is expanding its plant in Texas.", None),
    ("Arizona for 得克萨斯州", TEXAS, "Tesla is expanding its plant in Arizona.", "Arizona"),
    (
        "Ho Chi Minh City",
        "公司在胡志明市设立工厂。",
        "The company set up a factory in Ho Chi Minh City.",
        None,
    ),
    ("河内 for 胡志明市", "公司在胡志明市设立工厂。", "公司在河内设立工厂。", "河内"),
    ("特朗普 for 拜登", "拜登签署芯片法案。", "特朗普签署芯片法案。", "特朗普"),
    ("Macron for 马克龙", "马克龙宣布投资 AI。", "Macron announced an AI investment.", None),
    ("朔尔茨 for 马克龙", "马克龙宣布投资 AI。", "朔尔茨宣布投资 AI。", "朔尔茨"),
]

ICT = "中国科学院计算技术研究所发布新芯片。"
IOP = "中国科学院物理研究所发现新材料。"
INSTITUTES = [
    ("计算所 for ICT", ICT, "中科院计算所发布新芯片。", None),
    (
        "ICT in English",
        ICT,
        "The Institute of Computing Technology under CAS released a chip.",
        None,
    ),
    # a unit's short form after its academy is part of the name: which unit is a claim
    ("微电子所 for ICT", ICT, "中科院微电子所发布新芯片。", "中科院微电子所"),
    ("物理所 for 物理研究所", IOP, "中科院物理所发现新材料。", None),
    ("化学所 for 物理研究所", IOP, "中科院化学所发现新材料。", "中科院化学所"),
    ("中科院 alone is vaguer", "中国科学院自动化研究所发布新模型。", "中科院发布新模型。", None),
    (
        "中科院院士 is no unit",
        "中国科学院院士王明表示将开源模型。",
        "中科院院士王明表示将开源模型。",
        None,
    ),
    ("上海交大", "上海交通大学团队发布新模型。", "上海交大团队发布新模型。", None),
    (
        "西安交大 for 上海交通大学",
        "上海交通大学团队发布新模型。",
        "西安交大团队发布新模型。",
        "西安交大团队",
    ),
    ("浙大", "浙江大学团队发布新模型。", "浙大团队发布新模型。", None),
    ("复旦 for 浙江大学", "浙江大学团队发布新模型。", "复旦团队发布新模型。", "复旦团队"),
    (
        "浙大计算机学院, as the sources",
        "浙江大学计算机学院发布新模型。",
        "浙大计算机学院发布新模型。",
        None,
    ),
    ("哈工大", "哈尔滨工业大学研发出新型机器人。", "哈工大研发出新型机器人。", None),
    ("北航 for 哈工大", "哈尔滨工业大学研发出新型机器人。", "北航研发出新型机器人。", "北航"),
    ("社科院 for 中科院", "中国科学院发布报告。", "社科院发布报告。", "社科院"),
]

LED = "阿里巴巴领投了月之暗面的新一轮融资。"
OWNED = "该芯片公司由华为全资控股。"
COMPOUNDS = [
    ("Alibaba-backed for 领投", LED, "Alibaba-backed Moonshot AI raised a new round.", None),
    ("an Alibaba-led round", LED, "The Alibaba-led round values Moonshot AI highly.", None),
    (
        "Tencent-backed for Alibaba",
        LED,
        "Tencent-backed Moonshot AI raised a new round.",
        "Tencent-backed Moonshot AI",
    ),
    (
        "Alibaba-owned for 领投",
        LED,
        "Alibaba-owned Moonshot AI raised a new round.",
        "Alibaba-owned Moonshot AI",
    ),
    ("Huawei-owned for 全资控股", OWNED, "The Huawei-owned chip firm is expanding.", None),
    (
        "Huawei-controlled for 全资控股",
        OWNED,
        "The Huawei-controlled chip firm is expanding.",
        None,
    ),
    ("ZTE-owned for Huawei", OWNED, "The ZTE-owned chip firm is expanding.", "ZTE-owned"),
    (
        "state-owned",
        "国有企业中国移动发布大模型。",
        "State-owned China Mobile released a model.",
        None,
    ),
    ("US-based", "该公司总部位于美国。", "The US-based company released a model.", None),
    (
        "Microsoft-funded for 微软资助",
        "该研究项目由微软资助。",
        "The Microsoft-funded project released its results.",
        None,
    ),
    (
        "Google-funded for 微软资助",
        "该研究项目由微软资助。",
        "The Google-funded project released its results.",
        "Google-funded",
    ),
]

CAPITAL = "新系统在首都机场启用。"
DAQING = "大庆油田引入 AI 巡检。"
GORGES = "三峡电站部署了 AI 调度系统。"
FACILITIES = [
    # an airport with or without its 国际, a power station with or without its 水
    ("首都国际机场 for 首都机场", CAPITAL, "新系统在北京首都国际机场启用。", None),
    ("Capital Airport", CAPITAL, "The system went live at Capital Airport.", None),
    (
        "Daxing for 首都机场",
        CAPITAL,
        "The system went live at Beijing Daxing International Airport.",
        "Beijing Daxing International Airport",
    ),
    ("浦东机场 for 浦东国际机场", "新系统在上海浦东国际机场启用。", "新系统在浦东机场启用。", None),
    (
        "宝安机场 for 浦东国际机场",
        "新系统在上海浦东国际机场启用。",
        "新系统在宝安机场启用。",
        "宝安机场",
    ),
    ("长庆油田 for 大庆油田", DAQING, "长庆油田引入 AI 巡检。", "长庆油田"),
    ("塔里木油田 for 长庆油田", "长庆油田引入 AI 巡检。", "塔里木油田引入 AI 巡检。", "塔里木油田"),
    ("Daqing Oilfield", DAQING, "The Daqing Oilfield has brought in AI inspection.", None),
    # a name's pinyin before a lower-case facility word (review32; 大庆 is also a city of
    # the place table)
    ("the Daqing oilfield", DAQING, "The Daqing oilfield has brought in AI inspection.", None),
    (
        "Shengli Oilfield for 大庆油田",
        DAQING,
        "The Shengli Oilfield has brought in AI inspection.",
        "Shengli Oilfield",
    ),
    (
        "the Wenchang site",
        "卫星在文昌航天发射场升空。",
        "The satellite lifted off from the Wenchang launch site.",
        None,
    ),
    (
        "Jiuquan for 文昌",
        "卫星在文昌航天发射场升空。",
        "The satellite lifted off from the Jiuquan launch centre.",
        "Jiuquan",
    ),
    ("三峡水电站 for 三峡电站", GORGES, "三峡水电站部署了 AI 调度系统。", None),
    ("溪洛渡水电站 for 三峡电站", GORGES, "溪洛渡水电站部署了 AI 调度系统。", "溪洛渡水电站"),
]

BUREAU = "中建八局承建了该数据中心。"
SHENZHOU = "神舟二十号载人飞船发射成功。"
NUMBERED = [
    ("中建三局 for 八局, one claim", BUREAU, "中建三局承建了该数据中心。", "中建三局"),
    ("中铁八局 for 中建八局", BUREAU, "中铁八局承建了该数据中心。", "中铁八局"),
    ("神舟二十号", SHENZHOU, "神舟二十号飞船成功发射。", None),
    ("神舟十九号 for 二十号", SHENZHOU, "神舟十九号飞船成功发射。", "神舟十九号"),
    ("Shenzhou-20", SHENZHOU, "The Shenzhou-20 crewed spacecraft launched successfully.", None),
    (
        "Shenzhou-19 for 二十号",
        SHENZHOU,
        "The Shenzhou-19 crewed spacecraft launched successfully.",
        "Shenzhou-19",
    ),
    ("嫦娥六号 for 七号", "嫦娥七号将于明年发射。", "嫦娥六号将于明年发射。", "嫦娥六号"),
    ("Chang'e-7", "嫦娥七号将于明年发射。", "Chang'e-7 will launch next year.", None),
    ("一汽 for 中国一汽", "中国一汽发布智能驾驶系统。", "一汽发布智能驾驶系统。", None),
    ("三支柱 is still a count", "公司提出两支柱战略。", "公司提出三支柱战略。", "三支柱"),
]

CASES = SCALES + SIZES + TIMES + PERIODS + YEAR_PARTS + PLACES + INSTITUTES + COMPOUNDS
CASES += FACILITIES + NUMBERED
# retell33's airport rows of the alias table: Beijing Daxing (大兴, which jieba tags a
# modifier) is a name apart, and Beijing Capital International Airport the English name
CASES += [
    ("大兴机场 for 首都机场", CAPITAL, "新系统在大兴机场启用。", "大兴机场"),
    (
        "Beijing Capital International Airport",
        CAPITAL,
        "The system went live at Beijing Capital International Airport.",
        None,
    ),
]

GAPS = [
    # a bound the sources pass by more: true, weaker, read as another amount
    ("超十亿 for 超百亿", ORDERS, "岳峰储能今年订单金额超十亿元。", None),
    # an English scale as a modifier; a scale before a salary
    (
        "trillion-parameter for 千亿参数",
        CLUSTER,
        "It can train trillion-parameter models.",
        "trillion",
    ),
    ("千万年薪 for 百万年薪", SALARY, "公司给算法工程师开出千万年薪。", "千万"),
    # counts of times by their size (次 and "times" are read as multiples)
    ("数十亿次 for 2.3 亿次", DOWNLOADS, "这款应用已被下载数十亿次。", "数十亿"),
    (
        "billions of times for 2.3 亿次",
        DOWNLOADS,
        "The app has been downloaded billions of times.",
        "billions of",
    ),
    # a bare 9:30 is read as either half of the day
    ("21:30 for a bare 9:30", MEETING, "股东大会定于 21:30 召开。", "21:30"),
    # "half a year" as a span a writer states in English
    (
        "half a year for 三个月",
        "该功能上线三个月，用户突破 50 万。",
        "The feature passed 500,000 users half a year after launch.",
        "half a year",
    ),
    # a month against a part of the year; "late this year"
    ("年底 for 1 月", "新品于 1 月发布。", "新品于年底发布。", "年底"),
    (
        "late this year for 年初",
        "新品于年初发布。",
        "The product launched late this year.",
        "late this year",
    ),
    # a country whose name opens another's
    ("几内亚 for 几内亚比绍", "几内亚比绍将建设数据中心。", "几内亚将建设数据中心。", "几内亚"),
    # an owner is a backer too
    ("Huawei-backed for 全资控股", OWNED, "The Huawei-backed chip firm is expanding.", None),
    # jieba cuts 白鹤|滩
    ("白鹤滩水电站 for 三峡电站", GORGES, "白鹤滩水电站部署了 AI 调度系统。", "白鹤滩水电站"),
    # English names of numbered bureaus
    (
        "China Construction Eighth Engineering Division",
        BUREAU,
        "China Construction Eighth Engineering Division built the data centre.",
        None,
    ),
    (
        "China Railway 11th Bureau",
        "中铁十一局承建该隧道。",
        "China Railway 11th Bureau Group built the tunnel.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_review31(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@pytest.mark.xfail(reason="known gaps, documented in docs/benchmarks.md", strict=True)
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in GAPS], ids=[c[0] for c in GAPS]
)
def test_review31_known_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
