"""Traditional Chinese characters read as their simplified forms, and the Roman numeral
characters (Ⅱ, Ⅲ) as the figures they are.

A Hong Kong or Taiwan source (陳振聲, 國防部長, 百億) states what a simplified text says
(陈振声, 国防部长, 百亿), and a writer may retell a simplified source in traditional
characters: every table and pattern of the verifier is written in simplified
characters, so both sides are read in them.  The map is CC-CEDICT's (the dictionary the
verifier already reads): each character its entries write only in traditional text,
as the simplified form those entries give it most often.  A character any entry
writes in simplified text (乾, 著, 於) is left as it is, so a simplified text is never
changed; each character maps to one character, so positions stay the same.

A Chinese text writes a trial's phase or a type with a numeral character (Ⅱ 期, Ⅲ型)
where another writes II or 2: one to nine are read as their figure, one character too.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from newsdesk.editor._dictionary import cedict_text

#: A dictionary line: traditional, simplified, then the pinyin.
_LINE = re.compile(r"^(\S+) (\S+) \[", re.MULTILINE)

#: A character the table may change: of the CJK blocks, or a Roman numeral.
_CHANGED = re.compile(r"[\u2160-\u217f\u3400-\u9fff\U00020000-\U0002ffff]")


#: The Roman numeral characters one to nine, upper and lower case, as their figures.
_NUMERALS = {
    **{0x2160 + n: ord(str(n + 1)) for n in range(9)},
    **{0x2170 + n: ord(str(n + 1)) for n in range(9)},
}


@lru_cache(maxsize=1)
def _table() -> dict[int, int]:
    """Traditional-only character -> its most frequent simplified form."""
    forms: dict[str, Counter[str]] = {}
    written: set[str] = set()
    for traditional, simple in _LINE.findall(cedict_text()):
        written.update(simple)
        if len(traditional) != len(simple):
            continue
        for old, new in zip(traditional, simple, strict=True):
            if old != new:
                forms.setdefault(old, Counter())[new] += 1
    return {
        **{
            ord(old): ord(counts.most_common(1)[0][0])
            for old, counts in forms.items()
            if old not in written
        },
        **_NUMERALS,
    }


def simplified(text: str) -> str:
    """``text`` with its traditional-only characters simplified and its Roman numeral
    characters as figures; same length."""
    if not _CHANGED.search(text):
        return text
    return text.translate(_table())
