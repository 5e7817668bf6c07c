"""Alerts: a short plain-text message on a digest's alert channels, through the channels'
own code (a chat webhook, Telegram, e-mail), and the words of each alert."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from newsdesk._command import command
from newsdesk.config import Config, DigestConfig
from newsdesk.model import work_error_phrase
from newsdesk.publish import PublishError, make_channel

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AlertSent:
    """What became of an alert on one channel."""

    #: The channel's id.
    channel: str
    #: Whether the service took it.
    ok: bool
    #: Why not, in words for the user ("" when it was sent).
    error: str = ""


def send_alert(config: Config, digest: DigestConfig, text: str) -> list[AlertSent]:
    """Post ``text`` on each of the digest's alert channels (see
    :meth:`Config.alert_channels_of`) under the digest's title; a channel that fails is
    reported and logged, never raised, so one broken channel does not hide the alert on
    the others.  Empty when the digest has no alert channel."""
    heading = f"{digest.title} · newsdesk"
    sent = []
    for channel in config.alert_channels_of(digest):
        if not channel.enabled:
            sent.append(AlertSent(channel.id, False, "the channel is disabled (enabled: false)"))
            continue
        publisher = make_channel(channel, config.base_dir, config.base_dir / ".newsdesk-git")
        try:
            publisher.ready()
            publisher.alert(heading, text)
        except Exception as err:
            said = publisher.said(err)
            if not isinstance(err, PublishError):
                said = f"{type(err).__name__}: {said} (a bug in newsdesk; please report it)"
            log.warning("The alert for %s was not sent on %s: %s", digest.name, channel.id, said)
            sent.append(AlertSent(channel.id, False, said))
        else:
            sent.append(AlertSent(channel.id, True))
    return sent


#: The words of each alert, in each digest language: the editors of a Chinese digest
#: read its alerts in Chinese, as its pages.  ``{cmd}`` is how to call newsdesk here;
#: a reason the scheduler records is said by :data:`_REASONS`.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "failed": "The scheduled run of {name} {day} ({slot}) failed: {reason}\n"
        "Nothing was published. `{cmd} schedule` lists the runs; `{cmd} run --date {day}` "
        "runs the day again by hand.",
        "draft": "The draft of {name} {day}{which} is ready for review: {where}\n"
        "Approve it with `{cmd} edition approve --digest {name} --date {day}`, then "
        "`{cmd} publish`.",
        "draft_page": "The draft of {name} {day}{which} is ready for review: {where}\n"
        "Approve it and publish it there.",
        "which": " (revision {revision})",
        "at": "\nUnless an editor acts on it, it is published unchanged at {at}.",
        "published": "Nobody acted on the draft of {name} {day} within {after}: revision "
        "{revision} was approved by the scheduler and published unchanged.",
        "on_site": "Nobody acted on the draft of {name} {day} within {after}: revision "
        "{revision} was approved by the scheduler and left on the site unchanged; no "
        "channel is configured, so nothing was sent.",
        "local": "{time} ({zone})",
    },
    "zh": {
        "failed": "{name} {day} 的定时运行（{slot}）失败：{reason}\n"
        "没有发布任何内容。`{cmd} schedule` 列出各次运行；`{cmd} run --date {day}` 可手动"
        "重新运行这一天。",
        "draft": "{name} {day} 的草稿{which}已可审阅：{where}\n"
        "用 `{cmd} edition approve --digest {name} --date {day}` 批准，再运行 "
        "`{cmd} publish`。",
        "draft_page": "{name} {day} 的草稿{which}已可审阅：{where}\n在那里批准并发布。",
        "which": "（第 {revision} 版）",
        "at": "\n如果没有编辑处理，它将在 {at} 原样发布。",
        "published": "{name} {day} 的草稿在 {after} 内无人处理：第 {revision} 版已由调度器"
        "批准，并原样发布。",
        "on_site": "{name} {day} 的草稿在 {after} 内无人处理：第 {revision} 版已由调度器"
        "批准，原样留在网站上；没有配置发布渠道，所以没有发送。",
        "local": "{zone} 时间 {time}",
    },
}


def _words(digest: DigestConfig, language: str | None) -> dict[str, str]:
    return _WORDS.get(language or digest.language, _WORDS["en"])


#: Why a scheduled run failed as the scheduler records it (in English, for the log and
#: the store), each shape with its words in Chinese: the alert reads the record back
#: and says it in the digest's language.  A ``reason`` inside is read back in turn; a
#: source's or a channel's own error is worded by :func:`_reason` as the desk's pages
#: word it, and only one of a shape nobody wrote words for stays as it came.
_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(english), chinese)
    for english, chinese in (
        (r"(?:(?P<reason>.+); )?run late, on start: no scheduler was running when it fired",
         "{reason}启动时补跑：定时触发时没有调度器在运行"),
        (r"(?:(?P<reason>.+); )?run again: its first run's process \((?P<holder>.+)\) died",
         "{reason}再次运行：第一次运行的进程（{holder}）已退出"),
        (r"every source failed to fetch: (?P<sources>.+)", "所有来源都抓取失败：{sources}"),
        (r"the run stopped: (?P<reason>.+)", "运行中止：{reason}"),
        (r"no story of (?P<day>\S+) made it into the digest", "{day} 没有新闻进入日报"),
        (r"the verifier dropped (?P<dropped>\d+) of the (?P<claims>\d+) claims written "
         r"\(numbers, names, links\) that its sources do not support",
         "核查删去了写出的 {claims} 处说法（数字、名称、链接）中的 {dropped} 处：来源不支持它们"),
        (r"an unexpected error \((?P<error>.+)\)", "意外错误（{error}）"),
        (r"no story of (?P<day>\S+) was stored when it ran: its sources had published nothing "
         r"of that day yet \((?P<zone>[^)]+)\); a daily digest is best scheduled late in its "
         r"day, when the day's news is in",
         "运行时还没有存下 {day} 的新闻：来源还没有发布那一天（{zone}）的内容；日报最好安排"
         "在当天晚些时候，等当天的新闻都到了"),
        (r"nothing was written for (?P<name>\S+) (?P<day>\S+)", "没有为 {name} {day} 写出任何内容"),
        (r"the site was not rebuilt: (?P<reason>.+)", "网站没有重建：{reason}"),
        (r"publishing the draft nobody acted on failed: (?P<reason>.+)",
         "发布无人处理的草稿失败：{reason}"),
        (r"publishing failed: (?P<channels>.+)", "发布失败：{channels}"),
        (r"its run stopped twice before it finished \((?P<holder>.+) was the second\)",
         "它的运行两次在完成前停止（第二次是 {holder}）"),
        (r"its run stopped before it finished \((?P<holder>.+)\); a later slot runs instead",
         "它的运行在完成前停止（{holder}）；改由之后的时段运行"),
        (r"its run stopped before it finished \((?P<holder>.+)\) over a day ago",
         "它的运行在完成前停止（{holder}），已超过一天"),
    )
)  # fmt: skip


def _reason(reason: str, language: str) -> str:
    """A recorded reason in ``language``'s words; as it is in English.  In Chinese, a
    source's or a channel's own error inside is worded as the desk's pages word it (its
    address, status code or host kept); one of a shape nobody wrote words for stays
    as it came."""
    if language != "zh":
        return reason
    for pattern, words in _REASONS:
        found = pattern.fullmatch(reason)
        if found:
            values = found.groupdict()
            inner = values.get("reason")
            values["reason"] = _reason(inner, language) if inner else ""
            if inner and words.startswith("{reason}"):
                values["reason"] += "；"
            if values.get("sources"):
                values["sources"] = _sources_zh(values["sources"])
            if values.get("channels"):
                values["channels"] = _channels_zh(values["channels"])
            return words.format(**values)
    return _error_zh(reason)


#: One failed source as the scheduler names it, "ID (ERROR)", up to the next or the end.
_SOURCE = re.compile(r"(?P<id>[\w.-]+) \((?P<error>.*?)\)(?=; [\w.-]+ \(|; and \d+ more$|$)")
#: One channel that did not take the day, "ID: STATUS (ERROR)", up to the next or the end.
_CHANNEL = re.compile(
    r"(?P<id>[\w.-]+): (?P<status>[a-z ]+?)(?: \((?P<error>.*?)\))?(?=; [\w.-]+: |$)"
)
_STATUS_ZH = {"failed": "失败", "unknown": "结果不明，可能已经发出", "busy": "另一个发布者正在发布"}


def _sources_zh(text: str) -> str:
    """ "a (HTTP 503 …); b (…); and 3 more" in Chinese, each source's error worded."""
    found = list(_SOURCE.finditer(text))
    more = re.search(r"; and (\d+) more$", text)
    if not found or "; ".join(m.group() for m in found) + (more.group() if more else "") != text:
        return text
    said = [f"{m['id']}（{_error_zh(m['error'])}）" for m in found]
    return "；".join(said) + (f"；另有 {more.group(1)} 个来源" if more else "")


def _channels_zh(text: str) -> str:
    """ "tg: failed (ERROR); mail: unknown" in Chinese, each channel's error worded."""
    found = list(_CHANNEL.finditer(text))
    if not found or "; ".join(m.group() for m in found) != text:
        return text
    said = []
    for m in found:
        status = _STATUS_ZH.get(m["status"], m["status"])
        said.append(f"{m['id']}：{status}" + (f"（{_error_zh(m['error'])}）" if m["error"] else ""))
    return "；".join(said)


def _error_zh(error: str) -> str:
    """A source's or a channel's own error (a fetch, Telegram, SMTP, a webhook) in the
    Chinese the desk's pages word it in; as it came when nobody wrote words for it."""
    if error == "failed":
        return "失败"
    from newsdesk.web._strings import phrased, strings

    return phrased((work_error_phrase(error),), strings("zh"), ZoneInfo("UTC"))


def _where(digest: DigestConfig, day: date, review_url: str) -> str:
    """Where an editor looks at the day: the desk's page, else the command."""
    if review_url:
        return review_url.format(digest=digest.name, day=day.isoformat())
    return f"`{command()} edition show --digest {digest.name} --date {day}`"


def _local(moment: datetime, digest: DigestConfig, words: dict[str, str]) -> str:
    time = f"{moment.astimezone(ZoneInfo(digest.timezone)):%Y-%m-%d %H:%M}"
    return words["local"].format(time=time, zone=digest.timezone)


def failed_text(
    digest: DigestConfig, day: date, slot: datetime, reason: str, language: str | None = None
) -> str:
    """The alert for a scheduled run that failed: nothing was published.  In the
    digest's language, or ``language`` (the server's log says it in English)."""
    words = _words(digest, language)
    slot_said = _local(slot, digest, words)
    said = _reason(reason, language or digest.language)
    return words["failed"].format(
        name=digest.name, day=day, slot=slot_said, reason=said, cmd=command()
    )


def draft_text(
    digest: DigestConfig, day: date, revision: int | None, review_url: str,
    publish_at: datetime | None, language: str | None = None,
) -> str:  # fmt: skip
    """The notice that a scheduled run's draft waits for an editor."""
    words = _words(digest, language)
    which = words["which"].format(revision=revision) if revision else ""
    where = _where(digest, day, review_url)
    said = words["draft_page" if review_url else "draft"]
    text = said.format(name=digest.name, day=day, which=which, where=where, cmd=command())
    if publish_at is not None:
        text += words["at"].format(at=_local(publish_at, digest, words))
    return text


def published_text(
    digest: DigestConfig, day: date, revision: int | None, language: str | None = None
) -> str:
    """The notice that a draft nobody acted on was published (or, with no channel to
    publish on, approved and left on the site)."""
    done = "published" if digest.publish else "on_site"
    return _words(digest, language)[done].format(
        name=digest.name, day=day, after=digest.auto_publish_after, revision=revision
    )
