"""The verifier on the shapes real Chinese AI-news text takes: what it must flag, what not.

Each row is a source and a text a writer made from it, in the shape a real miss or a real
false alarm took (the sentences are ours).  ``wrong`` is the claim that must be flagged,
or None when the text states nothing the source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

from newsdesk.editor._latin_names import glossary

#: An event named with its year, for the rows that shorten the year.
DEVCON = "Orbit 在 DevCon 2026 上发布新模型。"

CASES = [
    # A Latin-script word in Chinese prose is a claim, whatever its case.
    (
        "平台后缀换了",
        "Anthropic发布企业级Agent平台Cowork。",
        "Anthropic发布企业级Agent平台More。",
        "More",
    ),
    (
        "小写的主语",
        "OpenAI 披露内部「AI 驾驭工程」范式。",
        "parse 披露内部「AI 驾驭工程」范式。",
        "parse",
    ),
    ("括号里的缩写", "系统采用 RAG (RL) 架构。", "系统采用 RAG (IB) 架构。", "IB"),
    ("小写的库名", "项目引用了 NumPy 库。", "项目引用了 trillions 库。", "trillions"),
    ("产品型号", "澜舟智能推出Nimbus Max。", "澜舟智能推出Nimbus Pro。", "Nimbus Pro"),
    (
        "英文句子里的名字",
        "Orbit Labs said the model is ready.",
        "Zentrix Labs said it is ready.",
        "Zentrix Labs",
    ),
    # A term that says how something is built is a claim; its Chinese form states it.
    ("架构换了", "模型采用稠密架构，参数 70 亿。", "模型采用 MoE 架构，参数 70 亿。", "MoE"),
    ("中文写的术语", "模型采用混合专家架构。", "模型采用 MoE 架构。", None),
    ("中文写的检索增强", "系统基于检索增强生成回答。", "系统基于 RAG 回答问题。", None),
    ("商业模式换了", "公司按次收费出售软件。", "公司以 SaaS 模式出售软件。", "SaaS"),
    ("领域的日常词", "团队发布了新的智能助手。", "团队发布了新的 Agent 产品。", None),
    # An English gloss of a Chinese term states nothing new; an invented name does.
    ("术语的英文注释", "模型擅长视觉编程。", "模型擅长视觉编程（Visual Coding）。", None),
    ("带连字符的注释", "这是无需参考的评测。", "这是无需参考（No-ref）的评测。", None),
    ("注释里的无关词", "模型擅长视觉编程。", "模型擅长视觉编程（Nova Coding）。", "Nova"),
    ("缩写不是注释", "系统采用 RAG (RL) 架构。", "系统采用检索架构（IB）。", "IB"),
    ("术语首字母的缩写", "学者质疑整合信息论。", "学者质疑整合信息论（IIT）。", None),
    ("首字母对不上的缩写", "学者质疑整合信息论。", "学者质疑整合信息论（IBT）。", "IBT"),
    # A term the source writes half or wholly in Chinese is the same term in English.
    ("半译的术语", "需要一套独立的Memory层。", "需要独立的 Memory Layer。", None),
    ("全译的术语", "需要一套独立的记忆层。", "需要独立的 Memory Layer。", None),
    ("半译后换了词", "需要一套独立的Memory层。", "需要独立的 Memory Lake。", "Lake"),
    ("译名前的新名", "需要一套独立的记忆层。", "需要独立的 Nova Layer。", "Nova Layer"),
    # An acronym of a name the source spells out states nothing new.
    ("拼出的缩写", "采用 Mixture-of-Transformer 架构。", "采用 MoT 架构。", None),
    ("拼不出的缩写", "采用 Mixture-of-Transformer 架构。", "采用 MoE 架构。", "MoE"),
    ("中文写的职位", "一位产品经理用 AI 写代码。", "一位 PM 用 AI 写代码。", None),
    # A versioned name may drop its tier, not change its version.
    ("省略型号层级", "Claude Opus 4.6 正式发布。", "Claude 4.6 正式发布。", None),
    ("版本换了", "Claude Opus 4.6 正式发布。", "Claude 4.5 正式发布。", "Claude 4.5"),
    ("两个版本号之间", "Qwen 2.5 3B 开源。", "Qwen 3 开源。", "Qwen 3"),
    # A source naming a product names its maker; another maker is still a claim.
    ("产品的厂商", "GLM-5 涨价限购。", "智谱 GLM-5 涨价限购。", None),
    ("中文产品的厂商", "可灵 3.0 上线多镜头。", "快手可灵 3.0 上线多镜头。", None),
    ("厂商换了", "GLM-5 涨价限购。", "百度 GLM-5 涨价限购。", "百度"),
    (
        "英文产品的厂商",
        "Claude Opus 4.6 全线更新。",
        "Anthropic 的 Claude Opus 4.6 全线更新。",
        None,
    ),
    (
        "英文厂商换了",
        "Claude Opus 4.6 全线更新。",
        "OpenAI 的 Claude Opus 4.6 全线更新。",
        "OpenAI",
    ),
    # Chinese organisations and persons.
    ("机构换了", "青岚资本领投了本轮融资。", "北辰资本领投了本轮融资。", "北辰资本"),
    ("词典里的机构", "清华大学提出新方法。", "哈工大提出了新方法。", "哈工大"),
    ("句首的陌生主语", "星澜坚持全栈自研。", "牧原坚持全栈自研。", "牧原"),
    ("公司后的创始人", "对话拓竹陶冶：一群工程师。", "对话拓竹吴永辉：一群工程师。", "吴永辉"),
    ("词典里的人名", "物理学家陶冶谈意识。", "物理学家李凯文谈意识。", "李凯文"),
    ("句首出任的词样人名", "印奇正式出任董事长。", "陶冶正式出任董事长。", "陶冶"),
    ("当词用的词样人名", "艺术可以陶冶情操。", "音乐陶冶情操，也让人放松。", None),
    ("股份公司", "星澜股份赴港上市。", "岚峰股份赴港上市。", "岚峰股份"),
    ("新闻动词前的少见专名", "青岚完成新一轮融资。", "红牛完成新一轮融资。", "红牛"),
    ("句首做事的常用词名", "美团在低利润基建上血战到底。", "快手在低利润基建上血战到底。", "快手"),
    ("当词用的常用词名", "水果摊今天很忙。", "苹果的价格今天涨了，水果摊很忙。", None),
    ("句首带副词的常用词名", "星澜亲自下场做评测。", "快手亲自下场做评测。", "快手"),
    ("句首做名词谓语的常用词名", "星澜下场做大模型。", "小米下场做大模型。", "小米"),
    ("名词谓语前的食物", "小米粥很香。", "小米入口很香。", None),
    ("句首曝光的常用词名", "星澜曝光新死局。", "快手曝光新死局。", "快手"),
    ("营收前的少见专名", "星澜年营收首破千亿。", "拓竹年营收首破千亿。", "拓竹"),
    (
        "冒号前的常用词名",
        "测试时扩展或是错觉，星澜：另有原因。",
        "测试时扩展或是错觉，快手：另有原因。",
        "快手",
    ),
    (
        "英文实验室前的常用词名",
        "谷歌 DeepMind 开发了新模型。",
        "此外，快手 DeepMind 开发了新模型。",
        "快手",
    ),
    ("当词用的常用词名在句中", "他手很快。", "这位选手快手快脚地完成了比赛。", None),
    (
        "版本前的厂商",
        "用星澜版 Claude Cowork 跑通任务。",
        "用紫光版 Claude Cowork 跑通任务。",
        "紫光",
    ),
    (
        "版本前的常用词名",
        "用星澜版 Claude Cowork 跑通任务。",
        "用可灵版 Claude Cowork 跑通任务。",
        "可灵",
    ),
    ("版本前的普通词", "新版 Claude 上线。", "免费版 Claude 上线。", None),
    ("句首的少见专名", "星澜却笑了。", "游戏巨头市值雪崩，紫光却笑了。", "紫光"),
    ("等字后的新闻动词", "星澜等提出 Agentic-R 方法。", "红牛等提出 Agentic-R 方法。", "红牛"),
    (
        "母公司前的陌生词",
        "谷歌母公司 Alphabet 营收破纪录。",
        "牧原母公司 Alphabet 营收破纪录。",
        "牧原",
    ),
    ("两个后缀连写", "星澜科技股份赴港上市。", "岚峰科技股份赴港上市。", "岚峰科技股份"),
    ("品牌加科技", "青岚科技如何靠工程取胜。", "红牛科技如何靠工程取胜。", "红牛科技"),
    ("产品加版本号", "实测星澜3.0：导演时代。", "实测拓竹3.0：导演时代。", "拓竹"),
    ("学家后的人名", "物理学家陶冶讨论了意识。", "物理学家印奇讨论了意识。", "印奇"),
    ("句首的陌生缩写", "陶冶承认模型走偏。", "石智航承认模型走偏。", "石智航"),
    (
        "被切成单字的人名",
        "独家丨陶冶接管字节 Seed 这一年。",
        "独家丨邱若帆接管字节 Seed 这一年。",
        "邱若帆",
    ),
    ("动词前的三字人名", "华科校友陶冶斩获科研奖。", "华科校友石智航斩获科研奖。", "石智航"),
    ("动词前的两字人名", "华科校友陶冶斩获科研奖。", "华科校友印奇斩获科研奖。", "印奇"),
    ("像人名的普通词", "这次更新很快。", "这次更新的张力在于速度与质量之间。", None),
    ("粘着职称的人名", "华科校友陶冶教授获奖。", "华科校友晏周教授凭借研究获奖。", "晏周"),
    ("单姓加职称", "团队由一位副教授带领。", "团队由张副教授带领。", None),
    ("推荐的词样人名", "数学家发了论文，星澜推荐关注。", "数学家发了论文，陶冶推荐关注。", "陶冶"),
    ("副词前的陌生主语", "此外，星澜正式发布世界模型。", "此外，东鹏正式发布世界模型。", "东鹏"),
    (
        "和英文名并列",
        "星澜&Microsoft：用 Agent-KB 共享经验。",
        "优酷&Microsoft：用 Agent-KB 共享经验。",
        "优酷",
    ),
    ("专访的公司和人", "对话拓竹陶冶：一群工程师。", "对话拓竹叶天奇：一群工程师。", "叶天奇"),
    ("句首陌生词后接介词", "星澜在低利润基建上血战到底。", "牧原在低利润基建上血战到底。", "牧原"),
    ("和连接的机构", "行动落后于腾讯和星澜。", "行动落后于腾讯和牧原。", "牧原"),
    ("名字旁的陌生词", "星澜北大首创波动方程建模。", "牧原北大首创波动方程建模。", "牧原"),
    (
        "专访里人名前的公司",
        "对话星澜周剑：为了造出机器人。",
        "对话牧原周剑：为了造出机器人。",
        "牧原",
    ),
    ("和连接的术语不是名字", "内存、存储和带宽都在涨价。", "内存、存储和IO都在涨价。", "IO"),
    (
        "陌生的动词不是名字",
        "模型在多项评测上超过对手。",
        "模型设计简洁，追平 Gemini 的成绩。",
        "Gemini",
    ),
    ("对话不是专访", "模型从对话工具转向生活助手。", "模型从对话消费转向场景化 Agent 消费。", None),
    ("动词前的常用词", "这篇 ICLR Oral 提出新基准。", "ICLR Oral论文提出新基准。", None),
    ("版本号前的常用词", "新版本3.0今日上线。", "版本3.0今日上线。", None),
    ("前沿科技", "公司专注前沿科技。", "这家公司专注于前沿科技。", None),
    ("介词前的常用词", "公司从高端车企转向机器人。", "公司从高端车企向 AI 转型。", None),
    # A name that is a word, read from where it stands: the subject of the clause a verb
    # takes (before 如何 or a preposition), the owner of its people or work before a verb,
    # the head of a title, the conjunct of a name, a person before 评论.
    (
        "动词后如何前的少见专名",
        "文章讲述了青岚如何靠工程取胜。",
        "文章讲述了红牛如何靠工程取胜。",
        "红牛",
    ),
    (
        "如何前的名字和科技",
        "文章讲述了青岚科技如何靠工程取胜。",
        "文章讲述了可灵科技如何靠工程取胜。",
        "可灵",
    ),
    ("如何前带的的常用词", "水果摊今天很忙。", "文章讲述了苹果的价格如何上涨。", None),
    ("如何前的普通词", "公司靠工程取胜。", "文章讲述了公司如何靠工程取胜。", None),
    ("研究生前的名字", "星澜研究生开源世界模型。", "任天堂研究生开源世界模型。", "任天堂"),
    ("黑科技前的名字", "星澜黑科技破解储热难题。", "紫光黑科技破解储热难题。", "紫光"),
    ("研究指出前的名字", "星澜研究指出，裁员另有原因。", "优酷研究指出，裁员另有原因。", "优酷"),
    ("研究指出前的普通词", "研究指出，裁员另有原因。", "最新研究指出，裁员另有原因。", None),
    ("研究生前的普通词", "团队开源了代码。", "团队研究生开源了代码。", None),
    (
        "领域词和职称前的名字",
        "此外，星澜工程负责人警告风险。",
        "此外，任天堂工程负责人警告风险。",
        "任天堂",
    ),
    ("领域词和职称前的普通词", "该项目负责人表示满意。", "该项目工程负责人表示满意。", None),
    ("宾语里和连接的名字", "行动落后于字节和星澜。", "行动落后于字节和任天堂。", "任天堂"),
    ("和粘着的名字", "行动落后于字节和星澜。", "行动落后于字节和可灵。", "可灵"),
    ("和连接的普通词", "数据以比特计。", "数据以字节和比特计。", None),
    (
        "评论前的陌生人名",
        "AI 部分包括陶冶评论 ChatGPT 等消息。",
        "AI 部分包括印奇评论 ChatGPT 等消息。",
        "印奇",
    ),
    ("评论前的普通词", "网友纷纷留言。", "网友评论称模型很好用。", None),
    (
        "有道前的名字",
        "文章报道网易有道通过接入模型转型。",
        "文章报道飞猪有道通过接入模型转型。",
        "飞猪",
    ),
    ("有道理", "他说得对。", "他说的话很有道理。", None),
    ("与连接的两个宾语", "公司调整了座舱部门。", "公司合并智驾与座舱部门。", None),
    ("动词后介词前的陌生词", "青岚资本领投本轮。", "本轮领投方为青岚资本。", None),
    # A name's version after a space; an interview that ends the sentence.
    ("空格后的版本号", "实测星澜 3.0：导演时代。", "实测拓竹 3.0：导演时代。", "拓竹"),
    ("空格后版本号前的普通词", "新版本3.0今日上线。", "版本 3.0 今日上线。", None),
    ("句号前的专访", "专访律动造物印奇。", "专访律动造物陶冶。", "律动造物陶冶"),
    ("句号前的专访不是名字", "他接受了采访。", "他接受了专访。", None),
    # Units and years.
    ("万与亿", "公司获得3亿元融资。", "公司获得3万元融资。", "3万元"),
    ("年份", "该模型于2025年3月发布。", "该模型于2024年3月发布。", "2024年3月"),
    # A figure the source states of something else is moved, not stated: the unit or the
    # counted kind changed, or every clause of the source that gives it names another
    # measure.  A paraphrase that keeps what the figure measures is no error.
    (
        "融资额成了消息数",
        "月处理 800 万条消息，星澜获 600 万美元融资。",
        "平台每月处理超600万条消息。",
        "600万",
    ),
    (
        "站数成了工期",
        "计划建成 900 个站，工期从 3 个月缩到 12 天。",
        "建设周期从近 900 个月缩短至 12 天。",
        "900",
    ),
    (
        "利润率成了收入增长",
        "云业务收入增长 41%，利润率提升至 23.7%。",
        "搜索广告收入同比增长 23.7%。",
        "23.7%",
    ),
    ("日期里的数成了人数", "星澜于1月28日发布报告。", "星澜团队仅有28人。", "28"),
    (
        "valuation moved to funding",
        "Zentrix raised $40 million. It is now valued at $900 million.",
        "Zentrix raised $900 million.",
        "$900 million",
    ),
    ("融资换了说法", "星澜完成 5 亿元融资。", "星澜募资5亿元。", None),
    (
        "融资与估值倒装",
        "公司估值达 50 亿元，本轮融资 5 亿元。",
        "本轮5亿元融资后，公司估值达到50亿元。",
        None,
    ),
    ("来源没说计量", "星澜新模型 70 亿，今日开源。", "星澜开源参数70亿的新模型。", None),
    ("量词换了", "已建成 1000 座换电站。", "已建成1000个换电站。", None),
    ("汉字写的时长", "工期缩短到三个月。", "工期缩短到3个月。", None),
    ("未写单位的金额", "星澜融资 2000 万。", "星澜获2000万美元融资。", None),
    # A common-word name between a verb and a preposition is the subject of a clause.
    (
        "动词后介词前的常用词名",
        "报告揭示美团在即时零售上的布局。",
        "报告揭示小米在即时零售上的布局。",
        "小米",
    ),
    ("动词后的常用词", "他喜欢吃米饭。", "他喜欢吃小米和玉米。", None),
    # Aliases and short forms from the alias table or the full name.
    ("英伟达与 NVIDIA", "英伟达发布新一代GPU。", "NVIDIA 发布新一代 GPU。", None),
    ("中科大", "中国科学技术大学的团队提出新方法。", "中科大团队提出新方法。", None),
    ("港科大", "香港科技大学等机构发布基准。", "港科大等机构发布基准。", None),
    ("北大", "北京大学发布报告。", "北大发布报告。", None),
    ("全称里的简称", "斯坦福大学发布报告。", "Stanford 发布报告。", None),
    ("公司全称", "华为技术有限公司发布新芯片。", "Huawei 发布新芯片。", None),
    ("简称加团队", "哈尔滨工业大学提出新方法。", "哈工大团队提出新方法。", None),
    ("名字里的空格", "阿里巴巴发布新模型。", "新模型由阿里 团队发布。", None),
    ("简称加院系", "浙江大学计算机学院发布报告。", "浙大计算机学院发布报告。", None),
    (
        "院系前的机构换了",
        "浙江大学计算机学院发布报告。",
        "复旦计算机学院发布报告。",
        "复旦计算机学院",
    ),
    # A foreign name in Chinese characters is the name in Latin script, and back.
    (
        "拉丁名的音译",
        "认知科学家约夏·巴赫批评了整合信息论。",
        "认知科学家 Joscha Bach 批评了整合信息论。",
        None,
    ),
    ("音译的拉丁名", "Demis Hassabis 表示模型将开源。", "哈萨比斯表示模型将开源。", None),
    (
        "音译对不上的拉丁名",
        "认知科学家约夏·巴赫批评了整合信息论。",
        "认知科学家 Joscha Bench 批评了整合信息论。",
        "Joscha Bench",
    ),
    ("另一人的音译", "Demis Hassabis 表示模型将开源。", "纳德拉表示模型将开源。", "纳德拉"),
    # A name of the alias table is spelled as the table spells it, not by a sound-alike.
    ("名表里的人名", "Andrej Karpathy 点赞了这篇论文。", "卡帕西点赞了这篇论文。", None),
    (
        "名表里的另一种拼法",
        "黄仁勋在台北发表主题演讲。",
        "Jen-Hsun Huang 在台北发表主题演讲。",
        None,
    ),
    ("名表里的另一种译名", "Dario Amodei 谈模型安全。", "阿莫代伊谈模型安全。", None),
    (
        "名表里的人名不靠音近词",
        "微软把 Copilot 带到 Xbox 主机上，有人点赞了这篇论文。",
        "卡帕西点赞了这篇论文。",
        "卡帕西",
    ),
    ("音译字拼成的普通词", "公司设立了新的产业基金。", "公司设立了 Sigma 产业基金。", "Sigma"),
    # A product's earlier name, from the alias table, is the same product.
    ("改名前的产品", "用 Clawdbot 跑通五个玩法。", "用 OpenClaw 跑通五个玩法。", None),
    ("另一个智能体", "用 Clawdbot 跑通五个玩法。", "用 OpenHands 跑通五个玩法。", "OpenHands"),
    # Ordinary words are not names.
    ("管理用语", "公司转向以营收为导向。", "公司转向季度 KPI 驱动。", None),
    ("高保真", "该模型可以合成语音。", "该模型实现了高保真的语音合成。", None),
    ("端类", "模型可在手机上运行。", "端类设备也能运行该模型。", None),
    # The field's own words and units are no claims.
    ("领域用语", "模型支持长上下文。", "该 Agent 以更少的 Token 完成任务，达到 SOTA。", None),
    ("单位", "显存占用降至24GB。", "显存占用降至 24 GB。", None),
    (
        "推理的阶段",
        "英伟达采用分离式推理。",
        "分离式推理：Pre-fill 阶段交给 GPU，Decode 阶段交给 LPU。",
        "LPU",
    ),
    # Case, spacing and full-width variants of the same claim.
    ("大小写", "优化了KV cache的显存占用。", "优化了 KV Cache 的显存占用。", None),
    ("连写", "优化了KVCache的显存占用。", "优化了 KV Cache 的显存占用。", None),
    ("连字符", "推出 Deep-Think 模式。", "推出 DeepThink 模式。", None),
    ("数字与单位间的空格", "公司获得10亿美元融资。", "公司获得10 亿美元融资。", None),
    ("全角", "GPT-5正式发布，成绩提升30%。", "ＧＰＴ－５正式发布，成绩提升３０％。", None),
    ("英文金额", "Upwind获得2.5亿美元B轮融资。", "Upwind获得$250 million B轮融资。", None),
    # A university's short name is its name: supported by the full name, not by another's.
    ("大学的简称", "中国科学技术大学团队提出新方法。", "中科大团队提出新方法。", None),
    ("另一所大学的简称", "浙江大学团队提出新方法。", "中科大团队提出新方法。", "中科大"),
    ("列举中的简称", "上海交通大学与谷歌合作推出框架。", "谷歌与上海交大发布新框架。", None),
    ("换了的简称", "北京大学与谷歌合作推出框架。", "谷歌与上海交大发布新框架。", "上海交大"),
    ("数目加大", "文章提出三大战略方向。", "文章归纳了三大方向。", None),
    (
        "简称后的院系",
        "来自中科院自动化所的研究者提出了新模型。",
        "来自中科大自动化所的研究者提出了新模型。",
        "中科大",
    ),
    (
        "来源有全称的院系",
        "来自中国科学技术大学自动化系的研究者提出了新模型。",
        "来自中科大自动化系的研究者提出了新模型。",
        None,
    ),
    # Words the dictionary calls organisations, a percentage, a count: not names.
    ("词典里的机构词", "列表按领域分类。", "便于浏览各领域最新进展。", None),
    ("学科名", "引入共形预测工具。", "引入共形预测这一统计学工具。", None),
    ("百分比前的副词", "造假论文比例为2.60%。", "造假论文比例高达2.60%。", None),
    ("名字后的版本号", "灵波发布新模型。", "灵波3.0发布新模型。", "3.0"),
    ("万卡集群", "方法不适用于大规模GPU集群。", "方法不适用于万卡GPU集群。", None),
    (
        "会议年份写两位",
        "Orbit 在 DevCon 2026 上发布新模型。",
        "Orbit 在 DevCon26 上发布新模型。",
        None,
    ),
    (
        "会议年份两位写错",
        "Orbit 在 DevCon 2026 上发布新模型。",
        "Orbit 在 DevCon25 上发布新模型。",
        "DevCon25",
    ),
    (
        "English: an event's year in two digits",
        "Orbit 在 DevCon 2026 上发布新模型。",
        "Orbit launched a model at DevCon '26.",
        None,
    ),
    ("周活在动词前", "ChatGPT 周活跃用户突破 7 亿。", "ChatGPT 周活达 7 亿。", None),
    ("周活旁的人名", "ChatGPT 周活跃用户突破 7 亿。", "周活达 7 亿，周明远表示。", "周明远"),
    ("并列的动作", "流程包括检索、验证和写入。", "流程包括检索、双源验证、写入。", None),
    # A name that is also a word, listed with a name, is a name.
    ("与名字并列的常用词", "缺乏Meta提供的用户画像。", "缺乏苹果、Meta提供的用户画像。", "苹果"),
    ("来源有的并列名", "苹果和Meta都提供用户画像。", "缺乏苹果、Meta提供的用户画像。", None),
    # A name that is also a word, with its official voice, is the organisation.
    ("常用词公司的官方", "一家芯片厂商出品了入门教程。", "高通官方出品了入门教程。", "高通"),
    ("来源有的官方", "高通发布了一套入门教程。", "高通官方出品了入门教程。", None),
    ("官方数据里的常用词", "官方数据显示蚂蚁数量增加了一倍。", "官方数据显示蚂蚁数量翻倍。", None),
    # Small counts in figures or in words.
    ("数字写成汉字", "公司发布了3款新品。", "公司发布了三款新品。", None),
    ("汉字写成数字", "公司发布了三款新品和两个平台。", "公司发布了 3 款新品和2个平台。", None),
    # Words jieba's dictionary tags persons are no names; a person still is, listed,
    # doubled or after a surname that opens words.
    (
        "与职业并列的职业",
        "评测覆盖律师和银行家的真实任务。",
        "评测覆盖律师、顾问、银行家的真实任务。",
        None,
    ),
    ("专访里并列的人名", "专访姜萱：谈模型。", "专访姜萱、李凯文：谈模型。", "李凯文"),
    (
        "叠字形容词",
        "它不再是一对一的对话工具。",
        "它不再是冷冰冰的一对一对话工具。",
        None,
    ),
    ("叠字人名", "陶冶表示将继续研究。", "殷素素表示将继续研究。", "殷素素"),
    ("词头姓的两字人名", "陶冶表示将继续研究。", "高敏表示将继续研究。", "高敏"),
    # What a figure counts (stars on a code host) is its unit: the figure is the claim.
    ("星标数", "开源项目 bknd 是一个轻量后端。", "bknd (2.4k Stars) - 一个轻量后端。", "2.4k"),
    (
        "来源有的星标数",
        "项目在 GitHub 上已有 8.7k 星标。",
        "项目在 GitHub 上收获了 ⭐8.7k Star。",
        None,
    ),
    ("句首的 Star 是名字", "开源项目 bknd 是一个轻量后端。", "Star 团队开源了 bknd。", "Star"),
    # A figure with B, M or K after a name is its size, not its version.
    (
        "名字后的参数量",
        "阿里开源 Z-Image 基座模型，参数量 6B。",
        "阿里开源Z-Image 6B基座模型。",
        None,
    ),
    ("参数量换了", "阿里开源 Z-Image 基座模型，参数量 6B。", "阿里开源Z-Image 8B基座模型。", "8B"),
    (
        "名字后的版本号换了",
        "阿里开源 Z-Image 基座模型。",
        "阿里开源Z-Image 6基座模型。",
        "Z-Image 6",
    ),
    # A kind of organisation after a word is the tail of the name the two make: the
    # claim is the whole name, which the sources must hold.
    (
        "校名的后半",
        "香港理工大学团队开源了手语翻译模型。",
        "南洋理工大学团队开源了手语翻译模型。",
        "南洋理工大学",
    ),
    (
        "来源有的完整校名",
        "南洋理工大学团队开源了手语翻译模型。",
        "来自浙江大学、南洋理工大学的团队开源了手语翻译模型。",
        "浙江大学",
    ),
    ("商学院的名字", "沃顿商学院教授撰文谈 AI。", "哈佛商学院教授撰文谈 AI。", "哈佛商学院"),
    ("来源有的商学院", "沃顿商学院教授撰文谈 AI。", "沃顿商学院教授认为 AI 很快。", None),
    (
        "创投的名字",
        "本轮由光速创投领投，红杉资本跟投。",
        "投资方包括经纬创投、红杉资本。",
        "经纬创投",
    ),
    ("来源有的创投", "本轮由光速创投领投，红杉资本跟投。", "投资方包括光速创投、红杉资本。", None),
    ("切开的板块名", "公司 IPO 申请获受理。", "科创板 IPO 申请获受理。", "科创板"),
    # A kind of organisation, a description and a reference are no names.
    (
        "上市公司",
        "印奇兼任千里科技董事长。",
        "印奇同时担任A股上市公司千里科技董事长。",
        None,
    ),
    (
        "上市公司后的名字换了",
        "印奇兼任千里科技董事长。",
        "印奇同时担任A股上市公司星澜科技董事长。",
        "星澜科技",
    ),
    (
        "地名和评价词",
        "Kimi 仅用少量算力开发出模型。",
        "Kimi 以远少于美国顶尖实验室的算力开发出模型。",
        None,
    ),
    (
        "地名和领域是名字",
        "Kimi 仅用少量算力开发出模型。",
        "上海人工智能实验室仅用少量算力开发出模型。",
        "上海人工智能实验室",
    ),
    ("指代", "谷歌发布了两项新研究。", "谷歌的这两项发布揭示了双重挑战。", None),
    ("数出来的人", "工具让个人完成团队的任务。", "让一个人能完成原本需要团队协作的任务。", None),
    ("曾是", "孙天祥曾主导开源模型 MOSS。", "孙天祥，曾是开源大模型 MOSS 的核心主导者。", None),
    (
        "名字后的描述",
        "马斯克的律师质疑布罗克曼。",
        "持股规模成为马斯克法律团队攻击的核心。",
        None,
    ),
    (
        "描述前的名字换了",
        "马斯克的律师质疑布罗克曼。",
        "持股规模成为奥特曼法律团队攻击的核心。",
        "奥特曼法律团队",
    ),
    (
        "描述里换进的公司",
        "腾讯混元团队的测试指出问题。",
        "腾讯网易团队的测试指出问题。",
        "腾讯网易团队",
    ),
    # A word after a closing quote is described by the quote; a name there still acts.
    (
        "引号后的名词",
        "ARI 将加入 Meta，推动个人超级智能。",
        "这与 Meta 的“个人超级智能”愿景契合。",
        None,
    ),
    ("引号后的副词", "模型能生成完整的应用。", "模型能够“一口气”丝滑地生成完整的应用。", None),
    ("引号后说话的公司", "灵波发布新模型。", "“模型将全部开源。”澜舟表示。", "澜舟"),
    # Everyday words jieba's dictionary lacks are no subjects.
    ("投后估值", "公司估值预计达3500亿美元。", "投后估值预计达3500亿美元。", None),
    (
        "全栈",
        "千问开源了全部模型。",
        "全栈开源策略让千问成为采用率最高的开源模型。",
        None,
    ),
    # An English term with its Chinese in brackets, either way round, is one term.
    ("英文在前的注释", "OpenAI 收购了整个团队。", "这是典型的 acqui-hire（收购式招聘）。", None),
    ("引号里的英文术语", "论文引用了不存在的文献。", '这被称为 "Vibe Citing"（氛围引用）。', None),
    ("注释前的新词", "论文引用了不存在的文献。", '这被称为 "Vibe Nova"（氛围引用）。', "Nova"),
    (
        "引号后的注释",
        "Qwen 是一次有力的探索。",
        "Qwen 是对“通用智能体”（General AI Agent）的一次有力探索。",
        None,
    ),
    ("安全护栏", "企业要加强合规。", "企业要投入安全护栏（Safety Guardrails）的建设。", None),
    (
        "同句里的中文术语",
        "高敏响应",
        "极高灵敏度的负向提示词响应，通过Negative Prompt快速过滤瑕疵。",
        None,
    ),
    ("同句里对不上的术语", "高敏响应", "负向提示词响应，通过Nova Prompt快速过滤瑕疵。", "Nova"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_real_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


def test_the_glossary_reads_every_english_word_as_a_word() -> None:
    """YAML reads a bare ``no`` or ``on`` as a boolean: every key must stay a word, or
    words a name translates together (water resources)."""
    table = glossary()
    assert all(
        isinstance(key, str) and all(word.isalpha() for word in key.split(" ")) for key in table
    )
    assert "无" in table["no"]
    assert all(hans for hans in table.values())
