"""Write the real command output the docs show: the demo's transcript in docs/guide.md and
every ``$ newsdesk …`` block of docs/editorial-workflow.md.

    python scripts/gen_examples.py           # rewrite the blocks from a fresh run
    python scripts/gen_examples.py --check   # exit 1, with a diff, when the docs differ

Not part of ``make test`` or ``make docs``: it runs the demo and the workflow's commands,
which takes minutes.  Run it after a change to the verifier, selection or the writers
(claims and texts counts, story ids, a summary line), and read its diff.

In a temporary folder it runs ``newsdesk demo``, then, in ``newsdesk-demo/`` as the user
``editor``, the workflow doc's commands in the order the doc gives them, with the config
and the notes file it describes (its ``yaml`` block merged into the demo's config: its
sources added, its digests replacing the demo's of the same name; its ``json`` block as
``notes.jsonl``).  Each block is rewritten from what the commands printed:

- trimmed as the doc trims it: a line holding only ``…`` stands for lines left out.  A
  section (a line at the margin, such as ``Lead:``, and the lines under it) the block
  shows without a ``…`` is shown whole; one with a ``…`` keeps the entries it shows (an
  entry by its number, ``7.``, or else by its place in the section); a section the block
  does not show is left out;
- stable where output is volatile: a line that differs from the doc's only in a
  duration, an action's time or an age (``finished in 7.9 s``, ``2026-12-06 12:35 UTC+08:00``,
  ``7 months old``) keeps the doc's words, and a changed line gets the doc's action time;
- progress logging is left out, and the temporary folder is taken out of paths
  (``newsdesk-demo/…`` in the guide, relative to ``newsdesk-demo/`` in the workflow,
  where its commands run).

The hints in the output name newsdesk as it was started, so run it with the Python whose
``bin`` holds the ``newsdesk`` command (``.venv/bin/python``), and they say ``newsdesk``.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from _argv import read_argv

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "guide.md"
WORKFLOW = ROOT / "docs" / "editorial-workflow.md"
#: The line a block of left-out lines is written as.
ELLIPSIS = "  …"
#: The guide's demo transcript: from this line to the end of the first lead list.
DEMO_START = "Run 1 (demo) finished"
#: When an editor acted, as `edition show` prints it.
_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC(?:[+-]\d\d:\d\d)?")
#: What differs from run to run, each with what it is compared as.
_VOLATILE = (
    (re.compile(r"finished in \d+(?:\.\d+)? s"), "finished in _ s"),
    (_TIME, "_ UTC"),
    (re.compile(r"\d+ (?:second|minute|hour|day|week|month|year)s? old"), "_ old"),
)
#: A line of progress logging, which the docs leave out (a terminal shows it before the
#: summary, on standard error).
_LOG = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} [A-Z]+ ")
_NUMBERED = re.compile(r"\s*(\d+)\.\s")
#: A line under an entry (its reason, its source), not an entry of its own.
_UNDER_ENTRY = 6
_FENCE = "```"


@dataclass(frozen=True)
class Block:
    """A fenced block of a Markdown file: its lines between the fences, and where they
    are in the file's lines (``start`` the first inside, ``end`` the closing fence)."""

    start: int
    end: int
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Command:
    """One ``$ …`` line of a workflow block and the output the doc shows under it."""

    line: str
    shown: tuple[str, ...]


def shown_output(printed: str, folder: Path) -> list[str]:
    """What a command printed as the docs show it: no progress logging, and paths under
    ``folder`` relative to it."""
    for name in {str(folder), str(folder.resolve())}:
        printed = printed.replace(name + os.sep, "")
    return [line for line in printed.rstrip("\n").split("\n") if not _LOG.match(line)]


def fenced_blocks(text: str, language: str = "") -> list[Block]:
    """The fenced blocks of a Markdown text opened with this info string (none: bare)."""
    lines = text.split("\n")
    blocks = []
    at = 0
    while at < len(lines):
        if lines[at].startswith(_FENCE):
            close = next(i for i in range(at + 1, len(lines)) if lines[i].startswith(_FENCE))
            if lines[at][len(_FENCE) :].strip() == language:
                blocks.append(Block(at + 1, close, tuple(lines[at + 1 : close])))
            at = close
        at += 1
    return blocks


def replace_blocks(text: str, new: Mapping[int, Sequence[str]]) -> str:
    """The text with the blocks starting at these lines given new contents."""
    lines = text.split("\n")
    out: list[str] = []
    at = 0
    for block in sorted(fenced_blocks(text), key=lambda b: b.start):
        if block.start in new:
            out.extend(lines[at : block.start])
            out.extend(new[block.start])
            at = block.end
    out.extend(lines[at:])
    return "\n".join(out)


def commands_of(block: Block) -> list[Command]:
    """The ``$`` commands of a block, each with the lines under it."""
    commands: list[Command] = []
    line, shown = "", list[str]()
    for text in block.lines:
        if text.startswith("$ "):
            if line:
                commands.append(Command(line, tuple(shown)))
            line, shown = text, []
        else:
            shown.append(text)
    if line:
        commands.append(Command(line, tuple(shown)))
    return commands


def comparable(line: str) -> str:
    """A line as compared with the doc's: its volatile parts blanked."""
    for pattern, blank in _VOLATILE:
        line = pattern.sub(blank, line)
    return line


def _keys(lines: Sequence[str]) -> list[tuple[str, int, int] | None]:
    """Each line's place: (its section, its entry there, its line in the entry); None
    for a ``…``.  An entry is known by its number when it has one (``  7. …``), else by
    its place in the section, which a doc trimming before it cannot show: such an
    entry's key is None too."""
    keys: list[tuple[str, int, int] | None] = []
    section, entry, under, count, gap = "", 0, 0, 0, False
    seen: dict[str, int] = {}
    for line in lines:
        if line.strip() == "…":
            keys.append(None)
            gap = True
            continue
        if line and not line[0].isspace():
            name = re.sub(r"\d+", "N", line)
            seen[name] = seen.get(name, 0) + 1
            section, entry, under, count, gap = f"{seen[name]}:{name}", 0, 0, 0, False
        elif len(line) - len(line.lstrip()) < _UNDER_ENTRY:
            count += 1
            number = _NUMBERED.match(line)
            entry = int(number.group(1)) if number else (-1 if gap else count)
            under = 0
        else:
            under += 1
        keys.append((section, entry, under) if entry >= 0 else None)
    return keys


def trim_like(shown: Sequence[str], output: Sequence[str]) -> list[str]:
    """The output trimmed as the doc's block is (see the module's note): all of it when
    the block has no ``…``."""
    if not any(line.strip() == "…" for line in shown):
        return list(output)
    sections = _section_of(shown)
    wanted: set[tuple[str, int, int]] = set()
    for key, line in zip(_keys(shown), shown, strict=True):
        if key is not None:
            wanted.add(key)
        elif line.strip() != "…":
            raise ValueError(f"no place for {line!r}: an entry with no number after a …")
    partial = {s for s, line in zip(sections, shown, strict=True) if line.strip() == "…"}
    whole = set(sections) - partial
    out: list[str] = []
    left_out = False
    for key, section, line in zip(_keys(output), _section_of(output), output, strict=True):
        keep = section in whole or (section in partial and key in wanted)
        if keep:
            if left_out:
                out.append(ELLIPSIS)
            out.append(line)
        left_out = not keep
    if left_out:
        out.append(ELLIPSIS)
    return out


def _section_of(lines: Sequence[str]) -> list[str]:
    """Each line's section (see :func:`_keys`), a ``…`` in the one it stands in."""
    sections = []
    current = ""
    for key in _keys(lines):
        if key is not None:
            current = key[0]
        sections.append(current)
    return sections


def keep_stable(shown: Sequence[str], fresh: Sequence[str]) -> list[str]:
    """The fresh lines, each that differs from the doc's only in what is volatile written
    as the doc has it, and the doc's action time in the others."""
    matcher = difflib.SequenceMatcher(
        a=[comparable(line) for line in shown],
        b=[comparable(line) for line in fresh],
        autojunk=False,
    )
    times = [m.group() for line in shown for m in [_TIME.search(line)] if m]
    out: list[str] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(shown[a0:a1])
        else:
            out.extend(_TIME.sub(times[0], line) if times else line for line in fresh[b0:b1])
    return out


def rewritten(shown: Sequence[str], output: Sequence[str]) -> list[str]:
    """What a doc block showing ``shown`` says after a run that printed ``output``."""
    return keep_stable(shown, trim_like(shown, output))


def demo_transcript(output: Sequence[str]) -> list[str]:
    """The demo's summary from its first line to the end of its first lead list."""
    start = next(i for i, line in enumerate(output) if line.startswith(DEMO_START))
    lead = next(i for i in range(start, len(output)) if output[i].startswith("Lead stories"))
    end = next(
        (i for i in range(lead + 1, len(output)) if not output[i].startswith(" ")), len(output)
    )
    return list(output[start:end])


def merged_config(config: dict[str, Any], described: dict[str, Any]) -> dict[str, Any]:
    """The demo's config with the doc's sources added and its digests in place of the
    demo's of the same name."""
    sources = list(config.get("sources") or [])
    known = {source["id"] for source in sources}
    sources += [s for s in described.get("sources") or [] if s["id"] not in known]
    digests = {d["name"]: d for d in config.get("digests") or []}
    digests.update({d["name"]: d for d in described.get("digests") or []})
    return {**config, "sources": sources, "digests": list(digests.values())}


class Runner:
    """Runs newsdesk as a user types it, in a folder, and gives what it printed with
    the temporary folder taken out of paths."""

    def __init__(self) -> None:
        bin_dir = str(Path(sys.executable).parent)
        self.env = {  # the caller's NEWSDESK_* settings and keys would change the output
            **{k: v for k, v in os.environ.items() if not k.startswith("NEWSDESK_")},
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "PYTHONPATH": str(ROOT / "src"),
            "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
            "LOGNAME": "editor",
            "USER": "editor",
        }
        self.last_exit = 0

    def run(self, args: Sequence[str], cwd: Path, shown_from: Path) -> list[str]:
        """``newsdesk ARGS`` in ``cwd``; paths under ``shown_from`` shown relative to it."""
        try:
            done = subprocess.run(
                [sys.executable, "-m", "newsdesk", *args],
                cwd=cwd,
                env=self.env,
                capture_output=True,
                text=True,
                timeout=1800,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise SystemExit(f"`newsdesk {' '.join(args)}` ran over 30 minutes; stopped") from None
        self.last_exit = done.returncode
        return shown_output(done.stdout + done.stderr, shown_from)


def _described(text: str, language: str) -> str:
    blocks = fenced_blocks(text, language)
    if len(blocks) != 1:
        raise SystemExit(f"{WORKFLOW.name} should have one ```{language} block, not {len(blocks)}")
    return "\n".join(blocks[0].lines)


def run_workflow(runner: Runner, folder: Path, text: str) -> dict[int, list[str]]:
    """Each workflow block rewritten from its commands' output, by its first line."""
    config_path = folder / "newsdesk.yaml"
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    described = yaml.safe_load(_described(text, "yaml"))
    config_path.write_text(
        yaml.safe_dump(merged_config(config, described), allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    (folder / "notes.jsonl").write_text(
        json.dumps(json.loads(_described(text, "json")), ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    new: dict[int, list[str]] = {}
    for block in fenced_blocks(text):
        if not block.lines or not block.lines[0].startswith("$ newsdesk "):
            continue
        lines: list[str] = []
        commands = commands_of(block)
        for at, command in enumerate(commands):
            words = shlex.split(command.line[2:])
            if words == ["echo", "$?"]:
                output = [str(runner.last_exit)]
            elif words[:1] != ["newsdesk"]:
                raise SystemExit(f"{command.line!r}: only newsdesk commands and `echo $?` run here")
            else:
                output = runner.run(words[1:], folder, folder)
                checked = at + 1 < len(commands) and commands[at + 1].line == "$ echo $?"
                if runner.last_exit and not checked:
                    raise SystemExit(
                        f"{command.line!r} exited {runner.last_exit}:\n" + "\n".join(output)
                    )
            lines.append(command.line)
            lines.extend(rewritten(command.shown, output))
        new[block.start] = lines
    return new


def regenerate() -> dict[Path, str]:
    """The guide and the workflow as a fresh run writes them."""
    guide, workflow = GUIDE.read_text(encoding="utf-8"), WORKFLOW.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="newsdesk-examples-") as tmp:
        base = Path(tmp)
        runner = Runner()
        printed = runner.run(["demo"], base, base)
        if runner.last_exit:
            raise SystemExit("newsdesk demo failed:\n" + "\n".join(printed[-20:]))
        demo = next(
            b for b in fenced_blocks(guide) if b.lines and b.lines[0].startswith(DEMO_START)
        )
        guide = replace_blocks(guide, {demo.start: rewritten(demo.lines, demo_transcript(printed))})
        folder = base / "newsdesk-demo"
        workflow = replace_blocks(workflow, run_workflow(runner, folder, workflow))
    return {GUIDE: guide, WORKFLOW: workflow}


def differences(texts: dict[Path, str], read: Callable[[Path], str]) -> list[str]:
    """A unified diff of each file against its new text."""
    out: list[str] = []
    for path, text in texts.items():
        out.extend(
            difflib.unified_diff(
                read(path).split("\n"),
                text.split("\n"),
                f"{path.relative_to(ROOT)} (now)",
                f"{path.relative_to(ROOT)} (from a fresh run)",
                lineterm="",
            )
        )
    return out


def main(argv: list[str]) -> int:
    args = read_argv(argv, __doc__)
    if args.exit is not None:
        return args.exit
    texts = regenerate()
    diff = differences(texts, lambda p: p.read_text(encoding="utf-8"))
    if args.check:
        if diff:
            print("\n".join(diff))
            print("The docs' examples differ from a fresh run: python scripts/gen_examples.py")
            return 1
        print("The docs' examples are what a fresh run prints.")
        return 0
    for path, text in texts.items():
        path.write_text(text, encoding="utf-8")
    print("\n".join(diff) if diff else "The docs' examples were already up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
