"""The verifier on English retellings of long-tail names from Chinese sources (issue 11,
retell33): Korean, Japanese, Taiwanese, Hong Kong, Singaporean and Vietnamese persons,
firms by their English names, roles, and bodies and facilities named by their kind.

Each row is a source, a text a writer made from it (the sentences are ours; the persons,
firms and places are real), and the claim that must be flagged, as the verifier writes
it, or None: right retellings that must pass beside wrong ones (another person of the
same firm or office, another given syllable, another firm) that must be flagged.
``XFAIL`` holds the rows still read wrongly, each with its cause.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

HYUNDAI = "现代汽车集团会长郑义宣表示，将加大机器人投资。"
LEE = "韩国总统李在明表示，将推动人工智能产业发展。"
TAKAICHI = "日本首相高市早苗表示，将推动半导体产业投资。"
HK = "香港特区行政长官李家超表示，将推动创新科技发展。"
ALI = "阿里巴巴集团首席执行官吴泳铭表示，将加大人工智能投入。"
SG = "新加坡总理黄循财表示，将加大人工智能投资。"
VIN = "越南Vingroup集团董事长范日旺表示，将投资电动汽车。"
PBOC = "中国人民银行行长潘功胜表示，将保持流动性合理充裕。"
CASES: list[tuple[str, str, str, str | None]] = [
    (
        "kr: a car chairman",
        HYUNDAI,
        "Hyundai Motor Group chairman Chung Eui-sun said it would invest more in robots.",
        None,
    ),
    (
        "kr: a car chairman run together",
        HYUNDAI,
        "Hyundai Motor Group chairman Chung Euisun said it would invest more in robots.",
        None,
    ),
    (
        "kr: surname last",
        HYUNDAI,
        "Hyundai Motor Group chairman Eui-sun Chung said it would invest more in robots.",
        None,
    ),
    (
        "kr: surname alone",
        HYUNDAI,
        "Hyundai's Chung said the group would invest more in robots.",
        None,
    ),
    (
        "kr: his father",
        HYUNDAI,
        "Hyundai Motor Group chairman Chung Mong-koo said it would invest more in robots.",
        "Chung Mong-koo",
    ),
    (
        "kr: another given syllable",
        HYUNDAI,
        "Hyundai Motor Group chairman Chung Eui-chan said it would invest more in robots.",
        "Chung Eui-chan",
    ),
    (
        "kr: a president",
        LEE,
        "South Korean President Lee Jae-myung said he would push the AI industry.",
        None,
    ),
    (
        "kr: the last president",
        LEE,
        "South Korean President Yoon Suk-yeol said he would push the AI industry.",
        "Yoon Suk-yeol",
    ),
    (
        "kr: a retail chairman",
        "乐天集团会长辛东彬表示，将调整业务结构。",
        "Lotte Group chairman Shin Dong-bin said it would reshape its business.",
        None,
    ),
    (
        "kr: a chip maker's head",
        "三星电子总裁卢泰文表示，将扩大折叠屏手机销量。",
        "Samsung Electronics president Roh Tae-moon said foldable phone sales would grow.",
        None,
    ),
    (
        "kr: a portal's head",
        "Naver首席执行官崔秀妍表示，将推出新的人工智能服务。",
        "Naver chief executive Choi Soo-yeon said it would launch new AI services.",
        None,
    ),
    (
        "kr: a memory maker's head",
        "SK海力士首席执行官郭鲁正表示，HBM需求强劲。",
        "SK hynix chief executive Kwak Noh-jung said HBM demand was strong.",
        None,
    ),
    (
        "kr: a founder",
        "Kakao创始人金范洙表示，将重组公司。",
        "Kakao founder Kim Beom-su said he would restructure the company.",
        None,
    ),
    (
        "kr: another founder",
        "Kakao创始人金范洙表示，将重组公司。",
        "Kakao founder Lee Hae-jin said he would restructure the company.",
        "Lee Hae-jin",
    ),
    (
        "kr: a Go player",
        "韩国棋手申真谞在决赛中获胜，卫冕世界冠军。",
        "South Korean player Shin Jin-seo won the final and kept his world title.",
        None,
    ),
    (
        "kr: another Go player",
        "韩国棋手申真谞在决赛中获胜，卫冕世界冠军。",
        "South Korean player Park Jung-hwan won the final and kept his world title.",
        "Park Jung-hwan",
    ),
    (
        "jp: a car chairman",
        "丰田汽车会长丰田章男表示，将继续开发氢能汽车。",
        "Toyota chairman Akio Toyoda said it would keep developing hydrogen cars.",
        None,
    ),
    (
        "jp: a prime minister",
        TAKAICHI,
        "Japanese Prime Minister Sanae Takaichi said she would push chip investment.",
        None,
    ),
    ("jp: surname alone", TAKAICHI, "Takaichi said she would push chip investment.", None),
    (
        "jp: the last prime minister",
        TAKAICHI,
        "Japanese Prime Minister Shigeru Ishiba said he would push chip investment.",
        "Shigeru Ishiba",
    ),
    (
        "jp: an industrial president",
        "日立制作所社长德永俊昭表示，将扩大数据中心业务。",
        "Hitachi president Toshiaki Tokunaga said it would expand its data centre business.",
        None,
    ),
    (
        "jp: a professor",
        "东京大学教授松尾丰表示，日本需要更多人工智能人才。",
        "University of Tokyo professor Yutaka Matsuo said Japan needs more AI talent.",
        None,
    ),
    (
        "jp: another surname",
        "任天堂社长古川俊太郎表示，新主机销量超出预期。",
        "Nintendo president Shuntaro Furuta said console sales beat forecasts.",
        "Shuntaro Furuta",
    ),
    (
        "jp: a minister alone",
        "日本内阁官房长官林芳正表示，将密切关注市场动向。",
        "Japan's Hayashi said the government would watch markets closely.",
        None,
    ),
    (
        "jp: a bare surname",
        "日本内阁官房长官林芳正表示，将密切关注市场动向。",
        "Hayashi said the government would watch markets closely.",
        "Hayashi",
    ),
    (
        "tw: a chip designer's head",
        "联发科执行长蔡力行表示，AI芯片业务将快速增长。",
        "MediaTek chief executive Rick Tsai said its AI chip business would grow fast.",
        None,
    ),
    (
        "tw: a former chairman",
        "台积电前董事长刘德音表示，芯片需求依然强劲。",
        "Former TSMC chairman Mark Liu said chip demand remained strong.",
        None,
    ),
    (
        "tw: a premier in Wade-Giles",
        "台湾行政院长卓荣泰表示，将扩大能源投资。",
        "Taiwan Premier Cho Jung-tai said energy investment would grow.",
        None,
    ),
    (
        "tw: a leader in Wade-Giles",
        "赖清德表示，台湾将加强半导体供应链。",
        "Lai Ching-te said Taiwan would strengthen its chip supply chain.",
        None,
    ),
    (
        "tw: an English given name",
        "纬创董事长林宪铭表示，AI服务器出货将倍增。",
        "Wistron chairman Simon Lin said AI server shipments would double.",
        None,
    ),
    (
        "tw: a wrong surname",
        "鸿海董事长刘扬伟表示，AI服务器营收将大增。",
        "Foxconn chairman Young Lee said AI server revenue would jump.",
        "Young Lee",
    ),
    (
        "hk: a chief executive",
        HK,
        "Hong Kong Chief Executive John Lee said innovation would be pushed.",
        None,
    ),
    (
        "hk: the last chief executive",
        HK,
        "Hong Kong Chief Executive Carrie Lam said innovation would be pushed.",
        "Carrie Lam",
    ),
    (
        "hk: a tycoon's son",
        "长江和记实业主席李泽钜表示，将出售港口业务。",
        "CK Hutchison chairman Victor Li said it would sell its ports business.",
        None,
    ),
    (
        "hk: a president in Cantonese",
        "腾讯总裁刘炽平表示，将加大人工智能投入。",
        "Tencent president Martin Lau said it would spend more on AI.",
        None,
    ),
    (
        "hk: an English given name",
        ALI,
        "Alibaba chief executive Eddie Wu said it would spend more on AI.",
        None,
    ),
    (
        "hk: the last chief executive of a firm",
        ALI,
        "Alibaba chief executive Daniel Zhang said it would spend more on AI.",
        "Daniel Zhang",
    ),
    (
        "sg: a prime minister",
        SG,
        "Singapore Prime Minister Lawrence Wong said AI investment would grow.",
        None,
    ),
    (
        "sg: a deputy in Hokkien",
        "新加坡副总理颜金勇表示，将加强贸易合作。",
        "Singapore Deputy Prime Minister Gan Kim Yong said trade ties would deepen.",
        None,
    ),
    (
        "sg: a banker",
        "星展银行首席执行官陈淑珊表示，将扩大人工智能应用。",
        "DBS chief executive Tan Su Shan said it would use more AI.",
        None,
    ),
    (
        "sg: the last prime minister",
        SG,
        "Singapore Prime Minister Lee Hsien Loong said AI investment would grow.",
        "Lee Hsien Loong",
    ),
    (
        "vn: a tycoon",
        VIN,
        "Vingroup chairman Pham Nhat Vuong said it would invest in electric cars.",
        None,
    ),
    (
        "vn: a prime minister",
        "越南总理范明政表示，将吸引更多半导体投资。",
        "Vietnamese Prime Minister Pham Minh Chinh said more chip investment would be drawn.",
        None,
    ),
    (
        "vn: another person",
        VIN,
        "Vingroup chairman Nguyen Xuan Phuc said it would invest in electric cars.",
        "Nguyen Xuan Phuc",
    ),
    (
        "vn: with tone marks",
        "越南总理范明政表示，将吸引更多半导体投资。",
        "Vietnamese Prime Minister Phạm Minh Chính said more chip investment would be drawn.",
        None,
    ),
    (
        "vn: another given name",
        "越南总理范明政表示，将吸引更多半导体投资。",
        "Vietnamese Prime Minister Pham Minh Tuan said more chip investment would be drawn.",
        "Pham Minh Tuan",
    ),
    (
        "vn: a surname that is an English word",
        "越共中央总书记苏林会见了到访的代表团。",
        "General Secretary To Lam met the visiting delegation.",
        None,
    ),
    (
        "firm: a life insurer",
        "中国人寿推出了人工智能理赔服务。",
        "China Life launched an AI claims service.",
        None,
    ),
    (
        "firm: another life insurer",
        "太平人寿推出了人工智能理赔服务。",
        "Taiping Life launched an AI claims service.",
        None,
    ),
    (
        "firm: a chip foundry in full",
        "中芯国际第三季度营收创新高。",
        "Semiconductor Manufacturing International Corporation posted record quarterly revenue.",
        None,
    ),
    (
        "firm: a memory maker",
        "长江存储发布了新一代闪存芯片。",
        "Yangtze Memory Technologies released a new flash chip.",
        None,
    ),
    (
        "firm: a display maker",
        "京东方发布了新款柔性屏。",
        "BOE Technology released a new flexible display.",
        None,
    ),
    (
        "firm: a plane maker",
        "中国商飞C919订单突破千架。",
        "COMAC's C919 orders passed 1,000 planes.",
        None,
    ),
    (
        "firm: a bank in full",
        "工商银行推出了人工智能客服。",
        "Industrial and Commercial Bank of China launched an AI customer service.",
        None,
    ),
    (
        "firm: a merchant bank",
        "招商银行推出了人工智能客服。",
        "China Merchants Bank launched an AI customer service.",
        None,
    ),
    (
        "firm: an appliance maker",
        "格力电器发布了新款空调。",
        "Gree Electric Appliances released a new air conditioner.",
        None,
    ),
    (
        "firm: a grid",
        "国家电网加大了特高压投资。",
        "State Grid stepped up ultra-high-voltage investment.",
        None,
    ),
    (
        "firm: another firm",
        "宁德时代发布了新一代钠离子电池。",
        "BYD released a new sodium-ion battery.",
        "BYD",
    ),
    (
        "firm: another insurer",
        "太平人寿推出了人工智能理赔服务。",
        "China Life launched an AI claims service.",
        "China Life",
    ),
    (
        "role: a regulator's head",
        "中国证监会主席吴清表示，将深化资本市场改革。",
        "CSRC chairman Wu Qing said capital market reform would deepen.",
        None,
    ),
    (
        "role: a central banker",
        PBOC,
        "PBOC governor Pan Gongsheng said liquidity would stay ample.",
        None,
    ),
    (
        "role: a central banker's surname",
        PBOC,
        "Governor Pan said liquidity would stay ample.",
        None,
    ),
    (
        "role: a minister",
        "工业和信息化部部长李乐成表示，将推动人工智能赋能制造业。",
        "Industry minister Li Lecheng said AI would be used across manufacturing.",
        None,
    ),
    (
        "role: another title",
        "英伟达首席执行官黄仁勋在台北发表演讲。",
        "Nvidia chairman Jensen Huang gave a speech in Taipei.",
        "chairman",
    ),
    (
        "facility: an airport",
        "浦东国际机场启用了人脸识别登机。",
        "Shanghai Pudong International Airport began face-scan boarding.",
        None,
    ),
    (
        "facility: another airport",
        "大兴国际机场启用了人脸识别登机。",
        "Beijing Daxing International Airport began face-scan boarding.",
        None,
    ),
    (
        "facility: an airport by its city",
        "白云国际机场启用了人脸识别登机。",
        "Guangzhou Baiyun International Airport began face-scan boarding.",
        None,
    ),
    (
        "body: a city bureau",
        "Officials of the Shenzhen transport bureau said bus routes would change.",
        "深圳市交通局表示公交线路将调整。",
        None,
    ),
    (
        "body: another bureau",
        "Officials of the Shenzhen transport bureau said bus routes would change.",
        "深圳市公安局表示公交线路将调整。",
        "深圳市公安局",
    ),
]

XFAIL: dict[str, str] = {}


def _row(case: tuple[str, str, str, str | None]) -> object:
    name, source, text, wrong = case
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else []
    return pytest.param(source, text, wrong, id=name, marks=marks)


@pytest.mark.parametrize(("source", "text", "wrong"), [_row(c) for c in CASES])
def test_retell33_retellings(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([] if wrong is None else [wrong])
