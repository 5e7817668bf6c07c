"""The day's cover: a PNG of the configured size whose Chinese renders as Chinese."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw
from render_helpers import digest

from newsdesk.render import CoverError, Fonts, draw_cover
from newsdesk.render._cover import _wrap, date_line

try:
    FONTS: Fonts | None = Fonts.find()
except CoverError:
    FONTS = None
needs_font = pytest.mark.skipif(
    FONTS is None, reason="fonts-noto-cjk is not installed (`make test` installs it)"
)


def fonts() -> Fonts:
    assert FONTS is not None
    return FONTS


@needs_font
def test_the_cover_is_a_png_of_the_configured_size() -> None:
    png = draw_cover(digest(), "AI 日报", ["光年智能", "Lumen-4"], fonts(), (1200, 630))
    image = Image.open(io.BytesIO(png))
    assert (image.format, image.size) == ("PNG", (1200, 630))
    smaller = Image.open(io.BytesIO(draw_cover(digest(), "AI 日报", [], fonts(), (800, 420))))
    assert smaller.size == (800, 420)


@needs_font
def test_chinese_characters_are_drawn_with_their_own_glyphs_not_boxes() -> None:
    font = fonts().load(True, 60)
    missing = font.getmask("\U000f0000")  # a private-use code point: the font's empty box
    for char in "融资星河模型":
        assert bytes(font.getmask(char)) != bytes(missing), char


@needs_font
def test_a_different_title_draws_a_different_cover() -> None:
    first = Image.open(io.BytesIO(draw_cover(digest(), "AI 日报", [], fonts())))
    other = replace(digest(), title="深言发布 Aster-Code 2")
    second = Image.open(io.BytesIO(draw_cover(other, "AI 日报", [], fonts())))
    assert ImageChops.difference(first.convert("RGB"), second.convert("RGB")).getbbox()


@needs_font
def test_long_titles_wrap_chinese_by_character_and_english_by_word() -> None:
    draw = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    font = fonts().load(True, 40)
    chinese = _wrap(draw, "光年智能完成十二亿元B轮融资并宣布扩建苏州算力中心", font, 300)
    assert len(chinese) > 1 and all(draw.textlength(line, font=font) <= 300 for line in chinese)
    english = _wrap(draw, "Lumina raises 1.2 billion yuan to build compute", font, 300)
    words = "Lumina raises 1.2 billion yuan to build compute".split()
    assert [w for line in english for w in line.split()] == words


def test_the_date_line_speaks_the_digests_language() -> None:
    assert date_line(digest()) == "2026年5月14日 · 星期四"
    assert date_line(replace(digest(), language="en")) == "Thursday, May 14, 2026"


def test_without_a_cjk_font_the_error_says_what_to_install(tmp_path: Path) -> None:
    broken = Fonts(tmp_path / "none.ttc", tmp_path / "none.ttc")
    with pytest.raises(CoverError, match="Cannot read the cover font"):
        broken.load(True, 40)


def test_no_font_found_names_the_package_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("newsdesk.render._cover.FONT_DIRS", (tmp_path,))
    with pytest.raises(CoverError, match="apt-get install fonts-noto-cjk"):
        Fonts.find()


@needs_font
def test_a_word_longer_than_a_line_is_cut_to_fit() -> None:
    draw = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    font = fonts().load(True, 40)
    lines = _wrap(draw, "Supercalifragilistic-Mega-Transformer-XXL-Ultra-v2 launches", font, 300)
    assert all(draw.textlength(line, font=font) <= 300 for line in lines)


@needs_font
def test_a_clause_mark_is_preferred_to_splitting_a_name() -> None:
    draw = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    font = fonts().load(True, 60)
    lines = _wrap(draw, "92.1%的AIME成绩；Lumina Labs完成5亿美元C轮融资", font, 1056)
    assert lines[0].endswith("；") and lines[1].startswith("Lumina Labs")
