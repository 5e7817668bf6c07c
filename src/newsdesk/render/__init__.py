"""Rendering: Markdown in the users' styles, the day's cover, the site and its feeds, and
the outline every text channel draws the digest from."""

from newsdesk.render._cover import CoverError, Fonts, draw_cover
from newsdesk.render._feeds import FeedInfo, FeedItem, atom, json_feed, rss
from newsdesk.render._fidelity import Defect, fidelity_defects
from newsdesk.render._html import digest_html, safe_url, web_link, words_for
from newsdesk.render._markdown import (
    BUILT_IN_STYLES,
    Rendered,
    bold_terms,
    environment,
    render_markdown,
)
from newsdesk.render._outline import Block, Line, Role, Span, outline, outline_text
from newsdesk.render._site import SiteDigest, SiteInfo, build_site

__all__ = [
    "BUILT_IN_STYLES",
    "Block",
    "CoverError",
    "Defect",
    "FeedInfo",
    "FeedItem",
    "Fonts",
    "Line",
    "Rendered",
    "Role",
    "SiteDigest",
    "SiteInfo",
    "Span",
    "atom",
    "bold_terms",
    "build_site",
    "digest_html",
    "draw_cover",
    "environment",
    "fidelity_defects",
    "json_feed",
    "outline",
    "outline_text",
    "render_markdown",
    "rss",
    "safe_url",
    "web_link",
    "words_for",
]
