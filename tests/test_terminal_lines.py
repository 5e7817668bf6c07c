"""Text for a terminal fits its width, broken where a reader expects a break."""

from __future__ import annotations

from rich.cells import cell_len

from newsdesk._console import wrapped

LONG_ZH = (
    "- 光年智能今日宣布完成 12 亿元人民币 B 轮融资，本轮由星河资本领投，资金将用于扩建"
    "位于苏州的算力中心，并推出新一代模型 Lumina-3。"
)
SOURCES = (
    "  · The Wire: Lumina raises $500M in a round led by Galaxy Capital, valuing the "
    "company at $4 billion <https://wire.example/a-long-path/that-goes-on-and-on-and-on-and-on>"
)


def test_every_line_fits_the_width_but_a_word_longer_than_a_line() -> None:
    lines = wrapped([LONG_ZH, SOURCES, "short"], 80)

    assert all(cell_len(line) <= 80 for line in lines if " " in line.strip())
    assert lines[-1] == "short"
    url = "<https://wire.example/a-long-path/that-goes-on-and-on-and-on-and-on>"
    assert f"    {url}" in lines  # a URL is never cut: it stands on a line of its own


def test_a_list_items_continuations_start_under_its_text() -> None:
    first, second, *_ = wrapped([LONG_ZH], 60)
    source_lines = wrapped([SOURCES], 60)

    assert first.startswith("- ") and second.startswith("  ") and second[2] != " "
    assert source_lines[0].startswith("  · ")
    assert all(line.startswith("    ") for line in source_lines[1:])


def test_words_stay_whole_and_no_line_opens_with_a_closing_mark() -> None:
    text = (
        "来自 6 个来源：未来财经、Signal & Weights、Frontier Dispatch、Compute Wire、硅基日报等。"
    )
    for width in range(20, 60):
        lines = wrapped([text], width)
        joined = "".join(line.strip() for line in lines)
        assert joined.replace(" ", "") == text.replace(" ", "")
        assert not any(line.lstrip()[:1] in "，。、；：！？）" for line in lines)
        for word in ("Signal", "Weights、", "Frontier", "Dispatch、", "Compute", "Wire、"):
            assert any(word in line for line in lines), (word, lines)


def test_a_line_that_fits_is_left_as_it_is() -> None:
    assert wrapped(["  next run: 2026-05-15 22:30 Fri", ""], 80) == [
        "  next run: 2026-05-15 22:30 Fri",
        "",
    ]
