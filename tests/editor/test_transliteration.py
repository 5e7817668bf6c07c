"""Foreign names in Chinese characters are matched to their Latin spelling by sound."""

from __future__ import annotations

import pytest

from newsdesk.editor._transliteration import transliterates


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        ("巴赫", "Bach"),
        ("约夏", "Joscha"),
        ("哈萨比斯", "Hassabis"),
        ("奥特曼", "Altman"),
        ("爱因斯坦", "Einstein"),
        ("杰弗里", "Geoffrey"),
        ("特朗普", "Trump"),
        ("普雷斯顿", "Preston"),
        ("大卫", "David"),
        ("柏格森", "Bergson"),
        ("柏林", "Berlin"),
        # characters of Xinhua's table the first list lacked (numbers29)
        ("马克龙", "Macron"),
        ("朔尔茨", "Scholz"),
        ("墨索里尼", "Mussolini"),
        ("蓬佩奥", "Pompeo"),
        ("丘奇", "Church"),
        ("瑟琳娜", "Serena"),
        ("黛安娜", "Diana"),
        ("芙蕾雅", "Freya"),
        ("蒲柏", "Pope"),
        ("荷马", "Homer"),
    ],
)
def test_a_transliteration_spells_the_names_consonants(han: str, latin: str) -> None:
    assert transliterates(han, latin)


@pytest.mark.parametrize(
    ("han", "latin", "why"),
    [
        ("巴赫", "Bench", "a consonant too many"),
        ("库内", "LeCun", "the first consonant unwritten"),
        ("摩拜", "marble", "two sounds unwritten"),
        ("爱因斯坦", "seed", "one opens with a vowel, the other not"),
        ("约夏", "yes", "too short a word to tell"),
        ("京大", "Shield", "京 of 北京 is left out of the table"),
        ("紫光", "Zikuang", "a character that is no transliteration"),
        ("大卫", "Davids", "a final d unwritten, then another sound"),
        ("大卫", "Dawn", "a final n is no d or t"),
        ("罗比", "Robert", "a final t and an r both unwritten"),
    ],
)
def test_other_names_and_words_do_not_match(han: str, latin: str, why: str) -> None:
    assert not transliterates(han, latin), why
