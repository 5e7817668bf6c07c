"""The day's title: a theme drawn from the day's strongest stories, as the seeds write it.

The seeds title a day with what it was about ("物理AI爆发，人形机器人量产元年开启"), not
with a headline.  The offline editor cannot judge a trend, so its theme says only what
the stories themselves show: the lead story's actor and action, in a whole clause of
its own headline ("Lumina Labs完成5亿美元C轮融资"), then what the other top stories
share, a name most of them carry ("Clawdbot成焦点") or the categories most of them
fall in ("大模型与资本动态密集").  Nothing else is said, so the title needs no checking
beyond its headline's words and names.  When nothing is shared the lead's clause
stands alone; it is never two headlines glued, never cut inside a clause, and always in
the digest's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from newsdesk.chinese import HAN_CHAR
from newsdesk.editor._chinese_names import chinese_names
from newsdesk.editor._latin_names import NOT_CLAIMS, STOPWORDS, latin_names
from newsdesk.model import DigestEntry

#: How long a day title may be, as the seeds write them: 8–30 characters in Chinese,
#: 4–14 words in English.
TITLE_CHARS = (8, 30)
TITLE_WORDS = (4, 14)
#: The top stories a theme is drawn from (the seeds' day bullets).
THEME_STORIES = 8
#: The stories, from the top, whose headline may open the title: the lead, or when its
#: headline is in another language than the digest's, the next strongest so told.
LEAD_STORIES = 3
#: A lead clause longer than this leaves no room for a theme in the seeds' length.
_LEAD_CHARS = {"zh": 22, "en": 12}

#: Where a headline's first clause ends: a colon, a comma, a semicolon, a dash (an ASCII
#: mark only before a space: 1,200 and 12:30 stay whole), or a space between two Chinese
#: phrases ("完成5亿美元C轮融资 投后估值65亿美元"; not the space of "完成 12 亿元").
_CLAUSE_END = re.compile(
    r"\s*[：，；！？]\s*|[:;,!?|]\s+|\s+[—–-]+\s+|(?<=[\u3400-\u9fff”」）])\s+(?=[\u3400-\u9fff“「（])"
)
#: Every clause boundary of a headline: those above, a sentence's end, and the bars that
#: set a column's name apart ("速递｜", "｜Vital Views").
_CLAUSES = re.compile(rf"{_CLAUSE_END.pattern}|\s*[。！？!?｜丨|]\s*")
_BARS = re.compile(r"[｜丨|]")
#: Where a headline's sentences end: a column's bar, a full stop, an exclamation.
_SENTENCES = re.compile(r"\s*[。！？!?｜丨|]\s*")
_COLON = re.compile(r"\s*[：:]\s*")
#: An action whose object follows a colon ("字节发布：DiscoX…"): alone it says nothing.
_LEAD_IN = re.compile(r"(?:发布|推出|宣布|公布|披露|官宣|\b(?:launches|unveils|announces))$")
#: What a headline's actor does in the news: a clause with one of these says what happened.
_ACTIONS_ZH = re.compile(
    "发布|推出|宣布|完成|获得|获|开源|上线|官宣|收购|并购|融资|上市|入职|加盟|接管|签署|量产|"
    "交付|涨价|降价|登顶|承认|公布|披露|开建|起诉|停产|裁员|出任|撤回|撤下|陷|曝光|发文|更新|"
    "推进|启动|落地|突破|超越|追平|刷新|首发|亮相|刷屏|实测|评测"
)
_ACTIONS_EN = re.compile(
    r"\b(?:launch|release|unveil|announce|open-source|raise|acquire|buy|sign|admit|ship|"
    r"debut|file|cut|hire|join|sue|ban|beat|top|withdraw|delay|break|post|report|win|"
    r"introduce|expand|start|unveil)(?:s|es|ed|d|ing)?\b",
    re.IGNORECASE,
)
#: A headline in the first or second person is a column's voice, not the news.
_PERSON = re.compile(r"我|你|咱|\b(?:I|I'm|I've|we|We|you|You|my|My|our|Our)\b")
#: A sign that a clause asks, teases or exclaims instead of stating (吗, 竟, 到底...).
_TEASER = re.compile(r"吗|竟|到底|凭什么|为什么|怎么|如何|真的|\?$|？$")
#: A clause that opens on a causative or a preposition has no subject: the name after it
#: is what is acted on or where ("让Qwen学会推理", "在Cursor的项目失败后", "How to make
#: Qwen reason"), so it says nobody did anything; one that opens on "this" ("这套框架…")
#: leans on the clause before it.  (The lookaheads keep words that only
#: begin so: 使用, 在线, 给力, 关于 stays whole.)
_NO_SUBJECT = re.compile(
    r"^(?:让|使(?!用)|令|把|被|给(?!力)|在(?!线)|从|随着|关于|对于|为了|如何|怎样|怎么)|"
    r"^(?:这|那)(?:套|个|款|家|位|些|种|次|项|条)|"
    r"^(?:how to|why|when|making|letting|teaching|with|without|after|before|inside|this|"
    r"these|it)\b",
    re.IGNORECASE,
)
#: Marks a title does not end with, and quotes or brackets left open by a clause cut.
_TRAILING = "。！!？?…~～、，,；;：: "
_PAIRS = {"“": "”", "「": "」", "『": "』", "《": "》", "（": "）", "(": ")", "【": "】", "[": "]"}


def title_fits(title: str, language: str) -> bool:
    """Whether a day title has the seeds' length in the digest's language."""
    if language == "zh":
        return TITLE_CHARS[0] <= len(title) <= TITLE_CHARS[1]
    return TITLE_WORDS[0] <= len(title.split()) <= TITLE_WORDS[1]


def in_language(text: str, language: str) -> bool:
    """A Chinese headline has Chinese characters; an English one has none."""
    return bool(HAN_CHAR.search(text)) == (language == "zh")


def first_clause(headline: str) -> str:
    """A headline's first whole clause ("深言Aster-3上线" of "深言Aster-3上线：激活参数…")."""
    return _CLAUSE_END.split(headline.strip(), maxsplit=1)[0].strip()


def day_title(
    entries: Sequence[DigestEntry],
    language: str,
    category_names: Mapping[str, str],
    stated: Callable[[DigestEntry], str] | None = None,
) -> str:
    """The day's theme from its strongest stories (in rank order), of the seeds' length.

    The lead's clause, then what the other top stories share: "Nimbus-R2陷“刷榜”争议，
    大模型与资本动态密集".  Without a shared name or category, or when the two do not fit,
    the lead's clause alone.  The title is the lead story's: when its headline
    names no actor or action (it teases, asks, speaks in the first person), the line
    ``stated`` gives of it (the day's list states its news from its summary) opens the
    title, not another story's headline; with neither, the lead headline whole or its
    first clause, as the seeds never go without a title, unless it speaks in the first
    person ("我们发布了…"): then the next top story's headline that reads as news.
    """
    top = list(entries[:THEME_STORIES])
    lead, lead_entry = _lead(top, language, stated)
    # a whole headline as the lead leaves no room for a theme: then its telling clause
    clause = (
        lead_clause(lead_entry.headline, language, whole=False, about=_reports(lead_entry))
        if lead_entry
        else ""
    )
    leads = [c for c in (lead, clause) if c and "，" not in c and ", " not in c]
    for opening in dict.fromkeys(leads):
        for theme in _themes(top, opening, language, category_names):
            joined = f"{opening}，{theme}" if language == "zh" else f"{opening}, {theme}"
            if title_fits(joined, language):
                return joined
    if lead and title_fits(lead, language):
        return lead
    entry = lead_entry or top[0]
    line = _clean(stated(entry)) if stated is not None else ""
    third_person = line and not speaks_personally(line)
    if third_person and line != _clean(entry.headline) and title_fits(line, language):
        return line
    if speaks_personally(entry.headline):
        news = _next_news(top, entry, language)
        if news:
            return news
    return _fallback(entry, language)


def _next_news(top: Sequence[DigestEntry], lead: DigestEntry, language: str) -> str:
    """The title a lead speaking in the first person gives way to when nothing states
    its news in the third ("我们发布了…", "We're launching…" is a company's own voice,
    not the day's news): the next top story's that reads as news ("" when none does)."""
    for entry in top[top.index(lead) + 1 : LEAD_STORIES + 1]:
        if not in_language(entry.headline, language) or speaks_personally(entry.headline):
            continue
        clause = lead_clause(entry.headline, language, about=_reports(entry))
        title = clause if clause and title_fits(clause, language) else _fallback(entry, language)
        if title_fits(title, language) and not speaks_personally(title):
            return title
    return ""


def _fallback(entry: DigestEntry, language: str) -> str:
    """The headline whole when it fits, else its first clause that does; one that
    opens with a subject before one that does not ("让Qwen学会推理，…")."""
    headline = _clean(entry.headline)
    whole = [] if _BARS.search(headline) else [headline]
    candidates = sorted((*whole, *_clauses(headline)), key=lambda t: bool(_NO_SUBJECT.search(t)))
    for title in candidates:
        if title_fits(title, language) and in_language(title, language):
            return title
    return headline


def _lead(
    top: Sequence[DigestEntry], language: str, stated: Callable[[DigestEntry], str] | None
) -> tuple[str, DigestEntry | None]:
    """The clause that opens the title, and the lead story it is of ("" and None if no
    top story is told in the digest's language): of its headline, else of the line
    ``stated`` gives of it, never of a story below it."""
    told = [e for e in top[:LEAD_STORIES] if in_language(e.headline, language)]
    if not told:
        return "", None
    entry = told[0]
    clause = lead_clause(entry.headline, language, about=_reports(entry))
    line = stated(entry) if stated is not None and not clause else ""
    if line and line != entry.headline:
        clause = lead_clause(line, language, about=_reports(entry))
    return clause, entry


def lead_clause(
    headline: str, language: str, *, whole: bool = True, about: Sequence[str] = ()
) -> str:
    """The whole clause of a headline that says who did what ("DeepMind同款写作Skill开源"
    of "ICML取号破3万！DeepMind同款写作Skill开源，零幻觉拯救截稿焦虑"), or "" when none
    does: a clause in the first person, one that asks or teases, and one that is a name
    alone do not.  The headline whole counts as one of its clauses when it is short (and
    ``whole``); without it, only a clause that names an action does.  Of two clauses that
    say it alike, the one naming what the story's reports (``about``) are about: the
    subject of "Gemini 3 Pro的位置，Kimi K2.5也想坐坐" is Kimi K2.5 when they all name it.
    A clause with no subject ("让Qwen学会推理") never opens the title."""
    cleaned = _clean(headline)
    limit = _LEAD_CHARS.get(language, _LEAD_CHARS["en"])
    short = whole and _length(cleaned, language) <= limit and not _BARS.search(cleaned)
    best, best_rank = "", (0, 0)
    for clause in [*([cleaned] if short else []), *_clauses(cleaned)]:
        if not in_language(clause, language) or _length(clause, language) > limit:
            continue
        if _NO_SUBJECT.search(clause):
            continue
        rank = (_score(clause, language), _carried(clause, about))
        if rank > best_rank:
            best, best_rank = clause, rank
    return best if best_rank[0] >= (2 if whole else 4) else ""


def _reports(entry: DigestEntry) -> tuple[str, ...]:
    """What a story's reports say: its summary and every report's title."""
    return (entry.summary, *(s.title for s in entry.sources))


#: The words of a name a report may carry alone ("Kimi", "K2.5" of "Kimi K2.5").
_NAME_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9.+-]*[A-Za-z0-9+]|[A-Za-z]|[\u3400-\u9fff]+")


def _carried(clause: str, about: Sequence[str]) -> int:
    """How many of the texts name the clause's most named name (by any of its words)."""
    texts = [t.casefold() for t in about]
    words = {w.casefold() for n in _names(clause) for w in _NAME_WORDS.findall(n) if len(w) > 1}
    return max((sum(_carries(t, w) for t in texts) for w in words), default=0)


def states_event(text: str, language: str) -> bool:
    """Whether a headline or a clause says who did what in one of its clauses (a name
    and an action: "美团以7.17亿美元收购叮咚买菜"), not only what it is about ("Vibe
    Coding 在代码生成与协作中的实践与思考", "在Cursor的浏览器项目失败后")."""
    cleaned = _clean(text)
    return any(_score(c, language) >= 4 for c in [cleaned, *_clauses(cleaned)])


def speaks_personally(text: str) -> bool:
    """Whether the text speaks as its writer or to its reader (我, 你, I, we, you): it
    tells someone's own story, not the day's news."""
    return _PERSON.search(text) is not None


def _score(clause: str, language: str) -> int:
    """How well a clause says who did what: a name and an action each count.  An action
    that opens the clause has no actor ("追平 Gemini 3 Pro"); a name with no words
    around it ("CodeBuddy Code 2.0", "国产Claude Code") says nothing happened."""
    if _PERSON.search(clause) or _TEASER.search(clause):
        return 0
    actions = _ACTIONS_ZH if language == "zh" else _ACTIONS_EN
    acted = next((m for m in actions.finditer(clause) if m.start() > 0), None)
    names = [n for n in _names(clause) if not actions.fullmatch(n)]
    rest = clause
    for name in names:
        rest = rest.replace(name, "")
    words = len(HAN_CHAR.findall(rest)) if language == "zh" else len(re.findall(r"\w{3,}", rest))
    if names and words < 3 and not acted:
        return 0
    return 2 * bool(names) + 2 * bool(acted) + (_length(clause, language) >= 5)


def _themes(
    top: Sequence[DigestEntry], lead: str, language: str, category_names: Mapping[str, str]
) -> list[str]:
    """What the top stories share, most telling first: the name most often carried (by
    two headlines or more, not the lead clause's own), then the categories that hold two
    of them or more."""
    themes = []
    name = _shared_name(top, lead)
    if name:
        themes.append(f"{name}成焦点" if language == "zh" else f"with {name} in focus")
    counts: dict[str, int] = {}
    for entry in top:
        if entry.category in category_names:
            counts[entry.category] = counts.get(entry.category, 0) + 1
    busy = sorted((k for k, n in counts.items() if n >= 2), key=lambda k: -counts[k])[:2]
    labels = [_short_label(category_names[k]) for k in busy]
    if labels and language == "zh":
        themes.append(f"{'与'.join(labels)}动态密集")
    elif labels:
        themes.append(f"amid news on {' and '.join(label.lower() for label in labels)}")
    return themes


def _shared_name(top: Sequence[DigestEntry], lead: str) -> str:
    """The name the most top headlines carry (two at least), the longest form of it
    ("Claude Code" over "Claude" when every one says "Claude Code"); a name of the lead
    clause is news it already gives."""
    headlines = [e.headline.casefold() for e in top]
    counts: dict[str, tuple[int, int, str]] = {}
    for rank, entry in enumerate(top):
        for name in _names(entry.headline):
            forms = {name, name.split()[0], *_longer(name, entry.headline)}
            for form in forms:
                key = form.casefold()
                if key in counts or not _meaningful(key) or key in lead.casefold():
                    continue
                carried = sum(_carries(h, key) for h in headlines)
                counts[key] = (carried, rank, form)
    ranked = sorted(counts.values(), key=lambda c: (-c[0], c[1], -len(c[2])))
    return ranked[0][2] if ranked and ranked[0][0] >= 2 else ""


def _longer(name: str, headline: str) -> list[str]:
    """A Latin name with the capitalised word after it ("Claude Code" of "Claude")."""
    found = re.search(rf"{re.escape(name)}\s+[A-Z][A-Za-z0-9.]*", headline)
    return [found.group()] if found and not HAN_CHAR.search(name) else []


def _carries(headline: str, key: str) -> bool:
    """Whether a (casefolded) headline names it, as a word of its own in Latin script."""
    if HAN_CHAR.search(key):
        return key in headline
    return re.search(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])", headline) is not None


def _meaningful(key: str) -> bool:
    """A name worth a theme: not a common word, a unit or a field term ("AI", "Agent")."""
    return len(key) > 1 and key not in STOPWORDS and key not in NOT_CLAIMS


def _names(text: str) -> list[str]:
    spans = latin_names(text) + chinese_names(text)
    return [text[a:b].strip() for a, b in spans if text[a:b].strip()]


def _short_label(name: str) -> str:
    """A category's name as a theme says it: its first part ("大模型" of "大模型与技术",
    "Funding" of "Funding & business")."""
    parts = re.split(r"与|、|和|及|\s*[&/,，]\s*|\s+and\s+", name.strip(), maxsplit=1)
    return parts[0].strip() or name


def _clauses(headline: str) -> list[str]:
    """A headline's whole clauses, each with its marks and open quotes trimmed.  What
    follows a speaker's name and a colon is their words, a clause only with the name
    ("谷歌DeepMind CEO：…"); what follows "…发布：" is what was released, so the words
    before the colon are no clause alone."""
    out: list[str] = []
    for part in _SENTENCES.split(headline):
        pieces = [c for piece in _CLAUSES.split(part) if (c := _clean(piece))]
        left, right = (*_COLON.split(part, maxsplit=1), "")[:2]
        left = _clean(left)
        if _COLON.search(part) and pieces and left == pieces[0]:
            said = _clean(_CLAUSES.split(right)[0])
            if _speaker(left):
                pieces = [f"{left}：{said}", *pieces[2:]]
            elif _LEAD_IN.search(left):
                pieces = pieces[1:]
        out.extend(pieces)
    return out


def _speaker(text: str) -> bool:
    """Whether a clause is a name (with a title, "CEO") and nothing else."""
    rest = text
    for name in _names(text):
        rest = rest.replace(name, "")
    return rest != text and not re.sub(r"\W|CEO|CTO|创始人|联创|总裁|教授|的", "", rest)


def _clean(text: str) -> str:
    """Text without trailing marks, and without a quote or bracket left open or closed
    alone at either end."""
    text = text.strip().strip(_TRAILING)
    for opening, closing in _PAIRS.items():
        if text.startswith(opening) and closing not in text:
            text = text[1:]
        if text.endswith(closing) and opening not in text:
            text = text[:-1]
    return text.strip().strip(_TRAILING)


def _length(text: str, language: str) -> int:
    return len(text) if language == "zh" else len(text.split())
