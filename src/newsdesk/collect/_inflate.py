"""Content-Encoding decoding in bounded pieces, so a size cap holds on decompressed bytes.

httpx decodes each network chunk whole: 2 KB of ``Content-Encoding: gzip, gzip`` grew to
2.3 GB inside one call, before any cap could look at it.  Here every stage of the chain
hands on at most ``PIECE`` bytes at a time, so the reader counts (and stops) as the
bytes appear.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Protocol

#: The most bytes one decoding step hands on.
PIECE = 64 * 1024
#: More encodings than this in one response is an attack, not a server.
MAX_ENCODINGS = 4
#: Compressions httpx does not decode here either; passing them on would only puzzle a parser.
_UNSUPPORTED = frozenset({"br", "zstd", "compress", "x-compress"})


class DecodeError(Exception):
    """The body does not decode with its Content-Encoding (the message says why)."""


class _Stage(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]: ...

    def flush(self) -> Iterator[bytes]: ...


class _Inflate:
    """gzip (``wbits=31``), zlib-wrapped deflate (15) or raw deflate (-15)."""

    def __init__(self, wbits: int | None) -> None:
        #: None: deflate, wrapped or raw, decided by the first two bytes.
        self._wbits = wbits
        self._z: zlib._Decompress | None = None

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._z is None:
            if not data:
                return
            wbits = self._wbits
            if wbits is None:
                wrapped = (
                    len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
                )
                wbits = zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS
            self._z = zlib.decompressobj(wbits)
        yield from self._drain(data)

    def flush(self) -> Iterator[bytes]:
        if self._z is not None:
            yield from self._drain(b"")

    def _drain(self, data: bytes) -> Iterator[bytes]:
        assert self._z is not None
        while not self._z.eof:
            try:
                out = self._z.decompress(data, PIECE)
            except zlib.error as err:
                raise DecodeError(str(err)) from err
            data = self._z.unconsumed_tail
            if out:
                yield out
            if not data and len(out) < PIECE:
                return  # all input used and nothing held back


class ContentDecoder:
    """Decodes a body through its Content-Encoding chain, ``PIECE`` bytes at a time."""

    def __init__(self, content_encoding: str | None) -> None:
        names = [n.strip().lower() for n in (content_encoding or "").split(",") if n.strip()]
        if len(names) > MAX_ENCODINGS:
            raise DecodeError(f"{len(names)} Content-Encodings (at most {MAX_ENCODINGS})")
        stages: list[_Stage] = []
        for name in reversed(names):  # the last encoding applied is the first undone
            if name in ("gzip", "x-gzip"):
                stages.append(_Inflate(zlib.MAX_WBITS | 16))
            elif name == "deflate":
                stages.append(_Inflate(None))
            elif name in _UNSUPPORTED:
                raise DecodeError(f"Content-Encoding {name!r} is not supported")
            # identity and unknown labels ("utf-8", "none"): the bytes as they are, as httpx
        self._stages = stages

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decoded pieces of the next raw chunk."""
        return _through(self._stages, data)

    def flush(self) -> Iterator[bytes]:
        """What the stages still hold once the body has ended."""
        for index, stage in enumerate(self._stages):
            for piece in stage.flush():
                yield from _through(self._stages[index + 1 :], piece)


def _through(stages: list[_Stage], data: bytes) -> Iterator[bytes]:
    if not stages:
        if data:
            yield data
        return
    for piece in stages[0].feed(data):
        yield from _through(stages[1:], piece)
