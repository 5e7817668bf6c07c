"""Packages that import their public names on first use (``newsdesk._lazy``): every name
is there when asked for and is the one a type checker reads, and loading a config, which
imports every source kind and channel, loads neither the collector nor the store, the
desk or the editor."""

from __future__ import annotations

import ast
import importlib
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

from processes import SRC

LAZY = ("newsdesk.collect", "newsdesk.publish", "newsdesk.render", "newsdesk.workers")


@pytest.mark.parametrize("name", LAZY)
def test_the_names_imported_on_first_use_are_the_ones_a_type_checker_reads(name: str) -> None:
    package = importlib.import_module(name)
    tree = ast.parse(inspect.getsource(package))
    checked = next(n for n in tree.body if isinstance(n, ast.If))  # if TYPE_CHECKING:
    typed = {
        alias.name: node.module
        for node in checked.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    homes = {n: module for module, names in package._HOMES.items() for n in names}
    assert typed == homes
    assert set(typed) <= set(package.__all__) <= set(dir(package))
    for public in package.__all__:
        assert getattr(package, public) is not None, public


@pytest.mark.parametrize("name", LAZY)
def test_a_name_a_lazy_package_does_not_have_is_an_attribute_error(name: str) -> None:
    with pytest.raises(AttributeError, match=f"module '{name}' has no attribute 'Nothing'"):
        getattr(importlib.import_module(name), "Nothing")  # noqa: B009


CONFIG = """\
sources:
  - {id: wire, kind: feed, url: "https://example.com/feed.xml"}
  - {id: trending, kind: github_trending}
digests:
  - name: daily
    title: Daily
    publish:
      - {id: posts, kind: files, dir: out}
      - {id: tg, kind: telegram, bot_token: "${TG_TOKEN}", chat_id: "@daily"}
"""

#: What a command that only reads its config does not need (the collector's store, the
#: desk and the editor with their numpy, SciPy, SQLAlchemy and jieba, the cover's Pillow).
NOT_FOR_A_CONFIG = (
    "numpy",
    "scipy",
    "sqlalchemy",
    "jieba",
    "PIL",
    "newsdesk.collect._collector",
    "newsdesk.publish._once",
    "newsdesk.store",
    "newsdesk.desk",
    "newsdesk.editor",
)


def test_loading_a_config_loads_neither_the_store_nor_the_desk(tmp_path: Path) -> None:
    path = tmp_path / "newsdesk.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    code = (
        "import sys\nfrom pathlib import Path\nfrom newsdesk.config import load_config\n"
        f"config = load_config(Path({str(path)!r}))\n"
        "print([c.kind for d in config.digests for c in d.publish])\n"
        "print(*(f'module {m}' for m in sys.modules), sep='\\n')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin", "TG_TOKEN": "t"},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert "['files', 'telegram']" in done.stdout
    loaded = {line.removeprefix("module ") for line in done.stdout.splitlines()}
    assert {"newsdesk.collect.kinds.github_trending", "newsdesk.publish.telegram"} <= loaded
    assert not set(NOT_FOR_A_CONFIG) & loaded
