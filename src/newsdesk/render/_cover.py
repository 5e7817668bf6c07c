"""The day's cover: a PNG with the date, the day's title, its top keywords and the
digest's name, drawn with Pillow in a CJK font from a Debian package (fonts-noto-cjk).

The layout is a dark card: the digest's name and the date on top, the title large in
the middle (wrapped by character for Chinese, by word for English, at most three lines,
shrunk until it fits), keyword chips and the story count at the bottom.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from newsdesk.exceptions import NewsdeskError
from newsdesk.model import Digest

#: Where Debian's fonts-noto-cjk puts its fonts; face 2 of each collection is Simplified
#: Chinese (its Latin letters are Source Sans, which reads well in English too).
FONT_DIRS = (Path("/usr/share/fonts/opentype/noto"), Path("/usr/share/fonts/noto-cjk"))
_SC_FACE = 2
_WEEKDAYS_ZH = "一二三四五六日"
_CLAUSE_MARKS = "；，：、｜"
#: A last line this short ("融资") looks like an accident: a smaller size is tried.
_ORPHAN = 4
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-+%$’']*\s*|\S\s*|\s+")
#: Colours: a deep navy card, a cyan accent, soft white text.
_BACKGROUND_TOP = (12, 20, 38)
_BACKGROUND_BOTTOM = (24, 36, 72)
_ACCENT = (64, 200, 224)
_TEXT = (240, 244, 250)
_MUTED = (150, 164, 190)
_CHIP = (40, 56, 98)


class CoverError(NewsdeskError):
    """The cover could not be drawn (no CJK font); the digest is published without one."""


@dataclass(frozen=True, slots=True)
class Fonts:
    """The regular and bold CJK font files."""

    regular: Path
    bold: Path

    @classmethod
    def find(cls, regular: str | None = None, bold: str | None = None) -> Fonts:
        """The configured fonts, else Noto Sans CJK from fonts-noto-cjk."""
        if regular:
            return cls(Path(regular), Path(bold or regular))
        for folder in FONT_DIRS:
            found_regular = folder / "NotoSansCJK-Regular.ttc"
            found_bold = folder / "NotoSansCJK-Bold.ttc"
            if found_regular.exists():
                return cls(found_regular, found_bold if found_bold.exists() else found_regular)
        raise CoverError(
            "No CJK font for the cover: install Debian's fonts-noto-cjk "
            "(apt-get install fonts-noto-cjk) or set render.cover.font to a font file."
        )

    def load(self, bold: bool, size: int) -> ImageFont.FreeTypeFont:
        path = self.bold if bold else self.regular
        index = _SC_FACE if path.suffix == ".ttc" else 0
        try:
            return ImageFont.truetype(str(path), size, index=index)
        except OSError as err:
            raise CoverError(f"Cannot read the cover font {path}: {err}") from err


def _wrap(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int
) -> list[str]:
    """Lines of at most ``width`` pixels: Latin words stay whole, CJK breaks anywhere."""
    lines: list[str] = []
    line = ""
    for token in _split_long(draw, _TOKEN.findall(text), font, width):
        trial = line + token
        if line and draw.textlength(trial.rstrip(), font=font) > width:
            # Break after a clause mark in the line's second half rather than inside a
            # name: "…成绩；" then "Lumina Labs…", not "…；Lumina" then "Labs…".
            mark = max(line.rfind(m) for m in _CLAUSE_MARKS)
            if mark >= len(line) // 2:
                lines.append(line[: mark + 1].rstrip())
                line = line[mark + 1 :].lstrip() + token
            else:
                lines.append(line.rstrip())
                line = token.lstrip()
        else:
            line = trial
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _split_long(
    draw: ImageDraw.ImageDraw, tokens: list[str], font: ImageFont.FreeTypeFont, width: int
) -> list[str]:
    """Tokens wider than a line (a very long model name) cut into pieces that fit."""
    out: list[str] = []
    for token in tokens:
        while draw.textlength(token.rstrip(), font=font) > width and len(token) > 1:
            cut = len(token) - 1
            while cut > 1 and draw.textlength(token[:cut], font=font) > width:
                cut -= 1
            out.append(token[:cut])
            token = token[cut:]
        out.append(token)
    return out


def _shorten(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: float
) -> str:
    """The text, cut with "…" to fit ``width`` pixels."""
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text + "…"


def _fit_title(
    draw: ImageDraw.ImageDraw, title: str, fonts: Fonts, width: int, height: int
) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest title size whose wrapped lines fit in three lines and the box."""
    for size in range(76, 35, -4):
        font = fonts.load(True, size)
        lines = _wrap(draw, title, font, width)
        orphan = len(lines) > 1 and len(lines[-1]) < _ORPHAN
        if len(lines) <= 3 and len(lines) * size * 1.3 <= height and not orphan:
            return font, lines
    font = fonts.load(True, 36)
    lines = _wrap(draw, title, font, width)[:3]
    lines[-1] = lines[-1][:-1] + "…"
    return font, lines


def _background(width: int, height: int) -> Image.Image:
    image = Image.new("RGB", (width, height), _BACKGROUND_TOP)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        share = y / max(1, height - 1)
        colour = tuple(
            round(a + (b - a) * share)
            for a, b in zip(_BACKGROUND_TOP, _BACKGROUND_BOTTOM, strict=True)
        )
        draw.line([(0, y), (width, y)], fill=colour)
    return image


def date_line(digest: Digest) -> str:
    day = digest.day
    if digest.language == "zh":
        return f"{day.year}年{day.month}月{day.day}日 · 星期{_WEEKDAYS_ZH[day.weekday()]}"
    return day.strftime("%A, %B %-d, %Y")


def draw_cover(
    digest: Digest,
    digest_title: str,
    keywords: Sequence[str],
    fonts: Fonts,
    size: tuple[int, int] = (1200, 630),
) -> bytes:
    """The cover as PNG bytes."""
    width, height = size
    margin = round(width * 0.06)
    image = _background(width, height)
    draw = ImageDraw.Draw(image)
    scale = height / 630
    small = fonts.load(False, round(26 * scale))
    label = fonts.load(True, round(30 * scale))
    draw.rectangle([0, 0, round(10 * scale), height], fill=_ACCENT)
    top = round(margin * 0.9)
    when = date_line(digest)
    room = width - 2 * margin - draw.textlength(when, font=small) - margin
    draw.text((margin, top), _shorten(draw, digest_title, label, room), font=label, fill=_ACCENT)
    draw.text(
        (width - margin - draw.textlength(when, font=small), top + round(4 * scale)),
        when,
        font=small,
        fill=_MUTED,
    )
    box_top, box_bottom = round(150 * scale), round(height - 170 * scale)
    font, lines = _fit_title(draw, digest.title, fonts, width - 2 * margin, box_bottom - box_top)
    line_height = round(font.size * 1.3)
    y = box_top + (box_bottom - box_top - line_height * len(lines)) // 2
    for line in lines:
        draw.text((margin, y), line, font=font, fill=_TEXT)
        y += line_height
    chip_font = fonts.load(False, round(24 * scale))
    x, chip_y = margin, round(height - 130 * scale)
    pad, chip_h = round(16 * scale), round(44 * scale)
    for keyword in keywords:
        chip_w = round(draw.textlength(keyword, font=chip_font)) + 2 * pad
        if x + chip_w > width - margin:
            break
        draw.rounded_rectangle(
            [x, chip_y, x + chip_w, chip_y + chip_h], radius=chip_h // 2, fill=_CHIP
        )
        draw.text((x + pad, chip_y + chip_h // 2), keyword, font=chip_font, fill=_TEXT, anchor="lm")
        x += chip_w + round(12 * scale)
    stories = len(digest.entries) + len(digest.more)
    footer = (
        f"{stories} 条动态 · 每条均附来源"
        if digest.language == "zh"
        else (f"{stories} stories · every one with its sources")
    )
    draw.text((margin, round(height - 60 * scale)), footer, font=small, fill=_MUTED)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
