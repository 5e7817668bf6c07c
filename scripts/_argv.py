"""The command line the docs' generators share: ``--help`` prints the script's docstring
instead of writing anything, ``--check`` compares instead of writing, and any other
argument is refused (a typo such as ``--chek`` must not rewrite the docs)."""

from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Argv:
    """What the script was asked: ``exit`` is set when it should stop with that code."""

    check: bool
    exit: int | None


def read_argv(argv: list[str], doc: str | None) -> Argv:
    """Parse ``argv``, printing the help or the refusal so the caller only returns ``exit``."""
    if {"-h", "--help"} & set(argv):
        print(doc)
        return Argv(check=False, exit=0)
    unknown = [arg for arg in argv if arg != "--check"]
    if unknown:
        print(f"unknown argument {unknown[0]!r}: the script takes only --check", file=sys.stderr)
        return Argv(check=False, exit=2)
    return Argv(check="--check" in argv, exit=None)
