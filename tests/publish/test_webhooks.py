"""Chat webhooks: each service's message shape, signing, size limits, splitting between
stories, escaping of hostile feed text and errors a user can act on — against a local
server that records every request."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler
from urllib.parse import quote_plus
from zoneinfo import ZoneInfo

import httpx
import pytest
from webhook_helpers import (
    KINDS,
    LABEL,
    PAGE,
    TOKEN,
    Hook,
    channel,
    digest,
    edition,
    hostile,
    long_summary,
    ok,
    story,
    targets,
    text_of,
)

from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.model import work_error_phrase
from newsdesk.publish import OutcomeUnknown, PublishError
from newsdesk.publish._chat import (
    DINGTALK_BODY_BYTES,
    DISCORD_CONTENT_CHARS,
    FEISHU_BODY_BYTES,
    INSIGHT_STORIES,
    SLACK_HEADER_CHARS,
    SLACK_MESSAGE_CHARS,
    SLACK_SECTION_CHARS,
    WECOM_CONTENT_BYTES,
)
from newsdesk.publish.webhooks import WebhookChannel, WebhookPublisher
from newsdesk.web._strings import phrased, strings

HEADING = f"{LABEL} · 2026-05-14"
#: 2026-05-14 01:00:00 UTC, and 123 ms after.
NOW = 1778720400.123


@pytest.fixture(params=KINDS)
def hook(request: pytest.FixtureRequest) -> Iterator[Hook]:
    """A local webhook of each kind, or of the kinds a test names with :func:`only`."""
    with Hook(request.param) as running:
        yield running


def only(*kinds: str) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("hook", kinds, indirect=True)


def within_limit(kind: str, request: Request) -> bool:
    """The service's own rule for one message, measured on what was sent."""
    body = json.loads(request.body)
    if kind == "feishu":
        return len(request.body) <= FEISHU_BODY_BYTES
    if kind == "dingtalk":
        return len(request.body) <= DINGTALK_BODY_BYTES
    if kind == "wecom":
        return len(body["markdown"]["content"].encode()) <= WECOM_CONTENT_BYTES
    if kind == "slack":
        header, *sections = body["blocks"]
        texts = [s["text"]["text"] for s in sections]
        return (
            len(body["blocks"]) <= 50
            and len(header["text"]["text"]) <= SLACK_HEADER_CHARS
            and all(len(t) <= SLACK_SECTION_CHARS for t in texts)
            and sum(map(len, texts)) <= SLACK_MESSAGE_CHARS
        )
    return len(body["content"]) <= DISCORD_CONTENT_CHARS


# Each service's message shape


@only("feishu")
def test_feishu_posts_rich_text_with_linked_headlines(hook: Hook) -> None:
    ids = WebhookPublisher(channel(hook)).publish(edition())

    body = hook.bodies[0]
    assert ids == ["feishu:1"]
    assert body["msg_type"] == "post" and "sign" not in body
    post = body["content"]["post"]["zh_cn"]
    assert post["title"] == HEADING
    assert post["content"][0] == [{"tag": "text", "text": "星河实验室连发 Lumen 系列模型"}]
    first = story(1)
    assert [{"tag": "a", "text": first.headline, "href": first.url}] in post["content"]
    assert [{"tag": "text", "text": first.summary}] in post["content"]
    assert [{"tag": "text", "text": f"• {first.insights[0]}"}] in post["content"]
    assert [{"tag": "text", "text": "更多动态"}] in post["content"]
    assert [
        {"tag": "text", "text": "• "},
        {"tag": "a", "text": "深言发布 Aster-Code 2", "href": "https://news9.example.cn/a/9"},
    ] in post["content"]
    assert post["content"][-1] == [{"tag": "a", "text": "全文与来源", "href": PAGE}]


@only("feishu")
def test_feishu_signs_the_body_with_the_timestamp_and_secret(hook: Hook) -> None:
    publisher = WebhookPublisher(channel(hook, secret="fictional-secret"), clock=lambda: NOW)
    publisher.publish(edition())

    key = b"1778720400\nfictional-secret"
    expected = base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode()
    body = hook.bodies[0]
    assert (body["timestamp"], body["sign"]) == ("1778720400", expected)


@only("dingtalk")
def test_dingtalk_posts_markdown_that_repeats_the_heading(hook: Hook) -> None:
    ids = WebhookPublisher(channel(hook)).publish(edition())

    body = hook.bodies[0]
    assert ids == ["dingtalk:1"]
    assert body["msgtype"] == "markdown"
    assert body["markdown"]["title"] == HEADING
    text = body["markdown"]["text"]
    assert text.startswith(f"### {HEADING}\n\n星河实验室连发 Lumen 系列模型\n\n")
    first = story(1)
    assert f"#### [{first.headline}]({first.url})\n\n{first.summary}\n\n" in text
    assert text.endswith(f"[全文与来源]({PAGE})")
    assert hook.query() == {"access_token": [TOKEN]}


@only("dingtalk")
def test_dingtalk_signs_the_query_with_the_timestamp_and_secret(hook: Hook) -> None:
    secret = "SECfictional0000"
    WebhookPublisher(channel(hook, secret=secret), clock=lambda: NOW).publish(edition())

    signed = hmac.new(secret.encode(), f"1778720400123\n{secret}".encode(), hashlib.sha256)
    expected = base64.b64encode(signed.digest()).decode()
    assert hook.query() == {
        "access_token": [TOKEN],
        "timestamp": ["1778720400123"],
        "sign": [expected],
    }
    assert f"sign={quote_plus(expected)}" in hook.requests[0].path


@only("wecom")
def test_wecom_posts_markdown_content(hook: Hook) -> None:
    ids = WebhookPublisher(channel(hook)).publish(edition())

    body = hook.bodies[0]
    assert ids == ["wecom:1"]
    assert body["msgtype"] == "markdown"
    content = body["markdown"]["content"]
    first = story(1)
    assert content.startswith(f"### {HEADING}\n星河实验室连发 Lumen 系列模型\n\n")
    assert f"**[{first.headline}]({first.url})**\n{first.summary}\n• " in content
    assert "**更多动态**\n• [深言发布 Aster-Code 2](https://news9.example.cn/a/9)" in content


@only("slack")
def test_slack_posts_a_header_and_mrkdwn_sections(hook: Hook) -> None:
    ids = WebhookPublisher(channel(hook)).publish(edition())

    body = hook.bodies[0]
    assert ids == ["slack:1"]
    assert body["text"] == HEADING
    header, section = body["blocks"]
    assert header == {"type": "header", "text": {"type": "plain_text", "text": HEADING}}
    assert section["type"] == "section" and section["text"]["type"] == "mrkdwn"
    first = story(1)
    assert f"*<{first.url}|{first.headline}>*\n{first.summary}\n" in section["text"]["text"]
    assert section["text"]["text"].endswith(f"<{PAGE}|全文与来源>")


@only("discord")
def test_discord_waits_for_the_message_and_returns_its_id(hook: Hook) -> None:
    ids = WebhookPublisher(channel(hook)).publish(edition())

    body = hook.bodies[0]
    assert ids == ["1300000000000000001"]
    assert hook.query() == {"access_token": [TOKEN], "wait": ["true"]}
    assert body["content"].startswith(f"**{HEADING}**\n星河实验室连发 Lumen 系列模型\n\n")
    first = story(1)
    assert f"**[{first.headline}]({first.url})**" in body["content"]
    assert body["allowed_mentions"] == {"parse": []}


@only("discord")
def test_discord_answer_without_a_body_is_numbered(hook: Hook) -> None:
    hook.script(Reply(204))

    assert WebhookPublisher(channel(hook)).publish(edition()) == ["discord:1"]


@only("discord")
def test_english_digest_gets_english_words(hook: Hook) -> None:
    WebhookPublisher(channel(hook)).publish(edition(digest(language="en")))

    content = hook.bodies[0]["content"]
    assert "**More news**" in content and f"[Full digest and sources]({PAGE})" in content
    assert "更多动态" not in content


@only("wecom")
def test_only_the_top_stories_carry_their_insights(hook: Hook) -> None:
    stories = [story(n) for n in range(1, INSIGHT_STORIES + 3)]
    WebhookPublisher(channel(hook)).publish(edition(digest(stories)))

    content = hook.bodies[0]["markdown"]["content"]
    shown = [s.insights[0] in content for s in stories]
    assert shown == [True] * INSIGHT_STORIES + [False, False]
    assert all(s.summary in content for s in stories)


@only("slack")
def test_without_a_page_url_there_is_no_page_link(hook: Hook) -> None:
    WebhookPublisher(channel(hook)).publish(edition(page=""))

    assert "全文与来源" not in text_of("slack", hook.bodies[0])


# Long digests


def test_a_digests_notice_is_said_once_before_its_stories(hook: Hook) -> None:
    """An edition told only in another language says so above its headlines, as the
    e-mail and the page do; the chat reader would otherwise see bare foreign headlines."""
    notice = "以下 3 条新闻目前只有英文报道，本期未作翻译，标题链接原文。"
    WebhookPublisher(channel(hook)).publish(edition(replace(digest(), notice=notice)))

    text = text_of(hook.kind, hook.bodies[0])
    assert text.count(notice) == 1
    assert text.index(notice) < text.index(story(1).headline)


def test_long_digest_is_split_between_stories_within_the_services_limit(hook: Hook) -> None:
    stories = [story(n, summary=long_summary(n)) for n in range(1, 31)]
    ids = WebhookPublisher(channel(hook)).publish(edition(digest(stories)))

    n = len(hook.requests)
    texts = [text_of(hook.kind, body) for body in hook.bodies]
    assert n > 1 and len(ids) == n
    assert all(within_limit(hook.kind, request) for request in hook.requests)
    for s in stories:
        holding = [t for t in texts if s.headline in t]
        assert len(holding) == 1 and s.summary in holding[0], s.headline
    assert texts[0].count("星河实验室连发 Lumen 系列模型") == 1
    for i, body in enumerate(hook.bodies, 1):
        assert f"{HEADING} ({i}/{n})" in json.dumps(body, ensure_ascii=False)
    assert PAGE in json.dumps(hook.bodies[-1]) and PAGE not in json.dumps(hook.bodies[0])


@only("wecom")
def test_wecom_counts_bytes_and_still_fills_its_messages(hook: Hook) -> None:
    stories = [story(n, summary=long_summary(n)) for n in range(1, 9)]
    WebhookPublisher(channel(hook)).publish(edition(digest(stories)))

    contents = [body["markdown"]["content"] for body in hook.bodies]
    sizes = [len(content.encode()) for content in contents]
    assert max(sizes) <= WECOM_CONTENT_BYTES
    # 汉字 are three bytes: counted in characters, these messages would have been refused.
    assert max(map(len, contents)) < WECOM_CONTENT_BYTES / 2
    assert all(size > WECOM_CONTENT_BYTES / 2 for size in sizes[:-1])


@only("wecom")
def test_a_label_too_long_for_any_message_is_an_error(hook: Hook) -> None:
    with pytest.raises(PublishError, match="label is too long for a WeCom message"):
        WebhookPublisher(channel(hook)).publish(edition(label="日报" * 1000))
    assert hook.requests == []


# Hostile feed text

_INERT_SCRIPT = {
    "feishu": "<script>",  # a text tag is plain text
    "dingtalk": "＜script＞",
    "wecom": "＜script＞",
    "slack": "&lt;script&gt;",
    "discord": "\\<script\\>",
}


def test_feed_text_can_neither_inject_markup_nor_links_nor_ping(hook: Hook) -> None:
    WebhookPublisher(channel(hook)).publish(hostile())

    body = hook.bodies[0]
    text = text_of(hook.kind, body)
    assert _INERT_SCRIPT[hook.kind] in text
    if hook.kind != "feishu":
        assert "<script>" not in text and "<b>" not in text and "<@U123>" not in text
    assert "@everyone" not in text and "@here" not in text and "@all" not in text
    assert "@\u200beveryone" in text
    links = targets(hook.kind, body)
    assert len(links) == 2  # the headline and the page; the javascript: one-liner is text
    assert all(link.startswith("https://") for link in links)
    assert not any(c in link for link in links for c in " ()[]<>|")
    assert "速看" in text


@only("discord")
def test_discord_allows_no_mentions_and_no_link_previews(hook: Hook) -> None:
    WebhookPublisher(channel(hook)).publish(hostile())

    body = hook.bodies[0]
    assert body["allowed_mentions"] == {"parse": []}
    assert body["flags"] == 4
    assert "<!channel>" not in body["content"]


@only("slack")
def test_slack_escapes_its_control_characters(hook: Hook) -> None:
    WebhookPublisher(channel(hook)).publish(hostile())

    text = text_of("slack", hook.bodies[0])
    assert "&amp; &lt;b&gt;粗体&lt;/b&gt; &lt;!channel&gt; &lt;@\u200bU123&gt;" in text


# Errors


@pytest.mark.parametrize(
    ("hook", "reply", "said", "check"),
    [
        (
            "dingtalk",
            b'{"errcode": 310000, "errmsg": "keywords not in content"}',
            "errcode 310000, keywords not in content",
            "自定义关键词 every message must contain one of the keywords, e.g. the label 'AI 日报'",
        ),
        ("feishu", b'{"code": 19024, "msg": "Key Words Not Found"}', "code 19024", "自定义关键词"),
        ("feishu", b'{"code": 19021, "msg": "sign match fail"}', "sign match fail", "签名校验"),
        ("wecom", b'{"errcode": 93000, "errmsg": "invalid webhook url"}', "93000", "key="),
        ("feishu", b"<html>a proxy page</html>", "not JSON", "webhook URL"),
        ("wecom", b"[]", "unexpected answer", "webhook URL"),
    ],
    indirect=["hook"],
)
def test_an_error_code_in_the_answer_is_an_error(
    hook: Hook, reply: bytes, said: str, check: str
) -> None:
    hook.script(Reply(200, reply, {"Content-Type": "application/json"}))

    with pytest.raises(PublishError) as raised:
        WebhookPublisher(channel(hook)).publish(edition())

    message = str(raised.value)
    assert message.startswith(f"Channel 'team-{hook.kind}' (")
    assert "127.0.0.1" in message and TOKEN not in message
    assert said in message and check in message
    assert raised.value.__cause__ is not None


def test_an_http_error_names_the_channel_the_status_and_what_to_check(hook: Hook) -> None:
    hook.script(Reply(400, b"bad request"))

    with pytest.raises(PublishError) as raised:
        WebhookPublisher(channel(hook)).publish(edition())

    message = str(raised.value)
    assert not isinstance(raised.value, OutcomeUnknown)
    assert f"'team-{hook.kind}'" in message and TOKEN not in message
    assert "refused the message: HTTP 400: bad request." in message
    assert "Check the webhook URL" in message


def test_a_server_error_may_have_posted_the_message(hook: Hook) -> None:
    hook.script(Reply(500, b"internal error"))

    with pytest.raises(OutcomeUnknown) as raised:
        WebhookPublisher(channel(hook)).publish(edition())

    message = str(raised.value)
    assert f"'team-{hook.kind}'" in message and TOKEN not in message
    assert "failed on the message after it was sent: HTTP 500: internal error." in message
    assert "It may have been posted all the same." in message


@pytest.mark.parametrize("status", [404, 405, 501, 505])
@only("slack")
def test_an_answer_that_says_no_or_not_implemented_means_nothing_was_posted(
    hook: Hook, status: int
) -> None:
    hook.script(Reply(status, b"no such hook here"))

    with pytest.raises(PublishError) as raised:
        WebhookPublisher(channel(hook)).publish(edition())

    assert not isinstance(raised.value, OutcomeUnknown)
    assert f"refused the message: HTTP {status}: no such hook here." in str(raised.value)
    assert "may have been posted" not in str(raised.value)


@pytest.mark.parametrize("status", [502, 503, 504])
@only("slack")
def test_a_gateway_error_may_have_posted_the_message(hook: Hook, status: int) -> None:
    hook.script(Reply(status, b"upstream lost"))

    with pytest.raises(OutcomeUnknown, match="It may have been posted all the same"):
        WebhookPublisher(channel(hook)).publish(edition())


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        (Reply(404, b"no_service"), "HTTP 404: no_service"),
        (Reply(403, b'{"error": "action_prohibited"}'), "HTTP 403: action_prohibited"),
        (Reply(400, b'{"ok": false}'), 'HTTP 400: {"ok": false}'),
        (Reply(410), "HTTP 410: Gone"),
    ],
)
@only("slack")
def test_the_services_words_are_quoted(hook: Hook, reply: Reply, said: str) -> None:
    hook.script(reply)

    with pytest.raises(PublishError, match=re.escape(said)):
        WebhookPublisher(channel(hook)).publish(edition())


#: A web server's error page, as a wrong webhook URL or a proxy in the way answers.
ERROR_PAGE = (
    b"<!DOCTYPE html>\n<html>\n  <head>\n    <title>404 Not Found</title>\n"
    b"    <style>body { font-family: sans-serif; }</style>\n  </head>\n  <body>\n"
    b"    <h1>Not Found</h1>\n    <p>The requested URL was not found on this server.</p>\n"
    b"  </body>\n</html>\n"
)


@only("slack")
def test_an_html_error_page_is_quoted_by_its_words_on_one_line(hook: Hook) -> None:
    hook.script(Reply(404, ERROR_PAGE, {"Content-Type": "text/html"}))

    with pytest.raises(PublishError) as raised:
        WebhookPublisher(channel(hook)).publish(edition())

    message = str(raised.value)
    assert "HTTP 404: Not Found The requested URL was not found on this server. " in message
    assert "\n" not in message and "<" not in message and "font-family" not in message


@only("discord")
def test_a_long_answer_is_cut_to_a_line_of_200_characters(hook: Hook) -> None:
    hook.script(Reply(400, b"bad field " * 100))

    with pytest.raises(PublishError) as raised:
        WebhookPublisher(channel(hook)).publish(edition())

    quoted = str(raised.value).split("HTTP 400: ", 1)[1].split("…", 1)[0]
    assert quoted.startswith("bad field bad field") and len(quoted) < 200


@only("discord")
def test_a_failure_midway_says_what_was_already_posted(hook: Hook) -> None:
    stories = [story(n, summary=long_summary(n)) for n in range(1, 31)]
    hook.script(ok("discord", 1), Reply(400, b'{"message": "boom"}'))

    with pytest.raises(PublishError) as raised:
        WebhookPublisher(channel(hook)).publish(edition(digest(stories)))

    assert "refused message 2 of " in str(raised.value)
    assert "HTTP 400: boom. Messages 1–1 were posted." in str(raised.value)
    assert len(hook.requests) == 2


def test_a_webhook_that_does_not_answer_in_time_is_an_error() -> None:
    def slow(request: Request, handler: BaseHTTPRequestHandler) -> Reply:
        time.sleep(0.5)
        return ok("slack")

    with LocalServer({"/hook": slow}) as server, httpx.Client(timeout=0.1) as client:
        config = WebhookChannel(id="team-slack", kind="slack", url=server.url("/hook"))
        with pytest.raises(PublishError, match="did not answer the message in time"):
            WebhookPublisher(config, client).publish(edition())


def test_a_webhook_that_cannot_be_reached_is_an_error() -> None:
    with Hook("wecom") as gone:
        config = channel(gone)

    slept: list[float] = []

    with pytest.raises(PublishError) as raised:
        WebhookPublisher(config, sleep=slept.append).publish(edition())
    assert "could not be reached for the message" in str(raised.value)
    assert "Check the webhook URL and the network." in str(raised.value)
    assert isinstance(raised.value.__cause__, httpx.ConnectError)
    assert len(slept) == 2  # a connection that never opened is safe to try again


@pytest.mark.parametrize("retry_after", ["2", "soon"])
@only("discord")
def test_a_429_is_waited_out(hook: Hook, retry_after: str) -> None:
    hook.script(Reply(429, b'{"message": "rate limited"}', {"Retry-After": retry_after}))
    slept: list[float] = []

    ids = WebhookPublisher(channel(hook), sleep=slept.append).publish(edition())

    assert len(slept) == 1 and len(hook.requests) == 2
    assert slept[0] == 2.0 if retry_after == "2" else 1.0 <= slept[0] <= 1.25
    assert ids == ["1300000000000000002"]


@only("discord")
def test_a_5xx_is_not_sent_again(hook: Hook) -> None:
    hook.script(Reply(502, b"bad gateway"))
    slept: list[float] = []

    with pytest.raises(OutcomeUnknown):
        WebhookPublisher(channel(hook), sleep=slept.append).publish(edition())
    assert slept == [] and len(hook.requests) == 1


_LIMITED = Reply(429, b'{"message": "rate limited"}', {"Retry-After": "1"})


@pytest.mark.parametrize(
    ("replies", "waits"),
    [([_LIMITED] * 3, [1.0, 1.0]), ([Reply(429, b"", {"Retry-After": "3600"})], [])],
)
@only("discord")
def test_a_429_again_or_with_a_long_wait_is_an_error(
    hook: Hook, replies: list[Reply], waits: list[float]
) -> None:
    hook.script(*replies)
    slept: list[float] = []

    with pytest.raises(PublishError, match=r"HTTP 429: (rate limited|Too Many Requests)"):
        WebhookPublisher(channel(hook), sleep=slept.append).publish(edition())
    assert slept == waits


# Alerts: a short plain-text notice, outside any edition


def test_an_alert_is_one_message_under_the_heading_with_its_text_inert(hook: Hook) -> None:
    text = "The scheduled run of ai-ribao failed: every source failed\n@all <b>[x](y)</b>"

    WebhookPublisher(channel(hook)).alert(f"{LABEL} · newsdesk", text)

    [body] = hook.bodies
    shown = text_of(hook.kind, body)
    assert "every source failed" in shown
    assert LABEL in json.dumps(body, ensure_ascii=False)  # a keyword rule passes
    assert "@all" not in shown and targets(hook.kind, body) == []


def test_an_alert_the_service_refuses_is_an_error() -> None:
    with Hook("slack") as hook:
        hook.script(Reply(404, b"no_service"))
        with pytest.raises(PublishError, match="HTTP 404: no_service"):
            WebhookPublisher(channel(hook)).alert(LABEL, "The draft is ready for review")


def test_a_channels_refusal_and_silence_are_read_back_for_a_chinese_desk(hook: Hook) -> None:
    """The desk's Publish pop-up words a channel's failure in its language: the English
    is read back into its kind and details (``work_error_phrase``)."""
    hook.script(Reply(400, b"bad request"))
    with pytest.raises(PublishError) as refused:
        WebhookPublisher(channel(hook)).publish(edition())
    with Hook("wecom") as gone:
        config = channel(gone)
    with pytest.raises(PublishError) as unreached:
        WebhookPublisher(config, sleep=lambda _: None).publish(edition())

    zh = strings("zh")
    said = [
        phrased((work_error_phrase(str(e.value)),), zh, ZoneInfo("UTC"))
        for e in (refused, unreached)
    ]
    assert said[0].startswith(f"频道 team-{hook.kind}（") and "HTTP 400：bad request" in said[0]
    assert said[1].startswith("无法连接频道 team-wecom（") and "检查 webhook 地址" in said[1]
