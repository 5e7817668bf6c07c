"""The ``email`` channel: one message per digest to a list of recipients, over SMTP with
STARTTLS or SSL, as text and HTML with the cover inline."""

from __future__ import annotations

import html
import smtplib
import ssl
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any, Literal

from pydantic import Field, field_validator

from newsdesk.config import SECRET, ChannelBase, check_placeholders, hide_secrets
from newsdesk.publish._base import (
    Channel,
    Edition,
    Message,
    OutcomeUnknown,
    Part,
    PublishError,
    Revise,
    part_key,
    register_channel,
)
from newsdesk.publish.files import one_message
from newsdesk.render import Role, outline, outline_text


class EmailChannel(ChannelBase):
    """E-mail over SMTP: text and HTML, the cover inline."""

    kind: Literal["email"]
    host: str
    port: int = Field(587, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str = ""
    password: str = Field("", description="write ${SMTP_PASSWORD}", json_schema_extra=SECRET)
    ca_file: str | None = Field(None, description="a CA certificate to trust (private servers)")
    sender: str
    recipients: list[str] = Field(min_length=1)
    subject: str = Field("{label} {date}: {title}", description="{label} {date} {title}")

    @property
    def carries_alerts(self) -> bool:
        return True

    @property
    def logins(self) -> tuple[str, ...]:
        """AUTH PLAIN sends ``\\0username\\0password``, AUTH LOGIN each apart."""
        if not self.username:
            return ()
        return (f"\0{self.username}\0{self.password}", self.username, self.password)

    @field_validator("subject")
    @classmethod
    def _subject(cls, value: str) -> str:
        return check_placeholders(value, ("label", "date", "title"))


_TIMEOUT = 30.0


#: The text part is the terminal's text without the other sources and the tags (the HTML
#: part has those), with the page link.
_TEXT_ROLES = frozenset(Role) - {Role.SOURCES_HEADING, Role.SOURCE, Role.TAGS}


def plain_text(edition: Edition) -> str:
    """The digest for mail readers that show no HTML."""
    blocks = outline(edition.digest, page_url=edition.page_url, roles=_TEXT_ROLES)
    return outline_text(blocks)


def compose(config: EmailChannel, edition: Edition) -> EmailMessage:
    """The multipart message: text, HTML (the cover shown inline by Content-ID)."""
    d = edition.digest
    mail = EmailMessage()
    subject = config.subject.format(label=edition.label, date=d.day.isoformat(), title=d.title)
    mail["Subject"] = " ".join(subject.split())  # a header holds one line
    mail["From"] = config.sender
    mail["To"] = ", ".join(config.recipients)
    mail["Message-ID"] = make_msgid(domain=config.sender.rpartition("@")[2] or None)
    mail.set_content(plain_text(edition))
    cover_id = make_msgid()
    cover = f'<p><img src="cid:{cover_id[1:-1]}" alt="" width="600"></p>' if edition.cover else ""
    page_url = html.escape(edition.page_url, quote=True)
    page = f'<p><a href="{page_url}">{page_url}</a></p>' if edition.page_url else ""
    mail.add_alternative(
        f"<!doctype html><html><body><h1>{html.escape(d.title)}</h1>{cover}{edition.html}{page}"
        "</body></html>",
        subtype="html",
    )
    if edition.cover is not None:
        html_part = mail.get_body(preferencelist=("html",))
        assert isinstance(html_part, EmailMessage)
        html_part.add_related(edition.cover, "image", "png", cid=cover_id)
    return mail


class EmailPublisher(Channel):
    """Sends through ``host:port`` with the configured security and login; the mail's
    Message-ID is its id.  A sent mail is not sent again for a changed digest unless
    forced."""

    revise = Revise.FORCE

    def __init__(self, config: EmailChannel) -> None:
        self.id = config.id
        self.config = config

    def parts(self, edition: Edition) -> list[Part]:
        cover = edition.cover or b""
        return [Part(part_key("email", plain_text(edition), edition.html, cover))]

    def messages(self, edition: Edition, parts: Sequence[Part]) -> list[Message]:
        return one_message(parts, edition)

    def post(self, message: Message) -> str:
        return self._deliver(compose(self.config, message.body))

    def alert(self, heading: str, text: str) -> str:
        """A plain-text mail whose subject is ``heading``, to the same recipients."""
        c = self.config
        mail = EmailMessage()
        mail["Subject"] = " ".join(heading.split())
        mail["From"] = c.sender
        mail["To"] = ", ".join(c.recipients)
        mail["Message-ID"] = make_msgid(domain=c.sender.rpartition("@")[2] or None)
        mail.set_content(text + "\n")
        return self._deliver(mail)

    def sign_in(self) -> None:
        """Connect, secure the connection and log in as a post does, then leave without
        sending: all of a mail channel that can be tried with no reader seeing a mail.
        Raises PublishError in the words a failed post would have."""
        try:
            with self._session():
                pass
        except (smtplib.SMTPException, OSError) as err:
            raise self._failed(err) from None

    @property
    def where(self) -> str:
        """The server, as each of this channel's errors names it."""
        return f"e-mail through {self.config.host}:{self.config.port}"

    def _failed(self, err: Exception) -> PublishError:
        return PublishError(f"{self.where} failed: {hide_secrets(str(err), self.config)}")

    @contextmanager
    def _session(self) -> Iterator[smtplib.SMTP]:
        c = self.config
        context = ssl.create_default_context(cafile=c.ca_file)
        smtp: smtplib.SMTP
        if c.security == "ssl":
            smtp = smtplib.SMTP_SSL(c.host, c.port, timeout=_TIMEOUT, context=context)
        else:
            smtp = smtplib.SMTP(c.host, c.port, timeout=_TIMEOUT)
        with smtp:
            if c.security == "starttls":
                smtp.starttls(context=context)
            if c.username:
                smtp.login(c.username, c.password)
            yield smtp

    def _deliver(self, mail: EmailMessage) -> str:
        c = self.config
        where = self.where
        try:
            with self._session() as smtp:
                refused = _send(smtp, mail, c.sender, c.recipients, where)
        except (smtplib.SMTPException, OSError) as err:
            raise self._failed(err) from None
        if refused:
            raise PublishError(f"the SMTP server refused: {', '.join(sorted(refused))}")
        return str(mail["Message-ID"])


def _send(
    smtp: smtplib.SMTP,
    mail: EmailMessage,
    sender: str,
    recipients: Sequence[str],
    where: str,
) -> dict[str, Any]:
    """Hand the mail over, written as it is: ``send_message`` writes an ASCII mail with
    every line that starts with "From " turned into ">From " (an mbox's old escape), so
    an English digest's "From 2 sources: …" reached readers as ">From 2 sources".  A
    refusal is an answer (not sent); a connection lost while the server had the mail may
    have sent it."""
    international = not all(a.isascii() for a in (sender, *recipients))
    data = mail.as_bytes(policy=policy.SMTPUTF8 if international else policy.SMTP)
    options = ("SMTPUTF8", "BODY=8BITMIME") if international else ()
    try:
        return dict(smtp.sendmail(sender, list(recipients), data, options))
    except (smtplib.SMTPServerDisconnected, TimeoutError, ConnectionError) as err:
        raise OutcomeUnknown(
            f"{where}: the connection was lost while the server had the mail ({err}); "
            "it may have been sent."
        ) from err


register_channel(
    "email", EmailChannel, lambda config, *_: EmailPublisher(config), known_as=("smtp", "mail")
)
