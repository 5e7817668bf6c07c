"""Categories and AI relevance: learned for the default taxonomy, zero-shot for others."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pytest
from desk_helpers import embedded, encoder, item

from newsdesk.config import AssessSettings, CategoryConfig
from newsdesk.desk import Taxonomy, assess_story, build_taxonomy
from newsdesk.desk._classify import (
    opens_a_tool,
    relevance_patterns,
    text_says_ai,
    title_names_ai,
)
from newsdesk.desk._learned import (
    FLAG_SCALE,
    LearnedModel,
    bag_of_words,
    evidence_buckets,
    evidence_words,
    load_model,
    relevance_features,
    structure_cues,
    words,
)


@lru_cache(maxsize=1)
def _taxonomy() -> Taxonomy:
    return build_taxonomy(AssessSettings().categories, encoder())


def _assess(
    title: str, text: str = "", language: str = "en", source: str = ""
) -> tuple[str, float]:
    verdict = assess_story(
        embedded([item(1, title, text, language=language, source=source)]),
        _taxonomy(),
        {"arxiv-cs-cl": frozenset({"arxiv-cs-cl", "arxiv"})},
    )
    return verdict.category, verdict.relevance


def test_the_default_taxonomy_has_the_nine_categories_in_chinese_and_english() -> None:
    names = [(c.zh, c.en) for c in AssessSettings().categories]
    assert ("大模型与技术", "Models & research") in names
    assert ("观点与社媒", "Voices & social") in names
    assert len(names) == 9


def test_a_funding_round_is_business() -> None:
    category, relevance = _assess(
        "AI chip startup Vellum raises $200 million Series C led by Northline",
        "The round values Vellum at $2.1 billion; investors include two sovereign funds.",
    )
    assert category == "business" and relevance > 0.5


def test_a_humanoid_robot_is_robotics() -> None:
    category, _ = _assess("云帆机器人发布人形机器人Atlas-3，灵巧手可完成精细装配", language="zh")
    assert category == "robotics"


def test_a_source_rule_leans_arxiv_items_to_papers() -> None:
    category, _ = _assess(
        "Sparse recurrent memory for million-token inference",
        "We propose a memory layer that cuts KV-cache size by 82% in experiments.",
        source="arxiv-cs-cl",
    )
    assert category == "papers"


def test_general_news_from_a_hot_list_is_not_ai() -> None:
    for title in (
        "演员林栖与顾川官宣结婚，婚礼将在海边举行",
        "Canglan FC beat Riverside 3-1 to top the league",
        "暴雨橙色预警：今晚到明天城区有大到暴雨",
    ):
        assert (
            _assess(title, language="zh" if "预警" in title or "官宣" in title else "en")[1] < 0.5
        )


def test_keyword_rules_from_the_config_move_a_close_call() -> None:
    plain = [
        CategoryConfig(key="alpha", zh="甲", en="Alpha", description="A new AI model release"),
        CategoryConfig(
            key="beta",
            zh="乙",
            en="Beta",
            description="A new AI product launch",
            keywords=["Quasar"],
        ),
    ]
    taxonomy = build_taxonomy(plain, encoder())
    story = embedded([item(1, "Quasar-2 is out: a new AI model from Nadir")])
    assert assess_story(story, taxonomy, {}).category == "beta"


def test_the_default_taxonomy_is_judged_by_the_learned_model() -> None:
    assert _taxonomy().learned_categories and _taxonomy().model is not None


def test_the_category_model_reads_latin_words_and_pairs_of_chinese_characters() -> None:
    assert words("OpenAI 发布 GPT-5.5 推理模型") == {
        "openai",
        "gpt-5.5",
        "发布",
        "推理",
        "理模",
        "模型",
    }


def test_a_bag_of_words_ignores_order_case_and_repetition() -> None:
    one = bag_of_words("团队提出 Sparse 方法", 64, "t:")
    other = bag_of_words("sparse 方法 方法 团队提出", 64, "t:")
    assert (one == other).all() and one.sum() > 0
    assert not (one == bag_of_words("团队提出 Sparse 方法", 64, "x:")).all()


def test_the_shipped_model_reads_words_from_titles_and_texts() -> None:
    model = load_model()
    assert model is not None and model.word_buckets > 0
    cues = len(structure_cues("", ""))
    assert model.category_weights.shape[0] == 512 + 2 * 9 + cues + 2 * model.word_buckets


@pytest.mark.parametrize(
    ("title", "text", "cues"),
    [
        ("林岚：通用智能还要十年", "", [1.0, 0.0, 0.0, 0.0]),  # a speaker and a colon
        ("Vesper Labs' founder says agents are overrated", "", [1.0, 0.0, 0.0, 0.0]),
        ("一位教授认为大模型不会取代译者", "", [1.0, 0.0, 0.0, 0.0]),
        ("Orin-3.5 Pro tops a maths benchmark", "", [0.0, 1.0, 0.0, 0.0]),  # name + version
        ("星河实验室发布 Lyra2", "", [0.0, 1.0, 0.0, 0.0]),
        ("一家芯片公司完成新一轮融资", "", [0.0, 0.0, 0.0, 0.0]),
        ("“AI 标识”新规下月施行", "", [0.0, 0.0, 0.0, 0.0]),  # quotation marks: a name
        (
            "新模型上线",
            "团队称“这是最难的一次训练”，新版 Kite-4 支持长上下文。",
            [0.0, 0.0, 1.0, 1.0],
        ),
    ],
)
def test_structure_cues_say_whether_someone_speaks_and_whether_a_versioned_name_is_named(
    title: str, text: str, cues: list[float]
) -> None:
    """Title first, then text: who speaks tells an opinion, a name with a version a model."""
    assert structure_cues(title, text) == cues


def test_the_shipped_model_reads_a_speaker_as_voices_and_a_versioned_name_as_models() -> None:
    model = load_model()
    assert model is not None
    start = 512 + 2 * 9
    speaker, versioned = model.category_weights[start], model.category_weights[start + 1]
    keys = model.category_keys
    assert keys[int(speaker.argmax())] == "voices"
    assert keys[int(versioned.argmax())] == "models"


@pytest.mark.parametrize(
    ("title", "text", "category"),
    [
        (
            "ICLR 2026 | 南湖大学团队提出稀疏记忆注意力，长文本推理提速三倍",
            "论文提出一种稀疏记忆方法，在多个基准的实验中以更少显存取得更好效果。",
            "papers",
        ),
        (
            "手把手教程：用 Quillo 助手十分钟搭好个人知识库",
            "文章分享了安装、配置和日常使用 Quillo 的技巧，附提示词模板。",
            "products",
        ),
        (
            "为什么说智能体的护城河不在模型？一位创业者的反思",
            "作者认为，未来一年的竞争在于数据和工作流，并对行业趋势给出了自己的判断。",
            "voices",
        ),
        (
            "GitHub 一周涨了一万 Star：开源本地知识库框架 Lumen",
            "开源项目 Lumen 采用 MIT 许可，开发者可以一行命令部署，仓库已有两百位贡献者。",
            "open_source",
        ),
        (
            "启明智能完成 5 亿元 B 轮融资，红杉领投",
            "本轮融资将用于大模型研发和商业化，公司估值超过 50 亿元。",
            "business",
        ),
    ],
)
def test_the_kind_of_article_decides_its_category(title: str, text: str, category: str) -> None:
    assert _assess(title, text, language="zh")[0] == category


@pytest.mark.parametrize(
    ("title", "line", "category"),
    [
        # A product that puts a named model to work is a product, not the model's release.
        (
            "橙果笔记接入 Kimi K3，长文档可以直接提问",
            "更新后会员可上传 500 页以内的 PDF，让助手总结并标出出处。",
            "products",
        ),
        (
            "Stackwise adds GPT-5.5 to its code review bot",
            "Teams on the paid plan get line-by-line suggestions on every pull request.",
            "products",
        ),
        (
            "声临 App 上线 AI 配音，输入文字即出有声书",
            "功能基于自研语音合成模型，免费用户每天可生成十分钟。",
            "products",
        ),
        (
            "蜂鸟购物上线 AI 试衣间，上传一张照片即可试穿",
            "功能基于图像生成模型，已向全部安卓用户开放。",
            "products",
        ),
        (
            "Fernway Maps rolls out an AI trip planner to all users",
            "Describe a weekend in a sentence and the planner books stops along the route.",
            "products",
        ),
        # The model itself, released with its scores, is `models`.
        (
            "北辰智能发布 70B 推理模型 BC-R1，数学评测超过上一代旗舰",
            "技术报告称模型在 AIME 和代码基准上均有提升，权重同步开放。",
            "models",
        ),
        # The other kinds by what happened: a service opened, a round, a chip, a rule.
        (
            "路行科技无人驾驶出租车在武汉开启全无人收费运营",
            "乘客可在 App 内叫车，首批投放 300 台。",
            "robotics",
        ),
        (
            "云图智能完成 2 亿美元 C 轮融资，估值翻倍",
            "本轮由多家美元基金领投，资金用于扩充研发团队。",
            "business",
        ),
        (
            "砺芯发布新一代训练 GPU，显存带宽提升 40%",
            "新卡采用 HBM4，将于明年一季度向云厂商出货。",
            "compute",
        ),
        (
            "欧盟就通用 AI 模型透明度规则公开征求意见",
            "草案要求模型提供方披露训练数据摘要，征求意见期为六周。",
            "policy",
        ),
    ],
)
def test_a_short_more_news_line_is_filed_by_what_it_reports(
    title: str, line: str, category: str
) -> None:
    """A digest's 更多动态 line: a headline and one sentence, all a run has of the story."""
    language = "en" if title.isascii() else "zh"
    assert _assess(title, line, language=language)[0] == category


def test_a_taxonomy_with_other_keys_is_judged_zero_shot() -> None:
    custom = [
        CategoryConfig(key="chips", zh="芯片", en="Chips", description="A new AI chip"),
        CategoryConfig(key="apps", zh="应用", en="Apps", description="A new AI app"),
    ]
    taxonomy = build_taxonomy(custom, encoder())
    assert not taxonomy.learned_categories
    story = embedded([item(1, "A chipmaker unveils a faster AI accelerator")])
    assert assess_story(story, taxonomy, {}).category == "chips"


class _OtherEncoder:
    """The bundled encoder's vectors under another name, as an OpenAI embedder would be."""

    name = "another-encoder"

    def embed(self, texts: list[str]) -> object:
        return encoder().embed(texts)

    def close(self) -> None:
        pass


def test_vectors_of_another_encoder_fall_back_to_zero_shot() -> None:
    taxonomy = build_taxonomy(AssessSettings().categories, _OtherEncoder())  # type: ignore[arg-type]
    assert taxonomy.model is None and not taxonomy.learned_categories
    story = embedded([item(1, "AI chip startup Vellum raises $200 million Series C")])
    assert assess_story(story, taxonomy, {}).relevance > 0.5


@pytest.mark.parametrize(
    ("title", "text", "language", "category"),
    [
        (
            "算力租赁价格一周下跌两成，三家云平台同时调价",
            "H100整机每小时租金跌破新低，智算中心开始打折抢客户。",
            "zh",
            "compute",
        ),
        ("OpenClaw 4.1 is out: a new gateway, skills and memory", "", "en", None),
        ("数据中心用电量激增，电网为新建智算园区扩容", "", "zh", "compute"),
        ("Regulators open an inquiry into an AI chatbot over children's data", "", "en", None),
        ("开源仓库一周涨了两万 Star：在本地跑的代码智能体", "", "zh", None),
    ],
)
def test_ai_trades_and_ai_policy_are_ai_news(
    title: str, text: str, language: str, category: str | None
) -> None:
    found, relevance = _assess(title, text, language=language)
    assert relevance > 0.5
    assert category is None or found == category


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("华岳酒店集团上半年营收增长一成，新开门店两百家", "zh"),
        ("A nanoparticle drug shrinks liver tumours in mice", "en"),
        ("FFmpeg 9.0 released with new decoders and faster filters", "en"),
        ("某聊天应用新增置顶转发和一键清理缓存", "zh"),
        ("网盘服务宕机四小时，用户文件一度无法下载", "zh"),
        ("周末两场演唱会门票开售一分钟售罄", "zh"),
    ],
)
def test_tech_adjacent_and_hot_list_news_is_not_ai(title: str, language: str) -> None:
    assert _assess(title, language=language)[1] < 0.5


@pytest.mark.parametrize(
    ("title", "text", "language"),
    [
        (
            "记账平台“松果账簿”开源，可接入二十家券商行情",
            "项目提供统一的行情和财报接口，内置回测和图表，社区一周收获三千Star。",
            "zh",
        ),
        (
            "某聊天应用新增置顶转发和一键清理缓存",
            "新版本允许把转发消息固定在对话顶部，并能按群聊清理图片和视频，释放手机存储空间。",
            "zh",
        ),
        (
            "一家短租平台重写服务发现：从ZooKeeper迁到自研注册中心",
            "工程团队介绍了迁移过程：双写注册信息、灰度切流量，故障切换时间从分钟级降到秒级。",
            "zh",
        ),
        (
            "A CDN outage took thousands of sites offline for two hours",
            "The provider said a configuration change reached every point of presence before "
            "engineers rolled it back.",
            "en",
        ),
        (
            "Engineers shrink bladder tumours in mice with fizzing micro-capsules",
            "The capsules release a drug as they dissolve; the team now plans trials in larger "
            "animals.",
            "en",
        ),
    ],
)
def test_tech_news_whose_text_names_no_ai_is_not_ai(title: str, text: str, language: str) -> None:
    assert _assess(title, text, language=language)[1] < 0.5


def test_a_text_naming_no_ai_word_is_a_feature_of_relevance_alone() -> None:
    patterns = relevance_patterns(_taxonomy())
    vector = np.zeros(4, dtype=np.float32)
    silent = relevance_features(vector, patterns, "开源记账软件发布新版", "支持多币种和账单导入。")
    named = relevance_features(vector, patterns, "开源记账软件发布新版", "新增大模型记账助手。")
    headline = relevance_features(vector, patterns, "开源记账软件发布新版", "")
    assert (silent[-1], named[-1], headline[-1]) == (FLAG_SCALE, 0.0, 0.0)


def test_the_crafts_words_are_a_flag_of_relevance_of_their_own() -> None:
    patterns = relevance_patterns(_taxonomy())
    vector = np.zeros(4, dtype=np.float32)
    craft = relevance_features(vector, patterns, "青禾实验室发布中文对话数据集", "")
    plain = relevance_features(vector, patterns, "青禾农场发布秋季采摘路线", "")
    assert craft[4:8].tolist() == [0.0, 0.0, 0.0, FLAG_SCALE]
    assert not plain[4:].any()


def test_the_relevance_flags_read_a_chinese_word_only_where_it_is_whole_words() -> None:
    """As the title and text rules do: 文生视频 is not in 课文生视频 (课文 + 生 + 视频),
    so the craft flag stays off there, and on where the words are whole."""
    patterns = relevance_patterns(_taxonomy())
    vector = np.zeros(4, dtype=np.float32)
    across = relevance_features(vector, patterns, "课文生视频大赛启动", "学生用短片演绎课文。")
    whole = relevance_features(vector, patterns, "国产文生视频模型发布", "")
    assert not across[4:-1].any()
    assert across[-1] == FLAG_SCALE
    assert whole[4 + 3] == FLAG_SCALE


@pytest.mark.parametrize(
    ("title", "text", "language"),
    [
        (
            "Hands-on with Ostra-2: sharp contract drafting, but the hallucinations remain",
            "We gave it forty clauses to redraft; the lab says open weights follow next month.",
            "en",
        ),
        (
            "Streamers fight deepfakes of their faces in product ads",
            "A video platform removed 300 accounts that sold goods with cloned voices and faces.",
            "en",
        ),
        (
            "开源中文多轮对话数据集“溪语”发布，共十万轮",
            "数据由两所高校的志愿者标注，可用于微调和构建评测集，允许商用。",
            "zh",
        ),
        (
            "青峦科技发布推理芯片，单卡可跑千亿参数模型",
            "首批样片已交付两家云厂商，量产定在明年第二季度。",
            "zh",
        ),
    ],
)
def test_ai_news_of_unknown_names_is_known_by_the_crafts_words(
    title: str, text: str, language: str
) -> None:
    assert _assess(title, text, language=language)[1] >= 0.5


def test_an_essay_on_a_way_of_thinking_is_not_ai_news_for_its_columns_sake() -> None:
    relevance = _assess(
        "逆着想，一直逆着想｜思维周刊 第12期",
        "拆解查理·芒格“逆向思考”的底层逻辑，把问题从如何成功改写成如何避免失败。\n"
        "文章认为这种思考方法不止是换个角度，还要落实到新的行动，并教给身边的人。",
        language="zh",
    )[1]
    assert relevance < 0.5


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (  # the learned model alone: 0.11 (the text reads as health insurance)
            "三千万美国人每天用ChatGPT查看病方面的信息",
            "一份健康保险行业报告显示，看病已成为热门用途。美国每天约有三千万人用它解释检查单"
            "上的术语、核对医院账单、找出多收的费用，并弄清保险条款。",
        ),
        (  # alone: 0.31 (the text reads as university admissions)
            "人工智能专业成高考志愿热门，多所高校扩招",
            "今年多所高校计算机类专业扩招，考生和家长关注录取分数线、学费和就业去向，部分院校"
            "新建了宿舍楼。",
        ),
    ],
)
def test_a_title_that_names_ai_outright_is_ai_news_whatever_its_subject(
    title: str, text: str
) -> None:
    assert _assess(title, text, language="zh")[1] >= 0.6


@pytest.mark.parametrize(
    ("title", "names_ai"),
    [
        ("一款极简音乐播放器（AI资讯）在 GitHub 上收获四千星", False),
        ("【AI日报】城市马拉松周日开跑", False),
        ("Jean-Claude wins the village baking contest for a third year", False),
        ("Claude gets a memory it keeps across chats", False),  # a name alone
        ("俞敏洪谈AI教育：老师要做情感的陪伴者", True),
        ("An LLM that reads contracts (and misses clauses)", True),
        ("北岭云预计全年亏损，数据中心行业竞争加剧", True),  # AI's trades are AI news
        ("某车企内部推广 Claude Code，工程师人手一个", True),
        ("Harbor City approves a second driverless taxi zone", True),
        ("青桐新款智能眼镜开启预订，可拍照识物", True),  # a device made for an assistant
        ("Lumen smart glasses that caption a conversation go on sale", True),
        ("某品牌游戏显示眼镜亮相展会，重量不到八十克", False),  # glasses alone: a display
        ("新款手机芯片跑分曝光，续航提升两成", False),  # a phone's chip is no AI trade
        ("算力租赁价格下降三成", True),  # compute is AI's trade
        ("Nvidia shares fall after new export curbs", True),  # as 英伟达 is
        ("月之暗面完成新一轮融资", True),  # an AI company, by the alias table
        ("摩尔线程科创板上市首日大涨", True),  # a maker of AI chips and nothing else
        ("AMD details the MI450 and its rack", True),  # an AI line of a maker of all chips
        ("AMD shares rise on strong PC demand", False),  # but not the maker itself
        ("Yang Zhilin gives a rare interview in Beijing", True),  # and its founder
        ("宇树机器人登上晚会舞台", True),
        ("谷歌发布第三季度财报", False),  # a giant whose news is often not AI
        # the field's own companies, labs and people, whose news names no AI word
        ("Anysphere hits $1bn in annual revenue", True),
        ("CoreWeave signs a new compute contract", True),
        ("ElevenLabs opens an office in Tokyo", True),
        ("逐际动力完成新一轮融资", True),
        ("王兴兴出席开幕式", True),
        ("The runway at the city airport reopens", False),  # a name that is also a word
        ("Cognition and memory decline with poor sleep", False),
        ("公司推出新款元宝形礼盒", False),  # a name that is also a word never counts
        # AI's craft words that mean nothing else in a headline
        ("Parents sue a chatbot maker over its teen safeguards", True),
        ("Celebrity deepfakes sell supplements; platforms purge accounts", True),
        ("配音演员起诉游戏公司擅自克隆声音", True),
        ("Former Halcyon scientist joins a startup to lead pretraining", True),
        ("无人配送车开进小区，快递送到楼下", True),
        ("A NeurIPS paper designs enzymes with a diffusion model", True),
        ("Review: a new speech model keeps up with interruptions", True),
        ("Kestrel's music model writes songs with harmonies", True),
        ("Staff told to stop using outside coding assistants", True),
        ("A pharmacy chain puts a chat assistant in its app", True),
        ("推理框架新版本支持投机解码", True),
        ("某短视频平台上线原生 4K 视频生成", True),
        ("WAIC 2026 定于七月在上海举办", True),
        ("一文看懂北岭-2：为什么它的长上下文不掉点", True),  # a language model's context
        ("Calder's phone assistant can now book restaurants", True),  # software that acts
        ("“栖木”桌面助手大更新：能读屏幕、点按钮", True),
        ("360手机助手下架多款违规应用", False),  # a phone's app store, not an assistant
        ("Fashion model walks for a new label in Milan", False),  # a model alone is not
        ("Minister's assistant resigns over leaked chats", False),  # nor an assistant
        ("Clinic hires phone assistant to answer appointment calls", False),  # a person's job
        ("Dental practice is hiring a phone assistant for its front desk", False),
        # full-width Latin letters are the same words
        ("北岭推出ＡＩ助手，可代订机票", True),
        ("ＯｐｅｎＡＩ公布新一代语音合成引擎", True),
        ("Ｎｖｉｄｉａ shares fall after new export curbs", True),
        # a Chinese word of AI's craft is not read across two words
        ("科研绘图网站上线论文生图表功能", False),  # 论文 + 生 + 图表: a paper's charts
        ("北岭上线文生图功能，支持中文提示词", True),
        # a voice cloned in any form of the verb, a model sized by its parameters
        ("Voice actors sue a game studio for cloning their voices", True),
        ("Glimmer, a 3B on-device model, holds fluent chats on phones", True),
        ("北岭发布 70亿参数对话模型", True),
        ("Sheep cloned in 1996 heard bleating in new recording", False),
        ("Carmaker sinks $4B into a new model line", False),  # money, not parameters
        ("Airbus A321B model goes on display", False),
        ("国产文生视频模型登顶榜单", True),
        # the segmenter's cut before a word of AI's craft does not unmake it (手上|线图,
        # 和文, 图文), nor its suffixed forms (图片, 图像, 生成器); a cut after it does
        ("快手上线图生视频功能，一张照片生成短片", True),
        ("北岭发布图像编辑模型和文生视频模型", True),
        ("剪映上线文生图片功能", True),
        ("北岭推出视频生成器，输入一句话出短片", True),
        ("智能体验店在商场开业", False),  # 智能 + 体验: a smart product's showroom
        ("市政府加大预算力度支持职业教育", False),  # 预算 + 力度: no compute
        # a model sized in trillions says "parameter"; a bare T is a turbo engine's size
        ("Toyota's 2.0T model recalled over brakes", False),
        ("Kimi K2, a 1T-parameter model, is open-sourced", True),
        ("北岭开源万亿参数模型", True),
        ("数十亿参数的端侧模型跑进手表", True),
        # a voice box (the larynx) cloned is biology, not a voice
        ("Lab cloned a sheep's voice box to study bleating", False),
        # a phone's or a desktop's assistant is a person's job only where it is the one hired
        ("Startup is hiring engineers for its desktop assistant", True),
        ("Phone assistant wanted at busy dental clinic", False),
        # a model that reasons, sees and reads, chats or translates is AI's
        ("New paper finds reasoning models skip steps as they grow", True),
        ("Can a multimodal model read X-rays? We gave it 50 films", True),
        ("Tested: can the new translation model handle poetry and slang?", True),
        ("北岭开源多模态模型，可读图表", True),
        ("实测三款推理模型：谁更会解数学题", True),
        ("Role model: a teacher who ran 100 marathons", False),  # other models are not
        # a model that makes or edits images or video or embeds text, training a model, and
        # the vector database that holds a model's embeddings are AI's
        ("Spark-Edit, a new image-editing model, keeps faces consistent", True),
        ("Tested: three video models and a physics puzzle", True),
        ("法院判决：平台用用户作品训练模型须事先告知", True),
        ("知名开源向量数据库宣布改用 Apache 2.0 协议", True),
        ("Scale model of a cathedral built from matchsticks", False),
        ("沙盘模型展示新城区规划", False),
        ("航模训练营暑期开营", False),  # a model aircraft's training camp
        ("北岭中学举办语文阅读周，学生分享读书心得", False),
        ("Harbor City marathon closes roads on Sunday", False),
        # AI policy's word for the strongest models and their makers, agents that code or
        # work a browser, a data centre's racks, and a dataset given out as open source
        ("Regulators ask frontier labs to share their risk reports", True),
        ("Three makers of frontier models sign a testing pledge", True),
        ("多国要求前沿模型上线前接受第三方评估", True),
        ("Frontier Airlines adds three routes to Denver", False),
        ("Deep-sea mining is the new frontier for miners", False),
        ("Open-source browser agents learn to fill in tax forms", True),
        ("Staff told to stop letting coding agents merge their own changes", True),
        ("Real estate agents see a slow spring", False),
        ("Operators race to cool server racks that draw 120 kW", True),
        ("改造后机柜功率提升三倍，液冷成为标配", True),
        ("Bike rack shortage frustrates commuters at the station", False),
        ("Harbor City racks up a fifth straight win", False),
        ("北岭开源中文阅读理解数据集，含十万道题", True),
        ("Lab open-sources a dataset of a million annotated bird calls", True),
        ("统计局发布第七次人口普查数据集", False),  # a dataset not open-sourced
        ("City opens its bike-share trip dataset to the public", False),
    ],
)
def test_only_a_title_naming_ai_outside_a_label_and_not_by_a_name_alone_lifts_relevance(
    title: str, names_ai: bool
) -> None:
    assert title_names_ai(_taxonomy(), title) is names_ai


@pytest.mark.parametrize(
    ("text", "says_ai"),
    [
        # a word of AI's craft that means nothing else, anywhere in the text
        ("On repository repair tasks its pass rate rose to 55%, with a 256k context window.", True),
        ("The complaint says old recordings were used to train a voice model without pay.", True),
        ("Air cooling cannot keep up with the newest AI servers in the hall.", True),
        ("该模型支持 128K 长上下文，价格下调一半。", True),
        ("判决要求平台删除用于训练模型的用户作品。", True),
        ("The vector database now stores a billion embeddings on one machine.", True),
        ("It is an image-editing model: it changes one region and keeps the faces.", True),
        # an AI thing as the text's opening subject
        ("AI 编程工具被曝藏有未公开的检测代码。研究人员在客户端中发现一段代码。", True),
        ("AI 助手青禾调整会员方案，免费额度明显放宽。", True),
        ("The AI startup said it will cut a fifth of its staff.", True),
        ("（AI资讯）人工智能公司北岭发布年度报告。", True),  # a column's label is passed over
        # ... or a compound headed by one: a short run of Chinese before the AI word
        ("代码大模型新版本发布，修复能力大幅提升。", True),
        ("国产AI芯片公司北岭完成新一轮融资。", True),
        ("生物与AI交叉领域本周要闻：蛋白质、脑科学与新药。", False),  # two heads, AI one
        ("非AI业务本季度收入下滑，公司称将调整结构。", False),  # what is not AI
        ("除AI外的业务本季度收入下滑，公司称将调整结构。", False),  # what is left
        ("北岭市今年秋季举办的马拉松将使用AI计时。", False),  # AI far from the opening
        # AI named in passing, or a trade's word in a text, is not enough
        ("通过哲学与神经科学实验，探讨时间感知，对比人脑与 AI 的本质区别。", False),
        ("虽然这游戏不 AI，但白送的不领就是亏。", False),
        ("The new laptop ships with Nvidia graphics and a larger battery.", False),
        ("HP will buy a consulting firm that designs data centers.", False),
        ("Aim high: the Harbor City marathon closes roads on Sunday.", False),
        # a column's name is passed over, however long, bracketed or not
        ("【AI早报 | 2026年12月5日 星期六】发改委宣布今晚起汽油每吨上调100元。", False),
        ("AI 热榜：1. 歌手官宣离婚 2. 台风登陆浙江 3. 油价上调", False),
        ("AI 早报 12月5日 | 暴雨黄色预警发布，多条航线取消。", False),
        ("AI 快讯：OpenAI 发布新一代语音合成引擎。", True),
        # full-width Latin letters are the same words
        ("ＡＩ 助手青禾调整会员方案，免费额度明显放宽。", True),
        ("The ｃｈａｔｂｏｔ answered every question in under a second.", True),
        # an opening word that acts on or qualifies a thing is no AI subject
        ("Fine-tuning its defence, the club signed two centre-backs in January.", False),
        ("Self-driving holidays through the Highlands are booming this summer.", False),
        # a Chinese word of AI's craft is not read across two words
        ("该网站支持论文生图表，一键导出投稿插图。", False),
        ("新版本支持图文生视频，上传照片和一段文字即可。", True),
        ("The 2.0T model gets a new gearbox this year.", False),
        ("新版本支持文生图和局部重绘。", True),
        ("The studio is accused of cloning the voices of its former cast.", True),
        ("Tuned for phone chips, the 3B model starts answering in under 100 ms.", True),
        # "AI" that is no AI: a person named Ai, an Air India flight
        ("Ai Weiwei opens a show of porcelain works in Berlin on Friday.", False),
        ("Ai Fukuhara will coach Japan's women's table tennis team.", False),
        ("AI171, a jet bound for London, crashed shortly after take-off.", False),
        ("经核实，该视频生成于 2019 年，与本次台风无关。", False),  # the video was made in
        ("短视频平台上线视频生成功能，可按文字生成短片。", True),
        # a word cut by the 500-character window is read whole
        ("The mayor spoke for an hour. " + "x" * 456 + " a speech modelled on Lincoln's", False),
        ("The hall was cooled by air. " + "x" * 461 + " new AI servers", True),
        ("", False),
    ],
)
def test_a_text_says_ai_by_a_word_only_ai_uses_or_by_opening_with_an_ai_subject(
    text: str, says_ai: bool
) -> None:
    assert text_says_ai(_taxonomy(), text) is says_ai


def test_a_text_that_says_ai_lifts_a_headline_that_does_not_to_the_title_floor() -> None:
    headline = "Voice actors sue a game studio over old recordings"
    assert _assess(headline)[1] < 0.5
    lifted = _assess(headline, "The studio used the recordings to train a voice model.")
    assert lifted[1] >= 0.6


def test_word_evidence_reads_jiebas_words_and_lower_case_latin_words() -> None:
    found = evidence_words("团队提出稀疏注意力 Sparse-Attn")
    assert {"团队", "提出", "sparse-attn"} <= found
    assert "Sparse-Attn" not in found


def _balanced_model(evidence_weight: float) -> LearnedModel:
    """Two categories the linear scores cannot tell apart, and word evidence in which
    the words of "论文" lean to the second."""
    evidence = np.zeros((64, 2), dtype=np.float32)
    evidence[evidence_buckets("论文", 64), 1] = 1.0
    return LearnedModel(
        embedder="test",
        category_keys=("models", "papers"),
        word_buckets=0,
        category_weights=np.zeros((4, 2), dtype=np.float32),
        category_bias=np.zeros(2, dtype=np.float32),
        word_evidence=evidence,
        evidence_weight=evidence_weight,
        relevance_weights=np.zeros(4, dtype=np.float32),
        relevance_bias=0.0,
    )


def test_word_evidence_tips_a_case_the_linear_scores_leave_even() -> None:
    features = np.ones(4, dtype=np.float32)
    even = _balanced_model(0.0).category_probabilities(features, "南湖大学论文")
    assert even[0] == pytest.approx(even[1])
    tipped = _balanced_model(0.5).category_probabilities(features, "南湖大学论文")
    assert tipped[1] > tipped[0]
    unrelated = _balanced_model(0.5).category_probabilities(features, "南湖大学")
    assert unrelated[0] == pytest.approx(unrelated[1])


def test_the_shipped_model_weighs_word_evidence_in_many_buckets() -> None:
    model = load_model()
    assert model is not None
    assert model.word_evidence.shape == (65536, len(model.category_keys))
    assert 0 < model.evidence_weight < 1


@pytest.mark.parametrize(
    ("title", "text", "category"),
    [
        (
            "深岩开源 Lumo-32B 模型权重，推理和代码基准超过同尺寸模型",
            "权重已上传 Hugging Face，采用 Apache 2.0 许可，支持 128K 上下文。",
            "models",
        ),
        (
            "ICLR 2026 | 南湖大学提出 Mnemo 模型：长文本推理提速三倍",
            "论文提出一种新模型架构，实验显示在多个基准上超过同尺寸模型，代码已开源。",
            "papers",
        ),
        (
            "Deeprock open-sources Lumo-32B weights on Hugging Face",
            "The model beats same-size models on reasoning and coding benchmarks; Apache 2.0.",
            "models",
        ),
        (
            "开源本地推理框架 Tarn 发布 2.0，GitHub 一周涨了八千 Star",
            "仓库采用 MIT 许可，一行命令即可在笔记本上部署多种模型。",
            "open_source",
        ),
    ],
)
def test_papers_come_before_models_and_models_before_open_source(
    title: str, text: str, category: str
) -> None:
    """The labelling rule of taxonomy.yaml: a paper's model is a paper, open weights a
    model, and only a repository or tool is open source."""
    language = "en" if title.isascii() else "zh"
    assert _assess(title, text, language=language)[0] == category


@pytest.mark.parametrize(
    ("title", "opens"),
    [
        ("栖霞团队开源多智能体框架 Weft，GitHub 一周八千 Star", True),
        ("开源｜一个命令把网页变成 Markdown 的抓取工具 Sift", True),
        ("墨池实验室开源中文指令数据集 InkSet，含百万条样本", True),
        ("Tessel open-sources Loom, a lightweight framework for agent workflows", True),
        ("Show HN: an open-source CLI that packs a repo into one context file", True),
        ("Open-source inference server Brook doubles throughput", True),
        ("又一款开源 AI 编程神器 Quay 火了，GitHub 三天破万星", True),
        ("栖霞开源桌面智能体 Pike：交代一句话，自动整理文件和表格", True),
        ("Show HN: Fenn, an open-source coding agent for the terminal", True),
        ("深岩开源智能体模型 Lumo-Agent，工具调用评测第一", False),  # a model
        ("开源智能体 Pike 部署教程：三步接入公司邮箱", False),  # a tutorial is a product's
        ("A guide to self-hosting the open-source agent Fenn", False),
        ("深岩开源 Lumo-32B 模型权重，推理和代码基准超过同尺寸模型", False),  # open weights
        ("Deeprock open-sources Lumo-32B weights on Hugging Face", False),
        ("蚂蚁开源具身大模型，机械臂可以听懂指令", False),  # a model, whoever made it
        ("Quill launches an AI writing tool for teams", False),  # nothing was opened
        ("开源与闭源之争没有赢家", False),  # names no repository, tool or dataset
    ],
)
def test_a_title_that_open_sources_a_tool_and_names_no_model_is_the_open_source_rule(
    title: str, opens: bool
) -> None:
    assert opens_a_tool(title) is opens


def test_an_open_sourced_tool_is_open_source_whatever_the_learned_model_says() -> None:
    """The taxonomy's precedence: a repository, framework, tool or dataset that is opened
    is `open_source`, also when its text reads like a product launch."""
    story = embedded(
        [
            item(
                1,
                "Tessel open-sources Loom, a lightweight framework for agent workflows",
                "Loom ships planners, memory and tool adapters; the team launches a hosted "
                "version for paying users next month.",
            )
        ]
    )
    verdict = assess_story(story, _taxonomy(), {})
    assert verdict.category == "open_source"
    assert verdict.category_scores["open_source"] > 1.0


def test_open_weights_are_left_to_the_learned_model() -> None:
    story = embedded([item(1, "Deeprock open-sources Lumo-32B weights on Hugging Face")])
    assert assess_story(story, _taxonomy(), {}).category_scores["open_source"] < 1.0
