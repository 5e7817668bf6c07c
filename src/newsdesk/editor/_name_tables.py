"""The tables names are read against: the alias table's names in both scripts, names
written with figures, surnames and the everyday words that are no names.

Loaded once and shared by the Latin and the Chinese name readers.
"""

from __future__ import annotations

import re

from newsdesk.aliases import chinese_aliases, entities, latin_aliases

# --- Chinese -------------------------------------------------------------------------------

#: Latin name (lower case) -> its Chinese names; Chinese name -> its Latin names.
LATIN_ALIASES = latin_aliases()
CHINESE_ALIASES = chinese_aliases()
#: The table's names that hold figures (36氪, 36Kr): names, whose digits state no number;
#: whole, not the end of a longer figure (1236氪) or the start of a longer word.
NAMES_WITH_FIGURES = re.compile(
    r"(?<![\dA-Za-z.])(?:"
    + "|".join(
        sorted(
            (
                re.escape(h)
                for e in entities()
                for h in (*e.chinese, *e.latin)
                if re.search(r"\d", h)
            ),
            key=len,
        )[::-1]
    )
    + r")(?![A-Za-z\d])",
    re.IGNORECASE,
)
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "钱严覃武戴莫孔向汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝宁"
    "尚符舒阮柯纪梅童凌毕季裴霍涂苗盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳时穆卓吉"
    "缪简车项芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬卞姬师仇栾隋商刁沙荣巫寇桑郎"
    "甄丛仲虞敖巩佘池查麻苑迟邝印"
)
#: Everyday words of business and internet prose that jieba's dictionary (older than
#: them) lacks, so that its HMM makes them up as it makes up names and they stand where
#: a subject stands (投后估值, 全栈开源策略, “…”愿景契合).  Known words here, as the
#: field's words of :data:`newsdesk.chinese.FIELD_WORDS` are (kept apart: those also
#: shape the desk's grouping).  Each was checked missing from jieba's dictionary.
EVERYDAY_WORDS = frozenset(
    """全栈 投后 投前 愿景 丝滑 私域 赋能 破圈 爆款 天使轮 刚需 颗粒度 拉通 上云 带货 网红
    短视频 云原生 低代码 零代码 全链路 全场景 全模态 端到端 跨端 晶圆 封测 营收 财报 上新
    工具链 生态位 基本盘 日活 月活 周活 付费率 客单价 复购 订阅制 星标 点赞 热搜 爆火 霸榜
    屠榜 打工人 增持 美股 归母 扣非""".split()
)
