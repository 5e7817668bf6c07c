"""What changed between two written revisions of a digest's day, story by story."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

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
    #: news" may carry text changes too; one between them is told as the new place).  A
    #: story whose place shifted only because another came or went before it did not
    #: move: it is "edited" when its words changed, else not listed.
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
    old: Digest,
    new: Digest,
    acted: Collection[str] = (),
    leads: tuple[Sequence[str], Sequence[str]] = ((), ()),
) -> tuple[tuple[TextChange, ...], tuple[StoryChange, ...]]:
    """The day's own parts that changed (title, bullets), then each story that changed,
    in the newer revision's order, the removed ones last.  ``acted``: the stories an
    editor's action between the two revisions concerned, which are the ones told as
    moved when either of two stories could be (a swap of neighbours).  ``leads``: each
    revision's lead in the edition's order, the one the editor sees and moves stories
    in (the written file groups it by category); lead places are counted in it."""
    day = _parts_changed([("title", old.title)], [("title", new.title)]) + _bullets_changed(
        old.bullets, new.bullets
    )
    lead_before, lead_after = _lead(old, leads[0]), _lead(new, leads[1])
    before, after = _places(lead_before, old), _places(lead_after, new)
    texts_before, texts_after = _texts(old), _texts(new)
    stayed = _in_order(lead_before, lead_after, acted) | _in_order(
        [m.story_id for m in old.more], [m.story_id for m in new.more], acted
    )
    stories: list[StoryChange] = []
    for story_id, place in after.items():
        headline, written_by = _headline(new, story_id)
        was = before.get(story_id, "")
        same_kind = was.split(" ")[0] == place.split(" ")[0]  # a lead entry or a line
        texts = _parts_changed(texts_before[story_id], texts_after[story_id]) if same_kind else ()
        if not was:
            change = "added"
        elif was != place and story_id not in stayed:
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


#: What keeping a story in the order is worth: (kept, kept though not acted on, kept at
#: its very place, minus its shift, its shift down), compared in that order.
_Worth = tuple[int, int, int, int, int]
_NOT_KEPT: _Worth = (-1, 0, 0, 0, 0)


def _in_order(old: list[str], new: list[str], acted: Collection[str] = ()) -> set[str]:
    """The most stories of one list (the lead, or "more news") that keep their order from
    one revision to the next, as a line diff keeps the most lines: their places shift when
    a story comes, goes or moves past them, which is no move of theirs.  The others in
    both lists are the stories that moved.  Of two orders as long (two stories swapped),
    the moved one is the one an editor acted on (``acted``), else the one that left its
    very place, else the one that shifted further, else the one that went up: an editor
    moves the story they mean to raise."""
    common = set(old) & set(new)
    a, b = [s for s in old if s in common], [s for s in new if s in common]
    same = {s for n, s in enumerate(old) if n < len(new) and new[n] == s}
    shift = {s: n - a.index(s) for n, s in enumerate(b)}  # down > 0, among the stories of both
    worth = {s: (1, int(s not in acted), int(s in same), -abs(shift[s]), shift[s]) for s in common}
    # best[i][j]: the summed worth of the best order over a[i:] and b[j:]
    best: list[list[_Worth]] = [[(0, 0, 0, 0, 0)] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            best[i][j] = max(_kept(best, a, b, i, j, worth), best[i + 1][j], best[i][j + 1])
    stayed: set[str] = set()
    i = j = 0
    while i < len(a) and j < len(b):
        if best[i][j] == _kept(best, a, b, i, j, worth):
            stayed.add(a[i])
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return stayed


def _kept(
    best: list[list[_Worth]], a: list[str], b: list[str], i: int, j: int, worth: dict[str, _Worth]
) -> _Worth:
    """Keeping a[i] as b[j] (when they are one story) and the best order after them."""
    if a[i] != b[j]:
        return _NOT_KEPT
    after, mine = best[i + 1][j + 1], worth[a[i]]
    return (
        after[0] + mine[0],
        after[1] + mine[1],
        after[2] + mine[2],
        after[3] + mine[3],
        after[4] + mine[4],
    )


def _bullets_changed(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[TextChange, ...]:
    """The day's list, aligned as a line diff aligns lines: a story coming into it or
    leaving it shifts the lines after, which is no change of theirs.  A line that is new
    is named by its place in the newer list, one that is gone by its place in the older;
    a line rewritten in place is one change."""
    changes: list[TextChange] = []
    matcher = SequenceMatcher(a=old, b=new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        paired = min(i2 - i1, j2 - j1)
        changes += [
            TextChange(f"bullet {j1 + k + 1}", old[i1 + k], new[j1 + k]) for k in range(paired)
        ]
        changes += [TextChange(f"bullet {j + 1}", "", new[j]) for j in range(j1 + paired, j2)]
        changes += [TextChange(f"bullet {i + 1}", old[i], "") for i in range(i1 + paired, i2)]
    return tuple(changes)


def _numbered(name: str, texts: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(f"{name} {n}", text) for n, text in enumerate(texts, 1)]


def _lead(digest: Digest, order: Sequence[str]) -> list[str]:
    """The digest's lead stories in ``order``, any it does not name after them in the
    file's order."""
    written = [e.story_id for e in digest.entries]
    return [s for s in order if s in written] + [s for s in written if s not in order]


def _places(lead: list[str], digest: Digest) -> dict[str, str]:
    places = {story_id: f"lead {n}" for n, story_id in enumerate(lead, 1)}
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
