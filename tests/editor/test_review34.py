"""The verifier on siblings of the last stop's rules (issue 11, review34): a figure's scale
and a scale's parts, letters folded to their base letter and umlauts written out, roles
read beside accented names, bodies named by a place, Korean and Vietnamese persons by
their characters' readings, a surname alone, an English given name echoing a syllable,
numbered things, ordinals before a superlative, phases, pronouns opening a sentence,
about (上下, 左右, 出头, 多), and review33's scores, quarters to date, runs of weekdays,
spans, orders, stems and serials, each written in other words, numbers, names or the
other language than the rule's own table test: right retellings that must pass and wrong
ones that must be flagged.

Each row is a source, a text a writer made from it (the sentences are ours; persons,
firms and places are real or invented), and the claim (or claims) that must be flagged,
as the verifier writes them, or None.  ``XFAIL`` holds the siblings still read wrongly,
each with its cause.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

HIRE = "该厂计划招聘 3 万名工人。"
SCALES = [
    ("scale: 万名 kept", HIRE, "该厂计划招聘 3 万名工人。", None),
    ("scale: 万名 unspaced", HIRE, "该厂计划招聘3万名工人。", None),
    ("scale: 万名 in English", HIRE, "The plant plans to hire 30,000 workers.", None),
    ("scale: another figure", HIRE, "该厂计划招聘 1 万名工人。", "1 万"),
    ("scale: another figure unspaced", HIRE, "该厂计划招聘1万名工人。", "1万"),
    ("scale: another in English", HIRE, "The plant plans to hire 10,000 workers.", "10,000"),
    (
        "scale: en source, zh text",
        "The plant plans to hire 30,000 workers.",
        "该厂计划招聘 3 万名工人。",
        None,
    ),
    (
        "scale: en source, wrong zh",
        "The plant plans to hire 30,000 workers.",
        "该厂计划招聘 1 万名工人。",
        "1 万",
    ),
    ("scale: 千卡 alone", "该公司建成千卡集群。", "The firm built a 1,000-card cluster.", None),
    (
        "scale: 千卡 for 万卡",
        "该公司建成千卡集群。",
        "The firm built a 10,000-card cluster.",
        "10,000",
    ),
    ("parts: 千分之三", "不良率降至千分之三。", "The defect rate fell to three in 1,000.", None),
    ("parts: 千分之三 as 0.3%", "不良率降至千分之三。", "The defect rate fell to 0.3%.", None),
    (
        "parts: 千分之三 wrong scale",
        "不良率降至千分之三。",
        "The defect rate fell to three in 10,000.",
        "10,000",
    ),
    ("parts: 万分之五 as 0.05%", "误报率为万分之五。", "The false alarm rate is 0.05%.", None),
    ("parts: 万分之五 as 0.5%", "误报率为万分之五。", "The false alarm rate is 0.5%.", "0.5%"),
    (
        "parts: 百万分之一",
        "该传感器误差为百万分之一。",
        "The sensor's error is one in a million.",
        None,
    ),
    (
        "parts: 百万分之一 wrong",
        "该传感器误差为百万分之一。",
        "The sensor's error is one in 100,000.",
        "100,000",
    ),
    (
        "parts: en source, zh text",
        "Errors fell to one in 10,000.",
        "差错率降至万分之一。",
        None,
    ),
    (
        "parts: en source, wrong zh",
        "Errors fell to one in 10,000.",
        "差错率降至千分之一。",
        "千分之一",
    ),
]

KOWALSKI = "首席执行官 Łukasz Kowalski 表示，公司将扩大产能。"
SKOU = "首席执行官 Søren Skou 表示，航运需求回升。"
DANANG = "The plant opened in Đà Nẵng last week."
ACCENTS = [
    ("fold: ł dropped", KOWALSKI, "CEO Lukasz Kowalski said capacity would grow.", None),
    ("fold: ł kept", KOWALSKI, "CEO Łukasz Kowalski said capacity would grow.", None),
    ("fold: ł another", KOWALSKI, "CEO Łukasz Nowak said capacity would grow.", "Łukasz Nowak"),
    (
        "fold: ł added",
        "CEO Lukasz Kowalski said capacity would grow.",
        "首席执行官 Łukasz Kowalski 表示，公司将扩大产能。",
        None,
    ),
    ("fold: ø dropped", SKOU, "Chief executive Soren Skou said demand was recovering.", None),
    (
        "fold: ø another",
        SKOU,
        "Chief executive Vincent Clerc said demand was recovering.",
        "Vincent Clerc",
    ),
    ("fold: đ dropped", DANANG, "该工厂上周在 Da Nang 投产。", None),
    ("fold: đ another city", DANANG, "The plant opened in Hải Phòng last week.", "Hải Phòng"),
    (
        "fold: ı dropped",
        "Yapı Kredi 推出 AI 客服。",
        "Yapi Kredi launched an AI helpdesk.",
        None,
    ),
    (
        "fold: ı another bank",
        "Yapı Kredi 推出 AI 客服。",
        "Garanti launched an AI helpdesk.",
        "Garanti",
    ),
    (
        "fold: Vietnamese name plain",
        "总经理 Nguyễn Thanh Nghị 表示将扩建工厂。",
        "General manager Nguyen Thanh Nghi said the plant would grow.",
        None,
    ),
    (
        "fold: Vietnamese name another",
        "总经理 Nguyễn Thanh Nghị 表示将扩建工厂。",
        "General manager Nguyen Thanh Long said the plant would grow.",
        "Nguyen Thanh Long",
    ),
    (
        "umlaut: ü written out",
        "首席执行官 Thomas Müller 表示将削减成本。",
        "Chief executive Thomas Mueller said costs would be cut.",
        None,
    ),
    (
        "umlaut: ü dropped",
        "首席执行官 Thomas Müller 表示将削减成本。",
        "Chief executive Thomas Muller said costs would be cut.",
        None,
    ),
    (
        "umlaut: ö for oe",
        "Chancellor Gerhard Schroeder visited the plant.",
        "前总理 Gerhard Schröder 参观了工厂。",
        None,
    ),
    (
        "umlaut: written out beside a ue of its own",
        "首席执行官 Manuel Müller 表示将削减成本。",
        "Chief executive Manuel Mueller said costs would be cut.",
        None,
    ),
    (
        "umlaut: another vowel",
        "首席执行官 Thomas Müller 表示将削减成本。",
        "Chief executive Thomas Möller said costs would be cut.",
        "Thomas Möller",
    ),
]

ROLES = [
    ("role: the holder's role, ø", SKOU, "首席执行官 Søren Skou 称航运需求回升。", None),
    ("role: another role, ø", SKOU, "董事长 Søren Skou 表示，航运需求回升。", "董事长"),
    ("role: another role, ł", KOWALSKI, "总裁 Łukasz Kowalski 表示，公司将扩大产能。", "总裁"),
    (
        "role: another role, Vietnamese",
        "总经理 Nguyễn Thanh Nghị 表示将扩建工厂。",
        "董事长 Nguyễn Thanh Nghị 表示将扩建工厂。",
        "董事长",
    ),
    (
        "role: another role, cedilla",
        "财政部长 Mehmet Şimşek 表示将控制通胀。",
        "央行行长 Mehmet Şimşek 表示将控制通胀。",
        "行长",
    ),
    (
        "role: the role in English, cedilla",
        "财政部长 Mehmet Şimşek 表示将控制通胀。",
        "Finance minister Mehmet Şimşek said inflation would be contained.",
        None,
    ),
    (
        "role: en source, another zh role",
        "Chief executive Søren Skou said demand was recovering.",
        "董事长 Søren Skou 表示，航运需求回升。",
        "董事长",
    ),
]

BODIES = [
    ("body: a place's agency", "日本气象厅发布暴雨预警。", "日本气象厅发布暴雨预警。", None),
    ("body: the country alone", "日本气象厅发布暴雨预警。", "日本发布暴雨预警。", None),
    ("body: another agency", "日本气象厅发布暴雨预警。", "日本防卫省发布暴雨预警。", "日本防卫省"),
    (
        "body: another university of the city",
        "东京大学发布日语大模型。",
        "东京工业大学发布日语大模型。",
        "东京工业大学",
    ),
    (
        "body: another university of the country",
        "新加坡国立大学发布 AI 模型。",
        "新加坡管理大学发布 AI 模型。",
        "新加坡管理大学",
    ),
    (
        "body: an institute for a university",
        "首尔大学研究团队开发了新型电池。",
        "首尔研究所研究团队开发了新型电池。",
        "首尔研究所",
    ),
    (
        "body: a school's team",
        "首尔大学研究团队开发了新型电池。",
        "首尔大学团队开发了新型电池。",
        None,
    ),
    (
        "body: a branch's parent",
        "印度理工学院马德拉斯分校发布 AI 课程。",
        "印度理工学院发布 AI 课程。",
        None,
    ),
    (
        "body: en source, zh body",
        "The University of Tokyo released a Japanese model.",
        "东京大学发布日语大模型。",
        None,
    ),
]

SAMSUNG = "三星电子会长李在镕表示，将加大芯片投资。"
SK = "SK集团会长崔泰源表示，将扩大 AI 投资。"
SON_HM = "韩国球员孙兴慜梅开二度。"
KOREAN = [
    (
        "kr: a chip maker's chairman",
        SAMSUNG,
        "Samsung Electronics chairman Lee Jae-yong said chip investment would grow.",
        None,
    ),
    (
        "kr: given name run together",
        SAMSUNG,
        "Samsung Electronics chairman Lee Jaeyong said chip investment would grow.",
        None,
    ),
    (
        "kr: his father",
        SAMSUNG,
        "Samsung Electronics chairman Lee Kun-hee said chip investment would grow.",
        "Lee Kun-hee",
    ),
    (
        "kr: SK's chairman",
        SK,
        "SK Group chairman Chey Tae-won said AI investment would grow.",
        None,
    ),
    (
        "kr: SK's chairman as Choi",
        SK,
        "SK Group chairman Choi Tae-won said AI investment would grow.",
        None,
    ),
    (
        "kr: his brother",
        SK,
        "SK Group chairman Chey Jae-won said AI investment would grow.",
        "Chey Jae-won",
    ),
    ("kr: a footballer", SON_HM, "South Korea's Son Heung-min scored twice.", None),
    ("kr: a footballer surname last", SON_HM, "South Korea's Heung-min Son scored twice.", None),
    (
        "kr: another footballer",
        SON_HM,
        "South Korea's Hwang Hee-chan scored twice.",
        "Hwang Hee-chan",
    ),
    (
        "kr: another given syllable",
        SON_HM,
        "South Korea's Son Heung-woo scored twice.",
        "Son Heung-woo",
    ),
    (
        "kr: a director",
        "韩国导演朴赞郁的新片在首尔首映。",
        "South Korean director Park Chan-wook's new film opened in Seoul.",
        None,
    ),
    (
        "kr: another director",
        "韩国导演朴赞郁的新片在首尔首映。",
        "South Korean director Bong Joon-ho's new film opened in Seoul.",
        "Bong Joon-ho's",
    ),
    (
        "kr: a winger",
        "韩国球员李刚仁助攻破门。",
        "South Korea's Lee Kang-in set up a goal.",
        None,
    ),
    (
        "kr: en source, zh text",
        "Samsung chairman Lee Jae-yong said chip investment would grow.",
        "三星会长李在镕表示，将加大芯片投资。",
        None,
    ),
    (
        "kr: en source, a near reading",
        "Samsung chairman Lee Jae-yong said chip investment would grow.",
        "三星会长李在明表示，将加大芯片投资。",
        "李在明",
    ),
    (
        "kr: en source, the surname and one syllable",
        "Samsung chairman Lee Jae Yong said chip investment would grow.",
        "三星会长李在明表示，将加大芯片投资。",
        "李在明",
    ),
    (
        "kr: en source, wrong zh",
        "Samsung chairman Lee Jae-yong said chip investment would grow.",
        "三星会长李健熙表示，将加大芯片投资。",
        "李健熙",
    ),
]

TRONG = "越共中央总书记阮富仲会见了代表团，并讨论了贸易合作。"
GIANG = "越南国防部长潘文江表示，将加强合作。"
VIETNAMESE = [
    (
        "vn: a party leader",
        TRONG,
        "General Secretary Nguyen Phu Trong met the delegation and talked about trade.",
        None,
    ),
    (
        "vn: a party leader with marks",
        TRONG,
        "General Secretary Nguyễn Phú Trọng met the delegation and talked about trade.",
        None,
    ),
    (
        "vn: another given syllable",
        TRONG,
        "General Secretary Nguyen Phu Thanh met the delegation and talked about trade.",
        "General Secretary Nguyen Phu Thanh",
    ),
    (
        "vn: another leader",
        TRONG,
        "General Secretary Nguyen Van Linh met the delegation and talked about trade.",
        "General Secretary Nguyen Van Linh",
    ),
    (
        "vn: a short sentence read as a headline",
        TRONG,
        "General Secretary Nguyen Phu Trong met the delegation.",
        None,
    ),
    ("vn: a minister", GIANG, "Defence Minister Phan Van Giang said ties would deepen.", None),
    (
        "vn: another minister",
        GIANG,
        "Defence Minister Phan Van Khai said ties would deepen.",
        "Defence Minister Phan Van Khai",
    ),
    (
        "vn: a foreign minister",
        "越南外长裴青山表示，将加强合作。",
        "Foreign Minister Bui Thanh Son said ties would deepen.",
        None,
    ),
    (
        "vn: another foreign minister",
        "越南外长裴青山表示，将加强合作。",
        "Foreign Minister Bui Thanh Long said ties would deepen.",
        "Foreign Minister Bui Thanh Long",
    ),
    (
        "vn: en source, zh text",
        "Vietnamese Prime Minister Pham Minh Chinh said chip investment would grow.",
        "越南总理范明政表示，将吸引半导体投资。",
        None,
    ),
    (
        "vn: en source, another given name",
        "Vietnamese Prime Minister Pham Minh Chinh said chip investment would grow.",
        "越南总理范明山表示，将吸引半导体投资。",
        "范明山",
    ),
    (
        "vn: en source, a homophone",
        "Vietnamese Prime Minister Pham Minh Chinh said chip investment would grow.",
        "越南总理范明正表示，将吸引半导体投资。",
        "范明正",
    ),
    (
        "vn: en source, wrong zh",
        "Vietnamese Prime Minister Pham Minh Chinh said chip investment would grow.",
        "越南总理阮春福表示，将吸引半导体投资。",
        "阮春福",
    ),
]

SOFTBANK = "软银集团董事长孙正义表示，将加大 AI 投资。"
BYD = "比亚迪董事长王传福表示，将扩大海外产能。"
PBOC = "中国人民银行行长潘功胜表示，将保持流动性充裕。"
SURNAMES = [
    ("alone: after a possessive", SOFTBANK, "SoftBank's Son said AI investment would grow.", None),
    ("alone: after a title", SOFTBANK, "Chairman Son said AI investment would grow.", None),
    ("alone: in pinyin", SOFTBANK, "SoftBank's Sun said AI investment would grow.", None),
    ("alone: bare", BYD, "Wang said overseas capacity would grow.", "Wang"),
    (
        "alone: another surname",
        SOFTBANK,
        "SoftBank's Mikitani said AI investment would grow.",
        "Mikitani",
    ),
    ("alone: a Chinese chairman", BYD, "BYD's Wang said overseas capacity would grow.", None),
    ("alone: Mr", BYD, "Mr Wang said overseas capacity would grow.", None),
    ("alone: another Chinese surname", BYD, "BYD's Li said overseas capacity would grow.", "Li"),
    ("alone: a Korean chairman", SAMSUNG, "Samsung's Lee said chip investment would grow.", None),
    (
        "alone: another Korean surname",
        SAMSUNG,
        "Samsung's Kim said chip investment would grow.",
        "Kim",
    ),
    (
        "alone: a Japanese premier",
        "日本首相石破茂表示，将扩大芯片补贴。",
        "Prime Minister Ishiba said chip subsidies would grow.",
        None,
    ),
    (
        "alone: another Japanese premier",
        "日本首相石破茂表示，将扩大芯片补贴。",
        "Prime Minister Kishida said chip subsidies would grow.",
        "Kishida",
    ),
    ("alone: a governor", PBOC, "Governor Pan said liquidity would stay ample.", None),
    ("alone: another governor", PBOC, "Governor Yi said liquidity would stay ample.", "Yi"),
]

TITLED = [
    (
        "title: a minister of a field",
        "中国外长王毅表示，将加强合作。",
        "Foreign Minister Wang Yi said ties would deepen.",
        None,
    ),
    (
        "title: another field",
        "中国外长王毅表示，将加强合作。",
        "Trade Minister Wang Yi said ties would deepen.",
        "Trade Minister Wang Yi",
    ),
    (
        "title: another minister",
        "中国外长王毅表示，将加强合作。",
        "Foreign Minister Wang Wentao said ties would deepen.",
        "Foreign Minister Wang Wentao",
    ),
    (
        "title: a Japanese minister",
        "日本外相上川阳子表示，将加强合作。",
        "Foreign Minister Yoko Kamikawa said ties would deepen.",
        None,
    ),
    (
        "title: en source",
        "Foreign Minister Wang Yi said ties would deepen.",
        "Defence Minister Wang Yi said ties would deepen.",
        "Defence Minister Wang Yi",
    ),
]

FOXCONN = "鸿海董事长刘扬伟表示，AI 服务器营收将大增。"
ECHOES = [
    ("echo: Young", FOXCONN, "Foxconn chairman Young Liu said AI server revenue would jump.", None),
    (
        "echo: his own spelling",
        FOXCONN,
        "Foxconn chairman Liu Young-way said AI server revenue would jump.",
        None,
    ),
    (
        "echo: pinyin",
        FOXCONN,
        "Foxconn chairman Liu Yangwei said AI server revenue would jump.",
        None,
    ),
    (
        "echo: another word",
        FOXCONN,
        "Foxconn chairman Will Liu said AI server revenue would jump.",
        "Liu",
    ),
    (
        "echo: another syllable's word",
        FOXCONN,
        "Foxconn chairman Long Liu said AI server revenue would jump.",
        "Long Liu",
    ),
    (
        "echo: Young, another surname",
        FOXCONN,
        "Foxconn chairman Young Wang said AI server revenue would jump.",
        "Young Wang",
    ),
]

NUMBERED = [
    ("no.: a metro line", "地铁 2 号线完成延伸。", "Metro Line 2 has been extended.", None),
    (
        "no.: another line",
        "地铁 2 号线完成延伸。",
        "Metro Line 3 has been extended.",
        "Metro Line 3",
    ),
    (
        "no.: a count of lines",
        "该市新开通 2 条地铁线。",
        "Metro Line 2 has opened.",
        "Metro Line 2",
    ),
    ("no.: a building", "园区 7 号楼交付使用。", "Building 7 of the park is in use.", None),
    (
        "no.: another building",
        "园区 7 号楼交付使用。",
        "Building 9 of the park is in use.",
        "Building 9",
    ),
    ("no.: a hall", "展会 5 号馆展出机器人。", "Hall 5 of the fair shows robots.", None),
    ("no.: a count of halls", "展会共有 5 个展馆。", "Hall 5 of the fair shows robots.", "Hall 5"),
    ("no.: a platform", "列车停靠 4 号站台。", "The train stops at Platform 4.", None),
    (
        "no.: en source, zh gate",
        "Passengers board at Gate 12.",
        "旅客在 12 号登机口登机。",
        None,
    ),
    (
        "no.: en source, wrong zh gate",
        "Passengers board at Gate 12.",
        "旅客在 21 号登机口登机。",
        "21",
    ),
    (
        "no.: a reactor",
        "该核电站 1 号机组并网发电。",
        "Unit 1 of the nuclear plant joined the grid.",
        None,
    ),
    (
        "no.: another reactor",
        "该核电站 1 号机组并网发电。",
        "Unit 2 of the nuclear plant joined the grid.",
        "Unit 2",
    ),
]

RANKS = [
    (
        "rank: second-largest for 第二大",
        "日本是全球第四大经济体。",
        "Japan is the world's fourth-largest economy.",
        None,
    ),
    (
        "rank: fifth for fourth",
        "日本是全球第四大经济体。",
        "Japan is the world's fifth-largest economy.",
        "fifth-largest",
    ),
    (
        "rank: largest for fourth",
        "日本是全球第四大经济体。",
        "Japan is the world's largest economy.",
        "largest",
    ),
    (
        "rank: spaced ordinal",
        "日本是全球第四大经济体。",
        "Japan is the world's fourth largest economy.",
        None,
    ),
    (
        "rank: biggest spaced",
        "该公司是全国第二大汽车制造商。",
        "It is the country's second biggest carmaker.",
        None,
    ),
    (
        "rank: zh second for en second",
        "It is the country's second-biggest carmaker.",
        "该公司是全国第二大汽车制造商。",
        None,
    ),
    (
        "rank: zh third for en second",
        "It is the country's second-biggest carmaker.",
        "该公司是全国第三大汽车制造商。",
        "第三大",
    ),
    (
        "rank: zh largest for en second",
        "It is the country's second-biggest carmaker.",
        "该公司是全国最大的汽车制造商。",
        "最大",
    ),
    (
        "rank: one of the largest for third",
        "该公司是全球第三大电池制造商。",
        "It is one of the world's largest battery makers.",
        None,
    ),
    (
        "rank: 最大之一 for third",
        "It is the world's third-largest battery maker.",
        "该公司是全球最大的电池制造商之一。",
        None,
    ),
    (
        "rank: the most of a verb",
        "该公司是全球第三大电池制造商。",
        "该公司将在国内最大限度地降低成本。",
        None,
    ),
    (
        "rank: among the largest for third",
        "该公司是全球第三大电池制造商。",
        "It is among the world's largest battery makers.",
        None,
    ),
]

PHASES = [
    (
        "phase: Phase 2 for 二期",
        "该药物二期临床试验达到主要终点。",
        "The drug's Phase 2 trial met its goal.",
        None,
    ),
    (
        "phase: Phase II for 二期",
        "该药物二期临床试验达到主要终点。",
        "The drug's Phase II trial met its goal.",
        None,
    ),
    (
        "phase: Phase 3 for 二期",
        "该药物二期临床试验达到主要终点。",
        "The drug's Phase 3 trial met its goal.",
        "Phase 3",
    ),
    (
        "phase: Phase 1b",
        "该药物的 Ib 期试验达到主要终点。",
        "The drug's Phase 1b trial met its goal.",
        None,
    ),
    (
        "phase: Phase 1a for Ib",
        "该药物的 Ib 期试验达到主要终点。",
        "The drug's Phase 1a trial met its goal.",
        "Phase 1",
    ),
    (
        "phase: 3 期 for Phase three",
        "The drug's phase three trial met its goal.",
        "该药物的 3 期试验达到主要终点。",
        None,
    ),
    (
        "phase: 二期 for Phase three",
        "The drug's phase three trial met its goal.",
        "该药物二期临床试验达到主要终点。",
        "二期",
    ),
    (
        "phase: a count of phases",
        "该项目分两期建设。",
        "The project is built in two phases.",
        None,
    ),
    (
        "phase: another count of phases",
        "该项目分两期建设。",
        "The project is built in three phases.",
        "three phases",
    ),
]

PRONOUNS = [
    ("pronoun: others", "多家公司发布了新品。", "Others have launched rival products.", None),
    ("pronoun: both", "两家公司都发布了新品。", "Both announced new products.", None),
    ("pronoun: some", "部分公司发布了新品。", "Some have released new models.", None),
    ("pronoun: none", "两家公司都未发布新品。", "None announced a new product.", None),
    ("pronoun: each", "两家公司各发布了一款新品。", "Each released a new product.", None),
    ("pronoun: nobody", "没有人发布越狱提示词。", "Nobody released a jailbreak prompt.", None),
    ("pronoun: they", "两家公司发布了新品。", "They launched new products.", None),
    ("pronoun: this", "公司获得 50 亿元融资。", "This raised 5 billion yuan.", None),
    ("pronoun: a firm still", "公司发布了新品。", "Humane launched the product.", "Humane"),
    (
        "pronoun: a firm after others",
        "多家公司发布了新品。",
        "Others, such as Rabbit, launched rival products.",
        "Rabbit",
    ),
]

AGE = "创始人今年 41 岁。"
ABOUT = [
    ("about: 上下 an age", AGE, "创始人今年 40 岁上下。", None),
    ("about: 上下 an age wrong", AGE, "创始人今年 50 岁上下。", "50"),
    ("about: 左右 an amount", "该项目投资 8.1 亿元。", "该项目投资 8 亿元左右。", None),
    ("about: 左右 an amount wrong", "该项目投资 8.1 亿元。", "该项目投资 12 亿元左右。", "12 亿元"),
    ("about: 上下 a count", "公司现有员工 4,960 人。", "公司现有员工 5000 人上下。", None),
    ("about: 上下 a count wrong", "公司现有员工 4,960 人。", "公司现有员工 7000 人上下。", "7000"),
    ("about: 出头 an amount", "该车售价 21.5 万元。", "该车售价 20 万元出头。", None),
    ("about: 出头 an amount wrong", "该车售价 26.5 万元。", "该车售价 20 万元出头。", "20 万元"),
    ("about: 出头 in numerals", "创始人今年 32 岁。", "创始人今年三十岁出头。", None),
    ("about: 出头 in numerals wrong", "创始人今年 38 岁。", "创始人今年三十岁出头。", "三十岁"),
    ("about: 多 in numerals", "创始人今年 46 岁。", "创始人今年四十多岁。", None),
    ("about: 多 in numerals wrong", "创始人今年 56 岁。", "创始人今年四十多岁。", "四十多岁"),
    ("about: 左右 a count in numerals", "该团队有 21 人。", "该团队有二十人左右。", None),
    ("about: 多 an age", "创始人今年 46 岁。", "创始人今年 40 多岁。", None),
    ("about: 多 an age wrong", "创始人今年 46 岁。", "创始人今年 50 多岁。", "50 多"),
    ("about: en about", AGE, "The founder is about 40.", None),
    ("about: en early forties", AGE, "The founder is in his early 40s.", None),
    ("about: en early fifties", AGE, "The founder is in his early 50s.", "50"),
    ("about: en late thirties", "创始人今年 38 岁。", "The founder is in his late 30s.", None),
    ("about: en late for early", "创始人今年 38 岁。", "The founder is in his early 30s.", "30"),
    ("about: 大约 a count", "公司现有员工 1,980 人。", "公司现有员工大约 2000 人。", None),
]

NUMBERS33 = [
    ("score: a set", "她以 6-3、7-5 获胜。", "She won 6-3, 7-5.", None),
    ("score: a set wrong", "她以 6-3、7-5 获胜。", "She won 6-4, 7-5.", "6-4"),
    ("score: colon for dash", "The team won 2-1.", "该队以 2:1 获胜。", None),
    ("score: colon wrong", "The team won 2-1.", "该队以 3:1 获胜。", "3"),
    (
        "quarters: first three",
        "公司前三季度营收增长 20%。",
        "Revenue rose 20% in the first three quarters.",
        None,
    ),
    (
        "quarters: nine months",
        "公司前三季度营收增长 20%。",
        "Revenue rose 20% in the first nine months.",
        None,
    ),
    ("quarters: Q1-Q3", "公司前三季度营收增长 20%。", "Revenue rose 20% in Q1-Q3.", None),
    (
        "quarters: half for three quarters",
        "公司前三季度营收增长 20%。",
        "Revenue rose 20% in the first half.",
        "first half",
    ),
    ("weekdays: five days", "该店周一至周五营业。", "The shop opens five days a week.", None),
    (
        "weekdays: seven days",
        "该店周一至周五营业。",
        "The shop opens seven days a week.",
        "seven days",
    ),
    (
        "weekdays: Monday to Friday",
        "该店周一至周五营业。",
        "The shop opens Monday to Friday.",
        None,
    ),
    (
        "within: six months",
        "该项目将在半年内完工。",
        "The project will finish within six months.",
        None,
    ),
    (
        "within: a year for 半年",
        "该项目将在半年内完工。",
        "The project will finish within a year.",
        "a year",
    ),
    ("within: a month", "新规将在一个月内实施。", "The rules take effect within a month.", None),
    (
        "within: a week for a month",
        "新规将在一个月内实施。",
        "The rules take effect within a week.",
        "a week",
    ),
    (
        "orders: tens of billions",
        "该公司将投资数百亿元。",
        "The firm will invest tens of billions of yuan.",
        None,
    ),
    (
        "orders: hundreds for tens",
        "该公司将投资数百亿元。",
        "The firm will invest hundreds of billions of yuan.",
        "hundreds of billions of yuan",
    ),
    ("stem: 8A", "长征八号甲运载火箭发射成功。", "The Long March 8A rocket launched.", None),
    ("stem: 8B for 8A", "长征八号甲运载火箭发射成功。", "The Long March 8B rocket launched.", "8B"),
    (
        "stem: a name jieba knows",
        "长征三号甲运载火箭发射成功。",
        "The Long March 3A rocket launched.",
        None,
    ),
    ("serial: Tianwen-1", "天问一号探测器进入轨道。", "The Tianwen-1 probe entered orbit.", None),
    (
        "serial: Tianwen-2",
        "天问一号探测器进入轨道。",
        "The Tianwen-2 probe entered orbit.",
        "Tianwen-2",
    ),
    ("serial: figures for numerals", "天问一号探测器进入轨道。", "天问 1 号探测器进入轨道。", None),
    ("serial: figures wrong", "天问一号探测器进入轨道。", "天问 2 号探测器进入轨道。", "2"),
]

NAMES33 = [
    (
        "kind: a city bureau",
        "Officials of the Hangzhou education bureau said classes would change.",
        "杭州市教育局表示课程将调整。",
        None,
    ),
    (
        "kind: another bureau",
        "Officials of the Hangzhou education bureau said classes would change.",
        "杭州市财政局表示课程将调整。",
        "财政局",
    ),
    (
        "cut: a bank of a table name",
        "平安银行推出了 AI 客服。",
        "Ping An Bank launched an AI helpdesk.",
        None,
    ),
    (
        "cut: the insurer for the bank",
        "平安银行推出了 AI 客服。",
        "Ping An Life launched an AI helpdesk.",
        "Life",
    ),
    (
        "language: Vietnamese-language",
        "该公司推出越南语大模型。",
        "The firm launched a Vietnamese-language model.",
        None,
    ),
    (
        "language: another language",
        "该公司推出越南语大模型。",
        "The firm launched a Thai-language model.",
        "Thai-language",
    ),
    (
        "language: speaking users",
        "该应用面向阿拉伯语用户。",
        "The app is for Arabic-speaking users.",
        None,
    ),
    (
        "phrase: science and technology",
        "该模型由上海理工大学开发。",
        "The model was built by the University of Shanghai for Science and Technology.",
        None,
    ),
    (
        "phrase: another university",
        "该模型由上海理工大学开发。",
        "The model was built by Shanghai University of Finance and Economics.",
        ("Shanghai University", "Finance", "Economics"),
    ),
    (
        "city: Izmir",
        "该公司在伊兹密尔开设数据中心。",
        "The firm opened a data centre in Izmir.",
        None,
    ),
    (
        "city: Ankara for Izmir",
        "该公司在伊兹密尔开设数据中心。",
        "The firm opened a data centre in Ankara.",
        "Ankara",
    ),
    ("city: Monterrey", "The plant in Monterrey began output.", "蒙特雷工厂开始投产。", None),
    (
        "city: another Mexican city",
        "The plant in Monterrey began output.",
        "瓜达拉哈拉工厂开始投产。",
        "瓜达拉哈拉",
    ),
]

XFAIL = {
    "body: another agency": (
        "省 (a ministry) is no kind of organisation the Chinese name reader knows (a "
        "province's word): 日本防卫省 is claimed nowhere"
    ),
    "body: another university of the country": (
        "jieba tags 管理 a verb-noun, which the organisation reader takes for no part of a "
        "name: 新加坡管理大学 is claimed nowhere"
    ),
    "body: an institute for a university": (
        "jieba tags 首尔 an adverb before 研究所: 首尔研究所 is claimed nowhere"
    ),
    "vn: a short sentence read as a headline": (
        "a short sentence mostly of capitalised words is read as a title-case headline, "
        "whose everyday words (Secretary) and Phu are cut out: Nguyen and Trong are "
        "checked alone"
    ),
    "vn: en source, a homophone": "正 and 政 are both read chinh: readings cannot tell them",
    "phrase: science and technology": (
        "a name with an of part and a for part (University of Shanghai for Science and "
        "Technology): the for part is read without the of part's head"
    ),
}

CASES = (
    SCALES
    + ACCENTS
    + ROLES
    + BODIES
    + KOREAN
    + VIETNAMESE
    + SURNAMES
    + TITLED
    + ECHOES
    + NUMBERED
    + RANKS
    + PHASES
    + PRONOUNS
    + ABOUT
    + NUMBERS33
    + NAMES33
)


def _row(case: tuple[str, str, str, str | tuple[str, ...] | None]) -> object:
    name, source, text, wrong = case
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else []
    return pytest.param(source, text, wrong, id=name, marks=marks)


@pytest.mark.parametrize(("source", "text", "wrong"), [_row(c) for c in CASES])
def test_review34_siblings(source: str, text: str, wrong: str | tuple[str, ...] | None) -> None:
    expected = [] if wrong is None else [wrong] if isinstance(wrong, str) else list(wrong)
    assert flagged(text, source) == expected
