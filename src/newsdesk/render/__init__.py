"""Rendering: Markdown in the users' styles, the day's cover, the site and its feeds, and
the outline every text channel draws the digest from."""

from typing import TYPE_CHECKING

from newsdesk._lazy import lazy_names

if TYPE_CHECKING:
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

# Imported when first used (see newsdesk._lazy): a channel that draws the outline
# does not load the cover's Pillow or the fidelity check's editor.
_HOMES = {
    "newsdesk.render._cover": ("CoverError", "Fonts", "draw_cover"),
    "newsdesk.render._feeds": ("FeedInfo", "FeedItem", "atom", "json_feed", "rss"),
    "newsdesk.render._fidelity": ("Defect", "fidelity_defects"),
    "newsdesk.render._html": ("digest_html", "safe_url", "web_link", "words_for"),
    "newsdesk.render._markdown": (
        "BUILT_IN_STYLES",
        "Rendered",
        "bold_terms",
        "environment",
        "render_markdown",
    ),
    "newsdesk.render._outline": ("Block", "Line", "Role", "Span", "outline", "outline_text"),
    "newsdesk.render._site": ("SiteDigest", "SiteInfo", "build_site"),
}
__getattr__, __dir__ = lazy_names(__name__, _HOMES)

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
