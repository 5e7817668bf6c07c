"""The commented starter file ``newsdesk init`` writes: real AI-news sources and a
Chinese and an English digest, or the same file with no sources for a desk of the
user's own feeds, or with the digest of one language only."""

from __future__ import annotations

from importlib import resources

#: The languages the starter has a digest in.
STARTER_LANGUAGES = ("zh", "en")


def starter_text(*, sources: bool = True, language: str | None = None) -> str:
    """The starter newsdesk.yaml as text, its comments kept for the user to read;
    ``language`` keeps only that language's digest (a Chinese desk wants no English
    edition warning that its stories have no English report)."""
    text = resources.files("newsdesk").joinpath("starter.yaml").read_text(encoding="utf-8")
    if language is not None:
        text = _digests_in(text, language)
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


def _digests_in(starter: str, language: str) -> str:
    """The starter with the digests of other languages taken out, each entry whole (from
    its ``  - name:`` line to the next entry or the end of the list)."""
    if language not in STARTER_LANGUAGES:
        raise ValueError(f"the starter has digests in {', '.join(STARTER_LANGUAGES)} only")
    lines = starter.split("\n")
    start = lines.index("digests:") + 1
    end = next(n for n in range(start, len(lines)) if lines[n] and not lines[n][0].isspace())
    entries: list[list[str]] = []
    for line in lines[start:end]:
        if line.startswith("  - ") or not entries:
            entries.append([])
        entries[-1].append(line)
    kept = [_with_examples(e, entries) for e in entries if f"    language: {language}" in e]
    if kept and kept[-1][-1] != "" and entries[-1][-1] == "":
        kept[-1].append("")  # the blank line before the next key
    head = lines[: start - 1]
    if head and head[-1].startswith("# Two editions"):
        head[-1] = "# One edition over the sources (`newsdesk init` without --language writes two)."
    return "\n".join(head + ["digests:"] + [line for e in kept for line in e] + lines[end:])


def _with_examples(entry: list[str], entries: list[list[str]]) -> list[str]:
    """``entry`` with the commented settings (schedule, review, publish…) the starter
    gives another digest when it has none of its own, that digest's name made the
    entry's (a chat id "@my_ai_ribao" becomes "@my_ai_daily"): a one-language starter
    keeps the examples of the full one."""
    commented = [e for e in entries if any(line.startswith("    #") for line in e)]
    if not commented or entry in commented:
        return entry
    theirs, ours = (e[0].removeprefix("  - name:").strip() for e in (commented[0], entry))
    examples = [
        line.replace(theirs, ours).replace(theirs.replace("-", "_"), ours.replace("-", "_"))
        for line in commented[0]
        if line.startswith("    #")
    ]
    end = len(entry)
    while end and not entry[end - 1]:
        end -= 1  # the blank lines after the entry stay after it
    return entry[:end] + examples + entry[end:]
