"""A figure in one unit that the sources give in another of its kind: 1.8 米 for their
180 厘米, 1.2 GW for 1200 兆瓦, 2 TB for 2048 GB, 180 分钟 for 3 小时.

A writer converts units as readily as it rounds: the figure is the sources' when their
figure, converted to the writer's unit and rounded to the writer's precision, is the
writer's.  Only units of one kind convert (metres never become watts), by the factors
every reader knows; a size may count 1,000 or 1,024 to the next unit, as memory does.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from newsdesk.editor._numbers import fold

#: Each unit's kind and its size in the kind's base unit, by every way it is written.
_UNITS: dict[str, tuple[str, float]] = {
    written: (kind, factor)
    for kind, rows in {
        "length": (
            ("纳米 nm nanometres nanometers", 1e-9),
            ("毫米 mm millimetres millimeters", 1e-3),
            ("厘米 cm centimetres centimeters", 1e-2),
            ("米 m metres meters", 1.0),
            ("公里 千米 km kilometres kilometers", 1e3),
        ),
        "mass": (
            ("克 g grams", 1e-3),
            ("公斤 千克 kg kilograms kilos", 1.0),
            ("吨 t tonnes tons", 1e3),
        ),
        "power": (
            ("瓦 w watts", 1.0),
            ("千瓦 kw kilowatts", 1e3),
            ("兆瓦 mw megawatts", 1e6),
            ("吉瓦 千兆瓦 gw gigawatts", 1e9),
        ),
        "energy": (
            ("瓦时 wh", 1.0),
            ("千瓦时 kwh", 1e3),
            ("兆瓦时 mwh", 1e6),
            ("吉瓦时 gwh", 1e9),
        ),
        "size": (
            ("kb", 1e3),
            ("mb", 1e6),
            ("gb", 1e9),
            ("tb", 1e12),
            ("pb", 1e15),
        ),
        "time": (
            ("秒 秒钟 s sec secs seconds", 1.0),
            ("分钟 min mins minutes", 60.0),
            ("小时 个小时 h hr hrs hours", 3600.0),
            ("天 days", 86400.0),
        ),
        "frequency": (
            ("赫兹 hz", 1.0),
            ("千赫 khz", 1e3),
            ("兆赫 mhz", 1e6),
            ("吉赫 ghz", 1e9),
        ),
    }.items()
    for words, factor in rows
    for written in words.split()
}
_LATIN_UNIT = "|".join(sorted((u for u in _UNITS if u.isascii()), key=len, reverse=True))
_HAN_UNIT = "|".join(sorted((u for u in _UNITS if not u.isascii()), key=len, reverse=True))
#: A figure and the unit right after it (180 厘米, 1.8m, 1,200 megawatts); 米 not of 平方米.
_MEASURE = re.compile(
    rf"(?<![\d.,])(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?"
    rf"(?:(?i:({_LATIN_UNIT}))(?![A-Za-z])|({_HAN_UNIT}))"
)
#: A unit right at the start of what follows a figure.
_UNIT_NEXT = re.compile(rf"\s?(?:(?i:({_LATIN_UNIT}))(?![A-Za-z])|({_HAN_UNIT}))")


def unit_figures(text: str) -> frozenset[tuple[str, float]]:
    """Each figure with a unit the text gives, as its kind and its value in the base unit."""
    found = set()
    for match in _MEASURE.finditer(fold(text)):
        kind, factor = _UNITS[(match.group(2) or match.group(3)).lower()]
        found.add((kind, float(match.group(1).replace(",", "")) * factor))
    return frozenset(found)


def converted(claim: str, after: str, measures: frozenset[tuple[str, float]]) -> bool:
    """Whether a figure (``claim``, the words right after it ``after``) is one of the
    sources' ``measures`` in another unit of its kind, rounded to the figure's precision."""
    unit = _UNIT_NEXT.match(fold(after))
    if unit is None or not re.fullmatch(r"\d+(?:\.\d+)?", claim):
        return False
    kind, factor = _UNITS[(unit.group(1) or unit.group(2)).lower()]
    said = Decimal(claim)
    exponent = said.as_tuple().exponent
    if not isinstance(exponent, int):
        return False
    step = Decimal(1).scaleb(exponent)
    steps = (1.0, 1.024, 1 / 1.024) if kind == "size" else (1.0,)
    return any(
        other_kind == kind
        and (Decimal(repr(value * binary / factor)) / step).quantize(
            Decimal(1), rounding=ROUND_HALF_UP
        )
        * step
        == said
        for other_kind, value in measures
        for binary in steps
    )
