"""Everything public is exported, and everything exported is public (as in httpx)."""

from __future__ import annotations

import ast
import inspect
import typing

import pytest

import newsdesk


def test_all_exports_exist_and_are_sorted() -> None:
    assert all(hasattr(newsdesk, name) for name in newsdesk.__all__)
    assert sorted(newsdesk.__all__, key=str.lower) == sorted(set(newsdesk.__all__), key=str.lower)


def test_exported_members_claim_the_public_module() -> None:
    for name in newsdesk.__all__:
        member = getattr(newsdesk, name)
        if name == "__version__":
            continue
        module = getattr(member, "__module__", "newsdesk")
        assert module.startswith("newsdesk"), (name, module)


def test_every_error_is_a_newsdesk_error() -> None:
    errors = [getattr(newsdesk, n) for n in newsdesk.__all__ if n.endswith("Error")]
    assert errors and all(issubclass(e, newsdesk.NewsdeskError) for e in errors)


def _named_types(hint: object) -> set[type]:
    """The classes a return annotation names, through unions and generics."""
    args = typing.get_args(hint)
    found = {hint} if isinstance(hint, type) and not args else set()
    origin = typing.get_origin(hint)
    if isinstance(origin, type):
        found.add(origin)
    for arg in args:
        found |= _named_types(arg)
    return found


def test_what_the_core_returns_is_exported() -> None:
    for name, member in inspect.getmembers(newsdesk.Newsdesk):
        function = member.fget if isinstance(member, property) else member
        if name.startswith("_") or not callable(function):
            continue
        for kind in _named_types(typing.get_type_hints(function).get("return")):
            if kind.__module__.startswith("newsdesk"):
                assert kind.__name__ in newsdesk.__all__, (name, kind)


def test_a_publications_status_is_exported() -> None:
    hints = typing.get_type_hints(newsdesk.Publication)
    assert hints["status"] is newsdesk.PublicationStatus


def test_the_names_imported_on_first_use_are_the_ones_a_type_checker_reads() -> None:
    """``newsdesk`` imports its public names when first asked for (PEP 562); the table it
    imports them from and the imports a type checker reads say the same, for each name."""
    tree = ast.parse(inspect.getsource(newsdesk))
    checked = next(n for n in tree.body if isinstance(n, ast.If))
    typed = {
        alias.name: node.module
        for node in checked.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert typed == newsdesk._HOME
    assert set(newsdesk.__all__) == {*typed, "__version__"}
    assert set(newsdesk.__all__) <= set(dir(newsdesk))


def test_a_name_newsdesk_does_not_have_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        newsdesk.Nothing  # type: ignore[attr-defined]  # noqa: B018
