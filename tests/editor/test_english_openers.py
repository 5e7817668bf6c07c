"""The verifier on everyday English words opening a sentence (issue 11: English entries
written from Chinese items read "Traditional", "Teenagers", "Blind" as names no source
holds).

A capitalised first word is an everyday word, not a name, when English writes it often
(``wordfreq``'s list) and not capitalised by habit (the encoder tokenizer's vocabulary),
and no table names it.  Everything else keeps being checked: invented names, names that
are also common words (the alias table's, those English capitalises: Smith, Claude),
pinyin, names of several words, any Latin word in Chinese prose, and a common word used
as a name anywhere but a sentence's start.

Each row is a source and a text a writer made from it (the sentences are ours).
``wrong`` is the claim that must be flagged, as the verifier writes it, or None when the
text states nothing the source lacks.  ``KNOWN_GAPS`` are rows the verifier still gets
wrong; each says why, and each must start passing the day it is fixed.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

from newsdesk.editor._common_words import everyday_opener
from newsdesk.editor._numbers import weekdays_in
from newsdesk.editor._openers import imperative_or_gerund
from newsdesk.editor._pinyin_syllables import _SYLLABLES
from processes import PRINT_MODULES, modules_printed

TUTOR = "Lumio 推出一款 AI 答疑平板，面向中学生，由张伟团队研发。"
META = "Meta 推出一款 AI 答疑平板，面向中学生。"
AGENT = "Anthropic发布企业级Agent平台，面向开发者。"
CASES = [
    # Everyday adjectives, nouns and compounds opening an English sentence: no name.
    ("an adjective", TUTOR, "Traditional tablets cannot answer questions; Lumio's can.", None),
    ("a plural noun", TUTOR, "Teenagers use Lumio's AI tablet for homework.", None),
    ("an adverb", TUTOR, "Overseas students can use Lumio's AI tablet too.", None),
    ("an adjective before its noun", TUTOR, "Blind practice wastes time, Lumio argues.", None),
    ("a noun before its verb", TUTOR, "Setup takes a minute on Lumio's AI tablet.", None),
    ("a compound", TUTOR, "Hands-on, Lumio's AI tablet feels quick.", None),
    ("a word that spells syllables", TUTOR, "Data from Lumio's AI tablet stay local.", None),
    # Invented names, and names that are also frequent words, stay checked at the start.
    ("an invented name", TUTOR, "Zentrix makes an AI tablet for students.", "Zentrix"),
    ("an invented compound", TUTOR, "Zentrix-style tablets answer questions.", "Zentrix-style"),
    ("a surname English capitalises", TUTOR, "Smith built Lumio's AI tablet.", "Smith"),
    ("a pinyin surname", TUTOR, "Li built Lumio's AI tablet.", "Li"),
    ("a table name swapped", META, "Apple launched an AI tablet for students.", "Apple"),
    ("a table name kept", META, "Meta launched an AI tablet for students.", None),
    ("a maker's product", TUTOR, "Claude answers questions on Lumio's tablet.", "Claude"),
    ("another maker's product", TUTOR, "Gemini answers questions on Lumio's tablet.", "Gemini"),
    ("a rare brand", TUTOR, "Windsurf makes an AI tablet for students.", "Windsurf"),
    ("a frequent word the table names", TUTOR, "Reddit makes an AI tablet for students.", "Reddit"),
    # A name of several words, whose first is an everyday word, is checked whole.
    ("a name of two words", TUTOR, "Traditional Labs makes an AI tablet.", "Traditional Labs"),
    # A common-word brand anywhere but the start of an English sentence stays a name.
    ("a common word as a name inside", TUTOR, "Lumio's AI tablet beats Notion on price.", "Notion"),
    ("a common word opening Chinese prose", TUTOR, "Notion 推出一款 AI 答疑平板。", "Notion"),
    ("a Latin word in Chinese prose", AGENT, "Anthropic发布企业级Agent平台More。", "More"),
    # A common word before a verb of a company's news is a name (review17b's row; eng25).
    ("a field's word as a company", "公司完成融资。", "Vision raised funds.", "Vision"),
]

KNOWN_GAPS = [
    # A brand or company that is a frequent word, lower-case by habit and in no table, has
    # the shape of an everyday opener: at a sentence's start nothing tells them apart
    # before a verb that is not one of a company's news ("makes", not "raised").
    ("a common-word brand opening", TUTOR, "Notion makes an AI tablet for students.", "Notion"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_english_openers(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@pytest.mark.xfail(strict=True, reason="known gaps: see KNOWN_GAPS")
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in KNOWN_GAPS], ids=[c[0] for c in KNOWN_GAPS]
)
def test_english_openers_known_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@pytest.mark.parametrize(
    ("word", "everyday"),
    [
        ("Traditional", True),
        ("Blind", True),
        ("Hands-on", True),
        ("Zentrix", False),  # listed nowhere
        ("Cursor", False),  # under the frequency cut
        ("Preston", False),  # capitalised by habit
        ("Apple", False),  # the alias table's
        ("Gemini", False),  # a product the table's makers make
        ("Long", False),  # one pinyin syllable: a surname's shape
        ("Data", True),  # a run of syllables (da-ta) many English words spell
        ("HBM", False),  # no capitalised word
    ],
)
def test_everyday_opener(word: str, everyday: bool) -> None:
    assert everyday_opener(word) is everyday


def test_the_written_out_syllables_are_pypinyins_readings() -> None:
    """The table is written out so that a run need not import pypinyin for it; it must
    stay what pypinyin reads every character as (consonant initials, toneless, ü as v)."""
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.pinyin_dict import pinyin_dict

    every = {
        to_normal(reading).replace("ü", "v")
        for readings in pinyin_dict.values()
        for reading in readings.split(",")
    }
    derived = {s for s in every if s[0] not in "aeiou" and s not in {"ng", "m", "n", "hm"}}
    assert derived == _SYLLABLES


def test_checking_english_openers_loads_no_pinyin_dictionary() -> None:
    loaded = modules_printed(
        "from newsdesk.editor._common_words import everyday_opener\n"
        "from newsdesk.editor._openers import imperative_or_gerund\n"
        "assert everyday_opener('Traditional') and not everyday_opener('Long')\n"
        "assert not imperative_or_gerund('Beijing', ' wants more')\n"
        f"{PRINT_MODULES}"
    )
    assert {"sentencepiece", "wordfreq"} <= loaded
    assert "pypinyin" not in loaded


@pytest.mark.parametrize("day", ["Monday", "Wednesday", "Sunday"])
def test_a_name_told_with_any_day_is_no_gerund(day: str) -> None:
    """The days an opener is told with are the days the claims reader compares: one list,
    so a day the verifier knows never makes "Boeing on Sunday said" read as a gerund."""
    assert weekdays_in(day)
    assert not imperative_or_gerund("Boeing", f" on {day} said it would deliver")
    assert imperative_or_gerund("Beginning", f" on {day}, the app charges")
