"""Chinese names in pinyin: which spellings of the sources' names the verifier accepts."""

from __future__ import annotations

from newsdesk.editor._pinyin import latin_key, romanisations, romanised_words

LINGBO = ("杭州灵波科技开源了世界模型。",)


def test_a_name_is_spelled_whole_and_without_its_suffix() -> None:
    spelled = romanisations(LINGBO)
    assert {"lingbokeji", "lingbo", "hangzhou"} <= spelled


def test_a_character_is_read_any_of_its_ways() -> None:
    assert {"chongqing", "zhongqing"} <= romanisations(("重庆银行发布了年报。",))


def test_u_umlaut_is_written_u_or_yu() -> None:
    spelled = romanisations(("吕伟表示同意。",))
    assert {"luwei", "lyuwei"} <= spelled
    assert latin_key("Lü Wei") == "luwei"


def test_words_of_a_phrase_that_spell_a_name_together() -> None:
    assert romanised_words("Ling Bo Technology", LINGBO) == {"ling", "bo"}
    assert romanised_words("Lingyun Technology", LINGBO) == frozenset()


def test_no_character_pair_that_is_not_a_name() -> None:
    assert "shijie" not in romanisations(LINGBO)  # 世界: a word, not a name


def test_a_rare_word_or_one_cut_character_by_character_is_read_as_a_name() -> None:
    """jieba tags 飞书 an ordinary noun and cuts an unknown 岚芯 into characters."""
    assert "feishu" in romanisations(("用户可通过飞书下达指令。",))
    assert "lanxin" in romanisations(("岚芯发布了新工具。",))
    assert "yonghu" not in romanisations(("用户可通过飞书下达指令。",))  # 用户: a common word
