"""Content-Encoding decoding in bounded pieces: a cap must see bytes as they appear."""

from __future__ import annotations

import gzip
import zlib

import pytest

from newsdesk.collect._inflate import PIECE, ContentDecoder, DecodeError

TEXT = b"<rss><channel><title>Frontier Dispatch</title></channel></rss>" * 50


def decode(encoding: str | None, *chunks: bytes) -> bytes:
    decoder = ContentDecoder(encoding)
    out = b"".join(piece for chunk in chunks for piece in decoder.feed(chunk))
    return out + b"".join(decoder.flush())


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        (None, TEXT),
        ("identity", TEXT),
        ("gzip", gzip.compress(TEXT, mtime=0)),
        ("x-gzip", gzip.compress(TEXT, mtime=0)),
        ("deflate", zlib.compress(TEXT)),
        ("deflate", raw_deflate(TEXT)),  # what some servers send as deflate
        ("gzip, gzip", gzip.compress(gzip.compress(TEXT, mtime=0), mtime=0)),
        ("deflate, gzip", gzip.compress(zlib.compress(TEXT), mtime=0)),
        ("utf-8", TEXT),  # a bogus label: the bytes as they are, as httpx does
    ],
)
def test_every_encoding_chain_decodes(encoding: str | None, body: bytes) -> None:
    assert decode(encoding, body) == TEXT
    assert decode(encoding, *(body[i : i + 7] for i in range(0, len(body), 7))) == TEXT


def test_a_double_gzip_bomb_comes_out_in_bounded_pieces() -> None:
    bomb = gzip.compress(gzip.compress(bytes(50_000_000)))
    assert len(bomb) < 100_000
    decoder = ContentDecoder("gzip, gzip")
    seen = 0
    for piece in decoder.feed(bomb):
        assert len(piece) <= PIECE
        seen += len(piece)
        if seen > 1_000_000:
            break  # a reader over its cap stops here, with nothing more inflated
    assert seen <= 1_000_000 + PIECE


def test_corrupt_body_is_a_decode_error() -> None:
    with pytest.raises(DecodeError):
        decode("gzip", b"\x1f\x8b\x08\x00garbage-not-deflate-data")


def test_encodings_newsdesk_did_not_ask_for_are_refused() -> None:
    with pytest.raises(DecodeError, match="'br' is not supported"):
        ContentDecoder("br")


def test_a_long_chain_is_refused() -> None:
    with pytest.raises(DecodeError, match="5 Content-Encodings"):
        ContentDecoder("gzip, gzip, gzip, gzip, gzip")
