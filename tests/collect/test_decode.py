"""Decoding pages that lie about, or never state, their charset."""

from __future__ import annotations

import pytest

from newsdesk.collect._decode import declared_charset, decode_body, sniff_encoding

CHINESE = "深言科技发布新一代大模型，上下文窗口达到两百万，价格下降一半。" * 3
TRADITIONAL = "深言科技發布新一代大模型，上下文窗口達到兩百萬，價格下降一半。" * 3


def test_header_charset_is_used_when_it_fits() -> None:
    assert sniff_encoding(CHINESE.encode("utf-8"), "utf-8") == "utf-8"


def test_gbk_without_any_label_is_detected() -> None:
    body = f"<html><body>{CHINESE}</body></html>".encode("gbk")
    assert CHINESE in decode_body(body, "text/html")


def test_gb2312_label_reads_gbk_only_characters() -> None:
    body = "<html><meta charset='gb2312'>镕玥</html>".encode("gbk")  # not in GB2312
    assert "镕玥" in decode_body(body, None)


def test_page_mislabelled_as_utf8_is_read_as_what_it_is() -> None:
    body = f"<p>{CHINESE}</p>".encode("gb18030")
    assert CHINESE in decode_body(body, "text/html; charset=utf-8")


def test_xml_declaration_is_honoured() -> None:
    body = f'<?xml version="1.0" encoding="big5"?><rss>{TRADITIONAL}</rss>'.encode("big5")
    assert TRADITIONAL in decode_body(body, "application/xml")


def test_utf8_bom_wins() -> None:
    assert sniff_encoding(b"\xef\xbb\xbf<rss/>", "iso-8859-1") == "utf-8-sig"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html; charset=GBK", "GBK"),
        ('text/xml; charset="utf-8"', "utf-8"),
        ("text/html", None),
    ],
)
def test_declared_charset(header: str, expected: str | None) -> None:
    assert declared_charset(header) == expected


def test_undecodable_bytes_never_raise() -> None:
    assert isinstance(decode_body(b"\xff\xfe\xfa\x00garbage\x81", None), str)


def test_latin1_header_does_not_garble_a_utf8_body() -> None:
    body = f"<p>Café · {CHINESE}</p>".encode()
    assert f"Café · {CHINESE}" in decode_body(body, "text/html; charset=ISO-8859-1")


def test_latin1_header_is_kept_for_real_latin1() -> None:
    assert decode_body("Café crème".encode("latin-1"), "text/html; charset=ISO-8859-1") == (
        "Café crème"
    )
