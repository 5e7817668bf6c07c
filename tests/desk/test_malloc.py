"""The C allocator's thresholds, raised once so the encoder's freed arrays are reused."""

from __future__ import annotations

import ctypes
from typing import Any

import pytest

from newsdesk.desk import _malloc


class _FakeLibrary:
    """A C library that records its ``mallopt`` calls (or has no ``mallopt``)."""

    def __init__(self, calls: list[tuple[int, int]], *, has_mallopt: bool = True) -> None:
        if has_mallopt:
            self.mallopt = _Recorder(calls)


class _Recorder:
    def __init__(self, calls: list[tuple[int, int]]) -> None:
        self.calls = calls
        self.argtypes: list[Any] = []

    def __call__(self, parameter: int, value: int) -> int:
        self.calls.append((parameter, value))
        return 1


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The mallopt calls of a fresh process with a glibc-like C library."""
    recorded: list[tuple[int, int]] = []
    monkeypatch.setattr(_malloc, "_set", False)
    monkeypatch.setattr(ctypes, "CDLL", lambda name: _FakeLibrary(recorded))
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    return recorded


def test_the_trim_and_mapping_thresholds_are_raised_once_per_process(
    calls: list[tuple[int, int]],
) -> None:
    _malloc.keep_freed_memory()
    _malloc.keep_freed_memory()
    assert calls == [(-1, _malloc.TRIM_THRESHOLD), (-3, _malloc.MMAP_THRESHOLD)]


@pytest.mark.parametrize("variable", ["MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_"])
def test_thresholds_the_user_set_through_glibcs_variables_are_left_alone(
    calls: list[tuple[int, int]], monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, "1000000")
    _malloc.keep_freed_memory()
    assert calls == []


def test_a_c_library_without_mallopt_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    recorded: list[tuple[int, int]] = []
    monkeypatch.setattr(_malloc, "_set", False)
    monkeypatch.setattr(ctypes, "CDLL", lambda name: _FakeLibrary(recorded, has_mallopt=False))
    _malloc.keep_freed_memory()
    assert recorded == []


def test_the_encoder_raises_them_when_it_loads(calls: list[tuple[int, int]]) -> None:
    from newsdesk.desk import UniversalSentenceEncoder

    UniversalSentenceEncoder(threads=1).embed(["a headline"])
    assert calls == [(-1, _malloc.TRIM_THRESHOLD), (-3, _malloc.MMAP_THRESHOLD)]
