"""A person's role (CEO, 董事长, 首席科学家) and a year's quarter, as the verifier reads them.

A writer who calls a company's chief executive its chief scientist, or drops the 副 of a
vice-chairman, states something the sources contradict, though every name is right.  A
role is read with the name it is said of: the name right after it (``CEO 奥特曼``) or,
failing that, the name just before it in the same clause (``曾任英伟达全球副总裁``).  The
sources contradict a role only when they give that name a role and no sentence of theirs
names it beside a role of the same kind (印奇出任阶跃星辰董事长 supports 印奇出任董事长);
a role they give nobody is not checked, as the writer may know it, unless the text says
someone takes it (出任, "was appointed"): the appointment is then the news, and the
sources must name that role.  Academic titles (教授, 博士) are roles too.

A quarter (第三季度, 三季度, Q3, 第三财季) is a date, and the sources must name the same one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsdesk.chinese import ZH_DIGITS
from newsdesk.editor._numbers import EN_ORDINALS

#: The ministers of a field, each its own role: a minister, and no minister of another.
_FIELD_MINISTERS = ("外交部长", "财政部长", "国防部长", "教育部长", "商务部长")

#: Each role's forms in either script; a form of one group is the same role as another's.
#: Longer forms come first where one holds another (副董事长 holds 董事长).
ROLES: tuple[tuple[str, ...], ...] = (
    ("CEO", "首席执行官", "执行长", "chief executive officer", "chief executive"),
    ("CTO", "首席技术官", "chief technology officer", "chief technical officer"),
    ("CFO", "首席财务官", "chief financial officer"),
    ("COO", "首席运营官", "chief operating officer"),
    ("CPO", "首席产品官", "chief product officer"),
    ("首席科学家", "chief scientist"),
    ("副董事长", "vice chairman", "vice chair"),
    ("董事长", "chairman", "chairwoman"),
    # a bank's 行长 is its president, a 副行长 a vice president
    ("副总裁", "VP", "vice president", "SVP", "高级副总裁", "副行长"),
    ("总裁", "总统", "president", "行长"),
    # Taiwan's head of government, its 行政院长, is its premier
    ("总理", "行政院长", "prime minister", "premier"),
    ("联合创始人", "创始人", "co-founder", "cofounder", "founder"),
    ("总经理",),
    # a chair (主席) heads a board as a 董事长 does, or a federation as its president
    # does (国际足联主席): :data:`CHAIR_ALSO`
    ("主席", "董事会主席", "chairperson"),
    # the head of a group of companies (SK, Samsung, Toyota) or of an association: its
    # chairman, or in English an association's president (:func:`same_role`), never
    # its chief executive or a company's 总裁
    ("会长",),
    ("执行董事", "executive director"),
    ("总监", "director"),
    # the heads of a government's bureaus, ministries and cities, and their deputies: a
    # bureau's 局长 is its director in English (:data:`DIRECTOR_ALSO`)
    ("副局长", "副署长", "deputy director", "deputy administrator", "deputy commissioner"),
    ("局长", "署长", "administrator", "commissioner"),
    ("副部长", "vice minister", "deputy minister"),
    # a minister of a field is a minister, and no minister of another field (财政部长 for
    # the sources' 外交部长): :data:`MINISTERS`.  English fields are read with the name
    # they stand before (Finance Minister Wang Yi), by the translated words' check
    *((field,) for field in _FIELD_MINISTERS),
    ("部长", "长官", "minister"),
    ("副市长", "deputy mayor", "vice mayor"),
    ("市长", "mayor"),
    # a university's or an institute's heads
    ("副校长",),
    ("校长",),
    ("副院长",),
    ("院长",),
    # the head of a team or a business: said of someone, it contradicts a title a text
    # gives them (a team's 负责人 called the company's 首席执行官), but a text calling a
    # titled person its 负责人 says nothing wrong (:data:`VAGUE_ROLES`)
    # a party committee's secretary heads it beside the body's own head (院长, 董事长)
    ("党委副书记", "党组副书记", "副书记", "deputy party secretary"),
    ("总书记", "general secretary"),
    ("党委书记", "党组书记", "书记", "party secretary"),
    ("负责人",),
    # academic titles: a doctor (博士) is not a professor, nor a postdoc a doctor
    ("助理教授", "assistant professor"),
    ("副教授", "associate professor"),
    # a doctoral supervisor (博士生导师, 博导) is a professor, not a doctoral student
    ("教授", "professor", "prof.", "prof", "博士生导师", "博导", "doctoral supervisor"),
    ("博士后", "postdoc", "postdoctoral researcher"),
    ("博士", "博士生", "PhD", "Ph.D.", "PhD student", "doctoral student"),
)

_GROUP = {form.lower(): n for n, forms in enumerate(ROLES) for form in forms}
#: Roles that any head holds: a text's one is never checked.
VAGUE_ROLES = frozenset({_GROUP["负责人"]})
#: The roles a chair (主席) may be written as, and so the roles written as one.
CHAIR_ALSO = frozenset({_GROUP["董事长"], _GROUP["总裁"]})
#: A director (总监) and a bureau's head (局长): English names both "director".
DIRECTOR_ALSO = frozenset({_GROUP["总监"], _GROUP["局长"]})
#: The ministers of a field: each is a minister (部长) too.
MINISTERS = frozenset(_GROUP[f] for f in _FIELD_MINISTERS)


def same_role(group: int, given: set[int] | frozenset[int], written: str = "") -> bool:
    """Whether a role is one of the given roles: the same, a chair and a chairman or a
    president (a board's 主席 is its 董事长, a federation's its president), a bureau's
    head and a director, a minister and a minister of a field, or a 会长 and a chairman,
    a chair or (``written`` in English) a president; a 会长 written 总裁 is another role."""
    if group in given:
        return True
    minister = _GROUP["部长"]
    if (group == minister and given & MINISTERS) or (group in MINISTERS and minister in given):
        return True  # a minister, where the sources name a field or none
    head = _GROUP["会长"]
    chairs = {_GROUP["董事长"], _GROUP["主席"]}
    if head in given and (group in chairs or written.lower() == "president"):
        return True
    if group == head and given & (chairs | {_GROUP["总裁"]}):
        return True
    chair = _GROUP["主席"]
    if group in DIRECTOR_ALSO and given & DIRECTOR_ALSO:
        return True
    return (group == chair and bool(given & CHAIR_ALSO)) or (group in CHAIR_ALSO and chair in given)


_FORMS = sorted(_GROUP, key=len, reverse=True)
_ROLE = re.compile(
    "|".join(
        rf"(?<![A-Za-z]){re.escape(f)}(?![A-Za-z])" if f.isascii() else re.escape(f) for f in _FORMS
    ),
    re.IGNORECASE,
)
#: What may stand between a role and the name after it ("CEO 奥特曼", "创始人兼 CEO", "CEO
#: 为 Mikey Shulman"), and a foreign given name with the dot before the surname found
#: (首席执行官穆斯塔法·苏莱曼).
_AFTER_GAP = re.compile(r"\s*[兼暨为是]?\s*(?:[\u4e00-\u9fff]{1,5}[·•・])?")
#: What may stand between a name and a role after it, spaces aside: a few words, no stop,
#: or an English possessive with the time it held the role ("Corvid's former CTO",
#: "Google's then-CEO", "its ex-CTO").
_BEFORE_GAP = re.compile(
    r"[^，。；：！？,;:!?()（）「」“”\"]{0,4}"
    r"|(?:['’]s)?(?:former|then|new|current|interim|acting|ex)-?"
)
#: A role a person is said to take (出任, 接棒, 被任命为, 成为, 加入 Lumio 任, "was appointed",
#: "appointed Li Ming as", "will serve as", "joins Lumio as", "takes the helm as"): the
#: appointment is the news, not a title said in passing.  Up to a name may stand between,
#: or the appointee's name after an English verb, or the organisation's possessive
#: ("Lumio's CTO").
_APPOINTED = re.compile(
    r"(?:出任|担任|接任|接棒|接掌|升任|就任|履新|任命[^，。；：！？]{0,8}为|晋升为|当选|成为)[^，。；：！？,;:!?]{0,12}$"
    r"|(?<![出担接升就继兼现曾原历主责信委聘前时卸离留连胜])任\s*(?:[A-Za-z][\w.&-]*\s*)?$"
    r"|(?<![A-Za-z])(?:(?:appointed|named|promoted\s+to|became|becomes|become|elected"
    r"|(?:appointed|named|hired|promoted|elected|chosen|selected|tapped)\s+as"
    r"|(?:appoint|appoints|appointed|name|names|named|hire|hires|hired|promote|promotes"
    r"|promoted|elect|elects|elected|tap|taps|tapped|pick|picks|picked|choose|chooses|chose"
    r")(?:\s+(?-i:[A-Z])[\w'’.-]*){1,4}(?:\s+as|\s+to\s+(?:be|become|serve\s+as))?"
    r"|(?:serve|serves|served|serving|returns|returned)\s+as"
    r"|joins?\s+[^.,;:!?]{1,30}?\s+as|(?:takes?|took|taking)\s+(?:over|the\s+helm)\s+as"
    r"|steps?\s+in\s+as|stepped\s+in\s+as)\s+"
    r"(?:(?:the|its|their|a|an|new)\s+|(?-i:[A-Z])[\w-]*['’]s\s+)*)$",
    re.IGNORECASE,
)

#: Occupations, each with its forms in either script: who did something (一位产品经理用 AI
#: 写出了应用) is a claim as a role is, though said of nobody by name.  Forms a writer
#: trades for one another (程序员, 工程师, developer) are one group.
OCCUPATIONS: tuple[tuple[str, ...], ...] = (
    ("产品经理", "product manager"),
    ("设计师", "designer"),
    ("程序员", "工程师", "开发者", "开发人员", "programmer", "engineer", "developer", "coder"),
    ("医生", "doctor", "physician"),
    ("律师", "lawyer", "attorney"),
    ("教师", "老师", "teacher"),
    ("记者", "journalist", "reporter"),
    ("分析师", "analyst"),
)
_OCCUPATION_GROUP = {form.lower(): n for n, forms in enumerate(OCCUPATIONS) for form in forms}
#: Read in a text with its Latin letters lower-cased (:data:`_ASCII_LOWER`): one pattern of
#: plain words, which the regex engine searches far faster than a case-blind one.
_OCCUPATION = re.compile(
    "|".join(
        rf"{re.escape(f)}s?(?![a-z])" if f.isascii() else re.escape(f)
        for f in sorted(_OCCUPATION_GROUP, key=len, reverse=True)
    )
)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def occupations_in(text: str) -> list[tuple[int, int, int]]:
    """Each occupation a text names: (start, end, its group in :data:`OCCUPATIONS`)."""
    lowered = text.translate(_ASCII_LOWER)
    return [
        (m.start(), m.end(), group)
        for m in _OCCUPATION.finditer(lowered)
        if not (m.group().isascii() and m.start() and "a" <= lowered[m.start() - 1] <= "z")
        and (group := occupation_group(m.group())) is not None
    ]


def occupation_group(word: str) -> int | None:
    """Which occupation a word names (its group in :data:`OCCUPATIONS`), or None."""
    word = word.lower()
    return _OCCUPATION_GROUP.get(word, _OCCUPATION_GROUP.get(word.removesuffix("s")))


#: A quarter in Chinese (第三季度, 三季度, 第3季度, 第三财季) or Latin script (Q3).
#: A quarter of a year: 第三季度, Q3, "third quarter" or "third-quarter".
QUARTER = re.compile(
    r"(?<!前)第?([一二三四1-4])(?:季度|财季)|(?<![A-Za-z0-9])Q([1-4])(?![0-9])"
    r"|(?<![A-Za-z])(?i:(first|second|third|fourth)[\s-]quarter)(?![A-Za-z])"
)


def role_group(word: str) -> int | None:
    """Which role a word names (its group in :data:`ROLES`), or None."""
    return _GROUP.get(word.lower())


def bound_roles(
    text: str, names: Sequence[tuple[int, int]], *, both: bool = False
) -> list[tuple[int, int, int, str]]:
    """Each role of a text said of a name: (start, end, role group, the name lower-cased).
    A name read with the role inside it ("then-CTO Pichai") is the name after the role.
    The name after the role is the one it is said of; with ``both`` the organisation
    before it too (OpenAI CEO Sam Altman: OpenAI has a CEO), as the sources are read."""
    found = []
    for start, end, group in _roles_in(text):
        spans = sorted(_after_role(names, text, start, end))
        after = next((s for s in spans if s[0] >= end), None)
        before = next((s for s in reversed(spans) if s[1] <= start), None)
        if after is not None and not _AFTER_GAP.fullmatch(text[end : after[0]]):
            after = None
        if before is not None and not _BEFORE_GAP.fullmatch(
            text[before[1] : start].replace(" ", "")
        ):
            before = None
        for name in [after, before] if both else [after or before]:
            if name is not None:
                said_of = text[name[0] : name[1]].lower()
                found.append((start, end, group, re.sub(r"['’]s$", "", said_of)))
    return found


@lru_cache(maxsize=8192)
def _roles_in(text: str) -> tuple[tuple[int, int, int], ...]:
    """Each role word of a text: (start, end, role group).  Remembered: the day's evidence
    reads every story's sentences again, and the role search was most of binding them."""
    return tuple((*m.span(), _GROUP[m.group().lower()]) for m in _ROLE.finditer(text))


def _after_role(
    names: Sequence[tuple[int, int]], text: str, start: int, end: int
) -> list[tuple[int, int]]:
    """The names, one that holds the role and more words after it ("then-CTO Pichai") cut
    to those words."""
    out = []
    for a, b in names:
        if a <= start and end < b and text[end] == " ":
            out.append((end + 1, b))
        else:
            out.append((a, b))
    return out


def appointed(text: str, start: int) -> bool:
    """Whether the role starting at ``start`` is one the text says someone takes; not one
    a possessive makes an owner ("will serve as a CEO's assistant")."""
    return appointment_start(text, start) is not None


def appointment_start(text: str, start: int) -> int | None:
    """Where the words that say the role at ``start`` is taken begin (the 接棒 of 李明接棒
    Lumio CEO), or None where it is no role taken (:func:`appointed`)."""
    role = _ROLE.match(text, start)
    if role is not None and re.match(r"['’]s\b", text[role.end() :]):
        return None
    window = max(0, start - 60)
    found = _APPOINTED.search(text[window:start])
    return None if found is None else window + found.start()


def appointed_roles(text: str) -> list[tuple[int, int]]:
    """Where a text's roles that someone is said to take stand, said of a name or not
    ("Li Ming was appointed CTO of Lumio")."""
    return [m.span() for m in _ROLE.finditer(text) if appointed(text, m.start())]


#: What says a role was left, right before it (王芳卸任 Lumio 首席技术官, Corvid 前 CEO,
#: "Corvid's former CEO", "stepped down as CEO"): no role anyone may be said to take.
_LEFT = re.compile(
    r"(?:卸任|离任|辞任|辞去|卸下|离开)[^，。；：！？,;:!?]{0,12}$|前\s*$"
    r"|(?<![A-Za-z])(?:former|ex-|(?:stepped|steps|step)\s+down\s+as|resign(?:s|ed)?\s+as"
    r"|retire(?:s|d)?\s+as|left\s+[^.,;:!?]{0,30}?\s+as)\s*(?:(?:the|its|their)\s+)?$",
    re.IGNORECASE,
)


def roles_in(text: str) -> list[tuple[int, int, int]]:
    """Each role a text names: (start, end, its group in :data:`ROLES`)."""
    return [(m.start(), m.end(), _GROUP[m.group().lower()]) for m in _ROLE.finditer(text)]


def left(text: str, start: int) -> bool:
    """Whether the role starting at ``start`` is one the text says was left."""
    return _LEFT.search(text[max(0, start - 40) : start]) is not None


def role_groups_in(text: str) -> set[int]:
    """The roles a text names, said of anyone."""
    return {_GROUP[m.group().lower()] for m in _ROLE.finditer(text)}


def quarters_in(text: str) -> list[tuple[int, int, int]]:
    """Each quarter a text names: (start, end, its number)."""
    return [
        (m.start(), m.end(), EN_ORDINALS.get(q.lower()) or ZH_DIGITS.get(q) or int(q))
        for m in QUARTER.finditer(text)
        for q in [m.group(1) or m.group(2) or m.group(3)]
    ]
