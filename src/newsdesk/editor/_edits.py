"""An editor's own words for one entry: the text file they edit, and what it claims.

The file is plain text in ``$EDITOR``: a heading line per part (``## headline``,
``## summary``, ``## insights`` as a list, ``## impact``; for a "more news" line,
``## line`` and ``## detail``), comment lines starting with ``# `` that are dropped,
and an empty file to change nothing, as ``git commit`` does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from newsdesk.editor._brief import StoryBrief
from newsdesk.editor._claims import Evidence, unsupported
from newsdesk.editor._offline import offline_entry
from newsdesk.exceptions import EditionError, EntryFormatError
from newsdesk.model import Claim, DigestEntry, EntryText, MoreLine

#: Who wrote an entry or line the editor wrote: its text is verified and shown, never
#: rewritten or cut by the verifier.
EDITOR = "editor"

_LEAD_PARTS = ("headline", "summary", "insights", "impact")
_MORE_PARTS = ("line", "detail")
_HEADING = re.compile(r"^##\s*(\w+)\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)、])\s+")


@dataclass(frozen=True, slots=True)
class TextClaim:
    """A claim of the editor's text its story's sources do not support."""

    #: The part: "headline", "summary", "insight 2", "impact", "line", "detail".
    where: str
    claim: Claim


def entry_document(text: EntryText, *, lead: bool, about: Sequence[str] = ()) -> str:
    """The file an editor edits: ``about`` lines as comments, then one part per heading."""
    lines = [f"# {line}" for line in about]
    lines += [
        "# Lines starting with '# ' are left out. Save an empty file to change nothing;",
        "# a part whose heading you delete keeps its text, one left empty is emptied.",
        "",
    ]
    if lead:
        lines += ["## headline", text.headline, "", "## summary", text.summary, ""]
        lines += ["## insights", *(f"- {i}" for i in text.insights), ""]
        lines += ["## impact", text.impact, ""]
    else:
        lines += ["## line", text.headline, "", "## detail", text.summary, ""]
    return "\n".join(lines)


def parse_entry_document(
    document: str, *, lead: bool, base: EntryText | None = None
) -> EntryText | None:
    """The editor's text from the file, or None when they emptied it.

    A part whose heading the file leaves out keeps its text in ``base``, so a file
    written with only the parts the editor changes loses nothing; a heading with nothing
    under it empties its part.  Raises EntryFormatError for a heading the entry does not
    have, text before the first heading or an empty headline.
    """
    names = _LEAD_PARTS if lead else _MORE_PARTS
    parts: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in document.splitlines():
        if raw.startswith("# ") or raw.rstrip() == "#":
            continue
        heading = _HEADING.match(raw)
        if heading:
            name = heading.group(1).lower()
            if name not in names:
                raise EntryFormatError(_not_a_part(f"'## {name}'", [f"'## {n}'" for n in names]))
            current = parts.setdefault(name, [])
        elif current is not None:
            current.append(raw)
        elif raw.lstrip().startswith("#"):  # a Markdown title, as a post would start
            raise EntryFormatError(
                f"{raw.strip()[:40]!r} is not one of this file's headings: each part's "
                f"heading stands alone on its line with the text below it, the headline "
                f"under '## {names[0]}' (the parts: {', '.join(f'## {n}' for n in names)})."
            )
        elif raw.strip():
            raise EntryFormatError(
                f"Text before the first heading ({raw.strip()[:40]!r}): every part starts "
                f"with its heading, '## {names[0]}' first."
            )
    if not any(line.strip() for lines in parts.values() for line in lines):
        return None
    lines = {name: [ln.strip() for ln in found if ln.strip()] for name, found in parts.items()}
    given: dict[str, str | list[str]] = {name: " ".join(found) for name, found in lines.items()}
    if "insights" in lines:
        given["insights"] = [_BULLET.sub("", line).strip() for line in lines["insights"]]
    try:
        return entry_from_parts(given, lead=lead, base=base)
    except EditionError as err:  # an empty headline: the file's form, too
        raise EntryFormatError(str(err)) from err


def entry_from_parts(
    parts: Mapping[str, str | Sequence[str]], *, lead: bool, base: EntryText | None = None
) -> EntryText:
    """The editor's text from its parts by name — ``headline``, ``summary``,
    ``insights`` (a list), ``impact`` for a lead entry; ``line`` and ``detail`` for a
    "more news" line — each part not given keeping its text in ``base``.

    Raises EditionError for a part the entry does not have, a list where one text
    belongs, or an empty headline.
    """
    names = _LEAD_PARTS if lead else _MORE_PARTS
    for name in parts:
        if name not in names:
            raise EditionError(_not_a_part(repr(name), [repr(n) for n in names]))
    start = base or EntryText("")
    had: dict[str, str | Sequence[str]] = {
        names[0]: start.headline,
        names[1]: start.summary,
        "insights": list(start.insights),
        "impact": start.impact,
    }

    def text(name: str) -> str:
        value = parts.get(name, had[name])
        if not isinstance(value, str):
            raise EditionError(f"The {name} is one text, not a list.")
        return value.strip()

    headline = text(names[0])
    if not headline:
        raise EditionError(f"The {names[0]} is empty: every entry needs one.")
    if not lead:
        return EntryText(headline=headline, summary=text("detail"))
    insights = parts.get("insights", had["insights"])
    listed = [insights] if isinstance(insights, str) else list(insights)
    kept = tuple(i.strip() for i in listed if i.strip())
    return EntryText(headline, text("summary"), kept, text("impact"))


def _not_a_part(name: str, names: Sequence[str]) -> str:
    return f"{name} is not a part of this entry; its parts are {', '.join(names)}."


def unsupported_in(text: EntryText, evidence: Evidence, *, lead: bool) -> list[TextClaim]:
    """Every claim of the editor's text that the story's sources do not support."""
    named: list[tuple[str, str]] = [("headline" if lead else "line", text.headline)]
    if lead:
        named += [("summary", text.summary)]
        named += [(f"insight {n}", i) for n, i in enumerate(text.insights, 1)]
        named += [("impact", text.impact)]
    else:
        named += [("detail", text.summary)]
    return [
        TextClaim(where, claim)
        for where, part in named
        if part
        for claim in unsupported(part, evidence)
    ]


def edited_entry(brief: StoryBrief, text: EntryText, language: str) -> DigestEntry:
    """A lead entry in the editor's words, with the story's links and category."""
    return replace(
        offline_entry(brief, language),
        headline=text.headline,
        summary=text.summary,
        insights=text.insights,
        impact=text.impact,
        written_by=EDITOR,
    )


def edited_lines(lines: Sequence[MoreLine], edits: Mapping[str, EntryText]) -> list[MoreLine]:
    """The "more news" lines, those the editor wrote in their words."""
    return [
        replace(line, text=edit.headline, detail=edit.summary, written_by=EDITOR)
        if (edit := edits.get(line.story_id)) is not None
        else line
        for line in lines
    ]


def entry_text(entry: DigestEntry | MoreLine) -> EntryText:
    """What an entry or line says, as the editor starts from it."""
    if isinstance(entry, MoreLine):
        return EntryText(headline=entry.text, summary=entry.detail)
    return EntryText(entry.headline, entry.summary, entry.insights, entry.impact)
