"""scripts/gen_examples.py's block rewriting, on a tiny invented doc (the script itself
runs the demo and takes minutes: it is run by hand, not here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]

DOC = """\
# Example

```yaml
sources:
- id: notes
```

```
$ newsdesk edition show
daily 2026-05-14 — revision 2, draft

Lead:
  …
   2. s2  Second story
      #2 of 9 selectable
More news:
   1. s3  Third story
      #3: the lead slots went to better stories
  …
Left out (4):
  s9  Ninth story
      dropped by editor on 2026-12-06 04:35 UTC
  …
Editor's actions:
  2026-12-06 04:35 UTC editor: drop s9
$ echo $?
0
```

Text between.

```
$ newsdesk run
Run 2 (run) finished in 7.9 s
  ~ Notes is stale: the newest of 1 is 7 months old
Items: 0 new
```
"""

#: What `edition show` prints in full; the doc shows part of it.
SHOW = """\
daily 2026-05-14 — revision 2, draft

Lead:
   1. s1  First story
      #1 of 9 selectable
   2. s2  Second story
      #2 of 9 selectable
More news:
   1. s3  Third story
      #3: the lead slots went to better stories
   2. s4  Fourth story
      #4: the lead slots went to better stories
Left out (4):
  s9  Ninth story
      dropped by editor on 2026-12-06 19:02 UTC
  s8  Eighth story
      #8 of 9 selectable: not in the digest's language
Channels:
  files: published, revision 1
Editor's actions:
  2026-12-06 19:02 UTC editor: drop s9""".split("\n")


def _script() -> ModuleType:
    path = ROOT / "scripts" / "gen_examples.py"
    spec = importlib.util.spec_from_file_location("gen_examples", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


gen = _script()


def test_the_bare_blocks_and_their_commands_are_found() -> None:
    blocks = gen.fenced_blocks(DOC)
    assert [b.lines[0] for b in blocks] == ["$ newsdesk edition show", "$ newsdesk run"]
    assert [c.line for c in gen.commands_of(blocks[0])] == ["$ newsdesk edition show", "$ echo $?"]
    assert gen.fenced_blocks(DOC, "yaml")[0].lines == ("sources:", "- id: notes")


def test_output_is_trimmed_as_the_doc_trims_it() -> None:
    shown = gen.commands_of(gen.fenced_blocks(DOC)[0])[0].shown
    trimmed = gen.trim_like(shown, SHOW)
    assert trimmed == [
        "daily 2026-05-14 — revision 2, draft",
        "",
        "Lead:",
        "  …",  # entry 1 left out; entry 2 shown by its number
        "   2. s2  Second story",
        "      #2 of 9 selectable",
        "More news:",
        "   1. s3  Third story",
        "      #3: the lead slots went to better stories",
        "  …",  # more news 2, then the left-out's second entry and the channels the doc omits
        "Left out (4):",
        "  s9  Ninth story",
        "      dropped by editor on 2026-12-06 19:02 UTC",
        "  …",
        "Editor's actions:",  # shown whole
        "  2026-12-06 19:02 UTC editor: drop s9",
    ]


def test_a_block_with_no_ellipsis_takes_the_whole_output() -> None:
    assert gen.trim_like(["a", "  b"], ["a", "  b", "  c"]) == ["a", "  b", "  c"]


def test_an_unnumbered_entry_after_an_ellipsis_cannot_be_placed() -> None:
    with pytest.raises(ValueError, match="no place"):
        gen.trim_like(["Left out (2):", "  …", "  s8  Eighth"], ["Left out (2):", "  s8  Eighth"])


def test_volatile_parts_keep_the_docs_words() -> None:
    shown = [
        "Run 2 (run) finished in 7.9 s",
        "  ~ Notes is stale: the newest of 1 is 7 months old",
        "  dropped by editor on 2026-12-06 04:35 UTC",
        "Items: 0 new",
    ]
    fresh = [
        "Run 2 (run) finished in 31.2 s",
        "  ~ Notes is stale: the newest of 1 is 8 months old",
        "  dropped by editor on 2026-12-06 19:02 UTC",
        "  pinned by editor on 2026-12-06 19:03 UTC",
        "Items: 1 new",
    ]
    assert gen.keep_stable(shown, fresh) == [
        *shown[:3],
        "  pinned by editor on 2026-12-06 04:35 UTC",  # a new line takes the doc's time
        "Items: 1 new",  # a real change shows
    ]


def test_a_doc_whose_output_did_not_change_is_rewritten_to_itself() -> None:
    blocks = gen.fenced_blocks(DOC)
    show, echo = gen.commands_of(blocks[0])
    (run,) = gen.commands_of(blocks[1])
    fresh_run = ["Run 2 (run) finished in 40.0 s", *run.shown[1:]]
    new = {
        blocks[0].start: [
            show.line,
            *gen.rewritten(show.shown, SHOW),
            echo.line,
            *gen.rewritten(echo.shown, ["0"]),
        ],
        blocks[1].start: [run.line, *gen.rewritten(run.shown, fresh_run)],
    }
    assert gen.replace_blocks(DOC, new) == DOC
    new[blocks[1].start] = [run.line, "Run 2 (run) finished in 40.0 s", "Items: 3 new"]
    changed = gen.replace_blocks(DOC, new)
    assert changed.split("Text between.")[0] == DOC.split("Text between.")[0]
    assert changed.endswith(
        "```\n$ newsdesk run\nRun 2 (run) finished in 40.0 s\nItems: 3 new\n```\n"
    )


def test_output_is_shown_without_logging_and_the_temporary_folder(tmp_path: Path) -> None:
    printed = (
        f"Store: sqlite:///{tmp_path}/newsdesk.db\n"
        "2026-12-06 19:22:16,482 INFO fetch: 1 to do\n"
        f"  wrote {tmp_path}/output/brief.md\n"
    )
    assert gen.shown_output(printed, tmp_path) == [
        "Store: sqlite:///newsdesk.db",
        "  wrote output/brief.md",
    ]


def test_the_demo_transcript_ends_with_its_first_lead_list() -> None:
    printed = [
        "INFO fetch: 15 to do",
        "Run 1 (demo) finished in 9.0 s",
        "Lead stories of ai-ribao 2026-05-14",
        "  1. [business] One",
        "Lead stories of ai-daily 2026-05-14",
        "  1. [business] One",
    ]
    assert gen.demo_transcript(printed) == printed[1:4]


def test_the_docs_config_is_merged_into_the_demos() -> None:
    demo = {
        "timezone": "Asia/Shanghai",
        "sources": [{"id": "a"}],
        "digests": [{"name": "zh"}, {"name": "en", "style": "brief"}],
    }
    described = {"sources": [{"id": "notes"}], "digests": [{"name": "en", "review": "required"}]}
    assert gen.merged_config(demo, described) == {
        "timezone": "Asia/Shanghai",
        "sources": [{"id": "a"}, {"id": "notes"}],
        "digests": [{"name": "zh"}, {"name": "en", "review": "required"}],
    }


def test_the_script_explains_itself_and_refuses_unknown_arguments(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert gen.main(["--help"]) == 0
    assert "--check" in capsys.readouterr().out
    assert gen.main(["--chek"]) == 2
    assert "only --check" in capsys.readouterr().err
