"""Grouping decides what one event is: across sources, languages and days, not by topic."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import timedelta

import numpy as np
import pytest
from desk_helpers import embedded, item

from newsdesk.config import Config
from newsdesk.desk import DeskItem, group_in_days, story_id_for
from newsdesk.desk._cluster import _average_link, _story_join, build_representation
from newsdesk.stages.group import cluster_params

WINDOW = timedelta(days=3)

ORION_ZH = item(
    1,
    "星河智能发布Orion-5大模型：上下文扩展至100万token，API降价60%",
    "星河智能今日发布新一代大模型Orion-5，支持100万token上下文，API输入价格每百万token 3元，"
    "较上一代降价60%。公司CEO周启明表示，Orion-5在代码和长文档任务上提升明显。",
    language="zh",
)
ORION_EN = item(
    2,
    "Xinghe AI launches Orion-5 with a 1 million token context and 60% lower prices",
    "Xinghe AI released Orion-5 on Thursday. The model reads up to 1 million tokens and the "
    "API costs 3 yuan per million input tokens, 60% less than before, CEO Zhou Qiming said.",
    hours=1,
)
ORION_EN_2 = item(
    3,
    "Orion-5 hands-on: Xinghe's 1M-token model is cheap and good at long documents",
    "We tried Orion-5, the new model from Xinghe AI. The 1 million token window held a "
    "whole codebase, and at 3 yuan per million tokens the test cost almost nothing.",
    hours=3,
)


def _group(items: list[DeskItem]) -> dict[int, str]:
    return group_in_days(embedded(items), cluster_params(Config()), window=WINDOW).assigned


def test_the_same_event_in_chinese_and_english_is_one_story() -> None:
    assigned = _group([ORION_ZH, ORION_EN, ORION_EN_2])
    assert assigned[1] == assigned[2] == assigned[3]


def test_two_model_releases_by_the_same_lab_stay_apart() -> None:
    other_model = item(
        4,
        "Xinghe AI releases Orion-Coder, a 32B open-weight coding model",
        "Xinghe AI also published Orion-Coder, a 32 billion parameter model for programming "
        "under the Apache 2.0 licence; it scores 71.2% on a coding benchmark.",
        hours=5,
    )
    assigned = _group([ORION_EN, ORION_EN_2, other_model])
    assert assigned[2] == assigned[3]
    assert assigned[4] != assigned[2]


def test_two_funding_rounds_of_one_company_stay_apart() -> None:
    series_b = [
        item(
            10,
            "Kestrel Robotics raises $120 million Series B led by Harbor Peak",
            "Warehouse robot maker Kestrel Robotics closed a $120 million Series B at a "
            "$900 million valuation, led by Harbor Peak Capital.",
        ),
        item(
            11,
            "Kestrel Robotics完成1.2亿美元B轮融资，估值9亿美元",
            "仓储机器人公司Kestrel Robotics宣布完成1.2亿美元B轮融资，投后估值9亿美元，"
            "由Harbor Peak Capital领投。",
            language="zh",
            hours=2,
        ),
    ]
    spinout_round = item(
        12,
        "Kestrel Robotics' drone unit Kestrel Air raises $30 million Series A",
        "Kestrel Air, the drone spinout of Kestrel Robotics, raised $30 million in a Series A "
        "at a $150 million valuation led by Northline Ventures.",
        hours=4,
    )
    assigned = _group([*series_b, spinout_round])
    assert assigned[10] == assigned[11]
    assert assigned[12] != assigned[10]


def test_two_earthquakes_stay_apart() -> None:
    assigned = _group(
        [
            item(
                20,
                "Magnitude 6.1 earthquake strikes off Marlow Island, no tsunami warning",
                "A magnitude 6.1 quake hit 40 km off Marlow Island at dawn; officials reported "
                "cracked roads but no deaths.",
            ),
            item(
                21,
                "Strong 6.1 quake shakes Marlow Island; roads damaged",
                "The 6.1 earthquake near Marlow Island damaged roads in the port town of Esk, "
                "the island's governor said.",
                hours=1,
            ),
            item(
                22,
                "Magnitude 5.4 earthquake hits Corran Valley, two injured",
                "A 5.4 quake struck the Corran Valley in the afternoon, injuring two people "
                "and knocking out power to 3,000 homes.",
                hours=6,
            ),
        ]
    )
    assert assigned[20] == assigned[21]
    assert assigned[22] != assigned[20]


def test_unrelated_items_are_stories_of_their_own() -> None:
    assigned = _group(
        [
            ORION_EN,
            item(30, "City opens its seventh metro line ahead of schedule"),
            item(31, "Local tea brand teams up with a museum for a summer drink"),
        ]
    )
    assert len(set(assigned.values())) == 3


def test_a_new_story_is_named_after_its_earliest_item_so_runs_agree() -> None:
    later_first = [ORION_EN_2, ORION_EN, ORION_ZH]  # input order does not matter
    assigned = _group(later_first)
    assert set(assigned.values()) == {story_id_for(ORION_ZH.key)}


def test_a_new_item_joins_a_very_large_open_story_quickly() -> None:
    rng = np.random.default_rng(7)
    centre = rng.normal(size=512).astype(np.float32)
    big = [
        replace(
            item(n, f"Westmark AI Act hearing, day {n}", hours=-1, story="s-act"),
            vector=centre + 0.3 * rng.normal(size=512).astype(np.float32),
        )
        for n in range(1500)
    ]
    # the rest of the window's news, which similarity is measured against: one story
    # can be a big part of a day, not most of it
    others = [
        replace(item(2000 + n, f"Unrelated report number {n}"), vector=rng.normal(size=512))
        for n in range(3000)
    ]
    newcomer = replace(item(9000, "Westmark AI Act hearing, the final day"), vector=centre)
    grouped = group_in_days([*big, *others, newcomer], cluster_params(Config()), window=WINDOW)
    assert grouped.assigned[9000] == "s-act"  # this used to loop for ever


def test_two_labs_releasing_reasoning_models_in_two_languages_stay_apart() -> None:
    assigned = _group(
        [
            item(
                40,
                "深言科技发布推理大模型Aster-R，数学能力大幅提升",
                "深言科技今日发布推理模型Aster-R，称其在数学竞赛题上的得分较上一代提高。",
                language="zh",
            ),
            item(
                41,
                "Lumina Labs unveils a reasoning model aimed at maths and code",
                "Lumina Labs released Halo-R, a reasoning model it says solves harder maths "
                "problems than its previous model.",
                hours=2,
            ),
        ]
    )
    assert assigned[40] != assigned[41]


def test_a_regional_language_tag_still_counts_as_chinese() -> None:
    assigned = _group([replace(ORION_ZH, language="zh-CN"), ORION_EN])
    assert assigned[1] == assigned[2]


def test_the_same_deal_in_yuan_and_in_dollars_is_no_money_clash() -> None:
    yuan = item(
        50,
        "启元智能完成7亿元B轮融资，红杉领投",
        "启元智能宣布完成7亿元人民币B轮融资，由红杉领投，资金将用于训练Qiyuan-3模型。",
        language="zh",
    )
    dollars = item(
        51,
        "Qiyuan AI raises about $97 million Series B to train Qiyuan-3",
        "Qiyuan AI closed a Series B of about $97 million led by Sequoia; the money will "
        "train its Qiyuan-3 model.",
        hours=3,
    )
    assigned = _group([yuan, dollars])
    assert assigned[50] == assigned[51]


def test_an_aggregators_template_words_do_not_make_its_entries_one_story() -> None:
    flash = [
        item(
            60 + n,
            f"Claim 主张 | {title}",
            f"Claim 主张：{text} 来源：快讯聚合",
            language="zh",
            hours=n,
            source="flash",
        )
        for n, (title, text) in enumerate(
            [
                (
                    "星河智能发布Orion-5大模型",
                    "星河智能发布新一代大模型Orion-5，上下文100万token。",
                ),
                ("Kestrel Robotics完成B轮融资", "仓储机器人公司Kestrel完成1.2亿美元B轮融资。"),
                ("深言科技开源Aster-3", "深言科技开源Aster-3，参数规模1.2万亿。"),
                ("青禾医疗获批AI影像软件", "青禾医疗的肺结节AI影像软件获得三类证。"),
                ("北辰芯片发布推理卡", "北辰芯片发布新推理卡，功耗降低40%。"),
            ]
        )
    ]
    others = [
        item(80 + n, f"{name} ships version {n + 2} of its {thing}", hours=n / 2)
        for n, (name, thing) in enumerate(
            [("Norvik", "database"), ("Pallas", "browser"), ("Quill", "editor"),
             ("Rivet", "build tool"), ("Sable", "mail client"), ("Tamsin", "CRM"),
             ("Umber", "map app"), ("Vireo", "notes app"), ("Wren", "chat app"),
             ("Xylo", "music app"), ("Yarrow", "game engine"), ("Zephyr", "VPN")]
        )
    ]  # fmt: skip
    assigned = _group(flash + others)
    assert len({assigned[i.id] for i in flash}) == len(flash)


def test_template_terms_are_those_of_nearly_every_item_of_one_source() -> None:
    from newsdesk.desk._similarity import TermCache, without_templates
    from newsdesk.desk._text import text_features

    cache = TermCache()
    texts = [f"Claim 主张 {topic}" for topic in ("Orion-5", "Aster-3", "Kestrel", "Lumina", "Vega")]
    terms = [cache.terms(n, text_features(t)) for n, t in enumerate(texts)]
    stripped = without_templates(terms, ["flash"] * 5)
    claim = cache.names["claim"]
    assert all(claim in t.name_ids for t in terms)
    assert not any(claim in t.name_ids for t in stripped)
    assert all(len(t.name_ids) == 1 for t in stripped)  # each keeps its own name
    assert without_templates(terms[:4], ["flash"] * 4) == terms[:4]  # too few to tell


def test_a_subject_other_sources_share_is_not_a_template() -> None:
    from newsdesk.desk._similarity import TermCache, without_templates
    from newsdesk.desk._text import text_features

    cache = TermCache()
    own = [f"DeepSeek {topic}" for topic in ("Orion-5", "Aster-3", "Kestrel", "Lumina", "Vega")]
    terms = [cache.terms(n, text_features(t)) for n, t in enumerate([*own, "DeepSeek elsewhere"])]
    stripped = without_templates(terms, ["deepseek-feed"] * 5 + ["wire"])
    assert all(cache.names["deepseek"] in t.name_ids for t in stripped)


#: A story of sixteen headlines told from two angles (the stuck ship, the closed strait)
#: that share few words pair by pair, on a day of headlines about other things.
GROUNDING = [
    "Cargo ship Ostrava Star runs aground off Kelvara, blocking the Merrin Strait",
    "Merrin Strait closed after the Ostrava Star grounding",
    "Shipping traffic halted as Ostrava Star is stuck near Kelvara",
    "Salvage crews race to free the Ostrava Star from Merrin Strait shallows",
    "Kelvara harbour: stranded freighter could take days to refloat",
    "Oil prices tick up as Merrin Strait blockage enters second day",
    "Dozens of tankers wait at anchor after Kelvara grounding",
    "Insurers brace for claims over Merrin Strait closure",
    "Tugboats fail in first attempt to refloat the Ostrava Star",
    "Ostrava Star crew safe, says shipping line",
    "How one stuck ship in the Merrin Strait snarled trade routes",
    "Divers inspect hull of freighter aground near Kelvara",
    "Ostrava Star owner apologises for Merrin Strait disruption",
    "Navy sends tugs to help refloat ship stuck in Merrin Strait",
    "Kelvara fishermen fear fuel leak from grounded Ostrava Star",
    "Merrin Strait reopens? Not before the weekend, officials say",
]
ELSEWHERE = [
    "Rovers beat Castlebury 3-1 to reach the cup final",
    "Parliament passes budget after all-night session",
    "Astronomers spot a comet that will pass Earth in March",
    "Bakery chain recalls bread over allergy labelling error",
    "City council approves new cycle lanes on the ring road",
    "Tennis champion withdraws from open with wrist injury",
    "Museum returns looted bronze statues to their country",
    "Heatwave warning issued for the southern provinces",
    "Startup unveils folding electric scooter for commuters",
    "Central bank holds interest rates for a third month",
    "Rare white whale filmed off the northern coast",
    "Teachers vote to strike over pay next month",
    "Film festival opens with a silent-era restoration",
    "Hospital trials robot-assisted knee surgery",
    "Mayor resigns after expenses inquiry",
    "Wildfire forces evacuation of hillside villages",
    "New species of frog found in cloud forest",
    "Airline adds direct flights to three island resorts",
    "Chess prodigy, 12, becomes youngest grandmaster",
    "Water company fined for sewage spills into river",
    "Smartphone maker cuts prices ahead of holiday season",
    "Archaeologists uncover Roman villa under car park",
    "Marathon runner breaks national record in rain",
    "Farmers protest new rules on fertiliser use",
    "Opera house reopens after five-year renovation",
    "Police seize counterfeit watches worth millions",
    "Storm knocks out power to 40,000 homes",
    "University launches free online course in coding",
    "Volcano on Sarnet island erupts, flights grounded",
    "Ash cloud from Sarnet eruption spreads east",
    "Sarnet villagers evacuated as lava reaches the coast",
    "Election: Liberal bloc wins majority in Vestmark",
    "Vestmark's new prime minister promises tax reform",
    "Striker Tomas Brandl signs for Rovers in record deal",
    "Brandl transfer fee tops 90 million",
    "Satellite launch delayed by high winds",
    "Supermarket prices fall for the first time in two years",
    "Zoo welcomes twin panda cubs",
    "Court blocks merger of two regional banks",
    "Bridge closed for repairs after cracks found",
]


def test_a_big_story_told_in_headlines_that_share_few_words_ends_mostly_in_one_story() -> None:
    day = [item(n, title, hours=n / 2) for n, title in enumerate(GROUNDING)]
    day += [item(100 + n, title, hours=n / 3) for n, title in enumerate(ELSEWHERE)]
    assigned = _group(day)
    story = Counter(assigned[n] for n in range(len(GROUNDING)))
    size = story.most_common(1)[0][1]
    assert size >= 12  # pair by pair, average-link leaves its two angles apart (9 and 4)
    assert all(assigned[100 + n] not in story for n in range(len(ELSEWHERE)))


def test_an_explainer_naming_only_the_magnitude_joins_its_quake_not_a_smaller_one() -> None:
    """A headline that names a quake by its magnitude alone belongs to the quake of that
    magnitude; a small tremor elsewhere the same day is written with the same words and
    another figure."""
    quake = [
        "Magnitude 6.6 earthquake strikes Dravina highlands",
        "Dravina quake: at least 20 dead as villages collapse",
        "Rescuers search rubble after strong Dravina earthquake",
        "Death toll from Dravina quake climbs to 35",
        "Survivors camp outside as aftershocks rattle Dravina",
        "Villages flattened as strong quake rocks Dravina",
        "Hospitals overwhelmed after deadly earthquake",
    ]
    tremor = [
        "Magnitude 4.9 quake shakes Port Selm, no damage",
        "Port Selm residents feel 4.9 quake overnight",
        "Light quake wakes Port Selm",
        "Quake: what Port Selm residents felt",
    ]
    explainer = "6.6-magnitude quake: what we know so far"
    titles = [*quake, *tremor, explainer]
    day = [item(n, title, hours=n / 2) for n, title in enumerate(titles)]
    day += [item(100 + n, title, hours=n / 3) for n, title in enumerate(ELSEWHERE)]
    assigned = _group(day)
    story = {title: assigned[n] for n, title in enumerate(titles)}
    assert story[explainer] not in {story[t] for t in tremor}
    assert story[explainer] == Counter(story[t] for t in quake).most_common(1)[0][0]


def test_items_with_the_same_title_and_text_are_read_once_into_the_terms_each_would_get() -> None:
    """Copies and a hot list's repeats share their title and text; the second is not read
    again, and gets the terms reading it afresh would give."""
    from newsdesk.desk._similarity import TermCache
    from newsdesk.desk._text import text_features

    texts = [
        ("星河智能发布Orion-5大模型", "推理成本下降40%"),
        ("Xinghe AI releases Orion-5", ""),
        ("星河智能发布Orion-5大模型", "推理成本下降40%"),
        ("Xinghe AI releases Orion-5", "at $2 billion"),
        ("Xinghe AI releases Orion-5", ""),
    ]
    cache, plain = TermCache(), TermCache()
    remembered = [cache.text_terms(n, title, text) for n, (title, text) in enumerate(texts)]
    afresh = [plain.terms(n, text_features(f"{t}\n{x}")) for n, (t, x) in enumerate(texts)]
    assert remembered[2] is remembered[0] and remembered[4] is remembered[1]
    assert remembered[3] is not remembered[1]
    assert cache.words == plain.words and cache.names == plain.names
    for ours, theirs in zip(remembered, afresh, strict=True):
        assert ours.currencies == theirs.currencies
        for field in ("word_ids", "word_counts", "name_ids", "name_counts", "money_ids"):
            assert np.array_equal(getattr(ours, field), getattr(theirs, field))
    assert [cache.tokens(n) for n in range(5)] == [plain.tokens(n) for n in range(5)]


ORION_TUTORIAL = item(
    5,
    "保姆级Orion-5教程：三步接入API，把100万token上下文用起来",
    "手把手教你接入星河智能的Orion-5：申请API密钥、选择上下文长度、用100万token读完整个代码库，"
    "每百万token 3元，新手也能十分钟跑通。",
    language="zh",
    hours=6,
)


def test_a_tutorial_on_a_product_in_the_news_is_a_story_of_its_own() -> None:
    assigned = _group([ORION_ZH, ORION_EN, ORION_TUTORIAL])
    assert assigned[1] == assigned[2]
    assert assigned[5] != assigned[1]


def test_a_tutorial_listed_twice_by_its_title_alone_is_one_story() -> None:
    first = replace(ORION_TUTORIAL, text="")
    again = replace(first, id=6, key="https://news.example/6", source_id="source-6")
    assigned = _group([first, again])
    assert assigned[6] == assigned[5]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (  # a writer's own project built on it
            "我用Orion-5做了个读代码的小工具：100万token上下文一次读完整个仓库",
            "我用星河智能的Orion-5做了个小工具，100万token上下文一次读完整个代码库，"
            "每百万token 3元。",
        ),
        (  # an interview with its founder
            "对话星河智能创始人：Orion-5 的100万token上下文是怎么做出来的",
            "星河智能创始人谈Orion-5：100万token上下文、每百万token 3元的定价，"
            "以及团队接下来的计划。",
        ),
    ],
)
def test_a_piece_about_a_product_in_the_news_that_is_no_report_of_it_is_a_story_of_its_own(
    title: str, text: str
) -> None:
    piece = item(7, title, text, language="zh", hours=6)
    assigned = _group([ORION_ZH, ORION_EN, piece])
    assert assigned[1] == assigned[2]
    assert assigned[7] != assigned[1]


def test_a_new_item_is_a_candidate_of_every_other_holder_of_a_rare_name() -> None:
    """Each new holder of a rare name meets every other holder, new or not, never itself;
    a name only one item holds, or more than the rare limit, pairs no one."""
    from scipy import sparse

    from newsdesk.desk._cluster._average_link import _RARE_NAME_DF, _sharing_rare_names

    held = {  # name -> items holding it
        0: [0, 2, 5],  # rare: new 0 and 2 meet 5 and each other; 5 is not new
        1: [3],  # held once
        2: list(range(_RARE_NAME_DF + 1)),  # too common
        3: [1, 4],  # no new holder
        4: [2, 4],
    }
    rows = [i for holders in held.values() for i in holders]
    columns = [name for name, holders in held.items() for _ in holders]
    names = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, columns)))
    left, right = _sharing_rare_names(names, np.asarray([0, 2, 3], dtype=np.intp))
    assert sorted(zip(left.tolist(), right.tolist(), strict=True)) == [
        (0, 2), (0, 5), (2, 0), (2, 4), (2, 5),
    ]  # fmt: skip


def test_a_component_with_too_many_new_items_is_cut_by_its_own_edges_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past the most new items a dense block takes, a component is cut by a stricter edge
    threshold, step by step; the batch's other edges take no part in it."""
    monkeypatch.setattr(_average_link, "MAX_NEW", 2)
    left = np.asarray([0, 2, 3, 5], dtype=np.intp)
    right = np.asarray([1, 3, 5, 7], dtype=np.intp)
    scores = np.asarray([0.99, 0.9, 0.7, 0.95], dtype=np.float32)  # 0–1: another component
    parts = _average_link.split_component([2, 3, 5, 7], [None] * 8, left, right, scores, 0.6)
    assert parts == [[2, 3], [5, 7]]  # the weakest edge (0.7) goes first


def test_components_hold_what_edges_and_open_stories_join_keyed_by_their_first_item() -> None:
    """Items joined by an edge, or by being reports of one open story, are one component;
    each component is listed in item order under its smallest item, the components in
    the order of those items, and an item nothing joins is a component of its own."""
    left = np.asarray([6, 1], dtype=np.intp)
    right = np.asarray([2, 6], dtype=np.intp)
    story_of = [None, "s", None, None, "t", "s", None, "t"]  # 1 and 5, 4 and 7 are stories
    parts = _average_link.components_of(8, story_of, left, right)
    assert parts == {0: [0], 1: [1, 2, 5, 6], 3: [3], 4: [4, 7]}
    assert list(parts) == [0, 1, 3, 4]
    assert _average_link.components_of(0, [], left[:0], right[:0]) == {}


def test_the_report_pairs_of_two_lists_are_spelt_list_by_list_first_element_first() -> None:
    """Every pair of X_k × Y_k, for each k in turn: X_k's first element with each of
    Y_k, then its second; each pair tagged with its k."""
    x = np.asarray([1, 2, 7], dtype=np.intp)  # X_0 = [1, 2], X_1 = [7]
    y = np.asarray([3, 4, 5, 8, 9], dtype=np.intp)  # Y_0 = [3, 4, 5], Y_1 = [8, 9]
    sizes_x, sizes_y = np.asarray([2, 1], dtype=np.intp), np.asarray([3, 2], dtype=np.intp)
    left, right, k = _story_join._cross(x, sizes_x, y, sizes_y)
    assert list(zip(left.tolist(), right.tolist(), k.tolist(), strict=True)) == [
        (1, 3, 0), (1, 4, 0), (1, 5, 0), (2, 3, 0), (2, 4, 0), (2, 5, 0), (7, 8, 1), (7, 9, 1),
    ]  # fmt: skip


def _average_link_writing_every_column(
    scores: np.ndarray, sizes: np.ndarray, locked: np.ndarray, threshold: float
) -> list[int]:
    """Average-link as it was before absorbed columns were left unwritten: every
    absorbed cluster's row and column set to -inf, the best row picked among the live
    ones; each row's best kept, read again when its best was merged, and moved to a
    merged cluster that beats it (so which of equal partners a row keeps is its
    history's, and the merges follow it)."""
    m = scores.shape[0]
    s = scores.astype(np.float64, copy=True)
    np.fill_diagonal(s, -np.inf)
    s[np.ix_(locked, locked)] = -np.inf
    sizes, locked = sizes.copy(), locked.copy()
    alive = np.ones(m, dtype=bool)
    owner = list(range(m))
    best = s.argmax(axis=1)
    best_score = s[np.arange(m), best]
    while True:
        i = int(np.argmax(np.where(alive, best_score, -np.inf)))
        if not alive[i] or best_score[i] < threshold:
            break
        j = int(best[i])
        if locked[j] and not locked[i]:
            i, j = j, i
        merged = (sizes[i] * s[i] + sizes[j] * s[j]) / (sizes[i] + sizes[j])
        sizes[i] += sizes[j]
        locked[i] = locked[i] or locked[j]
        alive[j] = False
        owner[j] = i
        merged[~alive] = -np.inf
        merged[i] = -np.inf
        if locked[i]:
            merged[locked] = -np.inf
        s[i], s[:, i] = merged, merged
        s[j], s[:, j] = -np.inf, -np.inf
        best_score[j] = -np.inf
        stale = alive & ((best == i) | (best == j))
        stale[i] = True
        for row in np.flatnonzero(stale):
            best[row] = int(np.argmax(s[row]))
            best_score[row] = s[row, best[row]]
        better = alive & (merged > best_score)
        best[better] = i
        best_score[better] = merged[better]
    for c in range(m):
        root = c
        while owner[root] != root:
            root = owner[root]
        owner[c] = root
    return owner


def test_average_link_merges_as_when_every_absorbed_column_was_written() -> None:
    """An absorbed cluster's column is left as it was and masked where a row is read:
    the clusters are those of writing it out.  Scores on a coarse grid make many equal
    pairs (copies score alike), so which of equals merges first is tested too."""
    rng = np.random.default_rng(3)
    merges = 0
    for _ in range(200):
        m = int(rng.integers(2, 60))
        scores = (np.round(rng.random((m, m)) * 8) / 8).astype(np.float32)
        scores[rng.random((m, m)) < 0.5] = np.float32(0.25)  # asymmetric, many ties
        locked = rng.random(m) < 0.3
        sizes = np.where(locked, rng.integers(1, 6, m), 1).astype(np.float64)
        expected = _average_link_writing_every_column(scores, sizes, locked, 0.5)
        assert _average_link._average_link(scores, sizes, locked, 0.5) == expected
        merges += sum(root != c for c, root in enumerate(expected))
    assert merges > 100


def _names(items: list[DeskItem]) -> list[set[str]]:
    """Each item's names as grouping reads them."""
    from newsdesk.desk._similarity import TermCache

    cache = TermCache()
    rep = build_representation(embedded(items), cache)
    spelled = {number: name for name, number in cache.names.items()}
    return [{spelled[j] for j in rep.names[i].indices} for i in range(len(items))]


def test_a_model_a_chinese_report_only_measures_its_own_against_is_no_name_of_it() -> None:
    """A report of another lab's model that holds Orion-5 up as its yardstick ("比肩
    Orion-5", "对标 Xinghe Orion-5") shares that name with Orion-5's own reports and is no
    report of it.  A report that names the model as its subject keeps the name."""
    rival = item(
        1,
        "云帆科技深夜开源比肩Orion-5的世界模型",
        "云帆科技开源世界模型Lumen-2，其画面质量被认为可对标 Xinghe Orion-5。",
        language="zh",
    )
    subject = item(
        2,
        "Orion-5首测：比肩真人的配音",
        "星河智能的Orion-5今日开放测试，配音效果接近真人。",
        language="zh",
    )
    english = item(3, "Lumen-2 rivals Orion-5", "Yunfan's Lumen-2 matches Orion-5.")
    rival_names, subject_names, english_names = _names([rival, subject, english])
    assert "orion-5" not in rival_names and "xinghe" not in rival_names
    assert "lumen-2" in rival_names
    assert "orion-5" in subject_names
    assert "orion-5" in english_names


def test_a_yardstick_is_one_name_so_the_report_s_own_maker_after_it_stays() -> None:
    """Only the one name after 对标 or 比肩 is the yardstick: a headline that runs on into
    its own maker and model without a comma ("对标GPT-5 Nimbus发布Orion-2") keeps them,
    while a name's version and tier stay with it (对标 Xinghe Orion-5 Pro)."""
    unspaced = item(
        1, "对标GPT-5 Nimbus发布Orion-2", "Orion-2今日发布，对标 GPT-5。", language="zh"
    )
    run_on = item(2, "对标GPT-5 Nimbus Orion-2正式发布", "新模型今日发布。", language="zh")
    tiered = item(
        3, "云帆开源Lumen-2", "云帆科技开源Lumen-2，可对标 Xinghe Orion-5 Pro 版本。", language="zh"
    )
    unspaced_names, run_on_names, tiered_names = _names([unspaced, run_on, tiered])
    assert {"nimbus", "orion-2"} <= unspaced_names and "gpt-5" not in unspaced_names
    assert {"nimbus", "orion-2"} <= run_on_names and "gpt-5" not in run_on_names
    assert "lumen-2" in tiered_names
    assert not {"xinghe", "orion-5", "pro"} & tiered_names
