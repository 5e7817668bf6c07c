"""Rendering: digests as Markdown in the users' styles, and the day's cover image."""

from newsdesk.render._cover import CoverError, Fonts, draw_cover
from newsdesk.render._markdown import (
    BUILT_IN_STYLES,
    Rendered,
    bold_terms,
    environment,
    render_markdown,
)

__all__ = [
    "BUILT_IN_STYLES",
    "CoverError",
    "Fonts",
    "Rendered",
    "bold_terms",
    "draw_cover",
    "environment",
    "render_markdown",
]
