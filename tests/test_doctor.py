"""``newsdesk doctor``: each check says what it found and what to do, against a feed and
a chat server started on 127.0.0.1; nothing is stored."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import fixture_bytes
from newsdesk import Newsdesk, parse_config
from newsdesk.cli import app
from newsdesk.config import Config
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.doctor import (
    Verdict,
    channel_findings,
    config_finding,
    llm_finding,
    schedule_findings,
    source_findings,
    store_finding,
)
from newsdesk.model import Outcome, SourceReport
from newsdesk.store import store_schema

runner = CliRunner()


def config_for(tmp_path: Path, server: LocalServer, llm: str = "") -> Path:
    path = tmp_path / "newsdesk.yaml"
    path.write_text(
        "fetch: {allow_private_addresses: true, retries: 0, per_host_delay: 0}\n"
        "sources:\n"
        f"  - {{id: good, kind: feed, url: '{server.url('/feed.xml')}'}}\n"
        f"  - {{id: gone, kind: feed, url: '{server.url('/missing.xml')}'}}\n"
        "digests: [{name: ai-ribao, title: AI 日报, language: zh,\n"
        "  publish: [{id: hugo, kind: files, dir: posts}]}]\n"
        "render: {cover: {enabled: true, font: /nonexistent/font.ttf}}\n" + llm,
        encoding="utf-8",
    )
    return path


@pytest.fixture
def feeds() -> LocalServer:
    server = LocalServer(
        {"/feed.xml": Reply(200, fixture_bytes("feed_rss2.xml"), {"Content-Type": "text/xml"})}
    )
    with server:
        yield server  # type: ignore[misc]


def test_each_check_says_what_it_found_and_what_to_do(tmp_path: Path, feeds: LocalServer) -> None:
    config = parse_config(config_for(tmp_path, feeds).read_text(), base_dir=tmp_path)
    with Newsdesk(config) as desk:
        checkup = desk.doctor()
    found = {f.check: f for f in checkup.findings}
    assert [f.check for f in checkup.findings][:4] == ["config", "store", "fonts", "hugo"]
    assert (
        found["store"].verdict is Verdict.OK
        and "new, created on first use" in found["store"].detail
    )
    assert (
        found["fonts"].verdict is Verdict.WARN and "/nonexistent/font.ttf" in found["fonts"].detail
    )
    assert found["source good"].verdict is Verdict.OK
    gone = found["source gone"]
    assert gone.verdict is Verdict.FAIL and "404" in gone.detail
    assert gone.fix.startswith("The address has moved: find the site's current feed")
    assert "newsdesk sources check --source gone" in gone.fix
    assert found["llm"].verdict is Verdict.OK and not checkup.ok
    assert not (tmp_path / "newsdesk.db").exists()  # a checkup stores nothing


def test_the_llm_is_asked_for_its_models_with_the_key(tmp_path: Path) -> None:
    with LocalServer(
        {"/v1/models": Reply(200, b'{"data": []}', {"Content-Type": "application/json"})}
    ) as chat:
        config = Config.model_validate(
            {"llm": {"base_url": chat.url("/v1"), "model": "m", "api_key_env": "K"}}
        )
        answered = llm_finding(config, {"K": "sk-test"})
        assert chat.requests[-1].headers["authorization"] == "Bearer sk-test"
        chat.routes["/v1/models"] = Reply(401, b'{"error": "bad key"}')
        refused = llm_finding(config, {"K": "sk-wrong"})
    remote = Config.model_validate({"llm": {"base_url": "https://api.example.com/v1"}})
    unset = llm_finding(remote, {})
    assert answered.verdict is Verdict.OK
    assert refused.verdict is Verdict.FAIL and "refused the key in K (HTTP 401)" in refused.detail
    assert unset.verdict is Verdict.FAIL and unset.fix == "export OPENAI_API_KEY=..."


def test_an_old_store_is_told_to_upgrade(tmp_path: Path) -> None:
    status = store_schema(f"sqlite:///{tmp_path / 'none.db'}")
    old = status.__class__(status.url, "0008", status.head, (), False)
    assert store_finding(old).verdict is Verdict.OK  # nothing pending: current
    pending = status.__class__(status.url, "0008", status.head, status.pending, False)
    assert store_finding(pending).fix == "Run `newsdesk db upgrade` (back up the database first)."


def test_cli_doctor_json_and_exit_code(tmp_path: Path, feeds: LocalServer) -> None:
    path = config_for(tmp_path, feeds)
    done = runner.invoke(app, ["--config", str(path), "doctor", "--json"])
    assert done.exit_code == 1
    shown = json.loads(done.stdout)
    assert shown["ok"] is False and {"check", "verdict", "detail", "fix"} == set(
        shown["findings"][0]
    )
    offline = runner.invoke(app, ["--config", str(path), "doctor", "--offline"])
    assert offline.exit_code == 0 and "! fonts:" in offline.output
    assert "source good" not in offline.output and "0 to fix" in offline.output


def offline_config(tmp_path: Path, extra: str = "") -> Path:
    """Sources whose host names resolve nowhere (``.invalid`` is reserved for that): what
    a machine without network or DNS sees of every source."""
    path = tmp_path / "newsdesk.yaml"
    path.write_text(
        "fetch: {retries: 0, per_host_delay: 0}\n"
        "sources:\n"
        "  - {id: wire, kind: feed, url: 'https://wire.invalid/feed.xml'}\n"
        "  - {id: 36kr-ai, kind: rsshub, route: /36kr/ai, instance: 'https://rsshub.invalid'}\n"
        + extra,
        encoding="utf-8",
    )
    return path


def test_no_network_is_one_finding_not_a_fix_for_every_source(tmp_path: Path) -> None:
    config = parse_config(offline_config(tmp_path).read_text(), base_dir=tmp_path)
    with Newsdesk(config) as desk:
        checkup = desk.doctor()
    checks = [f.check for f in checkup.findings]
    assert "source wire" not in checks and "source 36kr-ai" not in checks
    (sources,) = [f for f in checkup.findings if f.check == "sources"]
    assert sources.verdict is Verdict.FAIL and not checkup.ok
    assert "none of the 2 sources could be reached" in sources.detail
    assert "no network" in sources.detail and "change none of them" in sources.fix
    assert "disable" not in sources.fix


def test_the_check_and_the_run_say_the_machine_is_offline(tmp_path: Path) -> None:
    path = offline_config(tmp_path)
    checked = runner.invoke(app, ["--config", str(path), "sources", "check"])
    ran = runner.invoke(app, ["--config", str(path), "run"])
    assert checked.exit_code == 1 and ran.exit_code == 1
    for said in (checked.stdout, ran.stdout):
        assert "this machine seems to have no network (or no DNS)" in " ".join(said.split())


def test_a_source_that_fails_among_working_ones_gets_the_advice_for_its_error(
    tmp_path: Path, feeds: LocalServer
) -> None:
    path = offline_config(
        tmp_path, f"  - {{id: good, kind: feed, url: '{feeds.url('/feed.xml')}'}}\n"
    )
    text = path.read_text().replace("fetch: {", "fetch: {allow_private_addresses: true, ")
    path.write_text(text, encoding="utf-8")
    with Newsdesk(parse_config(text, base_dir=tmp_path)) as desk:
        checkup = desk.doctor()
    found = {f.check: f for f in checkup.findings}
    assert "sources" not in found and found["source good"].verdict is Verdict.OK
    wire = found["source wire"]
    assert wire.verdict is Verdict.FAIL and "does not resolve" in wire.detail
    assert wire.fix.startswith("Look for a typo in the url's host name")
    assert "newsdesk sources check --source wire" in wire.fix
    checked = runner.invoke(app, ["--config", str(path), "sources", "check"])
    assert "1 ok, 2 failed" in checked.stdout and "no network" not in checked.stdout


def test_advice_that_asks_a_question_ends_its_sentence_before_the_command(
    tmp_path: Path, feeds: LocalServer
) -> None:
    path = offline_config(
        tmp_path,
        f"  - {{id: good, kind: feed, url: '{feeds.url('/feed.xml')}'}}\n"
        "  - {id: down, kind: feed, url: 'http://127.0.0.1:1/feed.xml'}\n",
    )
    text = path.read_text().replace("fetch: {", "fetch: {allow_private_addresses: true, ")
    with Newsdesk(parse_config(text, base_dir=tmp_path)) as desk:
        found = {f.check: f for f in desk.doctor().findings}
    down = found["source down"]
    assert down.verdict is Verdict.FAIL and "connection refused" in down.detail
    assert down.fix.startswith(
        "Nothing answers at that address: is the server (or your RSSHub) up? `"
    )
    assert down.fix.endswith("sources check --source down` fetches it again.")


def _network_namespace() -> bool:
    """Whether this system lets a user run a command in a namespace of its own with no
    network: the machine offline, for real."""
    unshare = shutil.which("unshare")
    return unshare is not None and subprocess.run([unshare, "-rn", "true"]).returncode == 0


@pytest.mark.skipif(not _network_namespace(), reason="no network namespaces here")
def test_a_machine_truly_offline_is_told_so_whatever_its_resolver_says(tmp_path: Path) -> None:
    """Without any network, glibc's resolver fails with "Temporary failure in name
    resolution" (EAI_AGAIN), not "Name or service not known": that is the same sentence,
    and no source is told "nothing answers at that address"."""
    path = tmp_path / "newsdesk.yaml"
    path.write_text(
        "fetch: {retries: 0, per_host_delay: 0}\n"
        "sources:\n"
        "  - {id: wire, kind: feed, url: 'https://example.com/feed.xml'}\n"
        "  - {id: lab, kind: feed, url: 'https://www.example.org/blog/rss'}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = ["unshare", "-rn", sys.executable, "-m", "newsdesk", "-c", str(path)]
    checked = subprocess.run(
        [*command, "sources", "check"], capture_output=True, text=True, env=env, timeout=120
    )
    said = " ".join(checked.stdout.split())
    assert checked.returncode == 1, checked.stderr
    assert "the host name does not resolve" in said and "nothing answers" not in said
    assert "this machine seems to have no network (or no DNS)" in said


def test_a_tls_failure_is_told_about_tls_not_that_nothing_answers(
    tmp_path: Path, feeds: LocalServer
) -> None:
    """https:// to a server on 127.0.0.1 that speaks plain HTTP: the handshake fails after
    the connection was made, so "is the server up?" would send the user the wrong way."""
    path = offline_config(
        tmp_path, f"  - {{id: tls, kind: feed, url: '{feeds.url('/feed.xml')}'}}\n"
    )
    text = path.read_text().replace("http://", "https://")
    text = text.replace("fetch: {", "fetch: {allow_private_addresses: true, ")
    with Newsdesk(parse_config(text, base_dir=tmp_path)) as desk:
        checkup = desk.doctor()
    found = {f.check: f for f in checkup.findings}
    tls = found["source tls"]
    assert tls.verdict is Verdict.FAIL and "[SSL" in tls.detail
    assert tls.fix.startswith("The secure connection failed: an https url on a server")
    assert "nothing answers" not in tls.fix and "sources" not in found


#: In a namespace with no network, a link toward the nameserver where nothing answers:
#: the resolver waits (seconds) before it gives up, as behind a firewall dropping DNS.
SILENT_LINK = (
    "ip link set lo up && ip link add v0 type veth peer name v1 && "
    "ip addr add 10.0.0.2/8 dev v0 && ip link set v0 up && ip link set v1 up"
)


def _silent_link() -> bool:
    unshare, ip = shutil.which("unshare"), shutil.which("ip")
    if unshare is None or ip is None:
        return False
    return subprocess.run([unshare, "-rn", "sh", "-c", SILENT_LINK]).returncode == 0


@pytest.mark.skipif(not _silent_link(), reason="no network namespaces with a veth link here")
def test_a_resolver_that_never_answers_is_a_name_that_does_not_resolve(tmp_path: Path) -> None:
    """The look-up outlasting fetch.connect_timeout is no slow site ("raise fetch.timeout")
    but a name that did not resolve: every source so is the machine offline."""
    path = tmp_path / "newsdesk.yaml"
    path.write_text(
        "fetch: {retries: 0, per_host_delay: 0, connect_timeout: 1}\n"
        "sources:\n"
        "  - {id: wire, kind: feed, url: 'https://example.com/feed.xml'}\n"
        "  - {id: lab, kind: feed, url: 'https://www.example.org/blog/rss'}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    newsdesk = shlex.join([sys.executable, "-m", "newsdesk", "-c", str(path), "sources", "check"])
    checked = subprocess.run(
        ["unshare", "-rn", "sh", "-c", f"{SILENT_LINK} && exec {newsdesk}"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    said = " ".join(checked.stdout.split())
    assert checked.returncode == 1, checked.stderr
    assert "does not resolve (no answer within 1 s, fetch.connect_timeout)" in said
    assert "fetch.timeout" not in said and "the site is slow" not in said
    assert "this machine seems to have no network (or no DNS)" in said


def test_the_config_finding_counts_in_words_that_agree_with_the_number() -> None:
    one = parse_config(
        "sources: [{id: a, kind: feed, url: 'https://a.example/feed'}]\n"
        "digests: [{name: d, title: D}]\n",
        env={},
    )
    assert config_finding(one).detail.startswith("1 source enabled, 1 digest, read from")


def test_a_source_with_one_entry_is_said_in_the_singular() -> None:
    reports = (
        SourceReport("lone", Outcome.OK, entries=1),
        SourceReport("busy", Outcome.OK, entries=3),
    )
    found = {f.check: f.detail for f in source_findings(reports, {"lone": "feed", "busy": "feed"})}
    assert found == {"source lone": "1 entry", "source busy": "3 entries"}


def test_a_schedule_with_no_alert_channel_warns_that_its_drafts_wait_unannounced() -> None:
    """A scheduled digest whose failures and drafts to review reach no editor is quietly
    not published: the checkup says so, and where an alert channel goes."""
    config = parse_config(
        "digests:\n"
        "  - {name: ai-ribao, title: AI 日报, schedule: '30 22 * * *', review: required}\n"
        "  - {name: ai-daily, title: AI Daily, schedule: '0 8 * * *', alerts: [ops]}\n"
        "  - {name: weekly, title: Weekly}\n"
        "alert_channels: [{id: ops, kind: slack, url: 'https://hooks.slack.example/T1'}]\n"
        "sources: []\n",
        env={},
    )
    quiet = parse_config(
        "digests: [{name: ai-ribao, title: AI 日报, schedule: '30 22 * * *', review: required},"
        " {name: ai-daily, title: AI Daily, schedule: '0 8 * * *'}]\nsources: []\n",
        env={},
    )

    assert [(f.check, f.verdict, f.detail) for f in schedule_findings(config)] == [
        ("schedule ai-ribao", Verdict.OK, "30 22 * * * (Asia/Shanghai); alerts go to ops"),
        ("schedule ai-daily", Verdict.OK, "0 8 * * * (Asia/Shanghai); alerts go to ops"),
    ]
    [waiting, failing] = schedule_findings(quiet)
    assert waiting.verdict is Verdict.WARN and failing.verdict is Verdict.WARN
    assert waiting.detail == (
        "30 22 * * * (Asia/Shanghai); no alert channel: a failed run, and each draft waiting "
        "for review, is only written to the server's log"
    )
    assert failing.detail.endswith("no alert channel: a failed run is only written to the "
                                   "server's log")  # fmt: skip
    assert "`alert_channels:`" in waiting.fix


def channels_config(tmp_path: Path, publish: str) -> Config:
    text = f"digests: [{{name: d, title: D, publish: [{publish}]}}]\n"
    return parse_config(text, env={}, base_dir=tmp_path)


def test_a_folder_channel_is_fine_when_its_folder_can_be_made(tmp_path: Path) -> None:
    config = channels_config(tmp_path, "{id: hugo, kind: files, dir: blog/content/posts}")
    [found] = channel_findings(config)
    assert found.check == "channel hugo" and found.verdict is Verdict.OK
    assert found.detail == f"posts go into {tmp_path}/blog/content/posts (made by the first post)"
    assert not (tmp_path / "blog").exists()  # a checkup makes nothing


def test_a_folder_channel_behind_a_file_fails_with_the_file_named(tmp_path: Path) -> None:
    (tmp_path / "blog").write_text("not a folder\n", encoding="utf-8")
    config = channels_config(tmp_path, "{id: hugo, kind: files, dir: blog/posts}")
    [found] = channel_findings(config)
    assert found.verdict is Verdict.FAIL
    assert (
        found.detail
        == f"{tmp_path}/blog is a file, so the posts cannot go into {tmp_path}/blog/posts"
    )
    assert found.fix == "Point the channel's dir at a folder."


def hugo_site(tmp_path: Path, config: str) -> None:
    """A Hugo site in blog/ as `hugo new site` makes it, with ``config`` added."""
    (tmp_path / "blog" / "content").mkdir(parents=True)
    (tmp_path / "blog" / "hugo.toml").write_text(
        "baseURL = 'https://blog.example/'\ntitle = 'AI 日报'\n" + config, encoding="utf-8"
    )


def test_a_hugo_site_east_of_utc_is_told_to_read_the_dates_in_the_digests_zone(
    tmp_path: Path,
) -> None:
    """`date: 2026-05-14` is midnight UTC to Hugo, 08:00 in Shanghai, and Hugo builds no
    page dated later: a morning digest would stay off the site until the next build."""
    hugo_site(tmp_path, "")
    config = channels_config(tmp_path, "{id: hugo, kind: files, dir: blog/content/posts}")
    folder, site = channel_findings(config)
    assert folder.check == "channel hugo" and folder.verdict is Verdict.OK
    assert site.check == "site hugo" and site.verdict is Verdict.WARN
    assert site.detail == (
        f"the Hugo site at {tmp_path}/blog reads a post's date as midnight UTC (08:00 in "
        "Asia/Shanghai) and builds no page dated later: a post written before 08:00 there "
        "stays off the site until a build after it"
    )
    assert site.fix == (
        f'Add timeZone = "Asia/Shanghai" to {tmp_path}/blog/hugo.toml, so Hugo reads the '
        "dates in the digest's zone."
    )


@pytest.mark.parametrize("setting", ['timeZone = "Asia/Shanghai"', "buildFuture = true"])
def test_a_hugo_site_with_a_zone_or_building_the_future_is_fine(
    tmp_path: Path, setting: str
) -> None:
    hugo_site(tmp_path, setting + "\n")
    config = channels_config(tmp_path, "{id: hugo, kind: files, dir: blog/content/posts}")
    _, site = channel_findings(config)
    assert site.verdict is Verdict.OK
    assert site.detail == f"the Hugo site at {tmp_path}/blog reads the posts' dates"


def test_a_digest_in_utc_or_a_folder_in_no_hugo_site_has_no_site_finding(tmp_path: Path) -> None:
    hugo_site(tmp_path, "")
    utc = parse_config(
        "digests: [{name: d, title: D, timezone: UTC,"
        " publish: [{id: hugo, kind: files, dir: blog/content/posts}]}]\n",
        env={},
        base_dir=tmp_path,
    )
    assert [f.check for f in channel_findings(utc)] == ["channel hugo"]
    plain = channels_config(tmp_path, "{id: posts, kind: files, dir: out/posts}")
    assert [f.check for f in channel_findings(plain)] == ["channel posts"]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_repository_channel_is_tried_and_a_missing_one_fails_in_gits_own_words(
    tmp_path: Path,
) -> None:
    subprocess.run(["git", "init", "-q", "--bare", str(tmp_path / "site.git")], check=True)
    site_channel = f"{{id: site, kind: git, repo: '{tmp_path}/site.git'}}"
    typo_channel = f"{{id: typo, kind: git, repo: '{tmp_path}/sit.git'}}"
    site, typo = channel_findings(channels_config(tmp_path, f"{site_channel}, {typo_channel}"))
    assert site.verdict is Verdict.OK
    assert site.detail == (
        f"{tmp_path}/site.git answers and has no branch yet; the first post starts main"
    )
    assert typo.verdict is Verdict.FAIL
    assert typo.detail == (
        f"{tmp_path}/sit.git cannot be read: "
        f"'{tmp_path}/sit.git' does not appear to be a git repository"
    )
    assert "SSH key or token" in typo.fix
    [offline] = channel_findings(channels_config(tmp_path, typo_channel), network=False)
    assert offline.verdict is Verdict.OK and offline.detail.endswith("not tried (offline)")


def test_a_chat_channel_is_not_tried_by_posting_to_it(tmp_path: Path) -> None:
    config = channels_config(
        tmp_path, "{id: team, kind: slack, url: 'https://hooks.slack.example/x'}"
    )
    assert channel_findings(config) == []


def test_the_config_finding_names_a_variable_a_channel_needs_and_how_to_set_it() -> None:
    config = parse_config(
        "sources: [{id: a, kind: feed, url: 'https://a.example/feed'}]\n"
        "digests: [{name: d, title: D, publish: [{id: tg, kind: telegram,"
        " bot_token: '${TELEGRAM_BOT_TOKEN}', chat_id: '@d'}]}]\n",
        env={},
    )
    finding = config_finding(config)
    assert finding.verdict is Verdict.FAIL
    assert "TELEGRAM_BOT_TOKEN is not set" in finding.detail
    assert "digests[0].publish[0].bot_token" in finding.detail
    assert finding.fix == "export TELEGRAM_BOT_TOKEN=..."


def test_a_variable_only_a_disabled_source_or_channel_names_fails_nothing() -> None:
    """A run never uses a disabled source or channel, so its unset variable is a warning
    (it fails once enabled), not a failure that makes doctor exit 1."""
    config = parse_config(
        "sources: [{id: a, kind: feed, url: 'https://a.example/feed'},"
        " {id: b, kind: feed, enabled: false, url: 'https://b.example/feed?key=${B_KEY}'}]\n"
        "digests: [{name: d, title: D, publish: [{id: tg, kind: telegram, enabled: false,"
        " bot_token: '${TELEGRAM_BOT_TOKEN}', chat_id: '@d'}]}]\n",
        env={},
    )
    finding = config_finding(config)
    assert finding.verdict is Verdict.WARN
    assert "B_KEY and TELEGRAM_BOT_TOKEN are not set" in finding.detail
    assert "fails once enabled" in finding.detail


def test_a_mail_channel_whose_server_is_not_there_fails_before_the_first_mail(
    tmp_path: Path,
) -> None:
    """A mail channel's server is tried without sending: one that does not answer fails
    the checkup with what to check, rather than at the first edition's mail; offline, it
    is not tried."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    config = channels_config(
        tmp_path,
        f"{{id: mail, kind: email, host: 127.0.0.1, port: {port}, security: none, "
        "sender: d@example.org, recipients: [r@example.org]}",
    )

    [found] = channel_findings(config)
    [offline] = channel_findings(config, network=False)

    assert found.check == "channel mail" and found.verdict is Verdict.FAIL
    assert found.detail.startswith(f"e-mail through 127.0.0.1:{port} failed: ")
    assert "host, port and security" in found.fix
    assert offline.verdict is Verdict.OK and offline.detail.endswith("not tried (offline)")
