"""The commented starter file ``newsdesk init`` writes: real AI-news sources and two
digests, or the same file with no sources for a desk of the user's own feeds."""

from __future__ import annotations

from importlib import resources


def starter_text(*, sources: bool = True) -> str:
    """The starter newsdesk.yaml as text, its comments kept for the user to read."""
    text = resources.files("newsdesk").joinpath("starter.yaml").read_text(encoding="utf-8")
    return text if sources else _without_sources(text)


def _without_sources(starter: str) -> str:
    """The starter file with its list of sources empty (the last key of the file), the
    comment above it kept: what each source may say."""
    head, found, _ = starter.partition("\nsources:\n")
    if not found:
        return starter
    return (
        f"{head}\nsources: []\n"
        "# Add your own: newsdesk sources add ID --kind feed --url URL (the kinds:\n"
        "# docs/configuration.md), or write them here as the list of `- id: ...` entries.\n"
    )
