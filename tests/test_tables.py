"""The package's YAML tables read with libyaml's parser give what PyYAML's own gives."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from newsdesk._tables import load_table

TABLES = (
    "aliases.yaml",
    "terms.yaml",
    "desk/taxonomy.yaml",
    "editor/glossary.yaml",
    "demo/data/sample_day.yaml",
)


@pytest.mark.parametrize("name", TABLES)
def test_each_shipped_table_reads_as_the_python_parser_reads_it(name: str) -> None:
    text = resources.files("newsdesk").joinpath(name).read_text(encoding="utf-8")
    table = load_table(text)
    assert table == yaml.safe_load(text)
    assert repr(table) == repr(yaml.safe_load(text))  # the same types and order too


def test_plain_values_keep_their_yaml_types() -> None:
    text = "n: 3\nx: 1.5\nyes_: true\nwhen: 2026-05-14\nnames: [甲, b]\nnone: ~\n"
    assert load_table(text) == yaml.safe_load(text)


def test_a_table_cannot_build_python_objects() -> None:
    with pytest.raises(yaml.YAMLError):
        load_table("!!python/object/apply:os.system ['true']")
