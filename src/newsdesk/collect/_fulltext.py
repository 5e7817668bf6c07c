"""Article text for items whose feed carries only a snippet (trafilatura).

Extraction runs in child processes with a time limit per page (``fulltext.timeout``) and
for the stage (``fulltext.stage_timeout``): trafilatura takes seconds per megabyte on some
pages (four 5.3 MB pages once held the stage 110 s), and a thread cannot be stopped, but a
process can.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path
from types import TracebackType

from newsdesk.collect._http import Fetcher
from newsdesk.collect._normalize import clean_text
from newsdesk.config import FulltextSettings
from newsdesk.exceptions import FetchError
from newsdesk.model import StoredItem

_WORKER = Path(__file__).with_name("_extract_worker.py")
#: Seconds a worker may take to load trafilatura (on a busy machine).
_START_TIMEOUT = 60.0


class ExtractError(Exception):
    """One page could not be extracted in time, or broke the extractor (the text says)."""

    def __init__(self, message: str, *, postponed: bool = False) -> None:
        #: True when the stage's time ran out, not the page's: try again next run.
        self.postponed = postponed
        super().__init__(message)


class _Worker:
    """One extraction process; killed when a page overruns, started again on next use."""

    def __init__(self) -> None:
        self._process: asyncio.subprocess.Process | None = None

    async def extract(self, html: str, url: str, timeout: float) -> str:
        process = self._process or await self._start()
        request = json.dumps({"html": html, "url": url}).encode()
        assert process.stdin is not None and process.stdout is not None
        try:
            async with asyncio.timeout(timeout):
                process.stdin.write(len(request).to_bytes(8, "big") + request)
                await process.stdin.drain()
                size = int.from_bytes(await process.stdout.readexactly(8), "big")
                reply = json.loads(await process.stdout.readexactly(size))
        except TimeoutError:
            await self.stop()
            raise
        except (OSError, asyncio.IncompleteReadError) as err:
            await self.stop()
            raise ExtractError(f"the extractor stopped: {err}") from err
        if "error" in reply:
            raise ExtractError(f"the extractor failed: {reply['error']}")
        return str(reply["text"])

    async def _start(self) -> asyncio.subprocess.Process:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-P",  # the worker's folder is not put on sys.path
            str(_WORKER),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,
        )
        self._process = process
        assert process.stdout is not None
        try:
            async with asyncio.timeout(_START_TIMEOUT):
                ready = await process.stdout.readexactly(8)
        except (TimeoutError, asyncio.IncompleteReadError) as err:
            await self.stop()
            raise ExtractError(f"the extractor did not start: {err!r}") from err
        if ready != bytes(8):
            await self.stop()
            raise ExtractError("the extractor did not start: it said something else")
        return process

    async def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.returncode is not None:
            return
        process.kill()
        await process.wait()


class Extractor:
    """Extracts pages in ``workers`` processes within the per-page and stage limits.

    Use as ``async with Extractor(settings) as extractor``; the processes end with it.
    """

    def __init__(self, settings: FulltextSettings) -> None:
        self.settings = settings
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        # Extraction is CPU work: more processes than cores only make each page slower.
        workers = min(settings.concurrency, os.cpu_count() or 1)
        self._workers = [_Worker() for _ in range(workers)]
        for worker in self._workers:
            self._idle.put_nowait(worker)
        self._deadline = asyncio.get_running_loop().time() + settings.stage_timeout

    def time_left(self) -> float:
        """Seconds until ``fulltext.stage_timeout`` runs out (0 once it has)."""
        return max(0.0, self._deadline - asyncio.get_running_loop().time())

    async def extract(self, html: str, url: str) -> str:
        """The main text of an article page, or "" when none can be found."""
        worker = await self._idle.get()
        try:
            left, limit = self.time_left(), self.settings.timeout
            if not left:
                raise ExtractError("fulltext.stage_timeout ran out", postponed=True)
            try:
                return clean_text(await worker.extract(html, url, min(limit, left)))
            except TimeoutError:
                if left < limit:
                    raise ExtractError("fulltext.stage_timeout ran out", postponed=True) from None
                raise ExtractError(f"extraction took over {limit:g} s (fulltext.timeout)") from None
        finally:
            self._idle.put_nowait(worker)

    async def __aenter__(self) -> Extractor:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for worker in self._workers:
            await worker.stop()


async def fetch_article(
    fetcher: Fetcher, item: StoredItem, extractor: Extractor
) -> tuple[str, str | None]:
    """(text, status) for one item; never raises for a bad page.

    The status is None when the stage ran out of time first: the item waits for the next
    run instead of being marked failed.
    """
    if not extractor.time_left():
        return "", None
    try:
        response = await asyncio.wait_for(
            fetcher.get(item.item.url), max(extractor.time_left(), 0.001)
        )
    except FetchError as err:
        return "", f"failed: {err}"
    except TimeoutError:
        return "", None
    try:
        text = await extractor.extract(response.text, response.url)
    except ExtractError as err:
        return "", None if err.postponed else f"failed: {err}"
    if len(text) <= len(item.item.text):
        return "", "failed: no article text found on the page"
    return text, "ok"
