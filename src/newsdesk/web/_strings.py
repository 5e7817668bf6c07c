"""Every word the desk's pages show, one table per language.

A page's language is its digest's (``zh`` or ``en``); pages of no digest take the first
digest's.  Templates read a string with ``t("key")``; the scripts get the page's table
as JSON and read it with ``t("key")`` of ``desk.js``.  ``{name}`` in a string is filled
in by the caller.  Both tables hold the same keys (a test checks it), but for the
singular a language has: ``KEY.one`` is the text of ``KEY`` when its ``{count}`` is 1
("1 message posted", never "1 messages"); Chinese has none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from newsdesk._oswords import OsReason, os_reason
from newsdesk.collect import HEALTH_WORDS
from newsdesk.config import Config, DigestConfig
from newsdesk.model import RUN_ERRORS, Phrase, ordinal, work_error_phrase

__all__ = [
    "API_WORDS",
    "LANGUAGES",
    "STRINGS",
    "fill",
    "label",
    "page_language",
    "phrased",
    "strings",
    "text_of",
]

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "brand": "newsdesk",
        "nav.review": "Review",
        "nav.sources": "Sources",
        "nav.runs": "Runs",
        "nav.label": "Desk",
        "skip": "Skip to the content",
        "theme.toggle": "Switch between light and dark",
        "shortcuts.open": "Keyboard shortcuts",
        "shortcuts.title": "Keyboard shortcuts",
        "shortcuts.close": "Close",
        "shortcuts.help": "Show this list",
        "signout": "Sign out",
        "signed_in_as": "Signed in as {name}",
        "error.network": "The desk did not answer: {error}",
        "error.generic": "That did not work: {error}",
        "error.store": "{error}",
        "working": "Working…",
        "done": "Done.",
        "sources.title": "Sources",
        "sources.count": "{count} sources",
        "sources.none": "No sources are configured yet.",
        "sources.config_problem": "The config file was changed and now has errors; the desk "
        "goes on with it as it was before. Fix it, and this page shows the change:",
        "sources.chart": "Items per day over the last {days} days: {total} in all, "
        "at most {peak} a day",
        "sources.bar": "{day}: {count} items",
        "sources.items_in": "{total} items in the last {days} days",
        "sources.last_fetch": "Last fetch",
        "sources.never": "never fetched",
        "sources.entries": "{count} entries",
        "sources.status.ok": "ok",
        "sources.status.not_modified": "not modified",
        "sources.status.failed": "failed",
        "sources.failing": "failing ×{count}",
        "sources.last_error": "Last error",
        "sources.advice": "Try:",
        "sources.test": "Test this source",
        "sources.testing": "Fetching it once…",
        "sources.test_ok": "Works: {count} entries found.",
        "sources.test_newest": "The newest is from {when}.",
        "sources.test_unchanged": "Works: nothing new since the last fetch (not modified).",
        "sources.test_failed": "Failed: {error}",
        "sources.disable": "Disable",
        "sources.enable": "Enable",
        "sources.disabled_done": "{name} is disabled in the config file.",
        "sources.enabled_done": "{name} is enabled in the config file.",
        "sources.add": "Add a source",
        "sources.add_hint": "It is written at the end of the sources in {path}, its comments "
        "and layout kept, and checked as the file is.",
        "sources.add.kind": "Kind",
        "sources.add.id": "Id (lowercase letters, digits, - or _)",
        "sources.add.name": "Name",
        "sources.add.address": "Address",
        "sources.add.private": "May fetch this machine or a private network (a local RSSHub, an "
        "intranet feed)",
        "sources.add.submit": "Add",
        "sources.add.refused": "The config refused it; nothing was written:",
        "sources.added": "{name} added to the config file.",
        "sources.added_notes": "{name} is added to the config file. Note:",
        "health.ok": "ok",
        "health.failing": "failing",
        "health.stale": "stale",
        "health.low volume": "low volume",
        "health.never fetched": "never fetched",
        "health.disabled": "disabled",
        "runs.title": "Runs",
        "runs.hint": "Every run, newest first, with each stage's time and counts.",
        "runs.none": "No runs recorded yet: `{run}` or a schedule makes one.",
        "runs.run": "Run {id}",
        "runs.day": "writes {day}",
        "runs.errors": "{count} errors",
        "runs.older": "Older runs",
        "runs.newest": "Newest runs",
        "runs.back": "All runs",
        "runs.started": "Started",
        "runs.finished": "Finished",
        "runs.writes": "Writes",
        "runs.collect_only": "collects only",
        "runs.where": "Ran on",
        "runs.stage": "Stage",
        "runs.time": "Seconds",
        "runs.counts": "Counts and errors",
        "review.title": "Review",
        "review.digest": "Digest",
        "review.day": "Day",
        "review.open": "Open",
        "review.revision": "Revision {revision}",
        "review.status.draft": "draft",
        "review.status.approved": "approved",
        "review.status.published": "published",
        "review.on_site": "on the site",
        "review.on_site.draft": "Readers see this draft on the site: this digest has no "
        "channels and its review is not required.",
        "review.on_site.approved": "Readers see this revision on the site: this digest has "
        "no channels.",
        "review.no_digests": "No digests are configured: add one under `digests:` in the config.",
        "review.no_edition": "No edition of this day yet.",
        "review.bad_date": "“{value}” is not a date: give the day as YYYY-MM-DD, as in {example}.",
        "review.lead": "Lead",
        "review.more": "More news",
        "review.left_out": "Left out",
        "review.left_out_hint": "The day's other candidates, best first, with why each is out.",
        "review.empty": "Nothing here.",
        "review.nothing_yet": "No story of this day was stored when it was run (its sources "
        "had published nothing of it). The newest stories are of {day}.",
        "review.open_day": "Open {day}",
        "review.no_sources": "No source is enabled, so the run had nothing to collect: add "
        "one on the Sources page, then run the day again.",
        "review.rank": "#{rank}",
        "review.score": "score {score}",
        "review.unranked": "not ranked on this day",
        "review.off_topic": "off the digest's topic: not ranked",
        "review.sources": "Sources",
        "review.breakdown": "Score breakdown",
        "review.details": "{count} reports · score",
        "reason.top": "top of the day",
        "reason.category quota": "category quota",
        "reason.not AI": "not AI",
        "reason.not assessed": "not assessed",
        "reason.published unchanged": "published before",
        "reason.category cap": "category cap",
        "reason.diversity": "diversity",
        "reason.not news": "not news of the day",
        "reason.below the lead window": "below the lead window",
        "reason.not in the top N": "not in the top N",
        "reason.not in the digest's language": "not in the digest's language",
        "reason.pinned": "pinned",
        "reason.moved": "moved",
        "reason.dropped": "dropped",
        "reason.demoted": "moved to more news",
        "verb.pin": "pinned",
        "verb.drop": "dropped",
        "verb.move": "moved to lead",
        "verb.demote": "moved to more news",
        "verb.edit": "edited",
        "verb.restore": "restored",
        "channels.parts": "{count} messages, {new} not posted yet",
        "channels.part.new": "new",
        "channels.part.sent": "posted",
        "channels.part.unknown": "maybe posted",
        "channels.whole": "the whole edition",
        "channels.messages": "{count} messages posted",
        "channels.message.sending": "posting",
        "channels.message.sent": "posted",
        "channels.message.unknown": "maybe posted",
        "channels.message.retracted": "retracted",
        "channels.message.refused": "refused",
        "review.why": "Why",
        "review.written_by.llm": "written by the LLM",
        "review.written_by.offline": "written offline",
        "review.written_by.editor": "written by an editor",
        "review.kept": "Kept though its sources do not support it:",
        "review.untimed": "undated",
        "review.copy": "copy",
        "review.signal.sources": "independent sources",
        "review.signal.domains": "domains",
        "review.signal.authority": "authority",
        "review.signal.recency": "recency",
        "review.signal.engagement": "engagement",
        "review.signal.names": "major names",
        "review.signal.event": "event",
        "review.signal.importance": "importance",
        "review.signal.share": "share of the day",
        "review.signal.novelty": "novelty",
        "review.signal.relevance": "AI relevance",
        "action.pin": "Pin",
        "action.unpin_hint": "Pinned: always in the lead",
        "action.drop": "Drop",
        "action.up": "Up",
        "action.down": "Down",
        "action.to_lead": "To lead",
        "action.to_more": "To more news",
        "action.edit": "Edit",
        "action.regenerate": "Regenerate",
        "action.restore": "Restore",
        "action.restore_hint": "Undo the editor's actions on this story: "
        "selection and the writer decide it again",
        "action.approve": "Approve",
        "action.publish": "Publish",
        "action.run_day": "Run this day",
        "action.save": "Save",
        "action.cancel": "Cancel",
        "action.keep": "Keep anyway",
        "action.diff": "Compare",
        "action.drag": "Drag to reorder",
        "confirm.publish": "Publish revision {revision} to every channel of {digest}?",
        "done.pin": "Pinned.",
        "done.drop": "Dropped.",
        "done.move": "Moved.",
        "done.restore": "Restored: selection decides it again.",
        "done.not_restored": "Nothing to restore: {why}.",
        "done.approve": "Revision {revision} approved.",
        "done.publish": "Published.",
        "done.saved": "Saved; the verifier found every claim in the sources.",
        "done.saved_kept": "Saved, keeping {count} unsupported claims.",
        "done.regenerated": "Rewritten.",
        "done.unchanged": "Nothing saved: {why}.",
        "why_not.empty": "the file was left empty",
        "why_not.unchanged": "the text is unchanged",
        "why_not.unsupported": "{count} claims its sources do not support",
        "why_not.unsupported.one": "1 claim its sources do not support",
        "why_not.no_action": "{story} has no editor's action on {digest} {day} to undo",
        "edit.title": "Edit the entry",
        "edit.headline": "Headline",
        "edit.summary": "Summary",
        "edit.insights": "Insights (one per line)",
        "edit.impact": "Impact",
        "edit.line": "Line",
        "edit.detail": "Detail",
        "verify.title": "The verifier did not find these in the story's sources:",
        "verify.hint": "Fix the text and save again, or keep it anyway: a kept claim is "
        "listed in the verification report.",
        "verify.kind.number": "number",
        "verify.kind.name": "name",
        "verify.kind.link": "link",
        "verify.where": "in the {where}",
        "verify.field": "{field}: ",
        "part.title": "title",
        "part.bullet": "bullet {n}",
        "part.headline": "headline",
        "part.summary": "summary",
        "part.insight": "insight {n}",
        "part.impact": "impact",
        "part.line": "line",
        "part.detail": "detail",
        "place.lead": "lead {n}",
        "place.more": "more news {n}",
        "channels.title": "Channels",
        "channels.none": "No channel (no `publish:` in the config): each written edition "
        "is on the site, and nothing is sent.",
        "channels.carries": "carries revision {revision}",
        "channels.will_receive": "will receive revision {revision}",
        "channels.not_yet": "nothing published yet",
        "channels.status.published": "published",
        "channels.status.failed": "failed",
        "channels.status.unknown": "unknown",
        "channels.status.awaiting approval": "awaiting approval",
        "channels.status.already published": "already published",
        "channels.status.busy": "busy",
        "channels.review_required": "Review required: approve the revision before publishing.",
        "channels.newer_draft": "Publish puts out revision {revision}, the approved one; "
        "revision {draft} is a newer draft awaiting approval.",
        "diff.title": "Changes between revisions",
        "diff.from": "From",
        "diff.to": "To",
        "diff.none": "Only one revision so far: nothing to compare.",
        "diff.same": "No differences.",
        "diff.day": "The day",
        "diff.added": "added",
        "diff.removed": "removed",
        "diff.moved": "moved",
        "diff.edited": "edited",
        "diff.before": "before",
        "diff.after": "after",
        "diff.place": " ({places})",
        "actions.title": "Editor's actions",
        "actions.none": "No editor has acted on this day.",
        "progress.title": "Run progress",
        "progress.none": "No run of this day recorded yet.",
        "progress.run": "Run {id} · {status}",
        "progress.status.running": "running",
        "progress.status.ok": "finished",
        "progress.status.failed": "failed",
        "progress.status.abandoned": "abandoned",
        "progress.pending": "waiting",
        "progress.started": "Run {id} started.",
        "progress.seconds": "{seconds} s",
        "keys.next": "Next story",
        "keys.previous": "Previous story",
        "keys.pin": "Pin the story",
        "keys.drop": "Drop the story",
        "keys.edit": "Edit the story",
        "keys.approve": "Approve the revision",
        "keys.up": "Move the story up the lead",
        "keys.down": "Move the story down the lead",
        "runs.not_found": "No run {id}. The run history lists them.",
        "login.title": "Sign in",
        "login.name": "Name",
        "login.password": "Password",
        "login.wrong": "Wrong name or password.",
        "login.wait": "Too many failed sign-ins: try again in about {minutes} minute(s).",
        "login.expired": "The sign-in form expired: sign in again.",
        "bad_address.title": "This page cannot be shown",
        "bad_address.value": "{where}: {why} (“{value}”)",
        "bad_address.back": "Back to the review desk",
        "bad_address.none": "The desk has no page at {path}: its pages are the review desk, "
        "the sources and the runs.",
        "command.run": "run",
        "command.fetch": "fetch",
        "command.schedule": "schedule",
        "command.serve": "from the desk",
        "command.demo": "demo",
        "stage.collect": "collect",
        "stage.fulltext": "full text",
        "stage.enrich": "enrich",
        "stage.group": "group",
        "stage.assess": "assess",
        "stage.select": "select",
        "stage.write": "write",
        "stage.verify": "verify",
        "stage.render": "render",
        "stage.publish": "publish",
        "stage.site": "site",
        "stage.digests": "digests",
        "count.sources": "sources",
        "count.failed": "failed",
        "count.new": "new",
        "count.updated": "updated",
        "count.extracted": "extracted",
        "count.postponed": "postponed",
        "count.embedded": "embedded",
        "count.grouped": "grouped",
        "count.duplicates": "duplicates",
        "count.new_stories": "new stories",
        "count.updated_stories": "updated stories",
        "count.merged_stories": "merged stories",
        "count.stories": "stories",
        "count.digests": "digests",
        "count.llm_requests": "LLM requests",
        "count.tokens_in": "tokens in",
        "count.tokens_out": "tokens out",
        "count.unsupported": "unsupported claims",
        "count.files": "files",
        "count.pages": "pages",
        "count.published": "published",
        "count.unknown": "unknown",
        "count.busy": "busy",
        "language.en": "English",
        "language.zh": "Chinese",
        "why.separator": "; ",
        "why.and": " and ",
        "why.note.private": "{host} is this machine or on a private network, which newsdesk does "
        "not fetch unless told to: its fetches fail until allow_private_addresses: true is "
        "written under it in {file}",
        "why.note.no_file": "no file matches {pattern} yet: its fetches fail until a file is there",
        "why.ordinal": "{nth}",
        "why.top": "ranked {place} of the {selectable} stories that qualified (the lead is "
        "picked from the top {window})",
        "why.quota": "a lead slot reserved for {category} (quota)",
        "why.full": "ranked {place} of the {selectable} stories that qualified: the lead "
        "({lead}) and more news ({more}) were full",
        "why.below_window": "ranked {place}: the lead is picked from the top {window} only",
        "why.category_cap": "the lead already has {cap} {category} (max_per_category)",
        "why.diversity": "a lower-ranked story less like those already picked took the slot",
        "why.not_news": "not news of the day (a guide, list, interview, remarks or essay): "
        "news took the slot",
        "why.lead_taken": "ranked {place}: the {lead} lead places went to higher-ranked stories",
        "why.dropped": "dropped by {who} on {at}",
        "why.demoted": "moved to more news by {who} on {at}",
        "why.moved": "moved to {place} in the lead by {who} on {at}",
        "why.pinned": "pinned by {who} on {at}",
        "why.pin_took_slot": "a story the editor pinned took its lead slot",
        "why.pins_filled": "stories the editor pinned filled the lead and more news",
        "why.pin_filled": "a story the editor pinned took a lead slot, and more news had no "
        "room left",
        "why.untold": "ranked {place} of the {selectable} stories that qualified, but no "
        "report of it is in the digest's language and the offline editor does not "
        "translate: more news took the next story",
        "why.published": "published before at {reports} reports, none new since",
        "why.not_ai": "relevance {relevance} is below the digest's minimum",
        "why.not_assessed": "not assessed yet (assess runs in `newsdesk run`)",
        "why.gone": "no longer among the day's candidates",
        "why.not_written": "not in the written digest",
        "why.not_in_language": "no report of it is in the digest's language, and the "
        "offline editor does not translate",
        "why.untranslated.offline": "no report of it is in {ours}: the offline editor does "
        "not translate: its entry keeps the {theirs} headline, with a line saying it was "
        "reported only in {theirs}",
        "why.untranslated.llm": "no report of it is in {ours}: the LLM wrote its entry in "
        "{ours} from the {theirs} reports (check it against them)",
        "channels.waiting": "awaiting approval: revision {revision} is a draft",
        "channels.not_written": "Nothing to publish yet: no revision of this day is written.",
        # the core's refusals that name the CLI's flags and commands, as the pages say them
        # (the API's words are API_WORDS)
        "why.refusal.place": "position {position}: the {digest} lead of {day} has places 1 "
        "to {places}.",
        "why.refusal.place_short": "position {position}: the {digest} lead of {day} has "
        "places 1 to {places} ({day}'s lead holds {held} stories; select.lead is {lead}).",
        "why.refusal.not_candidate": "Story '{story}' is not among the {digest} candidates "
        "of {day}; the edition lists them.",
        "why.refusal.not_in_edition": "Story '{story}' is not in the {digest} edition of "
        "{day}; the edition lists its stories, and a pin brings a left-out one in.",
        "why.refusal.no_story": "No story '{story}'. A day's stories list them.",
        "why.refusal.no_edition": "No {digest} edition for {day} yet. A run of the day writes "
        "its draft.",
        "why.refusal.not_written_approve": "{digest} {day} revision {revision} is not written "
        "yet: a run of the day writes it; then approve it.",
        "why.work.not_set": "{prefix}{names}: not set in the environment newsdesk ran in. Set "
        "it there (for the desk server, in the environment it starts with, then restart it) "
        "and try again.",
        "why.work.not_set_without": "{digest} was written without {source}: {names}: not set "
        "in the environment newsdesk ran in. Set it there (for the desk server, in the "
        "environment it starts with, then restart it) and run it again.",
        "why.refusal.awaiting_approval": "{digest} {day} revision {revision} is a draft and the "
        "digest's review is required: approve it, then publish.",
        "why.refusal.empty_edition": "{digest} {day} revision {revision} holds no story: its "
        "run had none of that day to select, so there is nothing to approve. A run of the day "
        "writes it again once its sources have published.",
        "why.refusal.not_written": "{digest} {day} revision {revision} is not written yet: a "
        "run of the day writes it.",
        "why.refusal.first_revision": "{digest} {day} revision 1 is its first: nothing before "
        "it to compare it with (its revisions are 1 to {last}).",
        "why.refusal.date_to_come": "The date {day} is still to come; a run writes today or a "
        "past day.",
        "why.refusal.nothing_written": "Nothing to publish for {day}: no digest with a channel "
        "was written that day. A run of the day writes it from the items stored; then "
        "publish again.",
        "why.work.maybe_posted": "{maybe} of {parts} messages may or may not have been posted "
        "({error}). Check the channel; a forced publish posts them again.",
        "why.work.cannot_change": "revision {revision} differs from what went out here; this "
        "channel cannot change what it posted, so only a forced publish posts it.",
        **{f"why.{key}": text for key, text in HEALTH_WORDS.items()},
        **{f"why.run.{key}": text for key, text in RUN_ERRORS.items()},
        "span.min": "{n} min",
        "span.h": "{n} h",
        "span.days": "{n} days",
        "span.months": "{n} months",
        "span.years": "{n} years",
        "review.no_digest": "No digest “{name}” in the config (digests: {names}).",
        "review.no_edition_day": "No {digest} edition for {day} yet. A run of the day "
        "(“{run_day}”) writes its draft.",
        "review.no_edition_yet": "No {digest} edition yet. A run of the day (“{run_day}”) "
        "writes today's draft.",
        "review.signal.size": "size",
        "sources.count.one": "1 source",
        "sources.entries.one": "1 entry",
        "sources.test_ok.one": "Works: 1 entry found.",
        "runs.errors.one": "1 error",
        "review.details.one": "1 report · score",
        "channels.parts.one": "1 message, {new} not posted yet",
        "channels.messages.one": "1 message posted",
        "done.saved_kept.one": "Saved, keeping 1 unsupported claim.",
    },
    "zh": {
        "brand": "newsdesk",
        "nav.review": "审稿",
        "nav.sources": "来源",
        "nav.runs": "运行",
        "nav.label": "编辑台",
        "skip": "跳到正文",
        "theme.toggle": "切换浅色与深色",
        "shortcuts.open": "键盘快捷键",
        "shortcuts.title": "键盘快捷键",
        "shortcuts.close": "关闭",
        "shortcuts.help": "显示此列表",
        "signout": "退出",
        "signed_in_as": "已登录：{name}",
        "error.network": "编辑台没有响应：{error}",
        "error.generic": "操作未成功：{error}",
        "error.store": "数据库暂时无法使用：{error}",
        "working": "处理中…",
        "done": "完成。",
        "sources.title": "来源",
        "sources.count": "共 {count} 个来源",
        "sources.none": "还没有配置来源。",
        "sources.config_problem": "配置文件已被修改，但现在有错误；编辑台仍按修改前的内容运行。"
        "修正后，本页会显示改动：",
        "sources.chart": "最近 {days} 天每天的条目数：共 {total} 条，单日最多 {peak} 条",
        "sources.bar": "{day}：{count} 条",
        "sources.items_in": "最近 {days} 天共 {total} 条",
        "sources.last_fetch": "上次抓取",
        "sources.never": "从未抓取",
        "sources.entries": "{count} 条",
        "sources.status.ok": "成功",
        "sources.status.not_modified": "无更新",
        "sources.status.failed": "失败",
        "sources.failing": "连续失败 {count} 次",
        "sources.last_error": "最近的错误",
        "sources.advice": "建议：",
        "sources.test": "测试这个来源",
        "sources.testing": "正在抓取一次…",
        "sources.test_ok": "可用：找到 {count} 条。",
        "sources.test_newest": "最新一条发布于 {when}。",
        "sources.test_unchanged": "可用：自上次抓取以来没有新内容（未修改）。",
        "sources.test_failed": "失败：{error}",
        "sources.disable": "停用",
        "sources.enable": "启用",
        "sources.disabled_done": "已在配置文件中停用 {name}。",
        "sources.enabled_done": "已在配置文件中启用 {name}。",
        "sources.add": "添加来源",
        "sources.add_hint": "它会写在 {path} 的来源列表末尾，文件的注释和格式保持不变，"
        "并按配置文件的规则检查。",
        "sources.add.kind": "类型",
        "sources.add.id": "ID（小写字母、数字、- 或 _）",
        "sources.add.name": "名称",
        "sources.add.address": "地址",
        "sources.add.private": "允许抓取本机或内网地址（本地的 RSSHub、内网的 feed）",
        "sources.add.submit": "添加",
        "sources.add.refused": "配置不接受它，没有写入任何内容：",
        "sources.added": "已将 {name} 添加到配置文件。",
        "sources.added_notes": "已将 {name} 添加到配置文件。请注意：",
        "health.ok": "正常",
        "health.failing": "失败",
        "health.stale": "陈旧",
        "health.low volume": "量少",
        "health.never fetched": "从未抓取",
        "health.disabled": "已停用",
        "runs.title": "运行",
        "runs.hint": "每次运行，最新的在前，含各阶段的用时和计数。",
        "runs.none": "还没有运行记录：`{run}` 或定时任务会产生一条。",
        "runs.run": "运行 {id}",
        "runs.day": "生成 {day}",
        "runs.errors": "{count} 个错误",
        "runs.older": "更早的运行",
        "runs.newest": "最新的运行",
        "runs.back": "所有运行",
        "runs.started": "开始",
        "runs.finished": "结束",
        "runs.writes": "生成",
        "runs.collect_only": "仅采集",
        "runs.where": "运行于",
        "runs.stage": "阶段",
        "runs.time": "秒",
        "runs.counts": "计数与错误",
        "review.title": "审稿",
        "review.digest": "日报",
        "review.day": "日期",
        "review.open": "打开",
        "review.revision": "第 {revision} 版",
        "review.status.draft": "草稿",
        "review.status.approved": "已批准",
        "review.status.published": "已发布",
        "review.on_site": "已在网站上",
        "review.on_site.draft": "读者已能在网站上看到这份草稿：这份日报没有发布渠道，也无需审核。",
        "review.on_site.approved": "读者已能在网站上看到这一版：这份日报没有发布渠道。",
        "review.no_digests": "尚未配置日报：请在配置的 `digests:` 下添加。",
        "review.no_edition": "这一天还没有版本。",
        "review.bad_date": "“{value}”不是日期：请按 YYYY-MM-DD 的格式写，例如 {example}。",
        "review.lead": "要闻",
        "review.more": "更多新闻",
        "review.left_out": "未入选",
        "review.left_out_hint": "当天其余候选，按排名排列，并说明未入选的原因。",
        "review.empty": "暂无内容。",
        "review.nothing_yet": "运行这一天时，没有存下它的新闻（来源没有发布这一天的内容）。"
        "最新的新闻在 {day}。",
        "review.open_day": "打开 {day}",
        "review.no_sources": "还没有启用的来源，运行时没有可采集的内容：先在“来源”页添加一个，"
        "再运行这一天。",
        "review.rank": "第 {rank} 名",
        "review.score": "得分 {score}",
        "review.unranked": "当日未排名",
        "review.off_topic": "不属日报主题，不参与排名",
        "review.sources": "来源",
        "review.breakdown": "得分构成",
        "review.details": "{count} 篇报道 · 得分",
        "reason.top": "当日前列",
        "reason.category quota": "类别配额",
        "reason.not AI": "非 AI",
        "reason.not assessed": "未评估",
        "reason.published unchanged": "已发布且无更新",
        "reason.category cap": "类别上限",
        "reason.diversity": "多样性",
        "reason.not news": "非当日新闻",
        "reason.below the lead window": "低于要闻窗口",
        "reason.not in the top N": "未进前列",
        "reason.not in the digest's language": "无日报语言的报道",
        "reason.pinned": "已置顶",
        "reason.moved": "已移动",
        "reason.dropped": "已撤下",
        "reason.demoted": "已移入更多新闻",
        "verb.pin": "置顶",
        "verb.drop": "撤下",
        "verb.move": "移入要闻",
        "verb.demote": "移入更多新闻",
        "verb.edit": "改写",
        "verb.restore": "恢复",
        "channels.parts": "共 {count} 条消息，{new} 条尚未发出",
        "channels.part.new": "新",
        "channels.part.sent": "已发出",
        "channels.part.unknown": "可能已发出",
        "channels.whole": "整期内容",
        "channels.messages": "已发出 {count} 条消息",
        "channels.message.sending": "正在发出",
        "channels.message.sent": "已发出",
        "channels.message.unknown": "可能已发出",
        "channels.message.retracted": "已撤回",
        "channels.message.refused": "被拒绝",
        "review.why": "原因",
        "review.written_by.llm": "由大模型撰写",
        "review.written_by.offline": "离线撰写",
        "review.written_by.editor": "由编辑撰写",
        "review.kept": "来源不支持但编辑保留的内容：",
        "review.untimed": "无日期",
        "review.copy": "转载",
        "review.signal.sources": "独立来源",
        "review.signal.domains": "域名",
        "review.signal.authority": "权威度",
        "review.signal.recency": "时效",
        "review.signal.engagement": "热度",
        "review.signal.names": "重要名称",
        "review.signal.event": "事件",
        "review.signal.importance": "重要性",
        "review.signal.share": "当日占比",
        "review.signal.novelty": "新颖度",
        "review.signal.relevance": "AI 相关度",
        "action.pin": "置顶",
        "action.unpin_hint": "已置顶：始终在要闻中",
        "action.drop": "撤下",
        "action.up": "上移",
        "action.down": "下移",
        "action.to_lead": "移入要闻",
        "action.to_more": "移入更多新闻",
        "action.edit": "编辑",
        "action.regenerate": "重新生成",
        "action.restore": "恢复",
        "action.restore_hint": "撤销编辑对这条新闻的操作：由选稿和写作重新决定",
        "action.approve": "批准",
        "action.publish": "发布",
        "action.run_day": "运行这一天",
        "action.save": "保存",
        "action.cancel": "取消",
        "action.keep": "仍然保留",
        "action.diff": "比较",
        "action.drag": "拖动以调整顺序",
        "confirm.publish": "将第 {revision} 版发布到 {digest} 的所有渠道？",
        "done.pin": "已置顶。",
        "done.drop": "已撤下。",
        "done.move": "已移动。",
        "done.restore": "已恢复：由选稿重新决定。",
        "done.not_restored": "无可恢复：{why}。",
        "done.approve": "第 {revision} 版已批准。",
        "done.publish": "已发布。",
        "done.saved": "已保存；核查在来源中找到了每一项内容。",
        "done.saved_kept": "已保存，保留了 {count} 项来源不支持的内容。",
        "done.regenerated": "已重写。",
        "done.unchanged": "未保存：{why}。",
        "why_not.empty": "文件是空的",
        "why_not.unchanged": "文字没有改动",
        "why_not.unsupported": "有 {count} 项内容来源不支持",
        "why_not.no_action": "{story} 在 {digest} {day} 没有可撤销的编辑操作",
        "edit.title": "编辑条目",
        "edit.headline": "标题",
        "edit.summary": "摘要",
        "edit.insights": "要点（每行一条）",
        "edit.impact": "影响",
        "edit.line": "一句话",
        "edit.detail": "详情",
        "verify.title": "核查在这条新闻的来源中没有找到以下内容：",
        "verify.hint": "修改文字后再保存，或选择仍然保留：保留的内容会列入核查报告。",
        "verify.kind.number": "数字",
        "verify.kind.name": "名称",
        "verify.kind.link": "链接",
        "verify.where": "位于{where}",
        "verify.field": "{field}：",
        "part.title": "标题",
        "part.bullet": "导语第 {n} 条",
        "part.headline": "标题",
        "part.summary": "摘要",
        "part.insight": "第 {n} 条要点",
        "part.impact": "影响",
        "part.line": "一句话",
        "part.detail": "详情",
        "place.lead": "要闻第 {n} 条",
        "place.more": "更多新闻第 {n} 条",
        "channels.title": "发布渠道",
        "channels.none": "这份日报没有发布渠道（未配置 `publish:`）：写出的每一期都在网站上，"
        "不会发送到别处。",
        "channels.carries": "当前为第 {revision} 版",
        "channels.will_receive": "将收到第 {revision} 版",
        "channels.not_yet": "尚未发布",
        "channels.status.published": "已发布",
        "channels.status.failed": "失败",
        "channels.status.unknown": "未知",
        "channels.status.awaiting approval": "等待批准",
        "channels.status.already published": "已发布过",
        "channels.status.busy": "忙碌",
        "channels.review_required": "需要审稿：请先批准此版本再发布。",
        "channels.newer_draft": "发布将发出已批准的第 {revision} 版；"
        "第 {draft} 版是更新的草稿，尚待批准。",
        "diff.title": "版本之间的改动",
        "diff.from": "从",
        "diff.to": "到",
        "diff.none": "目前只有一个版本，无可比较。",
        "diff.same": "没有差别。",
        "diff.day": "当日",
        "diff.added": "新增",
        "diff.removed": "移除",
        "diff.moved": "移动",
        "diff.edited": "改写",
        "diff.before": "之前",
        "diff.after": "之后",
        "diff.place": "（{places}）",
        "actions.title": "编辑操作",
        "actions.none": "还没有编辑处理过这一天。",
        "progress.title": "运行进度",
        "progress.none": "这一天还没有运行记录。",
        "progress.run": "运行 {id} · {status}",
        "progress.status.running": "进行中",
        "progress.status.ok": "已完成",
        "progress.status.failed": "失败",
        "progress.status.abandoned": "已中断",
        "progress.pending": "等待中",
        "progress.started": "运行 {id} 已开始。",
        "progress.seconds": "{seconds} 秒",
        "keys.next": "下一条",
        "keys.previous": "上一条",
        "keys.pin": "置顶这条",
        "keys.drop": "撤下这条",
        "keys.edit": "编辑这条",
        "keys.approve": "批准此版本",
        "keys.up": "在要闻中上移",
        "keys.down": "在要闻中下移",
        "runs.not_found": "没有运行 {id}。运行记录里列有所有运行。",
        "login.title": "登录",
        "login.name": "用户名",
        "login.password": "密码",
        "login.wrong": "用户名或密码不对。",
        "login.wait": "登录失败次数太多：请约 {minutes} 分钟后再试。",
        "login.expired": "登录表单已过期：请重新登录。",
        "bad_address.title": "无法显示这个页面",
        "bad_address.value": "{where}：“{value}”不是有效的值（{why}）",
        "bad_address.back": "回到审稿台",
        "bad_address.none": "审稿台没有 {path} 这个页面：它的页面是审稿、来源和运行记录。",
        "command.run": "运行",
        "command.fetch": "抓取",
        "command.schedule": "定时任务",
        "command.serve": "编辑台发起",
        "command.demo": "演示",
        "stage.collect": "采集",
        "stage.fulltext": "全文",
        "stage.enrich": "向量化",
        "stage.group": "聚合",
        "stage.assess": "评估",
        "stage.select": "选稿",
        "stage.write": "撰写",
        "stage.verify": "核查",
        "stage.render": "排版",
        "stage.publish": "发布",
        "stage.site": "网站",
        "stage.digests": "日报",
        "count.sources": "来源",
        "count.failed": "失败",
        "count.new": "新增",
        "count.updated": "更新",
        "count.extracted": "已提取",
        "count.postponed": "顺延",
        "count.embedded": "已向量化",
        "count.grouped": "已归组",
        "count.duplicates": "重复",
        "count.new_stories": "新新闻",
        "count.updated_stories": "更新的新闻",
        "count.merged_stories": "合并的新闻",
        "count.stories": "新闻",
        "count.digests": "日报",
        "count.llm_requests": "大模型请求",
        "count.tokens_in": "输入 token",
        "count.tokens_out": "输出 token",
        "count.unsupported": "无来源支持的内容",
        "count.files": "文件",
        "count.pages": "页面",
        "count.published": "已发布",
        "count.unknown": "未知",
        "count.busy": "忙碌",
        "language.en": "英文",
        "language.zh": "中文",
        "why.separator": "；",
        "why.and": "、",
        "why.ordinal": "{n}",
        "why.top": "在符合条件的 {selectable} 条新闻中排第 {place}（要闻从前 {window} 名中选）",
        "why.quota": "为 {category} 预留的要闻名额（配额）",
        "why.full": "在符合条件的 {selectable} 条新闻中排第 {place}：要闻（{lead} 条）和更多新闻"
        "（{more} 条）都已选满",
        "why.below_window": "排第 {place}：要闻只从前 {window} 名中选",
        "why.category_cap": "要闻中已有 {cap} 条 {category}（max_per_category）",
        "why.diversity": "一条排名稍低、与已选新闻更不相似的新闻占了这个名额",
        "why.not_news": "不是当日新闻（指南、清单、访谈、讲话或评论）：名额给了新闻",
        "why.lead_taken": "排第 {place}：{lead} 个要闻名额给了排名更靠前的新闻",
        "why.dropped": "{who} 于 {at} 撤下",
        "why.demoted": "{who} 于 {at} 移入更多新闻",
        "why.moved": "{who} 于 {at} 移到要闻第 {place} 位",
        "why.pinned": "{who} 于 {at} 置顶",
        "why.pin_took_slot": "编辑置顶的新闻占了它的要闻名额",
        "why.pins_filled": "编辑置顶的新闻占满了要闻和更多新闻",
        "why.pin_filled": "编辑置顶的一条新闻占了一个要闻名额，更多新闻已无空位",
        "why.untold": "在符合条件的 {selectable} 条新闻中排第 {place}，但没有日报语言的报道，"
        "而离线撰写不做翻译：更多新闻改选了下一条",
        "why.published": "此前已在 {reports} 篇报道时发布，此后没有新报道",
        "why.not_ai": "AI 相关度 {relevance} 低于日报的下限",
        "why.not_assessed": "尚未评估（评估在 `newsdesk run` 中进行）",
        "why.gone": "已不在当日的候选中",
        "why.not_written": "不在已撰写的日报中",
        "why.not_in_language": "没有日报语言的报道，而离线撰写不做翻译",
        "why.untranslated.offline": "没有{ours}报道：离线撰写不做翻译，条目保留{theirs}标题，"
        "并注明只有{theirs}报道",
        "why.untranslated.llm": "没有{ours}报道：大模型根据{theirs}报道用{ours}撰写了条目"
        "（请对照原文核对）",
        "channels.waiting": "等待批准：第 {revision} 版是草稿",
        "channels.not_written": "还没有可发布的内容：这一天没有写出的版本。",
        "why.run.interrupted_in": "在{stage}阶段中断（Ctrl+C，或进程被要求停止）；"
        "之前各阶段存下的内容仍然保留",
        "why.run.interrupted": "已中断（Ctrl+C，或进程被要求停止）；之前各阶段存下的内容仍然保留",
        "why.run.killed": "进程（{pid}）在完成前停止了：被终止或崩溃",
        "why.run.given_up": "运行超过 {hours} 小时仍未结束：已放弃",
        "why.work.tries": "{error}（已试 {tries} 次）",
        "why.work.parts": "{parts} 条消息中已发出 {posted} 条。{error}",
        "why.work.task_timeout": "{stage}阶段的任务在 {seconds} 秒内没有完成"
        "（execution.task_timeout）：`{command} worker` 进程是否在 {broker} 上运行？",
        "why.work.no_worker": "{broker} 上没有 newsdesk worker 应答：用 `{command} worker` "
        "启动一个（用同一份配置），或设置 execution.engine: local",
        "why.work.no_redis": "无法连接 {broker} 上的 Redis（{reason}）：启动它，或设置 "
        "execution.engine: local 在本进程中运行",
        "why.work.http_wait": "{where} 返回 HTTP {status} {reason}：服务器要求等待 {asked} 秒，"
        "超过了 fetch.max_retry_after（{limit} 秒）",
        "why.work.http_status": "{where} 返回 HTTP {status} {reason}{attempts}",
        "why.work.http_gone": "{where} 返回 HTTP {status} {reason}{attempts}；地址可能已经变了，"
        "检查来源的 url",
        "why.work.http_refused": "{where} 返回 HTTP {status} {reason}{attempts}；网站拒绝了 "
        "newsdesk（可能需要密钥、cookie 或换一个 User-Agent）",
        "why.work.http_limited": "{where} 返回 HTTP {status} {reason}{attempts}；网站在限流，"
        "请降低抓取频率",
        "why.work.http_server": "{where} 返回 HTTP {status} {reason}{attempts}；网站出了问题，"
        "稍后可能恢复",
        "why.work.attempts": "（已试 {n} 次）",
        "why.work.redirected": "{url}（由 {origin} 重定向而来）",
        "why.work.timeout": "{where} 在 {seconds} 秒内没有给出完整的响应（fetch.timeout）",
        "why.work.dns": "无法连接 {host}：域名无法解析（检查 url 或网络）",
        "why.work.refused": "无法连接 {host}：连接被拒绝（服务器是否在运行？）",
        "why.work.connect": "无法连接 {host}：{reason}",
        "why.work.blocked": "拒绝抓取 {where}：{address}。newsdesk 只抓取公网地址；如果这个来源"
        "确实要访问它（本地的 RSSHub、内网的 feed），在来源上设置 allow_private_addresses: true，"
        "或对所有来源设置 fetch.allow_private_addresses: true",
        "why.work.redirects": "{url} 重定向次数过多（超过 {limit} 次），网站可能陷入了重定向循环",
        "why.work.too_large": "{where} 的响应超过了 {limit} 的上限（fetch.max_bytes）",
        "why.work.decompress": "{where} 的响应无法解压（Content-Encoding: {encoding}）：{reason}",
        "why.work.html_page": "{url} 返回的是网页，不是 feed；找找它的 RSS 链接",
        "why.work.empty": "{url} 返回的内容是空的",
        "why.work.not_a_feed": "{url} 不是可读的 feed：{reason}",
        "why.work.not_json": "{url} 不是有效的 JSON：{reason}",
        "why.work.no_json": "{url} 返回的不是 JSON（{reason}）",
        "why.work.no_files": "没有文件匹配 {pattern}",
        "why.work.channel_refused": "频道 {channel}（{service}，{host}）拒收了消息：HTTP {status}："
        "{said}。检查频道的 webhook 地址和机器人的设置",
        "why.work.channel_unreached": "无法连接频道 {channel}（{service}，{host}）：{reason}。"
        "检查 webhook 地址和网络",
        "why.work.telegram_unreached": "无法连接 Telegram（聊天 {chat}）：{reason}。"
        "检查网络和 api_base",
        "why.work.telegram_silent": "Telegram（聊天 {chat}）没有应答（{reason}）：消息可能已经发出",
        "why.work.telegram_no_id": "Telegram（聊天 {chat}）答复成功，却没有消息 id（{said}）："
        "消息可能已经发出",
        "why.work.telegram_migrated": "Telegram 拒收了消息（聊天 {chat}）：{said}。这个群已升级为"
        '超级群，chat_id 变成了 "{moved}"：在配置里把这个渠道的 chat_id 改成它',
        "why.work.telegram_token": "Telegram 不认这个机器人（聊天 {chat}）：{said}。检查 bot_token",
        "why.work.telegram_chat": "Telegram 拒收了消息（聊天 {chat}）：{said}。"
        "机器人是不是这个聊天的成员或管理员？检查 chat_id",
        "why.work.telegram_status": "Telegram（聊天 {chat}）返回 HTTP {status}：{said}",
        "why.work.telegram_refused": "Telegram 拒收了消息（聊天 {chat}）：{said}",
        "why.work.smtp_login": "SMTP 服务器 {host}:{port} 拒绝了登录（{code}）：{said}。"
        "检查 username 和 password",
        "why.work.smtp_failed": "通过 SMTP 服务器 {host}:{port} 发送邮件失败：{reason}",
        "why.work.smtp_lost": "SMTP 服务器 {host}:{port} 收下邮件时连接断开（{reason}）；"
        "邮件可能已经发出",
        "why.work.smtp_refused": "SMTP 服务器拒收了这些收件人：{recipients}",
        "why.work.files_write": "无法写入 {folder}：{reason}",
        "why.work.os_at": "{where}：{why}",
        "why.work.os_denied": "newsdesk 没有在那里写入的权限（请检查文件夹的所有者和权限）",
        "why.work.os_read_only": "那里的磁盘是只读的",
        "why.work.os_full": "磁盘已满",
        "why.work.os_quota": "磁盘配额已用完",
        "why.work.os_missing": "路径上缺少一个文件夹，也无法在那里创建",
        "why.work.os_folder": "该放文件的地方是一个文件夹",
        "why.work.os_long": "名称太长",
        "why.work.os_file": "{file} 是文件，不是文件夹",
        "why.work.files_style": "这份日报没有排出样式 {style}（排出的样式：{known}）",
        "why.work.git_failed": "git {step} 在 {repo} 上失败：{reason}",
        "why.work.git_run": "git {step} 没能运行：{reason}",
        "why.work.maybe_posted": "{parts} 条消息中有 {maybe} 条可能已经发出，"
        "也可能没有（{error}）。请查看频道；强制发布会把它们再发一次",
        "why.work.cannot_change": "第 {revision} 版与这里发出的不同；这个频道无法修改已发出的内容，"
        "强制发布才会把它发出",
        "why.work.channel_busy": "另一个发布者（{holder}）正在这个频道上发布，"
        "它的占用持续到 UTC {until}。已跳过：等它结束后再运行",
        "why.work.posted_before": "之前发出过，这次没有发出：{error}",
        "why.work.not_set": "{prefix}运行 newsdesk 的环境里没有设置 {names}：在那里设置"
        "（desk 服务器要在它启动时的环境里设置，然后重启它），再试一次",
        "why.work.not_set_without": "{digest} 这次没有用上来源 {source}：运行 newsdesk 的环境里"
        "没有设置 {names}：在那里设置（desk 服务器要在它启动时的环境里设置，然后重启它），"
        "再运行一次",
        "why.work.layout": "{url} 上没有条目匹配 item={item}（需要有标题和链接）；页面布局可能变了",
        "why.refusal.running_all": "{day} 所有日报的运行（运行 {run}）还在进行："
        "一次只能有一个运行。进度见运行记录；等它结束再开始这次运行",
        "why.refusal.running": "{digest} {day} 的运行（运行 {run}）还在进行："
        "一次只能有一个运行。进度见运行记录；等它结束再开始这次运行",
        "why.refusal.lease_busy": "另一个进程（{holder}）等了 {seconds} 秒后仍占着{stage}的租约"
        "（不续期的话，它在 UTC {expires} 到期）。这次没有做{stage}；下次运行会做",
        "why.refusal.lease_lost": "{stage}的租约在工作中途失效（过期后被另一个进程取得）；"
        "这次{stage}的结果没有保存，下次运行会重做",
        "why.refusal.published": "{digest} {day} 第 {revision} 版已经发布；"
        "有新报道的运行或编辑的操作会生成新的草稿，再批准它",
        "why.refusal.awaiting_approval": "{digest} {day} 第 {revision} 版是草稿，这份日报需要审核："
        "先批准，再发布",
        "why.refusal.not_written_approve": "{digest} {day} 第 {revision} 版还没写好：运行这一天"
        "会写出它，然后再批准",
        "why.refusal.not_written": "{digest} {day} 第 {revision} 版还没写好：运行这一天会写出它",
        "why.refusal.empty_edition": "{digest} {day} 第 {revision} 版没有新闻：它的运行没有那天的"
        "新闻可选，所以没有可批准的内容。来源发布了那天的新闻后，再运行这一天",
        "why.refusal.never_written": "{digest} {day} 第 {revision} 版从未写出",
        "why.refusal.one_revision": "{digest} {day} 只有第 {revision} 版：还没有可以比较的版本",
        "why.refusal.no_revision": "{digest} {day} 没有第 {revision} 版：它的版本是 1 到 {last}",
        "why.refusal.first_revision": "{digest} {day} 第 1 版是最早的一版：之前没有可以比较的版本"
        "（它的版本是 1 到 {last}；请给出起始版本）",
        "why.refusal.calendar": "没有 {day} 这一天：newsdesk 只处理 {first} 到 {last} 之间的日子",
        "why.refusal.place": "第 {position} 位：{digest} {day} 的要闻只有第 1 到 {places} 位",
        "why.refusal.place_short": "第 {position} 位：{digest} {day} 的要闻只有第 1 到 {places} 位"
        "（这天的要闻有 {held} 条新闻；select.lead 是 {lead}）",
        "why.refusal.no_llm": "无法重新撰写：没有配置 LLM（llm.base_url）。请直接编辑它的文字",
        "why.refusal.no_llm_key": "无法重新撰写：LLM 的密钥变量 {variable} 没有设置。"
        "请直接编辑它的文字",
        "why.refusal.not_a_part": "{part} 不是这个条目的部分；它的部分是 {parts}",
        "why.refusal.empty_headline": "标题是空的：每个条目都需要标题",
        "why.refusal.empty_line": "这一行是空的：每条都需要一行文字",
        "why.refusal.not_a_list": "{part} 是一段文字，不是列表",
        "why.refusal.no_story": "没有新闻 {story}。当天的新闻列表会列出它们",
        "why.refusal.not_candidate": "新闻 {story} 不在 {digest} {day} 的候选新闻中；"
        "这一期会列出它们",
        "why.refusal.no_longer_candidate": "新闻 {story} 已不在 {digest} {day} 的候选新闻中",
        "why.refusal.not_in_edition": "新闻 {story} 不在 {digest} {day} 这一期里；这一期会列出"
        "它的新闻，置顶可以把落选的新闻加进来",
        "why.refusal.no_edition": "{digest} 还没有 {day} 的一期。运行这一天会生成它的草稿",
        "why.refusal.day_to_come": "{digest} 没有 {day} 的一期：这一天还没到（今天是 {today}）；"
        "运行只写今天或过去的日子",
        "why.refusal.date_to_come": "日期 {day} 还没到；运行只写今天或过去的日子",
        "why.refusal.nothing_written": "{day} 没有可以发布的内容：那天没有写出带发布渠道的日报。"
        "运行这一天会用已存的条目写出它，然后再发布",
        "why.refusal.no_digest": "没有日报 {digest}（配置的日报：{known}）",
        "why.refusal.no_run": "没有运行 {run}。运行记录里列出了所有运行",
        "why.refusal.no_day_run": "{digest} {day} 还没有运行",
        "why.refusal.no_source": "配置里没有来源 {source}",
        "why.note.private": "{host} 在本机或内网上，newsdesk 默认不抓取：在 {file} 里这个来源下"
        "加上 allow_private_addresses: true 之前，它的抓取都会失败",
        "why.note.no_file": "还没有文件匹配 {pattern}：文件放到那里之前，它的抓取都会失败",
        "why.refusal.source_taken": "没有添加来源：{path} 里已经有 ID 为 {source} 的来源（{name}，"
        "{kind}）。请换一个 ID，或在文件里修改那个来源",
        "why.refusal.csrf": "这次修改没有带上页面的 CSRF 令牌；请刷新页面后再试",
        "why.refusal.login_expired": "登录表单已过期；请刷新页面后再登录",
        "why.refusal.other_site": "只接受来自本编辑台页面的修改",
        "why.refusal.local_only": "这个编辑台还没有账户，所以只在本机应答，不以 {host} 应答。"
        "用 `{add}` 创建一个账户",
        "why.refusal.bad_token": "API 令牌无效（已撤销或输错）",
        "why.refusal.sign_in_read": "请登录（或发送 API 令牌）后阅读这个编辑台",
        "why.refusal.sign_in_newsroom": "请登录（或发送 API 令牌）后查看编辑部：草稿、运行和频道"
        "只对编辑开放，公开的编辑台也一样",
        "why.refusal.sign_in_change": "请登录（或发送 API 令牌）后修改这个编辑台",
        "why.refusal.schema_behind": "数据库的结构版本是 {found}；这个 newsdesk 需要 {head}。"
        "运行 `{upgrade}`",
        "why.refusal.schema_newer": "数据库的结构版本是 {found}；这个 newsdesk 需要 {head}。"
        "请安装更新版本的 newsdesk",
        "why.refusal.not_found": "没有这个地址",
        "why.problem.never": "从未抓取",
        "why.problem.waiting": "等待环境变量 {names}：export {exports} 之后才抓取",
        "why.problem.failing": "连续失败 {count} 次：{error}",
        "why.problem.low": "最近一天 {last_day} 条，平时每天 {per_day} 条",
        "why.problem.old": "只有旧内容：{entries} 条中最新的已是 {age}前",
        "why.problem.empty": "返回的列表是空的",
        "why.problem.quiet": "已有 {quiet}没有新内容",
        "why.problem.quiet_usually": "已有 {quiet}没有新内容（平时约每 {usual}一条）",
        "why.tip.fetch": "运行 `{command}`",
        "why.tip.thins": "列表在变少：检查网站，或关键词是否过滤掉了太多",
        "why.tip.stopped": "列表不再更新：检查网站；如果地址变了，更新 url",
        "why.tip.no_files": "path 没有匹配到文件：检查来源的 `path`（通配符，相对于配置文件所在的"
        "文件夹）以及文件是否在那里",
        "why.tip.private": "地址在本机或内网上，newsdesk 默认不抓取：如果来源确实要访问它，在来源上"
        "设置 allow_private_addresses: true（或 fetch.allow_private_addresses）",
        "why.tip.refused": "网站拒绝了 newsdesk：来源 headers 中的 cookie 或 token 可能已过期"
        "（请更新），或网站屏蔽了这个 User-Agent（设置 fetch.user_agent）",
        "why.tip.route_gone": "路由已不存在：到 RSSHub 文档中核对，或换一个实例",
        "why.tip.moved": "地址已迁移：找到网站现在的 feed 并更新 url",
        "why.tip.rate_limited": "网站在限流：降低抓取频率（fetch.hosts 的 delay）",
        "why.tip.server": "网站自身出了问题，通常会恢复，等一两次运行即可",
        "why.tip.dns": "检查 url 的域名有没有拼错；如果所有来源的域名都无法解析，问题在本机的"
        "网络或 DNS（或需要代理：fetch.proxy、HTTPS_PROXY）",
        "why.tip.tls": "安全连接失败：https 地址指向只支持 http 的服务器、证书过期或自签名，或代理"
        "拦截了 HTTPS（在 SSL_CERT_FILE 中给出其证书）",
        "why.tip.no_answer": "该地址没有响应：服务器（或你的 RSSHub）在运行吗？",
        "why.tip.slow": "网站响应慢：调大 fetch.timeout，或换个时间再试",
        "why.tip.not_a_feed": "url 返回的是网页而不是 feed：找到网站的 RSS 链接",
        "why.tip.broken_xml": "feed 的 XML 已损坏或被截断：打开 url 查看；途中被截断的"
        "通常下次运行就好，网站自己写坏的要由网站修复",
        "why.tip.json_not_feed": "url 返回的 JSON 不是 feed：kind feed 读取 RSS、Atom 和 JSON Feed"
        "（顶层 version 指向 jsonfeed.org，并有 items）；自己的记录文件用 kind jsonl 读取，"
        "路径在本机",
        "why.tip.named_feed": "url 返回的网页给出了它的 feed 地址：把 url 改成那个地址",
        "why.tip.selector": "来源的某个选择器不是有效的 CSS：在配置中按错误指出的位置修正它"
        "（`item`、`title`、`link`、`date` 或 `summary`）",
        "why.tip.layout": "网页布局变了：更新来源的 CSS 选择器",
        "why.tip.exchange": "运行 `{command}` 查看请求和响应",
        "why.tip.unset": "在运行 newsdesk 的 shell 或服务中 export 这个变量（或给该键一个默认值："
        "${{VAR:-default}}）；变量设置之前不抓取这个来源",
        "why.tip.empty_file": "文件是空的，或记录在另一个键下：打开文件，与来源的 `records` 和 "
        "`fields` 对照",
        "why.tip.bad_file": "无法按来源的设置读取这个文件：打开它，修正错误指出的问题"
        "（或写入它的程序），并检查来源的 `path`",
        "why.tip.empty_list": "列表是空的或布局变了：打开 url 与配置对照",
        "why.tip.old_files": "文件里只有旧记录：写入它们的程序还在运行吗？",
        "why.tip.old_route": "RSSHub 路由返回的是旧文章（上游变了，或有缓存）：在另一个实例上试这个"
        "路由（rsshub.instance，或来源自己的 instance），并查看路由文档",
        "why.tip.old_feed": "feed 仍有响应但不再更新：找到网站现在的 feed",
        "span.min": "{n} 分钟",
        "span.h": "{n} 小时",
        "span.days": "{n} 天",
        "span.months": "{n} 个月",
        "span.years": "{n} 年",
        "review.no_digest": "配置中没有名为“{name}”的日报（现有日报：{names}）。",
        "review.no_edition_day": "{digest} 在 {day} 还没有版本。点“{run_day}”写出它的草稿。",
        "review.no_edition_yet": "{digest} 还没有任何版本。点“{run_day}”写出今天的草稿。",
        "review.signal.size": "规模",
    },
}

_FIELD = re.compile(r"\{(\w+)\}")
#: The values of a source's health that are spans of time, in seconds.
_DURATIONS = frozenset({"age", "quiet", "usual"})

#: The languages the pages speak.
LANGUAGES = tuple(STRINGS)


def page_language(config: Config, digest: DigestConfig | None = None) -> str:
    """The language of a page: its digest's, else the first digest's, else English."""
    chosen = digest or (config.digests[0] if config.digests else None)
    return chosen.language if chosen is not None and chosen.language in STRINGS else "en"


#: The core's refusals that name a CLI command or flag, as the JSON API says them (its
#: English ``error``): the call to make instead.  Over the English table, so a refusal
#: worded alike everywhere is kept once, there.
API_WORDS: dict[str, str] = {
    "why.refusal.not_candidate": "Story '{story}' is not among the {digest} candidates "
    "of {day}. The edition lists them: GET /api/v1/digests/{digest}/editions/{day}.",
    "why.refusal.not_in_edition": "Story '{story}' is not in the {digest} edition of "
    "{day}. The edition lists its stories (GET /api/v1/digests/{digest}/editions/{day}); "
    "a pin brings a left-out one in.",
    "why.refusal.no_story": "No story '{story}'. A day's stories list them: "
    "GET /api/v1/stories?date=YYYY-MM-DD.",
    "why.refusal.no_edition": "No {digest} edition for {day} yet. A run of the day writes "
    'its draft: POST /api/v1/digests/{digest}/runs with {"date": "{day}"}.',
    "why.refusal.not_written_approve": "{digest} {day} revision {revision} is not written "
    'yet: a run of the day writes it (POST /api/v1/digests/{digest}/runs with {"date": '
    '"{day}"}), then POST /api/v1/digests/{digest}/editions/{day}/approve.',
    "why.refusal.awaiting_approval": "revision {revision} is a draft and the digest's review "
    "is required. Look at it with GET /api/v1/digests/{digest}/editions/{day}, then approve "
    "it with POST /api/v1/digests/{digest}/editions/{day}/approve.",
    "why.refusal.not_written": "{digest} {day} revision {revision} is not written yet: a "
    'run of the day writes it (POST /api/v1/digests/{digest}/runs with {"date": "{day}"}).',
    "why.refusal.empty_edition": "{digest} {day} revision {revision} holds no story: its "
    "run had none of that day to select, so there is nothing to approve. A run of the day "
    "writes it again once its sources have published (POST /api/v1/digests/{digest}/runs "
    'with {"date": "{day}"}).',
    "why.refusal.first_revision": "{digest} {day} revision 1 is its first: nothing before "
    "it to compare it with (its revisions are 1 to {last}; give from).",
    "why.refusal.nothing_written": "Nothing to publish for {day}: no digest with a channel "
    "was written that day. A run of the day writes it from the items stored "
    '(POST /api/v1/digests/NAME/runs with {"date": "{day}"}); then publish again.',
    "why.work.maybe_posted": "{maybe} of {parts} messages may or may not have been posted "
    '({error}). Check the channel; publishing with {"force": true} posts them again.',
    "why.work.cannot_change": "revision {revision} differs from what went out here; this "
    'channel cannot change what it posted, so publishing with {"force": true} posts it.',
}


def strings(language: str) -> dict[str, str]:
    """The table of one language."""
    return STRINGS[language]


def text_of(table: Mapping[str, str], key: str, values: Mapping[str, object]) -> str:
    """The text of ``key`` for ``values``: its singular (``KEY.one``) when ``{count}``
    is 1 and the language has one; the key itself when the table has no text for it."""
    if values.get("count") == 1 and f"{key}.one" in table:
        key = f"{key}.one"
    return table.get(key, key)


def label(table: Mapping[str, str], prefix: str, name: str) -> str:
    """A name the core records (a stage, a counter) in the page's words; one it has no
    words for (a digest's name, say) as it is."""
    return table.get(prefix + name, name)


#: An address the fetcher was redirected to, with the one it was asked for.
_REDIRECTED = re.compile(r"(?P<url>\S+) \(redirected from (?P<origin>\S+)\)")


def phrased(
    phrases: Sequence[Phrase],
    table: Mapping[str, str],
    zone: ZoneInfo,
    categories: Mapping[str, str] | None = None,
) -> str:
    """What the core said (:class:`~newsdesk.model.Phrase`) in the page's language, a
    time in ``zone``, a category by its name in ``categories`` (a key such as
    ``open_source`` is no word for a reader); a sentence the table has no words for in
    the core's English."""

    def one(said: Phrase) -> str:
        text = table.get(f"why.{said.key}")
        if not said.key or text is None:
            return said.text
        values: dict[str, object] = {}
        for name, value in said.values:
            if isinstance(value, datetime):
                values[name] = value.astimezone(zone).strftime("%Y-%m-%d %H:%M")
            elif name == "stage":
                values[name] = label(table, "stage.", str(value))
            elif name == "error":  # an error of the run's work, worded in turn
                values[name] = one(work_error_phrase(str(value)))
            elif name == "reason" and (refusal := os_reason(str(value))) is not None:
                values[name] = _os_words(refusal, table) or value
            elif name == "where" and (hop := _REDIRECTED.fullmatch(str(value))):
                values[name] = fill(table["why.work.redirected"], hop.groupdict())
            elif name == "place":  # a place in a ranking: "3rd" in English, 第 3 in Chinese
                values[name] = fill(table["why.ordinal"], {"n": value, "nth": ordinal(int(value))})
            elif name == "attempts":
                values[name] = fill(table["why.work.attempts"], {"n": value}) if value else ""
            elif name in _DURATIONS:
                values[name] = _span(int(value), table)
            elif name == "category" and categories:
                values[name] = categories.get(str(value), value)
            elif name == "names":  # variables, joined in the page's words
                values[name] = table["why.and"].join(str(value).split(" and "))
            elif name in ("ours", "theirs"):  # language codes
                codes = str(value).split(", ")
                values[name] = table["why.and"].join(label(table, "language.", c) for c in codes)
            else:
                values[name] = value
        return fill(text, values)

    return table["why.separator"].join(one(said) for said in phrases)


def _os_words(refusal: OsReason, table: Mapping[str, str]) -> str | None:
    """The system's refusal to write (a full or read-only disk) in the page's words, with
    the path it is about; None when the table has no words for it (English keeps the
    core's own)."""
    why = table.get(f"why.work.os_{refusal.kind}")
    if why is None:
        return None
    why = fill(why, {"file": refusal.file})
    return (
        fill(table["why.work.os_at"], {"where": refusal.where, "why": why})
        if refusal.where
        else why
    )


def _span(seconds: int, table: Mapping[str, str]) -> str:
    """An age in the page's words, rounded as :func:`newsdesk.collect.span` rounds it."""
    hours = seconds / 3600
    if hours < 1:
        key, n = "span.min", max(0, round(hours * 60))
    elif hours < 48:
        key, n = "span.h", round(hours)
    elif hours / 24 < 60:
        key, n = "span.days", round(hours / 24)
    elif hours / 24 < 730:
        key, n = "span.months", round(hours / 24 / 30.4)
    else:
        key, n = "span.years", round(hours / 24 / 365)
    return fill(table[key], {"n": n})


def fill(text: str, values: Mapping[str, object]) -> str:
    """``text`` with each ``{name}`` of ``values`` filled in (others left as they are)."""
    return _FIELD.sub(lambda m: str(values[m[1]]) if m[1] in values else m[0], text)
