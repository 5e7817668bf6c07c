"""Rendering: digests as Markdown in the users' styles (covers, feeds and the site come next)."""

from newsdesk.render._markdown import (
    BUILT_IN_STYLES,
    Rendered,
    bold_terms,
    environment,
    render_markdown,
)

__all__ = ["BUILT_IN_STYLES", "Rendered", "bold_terms", "environment", "render_markdown"]
