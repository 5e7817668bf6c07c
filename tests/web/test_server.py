"""The desk server as it runs: uvicorn on a socket of 127.0.0.1 answering while a run
goes in the background, readiness that follows the store's schema, and ``newsdesk
serve`` as a process that stops on SIGTERM only once its run has finished."""

from __future__ import annotations

import logging
import re
import signal
import socket
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from functools import partial
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
import yaml
from typer.testing import CliRunner

from live import serving
from newsdesk import Newsdesk, RunStatus, load_config
from newsdesk.cli import app
from newsdesk.exceptions import NewsdeskError, StoreError
from newsdesk.schedule import Scheduler
from newsdesk.web import _app as web_app
from newsdesk.web import create_app
from newsdesk.web._serve import check_free
from processes import TERMINAL
from sample_day import Day, Gate
from web.web_helpers import client_on, edition_url
from workers.preloaded import Template


def listening(desk: Newsdesk) -> AbstractContextManager[str]:
    """The app on ``desk`` served by uvicorn in a thread, on a free port of 127.0.0.1."""
    return serving(create_app(desk))


def test_the_server_answers_on_its_socket_while_a_run_goes(served: Day, copied: str) -> None:
    gate = Gate()
    config = load_config(served.config_path)
    desk = Newsdesk(config, store_url=copied, now=lambda: served.evening, progress=gate)
    with listening(desk) as base, httpx.Client(base_url=base, timeout=30) as client:
        started = client.post("/api/v1/digests/ai-daily/runs")
        assert started.status_code == 202 and gate.reached.wait(60)
        run = started.json()["run_id"]
        clock = time.monotonic()
        alive = client.get("/healthz")
        edition = client.get(edition_url(served, "ai-daily"))
        going = client.get(f"/api/v1/runs/{run}").json()
        answered = time.monotonic() - clock
        gate.go.set()
    assert alive.json() == {"status": "ok"} and edition.status_code == 200
    assert going["status"] == "running" and answered < 20  # not after the run
    with Newsdesk(config, store_url=copied) as after:
        assert after.run_record(run).status is RunStatus.OK  # stopping waited for it


def test_readiness_follows_the_stores_schema(served: Day, copied: str) -> None:
    with client_on(served, copied) as client:
        ready = client.get("/readyz")
        engine = sa.create_engine(copied)
        with engine.begin() as conn:
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '0008'"))
        engine.dispose()
        behind = client.get("/readyz")
        behind_head = client.head("/readyz")
        alive = client.get("/healthz")
    head = ready.json()["revision"]
    assert ready.status_code == 200 and ready.json() == {"status": "ready", "revision": head}
    assert behind.status_code == 503 and behind_head.status_code == 503
    assert behind.json() == {
        "error": f"The store has schema 0008; this newsdesk needs {head}. "
        "Run `newsdesk db upgrade`.",
        "error_said": f"数据库的结构版本是 0008；这个 newsdesk 需要 {head}。"
        "运行 `newsdesk db upgrade`",
    }
    assert alive.status_code == 200


def test_a_store_that_fails_is_a_503_said_in_the_desks_language(served: Day, copied: str) -> None:
    """The driver's words stay as they are (no kind to read back), behind the desk's own
    sentence, so a Chinese desk's page says what failed before the detail."""
    with client_on(served, copied) as client:
        engine = sa.create_engine(copied)
        with engine.begin() as conn:
            conn.execute(sa.text("DROP TABLE runs"))
        engine.dispose()
        failed = client.get("/api/v1/runs")
    assert failed.status_code == 503
    assert failed.json()["error"].startswith("Could not ")
    assert failed.json()["error_said"] == f"数据库暂时无法使用：{failed.json()['error']}"


def test_every_page_and_resource_answers_head_as_its_get_without_a_body(
    served: Day, copied: str
) -> None:
    """An uptime or link checker asks with HEAD: the home page, the desk's pages, the API
    and its reference answer as to GET, status and headers, with no body (they got 405)."""
    desk = Newsdesk(load_config(served.config_path), store_url=copied)
    paths = ["/", "/sources", "/runs", "/api/v1/digests", "/api/v1/docs", "/healthz"]
    with desk, listening(desk) as base, httpx.Client(base_url=base, timeout=30) as client:
        pairs = [(client.get(p), client.head(p)) for p in [*paths, "/readyz", "/no-such"]]
    for got, headed in pairs:
        assert headed.status_code == got.status_code, headed.request.url
        assert headed.content == b"" and (got.is_redirect or got.content != b"")
        assert headed.headers.get("content-type") == got.headers.get("content-type")
        assert headed.headers.get("content-length") == got.headers.get("content-length")
    assert [g.status_code for g, _ in pairs][-2:] == [200, 404]


def test_an_older_store_stops_the_app_before_it_listens_saying_what_to_do(
    served: Day, tmp_path: Path, store_at: Callable[[str, str], None]
) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    store_at(url, "0008")
    with (
        Newsdesk(load_config(served.config_path), store_url=url) as desk,
        pytest.raises(StoreError, match=r"has schema 0008.*Run `newsdesk db upgrade`"),
    ):
        create_app(desk)


def test_serve_refuses_to_listen_beyond_this_machine_without_an_account(
    served: Day, copied: str
) -> None:
    result = CliRunner().invoke(
        app, ["--config", str(served.config_path), "--db", copied, "serve", "--host", "0.0.0.0"]
    )
    assert result.exit_code == 2
    assert "Not listening on 0.0.0.0: there is no editor account yet" in result.output


def test_serve_on_a_port_a_server_holds_says_so_and_exits_1(served: Day, copied: str) -> None:
    """Not uvicorn's exit code 3 after the app and its scheduler started: a message and
    newsdesk's code for a failure, before anything starts."""
    desk = Newsdesk(load_config(served.config_path), store_url=copied)
    with listening(desk) as base:
        port = base.rsplit(":", 1)[1]
        result = CliRunner().invoke(
            app, ["--config", str(served.config_path), "--db", copied, "serve", "--port", port]
        )
        still = httpx.get(f"{base}/healthz", timeout=10)
    assert result.exit_code == 1, result.output
    assert (
        f"Cannot listen on 127.0.0.1:{port}: address already in use. Is another server "
        "there? Stop it, or choose another --port."
    ) in " ".join(result.output.split())
    assert still.json() == {"status": "ok"}  # the server that holds the port is untouched


def test_the_port_check_reads_each_address_family_as_the_server_binds_it() -> None:
    """uvicorn's server binds an IPv6 address for IPv6 alone: ``::`` on a port another
    server holds on 127.0.0.1 is free, and the check must not refuse what would serve;
    the same address held is refused, the IPv6 one written in brackets."""
    with socket.create_server(("127.0.0.1", 0)) as holder:
        port = holder.getsockname()[1]
        with pytest.raises(NewsdeskError, match=rf"^Cannot listen on 127.0.0.1:{port}: "):
            check_free("127.0.0.1", port)
        check_free("::", port)  # IPv6 turned off: no address to bind, nothing to refuse
    try:
        holder = socket.create_server(("::1", 0), family=socket.AF_INET6)
    except OSError:
        pytest.skip("this machine has no IPv6 loopback")
    with holder:
        port = holder.getsockname()[1]
        with pytest.raises(NewsdeskError, match=rf"^Cannot listen on \[::1\]:{port}: "):
            check_free("::1", port)


#: ``newsdesk serve`` whose runs, once recorded, wait for a line on stdin: the test
#: stops the server while its run surely goes (a run that finished first left nothing
#: to wait for, and no word of waiting, on a loaded machine now and then).
HELD_RUNS = """
import sys
from newsdesk import Newsdesk
from newsdesk.cli import main
run = Newsdesk.run
def held(self, *, on_start, **options):
    def recorded(run_id):
        on_start(run_id)
        sys.stdin.readline()
    return run(self, on_start=recorded, **options)
Newsdesk.run = held
main()
"""


def test_serve_stops_on_sigterm_once_its_run_has_finished(
    commands: Template, served: Day, copied: str
) -> None:
    args = ["--config", str(served.config_path), "--db", copied, "serve", "--port", "0"]
    process = commands.start(args, code=HELD_RUNS, cwd=served.folder, env=TERMINAL)
    try:
        lines = []

        def said_until(pattern: str) -> re.Match[str]:
            while True:
                line = process.stderr.readline()
                assert line, "serve ended early:\n" + "".join(lines)
                lines.append(line)
                if found := re.search(pattern, line):
                    return found

        port = int(said_until(r"newsdesk is serving http://127\.0\.0\.1:(\d+) ").group(1))
        base = f"http://127.0.0.1:{port}"
        assert httpx.get(f"{base}/healthz", timeout=10).json() == {"status": "ok"}
        day = served.day.isoformat()
        started = httpx.post(f"{base}/api/v1/digests/ai-daily/runs", json={"date": day}, timeout=30)
        assert started.status_code == 202
        process.send_signal(signal.SIGTERM)
        said_until(f"Waiting for run {started.json()['run_id']} to finish")
        assert process.poll() is None  # still waiting for its run
        process.stdin.write("\n")  # the run goes on
        process.stdin.flush()
        rest = process.communicate(timeout=120)[1]
    finally:
        process.kill()
        process.wait()
    # uvicorn stops gracefully, then ends the way the signal asked (systemd and Docker
    # take that as a clean stop)
    assert process.returncode in (0, -signal.SIGTERM), rest
    # the desk (its first digest, ai-ribao) speaks Chinese on its pages and in its alerts;
    # its log is English throughout, its own lines as uvicorn's and the scheduler's
    assert "The scheduler is watching no digest (none has a schedule)" in "".join(lines)
    assert "The server has stopped" in rest
    assert not re.search(r"[\u4e00-\u9fff]", "".join(lines) + rest)
    assert "Uvicorn running" not in "".join(lines)
    with Newsdesk(load_config(served.config_path), store_url=copied) as desk:
        assert desk.run_record(started.json()["run_id"]).status is RunStatus.OK


def test_serve_stopped_by_ctrl_c_says_so_once(commands: Template, served: Day, copied: str) -> None:
    """Ctrl+C is how a user stops ``newsdesk serve`` in a terminal: the server's stop is
    said in its log, with no "Interrupted" after it, and the process ends with the
    shell's code for Ctrl+C."""
    args = ["--config", str(served.config_path), "--db", copied, "serve", "--port", "0"]
    process = commands.start(args, cwd=served.folder, env=TERMINAL)
    try:
        lines: list[str] = []
        while not any("newsdesk is serving" in line for line in lines):
            line = process.stderr.readline()
            assert line, "serve stopped before it listened:\n" + "".join(lines)
            lines.append(line)
        process.send_signal(signal.SIGINT)
        rest = process.communicate(timeout=120)[1]
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 130, rest
    assert "The server has stopped" in rest
    assert "Interrupted" not in rest and "Traceback" not in rest


def test_the_app_serves_a_postgresql_store_too(served: Day, empty_postgres: str) -> None:
    with client_on(served, empty_postgres) as client:  # a new store: made at the newest schema
        ready = client.get("/readyz")
        digests = client.get("/api/v1/digests").json()
        runs = client.get("/api/v1/runs").json()
        sources = client.get("/api/v1/sources").json()
    assert ready.status_code == 200
    assert [(d["name"], d["latest"]) for d in digests] == [("ai-ribao", None), ("ai-daily", None)]
    assert runs == [] and all(s["daily"] == [0] * 30 for s in sources)


def test_the_app_runs_a_digest_when_its_schedule_is_due(
    served: Day, copied: str, tmp_path: Path
) -> None:
    config = yaml.safe_load(served.config_path.read_text(encoding="utf-8"))
    config["digests"][1]["schedule"] = "0 22 * * *"  # ai-daily, at the desk's clock: now
    path = tmp_path / "scheduled.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    with client_on(served, copied, config=path) as client:
        deadline = time.monotonic() + 120
        while True:
            runs = client.get("/api/v1/runs").json()
            scheduled = [r for r in runs if r["command"] == "schedule"]
            if scheduled and scheduled[0]["status"] != "running":
                break
            assert time.monotonic() < deadline, runs
            time.sleep(0.5)
        digests = client.get("/api/v1/digests").json()
    [run] = scheduled
    assert (run["status"], run["digests"]) == ("ok", ["ai-daily"])
    assert run["day"] == served.day.isoformat()
    assert digests[1]["schedule"] == "0 22 * * *"


def test_the_app_says_a_scheduled_digest_with_no_channel_publishes_nothing(
    served: Day, copied: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """ai-daily has no channel: its scheduled runs only put it on the site, so the server
    says so as it starts, in the log's English (the desk's pages are Chinese)."""
    config = yaml.safe_load(served.config_path.read_text(encoding="utf-8"))
    config["digests"][1]["schedule"] = "0 3 * * *"  # not due at the desk's clock
    path = tmp_path / "scheduled.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="newsdesk"), client_on(served, copied, config=path):
        pass
    said = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert "No channel for ai-daily: its scheduled runs put each edition on the site" in " ".join(
        said
    )


def test_the_server_reads_a_schedule_saved_while_nobody_uses_it(
    served: Day,
    copied: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No request comes to the server after its owner saved a schedule: the scheduler's
    pass reads the file and the log says what it watches now."""
    monkeypatch.setattr(web_app, "Scheduler", partial(Scheduler, poll=0.05))
    config = yaml.safe_load(served.config_path.read_text(encoding="utf-8"))
    path = tmp_path / "newsdesk.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="newsdesk"), client_on(served, copied, config=path):
        config["digests"][1]["schedule"] = "0 3 * * *"  # not due at the desk's clock
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        deadline = time.monotonic() + 30
        while "The scheduler is watching ai-daily" not in caplog.messages:
            assert time.monotonic() < deadline, caplog.messages
            time.sleep(0.05)
    assert "The scheduler is watching no digest (none has a schedule)" in caplog.messages
    assert f"Read {path} again: it was changed" in caplog.messages
