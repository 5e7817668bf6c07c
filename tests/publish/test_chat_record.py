"""A chat message leaves a story's record (who reported it, when) to the digest's page,
and carries it when there is no page: a reader of the message would otherwise learn of
one link and never of the other reports.  Every text here is fictional."""

from __future__ import annotations

from dataclasses import replace

import pytest
from webhook_helpers import digest, edition, story

from newsdesk.model import Digest
from newsdesk.publish._chat import _DingTalk, _Discord, _Feishu, _Format, _Slack, _WeCom
from newsdesk.publish.telegram import message_blocks

POINT = "据科技前沿，新资金将用于扩建苏州算力中心。"
RECORD = (
    "来自 3 个来源：科技前沿、硅基日报、聚合快讯。",
    "最早报道于 2026-05-14 09:30（北京时间）。",
)


def with_record() -> Digest:
    return digest([replace(story(1), insights=(POINT, *RECORD)), story(2)])


def told(texts: list[str]) -> str:
    return "\n".join(texts)


FORMATS: list[type[_Format]] = [_Feishu, _DingTalk, _WeCom, _Slack, _Discord]


@pytest.mark.parametrize("kind", FORMATS, ids=lambda kind: kind.name)
def test_a_chat_message_without_a_page_tells_who_reported_the_story(
    kind: type[_Format],
) -> None:
    text = told(kind("", float).draw(edition(with_record(), page="")))
    assert "来自 3 个来源：科技前沿、硅基日报、聚合快讯" in text
    assert "最早报道于 2026-05-14 09:30" in text


@pytest.mark.parametrize("kind", FORMATS, ids=lambda kind: kind.name)
def test_a_chat_message_leaves_the_record_to_the_page(kind: type[_Format]) -> None:
    text = told(kind("", float).draw(edition(with_record())))
    assert "媒体报道" not in text
    assert "新资金将用于扩建苏州算力中心" in text  # the analysis stays


def test_telegram_tells_the_record_only_when_there_is_no_page() -> None:
    without_page = told(message_blocks(edition(with_record(), page="")))
    assert (
        "来自 3 个来源：科技前沿、硅基日报、聚合快讯。最早报道于 2026-05-14 09:30（北京时间）。"
        in (without_page)
    )
    with_page = told(message_blocks(edition(with_record())))
    assert "媒体报道" not in with_page and POINT in with_page
