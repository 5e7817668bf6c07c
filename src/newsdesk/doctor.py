"""``newsdesk doctor``: what stands between this machine and a good run, and how to fix it.

Each check says in a line what it found and, when something is wrong, what to do: the
config, the store's schema, the cover's fonts, Hugo, each folder and repository the posts
go to (written to or read, never posted into), every source (one fetch each), and the LLM
endpoint with its key.  Nothing is stored, nothing is published.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Mapping, Set
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx

from newsdesk._command import command
from newsdesk.collect import NO_NETWORK_ADVICE, error_advice, no_network
from newsdesk.config import Config, folder_of, unset_variables
from newsdesk.editor import why_offline
from newsdesk.model import Outcome, SourceReport
from newsdesk.publish import PublishError
from newsdesk.publish.email import EmailChannel, EmailPublisher
from newsdesk.publish.files import FilesChannel
from newsdesk.publish.git import GitChannel, git_said
from newsdesk.render import CoverError, Fonts
from newsdesk.store import SchemaStatus

#: How long the LLM endpoint may take to list its models.
LLM_TIMEOUT = 10.0


class Verdict(StrEnum):
    """How one check came out."""

    OK = "ok"
    #: Works, but something is missing or degraded (a run still succeeds).
    WARN = "warn"
    #: A run fails or publishes nothing until it is fixed.
    FAIL = "fail"


@dataclass(frozen=True, slots=True)
class Finding:
    """One check: what it looked at, how it came out, and what to do."""

    #: "config", "store", "fonts", "hugo", "channel <id>" (a folder, repository or mail
    #: server posts go to), "site <id>" (the Hugo site a folder channel writes into, and the zone it
    #: reads the posts' dates in), "schedule <digest>" (where a scheduled digest's alerts
    #: go), "source <id>", "sources" (none could be reached: the machine has no network),
    #: "llm".
    check: str
    verdict: Verdict
    #: What it found, in a line.
    detail: str
    #: What to do about it ("" when nothing).
    fix: str = ""


@dataclass(frozen=True, slots=True)
class Checkup:
    """Every finding of ``newsdesk doctor``, in the order checked."""

    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        """True when nothing fails (warnings allowed)."""
        return all(f.verdict is not Verdict.FAIL for f in self.findings)


def config_finding(config: Config) -> Finding:
    where = str(config.base_dir)
    sources = sum(s.enabled for s in config.sources)
    digests = len(config.digests)
    detail = (
        f"{sources} source{'' if sources == 1 else 's'} enabled, "
        f"{digests} digest{'' if digests == 1 else 's'}, read from {where}"
    )
    if not sources:
        return Finding("config", Verdict.FAIL, detail, "Add a source under `sources:`.")
    unset = config.unset_env
    if unset:
        names = tuple(dict.fromkeys(unset.values()))
        where = ", ".join(f"{path} names {name}" for path, name in unset.items())
        used = [
            *(s for s in config.sources if s.enabled),
            *(c for d in config.digests for c in d.publish if c.enabled),
            *(c for c in config.alert_channels if c.enabled),
        ]
        # a disabled source or channel never runs: it fails once enabled, not today
        failing = any(unset_variables(model) for model in used) or any(
            unset_variables(digest, exclude=("publish",)) for digest in config.digests
        )
        return Finding(
            "config",
            Verdict.FAIL if failing else Verdict.WARN,
            f"{detail}; {' and '.join(names)} {'is' if len(names) == 1 else 'are'} not set "
            f"({where}): "
            + (
                "what names it (a source, digest or channel) fails until it is"
                if failing
                else "that source or channel is disabled, and fails once enabled"
            ),
            "; ".join(f"export {n}=..." for n in names),
        )
    return Finding("config", Verdict.OK, detail)


def store_finding(status: SchemaStatus) -> Finding:
    if status.newer:
        return Finding(
            "store",
            Verdict.FAIL,
            f"{status.url}: schema {status.current}, newer than this newsdesk's {status.head}",
            "Install the newsdesk that upgraded it (pip install -U newsdesk).",
        )
    if status.current is None:
        return Finding("store", Verdict.OK, f"{status.url}: new, created on first use")
    if status.pending:
        return Finding(
            "store",
            Verdict.FAIL,
            f"{status.url}: schema {status.current}, this newsdesk needs {status.head}",
            f"Run `{command()} db upgrade` (back up the database first).",
        )
    return Finding("store", Verdict.OK, f"{status.url}: schema {status.current}, current")


def fonts_finding(config: Config) -> Finding:
    cover = config.render.cover
    if not cover.enabled:
        return Finding("fonts", Verdict.OK, "covers are off (render.cover.enabled: false)")
    try:
        fonts = Fonts.find(cover.font, cover.font_bold)
        fonts.load(True, 12)
    except CoverError as err:
        return Finding("fonts", Verdict.WARN, f"no cover can be drawn: {err}", str(err))
    return Finding("fonts", Verdict.OK, f"cover font {fonts.regular}")


def hugo_finding(config: Config) -> Finding:
    """Hugo proves a ``files`` or ``git`` channel's posts build; newsdesk runs without it."""
    posts = any(isinstance(c, FilesChannel | GitChannel) for d in config.digests for c in d.publish)
    found = shutil.which("hugo")
    if found:
        return Finding("hugo", Verdict.OK, f"hugo at {found}")
    if not posts:
        return Finding("hugo", Verdict.OK, "not needed: no files or git channel")
    return Finding(
        "hugo",
        Verdict.WARN,
        "hugo is not installed: the posts are written, but nothing here proves they build",
        "apt-get install hugo (or your site's generator) to preview the posts.",
    )


#: Seconds a repository has to answer ``git ls-remote``.
GIT_TIMEOUT = 30


def schedule_findings(config: Config) -> list[Finding]:
    """Each scheduled digest: where its alerts go.  With no enabled alert channel a failed
    run, and a draft waiting for review, are only written to the server's log, which no
    editor reads: the digest is quietly not published."""
    out = []
    for digest in config.digests:
        if not digest.schedule:
            continue
        check = f"schedule {digest.name}"
        alerts = [c.id for c in config.alert_channels_of(digest) if c.enabled]
        if alerts:
            detail = f"{digest.schedule} ({digest.timezone}); alerts go to {', '.join(alerts)}"
            out.append(Finding(check, Verdict.OK, detail))
            continue
        waits = ", and each draft waiting for review," if digest.review == "required" else ""
        out.append(
            Finding(
                check,
                Verdict.WARN,
                f"{digest.schedule} ({digest.timezone}); no alert channel: a failed run"
                f"{waits} is only written to the server's log",
                "Add an alert channel (a chat webhook, telegram or email) under "
                "`alert_channels:`, or name one in the digest's `alerts` (see Schedules in "
                "docs/guide.md).",
            )
        )
    return out


def channel_findings(config: Config, *, network: bool = True) -> list[Finding]:
    """Whether each folder, repository and mail server the posts go to takes them: a
    folder this user can write (or make), a repository that answers, a mail server that
    takes the login (with ``network``; no mail is sent).  A chat or Telegram channel is
    not tried: the only test of one is a message its readers see."""
    out: list[Finding] = []
    seen: set[str] = set()
    for digest, channel in ((d, c) for d in config.digests for c in d.publish if c.enabled):
        if channel.id in seen:
            continue
        seen.add(channel.id)
        if isinstance(channel, FilesChannel):
            folder = folder_of(config.base_dir, channel.dir)
            out.append(_folder_finding(channel.id, folder))
            site = _hugo_zone_finding(channel.id, folder, digest.timezone)
            if site is not None:
                out.append(site)
        elif isinstance(channel, GitChannel):
            out.append(_repository_finding(channel, config.base_dir, network=network))
        elif isinstance(channel, EmailChannel) and not unset_variables(channel):
            out.append(_mail_finding(channel, network=network))
    return out


def _mail_finding(channel: EmailChannel, *, network: bool) -> Finding:
    """A mail channel's server: it answers, secures the connection and takes the login,
    the faults a first mail meets (a wrong port, STARTTLS on an SSL port, a password);
    no mail is sent, so no reader sees the check."""
    check = f"channel {channel.id}"
    where = f"{channel.host}:{channel.port}"
    if not network:
        return Finding(check, Verdict.OK, f"SMTP server {where}: not tried (offline)")
    try:
        EmailPublisher(channel).sign_in()
    except PublishError as err:
        return Finding(
            check,
            Verdict.FAIL,
            str(err),
            "Check the channel's host, port and security (starttls on 587, ssl on 465), "
            "and its username and password.",
        )
    login = f", and took the login of {channel.username}" if channel.username else ""
    return Finding(
        check, Verdict.OK, f"SMTP server {where} answered ({channel.security}){login}; no mail sent"
    )


def _folder_finding(channel_id: str, folder: Path) -> Finding:
    check = f"channel {channel_id}"
    folder = folder.resolve()
    there = next((p for p in (folder, *folder.parents) if p.exists()), folder)
    if not there.is_dir():
        return Finding(
            check,
            Verdict.FAIL,
            f"{there} is a file, so the posts cannot go into {folder}",
            "Point the channel's dir at a folder.",
        )
    if not os.access(there, os.W_OK | os.X_OK):
        return Finding(
            check,
            Verdict.FAIL,
            f"cannot write into {there}: this user may not",
            "Make the folder writable for the user that runs newsdesk, or point dir elsewhere.",
        )
    made = "" if there == folder else " (made by the first post)"
    return Finding(check, Verdict.OK, f"posts go into {folder}{made}")


#: The files that configure a Hugo site, at its root or in its config folder.
HUGO_CONFIGS = tuple(
    f"{folder}{name}.{ext}"
    for folder in ("", "config/_default/")
    for name in ("hugo", "config")
    for ext in ("toml", "yaml", "yml", "json")
)
#: A setting that makes Hugo show a post dated later today: a zone of its own for dates
#: without one, or every page built whatever its date.
_HUGO_ZONE = re.compile(
    r"""^\s*"?(?:timezone"?\s*[=:]|buildfuture"?\s*[=:]\s*"?true)""",
    re.IGNORECASE | re.MULTILINE,
)

#: The setting that gives Hugo the digest's zone, as each kind of config file writes it.
_HUGO_SETTING = {
    ".toml": 'timeZone = "{zone}"',
    ".yaml": "timeZone: {zone}",
    ".yml": "timeZone: {zone}",
    ".json": '"timeZone": "{zone}"',
}


def _hugo_zone_finding(channel_id: str, folder: Path, zone: str) -> Finding | None:
    """Whether the Hugo site a folder channel writes into shows the day's post at once.

    A post's ``date: 2026-05-14`` carries no zone, so Hugo reads it as midnight UTC, and
    it builds no page dated after the build: east of UTC a post written in the morning
    (before 08:00 in Shanghai) is left out of the site until a build after that hour.
    None when the folder is in no Hugo site, or the digest's zone is not east of UTC."""
    folder = folder.resolve()
    root = next(
        (p for p in (folder, *folder.parents) if any((p / c).is_file() for c in HUGO_CONFIGS)),
        None,
    )
    if root is None:
        return None
    offset = datetime.now(ZoneInfo(zone)).utcoffset() or timedelta(0)
    if offset <= timedelta(0):
        return None
    files = [root / c for c in HUGO_CONFIGS if (root / c).is_file()]
    check = f"site {channel_id}"
    if any(_HUGO_ZONE.search(f.read_text(encoding="utf-8", errors="replace")) for f in files):
        return Finding(check, Verdict.OK, f"the Hugo site at {root} reads the posts' dates")
    hours = f"{offset.seconds // 3600:02d}:{offset.seconds % 3600 // 60:02d}"
    return Finding(
        check,
        Verdict.WARN,
        f"the Hugo site at {root} reads a post's date as midnight UTC ({hours} in {zone}) "
        f"and builds no page dated later: a post written before {hours} there stays off "
        "the site until a build after it",
        f"Add {_HUGO_SETTING[files[0].suffix].format(zone=zone)} to {files[0]}, so Hugo reads "
        "the dates in the digest's zone.",
    )


def _repository_finding(channel: GitChannel, base_dir: Path, *, network: bool) -> Finding:
    check = f"channel {channel.id}"
    git = shutil.which("git")
    if git is None:
        return Finding(
            check, Verdict.FAIL, "git is not installed", "apt-get install git (or your system's)."
        )
    if not network:
        return Finding(check, Verdict.OK, f"{channel.repo}: not tried (offline)")
    try:
        done = subprocess.run(
            [git, "ls-remote", "--heads", channel.repo, channel.branch],
            cwd=base_dir if base_dir.is_dir() else None,
            capture_output=True,
            text=True,
            timeout=GIT_TIMEOUT,
            check=False,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0"},  # fail, never ask
        )
    except subprocess.TimeoutExpired:
        return Finding(
            check,
            Verdict.FAIL,
            f"{channel.repo} did not answer within {GIT_TIMEOUT} s",
            "Check the repository's address and the network.",
        )
    if done.returncode != 0:
        reason = git_said(done.stderr, done.returncode)
        return Finding(
            check,
            Verdict.FAIL,
            f"{channel.repo} cannot be read: {reason}",
            "Check the repo's address, and that this machine may push to it (its SSH key "
            "or token).",
        )
    branch = "has" if done.stdout.strip() else "has no branch yet; the first post starts"
    return Finding(check, Verdict.OK, f"{channel.repo} answers and {branch} {channel.branch}")


def source_findings(
    reports: tuple[SourceReport, ...], kinds: Mapping[str, str], local: Set[str] = frozenset()
) -> list[Finding]:
    """One finding per source, each failure with what to try for its error (the advice
    of ``sources check``); when no source could be reached because this machine has no
    network, one finding that says so instead of a fix for each source (``local``: the
    sources read from this machine's files)."""
    offline = no_network(reports, local)
    out = []
    if offline is not None:
        advice = f"{NO_NETWORK_ADVICE[0].upper()}{NO_NETWORK_ADVICE[1:]}."
        out.append(Finding("sources", Verdict.FAIL, offline, advice))
    for report in reports:
        check = f"source {report.source_id}"
        if report.outcome is Outcome.FAILED:
            if offline is None:
                advice = error_advice(
                    report.error or "", kinds.get(report.source_id, ""), report.source_id
                )
                # advice that ends in a question ("is the server up?") ends its sentence
                joint = " " if advice.endswith(("?", ".")) else "; "
                out.append(
                    Finding(
                        check,
                        Verdict.FAIL,
                        report.error or "failed",
                        f"{advice[0].upper()}{advice[1:]}{joint}`{command()} sources check "
                        f"--source {report.source_id}` fetches it again.",
                    )
                )
        elif report.outcome is Outcome.OK and report.entries == 0:
            out.append(Finding(check, Verdict.WARN, "answered with no entries", "Check its URL."))
        else:
            n = report.entries
            out.append(Finding(check, Verdict.OK, f"{n} {'entry' if n == 1 else 'entries'}"))
    return out


def llm_finding(config: Config, env: Mapping[str, str] | None = None) -> Finding:
    """Whether the configured endpoint answers with the key: a model list, not a chat
    call, so the check costs no tokens."""
    settings = config.llm
    if settings.base_url is None:
        return Finding("llm", Verdict.OK, "none configured: the offline editor writes")
    env = os.environ if env is None else env
    unused = why_offline(settings, env)
    if unused:
        return Finding("llm", Verdict.FAIL, unused, f"export {settings.api_key_env}=...")
    key = env.get(settings.api_key_env, "").strip()
    url = f"{settings.base_url.rstrip('/')}/models"
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    try:
        response = httpx.get(url, headers=headers, timeout=LLM_TIMEOUT)
    except httpx.HTTPError as err:
        return Finding(
            "llm",
            Verdict.FAIL,
            f"{settings.base_url} did not answer: {type(err).__name__}: {err}",
            "Check llm.base_url and that the server runs.",
        )
    if response.status_code in (401, 403):
        return Finding(
            "llm",
            Verdict.FAIL,
            f"{settings.base_url} refused the key in {settings.api_key_env} "
            f"(HTTP {response.status_code})",
            f"Check the key in {settings.api_key_env}.",
        )
    if response.is_error and response.status_code != 404:  # some servers have no /models
        return Finding(
            "llm",
            Verdict.WARN,
            f"{settings.base_url} answered HTTP {response.status_code} to {url}",
            "Check llm.base_url.",
        )
    return Finding("llm", Verdict.OK, f"{settings.base_url} answers, model {settings.model}")
