"""A child process that extracts article text with trafilatura, one page at a time.

Run as a script (``python -P _extract_worker.py``), not imported: it loads trafilatura
alone, not the newsdesk package (seconds and 190 MB per process), so a page that takes
too long costs one quick restart.  Protocol on stdin/stdout: an 8-byte big-endian length,
then that many bytes of JSON — ``{"html", "url"}`` in, ``{"text"}`` or ``{"error"}`` out;
an empty message first says the worker is ready (its start-up is no page's time).
"""

from __future__ import annotations

import json
import sys
from typing import BinaryIO


def _read(stream: BinaryIO) -> bytes | None:
    head = stream.read(8)
    if len(head) < 8:
        return None
    return stream.read(int.from_bytes(head, "big"))


def main() -> None:
    import trafilatura

    requests, replies = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing printed by a library may corrupt the replies
    replies.write(bytes(8))
    replies.flush()
    while (message := _read(requests)) is not None:
        job = json.loads(message)
        try:
            text = trafilatura.extract(
                job["html"],
                url=job["url"],
                include_comments=False,
                include_tables=False,
                favor_precision=True,
            )
            reply = {"text": text or ""}
        except Exception as err:  # a page that breaks the extractor is one failed page
            reply = {"error": f"{type(err).__name__}: {err}"}
        data = json.dumps(reply).encode()
        replies.write(len(data).to_bytes(8, "big") + data)
        replies.flush()


if __name__ == "__main__":
    main()
