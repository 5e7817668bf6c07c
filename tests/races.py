"""Six connections to one store trying the same thing at the same instant, for the
tests that say exactly one of them wins (a schedule slot, a lease, a channel)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from newsdesk.store import SqlStore, open_store

RACERS = 6


def race(store: SqlStore, attempt: Callable[[SqlStore, int], bool]) -> list[bool]:
    """Each racer's answer: ``attempt(its own store, its number)``, all released at once."""
    url = store.engine.url.render_as_string(hide_password=False)
    stores = [open_store(url) for _ in range(RACERS)]
    start = threading.Barrier(len(stores))
    answers: list[bool] = []

    def run(on: SqlStore, n: int) -> None:
        start.wait()
        answers.append(attempt(on, n))

    threads = [threading.Thread(target=run, args=(s, n)) for n, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for opened in stores:
        opened.close()
    return answers
