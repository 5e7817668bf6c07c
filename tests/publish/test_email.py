"""E-mail: a multipart text + HTML message with the cover inline, through a real SMTP
server (aiosmtpd) on 127.0.0.1, with login."""

from __future__ import annotations

import email
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from email import policy
from email.message import Message
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from publish_helpers import COVER, edition

from newsdesk.model import work_error_phrase
from newsdesk.publish import PublishError
from newsdesk.publish.email import EmailChannel, EmailPublisher
from newsdesk.web._strings import phrased, strings


class Inbox:
    def __init__(self) -> None:
        self.received: list[tuple[Envelope, Message]] = []

    async def handle_DATA(self, server: object, session: Session, envelope: Envelope) -> str:
        assert isinstance(envelope.content, bytes)
        self.received.append(
            (envelope, email.message_from_bytes(envelope.content, policy=policy.default))
        )
        return "250 OK"


def _authenticate(
    server: object, session: Session, envelope: Envelope, mechanism: str, auth: object
) -> AuthResult:
    ok = isinstance(auth, LoginPassword) and (auth.login, auth.password) == (b"desk", b"s3cret")
    return AuthResult(success=ok, handled=False)


def _free_port() -> int:
    with socket.socket() as probe:  # aiosmtpd checks it is up by connecting to its port
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _serve(inbox: Inbox, tls: ssl.SSLContext | None = None) -> Controller:
    controller = Controller(
        inbox, hostname="127.0.0.1", port=_free_port(), authenticator=_authenticate,
        auth_require_tls=tls is not None, tls_context=tls, require_starttls=tls is not None,
    )  # fmt: skip
    controller.start()
    return controller


@pytest.fixture
def smtp() -> Iterator[tuple[Controller, Inbox]]:
    inbox = Inbox()
    controller = _serve(inbox)
    try:
        yield controller, inbox
    finally:
        controller.stop()


def channel(controller: Controller, password: str = "s3cret", **tls: object) -> EmailPublisher:
    settings: dict[str, object] = {
        "id": "mail", "kind": "email", "host": "127.0.0.1", "port": controller.port,
        "security": "none", "username": "desk", "password": password,
        "sender": "digest@daily.example.org",
        "recipients": ["ada@readers.example", "lin@readers.example"],
    }  # fmt: skip
    return EmailPublisher(EmailChannel.model_validate(settings | tls))


def test_the_digest_arrives_as_text_and_html_with_the_cover_inline(
    smtp: tuple[Controller, Inbox],
) -> None:
    controller, inbox = smtp
    ids = channel(controller).publish(edition())
    envelope, mail = inbox.received[0]
    assert envelope.rcpt_tos == ["ada@readers.example", "lin@readers.example"]
    assert mail["Subject"] == "AI 日报 2026-05-14: 光年智能发布 Lumen 系列模型"
    assert ids == [mail["Message-ID"]]
    text = next(p for p in mail.walk() if p.get_content_type() == "text/plain")
    html = next(p for p in mail.walk() if p.get_content_type() == "text/html")
    image = next(p for p in mail.walk() if p.get_content_type() == "image/png")
    assert "https://news1.example.cn/a/1" in text.get_payload(decode=True).decode()
    cid = image["Content-ID"].strip("<>")
    assert f'src="cid:{cid}"' in html.get_payload(decode=True).decode()
    assert image.get_payload(decode=True) == COVER


def test_a_wrong_password_is_reported_not_raised_past_the_channel(
    smtp: tuple[Controller, Inbox],
) -> None:
    controller, inbox = smtp
    with pytest.raises(PublishError, match=r"127\.0\.0\.1"):
        channel(controller, password="wrong").publish(edition())
    assert inbox.received == []


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made with the openssl command."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_starttls_with_login_against_a_server_with_a_private_certificate(tmp_path: Path) -> None:
    cert, key = _certificate(tmp_path)
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert, key)
    inbox = Inbox()
    controller = _serve(inbox, tls)
    try:
        channel(controller, security="starttls", ca_file=str(cert)).publish(edition())
        with pytest.raises(PublishError, match="CERTIFICATE_VERIFY_FAILED"):
            channel(controller, security="starttls").publish(edition())  # not trusted
    finally:
        controller.stop()
    assert len(inbox.received) == 1


def test_the_real_digest_html_shows_the_cover_once(smtp: tuple[Controller, Inbox]) -> None:
    from publish_helpers import digest

    from newsdesk.render import digest_html

    controller, inbox = smtp
    real = replace(edition(), html=digest_html(digest()))
    channel(controller).publish(real)
    html = next(p for p in inbox.received[0][1].walk() if p.get_content_type() == "text/html")
    assert html.get_payload(decode=True).decode().count("<img") == 1


def test_an_alert_is_a_plain_text_mail_to_the_recipients(smtp: tuple[Controller, Inbox]) -> None:
    controller, inbox = smtp

    sent = channel(controller).alert("AI 日报 · newsdesk", "The run of ai-ribao 2026-05-14 failed.")

    envelope, mail = inbox.received[0]
    assert envelope.rcpt_tos == ["ada@readers.example", "lin@readers.example"]
    assert mail["Subject"] == "AI 日报 · newsdesk" and sent == mail["Message-ID"]
    assert mail.get_content_type() == "text/plain"
    assert mail.get_content().strip() == "The run of ai-ribao 2026-05-14 failed."


def test_a_line_that_starts_with_from_reaches_the_reader_as_written(
    smtp: tuple[Controller, Inbox],
) -> None:
    """An English digest says "From 2 sources: …" at the start of a line; the mail must
    carry it so, not as an mbox's ">From 2 sources" that the reader would see."""
    controller, inbox = smtp
    text = "Nimbus raises $400 million.\nFrom 2 sources: Labs Blog, AI Wire."

    channel(controller).alert("AI Daily · newsdesk", text)

    envelope, mail = inbox.received[0]
    assert b"\r\n>From" not in envelope.content
    assert mail.get_content().splitlines() == text.splitlines()
    assert envelope.mail_from == "digest@daily.example.org"


def test_a_refused_login_or_an_unreachable_server_is_worded_in_chinese(
    smtp: tuple[Controller, Inbox],
) -> None:
    """The desk's pages read a mail's failure back into its kind (``work_error_phrase``)
    and word it in Chinese."""
    controller, _ = smtp
    with pytest.raises(PublishError) as refused:
        channel(controller, password="wrong").publish(edition())
    closed = EmailChannel.model_validate(
        {"id": "mail", "kind": "email", "host": "127.0.0.1", "port": _free_port(),
         "security": "none", "sender": "digest@daily.example.org",
         "recipients": ["ada@readers.example"]}
    )  # fmt: skip
    with pytest.raises(PublishError) as unreached:
        EmailPublisher(closed).publish(edition())

    zh, utc = strings("zh"), ZoneInfo("UTC")
    said = [phrased((work_error_phrase(str(e.value)),), zh, utc) for e in (refused, unreached)]
    assert said[0].startswith(f"SMTP 服务器 127.0.0.1:{controller.port} 拒绝了登录（535）：")
    assert said[0].endswith("。检查 username 和 password")
    assert said[1].startswith("通过 SMTP 服务器 127.0.0.1:") and "发送邮件失败：" in said[1]


def test_the_shared_secret_hiding_hides_the_smtp_login_as_sent_in_base64() -> None:
    """AUTH PLAIN sends ``\\0user\\0password`` in base64 (AUTH LOGIN each apart), which a
    refusing server may quote: decoded, it is the password.  Every channel's error goes
    through the one helper, so the helper itself must hide it."""
    from base64 import b64encode

    from newsdesk.config import hide_secrets

    channel = EmailChannel(
        id="mail", kind="email", host="smtp.example", username="deskuser",
        password="amber-Lantern-77", sender="d@example.org", recipients=["e@example.org"],
    )  # fmt: skip
    plain = b64encode(b"\0deskuser\0amber-Lantern-77").decode()
    login = b64encode(b"amber-Lantern-77").decode()

    said = hide_secrets(f"535 rejected AUTH PLAIN {plain}; then LOGIN {login}", channel)

    assert plain not in said and login not in said and "amber-Lantern-77" not in said
    assert said == "535 rejected AUTH PLAIN ***; then LOGIN ***"


def test_signing_in_tries_the_server_and_the_login_and_sends_no_mail(
    smtp: tuple[Controller, Inbox],
) -> None:
    """What doctor may try of a mail channel: the server answers and takes the login; a
    wrong password fails in the words a post would, and no reader gets a mail."""
    controller, inbox = smtp

    channel(controller).sign_in()
    with pytest.raises(PublishError, match=r"e-mail through 127\.0\.0\.1:\d+ failed: \(535"):
        channel(controller, password="wrong").sign_in()

    assert inbox.received == []
