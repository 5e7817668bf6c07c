"""What changed between two written revisions of a digest's day, story by story."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.model import Digest, DigestEntry, MoreLine


@dataclass(frozen=True, slots=True)
class TextChange:
    """One part whose words changed."""

    #: "title", "bullet 2", "headline", "summary", "insight 1", "impact", "line", "detail".
    part: str
    #: The words before ("" when the part is new).
    before: str
    #: The words after ("" when the part is gone).
    after: str


@dataclass(frozen=True, slots=True)
class StoryChange:
    """One story that came, went, moved or was told differently."""

    story_id: str
    #: Its headline (or "more news" line) in the newer revision, else in the older.
    headline: str
    #: "added", "removed", "moved" or "edited" (a move within the lead or within "more
    #: news" may carry text changes too; one between them is told as the new place).
    change: str
    #: Its place before: "lead 2", "more 5", or "" when it was not there.
    before: str
    #: Its place after, likewise.
    after: str
    #: The parts whose words changed.
    texts: tuple[TextChange, ...] = ()
    #: Who wrote it in the newer revision: "llm", "offline" or "editor".
    written_by: str = ""


def diff_digests(
    old: Digest, new: Digest
) -> tuple[tuple[TextChange, ...], tuple[StoryChange, ...]]:
    """The day's own parts that changed (title, bullets), then each story that changed,
    in the newer revision's order, the removed ones last."""
    day = _parts_changed(
        [("title", old.title), *_numbered("bullet", old.bullets)],
        [("title", new.title), *_numbered("bullet", new.bullets)],
    )
    before, after = _places(old), _places(new)
    texts_before, texts_after = _texts(old), _texts(new)
    stories: list[StoryChange] = []
    for story_id, place in after.items():
        headline, written_by = _headline(new, story_id)
        was = before.get(story_id, "")
        same_kind = was.split(" ")[0] == place.split(" ")[0]  # a lead entry or a line
        texts = _parts_changed(texts_before[story_id], texts_after[story_id]) if same_kind else ()
        if not was:
            change = "added"
        elif was != place:
            change = "moved"
        elif texts:
            change = "edited"
        else:
            continue
        stories.append(StoryChange(story_id, headline, change, was, place, texts, written_by))
    for story_id, place in before.items():
        if story_id not in after:
            headline, _ = _headline(old, story_id)
            stories.append(StoryChange(story_id, headline, "removed", place, ""))
    return day, tuple(stories)


def _numbered(name: str, texts: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(f"{name} {n}", text) for n, text in enumerate(texts, 1)]


def _places(digest: Digest) -> dict[str, str]:
    places = {e.story_id: f"lead {n}" for n, e in enumerate(digest.entries, 1)}
    return places | {m.story_id: f"more {n}" for n, m in enumerate(digest.more, 1)}


def _entry_parts(entry: DigestEntry | MoreLine) -> list[tuple[str, str]]:
    if isinstance(entry, MoreLine):
        return [("line", entry.text), ("detail", entry.detail)]
    return [
        ("headline", entry.headline),
        ("summary", entry.summary),
        *_numbered("insight", entry.insights),
        ("impact", entry.impact),
    ]


def _texts(digest: Digest) -> dict[str, list[tuple[str, str]]]:
    texts = {e.story_id: _entry_parts(e) for e in digest.entries}
    return texts | {m.story_id: _entry_parts(m) for m in digest.more}


def _headline(digest: Digest, story_id: str) -> tuple[str, str]:
    for entry in digest.entries:
        if entry.story_id == story_id:
            return entry.headline, entry.written_by
    line = next(m for m in digest.more if m.story_id == story_id)
    return line.text, line.written_by


def _parts_changed(
    before: list[tuple[str, str]], after: list[tuple[str, str]]
) -> tuple[TextChange, ...]:
    """The parts whose words differ; a part only one side has counts as changed."""
    old, new = dict(before), dict(after)
    names = list(dict.fromkeys([*new, *old]))
    return tuple(
        TextChange(name, old.get(name, ""), new.get(name, ""))
        for name in names
        if old.get(name, "") != new.get(name, "")
    )
