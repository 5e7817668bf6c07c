"""Words, names and numbers: the same facts give the same tokens in Chinese and English."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import jieba
import pytest

from newsdesk import chinese
from newsdesk.desk._similarity import TermCache
from newsdesk.desk._text import (
    _DATE,
    _ENGLISH_DATE,
    _NUMBER,
    _NUMBER_REACH,
    _SCORE,
    _may_name_a_month,
    headline,
    is_how_to,
    is_interview,
    is_personal_project,
    money,
    near_digits,
    nfkc,
    number_tokens,
    text_features,
    title_features,
    title_openers,
)


def test_amounts_in_chinese_and_english_are_the_same_token() -> None:
    assert number_tokens("完成5亿美元C轮融资") == number_tokens("raises $500 million") == ["$5e+08"]
    assert number_tokens("估值65亿美元") == number_tokens("at a $6.5B valuation")


def test_counts_are_not_amounts_of_money() -> None:
    assert number_tokens("月活用户达1200万") == ["#1.2e+07"]
    assert number_tokens("raises $12M seed") == ["$1.2e+07"]


def test_small_counts_and_years_are_left_out_but_percentages_stay() -> None:
    assert number_tokens("3 days, 2 models, 62.3% in 2026") == ["#62.3%"]
    assert number_tokens("2026年发布，用户达3000人") == ["#3000人"]


def test_an_amount_of_money_in_the_range_of_years_is_still_money() -> None:
    assert number_tokens("raises $2000 in grants") == ["$2000"]


def test_the_alias_table_makes_one_name_of_both_scripts() -> None:
    zh = text_features("英伟达与红杉资本合作")
    en = text_features("Nvidia teams up with Sequoia Capital")
    assert {"nvidia", "sequoia"} <= set(zh.names) & set(en.names)


def test_an_alias_is_a_name_even_where_a_capital_says_nothing() -> None:
    assert "google" in text_features("Alphabet shares rose.").names
    assert "google" in text_features("shares of alphabet fell").names


def test_chinese_multipliers_and_english_scales_agree() -> None:
    assert number_tokens("上下文200万token") == number_tokens("a 2 million token window")
    assert number_tokens("1.2万亿参数") == number_tokens("1.2 trillion parameters")


def test_model_names_are_the_same_token_in_both_languages() -> None:
    zh = text_features("星河智能发布Orion-5大模型，支持MoE架构")
    en = text_features("Xinghe AI launches Orion-5, a MoE model")
    assert {"orion-5", "moe"} <= set(zh.names) & set(en.names)


def test_chinese_text_becomes_character_bigrams_without_filler() -> None:
    words = text_features("深言科技发布大模型").words
    assert "深言" in words and "模型" in words
    assert "发布" not in words  # in every report, says nothing


def test_a_capitalised_word_opening_a_sentence_is_a_name_only_with_support() -> None:
    names = text_features("Lumina Labs raised money. Analysts said it was a lot.").names
    assert "lumina" in names and "labs" in names
    assert "analysts" not in names


def test_two_names_joined_by_a_hyphen_are_two_names() -> None:
    features = text_features("The Corvane-Tesslar merger creates a chip giant")
    assert {"corvane", "tesslar"} <= set(features.names)
    assert "corvane-tesslar" not in features.words


def test_model_names_with_hyphens_stay_one_name() -> None:
    assert {"gpt-4o", "swe-bench", "aster-3"} <= set(
        text_features("GPT-4o and Aster-3 top SWE-bench").names
    )


def test_a_titles_unsupported_openers_are_what_it_may_name() -> None:
    assert title_openers("Kessary earthquake: at least 30 killed") == ["kessary"]
    assert title_openers("Yellen: rates to stay low") == ["yellen"]
    assert title_openers("Lumina Labs raises money") == []  # named already: a run of capitals
    assert title_openers("星河智能发布Orion-5") == []  # Latin words in Chinese are names


@pytest.mark.parametrize(
    "title",
    [
        "Kessary earthquake: at least 30 killed",
        "Lumina Labs raises $40 million. Lumina plans more",
        "星河智能发布Orion-5大模型",
        "英伟达发布新芯片",
        "",
    ],
)
def test_a_title_alone_read_once_gives_its_features_and_its_openers(title: str) -> None:
    """An item without text is read once for both; the reading gives what the two
    separate readings give."""
    features, openers = title_features(title)
    assert features == text_features(f"{title}\n")
    assert openers == title_openers(title)
    cache = TermCache()
    cache.text_terms(1, title, "")
    assert cache.title_openers(title) == openers


def test_a_dateline_says_when_and_names_nothing() -> None:
    features = text_features("Last Updated: Monday, November 28, 2005, 02:24 GMT")
    assert not {"monday", "november", "gmt", "updated"} & set(features.names + features.words)
    assert "@11-28" in features.names


def test_an_english_date_is_the_chinese_dates_token() -> None:
    assert number_tokens("Quake hits on November 27") == ["@11-27"]
    assert number_tokens("27 Nov. quake") == number_tokens("11月27日地震") == ["@11-27"]


def test_money_picks_the_amounts_among_names() -> None:
    assert money(text_features("Kestrel raises $120 million at 5% interest").names) == {"$1.2e+08"}


def test_amounts_keep_their_currency() -> None:
    assert number_tokens("融资5亿元") == ["¥5e+08"]
    assert number_tokens("10亿港元, €3 billion") == ["H1e+09", "€3e+09"]
    assert number_tokens("5亿元") != number_tokens("$500 million")


def test_the_fast_nfkc_is_nfkc() -> None:
    """Full-width forms are mapped before the check: the result must be NFKC's own,
    combining marks and compatibility characters (①, ㎏) included."""
    alphabet = [
        chr(c) for c in (*range(0x20, 0x7F), *range(0x3000, 0x3040), *range(0xFF00, 0xFFEF))
    ]
    alphabet += [*"星河智能①㎏ﬁ𠮷😀", "\u0301", "\u0308"]  # and past the 16-bit plane
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert nfkc(text) == unicodedata.normalize("NFKC", text)


def test_matching_near_digits_finds_what_finditer_finds() -> None:
    """The number patterns tried only near digits give ``finditer``'s matches, and the
    month check never rules out a text that holds an English date: on random strings of
    figures, currencies, spaces, Chinese units and month words."""
    pieces = [
        *"0123456789０１٣ .,:-$¥€£比月日号亿万%xK\u212a\u017f\n",
        *"US$ HK$ us$ 美元 元 million bn 岁 人 年 Nov Sept. may june 27th st of".split(),
    ]
    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        for pattern, reach in ((_NUMBER, _NUMBER_REACH), (_DATE, 0), (_SCORE, 0)):
            found = [m.span() for m in near_digits(pattern, text, reach)]
            assert found == [m.span() for m in pattern.finditer(text)], (pattern, text)
        if _ENGLISH_DATE.search(text):
            assert _may_name_a_month(text), text
    for text in ("on Nov. 27", "27 SEPT", "\u017fept 5", "3 \u017fep"):  # ſ: a case-blind s
        assert _ENGLISH_DATE.search(text) and _may_name_a_month(text), text
    assert not _may_name_a_month("Orion raises $5 billion on the 27th")


def test_numbers_of_a_long_text_read_as_before() -> None:
    """Figures after long runs of words, a currency and a space before the digits, a
    figure right after a letter (no number), a milestone after a space."""
    text = "word " * 40 + "raised US$ 5 billion, then 破 10亿 in 3月12日; GPT4 scored 3:1."
    assert number_tokens(text) == ["@3-12", "$5e+09", "#1e+09", "^1e+09"]


def test_an_items_tokens_come_back_spelled_as_often_as_they_occur() -> None:
    """What a run stores of an item's terms is its token lists again, repeats and all."""
    from newsdesk.desk._similarity import TermCache

    cache = TermCache()
    once = text_features("Orion ships 大模型")
    twice = text_features("Orion ships Orion again: 大模型 大模型 and Orion-5 beats Orion-4")
    cache.terms(1, once)
    cache.terms(2, twice)
    for item, features in ((1, once), (2, twice)):
        words, names = cache.tokens(item) or ((), ())
        assert sorted(words) == sorted(features.words)
        assert sorted(names) == sorted(features.names)
    assert cache.tokens(3) is None


def test_items_read_alike_are_spelled_alike_and_a_single_token_is_a_tuple() -> None:
    cache = TermCache()
    cache.text_terms(1, "Orion ships Orion-5", "")
    cache.text_terms(2, "Orion ships Orion-5", "")  # a repeated headline: one reading
    cache.text_terms(3, "Orion", "")  # one word (an opener alone is no name), no name
    assert cache.tokens(1) == cache.tokens(2)
    assert cache.tokens(3) == (("orion",), ())


def test_an_items_event_words_stay_those_of_its_first_reading_as_the_run_reads_on() -> None:
    """The open stories' items are read again each day, after new words and names came."""
    cache = TermCache()
    fire = cache.text_terms(1, "北京朝阳一小区发生火灾", "")
    first = cache.event_word_ids(fire).tolist()
    cache.text_terms(2, "京朝阳光计划启动 北京再迎初雪", "")  # new words around the place
    assert cache.event_word_ids(fire).tolist() == first
    fresh = TermCache()  # the same headline read in a run of its own
    alone = fresh.event_word_ids(fresh.text_terms(1, "北京朝阳一小区发生火灾", ""))
    spelled = sorted(cache._word_list[w] for w in first)
    assert spelled == sorted(fresh._word_list[w] for w in alone.tolist())
    assert "京朝" not in spelled and "火灾" in spelled


# --- Chinese headlines: numbers say what they count, names come from the dictionary ----


def test_a_count_keeps_its_measure_word() -> None:
    """12个, 12岁 and 12人 are three claims, not one number three headlines share."""
    counts = [
        number_tokens(t) for t in ("乘客行李藏12个充电宝", "12岁少年夺冠", "洪灾已致12人死亡")
    ]
    assert counts == [["#12个"], ["#12岁"], ["#12人"]]
    assert number_tokens("涉案影片40余部") == ["#40部"]  # "more than 40" still counts films


def test_chinese_numerals_are_values() -> None:
    assert number_tokens("终年八十六岁") == number_tokens("享年86岁") == ["#86岁"]
    assert number_tokens("票房破十亿") == number_tokens("票房破10亿")
    assert number_tokens("第三十九届金鸡奖") == number_tokens("第39届金鸡奖") == ["#39届"]
    assert number_tokens("两万元") == number_tokens("2万元")
    assert number_tokens("千万不要错过") == []  # an adverb, not ten million
    assert number_tokens("一线城市租金下降") == []


def test_a_date_is_one_token_and_a_month_alone_says_when() -> None:
    assert number_tokens("电视剧定档11月25日") == ["@11-25"]
    assert number_tokens("10月新房价格环比下降0.2%") == ["±-0.2"]
    assert number_tokens("2027年医保开始缴费") == []


def test_a_score_is_one_token_whichever_side_reports_it() -> None:
    assert number_tokens("CBA：浙江97比90广东") == number_tokens("广东队客场90:97负于浙江队")
    assert number_tokens("国足 2:1 逆转泰国") == ["=2:1"]
    assert money(number_tokens("CBA：北京88比87上海")) == {"=88:87"}  # it clashes like money


def test_a_magnitude_identifies_its_quake_as_a_score_its_match() -> None:
    assert number_tokens("青原再发4.2级余震") == ["~4.2级"]
    assert money(number_tokens("青原发生 5.3 级地震")) == {"~5.3级"}  # it clashes like money
    assert number_tokens("今天有5级大风") == []  # a strength, not a quake's magnitude


def test_an_english_magnitude_is_the_token_the_chinese_one_gives() -> None:
    """However an English headline writes a quake's magnitude, it is one figure, the same
    as ``6.4级``: the quake's reports in both languages share it, and a report of another
    magnitude clashes with them."""
    chinese = number_tokens("卡塞里发生6.4级地震")
    for title in (
        "Magnitude 6.4 earthquake strikes Kessary",
        "6.4-magnitude quake: what we know so far",
        "Strong magnitude-6.4 quake hits Kessary",
        "A quake of magnitude 6.4 hits Kessary",
        "M6.4 earthquake off Kessary coast",
        "Villages flattened as 6.4 tremor rocks Kessary",
        "Kessary quake measured 6.4 on the Richter scale",
    ):
        assert number_tokens(title) == chinese == ["~6.4级"], title
    assert money(number_tokens("Port Almon feels 4.8 quake")) == {"~4.8级"}


def test_other_figures_beside_a_quake_are_not_its_magnitude() -> None:
    assert number_tokens("Quake toll rises to 41") == ["#41"]  # a count grows
    assert number_tokens("Shares fall 1.5% after quake") == ["#1.5%"]
    assert number_tokens("Earthquake of magnitude 6 strikes") == []  # no decimal: a count


def test_an_english_final_score_is_the_token_the_chinese_one_gives() -> None:
    """A score beside a result's word, before or after it, is one token from either
    side, as ``3比1`` is."""
    chinese = number_tokens("雷文斯3比1击败卡斯尔伯里")
    for title in (
        "Ravens beat Castlebury 3-1 to reach the final",
        "Castlebury lose 1-3 to Ravens",
        "Ravens down Castlebury, 3 - 1",
        "Ravens reach final with 3-1 win over Castlebury",
    ):
        assert number_tokens(title) == chinese == ["=3:1"], title
    assert money(number_tokens("Hollin held to 2-2 draw")) == {"=2:2"}


def test_a_record_a_span_or_a_share_is_no_score() -> None:
    assert not money(number_tokens("Harbour City fire coach after 9-14 start"))
    assert not money(number_tokens("Champion Vukic (31-2) wins again"))
    assert not money(number_tokens("Shares fall 2-3% after the results"))
    assert not money(number_tokens("Rain to fall 10-20 mm overnight"))
    assert not money(number_tokens("Festival runs 16-17 May"))


def test_an_article_body_recounting_other_games_and_quakes_marks_no_figure() -> None:
    """A report's headline states its event's score or magnitude; its body also recounts
    others (last week's game, the quake before), which are no clash with another report."""
    report = text_features(
        "Ravens beat Castlebury 3-1\nLast week the Ravens lost 0-2 to Hollin, days after a"
        " magnitude 5.1 quake shook the city."
    )
    assert money(report.names) == {"=3:1"}


def test_a_milestone_is_stated_besides_its_figure() -> None:
    """票房破10亿 crosses a mark (the event) and states a figure (which a report of
    the same count, 超1.2万台 beside 破1.2万台, shares)."""
    assert number_tokens("票房破10亿") == ["#1e+09", "^1e+09"]
    assert number_tokens("票房突破十亿元") == ["¥1e+09", "^1e+09"]
    assert number_tokens("预订量破1.2万台")[0] == number_tokens("一天超1.2万台")[0] == "#12000台"
    assert money(number_tokens("一天超1.2万台")) == frozenset()
    assert number_tokens("预售破亿") == number_tokens("预售破1亿") == ["#1e+08", "^1e+08"]
    assert number_tokens("下载破千万") == number_tokens("下载破1000万")
    assert number_tokens("市值突破万亿元") == ["¥1e+12", "^1e+12"]


def test_a_rise_or_fall_stated_exactly_is_a_figure_of_its_event() -> None:
    """沪指跌0.8% is that session's close, as an amount is a deal's: a figure two
    reports of one event share and two events differ in (a soft clash, as money)."""
    assert number_tokens("沪指涨1.3%") == number_tokens("沪指收涨1.3%") == ["±+1.3"]
    assert number_tokens("沪指跌0.8% 创业板指跌1.5%") == ["±-0.8", "±-1.5"]
    assert number_tokens("合约价环比上涨18%") != number_tokens("价格下跌18%")
    assert money(number_tokens("首日大涨38.6%")) == {"±+38.6"}
    # an approximate move, or a share that is no move, stays a plain percentage
    assert number_tokens("金价一夜跌超2%") == ["#2%"]
    assert money(number_tokens("营收同比增长50%，毛利率35%")) == frozenset()


def test_a_time_is_not_a_score() -> None:
    assert not money(number_tokens("今晚20:30开播"))
    assert not money(number_tokens("The vote closes at 10:30 after a 2:1 split"))


def test_a_chinese_headline_names_its_people_places_and_new_names() -> None:
    names = set(text_features("表演艺术家程国梁逝世 终年八十六岁").names)
    assert "程国梁" in names  # a person the dictionary does not know
    quake = [text_features(t).names for t in ("新疆阿克苏地区发生5.2级地震", "阿克苏市附近地震")]
    assert all("阿克苏" in names for names in quake)  # a place, with or without its level
    assert "韩沐" in text_features("韩沐演唱会升降台故障").names  # 韩|沐: known characters
    assert "启明" in text_features("启明汽车宣布全系降价").names  # before an organisation suffix


def test_a_remembered_headline_run_gives_the_names_it_gives_when_read_afresh() -> None:
    """Runs of Han characters are segmented once and remembered; a headline whose runs
    were met before (a copy, a hot list's repeat) gets the names a fresh reading gives."""
    headlines = [
        "表演艺术家程国梁逝世 终年八十六岁",
        "韩沐演唱会升降台故障 韩沐工作室致歉",
        "新疆阿克苏地区发生5.2级地震",
        "启明汽车宣布全系降价",
        "沈阳一居民楼起火 消防疏散40余人",
    ]
    chinese._run_names.cache_clear()
    first = [chinese.headline_names(h) for h in headlines]
    again = [chinese.headline_names(h) for h in headlines]
    assert chinese._run_names.cache_info().hits >= len(headlines)
    read = chinese._run_names.__wrapped__
    runs = [chinese._HAN_RUN.findall(h) for h in headlines]
    afresh = [[name for run in runs_of for name in read(run)] for runs_of in runs]
    assert first == again == afresh
    assert "程国梁" in first[0] and first[1].count("韩沐") == 2


def test_the_tag_table_is_the_one_jiebas_tagger_reads() -> None:
    """Grouping reads jieba's dictionary itself rather than importing the tagger; each
    word must get the tag the tagger gives it."""
    from jieba import posseg

    chinese._tag_table.cache_clear()
    assert chinese._tag_table() == _encoded(posseg.dt.word_tag_tab)
    assert chinese._tag("北京") == posseg.dt.word_tag_tab["北京"] == "ns"
    assert chinese._tag("澜星") is None  # a word the dictionary lacks


def _encoded(table: dict[str, str]) -> dict[bytes, bytes]:
    return {word.encode("utf-8"): tag.encode("utf-8") for word, tag in table.items()}


def test_a_dictionary_with_a_line_of_two_fields_is_left_to_the_tagger(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A dictionary that does not split into word, frequency and tag a line is not read
    by the fast way (which would shift every tag after the short line): the tagger's
    own table is used."""
    from jieba import posseg

    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("澜星 3 nz\n顾言 5\n行云 4 nz\n", encoding="utf-8")
    monkeypatch.setattr(jieba.dt, "get_dict_file", lambda: dictionary.open("rb"))
    chinese._tag_table.cache_clear()
    try:
        assert chinese._tag_table() == _encoded(posseg.dt.word_tag_tab)
    finally:
        chinese._tag_table.cache_clear()


def test_a_hashtag_and_its_headline_share_the_name() -> None:
    tag = set(text_features("#顾言工作室声明#").names)
    line = set(text_features("顾言工作室辟谣结婚传闻").names)
    assert "顾言" in tag & line


def test_filler_is_not_a_chinese_name() -> None:
    names = text_features("沈阳一居民楼起火 消防疏散40余人 多地降温 大模型开源").names
    assert not {"余人", "多地", "大模型", "开源"} & set(names)


def test_an_alias_stays_its_entity_key_in_a_chinese_headline() -> None:
    names = text_features("英伟达发布新芯片").names
    assert names.count("nvidia") == 1 and "英伟达" not in names


def test_only_the_headline_is_read_for_chinese_names() -> None:
    """The body's names would cost a segmenter pass over the article; the headline names
    the event's actors."""
    names = text_features("澜星发布新机\n顾言工作室今天也发了声明").names
    assert "澜星" in names and "顾言" not in names


def test_a_hashtag_is_unwrapped_for_the_sentence_vector() -> None:
    assert headline("#雾港定档#") == "雾港定档"
    assert headline("#金价又涨了# 金店排队") == "金价又涨了 金店排队"
    assert headline("Qwen ranks #2 among open models") == "Qwen ranks #2 among open models"


@pytest.mark.parametrize(
    ("title", "how_to"),
    [
        ("保姆级Orion-5教程来了，但我劝你悠着点", True),
        ("Orion-5 浏览器自动化方案，怎么选？", True),
        ("Halo-2 最全上手指南：4 个入口和提示词", True),
        ("How to fine-tune Halo-2 on one GPU", True),
        ("A beginner's guide to retrieval with Orion-5", True),
        ("工信部印发《生成式人工智能服务安全指南》", False),
        ("Guide Dogs Trust tests an AI harness", False),
        ("星河智能发布Orion-5，API降价60%", False),
    ],
)
def test_a_headline_that_teaches_a_product_is_a_how_to(title: str, how_to: bool) -> None:
    assert is_how_to(title) is how_to


@pytest.mark.parametrize(
    ("title", "personal"),
    [
        ("我做出了给播客配图的Orion-5 Skills，效果上大分", True),
        ("我用Halo-2做了个记账App，三天上线", True),
        ("I built a reading agent with Orion-5 in a weekend", True),
        ("星河智能发布Orion-5，我们做了全面测评", False),
        ("我试了Orion-5：长文档很强，代码一般", False),
        ("Xinghe AI made Orion-5 cheaper for everyone", False),
    ],
)
def test_a_headline_presenting_the_writers_own_project_is_told_apart(
    title: str, personal: bool
) -> None:
    assert is_personal_project(title) is personal


@pytest.mark.parametrize(
    ("title", "interview"),
    [
        ("对话星河智能创始人林川：我们只做一件事", True),
        ("燃尽三年重启十天，访谈 Orion 创始人的增长曲线", True),
        ("曾在一线手搓材料，如今他要做AI CTO | 专访某某科技谢某", True),
        ("Halo 与 Orion 合作：药物发现工具接入对话平台", False),
        ("星河智能发布对话模型Orion-5：支持百万上下文", False),
    ],
)
def test_a_chinese_headline_presenting_an_interview_is_told_apart(
    title: str, interview: bool
) -> None:
    assert is_interview(title) is interview
