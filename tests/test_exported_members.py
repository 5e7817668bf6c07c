"""Everything public is exported, and everything exported is public (as in httpx)."""

from __future__ import annotations

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
