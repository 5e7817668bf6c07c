"""The package's own YAML tables (the aliases, the glossary, the taxonomy, the sample
day), read with libyaml's parser when PyYAML was built with it.

PyYAML's pure-Python parser takes about ten times as long, and every process that
imports the editor reads ``aliases.yaml``: a worker, a command, a test pays that at
start.  The two parsers give these plain files the same values (``tests/test_tables.py``);
a user's config is still read by :mod:`newsdesk.config`, which also refuses a key given
twice.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_table(text: str) -> Any:
    """The YAML text's value, as ``yaml.safe_load`` reads it."""
    return yaml.load(text, Loader=_LOADER)
