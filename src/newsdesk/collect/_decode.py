"""Bytes to text for pages that lie about, or never state, their encoding."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

#: Labels whose real-world content is a superset encoding (browsers do the same).
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "big5": "big5hkscs",
    "ascii": "utf-8",
    "us-ascii": "utf-8",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)
#: UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: How ``<?`` begins a document in a wide encoding that has no mark (XML 1.0, appendix F);
#: an ASCII-pattern search for the declaration cannot see it there.
_WIDE_STARTS = (
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00?\x00", "utf-16-le"),
)


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    label = _SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.I)
    return match.group(1) if match else None


def sniff_encoding(body: bytes, header_charset: str | None = None) -> str:
    """The encoding to read ``body`` with.

    Order: byte-order mark, a wide encoding's ``<?`` (UTF-16/32 XML), then the header's
    charset, the XML declaration or HTML ``<meta charset>`` — each only when the body
    really decodes with it (a server that labels GBK as UTF-8 is common) — then UTF-8,
    then statistical detection.
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    for start, name in _WIDE_STARTS:
        if body.startswith(start):
            return name
    head = body[:4096]
    candidates = [header_charset]
    if _codec(header_charset) == "cp1252":
        # Servers default to ISO-8859-1, which "decodes" anything; real UTF-8 wins.
        candidates.insert(0, "utf-8")
    for pattern in (_XML_DECL, _META_CHARSET):
        match = pattern.search(head)
        if match:
            candidates.append(match.group(1).decode("ascii", "ignore"))
    candidates.append("utf-8")
    for label in candidates:
        codec = _codec(label)
        if codec and _decodes(body, codec):
            return codec
    best = from_bytes(body[:65536]).best()
    return (_codec(best.encoding) if best else None) or "utf-8"


def _decodes(body: bytes, codec: str) -> bool:
    try:
        body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def decode_body(body: bytes, content_type: str | None = None) -> str:
    """Decode a response body, never raising; undecodable bytes become U+FFFD."""
    encoding = sniff_encoding(body, declared_charset(content_type))
    return body.decode(encoding, errors="replace")
