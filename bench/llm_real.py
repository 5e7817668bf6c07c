"""The LLM editor against a real model: the demo day written by a local (or any) model.

    ../shared/tools/local-llm.sh start          # Gemma 3 270M on 127.0.0.1:18090
    python bench/llm_real.py                    # both digests, 12 lead stories each
    python bench/llm_real.py --digest ai-ribao --lead 4

Not part of ``make test`` or ``make bench``: it needs the model server and takes minutes
(a small model on two cores spends about a minute on a story).  Prints, per digest: the
calls sent, cached and failed (by purpose and outcome), tokens, seconds, the entries
written by the LLM and offline with the reasons, and the claims the verifier flagged,
repaired and dropped; then runs the day again on the same store, which should send no
request (replies and unusable replies are both remembered).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from newsdesk.config import LLMSettings, load_config
from newsdesk.core import Newsdesk
from newsdesk.demo import demo_config, load_sample_day, sample_evening, serve_sample
from newsdesk.model import RunSummary


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:18090/v1")
    parser.add_argument("--model", default="gemma-3-270m")
    parser.add_argument("--api-key-env", default="OPENAI_API_KEY")
    parser.add_argument("--digest", action="append", help="ai-ribao or ai-daily (repeat)")
    parser.add_argument("--lead", type=int, default=12, help="lead stories per digest")
    parser.add_argument("--more", type=int, default=10, help="more-news lines per digest")
    parser.add_argument("--timeout", type=float, default=300, help="llm.timeout, seconds")
    parser.add_argument("--max-tokens", type=int, default=None, help="default: llm.max_tokens")
    parser.add_argument("--concurrency", type=int, default=1, help="a local server has 1 slot")
    parser.add_argument("--no-stream", action="store_true", help="do not stream replies")
    parser.add_argument("--no-rerun", action="store_true", help="skip the unchanged re-run")
    return parser.parse_args()


def _settings(args: argparse.Namespace) -> LLMSettings:
    values: dict[str, object] = {
        "base_url": args.base_url,
        "model": args.model,
        "api_key_env": args.api_key_env,
        "timeout": args.timeout,
        "retries": 1,
        "concurrency": args.concurrency,
        "stream": not args.no_stream,
    }
    if args.max_tokens is not None:
        values["max_tokens"] = args.max_tokens
    return LLMSettings.model_validate(values)


def _run(folder: Path, args: argparse.Namespace) -> tuple[RunSummary, float]:
    """The sample day written into ``folder`` (its store kept between runs)."""
    import yaml

    sample = load_sample_day()
    with serve_sample(sample) as server:
        config = demo_config(sample, server.base_url, _settings(args))
        wanted = args.digest or [d["name"] for d in config["digests"]]
        config["digests"] = [
            d | {"select": {"lead": args.lead, "more": args.more}}
            for d in config["digests"]
            if d["name"] in wanted
        ]
        for digest in config["digests"]:
            digest.pop("publish", None)
        path = folder / "newsdesk.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        evening = sample_evening(sample)
        started = time.monotonic()
        with Newsdesk(load_config(path), now=lambda: evening) as desk:
            summary = desk.run(command="bench", publish=False)
        return summary, time.monotonic() - started


def _report(label: str, summary: RunSummary, seconds: float) -> None:
    print(f"== {label}: {seconds:.0f} s")
    if summary.desk_error:
        print(f"   run failed: {summary.desk_error}")
    for written in summary.digests:
        d = written.digest
        u = d.usage
        sent = [c for c in u.calls if not c.cached and c.outcome != "not tried"]
        call_seconds = sum(c.seconds for c in sent)
        by_llm = sum(e.written_by == "llm" for e in d.entries)
        report = d.verification
        print(f"-- {d.name} ({d.language}): {len(d.entries)} lead entries, {len(d.more)} more")
        print(
            f"   calls: {u.requests} sent, {u.cached} cached, {u.failed} failed; "
            f"tokens: {u.tokens_in:,} in, {u.tokens_out:,} out; "
            f"{call_seconds:.0f} s in calls"
            + (f" ({call_seconds / len(sent):.0f} s each)" if sent else "")
        )
        outcomes = Counter((c.purpose, "cached" if c.cached else c.outcome) for c in u.calls)
        for (purpose, outcome), count in sorted(outcomes.items()):
            print(f"     {purpose:<7} {outcome:<28} {count:>3}")
        more_llm = sum(m.written_by == "llm" for m in d.more)
        print(
            f"   entries: {by_llm} by the LLM, {len(d.entries) - by_llm} offline; "
            f"more lines: {more_llm} by the LLM, {len(d.more) - more_llm} offline"
        )
        for line in d.fallbacks:
            print(f"     ! {line[:220]}")
        print(
            f"   claims: {report.claims} checked in {report.texts} texts, "
            f"{len(report.issues)} flagged, {report.repaired} repaired, "
            f"{report.dropped} dropped; {report.rewritten} entries rewritten"
        )
        print(f"   title: {d.title}")
        for entry in d.entries:
            if entry.written_by == "llm":
                print(f"     [llm] {entry.headline[:70]} | {entry.summary[:90]}")


#: Outcomes of a call that got no reply: a re-run tries it again (a reply, good or
#: unusable, is remembered and never asked for twice).
_NO_REPLY = ("timeout", "connection failed", "HTTP 5", "HTTP 429")


def _calls_sent(summary: RunSummary, *, unanswered_only: bool = False) -> int:
    """Story, day and more-news requests sent (``unanswered_only``: those that got no
    reply)."""
    return sum(
        1
        for written in summary.digests
        for call in written.digest.usage.calls
        if call.purpose != "repair"
        and not call.cached
        and (not unanswered_only or call.outcome.startswith(_NO_REPLY))
    )


def main() -> None:
    args = _arguments()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        summary, seconds = _run(folder, args)
        _report(f"{args.model} at {args.base_url}", summary, seconds)
        if not args.no_rerun:
            again, seconds = _run(folder, args)
            _report("unchanged re-run", again, seconds)
            unanswered = _calls_sent(summary, unanswered_only=True)
            retried = _calls_sent(again)
            print(f"re-run: {retried} calls sent again; {unanswered} got no reply the first time")
            if retried > unanswered:
                print("the re-run asked again what was answered: expected only the unanswered")
                sys.exit(1)
    sys.exit(0 if summary.ok else 1)


if __name__ == "__main__":
    main()
