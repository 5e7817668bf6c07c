"""An error of a run's work (a fetch, a parse, a worker's task, a channel's post), or a
refusal of the desk's (an action that does not fit, a run already going), read back
into its kind.

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
#: A Telegram call (its method and which message are in the English only), and a mail's
#: SMTP server.  A sentence's last period may be gone: a publish quoting it drops it.
_TELEGRAM = r"Telegram \w+ to (?P<chat>\S+)(?: \(message \d+ of \d+\))?"
_SMTP = r"e-mail through (?P<host>\S+):(?P<port>\d+)"

#: config.not_set's words: the variables not set and what to do.
_NOT_SET = (
    r"(?P<names>[A-Za-z_]\w*(?: and [A-Za-z_]\w*)*) (?:is|are) "
    r"not set: export .+?=\.\.\., then (?:fetch|publish|run it) again\."
)

#: Each kind of error by key, and the shape of its English words (the details named).
WORK_ERRORS: dict[str, str] = {
    "tries": r"(?P<error>.+) \(after (?P<tries>\d+) tries\)",
    # "parts": the words of a record written before a channel's parts were its messages
    "parts": r"(?P<posted>\d+) of (?P<parts>\d+) (?:messages|parts) posted\. (?P<error>.+)",
    "task_timeout": r"(?P<stage>\w[\w ]*?) did not finish within (?P<seconds>\d+) s "
    r"\(execution\.task_timeout\): are `(?P<command>[^`]+) worker` processes running on "
    r"(?P<broker>\S+)\?",
    "no_worker": r"No newsdesk worker answers on (?P<broker>\S+): start one with "
    r"`(?P<command>[^`]+) worker` \(with the same config\), or set execution\.engine: local",
    "no_redis": r"Redis at (?P<broker>\S+) is not reachable \((?P<reason>.+)\): start it, or "
    r"set execution\.engine: local to run in this process",
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
    "telegram_unreached": rf"{_TELEGRAM}: could not connect: (?P<reason>.+)",
    "telegram_silent": rf"{_TELEGRAM}: no answer \((?P<reason>.+)\)\.?",
    "telegram_no_id": rf"{_TELEGRAM}: the answer says ok but carries no message id: "
    r"(?P<said>.+)",
    "telegram_migrated": rf'{_TELEGRAM}: (?P<said>.+) \(its chat_id is now "(?P<moved>-?\d+)": '
    r"set it on the channel\)",
    "telegram_token": rf"{_TELEGRAM}: (?P<said>.+) \(check bot_token\)",
    "telegram_chat": rf"{_TELEGRAM}: (?P<said>.+) \(is the bot a member/admin of the chat\? "
    r"check chat_id\)",
    "telegram_status": rf"{_TELEGRAM}: (?P<said>.+) \(HTTP (?P<status>\d{{3}})\)\.?",
    "telegram_refused": rf"{_TELEGRAM}: (?P<said>.+)",
    "smtp_login": rf"{_SMTP} failed: \((?P<code>53[0-9]), (?P<said>.+)\)",
    "smtp_failed": rf"{_SMTP} failed: (?P<reason>.+)",
    "smtp_lost": rf"{_SMTP}: the connection was lost while the server had the mail "
    r"\((?P<reason>.*)\); it may have been sent\.?",
    "smtp_refused": r"the SMTP server refused: (?P<recipients>.+)",
    "files_write": r"could not write into (?P<folder>.+?): (?P<reason>.+)",
    "files_style": r"style '(?P<style>[^']+)' was not rendered for this digest "
    r"\(rendered: (?P<known>.+)\)",
    "git_failed": r"git (?P<step>[\w-]+) failed for (?P<repo>\S+): (?P<reason>.+)",
    "git_run": r"git (?P<step>[\w-]+) failed: (?P<reason>.+)",
    # config.not_set's words, of a fetch, a publish or a digest's run; the desk's pages
    # show them for runs of the server and of a shell alike, so they say where to set it.
    # A digest written without a source that waits is read first: its "goes without" is
    # worded in the page's language, not left in English before the rest.
    "not_set_without": r"(?P<digest>\S+) goes without (?P<source>\S+): " + _NOT_SET,
    "not_set": r"(?P<prefix>.+?: )?" + _NOT_SET,
    "maybe_posted": r"(?P<maybe>\d+) of (?P<parts>\d+) (?:messages|parts) may or may not have "
    r"been posted "
    r"\((?P<error>.+)\)\. Check the channel; `(?P<force>[^`]+)` posts them again\.",
    "cannot_change": r"revision (?P<revision>\d+) differs from what went out here; this channel "
    r"cannot change what it posted, so `(?P<force>[^`]+)` posts it\.",
    "channel_busy": r"another publisher \((?P<holder>.+?)\) is posting on this channel, its claim "
    r"running until (?P<until>[\d-]+ [\d:]+) UTC\. Skipped: run again once it has finished\.",
    "posted_before": r"Posted before, not this time: (?P<error>.+)",
    "layout": rf"no entries matched item=(?P<item>.+) with a title and link on (?P<url>{_URL}); "
    r"the page layout may have changed",
}

_DAY = r"\d{4}-\d\d-\d\d"
#: A digest's, a story's or a source's name as the core quotes it, and a command.
_DIGEST = r"(?P<digest>[^\s']+)"
_STORY = r"'(?P<story>[^']+)'"
_REVISION = rf"{_DIGEST} (?P<day>{_DAY}) revision (?P<revision>\d+)"

#: Each refusal of the desk's (the core's errors an editor meets on the desk's pages, and
#: the server's own) by key, and the shape of its English words (the details named).
REFUSALS: dict[str, str] = {
    "running_all": rf"The run of every digest for (?P<day>{_DAY}) \(run (?P<run>\d+)\) is "
    r"still going: one run at a time\. Its progress is in the run history; start this one "
    r"when it has finished\.",
    "running": rf"The run of {_DIGEST} for (?P<day>{_DAY}) \(run (?P<run>\d+)\) is still "
    r"going: one run at a time\. Its progress is in the run history; start this one when "
    r"it has finished\.",
    "lease_busy": r"Another process \((?P<holder>.+?)\) still holds the (?P<stage>\w+) lease "
    rf"after (?P<seconds>\d+) s of waiting \(it expires at (?P<expires>{_DAY} [\d:]+) UTC "
    r"unless renewed\)\. Nothing of this \w+ was done; the next run does it\.",
    "lease_lost": r"The (?P<stage>\w+) lease was lost mid-work \(it expired and another "
    r"process took it\); nothing of this \w+ was saved, the next run does it\.",
    "awaiting_approval": r"revision (?P<revision>\d+) is a draft and the digest's review is "
    rf"required\. Look at it with `[^`]+ edition show --digest {_DIGEST} --date (?P<day>{_DAY})`, "
    r"then approve it with `[^`]+`\.",
    "published": rf"{_REVISION} is already published; a run with new stories or an editor's "
    r"action makes a new draft to approve\.",
    "not_written_approve": rf"{_REVISION} is not written yet: `(?P<run>[^`]+)` writes it, "
    r"then `(?P<approve>[^`]+)`\.",
    "not_written": rf"{_REVISION} is not written yet: `(?P<run>[^`]+)` writes it\.",
    "empty_edition": rf"{_REVISION} holds no story: its run had none of that day to select, "
    r"so there is nothing to approve\. `(?P<list>[^`]+)` shows the day's stories; "
    r"`(?P<run>[^`]+)` writes it again once its sources have published\.",
    "never_written": rf"{_REVISION} was never written\.",
    "one_revision": rf"{_DIGEST} (?P<day>{_DAY}) has only revision (?P<revision>\d+): "
    r"nothing to compare it with yet\.",
    "no_revision": rf"{_DIGEST} (?P<day>{_DAY}) has no revision (?P<revision>\d+): its "
    r"revisions are 1 to (?P<last>\d+)\.",
    "first_revision": rf"{_DIGEST} (?P<day>{_DAY}) revision 1 is its first: nothing before "
    r"it to compare it with \(its revisions are 1 to (?P<last>\d+); give --from\)\.",
    "calendar": r"No day (?P<day>-?\d+-\d\d-\d\d) here: newsdesk keeps days from "
    rf"(?P<first>{_DAY}) to (?P<last>{_DAY})\.",
    "place": rf"--to (?P<position>\d+): the {_DIGEST} lead of (?P<day>{_DAY}) has places 1 "
    r"to (?P<places>\d+)\.",
    "place_short": rf"--to (?P<position>\d+): the {_DIGEST} lead of (?P<day>{_DAY}) has "
    rf"places 1 to (?P<places>\d+) \({_DAY}'s lead holds (?P<held>\d+) stories; select\.lead "
    r"is (?P<lead>\d+)\)\.",
    "no_llm": r"Cannot have it written again: no LLM is configured \(llm\.base_url\)\. Edit "
    r"its text instead\.",
    "no_llm_key": r"Cannot have it written again: the LLM's key variable (?P<variable>\S+) is "
    r"not set\. Edit its text instead\.",
    "not_a_part": r"(?P<part>'[^']+') is not a part of this entry; its parts are "
    r"(?P<parts>.+)\.",
    "empty_headline": r"The headline is empty: every entry needs one\.",
    "empty_line": r"The line is empty: every entry needs one\.",
    "not_a_list": r"The (?P<part>\w+) is one text, not a list\.",
    "no_story": rf"No story {_STORY}\. `(?P<list>[^`]+)` lists them\.",
    "not_candidate": rf"Story {_STORY} is not among the {_DIGEST} candidates of "
    rf"(?P<day>{_DAY})\. `[^`]+` lists them\.",
    "no_longer_candidate": rf"Story {_STORY} is no longer among the {_DIGEST} candidates of "
    rf"(?P<day>{_DAY})\.",
    "not_in_edition": rf"Story {_STORY} is not in the {_DIGEST} edition of (?P<day>{_DAY})\. "
    r"`[^`]+` lists its stories; `edition pin` brings a left-out one in\.",
    "no_edition": rf"No {_DIGEST} edition for (?P<day>{_DAY}) yet\. `(?P<today>[^`]+)` makes "
    r"today's draft; `(?P<past>[^`]+)` a past day's\.",
    "day_to_come": rf"No {_DIGEST} (?:edition|digest) for (?P<day>{_DAY}): that day is still "
    rf"to come \(today is (?P<today>{_DAY})\); a run writes today or a past day\.",
    "date_to_come": rf"--date (?P<day>{_DAY}) is still to come; a run writes today or a past "
    r"day\.",
    "nothing_written": rf"Nothing to publish for (?P<day>{_DAY}): no digest with a channel was "
    r"written that day\. `(?P<run>[^`]+)` writes it from the items stored; then publish "
    r"again\.",
    "no_digest": r"No digest '(?P<digest>[^']+)' \(digests: (?P<known>.+)\)\.",
    "no_run": r"No run (?P<run>\d+)\. The run history lists them\.",
    "no_day_run": rf"No run of {_DIGEST} for (?P<day>{_DAY}) yet\.",
    "no_source": r"No source '(?P<source>[^']+)' in the config\.",
    "source_taken": r"No source was added: (?P<path>.+) already has a source with the id "
    r"'(?P<source>[^']+)' \((?P<name>.+), (?P<kind>[\w-]+)\)\. Choose another id, or change "
    r"that source in the file\.",
    "csrf": r"This change came without the page's CSRF token; reload the page and try again\.",
    "login_expired": r"The login form expired; reload the page and sign in\.",
    "other_site": r"Changes are only taken from the desk's own pages\.",
    "local_only": r"This desk has no accounts, so it answers only on this machine, not as "
    r"(?P<host>.+)\. Make one with `(?P<add>[^`]+)`\.",
    "bad_token": r"The API token is not valid \(revoked, or mistyped\)\.",
    "sign_in_read": r"Sign in \(or send an API token\) to read this desk\.",
    "sign_in_newsroom": r"Sign in \(or send an API token\) to see the newsroom: drafts, runs "
    r"and channels are for editors, even on a public desk\.",
    "sign_in_change": r"Sign in \(or send an API token\) to change this desk\.",
    "schema_behind": r"The store has schema (?P<found>\S+); this newsdesk needs (?P<head>\S+)\. "
    r"Run `(?P<upgrade>[^`]+)`\.",
    "schema_newer": r"The store has schema (?P<found>\S+); this newsdesk needs (?P<head>\S+)\. "
    r"Install the newer newsdesk\.",
    "not_found": r"Not Found",
}
_READ_BACK = {
    **{f"work.{key}": re.compile(shape, re.DOTALL) for key, shape in WORK_ERRORS.items()},
    **{f"refusal.{key}": re.compile(shape, re.DOTALL) for key, shape in REFUSALS.items()},
}


def work_error_phrase(text: str) -> Phrase:
    """``text`` as a :class:`Phrase` of key ``work.<kind>`` (or ``refusal.<kind>``) with
    its details, when its words are of a kind :data:`WORK_ERRORS` (or :data:`REFUSALS`)
    knows; else the text alone (key "")."""
    for key, pattern in _READ_BACK.items():
        found = pattern.fullmatch(text)
        if found:
            values = tuple(
                (k, _stage(v) if k == "stage" else v)
                for k, v in found.groupdict(default="").items()
            )
            if key == "work.http_status":
                key = f"work.{_http_kind(int(found['status']))}"
            return Phrase(key, text, values)
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
