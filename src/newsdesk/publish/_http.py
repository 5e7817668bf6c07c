"""How a channel sends one request: retried only when the service certainly did not take it.

A post that timed out or met a 5xx (but 501 and 505) may have been posted, and posting it
again would show readers the story twice, so those are the caller's to report as unknown.
What is safe to send again is a request the service answered with 429 (it says it did
nothing) and one whose connection never opened; those wait as the shared :class:`RetryPolicy` says,
``Retry-After`` included.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import httpx
import lxml.html
from lxml import etree

from newsdesk._retry import RetryPolicy, retry_after

#: The channels' policy: a short wait or two, since a digest that is late by a minute is
#: better than a run that hangs on one chat.
CHANNEL_RETRY = RetryPolicy(retries=2, backoff=1.0, max_retry_after=60.0)

#: Failures before the request was sent.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

#: Server errors that say the request was not carried out: the server does not do this
#: method (501) or speak this HTTP version (505).
_NOT_DONE = frozenset({501, 505})


def maybe_taken(response: httpx.Response) -> bool:
    """Whether an error answer leaves it open that the service took the request.

    A 4xx is the service saying no, and 501/505 say it cannot do what was asked, so
    nothing was posted; any other 5xx (a crash, or a gateway that lost the answer) may
    come after the message went out.
    """
    return response.is_server_error and response.status_code not in _NOT_DONE


def send(
    request: Callable[[], httpx.Response],
    sleep: Callable[[float], None],
    *,
    asked: Callable[[httpx.Response], float | None] = lambda r: retry_after(r.headers),
    policy: RetryPolicy = CHANNEL_RETRY,
) -> httpx.Response:
    """The response to ``request()``, tried again after a 429 or a connection that never
    opened, while ``policy`` allows; ``asked`` reads how long a 429 asks to wait.  The last
    429 is returned for the caller to report; the last connection error is raised."""
    attempt = 0
    while True:
        try:
            response = request()
        except NOT_SENT:
            wait = policy.wait(attempt)
            if wait is None:
                raise
        else:
            if response.status_code != 429:
                return response
            wait = policy.wait(attempt, asked(response))
            if wait is None:
                return response
        attempt += 1
        sleep(wait)


#: The keys services put their error's words under in a JSON answer.
_MESSAGE_KEYS = ("msg", "errmsg", "message", "error", "description")

#: How much of what a service said an error message quotes.
SAID_CHARS = 200


def said(response: httpx.Response) -> str:
    """What a service said in an error answer, on one line for a person: the message of
    its JSON, else its text; an HTML page (a proxy's or a web server's error page, the
    usual answer of a wrong URL) by the words a browser shows, not its markup."""
    try:
        reply = response.json()
    except ValueError:
        reply = None
    if isinstance(reply, dict):
        for key in _MESSAGE_KEYS:
            if reply.get(key):
                return _brief(str(reply[key]))
    text = response.text
    if "html" in response.headers.get("content-type", "") or text.lstrip()[:1] == "<":
        text = _page_words(text)
    return _brief(text) or response.reason_phrase


def _page_words(page: str) -> str:
    """The words of an HTML page: its body's text, else its title; the page as given
    when it cannot be read as HTML."""
    try:
        root = lxml.html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return page
    title = root.findtext(".//title") or ""
    for hidden in root.xpath("//head|//script|//style|//noscript"):
        hidden.drop_tree()
    body = " ".join(root.text_content().split())
    return body or title


def _brief(text: str) -> str:
    """``text`` on one line, cut with "…" after :data:`SAID_CHARS` characters."""
    line = re.sub(r"\s+", " ", text).strip()
    return line if len(line) <= SAID_CHARS else line[: SAID_CHARS - 1].rstrip() + "…"
