"""A channel's credential never reaches the log: the Bot API's address holds the bot's
token, and ``newsdesk -v`` shows the libraries' logs."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from bot_api import BotAPI, telegram
from publish_helpers import edition

from newsdesk.cli import _configure_logging


@pytest.fixture
def api() -> Iterator[BotAPI]:
    bot = BotAPI()
    with bot.server:
        yield bot


@pytest.fixture
def verbose() -> Iterator[None]:
    """Logging as ``newsdesk -v`` sets it, put back afterwards."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    loggers = {n: logging.getLogger(n).level for n in ("newsdesk", "httpx")}
    _configure_logging(verbose=True)
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, was in loggers.items():
        logging.getLogger(name).setLevel(was)


@pytest.mark.usefixtures("verbose")
def test_a_verbose_publish_logs_no_bot_token(
    api: BotAPI, capfd: pytest.CaptureFixture[str]
) -> None:
    telegram(api).publish(edition(cover=None))
    logged = capfd.readouterr().err
    assert api.server.requests  # it did post
    assert "TOKEN" not in logged
