"""LLM cost of the demo day: calls and tokens for its digests, then for an unchanged re-run.

    python bench/llm_cost.py

Runs ``newsdesk demo`` with the LLM editor pointed at a chat-completions server on
127.0.0.1 that writes plausible replies from each prompt (it copies the first report's
title and sentences, so the verifier passes them) and reports token usage estimated the
way current tokenizers behave on this text: one token a Chinese character, one per four
other characters.  The demo is then run again on the same store: every reply must come
from the cache.

Targets (per 12-story digest): <= 14 writing calls (12 stories, the day, the more lines;
the verifier's repairs are counted apart: the model copies the first report's title, and
the demo's Nimbus story has a figure later reports replaced), <= 60k input tokens; 0
calls on the re-run.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from newsdesk.demo import run_demo
from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.editor import split_sentences
from newsdesk.model import RunSummary

TARGETS = (
    "per 12-story digest: <= 14 writing calls (repairs apart), <= 60k input tokens; "
    "unchanged re-run: 0 calls"
)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_REPORT_HEAD = re.compile(r"^\[(\d+)\] .+\| (https?://\S+)\n(.+)\n", re.MULTILINE)
_NUMBERED = re.compile(r"^\[(\d+)\] (?:[^|\n]+\| )?(.+?)(?: - .*)?$", re.MULTILINE)


def tokens(text: str) -> int:
    """Estimated tokens: a Chinese character is about one, other text about four
    characters each (cl100k/o200k on news text)."""
    han = len(_HAN.findall(text))
    return han + (len(text) - han + 3) // 4


def _first_sentences(block: str) -> str:
    sentences = split_sentences(block.strip())
    gap = "" if _HAN.search(block) else " "
    return gap.join(s.strip() for s in sentences[:2]) or block.strip()


def _story(prompt: str) -> dict[str, Any]:
    match = _REPORT_HEAD.search(prompt)
    title = match.group(3).strip() if match else "Untitled"
    body = prompt[match.end() :].split("\n\n[", 1)[0] if match else prompt
    return {
        "headline": title,
        "summary": _first_sentences(body),
        "insights": ["This matters for the field.", "Watch how competitors respond."],
        "impact": "",
    }


def _day(prompt: str) -> dict[str, Any]:
    entries = _NUMBERED.findall(prompt)
    headlines = [h for _, h in entries]
    return {
        "title": headlines[0] if headlines else "Today in AI",
        "bullets": headlines[:8],
        "sections": [
            {"title": "Top stories", "stories": [int(n) for n, _ in entries[:6]]},
            {"title": "Also today", "stories": [int(n) for n, _ in entries[6:]]},
        ],
        "tags": ["AI"],
        "seo": ["AI"],
    }


def _more(prompt: str) -> dict[str, Any]:
    return {"lines": [{"story": int(n), "text": t} for n, t in _NUMBERED.findall(prompt)]}


def _answer(request: Request, _handler: BaseHTTPRequestHandler) -> Reply:
    body = json.loads(request.body)
    user = body["messages"][-1]["content"]
    if '"lines"' in user:
        content = _more(user)
    elif '"sections"' in user:
        content = _day(user)
    else:
        content = _story(user)
    text = json.dumps(content, ensure_ascii=False)
    prompt_tokens = sum(tokens(m["content"]) for m in body["messages"])
    completion = {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 1778720400,
        "model": body["model"],
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": tokens(text),
            "total_tokens": prompt_tokens + tokens(text),
        },
    }
    return Reply(200, json.dumps(completion).encode(), {"Content-Type": "application/json"})


def _report(label: str, summary: RunSummary) -> bool:
    ok = True
    for written in summary.digests:
        d = written.digest
        u = d.usage
        leads = len(d.entries)
        by_llm = sum(e.written_by == "llm" for e in d.entries)
        repairs = sum(c.purpose == "repair" and not c.cached for c in u.calls)
        print(
            f"{label:<8} {d.name:<9} {leads:>5} {by_llm:>5} {u.requests:>6} "
            f"{len(u.calls) - u.requests:>6} "
            f"{u.tokens_in:>10,} {u.tokens_out:>10,} {len(d.verification.issues):>11}"
            f" {repairs:>7}"
        )
        if label == "first":
            ok &= u.requests - repairs <= 14 and u.tokens_in <= 60_000
        else:
            ok &= u.requests == 0
    return ok


def main() -> None:
    with (
        LocalServer({"/v1/chat/completions": _answer}) as server,
        tempfile.TemporaryDirectory() as tmp,
    ):
        os.environ["NEWSDESK_LLM__BASE_URL"] = server.url("/v1")
        os.environ["NEWSDESK_LLM__MODEL"] = "bench-model"
        out = Path(tmp)
        print(f"Targets: {TARGETS}\n")
        print(
            f"{'run':<8} {'digest':<9} {'leads':>5} {'llm':>5} {'calls':>6} {'cached':>6} "
            f"{'tokens in':>10} {'tokens out':>10} {'unsupported':>11} {'repairs':>7}"
        )
        first = run_demo(out).summary
        ok = _report("first", first)
        again = run_demo(out).summary
        ok &= _report("re-run", again)
        print(f"\nrequests the server received: {len(server.requests)}")
        print("targets met" if ok else "TARGETS MISSED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
