"""A digest whose stories no report tells in its language, written offline: the reader
is told once, at the top, not under every headline, and the run says why and what fixes
it.  The writer never translates, so each entry keeps its original headline and link."""

from __future__ import annotations

import asyncio

from editor_helpers import LUMINA_EN, MORNING, brief, report, story

from newsdesk.config import WriteSettings
from newsdesk.editor import StoryBrief, Verifier, Writer, write_digest
from newsdesk.model import Digest

NOTE = "Reported only in Chinese so far; the headline links the original."


def chinese_only(n: int) -> StoryBrief:
    """A story that only one Chinese report tells."""
    told = report(
        f"星河机器人发布第 {n} 代机械臂",
        f"星河机器人今日发布第 {n} 代机械臂，售价 {n * 10} 万元，面向汽车工厂。",
        hours=n,
        source=f"robot{n}",
    )
    return brief((told,), the_story=story(f"s-robot{n}", told.title, languages=("zh",)))


def english_story() -> StoryBrief:
    return brief((LUMINA_EN,), the_story=story("s-en", LUMINA_EN.title, languages=("en",)))


def english_digest(lead: list[StoryBrief], more: list[StoryBrief] = ()) -> Digest:
    """The lead and more news written offline into an English digest and verified, as
    the write stage does with no LLM configured."""

    async def go() -> Digest:
        writer = Writer(None, WriteSettings(), "en", {"business": "Funding & business"})
        briefs = {b.story_id: b for b in [*lead, *more]}
        verifier = Verifier(briefs, "en", ["AI Daily", "AI"])
        return await write_digest(
            writer, lead, list(more), name="ai-daily", day=MORNING.date(),
            digest_title="AI Daily", major_names=[], verifier=verifier,
        )  # fmt: skip

    return asyncio.run(go())


def test_a_day_told_only_in_chinese_says_so_once_at_the_top_and_in_the_run() -> None:
    digest = english_digest([chinese_only(1), chinese_only(2), chinese_only(3)])
    assert digest.notice == (
        "All 3 stories below were reported only in Chinese so far, and this digest is "
        "written without translation: each headline links its original."
    )
    assert [e.summary for e in digest.entries] == ["", "", ""]
    assert all(e.headline.startswith("星河机器人") for e in digest.entries)
    assert digest.title == "AI Daily: 3 stories reported only in Chinese"
    assert digest.verification.clean, digest.verification.issues
    assert digest.fallbacks == (
        "3 of 3 stories have no report in English and the offline editor does not "
        "translate: their entries keep the original headlines (set llm.base_url to have "
        "them written in English)",
    )


def test_a_mixed_day_names_how_many_of_its_stories_are_told_only_in_another_language() -> None:
    digest = english_digest([english_story(), chinese_only(1), chinese_only(2)])
    assert digest.notice == (
        "2 of the 3 stories below were reported only in Chinese so far, and this digest is "
        "written without translation: their headlines link the originals."
    )
    told, *untold = digest.entries
    assert told.summary.startswith("Lumina") and [e.summary for e in untold] == ["", ""]
    assert not digest.title.startswith("星河")


def test_one_story_told_only_in_chinese_keeps_its_own_line() -> None:
    digest = english_digest([english_story(), chinese_only(1)])
    assert digest.notice == "" and digest.fallbacks == ()
    assert digest.entries[1].summary == NOTE


def test_a_story_with_an_english_report_is_never_counted() -> None:
    """The demo's usual day: a story told in both languages has its English summary."""
    digest = english_digest([english_story(), brief()])
    assert digest.notice == "" and "" not in [e.summary for e in digest.entries]


def test_more_news_told_only_in_chinese_is_shown_and_counted_as_the_leads_stories_are() -> None:
    """More news keeps a story no English report tells (selection puts it there only when
    no English one is left): its original headline, linked, counted by the one notice,
    never dropped from the digest, whose notice would otherwise count fewer stories
    than the reader sees."""
    digest = english_digest([english_story(), chinese_only(1)], [chinese_only(2)])
    assert [(m.story_id, m.text, m.detail) for m in digest.more] == [
        ("s-robot2", "星河机器人发布第 2 代机械臂", "")
    ]
    assert digest.notice == (
        "2 of the 3 stories below were reported only in Chinese so far, and this digest is "
        "written without translation: their headlines link the originals."
    )
    assert digest.entries[1].summary == ""
    assert digest.verification.clean, digest.verification.issues


def test_one_more_news_story_told_only_in_chinese_says_so_on_its_line() -> None:
    digest = english_digest([english_story()], [chinese_only(1)])
    assert digest.notice == ""
    assert [(m.text, m.detail) for m in digest.more] == [("星河机器人发布第 1 代机械臂", NOTE)]
    assert digest.verification.clean, digest.verification.issues
