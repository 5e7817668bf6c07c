"""Sentences of Chinese and English text, for the verifier and the offline editor.

A sentence ends at 。！？； or a line break, or at . ! ? before a space.  It keeps the
closing quotes and brackets after its end mark (``他说：“发布了。”`` is one sentence).  A full
stop inside a number (3.5), a version (GPT-5.2) or a link ends nothing, and neither does
one after a common abbreviation (e.g., U.S., Inc., Jan.) or one followed by a lower-case
word, which in English means the sentence goes on.
"""

from __future__ import annotations

import re

from newsdesk.chinese import HAN

#: A link, bare or inside Markdown's ``[text](url)``; trailing punctuation is not part of it.
URL = re.compile(
    rf"(?:https?://|www\.)[^\s<>\"'`()\[\]{{}}{HAN}，。！？；、：（）【】《》“”‘’]+", re.IGNORECASE
)
#: A sentence that leans on one before it ("她认为", "Its new model", "But", "Instead, she
#: says…"): alone, in a summary or a bullet, it makes no sense.  The connectives are
#: words: "过去…", "不少…", "所有…", "同样…" open a statement of their own; "以…" ("以较低
#: 成本完成了…", "以AlphaFold为例，指出…") is a means whose doer came before.
LEANS_BACK = re.compile(
    r"^(?:[他她它这该其此但而也另以]|此外|同时|不过|然而|因此|所以|据此|此前|对此|随后|之后|后来|接着|"
    r"(?:It|Its|This|That|These|Those|He|She|They|Their|His|Her|But|And|Also|So|What|"
    r"Still|However|Meanwhile|Instead)\b)"
)
_URL_TAIL = ".,;:!?'\"*_~"
_CLOSERS = "\"'”’」』）)】》\\]*_"
_END = re.compile(
    rf"[。！？；]+[{_CLOSERS}]*"
    rf"|[!?]+[{_CLOSERS}]*(?=\s|$|[{HAN}])"
    rf"|\.+[{_CLOSERS}]*(?=\s|$)"
    r"|\n"
)
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|[A-Z]")
_ABBREVIATIONS = frozenset(
    """e.g i.e etc vs mr mrs ms dr prof inc ltd corp co jr sr st no nos vol fig al approx est
    dept jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u""".split()
)


def url_spans(text: str) -> list[tuple[int, int]]:
    """Where the links of a text are, without the punctuation that follows them."""
    spans = []
    for match in URL.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in _URL_TAIL:
            end -= 1
        spans.append((match.start(), end))
    return spans


def _word_before(text: str, dot: int) -> str:
    """The letters and points just before ``dot`` (a line break between is skipped, as
    ``$`` skips a final one), from their first letter; "" when there is none.  Read
    backwards from the point: searching the text before it for a word at its end read
    the whole text again at each point, which made a long text's sentences quadratic."""
    end = dot - 1 if dot and text[dot - 1] == "\n" else dot
    start = end
    while start and text[start - 1] in _WORD_CHARS:
        start -= 1
    return text[start:end].lstrip(".")


def _abbreviation(text: str, dot: int) -> bool:
    token = _word_before(text, dot)
    if not token:
        return False
    return token.lower() in _ABBREVIATIONS or bool(_INITIALS.fullmatch(token))


def ends_abbreviated(text: str) -> bool:
    """Whether the point that ends a text is an abbreviation's ("Acme Inc.", "the U.S.")."""
    return text.endswith(".") and _abbreviation(text, len(text) - 1)


def _continues(text: str, end: int) -> bool:
    rest = text[end:].lstrip(" \t")
    return bool(rest) and "a" <= rest[0] <= "z"


def split_sentences(text: str) -> list[str]:
    """The sentences of a text, stripped, in order; empty lines give none."""
    links = url_spans(text)
    sentences = []
    start = 0
    for match in _END.finditer(text):
        at = match.start()
        if any(begin <= at < end for begin, end in links):
            continue
        if match.group().startswith(".") and (
            _abbreviation(text, at) or _continues(text, match.end())
        ):
            continue
        piece = text[start : match.end()].strip()
        if piece:
            sentences.append(piece)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences
