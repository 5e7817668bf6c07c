"""The desk's pages word what the core says in the page's language: a category by the
name the digest's sections carry, never by its key."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from newsdesk.config import not_set
from newsdesk.model import Phrase, work_error_phrase
from newsdesk.web._strings import phrased, strings

UTC = ZoneInfo("UTC")
QUOTA = Phrase(
    "quota", "a lead slot reserved for open_source (quota)", (("category", "open_source"),)
)
CAP = Phrase(
    "category_cap",
    "the lead already has 3 models (max_per_category)",
    (("cap", 3), ("category", "models")),
)
NAMES = {"open_source": "开源与工具", "models": "大模型与技术"}


def test_a_quota_or_a_cap_names_its_category_as_the_sections_do() -> None:
    assert phrased((QUOTA,), strings("zh"), UTC, NAMES) == "为 开源与工具 预留的要闻名额（配额）"
    assert phrased((CAP,), strings("zh"), UTC, NAMES) == (
        "要闻中已有 3 条 大模型与技术（max_per_category）"
    )


TOP = Phrase(
    "top",
    "ranked 3rd of the 38 stories that qualified (the lead is picked from the top 24)",
    (("place", 3), ("selectable", 38), ("window", 24)),
)


def test_a_storys_place_is_an_ordinal_in_english_and_di_in_chinese() -> None:
    assert phrased((TOP,), strings("en"), UTC) == TOP.text
    assert (
        phrased((TOP,), strings("zh"), UTC)
        == "在符合条件的 38 条新闻中排第 3（要闻从前 24 名中选）"
    )


def test_a_category_the_names_do_not_hold_keeps_its_key() -> None:
    assert phrased((QUOTA,), strings("en"), UTC, {}) == (
        "a lead slot reserved for open_source (quota)"
    )


TIMEOUT = "no complete response from https://wire.example/rss within 20 s (fetch.timeout)"
UNRESOLVED = (
    "could not connect to wire.example: the host name does not resolve (no answer within "
    "5 s, fetch.connect_timeout)"
)
TRIED = (
    "HTTP 503 Service Unavailable from https://wire.example/rss after 3 attempts; the site "
    "has a problem, it may work later"
)


def test_an_error_of_the_runs_work_is_worded_in_chinese() -> None:
    zh = strings("zh")
    assert phrased((work_error_phrase(TIMEOUT),), zh, UTC) == (
        "https://wire.example/rss 在 20 秒内没有给出完整的响应（fetch.timeout）"
    )
    assert phrased((work_error_phrase(UNRESOLVED),), zh, UTC) == (
        "无法连接 wire.example：域名无法解析（检查 url 或网络）"
    )
    assert phrased((work_error_phrase(TRIED),), zh, UTC) == (
        "https://wire.example/rss 返回 HTTP 503 Service Unavailable（已试 3 次）；"
        "网站出了问题，稍后可能恢复"
    )


def test_an_error_of_the_runs_work_stays_in_its_words_in_english() -> None:
    for text in (TIMEOUT, UNRESOLVED, TRIED):
        assert phrased((work_error_phrase(text),), strings("en"), UTC) == text


def test_a_failing_sources_error_is_worded_inside_its_problem() -> None:
    failing = Phrase(
        "problem.failing", f"failed 2× in a row: {TIMEOUT}", (("count", 2), ("error", TIMEOUT))
    )
    assert phrased((failing,), strings("zh"), UTC) == (
        "连续失败 2 次：https://wire.example/rss 在 20 秒内没有给出完整的响应（fetch.timeout）"
    )


def test_a_stored_error_of_no_known_kind_is_shown_as_it_is() -> None:
    said = Phrase(
        "problem.failing", "failed 1× in a row: gremlins", (("count", 1), ("error", "gremlins"))
    )
    assert phrased((said,), strings("zh"), UTC) == "连续失败 1 次：gremlins"


def test_a_worker_task_that_timed_out_names_its_stage_in_chinese() -> None:
    text = (
        "Collect did not finish within 600 s (execution.task_timeout): are `newsdesk worker` "
        "processes running on redis://127.0.0.1:6379/0?"
    )
    assert phrased((work_error_phrase(text),), strings("zh"), UTC) == (
        "采集阶段的任务在 600 秒内没有完成（execution.task_timeout）：`newsdesk worker` 进程"
        "是否在 redis://127.0.0.1:6379/0 上运行？"
    )


def test_a_run_with_no_worker_or_no_redis_is_told_what_to_start_in_chinese() -> None:
    """A run on `execution.engine: celery` that finds no worker, or no Redis, fails at once;
    the runs page of a Chinese desk says so in Chinese, as it says a timed-out task."""
    no_worker = (
        "No newsdesk worker answers on redis://127.0.0.1:6379/5: start one with `newsdesk "
        "worker` (with the same config), or set execution.engine: local"
    )
    no_redis = (
        "Redis at redis://127.0.0.1:6390/0 is not reachable (ConnectionError: Error 111 "
        "connecting to 127.0.0.1:6390. Connection refused.): start it, or set "
        "execution.engine: local to run in this process"
    )
    zh = strings("zh")
    assert phrased((work_error_phrase(no_worker),), zh, UTC) == (
        "redis://127.0.0.1:6379/5 上没有 newsdesk worker 应答：用 `newsdesk worker` 启动一个"
        "（用同一份配置），或设置 execution.engine: local"
    )
    assert phrased((work_error_phrase(no_redis),), zh, UTC) == (
        "无法连接 redis://127.0.0.1:6390/0 上的 Redis（ConnectionError: Error 111 connecting "
        "to 127.0.0.1:6390. Connection refused.）：启动它，或设置 execution.engine: local "
        "在本进程中运行"
    )
    for text in (no_worker, no_redis):
        assert phrased((work_error_phrase(text),), strings("en"), UTC) == text


def test_a_timed_out_task_of_the_digests_names_them_in_chinese() -> None:
    text = (
        "The digests did not finish within 600 s (execution.task_timeout): are `newsdesk "
        "worker` processes running on redis://127.0.0.1:6379/0?"
    )
    assert phrased((work_error_phrase(text),), strings("zh"), UTC) == (
        "日报阶段的任务在 600 秒内没有完成（execution.task_timeout）：`newsdesk worker` 进程"
        "是否在 redis://127.0.0.1:6379/0 上运行？"
    )


def test_a_local_file_that_is_not_json_is_not_said_to_return_anything() -> None:
    text = "/srv/feeds/day.jsonl is not valid JSON: Expecting value at line 3"
    assert phrased((work_error_phrase(text),), strings("zh"), UTC) == (
        "/srv/feeds/day.jsonl 不是有效的 JSON：Expecting value at line 3"
    )


def test_a_redirected_address_is_said_in_chinese_too() -> None:
    text = (
        "HTTP 403 Forbidden from https://wire.example/rss (redirected from "
        "https://old.example/rss); the site refuses newsdesk (it may need a key, a cookie "
        "or another User-Agent)"
    )
    assert phrased((work_error_phrase(text),), strings("zh"), UTC) == (
        "https://wire.example/rss（由 https://old.example/rss 重定向而来） 返回 HTTP 403 "
        "Forbidden；网站拒绝了 newsdesk（可能需要密钥、cookie 或换一个 User-Agent）"
    )
    assert phrased((work_error_phrase(text),), strings("en"), UTC) == text


def test_a_mail_that_may_have_gone_out_is_worded_inside_the_publishs_doubt() -> None:
    """A publish quotes the channel's words without their last period; they are read
    back all the same."""
    lost = (
        "1 of 1 messages may or may not have been posted (e-mail through smtp.example:587: the "
        "connection was lost while the server had the mail (timed out); it may have been "
        "sent). Check the channel; `newsdesk publish --force` posts them again."
    )
    assert phrased((work_error_phrase(lost),), strings("zh"), UTC) == (
        "1 条消息中有 1 条可能已经发出，也可能没有（SMTP 服务器 smtp.example:587 收下邮件时连接断开"
        "（timed out）；邮件可能已经发出）。请查看频道；强制发布会把它们再发一次"
    )


def test_a_publish_recorded_in_the_old_words_of_parts_reads_as_messages() -> None:
    """A channel's parts are its messages; a publication stored when the error said
    "parts" is worded as a new one is."""
    old = "1 of 2 parts posted. the service said no"
    new = "1 of 2 messages posted. the service said no"
    assert phrased((work_error_phrase(old),), strings("zh"), UTC) == (
        phrased((work_error_phrase(new),), strings("zh"), UTC)
    )
    assert phrased((work_error_phrase(new),), strings("zh"), UTC) == (
        "2 条消息中已发出 1 条。the service said no"
    )


def test_a_variable_not_set_says_where_to_set_it_not_to_export_it_in_a_shell() -> None:
    """ "export X=..., then publish again" is the advice for a shell; the desk's pages show
    the error of a publish the server made, whose environment no shell can change: it
    needs the variable where it starts, and a restart."""
    publish = f"tg: {not_set(('TELEGRAM_BOT_TOKEN',), 'publish')}"
    fetch = not_set(("FEED_KEY", "FEED_USER"), "fetch")
    run = f"ai-ribao goes without wire: {not_set(('FEED_KEY',), 'run it')}"
    assert publish == (
        "tg: TELEGRAM_BOT_TOKEN is not set: export TELEGRAM_BOT_TOKEN=..., then publish again."
    )
    zh, en = strings("zh"), strings("en")
    assert phrased((work_error_phrase(publish),), zh, UTC) == (
        "tg: 运行 newsdesk 的环境里没有设置 TELEGRAM_BOT_TOKEN：在那里设置（desk 服务器要在它"
        "启动时的环境里设置，然后重启它），再试一次"
    )
    assert phrased((work_error_phrase(fetch),), zh, UTC).startswith(
        "运行 newsdesk 的环境里没有设置 FEED_KEY、FEED_USER："
    )
    assert phrased((work_error_phrase(run),), zh, UTC).startswith(
        "ai-ribao 这次没有用上来源 wire：运行 newsdesk 的环境里没有设置 FEED_KEY："
    )
    assert phrased((work_error_phrase(publish),), en, UTC) == (
        "tg: TELEGRAM_BOT_TOKEN: not set in the environment newsdesk ran in. Set it there "
        "(for the desk server, in the environment it starts with, then restart it) and try "
        "again."
    )


def test_a_chinese_page_joins_the_variables_and_the_source_gone_without_in_chinese() -> None:
    """A Chinese desk reads no English joiners inside its own sentence: two variables are
    joined with 、 and a digest written without a waiting source says so in Chinese; the
    English page keeps both in English."""
    run = f"ai-ribao goes without wire: {not_set(('FEED_KEY', 'FEED_USER'), 'run it')}"
    zh = phrased((work_error_phrase(run),), strings("zh"), UTC)
    assert zh == (
        "ai-ribao 这次没有用上来源 wire：运行 newsdesk 的环境里没有设置 FEED_KEY、FEED_USER："
        "在那里设置（desk 服务器要在它启动时的环境里设置，然后重启它），再运行一次"
    )
    assert " and " not in zh and "goes without" not in zh
    assert phrased((work_error_phrase(run),), strings("en"), UTC) == (
        "ai-ribao was written without wire: FEED_KEY and FEED_USER: not set in the "
        "environment newsdesk ran in. Set it there (for the desk server, in the environment "
        "it starts with, then restart it) and run it again."
    )
