"""The verifier on a foreign name the text writes in other transliteration characters
than the sources (奥特曼 for 奥尔特曼, 约沙 for 约夏): Chinese outlets transliterate the same
name differently, bending vowels and leaving an r out, as they do from the Latin name.
The two spellings are one name when their consonants align (the 尔 of one may be missing
from the other) and they share their first or last character; another name of like
consonants, or one whose consonants differ, is still flagged.

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

TALK = "研究员约夏·巴赫与经济学家卡尔德隆在会上发言。"
CASES = [
    ("the same spelling", TALK, "约夏·巴赫在会上发言。", None),
    ("another vowel for the given name", TALK, "约沙·巴赫在会上发言。", None),
    ("another vowel for the surname", TALK, "约夏·贝赫在会上发言。", None),
    ("an r left out", TALK, "卡德隆在会上发言。", None),
    ("another consonant", TALK, "约夏·巴克在会上发言。", "巴克"),
    # jieba's dictionary tags 克林顿 nr, not as a transliteration: still a person's name.
    ("another name", TALK, "克林顿在会上发言。", "克林顿"),
    ("another name of like sounds", TALK, "奥尔德森在会上发言。", "奥尔德森"),
    # The alias table's names are spelled as the table spells them: both of Altman's.
    ("a table name's other spelling", "萨姆·奥尔特曼出席了发布会。", "奥特曼出席了发布会。", None),
    ("a table name's third spelling", "奥特曼出席了发布会。", "阿尔特曼出席了发布会。", None),
    ("another table name", "奥特曼出席了发布会。", "马斯克出席了发布会。", "马斯克"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_respelled_names(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
