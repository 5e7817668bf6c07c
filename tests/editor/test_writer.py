"""The writer against a chat-completions server on 127.0.0.1 with scripted replies, and
the verifier's policy on what it writes."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
from chat_server import ChatServer, MemoryCache, Scripted, answer, failure
from editor_helpers import DAY, LUMINA_EN, LUMINA_ZH, brief, story

from newsdesk.config import LLMSettings, WriteSettings
from newsdesk.editor import (
    ChatClient,
    ReplyCache,
    StoryBrief,
    Verifier,
    Writer,
    draft_digest,
    verify_written,
    write_digest,
)
from newsdesk.editor._writer import prompt
from newsdesk.model import ClaimKind, Digest

CATEGORIES = {"business": "资本与商业"}
GOOD_STORY = {
    "headline": "光年智能获 12 亿元 B 轮融资",
    "summary": "光年智能完成 12 亿元人民币 B 轮融资，星河资本领投。资金将用于扩建苏州的算力中心。",
    "insights": ["国内模型公司仍能拿到大额融资。", "算力中心是这笔资金的主要去向。"],
    "impact": "",
}
DAY_REPLY = {
    "title": "光年智能获 12 亿元融资",
    "bullets": ["光年智能完成 12 亿元 B 轮融资"],
    "sections": [{"title": "资本动向", "stories": [1]}],
    "tags": ["AI", "融资"],
    "seo": ["光年智能"],
}
MORE_REPLY = {"lines": [{"story": 1, "text": "Lumina 完成 Series B，Galaxy Capital 领投。"}]}
#: A story reply with an invented number, an invented company and an invented link.
INVENTED = {
    **GOOD_STORY,
    "summary": (
        "光年智能完成 12 亿元人民币 B 轮融资，星河资本领投。"
        "公司估值达到 80 亿元。"
        "红杉资本也参与了本轮投资。"
        "详情见 https://rumours.example.org/lumina 。"
    ),
}


def reply(data: dict[str, object], tokens_in: int = 900, tokens_out: int = 200) -> Scripted:
    return answer(json.dumps(data, ensure_ascii=False), tokens_in=tokens_in, tokens_out=tokens_out)


@pytest.fixture
def chat() -> Iterator[ChatServer]:
    with ChatServer() as running:
        yield running


def settings(chat: ChatServer, **changes: object) -> LLMSettings:
    """One request at a time, so the scripted replies answer the calls in order."""
    values: dict[str, object] = {
        "base_url": chat.base_url, "model": "test-model", "timeout": 2, "retries": 0,
        "concurrency": 1,
    }  # fmt: skip
    return LLMSettings.model_validate(values | changes)


def write(
    llm: LLMSettings | None,
    lead: list[StoryBrief],
    more: list[StoryBrief],
    *,
    cache: ReplyCache | None = None,
    policy: str = "repair",
    categories: dict[str, str] = CATEGORIES,
) -> Digest:
    """Write and verify one digest in one event loop, as the write stage does."""

    async def go() -> Digest:
        client = ChatClient(llm, "sk-test", cache) if llm is not None else None
        try:
            writer = Writer(client, WriteSettings(), "zh", categories)
            verifier = Verifier({b.story_id: b for b in lead + more}, "zh", ["AI 日报", "AI"])
            return await write_digest(
                writer, lead, more, name="ai-ribao", day=DAY, digest_title="AI 日报",
                major_names=["Lumina"], verifier=verifier, policy=policy,
            )  # fmt: skip
        finally:
            if client is not None:
                await client.aclose()

    return asyncio.run(go())


def other_story() -> StoryBrief:
    english = replace(LUMINA_EN, url="https://wire.example.com/other", title="Other news")
    return brief((english,), the_story=story("s-other", "Other news", languages=("en",)))


def test_good_replies_make_the_whole_digest(chat: ChatServer) -> None:
    chat.script(reply(GOOD_STORY), reply(MORE_REPLY), reply(DAY_REPLY))
    digest = write(settings(chat), [brief()], [other_story()])
    entry = digest.entries[0]
    assert (entry.headline, entry.written_by) == (GOOD_STORY["headline"], "llm")
    assert entry.url == LUMINA_ZH.url
    assert digest.title == DAY_REPLY["title"]
    assert [s.title for s in digest.sections] == ["资本动向"]
    assert digest.more[0].text == MORE_REPLY["lines"][0]["text"]  # type: ignore[index]
    assert digest.verification.clean, digest.verification.issues
    assert digest.usage.requests == 3 and digest.usage.tokens_in == 2700
    assert not digest.fallbacks


def test_the_story_prompt_holds_the_reports_and_asks_for_json(chat: ChatServer) -> None:
    chat.script(reply(GOOD_STORY), reply(DAY_REPLY))
    write(settings(chat), [brief()], [])
    prompt = chat.bodies[0]["messages"][1]["content"]
    assert LUMINA_ZH.url in prompt and LUMINA_EN.url in prompt
    assert "Galaxy Capital" in prompt  # the other language's report is used, not skipped
    assert "mirror.example.net" not in prompt  # a copy adds nothing
    assert "JSON" in chat.bodies[0]["messages"][0]["content"]


def test_a_story_invalid_twice_falls_back_to_the_offline_editor(chat: ChatServer) -> None:
    chat.script(answer("not json"), answer("still not json"), reply(DAY_REPLY))
    digest = write(settings(chat), [brief()], [])
    entry = digest.entries[0]
    assert entry.written_by == "offline" and entry.headline == LUMINA_ZH.title
    assert digest.fallbacks[0].startswith("story “光年智能完成 12 亿元 B 轮融资”: ")
    assert digest.fallbacks[0].endswith("; written offline")


def test_invented_number_company_and_link_are_caught_and_dropped(chat: ChatServer) -> None:
    chat.script(reply(INVENTED), reply(DAY_REPLY))
    digest = write(settings(chat), [brief()], [], policy="drop")
    found = {(i.claim.kind, i.action) for i in digest.verification.issues}
    claims = {i.claim.text for i in digest.verification.issues}
    assert found == {
        (ClaimKind.NUMBER, "dropped"), (ClaimKind.NAME, "dropped"), (ClaimKind.LINK, "dropped")
    }  # fmt: skip
    assert any("80" in c for c in claims) and any("红杉" in c for c in claims)
    summary = digest.entries[0].summary
    assert "80 亿" not in summary and "红杉" not in summary and "rumours" not in summary
    assert "星河资本领投" in summary  # the supported sentence stays


def test_repair_rewrites_the_entry_once_then_reverifies(chat: ChatServer) -> None:
    chat.script(reply(INVENTED), reply(GOOD_STORY), reply(DAY_REPLY))
    digest = write(settings(chat), [brief()], [], policy="repair")
    assert {i.action for i in digest.verification.issues} == {"repaired"}
    assert (digest.verification.rewritten, digest.verification.repaired) == (1, 3)
    assert digest.entries[0].summary == GOOD_STORY["summary"]
    assert digest.title == DAY_REPLY["title"]
    repair_prompt = chat.bodies[1]["messages"][1]["content"]
    assert "80 亿元" in repair_prompt or "80亿元" in repair_prompt


def test_a_repair_that_still_invents_is_dropped(chat: ChatServer) -> None:
    chat.script(reply(INVENTED), reply(INVENTED), reply(DAY_REPLY))
    digest = write(settings(chat), [brief()], [], policy="repair")
    assert {i.action for i in digest.verification.issues} == {"dropped"}
    assert (digest.verification.rewritten, digest.verification.repaired) == (1, 0)
    assert "红杉" not in digest.entries[0].summary


def test_an_unchanged_rerun_costs_no_calls(chat: ChatServer) -> None:
    cache = MemoryCache()
    chat.script(reply(GOOD_STORY), reply(MORE_REPLY), reply(DAY_REPLY))
    first = write(settings(chat), [brief()], [other_story()], cache=cache)
    again = write(settings(chat), [brief()], [other_story()], cache=cache)
    assert len(chat.requests) == 3
    assert again.usage.requests == 0 and len(again.usage.calls) == 3
    assert again.entries == first.entries and again.more == first.more


def test_a_spent_budget_writes_the_rest_offline_and_says_so(chat: ChatServer) -> None:
    second = brief(the_story=story("s-second", LUMINA_ZH.title))
    chat.script(reply(GOOD_STORY, tokens_in=900, tokens_out=200))
    digest = write(settings(chat, budget_tokens=1000), [brief(), second], [])
    assert [e.written_by for e in digest.entries] == ["llm", "offline"]
    assert digest.usage.budget_exhausted
    assert any("budget" in f for f in digest.fallbacks)
    assert len(chat.requests) == 1


def test_without_a_client_everything_is_offline_and_verified_clean() -> None:
    digest = write(None, [brief()], [other_story()])
    assert {e.written_by for e in digest.entries} == {"offline"}
    assert digest.usage.requests == 0
    assert digest.verification.clean, digest.verification.issues


def test_a_failed_repair_keeps_the_entry_and_says_its_sentences_were_dropped(
    chat: ChatServer,
) -> None:
    chat.script(reply(INVENTED), failure(400, "bad request"))
    digest = write(settings(chat), [brief()], [], policy="repair")
    assert digest.entries[0].written_by == "llm"
    assert "红杉" not in digest.entries[0].summary
    assert any(
        f.startswith("repair of story") and f.endswith("unsupported sentences were dropped instead")
        for f in digest.fallbacks
    )


def test_a_dead_endpoint_is_given_up_after_three_failures(chat: ChatServer) -> None:
    stories = [brief(the_story=story(f"s{n}", LUMINA_ZH.title)) for n in range(6)]
    chat.script(*[failure(503, "down")] * 10)
    digest = write(settings(chat), stories, [])
    assert len(chat.requests) == 3  # then no further calls this run
    assert {e.written_by for e in digest.entries} == {"offline"}
    assert len(digest.fallbacks) == 4  # the three that failed, then one line for the rest
    assert digest.fallbacks[-1].startswith("the LLM was not asked for 3 more parts (story “")
    assert digest.fallbacks[-1].endswith("(no further LLM calls this run)")


def test_the_story_call_also_chooses_a_category_from_the_taxonomy(chat: ChatServer) -> None:
    """No extra call: the story prompt lists the digest's category keys, and a key the
    model answers with becomes the entry's category."""
    chat.script(reply({**GOOD_STORY, "category": "compute"}), reply(DAY_REPLY))
    names = {"business": "资本与商业", "compute": "芯片与算力"}
    digest = write(settings(chat), [brief()], [], categories=names)
    prompt = chat.bodies[0]["messages"][1]["content"]
    assert "- business: 资本与商业" in prompt and "- compute: 芯片与算力" in prompt
    assert digest.entries[0].category == "compute"
    assert len(chat.bodies) == 2  # the story and the day


@pytest.mark.parametrize("answered", ["芯片与算力", "hardware", ""])
def test_a_category_outside_the_taxonomy_leaves_the_desks(chat: ChatServer, answered: str) -> None:
    chat.script(reply({**GOOD_STORY, "category": answered}), reply(DAY_REPLY))
    names = {"business": "资本与商业", "compute": "芯片与算力"}
    digest = write(settings(chat), [brief()], [], categories=names)
    assert digest.entries[0].category == "business"


# -- what real models write -----------------------------------------------------------


def test_a_reply_naming_its_fields_otherwise_is_used_without_repair(chat: ChatServer) -> None:
    other_names = {
        "title": GOOD_STORY["headline"],
        "content": GOOD_STORY["summary"],
        "analysis": GOOD_STORY["insights"],
    }
    chat.script(reply(other_names), reply(DAY_REPLY))
    digest = write(settings(chat), [brief()], [])
    entry = digest.entries[0]
    assert (entry.written_by, entry.headline) == ("llm", GOOD_STORY["headline"])
    assert len(chat.requests) == 2  # the story and the day: no repair


def test_repeated_insights_count_once(chat: ChatServer) -> None:
    insights = [*GOOD_STORY["insights"], GOOD_STORY["insights"][0]]  # type: ignore[misc]
    chat.script(reply({**GOOD_STORY, "insights": insights}), reply(DAY_REPLY))
    digest = write(settings(chat), [brief()], [])
    assert list(digest.entries[0].insights) == GOOD_STORY["insights"]


def test_the_prompts_instructions_written_back_make_the_entry_offline_saying_why(
    chat: ChatServer,
) -> None:
    echoed = {**GOOD_STORY, "headline": "每个字段都用中文写", "insights": ["深度解读，每条一句话"]}
    chat.script(reply(echoed))
    digest = write(settings(chat), [brief()], [])
    assert digest.entries[0].written_by == "offline"
    assert digest.fallbacks == (
        "story “光年智能完成 12 亿元 B 轮融资”: its headline repeats the prompt "
        "('每个字段都用中文写'); written offline",
    )
    assert len(chat.requests) == 1  # no LLM entry left: the day is written offline


@pytest.mark.parametrize("headline", ["a headline of at most 14 words", "30-word Chinese headline"])
def test_an_instruction_echoed_in_the_other_language_is_caught_too(
    chat: ChatServer, headline: str
) -> None:
    chat.script(reply({**GOOD_STORY, "headline": headline}))
    digest = write(settings(chat), [brief()], [])
    assert digest.entries[0].written_by == "offline"


def test_an_impact_line_repeating_the_prompt_is_left_out(chat: ChatServer) -> None:
    chat.script(
        reply({**GOOD_STORY, "impact": "可选：一句话说明影响，没有就留空"}), reply(DAY_REPLY)
    )
    digest = write(settings(chat), [brief()], [])
    assert (digest.entries[0].written_by, digest.entries[0].impact) == ("llm", "")


def test_an_entry_in_the_wrong_language_is_written_offline(chat: ChatServer) -> None:
    english = {
        "headline": "Lumina raises 1.2 billion yuan",
        "summary": "Lumina raised 1.2 billion yuan in a Series B round led by Galaxy Capital.",
        "insights": ["The money will expand its Suzhou compute centre."],
    }
    chat.script(reply(english))
    digest = write(settings(chat), [brief()], [])
    assert digest.entries[0].written_by == "offline"
    assert "not written in the digest's language" in digest.fallbacks[0]


def test_an_entry_whose_insight_repeats_its_summary_is_written_offline(chat: ChatServer) -> None:
    chat.script(
        reply({**GOOD_STORY, "insights": ["光年智能完成 12 亿元人民币 B 轮融资，星河资本领投。"]})
    )
    digest = write(settings(chat), [brief()], [])
    assert digest.entries[0].written_by == "offline"
    assert "insight 1 is empty or repeats" in digest.fallbacks[0]


def test_an_entry_left_without_insights_by_the_verifier_is_written_offline(
    chat: ChatServer,
) -> None:
    invented = {**GOOD_STORY, "insights": ["红杉资本将追加 30 亿元投资。"]}
    chat.script(reply(invented))
    digest = write(settings(chat), [brief()], [], policy="drop")
    assert digest.entries[0].written_by == "offline"
    assert "no insight left after verification" in digest.fallbacks[0]
    assert {i.action for i in digest.verification.issues} == {"dropped"}  # still reported


def test_the_day_is_written_from_the_verified_entries_not_the_drafts(chat: ChatServer) -> None:
    invented_headline = {**GOOD_STORY, "headline": "光年智能估值达 80 亿元"}
    chat.script(reply(invented_headline), reply(DAY_REPLY))
    digest = write(settings(chat), [brief()], [], policy="drop")
    day_prompt = chat.bodies[1]["messages"][1]["content"]
    assert "80 亿元" not in day_prompt
    assert digest.entries[0].headline in day_prompt


def test_day_texts_are_verified_after_they_are_written(chat: ChatServer) -> None:
    invented_bullet = {
        **DAY_REPLY,
        "bullets": ["光年智能估值达 80 亿元", "光年智能完成 12 亿元 B 轮融资"],
    }
    chat.script(reply(GOOD_STORY), reply(invented_bullet))
    digest = write(settings(chat), [brief()], [], policy="drop")
    assert digest.bullets == ("光年智能完成 12 亿元 B 轮融资",)
    assert [i.where for i in digest.verification.issues] == ["day bullet 1"]


def test_an_unchanged_rerun_after_unusable_replies_costs_no_calls(chat: ChatServer) -> None:
    cache = MemoryCache()
    chat.script(answer("not json"), answer("still not json"), answer("{}"), answer("{}"))
    first = write(settings(chat), [brief()], [other_story()], cache=cache)
    again = write(settings(chat), [brief()], [other_story()], cache=cache)
    assert len(chat.requests) == 4  # story and its repair, more and its repair
    assert again.usage.requests == 0 and again.entries == first.entries
    assert [c.outcome for c in again.usage.calls] == ["failed before", "failed before"]


@pytest.mark.parametrize("name", ["story", "day", "more"])
@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_reply_skeleton_of_each_prompt_holds_no_text_a_model_could_copy(
    name: str, language: str
) -> None:
    """Small models copy a placeholder such as "a headline of at most 14 words" into the
    reply; an empty skeleton copied fails validation and is repaired instead."""
    template = prompt(name, language).user.template
    skeleton = json.loads(template[template.rindex("\n{") + 1 :])

    def strings(node: object) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, dict):
            return [s for v in node.values() for s in strings(v)]
        if isinstance(node, list):
            return [s for v in node for s in strings(v)]
        return []

    assert set(strings(skeleton)) == {""}


def test_a_draft_leaves_the_days_parts_to_verification(chat: ChatServer) -> None:
    """draft_digest writes the entries and the more lines; verify_written checks the
    entries, then writes the day's title and sections from them, then checks those."""
    chat.script(reply(GOOD_STORY), reply(MORE_REPLY), reply(DAY_REPLY))
    lead, more = [brief()], [other_story()]

    async def go() -> tuple[Digest, Digest]:
        async with ChatClient(settings(chat), "sk-test") as client:
            writer = Writer(client, WriteSettings(), "zh", CATEGORIES)
            draft = await draft_digest(writer, lead, more, name="ai-ribao", day=DAY)
            verifier = Verifier({b.story_id: b for b in lead + more}, "zh", ["AI 日报", "AI"])
            done = await verify_written(
                draft, writer, verifier, digest_title="AI 日报", major_names=[]
            )
            return draft, done

    draft, done = asyncio.run(go())
    assert (draft.title, draft.bullets, len(draft.more)) == ("", (), 1)
    assert [s.title for s in draft.sections] == [""]
    assert done.title == DAY_REPLY["title"] and [s.title for s in done.sections] == ["资本动向"]
    assert done.verification.claims > 0
