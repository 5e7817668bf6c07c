"""No channel's secret is printed, stored or logged when publishing fails.

Every kind of channel posts the sample day to a real server on 127.0.0.1 that fails
and, as a careless proxy or a debug build does, quotes the request it was sent (its
address, headers, form and login) in its answer.  Each channel holds a secret of its
own, some from a ``${VAR}`` and some written in the file; none may reach what
``newsdesk publish`` prints (text or JSON, with ``-v``), the store, or an alert's
answer and log.
"""

from __future__ import annotations

import base64
import json
import logging
import socket
import socketserver
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.config import load_config
from newsdesk.schedule._alerts import send_alert
from sample_day import Day

#: Each channel's secret (distinct, so a leak names its channel).
SECRETS = {
    "tg": "714005:AAtgBotSecretToken0123456789abcdef",
    "mail": "mail-Passw0rd-5ecret-ZQ",
    "feishu": "feishuHookToken-7f3e9a1c",
    "feishu-sign": "feishuSignSecret-44b1",
    "dingtalk": "dingAccessToken-9c2b6e55aa",
    "wecom": "wecomKey-6b0d2f17-88e3",
    "slack": "T0SLACK/B0SLACK/slackSecretPath-3e8c",
    "discord": "discordWebhookToken-5511aa",
    "git": "ghp_gitPushToken0f1e2d3c4b5a",
    "files": "filesDirSecret-a91c",
}
#: The variables the file names (the others are written in it).
ENV = {
    "TG_BOT_TOKEN": SECRETS["tg"],
    "SMTP_PASSWORD": SECRETS["mail"],
    "FEISHU_HOOK": SECRETS["feishu"],
    "DINGTALK_TOKEN": SECRETS["dingtalk"],
    "GIT_TOKEN": SECRETS["git"],
    "FILES_DIR_NAME": SECRETS["files"],
}


def _free_port() -> int:
    """A port of 6372–6389 nobody listens on."""
    for port in range(6372, 6390):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 6372-6389")


class _Quoting(BaseHTTPRequestHandler):
    """Fails every request, quoting all of it: a Bot API, chat or git server gone wrong."""

    def do_GET(self) -> None:
        self._fail(b"")

    def do_POST(self) -> None:
        self._fail(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

    def _fail(self, body: bytes) -> None:
        quoted = f"{self.command} {self.path} {dict(self.headers)} {body[:2000]!r}"
        if self.path.startswith("/bot"):  # the Bot API's shape: ok false, a description
            status, reply = 401, {"ok": False, "description": f"Unauthorized: {quoted}"}
        elif self.path.startswith("/git/"):
            status, reply = 500, {"error": quoted}
        else:  # a chat webhook's: a code and a message
            status, reply = 400, {"code": 19001, "msg": quoted, "errmsg": quoted}
        data = json.dumps(reply).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        return None


class _Smtp(socketserver.StreamRequestHandler):
    """An SMTP server that refuses the login, quoting the credentials it was given."""

    def handle(self) -> None:
        self.wfile.write(b"220 mail.test ESMTP\r\n")
        for raw in self.rfile:
            line = raw.decode("latin-1").strip()
            verb = line.split(" ", 1)[0].upper()
            if verb == "EHLO":
                self.wfile.write(b"250-mail.test\r\n250 AUTH PLAIN\r\n")
            elif verb == "AUTH":
                given = line.split(" ")[-1]
                decoded = base64.b64decode(given + "==").replace(b"\0", b" ").decode()
                self.wfile.write(f"535 5.7.8 bad login {given} ({decoded})\r\n".encode())
            elif verb == "QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(f"554 not here: {line}\r\n".encode())


@pytest.fixture
def failing() -> Iterator[tuple[int, int]]:
    """The HTTP and SMTP servers, on the ports they listen on."""
    http = ThreadingHTTPServer(("127.0.0.1", _free_port()), _Quoting)
    smtp = socketserver.ThreadingTCPServer(("127.0.0.1", _free_port()), _Smtp)
    smtp.daemon_threads = True
    for server in (http, smtp):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield http.server_address[1], smtp.server_address[1]
    finally:
        for server in (http, smtp):
            server.shutdown()
            server.server_close()


def _channels(http: int, smtp: int, blocked: Path) -> list[dict[str, Any]]:
    base = f"http://127.0.0.1:{http}"
    return [
        {"id": "tg", "kind": "telegram", "bot_token": "${TG_BOT_TOKEN}", "chat_id": "@news",
         "api_base": base},
        {"id": "mail", "kind": "email", "host": "127.0.0.1", "port": smtp, "security": "none",
         "username": "desk", "password": "${SMTP_PASSWORD}", "sender": "desk@news.test",
         "recipients": ["editor@news.test"]},
        {"id": "feishu", "kind": "feishu", "url": f"{base}/open-apis/bot/v2/hook/${{FEISHU_HOOK}}",
         "secret": SECRETS["feishu-sign"]},
        {"id": "dingtalk", "kind": "dingtalk",
         "url": f"{base}/robot/send?access_token=${{DINGTALK_TOKEN}}"},
        {"id": "wecom", "kind": "wecom",
         "url": f"{base}/cgi-bin/webhook/send?key={SECRETS['wecom']}"},
        {"id": "slack", "kind": "slack", "url": f"{base}/services/{SECRETS['slack']}"},
        {"id": "discord", "kind": "discord",
         "url": f"{base}/api/webhooks/4242/{SECRETS['discord']}"},
        {"id": "git", "kind": "git",
         "repo": f"http://deploy:${{GIT_TOKEN}}@127.0.0.1:{http}/git/site.git"},
        {"id": "files", "kind": "files", "dir": f"{blocked}/${{FILES_DIR_NAME}}/posts"},
    ]  # fmt: skip


@pytest.fixture
def config(
    served: Day, copied: str, tmp_path: Path, failing: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> Path:  # fmt: skip
    """The sample day's config with every kind of channel on ai-daily and as alerts."""
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    blocked = tmp_path / "a-file"  # files cannot go under a file
    blocked.write_text("", encoding="utf-8")
    data = yaml.safe_load(served.config_path.read_text(encoding="utf-8"))
    data["store"] = {"url": copied}
    channels = _channels(*failing, blocked)
    digest = next(d for d in data["digests"] if d["name"] == "ai-daily")
    digest["publish"] = channels
    data["alert_channels"] = [c for c in channels if c["kind"] not in ("git", "files")]
    digest["alerts"] = None
    path = tmp_path / "newsdesk.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


#: The mail login as AUTH PLAIN sends it, base64: it decodes to the password.
LOGIN = base64.b64encode(f"\0desk\0{SECRETS['mail']}".encode()).decode()


def _leaks(text: str) -> list[str]:
    """The channels whose secret ``text`` shows."""
    shown = [name for name, secret in SECRETS.items() if secret in text]
    return shown + (["mail (base64)"] if LOGIN in text else [])


def test_failed_publishing_shows_stores_and_logs_no_channel_secret(
    config: Path, served: Day, copied: str
) -> None:
    runner = CliRunner()
    day = served.day.isoformat()
    args = ["-v", "publish", "-c", str(config), "--digest", "ai-daily", "--date", day]

    printed = runner.invoke(app, args)
    as_json = runner.invoke(app, [*args, "--force", "--json"])

    assert printed.exit_code == 1, printed.output
    said = json.loads(as_json.stdout)
    failed = {p["channel"] for p in said if p["status"] != "published"}
    assert failed == {c for c in SECRETS if c != "feishu-sign"}
    assert _leaks(printed.output) == []
    assert _leaks(as_json.output) == []
    store = Path(copied.removeprefix("sqlite:///")).read_bytes().decode("latin-1")
    assert _leaks(store) == []


def test_a_failed_alert_answers_and_logs_no_channel_secret(
    config: Path, caplog: pytest.LogCaptureFixture
) -> None:
    loaded = load_config(config)

    with caplog.at_level(logging.DEBUG):
        sent = send_alert(loaded, loaded.digest("ai-daily"), "The 22:30 run failed.")

    assert sent and not any(s.ok for s in sent)
    assert _leaks(" ".join(s.error for s in sent)) == []
    assert _leaks(caplog.text) == []


def test_a_bug_in_an_alert_channel_is_reported_as_a_failure_with_its_secret_hidden(
    config: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A channel that raises something other than a publishing error (a bug) neither stops
    the other alerts nor shows the address it was posting to."""
    import newsdesk.schedule._alerts as alerts

    made = alerts.make_channel

    def broken(*args: Any, **kwargs: Any) -> Any:
        channel = made(*args, **kwargs)

        def alert(heading: str, text: str) -> None:
            raise ValueError(f"bad reply from a URL holding {SECRETS[channel.id]}")

        monkeypatch.setattr(channel, "alert", alert)
        monkeypatch.setattr(channel, "ready", lambda: None)
        return channel

    monkeypatch.setattr(alerts, "make_channel", broken)
    loaded = load_config(config)

    with caplog.at_level(logging.DEBUG):
        sent = send_alert(loaded, loaded.digest("ai-daily"), "The 22:30 run failed.")

    assert sent and not any(s.ok for s in sent)
    assert all("ValueError" in s.error and "a bug in newsdesk" in s.error for s in sent)
    assert _leaks(" ".join(s.error for s in sent)) == []
    assert _leaks(caplog.text) == []
