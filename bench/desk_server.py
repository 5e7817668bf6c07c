"""How fast the desk server answers an editor, on the demo's day.

    python bench/desk_server.py [ROUNDS]

Runs the demo into a temporary folder (offline), serves its store with ``create_app``
on uvicorn at 127.0.0.1, and times each request an editor's browser makes, ROUNDS times
(default 20) after one warm-up: the review desk page, the edition the page draws from,
the channels, the sources page, the archive search, and one editor action (pin, which
selects, writes and verifies the day again; it pins the lead's first story, so the day
stays the same while being written again each time).  Prints the median and the 90th
percentile per request.

Target: every read answers within 250 ms at the median; an action within 3 s.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn

from newsdesk import Newsdesk, load_config
from newsdesk.demo import load_sample_day, run_demo, sample_evening
from newsdesk.web import create_app

READ_TARGET = 0.250
ACTION_TARGET = 3.0


@contextmanager
def serving(desk: Newsdesk) -> Iterator[str]:
    config = uvicorn.Config(create_app(desk), host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(60)


def timed(request: Callable[[], httpx.Response], rounds: int) -> list[float]:
    request().raise_for_status()
    seconds = []
    for _ in range(rounds):
        started = time.perf_counter()
        request().raise_for_status()
        seconds.append(time.perf_counter() - started)
    return seconds


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    folder = Path(tempfile.mkdtemp(prefix="desk-bench-"))
    result = run_demo(folder)
    evening = sample_evening(load_sample_day())
    desk = Newsdesk(load_config(result.config_path), now=lambda: evening)
    day = result.day.isoformat()
    edition = f"/api/v1/digests/ai-ribao/editions/{day}"
    with serving(desk) as url, httpx.Client(base_url=url, timeout=60) as client:
        lead = client.get(edition).json()["lead"][0]["story"]
        reads = {
            "GET /review (the desk's page)": lambda: client.get(f"/review?date={day}"),
            "GET edition (JSON)": lambda: client.get(edition),
            "GET channels": lambda: client.get(f"{edition}/channels"),
            "GET /sources (page)": lambda: client.get("/sources"),
            "GET search": lambda: client.get("/api/v1/search", params={"q": "机器人"}),
        }
        figures = {name: timed(request, rounds) for name, request in reads.items()}
        action = lambda: client.post(f"{edition}/pin", json={"story": lead})  # noqa: E731
        figures["POST pin (day written again)"] = timed(action, max(3, rounds // 4))
    print(f"desk server on the demo day ({rounds} rounds; seconds):")
    ok = True
    for name, seconds in figures.items():
        median = statistics.median(seconds)
        p90 = sorted(seconds)[int(0.9 * (len(seconds) - 1))]
        target = ACTION_TARGET if name.startswith("POST") else READ_TARGET
        ok &= median <= target
        print(f"  {name:34} median {median:6.3f}  p90 {p90:6.3f}  target {target:g}")
    print("targets met" if ok else "a target was missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
