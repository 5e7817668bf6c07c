"""The layout every page shares: its words in both languages, its static files, and
the headers that keep a browser to the desk's own scripts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsdesk.config import parse_config
from newsdesk.core import Newsdesk
from newsdesk.desk._select import WHY
from newsdesk.model import REFUSALS, WORK_ERRORS
from newsdesk.web import create_app
from newsdesk.web._layout import CONTENT_SECURITY_POLICY, STATIC, TEMPLATES
from newsdesk.web._strings import STRINGS, fill, page_language, text_of

LOCAL = "http://127.0.0.1:8080"
FIELD = re.compile(r"\{(\w+)\}")
INLINE_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    config = parse_config("digests:\n- {name: daily, title: Daily, language: en}\n",
                          base_dir=tmp_path)  # fmt: skip
    with Newsdesk(config, store_url=f"sqlite:///{tmp_path / 'desk.db'}", user="owner") as desk:
        yield TestClient(create_app(desk), base_url=LOCAL, follow_redirects=False)


def test_both_languages_have_every_string_with_the_same_fields() -> None:
    """The same keys but for the singulars (``KEY.one``) English has and Chinese has not,
    and the errors of a run's work and the desk's refusals (``why.work.``,
    ``why.refusal.``) Chinese words and English shows as they were written, but for
    those English words with no CLI command in them (Chinese words them too); a singular
    names the fields of its plural but ``{count}``; a place in a ranking is each
    language's own (English "3rd" from ``{nth}``, Chinese 第 3 from ``{n}``)."""
    assert set(STRINGS) == {"en", "zh"}
    singular = {k for k in STRINGS["en"] if k.endswith(".one")}
    read_back = {k for k in STRINGS["zh"] if k.startswith(("why.work.", "why.refusal."))}
    reworded = {k for k in STRINGS["en"] if k.startswith(("why.work.", "why.refusal."))}
    assert reworded <= read_back
    assert STRINGS["en"].keys() - singular - reworded == STRINGS["zh"].keys() - read_back
    for key, text in STRINGS["zh"].items():
        if key not in read_back and key != "why.ordinal":
            assert set(FIELD.findall(text)) == set(FIELD.findall(STRINGS["en"][key])), key
    assert (STRINGS["en"]["why.ordinal"], STRINGS["zh"]["why.ordinal"]) == ("{nth}", "{n}")
    for key in singular:
        plural = STRINGS["en"][key.removesuffix(".one")]
        assert set(FIELD.findall(STRINGS["en"][key])) == set(FIELD.findall(plural)) - {"count"}


def test_a_count_of_one_takes_the_singular() -> None:
    en, zh = STRINGS["en"], STRINGS["zh"]
    assert text_of(en, "channels.messages", {"count": 1}) == "1 message posted"
    assert fill(text_of(en, "channels.messages", {"count": 2}), {"count": 2}) == (
        "2 messages posted"
    )
    assert fill(text_of(zh, "channels.messages", {"count": 1}), {"count": 1}) == "已发出 1 条消息"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_channel_panel_calls_what_a_channel_posts_messages_in_both_its_lists(
    language: str,
) -> None:
    """What a publish would post and what a channel has posted are the same things: one
    word for them ("messages", "条消息"), and one word for each state they share."""
    said = STRINGS[language]
    noun = "messages" if language == "en" else "条消息"
    assert noun in said["channels.parts"] and noun in said["channels.messages"]
    assert "part" not in said["channels.parts"] and "部分" not in said["channels.parts"]
    assert said["channels.message.sent"] == said["channels.part.sent"]
    assert said["channels.message.unknown"] == said["channels.part.unknown"]


def test_a_page_speaks_its_digests_language(tmp_path: Path) -> None:
    config = parse_config(
        "digests:\n- {name: ribao, title: 日报}\n- {name: daily, title: Daily, language: en}\n",
        base_dir=tmp_path,
    )
    assert page_language(config) == "zh"
    assert page_language(config, config.digest("daily")) == "en"
    assert page_language(parse_config("", base_dir=tmp_path)) == "en"


def test_fill_leaves_unknown_fields() -> None:
    assert fill("Run {id} · {status}", {"id": 3}) == "Run 3 · {status}"


def test_every_response_carries_the_content_security_policy(client: TestClient) -> None:
    for path in ("/login", "/static/desk.css", "/static/desk.js"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert response.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY


def test_the_apis_reference_page_works_offline_under_the_same_policy(
    client: TestClient,
) -> None:
    page = client.get("/api/v1/docs")
    assert page.status_code == 200
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    loaded = re.findall(r'<(?:script|link|img)[^>]*(?:src|href)="([^"]+)"', page.text)
    assert loaded and all(url.startswith("/static/") for url in loaded)  # nothing from a CDN
    for url in loaded:
        assert client.get(url).status_code == 200, url
    assert "<script" not in page.text and "style=" not in page.text


def test_the_sign_in_page_runs_no_inline_code(client: TestClient) -> None:
    page = client.get("/login").text
    assert "<style" not in page and "style=" not in page
    assert '<link rel="stylesheet" href="/static/desk.css">' in page


def test_no_script_writes_html_and_no_template_runs_inline_code() -> None:
    for path in STATIC.iterdir():
        text = path.read_text(encoding="utf-8")
        assert "innerHTML" not in text and "outerHTML" not in text, path.name
        assert "insertAdjacentHTML" not in text and "document.write" not in text, path.name
    for path in TEMPLATES.iterdir():
        text = path.read_text(encoding="utf-8")
        assert not INLINE_HANDLER.search(text), path.name
        assert "style=" not in text and "<style" not in text, path.name
        for script in re.findall(r"<script[^>]*>", text):
            assert "src=" in script or 'type="application/json"' in script, path.name


def test_the_root_opens_the_review_desk(client: TestClient) -> None:
    assert client.get("/").headers["location"] == "/review"


def test_the_pages_have_words_for_every_reason_selection_gives() -> None:
    """Each sentence of selection's (``WHY``) has its words on the pages, the English the
    same as the core's, so a page never shows the core's English in Chinese."""
    for key, english in WHY.items():
        assert STRINGS["en"][f"why.{key}"] == english, key
        assert f"why.{key}" in STRINGS["zh"], key


#: The details that are CLI commands (`newsdesk run …`, `… publish --force`): the pages
#: say what to do in their own words, so they need not name them.
_COMMANDS = {"run", "approve", "force", "list", "today", "past"}


def test_chinese_words_every_kind_of_work_error_with_the_details_read_back() -> None:
    """Each kind :data:`~newsdesk.model.WORK_ERRORS` reads back has Chinese words, which
    name the details read back and no others (an HTTP status's kinds share its shape)."""
    zh = STRINGS["zh"]
    http = {"http_gone", "http_refused", "http_limited", "http_server", "http_status"}
    for kind, shape in WORK_ERRORS.items():
        for key in http if kind == "http_status" else {kind}:
            fields = set(FIELD.findall(zh[f"why.work.{key}"]))
            read = set(re.compile(shape).groupindex)
            assert fields <= read and read - fields <= _COMMANDS, key
    assert set(FIELD.findall(zh["why.work.attempts"])) == {"n"}


def test_chinese_words_every_refusal_with_the_details_read_back() -> None:
    """Each refusal :data:`~newsdesk.model.REFUSALS` reads back (the API's ``error_said``)
    has Chinese words naming the details read back and no others, but for the commands
    the CLI names, which a page does not."""
    for kind, shape in REFUSALS.items():
        fields = set(FIELD.findall(STRINGS["zh"][f"why.refusal.{kind}"]))
        read = set(re.compile(shape).groupindex)
        assert fields <= read and read - fields <= _COMMANDS, kind


def test_english_words_a_refusal_in_the_apis_terms_with_the_details_read_back() -> None:
    """A refusal the core words for the CLI (its ``--to``, a command line) is worded for
    the API in English from the details read back, naming no flag or command."""
    for key, text in STRINGS["en"].items():
        if key.startswith("why.refusal."):
            shape = REFUSALS[key.removeprefix("why.refusal.")]
            assert set(FIELD.findall(text)) <= set(re.compile(shape).groupindex), key
            assert "--" not in text and "`" not in text, key


def test_chinese_calls_a_source_one_word_throughout() -> None:
    """来源, as the sources page names them; not 信息源 in one sentence."""
    assert [k for k, v in STRINGS["zh"].items() if "信息源" in v] == []


def test_chinese_calls_a_digest_and_a_story_what_the_review_page_does() -> None:
    """日报 and 新闻, as the page's picker and its 要闻 / 更多新闻 name them: 摘要 is an
    entry's summary, and 报道 a report of a story (its "8 篇报道"), so "没有报道 s1" would
    send an editor looking for a report."""
    zh = STRINGS["zh"]
    assert [k for k, v in zh.items() if "摘要" in v] == ["edit.summary", "part.summary"]
    assert [k for k, v in zh.items() if re.search(r"报道 \{story\}|候选报道|条报道", v)] == []
    assert zh["why.refusal.no_story"].startswith("没有新闻 {story}")
