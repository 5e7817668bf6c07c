"""The review desk's page as the server draws it, each test on its own copy of the
sample day's store: the day in the digest's language, every story with its sources,
score and why, text from a feed escaped, and the headers that keep scripts to the
desk's own."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from html import escape
from pathlib import Path

import pytest
import sqlalchemy as sa
import yaml

from newsdesk import Newsdesk, load_config
from newsdesk.core import EditionDetail
from newsdesk.store import _tables as t
from newsdesk.web._layout import CONTENT_SECURITY_POLICY
from sample_day import Day
from web.web_helpers import client_on, edition_url

HOSTILE = "<script>alert('feed')</script>"
ESCAPED = "&lt;script&gt;alert(&#39;feed&#39;)&lt;/script&gt;"


def _stories(page: str, section: str) -> list[str]:
    """The story ids of one list of the page (lead, more, left-out), in order."""
    start = page.index(f'id="{section}"')
    end = page.index("</ol>", start)
    return re.findall(r'data-story="([^"]+)"', page[start:end])


def test_the_desk_opens_the_first_digests_latest_day_in_its_language(
    served: Day, copied: str
) -> None:
    with client_on(served, copied, review=True) as client:
        page = client.get("/review")
        edition = client.get(f"/api/v1/digests/ai-ribao/editions/{served.day}").json()
    assert page.status_code == 200
    html = page.text
    assert '<html lang="zh-CN" data-lang="zh">' in html
    assert (
        "<h1>AI 日报</h1>" in html and '<span class="badge draft" id="status">草稿</span>' in html
    )
    assert _stories(html, "lead") == [e["story"] for e in edition["lead"]]
    assert _stories(html, "more") == [e["story"] for e in edition["more"]]
    assert _stories(html, "left-out") == [o["story"] for o in edition["left_out"]]
    first = edition["candidates"][0]
    assert f'<span class="publisher">{escape(first["reports"][0]["publisher"])}</span>' in html
    assert '<th scope="row">独立来源</th>' in html and "<meter" in html
    assert "需要审稿：请先批准此版本再发布。" in html  # review: required
    assert re.search(r'<button type="button" id="publish" class="primary"[^>]*\s+disabled>', html)


def test_the_desk_names_its_digest_by_title_for_the_publish_confirmation(
    served: Day, copied: str
) -> None:
    """The confirmation asks to publish "AI 日报 (ai-ribao)": the page gives the script
    the title its editors know beside the key the API takes."""
    with client_on(served, copied, review=True) as client:
        html = client.get("/review").text
    desk = re.search(r'<div id="desk"[^>]*>', html)
    assert desk is not None
    assert 'data-title="AI 日报"' in desk.group(0) and 'data-digest="ai-ribao"' in desk.group(0)


def test_the_desk_publishes_the_approved_revision_while_a_newer_draft_waits(
    served: Day, copied: str
) -> None:
    """Review required, revision 1 approved, then a drop makes revision 2, a draft: the
    page offers to publish revision 1 and says revision 2 waits, as `newsdesk publish`
    does; publishing puts out revision 1 and names the draft that waits."""
    with client_on(served, copied, review=True) as client:
        client.post(edition_url(served, action="approve"))
        story = client.get(edition_url(served)).json()["lead"][0]["story"]
        client.post(edition_url(served, action="drop"), json={"story": story})
        html = client.get("/review").text
        [hugo] = client.post(edition_url(served, action="publish")).json()
    button = re.search(r'<button type="button" id="publish"[^>]*>', html)
    assert button is not None and "disabled" not in button.group(0)
    assert 'data-revision="1"' in button.group(0)
    assert "发布将发出已批准的第 1 版；第 2 版是更新的草稿，尚待批准。" in html
    assert '<p class="notice small">需要审稿' not in html
    assert (hugo["status"], hugo["revision"]) == ("published", 1)
    assert hugo["newer_draft"].startswith("revision 2 (drop ")
    assert hugo["newer_revision"] == 2  # the desk words it in its language


def test_an_english_digest_gets_an_english_desk(served: Day, copied: str) -> None:
    with client_on(served, copied) as client:
        html = client.get(f"/review?digest=ai-daily&date={served.day}").text
    assert '<html lang="en" data-lang="en">' in html
    assert ">Lead</h2>" in html and ">More news</h2>" in html and ">Left out</h2>" in html
    assert "top of the day" in html and "written offline" in html
    assert "each written edition is on the site, and nothing is sent" in html


def test_a_reports_time_on_its_card_names_its_zone_as_the_digest_does(
    served: Day, copied: str
) -> None:
    """An editor in another zone reads "22:00" right only with its zone: named as the
    digest names it (北京时间, Beijing time), not left to be taken for the reader's."""
    with client_on(served, copied) as client:
        zh = client.get(f"/review?digest=ai-ribao&date={served.day}").text
        en = client.get(f"/review?digest=ai-daily&date={served.day}").text
    assert re.search(r'<span class="when">\d\d-\d\d \d\d:\d\d（北京时间）</span>', zh)
    assert re.search(r'<span class="when">\d\d-\d\d \d\d:\d\d Beijing time</span>', en)
    assert not re.search(r'<span class="when">[^<（]*\d\d:\d\d</span>', zh + en)


def test_the_editors_actions_are_timed_in_the_zone_their_heading_names(
    served: Day, copied: str
) -> None:
    with client_on(served, copied) as client:
        story = client.get(edition_url(served)).json()["lead"][0]["story"]
        client.post(edition_url(served, action="drop"), json={"story": story})
        zh = client.get(f"/review?digest=ai-ribao&date={served.day}").text
    assert '<h2>编辑操作 <small class="muted">北京时间</small></h2>' in zh


#: What an English digest of a day told only in Chinese says once at its top.
NOTICE = (
    "All 12 stories below were reported only in Chinese so far, and this digest is written "
    "without translation: each headline links its original."
)


def test_a_digests_notice_is_shown_once_above_its_stories_and_given_by_the_api(
    served: Day, copied: str
) -> None:
    """``Digest.notice``, as the Markdown and HTML say it: an editor reviewing the day
    reads why its entries have no summary; a day without one shows none."""
    with client_on(served, copied) as client:
        store = client.app.state.desk.store  # type: ignore[attr-defined]
        written = store.digest("ai-daily", served.day)
        assert written is not None
        store.save_digest(replace(written, notice=NOTICE), served.evening)
        html = client.get(f"/review?digest=ai-daily&date={served.day}").text
        edition = client.get(edition_url(served, "ai-daily")).json()
        plain = client.get(f"/review?digest=ai-ribao&date={served.day}").text
        without = client.get(edition_url(served)).json()
    assert html.count(NOTICE) == 1
    assert html.index(NOTICE) < html.index('id="lead"')
    assert f'<p class="notice" id="digest-notice">{NOTICE}</p>' in html
    assert edition["notice"] == NOTICE
    assert 'id="digest-notice"' not in plain and without["notice"] == ""


def test_each_story_is_filed_under_its_category_s_name_in_the_digest_s_language(
    served: Day, copied: str
) -> None:
    """A reader sees "资本与商业" or "Funding & business", never the key "business"."""
    with client_on(served, copied) as client:
        zh = client.get(f"/review?digest=ai-ribao&date={served.day}").text
        en = client.get(f"/review?digest=ai-daily&date={served.day}").text
    keys = r" · (business|models|compute|open_source|products|robotics|voices|policy)</span>"
    assert not re.search(keys, zh) and not re.search(keys, en)
    assert " · 资本与商业</span>" in zh and " · 芯片与算力</span>" in zh
    assert " · Funding &amp; business</span>" in en and " · Chips &amp; compute</span>" in en


def test_a_digest_or_day_that_is_not_there_says_so(served: Day, copied: str) -> None:
    with client_on(served, copied) as client:
        unknown = client.get("/review?digest=nope")
        empty = client.get("/review?digest=ai-daily&date=2026-01-01")
    assert unknown.status_code == 404 and "nope" in unknown.text
    assert empty.status_code == 404
    assert "No ai-daily edition for 2026-01-01 yet. A run of the day (“Run this day”)" in empty.text
    assert 'id="run-day"' in empty.text  # the day can be run from here, as the page says
    assert "--no-publish" not in empty.text


def test_a_desk_with_no_edition_yet_says_in_its_language_how_to_write_the_first(
    served: Day, tmp_path: Path
) -> None:
    """The first page a new desk shows: in the digest's language, pointing at the page's
    own button, not at command lines."""
    with client_on(served, f"sqlite:///{tmp_path / 'fresh.db'}") as client:
        page = client.get("/review")
    assert page.status_code == 404
    assert "ai-ribao 还没有任何版本。点“运行这一天”写出今天的草稿。" in page.text
    assert "--no-publish" not in page.text and "No ai-ribao edition" not in page.text


def test_a_day_run_with_no_source_enabled_says_to_add_one_first(
    served: Day, tmp_path: Path
) -> None:
    """A new desk started with ``init --no-sources`` and run from the page: its empty
    day says why, and where sources are added."""
    config = tmp_path / "newsdesk.yaml"
    config.write_text(
        "sources: []\ndigests: [{name: ai-ribao, title: AI 日报, language: zh}]\n",
        encoding="utf-8",
    )
    store = f"sqlite:///{tmp_path / 'fresh.db'}"
    with Newsdesk(load_config(config), store_url=store, now=lambda: served.evening) as desk:
        desk.run(publish=False)
    with client_on(served, store, config=config) as client:
        page = client.get("/review")
    assert page.status_code == 200
    assert (
        "还没有启用的来源，运行时没有可采集的内容：先在“来源”页添加一个，再运行这一天。 "
        '<a href="/sources">来源</a>'
    ) in page.text


def test_a_day_run_before_it_had_any_story_names_the_newest_day_with_stories(
    served: Day, copied: str
) -> None:
    """A day run when its sources had published nothing of it (an early schedule) has an
    edition of no story: the page says so and opens the newest day that has stories,
    rather than show three empty lists alone."""
    config = load_config(served.config_path)
    with Newsdesk(config, store_url=copied, now=lambda: served.evening) as desk:
        desk.run(day=date(2026, 5, 10), publish=False)
    with client_on(served, copied) as client:
        empty = client.get("/review?digest=ai-ribao&date=2026-05-10")
        full = client.get(f"/review?digest=ai-ribao&date={served.day}")
    assert empty.status_code == 200
    assert (
        "运行这一天时，没有存下它的新闻（来源没有发布这一天的内容）。最新的新闻在 "
        f'{served.day}。 <a href="?digest=ai-ribao&amp;date={served.day}">打开 {served.day}</a>'
    ) in empty.text
    assert 'id="nothing-yet"' not in full.text and 'id="no-sources"' not in empty.text


def test_an_edition_of_no_story_is_not_offered_as_a_day_on_the_site_or_a_revision_0(
    served: Day, copied: str
) -> None:
    """A day run before its sources published anything leaves an edition of no story:
    the day picker lists the days with stories (and the day open), the page does not
    say it is on the site (nothing was written, nothing is there), and the channels say
    there is nothing to publish instead of "awaiting approval: revision 0"."""
    config = load_config(served.config_path)
    with Newsdesk(config, store_url=copied, now=lambda: served.evening) as desk:
        desk.run(day=date(2026, 5, 10), publish=False)
    with client_on(served, copied) as client:
        full = client.get(f"/review?digest=ai-ribao&date={served.day}").text
        empty = client.get("/review?digest=ai-ribao&date=2026-05-10").text
        unsent = client.get("/review?digest=ai-daily&date=2026-05-10").text
    assert 'value="2026-05-10"' not in full
    assert '<option value="2026-05-10" selected>' in empty  # the day open stays named
    assert "还没有可发布的内容：这一天没有写出的版本。" in empty
    assert "第 0 版" not in empty
    assert 'id="on-site"' not in unsent  # ai-daily has no channel: a written day would be


def test_the_home_address_opens_the_digest_and_day_it_names(served: Day, copied: str) -> None:
    with client_on(served, copied) as client:
        named = client.get(f"/?digest=ai-daily&date={served.day}")
        bare = client.get("/")
        page = client.get(named.headers["location"])
    assert named.status_code == 307
    assert named.headers["location"] == f"/review?digest=ai-daily&date={served.day}"
    assert bare.headers["location"] == "/review"
    assert '<html lang="en" data-lang="en">' in page.text  # ai-daily's, not the first digest's


def test_a_date_that_is_not_a_day_is_told_in_words_on_the_page(served: Day, copied: str) -> None:
    with client_on(served, copied) as client:
        english = client.get("/review?digest=ai-daily&date=2026-13-01")
        chinese = client.get("/review?date=yesterday")
        elsewhere = client.get("/runs/not-a-run")
    assert english.status_code == 400 and english.headers["content-type"].startswith("text/html")
    assert (
        "“2026-13-01” is not a date: give the day as YYYY-MM-DD, as in "
        f"{served.day}." in english.text
    )
    assert 'id="run-day"' in english.text or "<nav" in english.text  # the desk, not JSON
    assert chinese.status_code == 400 and "“yesterday”不是日期" in chinese.text
    assert elsewhere.status_code == 400 and elsewhere.headers["content-type"].startswith(
        "text/html"
    )
    assert "run_id：“not-a-run”不是有效的值" in elsewhere.text  # the first digest's words
    assert '<a href="/review">' in elsewhere.text


def test_text_from_a_feed_is_escaped_everywhere_it_shows(
    served: Day, copied: str, tmp_path: Path
) -> None:
    with client_on(served, copied) as client:
        edition = client.get(f"/api/v1/digests/ai-daily/editions/{served.day}").json()
        left_out, lead = edition["left_out"][0]["story"], edition["lead"][0]["story"]
        engine = sa.create_engine(copied)
        with engine.begin() as conn:
            conn.execute(
                t.stories.update()
                .where(t.stories.c.id == left_out)
                .values(title=HOSTILE, titles={"en": HOSTILE, "zh": HOSTILE})
            )
            conn.execute(t.items.update().where(t.items.c.story_id == lead).values(title=HOSTILE))
        engine.dispose()
        edited = client.put(
            f"/api/v1/digests/ai-daily/editions/{served.day}/entries/{lead}",
            json={"summary": HOSTILE, "keep_unsupported": True},
        )
        html = client.get(f"/review?digest=ai-daily&date={served.day}").text
    assert edited.status_code == 200 and edited.json()["saved"]
    assert "<script>alert" not in html
    assert html.count(ESCAPED) >= 3  # a left-out title, a report's title, the summary
    assert f'<textarea name="summary" rows="4">{ESCAPED}</textarea>' in html


def test_every_page_is_sent_with_the_content_security_policy(served: Day, copied: str) -> None:
    with client_on(served, copied) as client:
        for path in ("/review", "/review?digest=nope", "/login", "/static/review.js"):
            answer = client.get(path)
            assert answer.headers["content-security-policy"] == CONTENT_SECURITY_POLICY, path
        html = client.get("/review").text
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts and all("src=" in s or 'type="application/json"' in s for s in scripts)
    assert not re.search(r"\son[a-z]+=", html)  # no inline handlers


def test_a_desk_with_accounts_sends_a_browser_to_sign_in(served: Day, copied: str) -> None:
    with client_on(served, copied) as client:
        client.app.state.desk.accounts.add("editor", "correct horse battery")  # type: ignore[attr-defined]
        page = client.get("/review?digest=ai-daily")
    assert page.status_code == 303
    assert page.headers["location"] == "/login?next=/review%3Fdigest%3Dai-daily"


def test_on_a_public_desk_the_review_desk_still_needs_a_sign_in(
    served: Day, copied: str, tmp_path: Path
) -> None:
    config = yaml.safe_load(served.config_path.read_text(encoding="utf-8"))
    config["server"] = {"public": True}
    path = tmp_path / "public.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    with client_on(served, copied, config=path) as client:
        client.app.state.desk.accounts.add("editor", "correct horse battery")  # type: ignore[attr-defined]
        review, runs = client.get("/review"), client.get("/runs")
        sources = client.get("/sources")
    assert review.status_code == runs.status_code == 303  # drafts and runs are the newsroom's
    assert review.headers["location"].startswith("/login")
    assert sources.status_code == 200


def test_a_lead_story_the_day_did_not_rank_shows_no_rank_or_score(
    served: Day, copied: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A story in the edition with no decision among the day's candidates was not
    ranked: the page says so, rather than "#0 · score 0.00", a rank and score it never
    had."""
    first: list[str] = []

    def unranked_first(
        desk: Newsdesk, digest: str | None = None, day: date | None = None
    ) -> EditionDetail:
        detail = real(desk, digest, day)
        first.append(detail.view.lead[0].story_id)
        left = tuple(c for c in detail.candidates if c.ranked.story.id != first[0])
        return replace(detail, candidates=left)

    real = Newsdesk.edition_detail
    monkeypatch.setattr(Newsdesk, "edition_detail", unranked_first)
    with client_on(served, copied, review=True) as client:
        html = client.get("/review").text
    start = html.index(f'data-story="{first[0]}"')
    card = html[start : html.index("</h3>", start) + 600]
    assert "得分 0.00" not in card and "第 0 名" not in card
    assert "当日未排名" in card
    assert html.count("得分 ") >= 2  # the ranked stories still show theirs


#: What the core says in English, and names it records, that a Chinese page showed as
#: they are: a Chinese page words them itself.
CORE_ENGLISH = (
    "stories that qualified", "lead places went", "below the digest's minimum", "dropped by",
    "awaiting approval", " UTC", "No run ", "No digest", "edition for",
)  # fmt: skip
RAW_NAMES = (
    ">collect<", ">fulltext<", ">enrich<", "new_stories", "merged_stories", "llm_requests",
    "tokens_in", '<th scope="row">size', '<span class="badge">run<', " · models<",
    " · open_source<",
)  # fmt: skip


def test_a_chinese_desk_words_what_the_core_says_and_records(served: Day, copied: str) -> None:
    """The review desk, the runs and their errors in Chinese: selection's reasons, the
    stages and their counters, a channel waiting for approval and the pages of what is
    not there, in Chinese; the editor's drop at its time in the digest's zone."""
    urls = ("/review", "/runs", "/runs/1", "/runs/99", "/review?digest=nope",
            "/review?date=2020-01-01", "/runs?digest=nope")  # fmt: skip
    with client_on(served, copied, review=True) as client:
        story = client.get(edition_url(served)).json()["lead"][0]["story"]
        client.post(edition_url(served, action="drop"), json={"story": story})
        pages = {url: client.get(url).text for url in urls}
    for url, html in pages.items():
        assert '<html lang="zh-CN"' in html, url
        shown = re.sub(r"<script.*?</script>", "", html, flags=re.DOTALL)  # not the words' table
        for said in (*CORE_ENGLISH, *RAW_NAMES):
            assert said not in shown, (url, said)
    review = pages["/review"]
    assert "在符合条件的 37 条新闻中排第 1（要闻从前 24 名中选）" in review
    assert "tester 于 2026-05-14 22:00 撤下" in review  # 14:00 UTC, in Asia/Shanghai
    assert re.search("等待批准：第 [0-9]+ 版是草稿", review)
    assert '<th scope="row">规模</th>' in review
    assert " · 大模型与技术</span>" in review  # the taxonomy's label, not its key
    assert '<th scope="row">采集</th>' in pages["/runs/1"]
    assert '<span class="badge">运行</span>' in pages["/runs"]
    assert "新新闻 60" in pages["/runs"] and "大模型请求 0" in pages["/runs"]
    assert "没有运行 99。" in pages["/runs/99"]
    assert "配置中没有名为“nope”的日报" in pages["/review?digest=nope"]
    assert "配置中没有名为“nope”的日报" in pages["/runs?digest=nope"]
    # the button is named once, in quotes, as the page shows it
    assert (
        "ai-ribao 在 2020-01-01 还没有版本。点“运行这一天”写出它的草稿。"
        in pages["/review?date=2020-01-01"]
    )


def test_a_chinese_desk_words_an_address_it_cannot_show(served: Day, copied: str) -> None:
    """A page address the server cannot read (a run id that is not a number) is told in
    the desk's language, with the way back in its words too."""
    with client_on(served, copied) as client:
        page = client.get("/runs/not-a-run")
    assert page.status_code == 400 and '<html lang="zh-CN"' in page.text
    assert "无法显示这个页面" in page.text and "回到审稿台" in page.text
    assert "path.run_id：“not-a-run”不是有效的值" in page.text
    assert "This page cannot be shown" not in page.text


def test_a_mistyped_page_address_is_a_page_in_the_desks_words_not_json(
    served: Day, copied: str
) -> None:
    """A browser at /soruces gets the way back, in Chinese; a script at an API address
    the desk does not have still gets the API's JSON."""
    html = {"Accept": "text/html,application/xhtml+xml"}
    with client_on(served, copied) as client:
        page = client.get("/soruces", headers=html)
        api = client.get("/api/v1/soruces", headers=html)
        script = client.get("/soruces")
    assert page.status_code == 404 and '<html lang="zh-CN"' in page.text
    assert "审稿台没有 /soruces 这个页面" in page.text and "回到审稿台" in page.text
    assert api.status_code == 404 and api.json()["error_said"] == "没有这个地址"
    assert script.status_code == 404 and script.json()["error"] == "Not Found"


def test_an_english_desk_says_the_same_in_english(served: Day, copied: str) -> None:
    with client_on(served, copied) as client:
        story = client.get(edition_url(served, "ai-daily")).json()["lead"][0]["story"]
        client.post(edition_url(served, "ai-daily", "drop"), json={"story": story})
        html = client.get(f"/review?digest=ai-daily&date={served.day}").text
        edition = client.get(edition_url(served, "ai-daily")).json()
    assert '<html lang="en"' in html
    assert (
        "ranked 1st of the 37 stories that qualified (the lead is picked from the top 24)" in html
    )
    assert "dropped by tester on 2026-05-14 22:00<" in html  # in the digest's zone
    assert '<th scope="row">size</th>' in html
    assert " · Models &amp; research</span>" in html and " · models</span>" not in html
    # the API keeps the core's words, in UTC
    assert any(o["why"] == "dropped by tester on 2026-05-14 14:00 UTC" for o in edition["left_out"])
    assert "<summary>1 report · score</summary>" in html and "<summary>1 reports" not in html


def test_left_out_stories_off_the_topic_are_not_numbered_after_the_ranked_ones(
    served: Day, copied: str
) -> None:
    """ "第 38 名 · 得分 0.013" then "第 39 名 · 得分 0.346" read like a ranking error: a
    story off the digest's topic ranks after all of it whatever its score, so its card
    says it is outside the ranking, and the numbered cards' scores only fall."""
    with client_on(served, copied, review=True) as client:
        html = client.get("/review").text
    start = html.index('id="left-out"')
    out = html[start : html.index('id="progress-stages"', start)]
    scores = [float(s) for s in re.findall(r"第 \d+ 名 · 得分 ([0-9.]+)", out)]
    assert scores and scores == sorted(scores, reverse=True)
    assert "不属日报主题，不参与排名" in out
    assert out.index("不属日报主题，不参与排名") > out.rindex("得分 ")


def _on_site_badge(page: str) -> str | None:
    """The desk's word that readers already see the revision on the site, or None."""
    found = re.search(
        r'<span class="badge on-site" id="on-site" title="([^"]+)">([^<]+)</span>', page
    )
    return f"{found.group(2)} — {found.group(1)}" if found else None


def test_the_desk_says_a_draft_without_channels_is_already_on_the_site(
    served: Day, copied: str
) -> None:
    """ai-daily has no channel and needs no review: the site shows its draft, as
    ``edition show`` says; the desk says so beside the status, in the digest's words."""
    with client_on(served, copied) as client:
        page = client.get("/review", params={"digest": "ai-daily"}).text
        client.post(edition_url(served, "ai-daily", "approve"))
        approved = client.get("/review", params={"digest": "ai-daily"}).text
    assert _on_site_badge(page) == (
        "on the site — Readers see this draft on the site: this digest has no channels and "
        "its review is not required."
    )
    assert _on_site_badge(approved) == (
        "on the site — Readers see this revision on the site: this digest has no channels."
    )


def test_the_desk_says_nothing_of_the_site_for_a_draft_that_is_not_there(
    served: Day, copied: str
) -> None:
    """ai-ribao posts to a channel (its site page waits for publishing) and, in the review
    config, needs an editor's approval: neither draft is on the site yet."""
    with client_on(served, copied) as client:
        with_channel = client.get("/review", params={"digest": "ai-ribao"}).text
    with client_on(served, copied, review=True) as client:
        under_review = client.get("/review", params={"digest": "ai-ribao"}).text
    assert _on_site_badge(with_channel) is None
    assert _on_site_badge(under_review) is None


def test_a_chinese_desk_names_the_site_in_chinese(served: Day, copied: str, tmp_path: Path) -> None:
    config = yaml.safe_load(served.config_path.read_text(encoding="utf-8"))
    config["digests"][0].pop("publish", None)  # ai-ribao without its channel
    path = tmp_path / "no-channel.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    with client_on(served, copied, config=path) as client:
        page = client.get("/review", params={"digest": "ai-ribao"}).text
    assert _on_site_badge(page) == (
        "已在网站上 — 读者已能在网站上看到这份草稿：这份日报没有发布渠道，也无需审核。"
    )
