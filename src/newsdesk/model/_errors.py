"""An error of a run's work (a fetch, a parse, a worker's task, a channel's post) read
back into its kind.

The collectors and the workers word their failures in English for the log, the console
and the store (``last_error``, a stage's errors, a run's error).  Rows stored before
any kind was kept hold that text alone, so the kind and its details are read back from
the words, which keeps every stored row readable: a reader in another language (the
desk's pages in Chinese) words a known kind itself and shows any other text as it is.
"""

from __future__ import annotations

import re

from newsdesk.model._stories import Phrase

_URL = r"\S+"
#: A hop, and the URL it was redirected from when it was.
_WHERE = r"\S+(?: \(redirected from \S+\))?"
#: A chat channel as its webhook names itself (the URL is a credential, its host is not),
#: and which of its messages failed.
_CHANNEL = r"Channel '(?P<channel>[^']+)' \((?P<service>[^,]+), (?P<host>[^)]*)\)"
_MESSAGE = r"(?:the message|message \d+ of \d+)"
_POSTED = r"(?: Messages 1–\d+ were posted\.)?"

#: Each kind of error by key, and the shape of its English words (the details named).
WORK_ERRORS: dict[str, str] = {
    "tries": r"(?P<error>.+) \(after (?P<tries>\d+) tries\)",
    "parts": r"(?P<posted>\d+) of (?P<parts>\d+) parts posted\. (?P<error>.+)",
    "task_timeout": r"(?P<stage>\w[\w ]*?) did not finish within (?P<seconds>\d+) s "
    r"\(execution\.task_timeout\): are `(?P<command>[^`]+) worker` processes running on "
    r"(?P<broker>\S+)\?",
    "http_wait": rf"HTTP (?P<status>\d{{3}}) (?P<reason>[^;:]*?) from (?P<where>{_WHERE}): "
    r"the server asks to wait (?P<asked>\d+) s, more than fetch\.max_retry_after "
    r"\((?P<limit>\d+) s\)",
    "http_status": rf"HTTP (?P<status>\d{{3}}) (?P<reason>[^;:]*?) from (?P<where>{_WHERE})"
    r"(?: after (?P<attempts>\d+) attempts)?(?:; .*)?",
    "timeout": rf"no complete response from (?P<where>{_WHERE}) within (?P<seconds>[\d.]+) s "
    r"\(fetch\.timeout\)",
    "dns": rf"could not connect to (?P<host>{_URL}): the host name does not resolve.*",
    "refused": rf"could not connect to (?P<host>{_URL}): connection refused "
    r"\(is the server up\?\).*",
    "connect": rf"could not connect to (?P<host>{_URL}): (?P<reason>.+)",
    "blocked": rf"refused to fetch (?P<where>{_WHERE}): (?P<address>.+?)\. newsdesk fetches "
    r"only public internet addresses.*",
    "redirects": rf"too many redirects from (?P<url>{_URL}) \(more than (?P<limit>\d+)\); "
    r"the site is probably in a redirect loop",
    "too_large": rf"response from (?P<where>{_WHERE}) is (?:\S+ MB, )?over the "
    r"(?P<limit>\S+ MB) limit(?: once decompressed)? \(fetch\.max_bytes\)",
    "decompress": rf"response from (?P<where>{_WHERE}) could not be decompressed "
    r"\(Content-Encoding: (?P<encoding>[^)]*)\): (?P<reason>.+)",
    "html_page": rf"(?P<url>{_URL}) returned an HTML page, not a feed; look for its RSS link",
    "empty": rf"(?P<url>{_URL}) returned an empty (?:response instead of a feed|page)",
    "not_a_feed": rf"(?P<url>{_URL}) is not a readable feed: (?P<reason>.+)",
    "not_json": rf"(?P<url>{_URL}) is not valid JSON: (?P<reason>.+)",
    "no_json": rf"(?P<url>{_URL}) did not return JSON \((?P<reason>.+)\)",
    "no_files": r"no files match (?P<pattern>.+)",
    "channel_refused": rf"{_CHANNEL} refused {_MESSAGE}: HTTP (?P<status>\d{{3}}): "
    rf"(?P<said>.*?)\.{_POSTED} .*",
    "channel_unreached": rf"{_CHANNEL} could not be reached for {_MESSAGE}: (?P<reason>.+?)\."
    rf"{_POSTED} Check the webhook URL and the network\.",
    "layout": rf"no entries matched item=(?P<item>.+) with a title and link on (?P<url>{_URL}); "
    r"the page layout may have changed",
}
_READ_BACK = {key: re.compile(shape, re.DOTALL) for key, shape in WORK_ERRORS.items()}


def work_error_phrase(text: str) -> Phrase:
    """``text`` as a :class:`Phrase` of key ``work.<kind>`` with its details, when its
    words are of a kind :data:`WORK_ERRORS` knows; else the text alone (key "")."""
    for key, pattern in _READ_BACK.items():
        found = pattern.fullmatch(text)
        if found:
            values = tuple(
                (k, _stage(v) if k == "stage" else v)
                for k, v in found.groupdict(default="").items()
            )
            if key == "http_status":
                key = _http_kind(int(found["status"]))
            return Phrase(f"work.{key}", text, values)
    return Phrase("", text)


def _stage(said: str) -> str:
    """A stage by its name: "Collect" is collect, "The digests" (each digest's select to
    render, as one task) is digests."""
    return said.lower().removeprefix("the ")


def _http_kind(status: int) -> str:
    """The kind of an HTTP status, as the fetcher's advice groups them."""
    if status in (404, 410):
        return "http_gone"
    if status in (401, 403):
        return "http_refused"
    if status == 429:
        return "http_limited"
    return "http_server" if status >= 500 else "http_status"
