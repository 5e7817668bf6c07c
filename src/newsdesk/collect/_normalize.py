"""Turn an :class:`Entry` into a clean :class:`Item` (pure functions, no I/O)."""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime, timedelta, tzinfo
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import lxml.html
import lxml.html.defs
from lxml import etree

from newsdesk.chinese import HAN_CHAR
from newsdesk.collect._publisher import entry_publisher
from newsdesk.model import Entry, Item

#: Query parameters that only track the reader; dropping them makes one URL per article.
_TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid",
        "ref", "ref_src", "ref_url", "referrer", "source", "spm", "from", "share_token",
        "__twitter_impression", "_hsenc", "_hsmi", "mkt_tok", "cmpid", "ncid", "sr_share",
        "wt_mc", "wt.mc_id", "scene", "clicktime", "enterid", "chksm", "sessionid",
        "share_source", "share_medium", "share_from", "isappinstalled", "utm",
    }
)  # fmt: skip
_TRACKING_PREFIXES = ("utm_", "ga_", "hmsr", "hmpl", "hmcu", "hmkw", "hmci", "pk_", "mtm_")
_DEFAULT_PORTS = {"http": "80", "https": "443"}


_C0_AND_SPACE = "".join(map(chr, range(0x21)))
_URL_NEWLINES = re.compile("[\t\n\r]|[\ud800-\udfff]")
_URL_CONTROLS = re.compile("[\x00-\x1f\x7f]")


def clean_url(url: str) -> str:
    """A link as a browser reads it (WHATWG URL): ends trimmed, tabs and newlines dropped,
    other control characters percent-encoded, so a NUL never reaches the database."""
    url = _URL_NEWLINES.sub("", url.strip(_C0_AND_SPACE))
    return _URL_CONTROLS.sub(lambda m: f"%{ord(m.group()):02X}", url)


def _tracking(key: str) -> bool:
    return key.lower() in _TRACKING_PARAMS or key.lower().startswith(_TRACKING_PREFIXES)


def without_tracking(url: str) -> str:
    """The link readers get: as the source wrote it, less the parameters that only say
    who shared it (``utm_*``, ``spm``...), so a digest does not pass them on."""
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if not any(_tracking(k) for k, _ in pairs):
        return url
    query = urlencode([(k, v) for k, v in pairs if not _tracking(k)])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def canonical_url(url: str) -> str:
    """Identity of an article: lower-case scheme/host, no tracking, no fragment, sorted query.

    ``http`` becomes ``https`` and a leading ``www.`` stays, because sites serve both and
    dropping it would merge distinct hosts in rare cases; the same article fetched over
    http and https must still be one item.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme == "http":
        scheme = "https"
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    netloc = host
    if port and str(port) != _DEFAULT_PORTS.get(parts.scheme.lower()):
        netloc = f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    if path != "/" and path.endswith("/"):
        path = path[:-1]
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(k)]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
    "blockquote", "pre", "section", "article", "figure", "figcaption", "table", "hr",
)  # fmt: skip


#: A "<" that opens no HTML element (``k<n and n>m``, ``List<String>``): text, which a
#: parser would read as a tag and drop with the words up to the next ">".  Elements are
#: HTML's own, namespaced (Word's ``<o:p>``) or custom (``<my-card>``); also comments.
_NOT_A_TAG = re.compile(
    r"<(?!/?(?:{})(?![\w-])|/?[A-Za-z][\w]*[:-][\w:-]*|!|\?)".format(
        "|".join(sorted(lxml.html.defs.tags, key=len, reverse=True))
    ),
    re.IGNORECASE,
)


def html_to_text(value: str) -> str:
    """Plain text from an HTML fragment: scripts dropped, blocks as paragraphs; a "<"
    that opens no element is kept as text."""
    if "<" not in value:
        return clean_text(html.unescape(value))
    value = _NOT_A_TAG.sub("&lt;", value)
    try:
        root = lxml.html.fragment_fromstring(value, create_parent="div")
    except (etree.ParserError, ValueError):
        return clean_text(html.unescape(re.sub(r"<[^>]+>", " ", value)))
    for bad in root.xpath("//script|//style|//noscript|//iframe|//svg"):
        bad.drop_tree()
    for block in root.iter(*_BLOCK_TAGS):
        block.tail = "\n" + (block.tail or "")
    return clean_text(root.text_content())


#: Control and invisible format characters (zero-width spaces, bidi marks, BOM), and
#: lone surrogates (``&#xD800;`` decodes to one; no encoder or database accepts it).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"
    "\ud800-\udfff]"
)
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2000-\u200a\u202f\u205f]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*(?:\n\s*)+")


def clean_text(value: str) -> str:
    """Unicode NFC, no control characters, single spaces, at most one blank line."""
    value = _INVISIBLE.sub("", unicodedata.normalize("NFC", value).replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in value.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def clean_title(value: str, source_name: str = "") -> str:
    """One line, no markup, no trailing " - Source Name" / " | 来源" decorations."""
    title = html_to_text(value).replace("\n", " ")
    title = re.sub(r"\s+", " ", title).strip()
    if source_name:
        for sep in (" - ", " | ", " — ", "_", " – "):
            suffix = f"{sep}{source_name}"
            if title.endswith(suffix) and len(title) > len(suffix):
                title = title[: -len(suffix)].rstrip()
    return title


_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_ENGLISH_WORDS = frozenset(
    {
        "the", "a", "an", "of", "to", "in", "and", "is", "are", "for", "on", "with", "that",
        "this", "by", "from", "as", "at", "be", "it", "its", "was", "has", "have", "will",
        "can", "new", "how", "what", "why", "we", "you", "our", "their", "more", "than", "not",
    }
)  # fmt: skip


def detect_language(text: str, hint: str = "auto") -> str:
    """'zh', 'en', 'ja', 'ko', 'ru' by script (plus English function words), else the hint.

    Chinese news titles routinely carry Latin product names ("OpenAI发布GPT-5"), so a
    modest share of Han characters already means Chinese.
    """
    sample = text[:2000]
    letters = sum(1 for ch in sample if ch.isalpha())
    fallback = hint if hint != "auto" else "und"
    if not letters:
        return fallback
    han = len(HAN_CHAR.findall(sample))
    if _KANA.search(sample) and len(_KANA.findall(sample)) * 10 >= han:
        return "ja"
    if len(_HANGUL.findall(sample)) / letters > 0.2:
        return "ko"
    if han / letters > 0.15:
        return "zh"
    if len(_CYRILLIC.findall(sample)) / letters > 0.3:
        return "ru"
    words = [w.lower() for w in _LATIN_WORD.findall(sample)]
    if words and (
        sum(w in _ENGLISH_WORDS for w in words) / len(words) > 0.06 or fallback in ("en", "und")
    ):
        return "en" if fallback in ("en", "und") or len(words) > 8 else fallback
    return fallback


def to_utc(value: datetime | None, zone: tzinfo) -> datetime | None:
    """UTC time; a naive time is read in the source's zone."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    try:
        return value.astimezone(UTC)
    except (OverflowError, ValueError):  # year 1 moved west, or an impossible offset
        return None


def _plausible(published: datetime | None, now: datetime) -> datetime | None:
    if published is not None and published > now + timedelta(days=1):
        return None
    return published


def content_hash(title: str, snippet: str, text: str) -> str:
    """Stable fingerprint of what a reader sees; changes when the entry is edited."""
    digest = hashlib.sha256()
    for part in (title, snippet, text):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()[:32]


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit * 0.8 else cut).rstrip() + "…"


SNIPPET_CHARS = 600
#: Longer URLs are junk (data URIs, tracking blobs) and exceed the store's column.
MAX_URL_CHARS = 2000


def normalize_entry(
    entry: Entry,
    *,
    source_id: str,
    source_name: str = "",
    language_hint: str = "auto",
    zone: tzinfo = UTC,
    now: datetime | None = None,
    aggregator: bool = False,
) -> Item | None:
    """A clean item, or None when the entry has no usable link or title.

    A publication time more than a day after ``now`` is a feed's mistake (a wrong year or
    zone); it is dropped so the item is dated by when it was first seen.  An
    ``aggregator`` source's items are published by their own outlets, not by it.
    """
    url = clean_url(entry.url)
    if not url.lower().startswith(("http://", "https://")):
        return None
    try:
        url = without_tracking(url)
        canonical = canonical_url(url)
        external = canonical_url(clean_url(entry.external_url)) if entry.external_url else ""
    except ValueError:  # a malformed host or port: not a link anyone can follow
        return None
    if len(canonical) > MAX_URL_CHARS:
        return None
    text = html_to_text(entry.content) if entry.content else ""
    summary = html_to_text(entry.summary) if entry.summary else ""
    snippet = _truncate((summary or text).replace("\n", " "), SNIPPET_CHARS)
    title = clean_title(entry.title, source_name) or _truncate(snippet, 120)
    if not title:
        return None
    if summary and len(summary) > len(text) and not entry.content:
        text = summary if len(summary) > SNIPPET_CHARS else ""
    publisher, publisher_key = entry_publisher(
        replace(
            entry,
            publisher=clean_title(entry.publisher),
            publisher_url=clean_url(entry.publisher_url),
        ),
        url=canonical,
        external=external,
        source_name=source_name or source_id,
        aggregator=aggregator,
    )
    return Item(
        source_id=source_id,
        url=url,
        canonical_url=canonical,
        title=title,
        snippet=snippet,
        text=text,
        author=clean_title(entry.author),
        published=_plausible(to_utc(entry.published, zone), now or datetime.now(UTC)),
        language=detect_language(f"{title}\n{snippet}", language_hint),
        content_hash=content_hash(title, snippet, text),
        external_url=external,
        metrics=dict(entry.metrics),
        tags=tuple(dict.fromkeys(t for t in map(clean_text, entry.tags) if t)),
        publisher=publisher,
        publisher_key=publisher_key,
    )
