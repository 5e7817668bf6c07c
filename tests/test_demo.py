"""`newsdesk demo`: the sample day, served from 127.0.0.1, through the real pipeline."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from newsdesk._console import lead_lines
from newsdesk.cli import app
from newsdesk.collect import canonical_url
from newsdesk.core import open_newsdesk
from newsdesk.demo import DemoResult, load_sample_day, run_demo
from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.model import Outcome
from newsdesk.render import CoverError, Fonts, fidelity_defects
from newsdesk.store import open_store
from newsdesk.web._review import cards
from newsdesk.web._strings import strings


def _cover_font() -> bool:
    try:
        Fonts.find()
    except CoverError:
        return False
    return True


#: The cover needs fonts-noto-cjk (`make test` installs it); without it there is none.
COVER = ["cover.png"] if _cover_font() else []


def test_sample_day_has_the_promised_shape() -> None:
    sample = load_sample_day()
    assert 140 <= len(sample.items) <= 170
    assert 12 <= len(sample.sources) <= 18
    assert {s.kind for s in sample.sources} == {"rss", "atom", "jsonfeed", "html", "hn"}
    assert {s.language for s in sample.sources} == {"zh", "en"}
    stories = Counter(i.story for i in sample.items)
    assert sum(n >= 4 for n in stories.values()) >= 10
    assert len({canonical_url(i.url) for i in sample.items}) == len(sample.items)


def test_demo_stores_the_whole_sample_day(demo: DemoResult) -> None:
    sample = load_sample_day()
    assert [r.outcome for r in demo.summary.sources] == [Outcome.OK] * len(sample.sources)
    assert demo.summary.counts.new == len(sample.items)
    store = open_store(demo.store_url)
    stored = {s.item.canonical_url: s.item for s in store.items()}
    store.close()
    for item in sample.items:
        got = stored[canonical_url(item.url)]
        assert got.published == item.published, item.key
        assert got.language == next(s.language for s in sample.sources if s.id == item.source)
    assert demo.config_path.name == "newsdesk.yaml" and demo.config_path.exists()


def test_demo_again_adds_nothing_new(copied_demo: Path) -> None:
    again = run_demo(copied_demo)
    assert again.summary.counts.new == 0
    assert again.summary.counts.unchanged == len(load_sample_day().items)


def test_a_run_on_the_demos_config_after_the_demo_says_what_to_do(
    copied_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo's sources are served only while the demo runs: a later `run` on its
    config finds every one refused, and says why and what to run instead, rather than
    leaving the user a comment at the top of the YAML file."""
    monkeypatch.chdir(copied_demo.parent)
    result = CliRunner().invoke(app, ["--config", "demo/newsdesk.yaml", "run", "--no-publish"])

    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert "These are the demo's sample sources, served on 127.0.0.1 only while" in said
    assert "Run `newsdesk demo --out demo` to serve the sample day and run it again" in said
    assert "`newsdesk --config demo/newsdesk.yaml run --date 2026-05-14 --no-publish`" in said


@pytest.mark.usefixtures("demo_command")
def test_demo_command_prints_summary_and_paths(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["demo", "--out", str(tmp_path / "d")])
    assert result.exit_code == 0, result.output
    assert f"Site and feeds: {tmp_path / 'd' / 'site' / 'index.html'}" in result.stdout
    for name in ("feed.xml", "atom.xml", "feed.json", "search-index.js"):
        assert (tmp_path / "d" / "site" / name).exists(), name
    for digest in ("ai-ribao", "ai-daily"):  # published on its channel / has none
        assert (tmp_path / "d" / "site" / digest / "2026-05-14" / "index.html").exists()
    assert "Sources: 15 ok, 0 not modified, 0 failed" in result.stdout
    assert "Items: 151 new" in result.stdout
    assert "Sample day: 2026-05-14" in result.stdout


def test_demo_writes_a_complete_verified_digest_offline(demo: DemoResult) -> None:
    written = {w.digest.name: w for w in demo.summary.digests}
    assert set(written) == {"ai-ribao", "ai-daily"}
    chinese = written["ai-ribao"].digest
    # more news passes over the stories reported only in English (no line offline)
    assert len(chinese.entries) == 12 and len(chinese.more) == 10
    assert {e.written_by for e in chinese.entries} == {"offline"}
    assert all(e.summary and e.url.startswith("http") for e in chinese.entries)
    assert 3 <= len(chinese.sections) <= 7
    assert chinese.usage.requests == 0
    for each in written.values():
        assert each.digest.verification.clean, each.digest.verification.issues
    folder = Path(written["ai-ribao"].folder)
    report = json.loads((folder / "verification.json").read_text(encoding="utf-8"))
    assert report["claims"] > 100 and report["issues"] == []
    assert json.loads((folder / "digest.json").read_text(encoding="utf-8"))["title"]
    names = [Path(f).name for f in written["ai-ribao"].files]
    assert names == ["ribao.md", "insight.md", *COVER]
    assert (folder / "ribao.md").read_text(encoding="utf-8").startswith("---\ntitle: ")
    assert (folder / "insight.md").read_text(encoding="utf-8").startswith("## AI洞察日报 2026/5/14")
    assert [Path(f).name for f in written["ai-daily"].files] == ["brief.md", *COVER]
    if COVER:
        assert 'coverImage: "cover.png"' in (folder / "ribao.md").read_text(encoding="utf-8")
    for each in written.values():  # nothing a reader of the seeds would notice
        for path in map(Path, each.files):
            if path.suffix == ".md":
                text = path.read_text(encoding="utf-8")
                language = each.digest.language
                pasted = path.name == "insight.md"
                assert fidelity_defects(text, language, front_matter=not pasted) == [], path


def test_the_closing_lead_lists_the_headlines_the_digests_printed(demo: DemoResult) -> None:
    """An editor checks the closing summary against the file: each lead story is named
    by the headline its digest gave it, in Chinese and in English alike."""
    assert demo.summary.desk is not None
    written = {w.digest.name: w.digest for w in demo.summary.digests}
    retitled = Counter[str]()  # lead stories whose headline is not their title
    for selection in demo.summary.desk.selections:
        digest = written[selection.digest]
        headlines = {e.story_id: e.headline for e in digest.entries}
        lines = [line.plain for line in lead_lines(selection, digest)][1:]
        assert len(lines) == len(selection.lead)
        for line, entry in zip(lines, selection.lead, strict=True):
            assert headlines[entry.story.id] in line, line
            retitled[digest.language] += headlines[entry.story.id] != entry.title
    assert retitled["zh"] and retitled["en"]  # else a title would pass for a headline


def test_digest_show_prints_the_stored_digest(demo: DemoResult) -> None:
    config = str(demo.config_path)
    shown = CliRunner().invoke(app, ["--config", config, "digest", "show"])
    assert shown.exit_code == 0, shown.output
    digest = next(w.digest for w in demo.summary.digests if w.digest.name == "ai-ribao")
    assert shown.stdout.startswith(digest.title)
    assert "## 更多动态" in shown.stdout
    # the offline editor's points are details it took from the reports, not analysis
    assert "另据报道：" in shown.stdout and "深度解读" not in shown.stdout
    english = CliRunner().invoke(
        app, ["--config", config, "digest", "show", "--digest", "ai-daily", "--date", "2026-05-14"]
    )
    assert english.exit_code == 0 and "## More news" in english.stdout
    assert "Also reported:" in english.stdout and "Why it matters" not in english.stdout
    missing = CliRunner().invoke(
        app, ["--config", config, "digest", "show", "--date", "2026-01-01"]
    )
    assert missing.exit_code == 2 and "No ai-ribao digest for 2026-01-01" in missing.output


def _editor(request: Request, _handler: object) -> Reply:
    """A chat model that writes each entry from its first report's title."""
    body = json.loads(request.body)
    prompt = body["messages"][-1]["content"]
    numbers = [int(n) for n in re.findall(r"^\[(\d+)\]", prompt, re.MULTILINE)]
    if '"lines"' in prompt:
        content: dict[str, object] = {"lines": []}
    elif '"sections"' in prompt:
        content = {"title": "今日要闻", "bullets": ["今日要闻"], "sections": [
            {"title": "要闻", "stories": numbers}]}  # fmt: skip
    else:
        first = next(line for line in prompt.split("\n")[1:] if line.startswith("[1] "))
        title = prompt.split(first + "\n", 1)[1].split("\n", 1)[0]
        content = {"headline": title, "summary": title, "insights": ["值得关注。"]}
    completion = {
        "id": "c", "object": "chat.completion", "created": 0, "model": body["model"],
        "choices": [{"index": 0, "finish_reason": "stop", "message": {
            "role": "assistant", "content": json.dumps(content, ensure_ascii=False)}}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    }  # fmt: skip
    return Reply(200, json.dumps(completion).encode(), {"Content-Type": "application/json"})


def test_with_an_llm_configured_the_demo_uses_it_and_a_rerun_costs_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LocalServer({"/v1/chat/completions": _editor}) as chat:
        monkeypatch.setenv("NEWSDESK_LLM__BASE_URL", chat.url("/v1"))
        first = run_demo(tmp_path).summary
        asked = len(chat.requests)
        again = run_demo(tmp_path).summary
    for written in first.digests:
        assert {e.written_by for e in written.digest.entries} == {"llm"}
        # 12 stories, the day, the more lines, and one repair: the model took the Nimbus
        # story's first title, whose 92.1% the later reports replaced with 78.4%
        assert written.digest.usage.requests == 15
        assert [i.claim.text for i in written.digest.verification.issues] == ["92.1%"] * 2
    assert asked == 30
    assert len(chat.requests) == asked  # the re-run was answered from the cache
    assert all(w.digest.usage.requests == 0 for w in again.digests)


def test_demo_llm_writes_the_sample_day_with_the_configured_model(tmp_path: Path) -> None:
    with LocalServer({"/v1/chat/completions": _editor}) as chat:
        mine = tmp_path / "newsdesk.yaml"
        mine.write_text(f"llm: {{base_url: '{chat.url('/v1')}', model: my-model}}\n")
        out = tmp_path / "demo"
        args = ["--config", str(mine), "demo", "--llm", "--out", str(out)]
        result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "written: 12 by the LLM, 0 offline" in result.output
    assert {json.loads(r.body)["model"] for r in chat.requests} == {"my-model"}
    assert "model: my-model" in (out / "newsdesk.yaml").read_text(encoding="utf-8")


def test_render_writes_a_stored_digest_in_another_style(copied_demo: Path) -> None:
    config = str(copied_demo / "newsdesk.yaml")
    done = CliRunner().invoke(
        app, ["--config", config, "render", "--digest", "ai-daily", "--style", "ribao"]
    )
    assert done.exit_code == 0, done.output
    path = Path(done.stdout.strip())
    assert path.name == "ribao.md" and "## 更多动态" in path.read_text(encoding="utf-8")
    unknown = CliRunner().invoke(app, ["--config", config, "render", "--style", "poster"])
    assert unknown.exit_code == 2 and "built-in styles are ribao, insight, brief" in unknown.output


def test_publishing_a_later_revision_puts_it_on_the_site(copied_demo: Path) -> None:
    """The site shows what was published: after an editor's change and `publish`, the
    day's page is the new revision's, without waiting for the next run."""
    args = ["--config", str(copied_demo / "newsdesk.yaml")]
    shown = json.loads(CliRunner().invoke(app, [*args, "edition", "show", "--json"]).stdout)
    first = shown["lead"][0]
    page = copied_demo / "site" / "ai-ribao" / "2026-05-14" / "index.html"
    assert (shown["revision"], shown["status"]) == (1, "published")
    assert first["headline"] in page.read_text(encoding="utf-8")

    dropped = CliRunner().invoke(app, [*args, "edition", "drop", first["story"]])
    assert dropped.exit_code == 0, dropped.output
    assert first["headline"] in page.read_text(encoding="utf-8")  # the draft waits

    published = CliRunner().invoke(app, [*args, "publish", "--digest", "ai-ribao"])

    assert published.exit_code == 0, published.output
    assert "published revision 2" in published.stdout
    assert f"Site and feeds: {copied_demo / 'site' / 'index.html'}" in published.stdout
    assert first["headline"] not in page.read_text(encoding="utf-8")
    again = CliRunner().invoke(app, [*args, "publish", "--digest", "ai-ribao"])
    assert "already published" in again.stdout and "Site and feeds" not in again.stdout


def test_outlets_are_named_not_given_as_hosts(demo: DemoResult) -> None:
    """A report a link site carries is credited by the outlet's name: the configured
    source whose site it is (Frontier Dispatch), else the name the story's reports spell
    its host by (EvalCommons, Elena Marsh); never by a bare host."""
    lines = [
        line
        for each in demo.summary.digests
        for path in map(Path, each.files)
        if path.suffix == ".md"
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("From ") or "个来源：" in line
    ]
    text = "\n".join(lines)
    assert ".example" not in text
    for name in ("EvalCommons", "Elena Marsh", "GitHub", "Corvid AI"):
        assert name in text
    with open_newsdesk(demo.config_path) as desk:
        detail = desk.edition_detail("ai-daily", date(2026, 5, 14))
        groups = cards(detail, ZoneInfo("UTC"), strings("en"), {})
    named = {r.publisher for group in groups for card in group for r in card.reports}
    assert "Frontier Dispatch" in named
    assert not {"frontierdispatch.example", "computewire.example"} & named


def test_the_demos_config_says_its_sources_are_stale_by_age_not_fault(demo: DemoResult) -> None:
    """A new user opening the sources after the demo finds every one stale; the config
    they open says why before they go looking for new feeds."""
    header = demo.config_path.read_text(encoding="utf-8").split("\ntimezone:")[0]
    assert "`doctor` and `sources check` find nothing answering at its address." in header
    assert "They only ever serve 2026-05-14" in header
    assert "calls each one stale: that is the sample's age, not a fault." in header
