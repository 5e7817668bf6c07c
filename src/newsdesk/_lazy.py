"""A package's public names imported on first use (PEP 562).

Loading a config imports the modules of every source kind and channel (they own their
config models), and Python runs a package's ``__init__`` before any module in it: when
``newsdesk.collect``, ``newsdesk.publish`` and ``newsdesk.render`` imported their whole
stage there, reading a config loaded the store, the desk, the editor, SciPy and jieba,
which a worker starting (or a command that only reads the config) does not need yet.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module


def lazy_names(
    package: str, homes: Mapping[str, tuple[str, ...]]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``, whose public names live in the
    modules ``homes`` lists them under; a name is imported from its module when first
    asked for, then kept in the package (the package lists the same names under
    ``TYPE_CHECKING`` for type checkers)."""
    home = {name: module for module, names in homes.items() for name in names}

    def __getattr__(name: str) -> object:
        module = home.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *home})

    return __getattr__, __dir__
