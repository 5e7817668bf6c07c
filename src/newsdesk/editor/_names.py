"""Proper names in generated text: Latin-script names and Chinese organisations and persons.

Latin names are found by their shape: inner capitals (OpenAI), all capitals (NVIDIA),
digits (Qwen3, GPT-5.2), or a capital letter where English would not put one.  A capital
that only opens a sentence, or that every word of a title-case headline has, says nothing,
so such a word counts only when a name-like word follows it ("Zentrix Labs"), when it is
possessive, or when a reporting verb follows ("Zentrix said").

In Chinese prose every Latin-script word is a claim, whatever its case: a Chinese
writer spells names, products, models and terms in Latin script and little else, so
"引用了 trillions 库" or "平台More" must be found in the sources.  Only the words of
:data:`NOT_CLAIMS` (units, "AI", "API", English function words) are not checked.

Chinese names are found with jieba's part-of-speech tags (nr persons, nt organisations),
kept only where the tag is trustworthy (jieba also tags 智慧 and 卫星 as persons: a person
needs a surname), and with the places names take: before an organisation suffix
(拓竹科技), next to a title (创始人印奇), before a news verb (灵波发布) or a product name
(灵波ERNIE), in a list with another name (印奇、Meta).  A person is also a surname and one
or two characters where a person stands, whatever jieba made of them (但李俊认为,
校友乔婷淼斩获: :func:`_placed_persons`).  Words jieba's dictionary lacks
count there, since its HMM makes them up mostly from names.  The product's alias table
(:mod:`newsdesk.aliases`) names what jieba cannot tag (英伟达, 月之暗面) and lets "Google"
be supported by a Chinese source that says 谷歌.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import jieba

from newsdesk._tables import load_table
from newsdesk.aliases import chinese_aliases, entities, latin_aliases
from newsdesk.chinese import FIELD_WORDS, ORG_SUFFIXES
from newsdesk.editor._attach import MEASURES
from newsdesk.editor._sentences import HAN
from newsdesk.editor._transliteration import SYLLABLES

jieba.setLogLevel(logging.WARNING)

Span = tuple[int, int]

#: Words that look like names by their capital but name nothing in particular.
STOPWORDS = frozenset(
    """a about after again against all also an and any are as at be because been before being
    both but by can could did do does during each few for from further had has have he her
    here his how i if in into is it its just me more most my no nor not now of off on once only
    or other our out over own same she so some such than that the their them then there these
    they this those through to too under until up very was we were what when where which while
    who whom why will with would you your yours yes ok hi per via vs etc new next last first
    key top big best latest why how what today yesterday tomorrow meanwhile however according
    additionally moreover furthermore overall notably still yet even instead recently currently
    previously finally also here there read more see note update breaking exclusive report
    reports summary background source sources analysis opinion context impact insight insights
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec ai ais agi asi aigc llm llms vlm vlms mllm ml nlp cv rl rlhf sft
    dpo cot rag moe api apis sdk sdks cli ui ux gpu gpus cpu cpus tpu tpus npu asic hbm ceo cto
    cfo coo cso cmo vp svp evp phd ipo kpi roi faq q&a r&d pdf html json http https url urls ios
    saas dau daus mau maus
    b2b b2c app apps agent agents agentic token tokens prompt prompts coding code benchmark
    benchmarks demo demos bug bugs infra sota scaling law laws chatbot chatbots plugin plugins
    open source model models transformer transformers attention inference training pipeline
    workflow workflows copilot pc ide dag pm vibe visual hybrid memory layer markdown multi
    engineering context scale ex pre non anti post mid sub prof dr mr ms mrs former try meet
    researchers analysts experts users developers engineers
    scientists officials investors critics companies company people executives regulators
    lawmakers authorities employees customers startup startups founder founders team teams
    china chinese us usa american america europe european eu uk british english japan japanese korea
    korean india indian germany german france french asia asian western
    spanish portuguese italian russian arabic hindi thai vietnamese indonesian malay turkish
    persian hebrew dutch cantonese mandarin swahili yoruba hausa zulu xhosa amharic igbo
    bengali tamil telugu urdu punjabi marathi polish ukrainian swedish greek tagalog""".split()
)
#: Languages by their English name, with the Chinese names of the language (French: 法语,
#: 法文): what supports a text's language where its sources name languages.  A country
#: (法国, 中国) is not its language: a French company's model may speak English only.
LANGUAGES: dict[str, tuple[str, ...]] = {
    "english": ("英语", "英文", "中英文", "中英双语"),
    "french": ("法语", "法文"),
    "german": ("德语", "德文"),
    "spanish": ("西班牙语", "西班牙文"),
    "portuguese": ("葡萄牙语", "葡萄牙文"),
    "italian": ("意大利语", "意大利文"),
    "russian": ("俄语", "俄文"),
    "arabic": ("阿拉伯语", "阿拉伯文"),
    "japanese": ("日语", "日文"),
    "korean": ("韩语", "韩文", "朝鲜语"),
    "chinese": ("中文", "汉语", "华语", "普通话", "中英文", "中英双语"),
    "mandarin": ("普通话", "汉语", "中文", "国语"),
    "cantonese": ("粤语", "广东话"),
    "vietnamese": ("越南语", "越南文"),
    "thai": ("泰语", "泰文"),
    "hindi": ("印地语",),
    "indonesian": ("印尼语", "印度尼西亚语"),
    "malay": ("马来语",),
    "turkish": ("土耳其语",),
    "persian": ("波斯语",),
    "hebrew": ("希伯来语",),
    "dutch": ("荷兰语",),
    "swahili": ("斯瓦希里语",),
    "yoruba": ("约鲁巴语",),
    "hausa": ("豪萨语",),
    "zulu": ("祖鲁语",),
    "xhosa": ("科萨语",),
    "amharic": ("阿姆哈拉语",),
    "igbo": ("伊博语",),
    "bengali": ("孟加拉语",),
    "tamil": ("泰米尔语",),
    "telugu": ("泰卢固语",),
    "urdu": ("乌尔都语",),
    "punjabi": ("旁遮普语",),
    "marathi": ("马拉地语",),
    "polish": ("波兰语",),
    "ukrainian": ("乌克兰语",),
    "swedish": ("瑞典语",),
    "greek": ("希腊语",),
    "tagalog": ("他加禄语", "菲律宾语"),
}
#: The Chinese names of languages.
_LANGUAGE_NAMES = re.compile("|".join({h for forms in LANGUAGES.values() for h in forms}))
#: A language named as one, not as a nationality: after a word that takes a language
#: ("into French", "supports Arabic", "English and French") and before no word it
#: describes (a French startup, Chinese AI labs), or before "language" itself.
_AS_LANGUAGE = re.compile(
    r"(?:\b(?:in|into|to|from|and|or|than|both|supports?|speaks?|speaking|translates?|translated"
    r"|translating)\s+)("
    + "|".join(w.title() for w in LANGUAGES)
    + r")\b(?!\s+(?!(?:and|or|but|with|as|to|for|by|at|on)\b)[A-Za-z])"
    r"|\b("
    + "|".join(w.title() for w in LANGUAGES)
    + r")(?=\s+(?:language|languages|text|speech|speakers)\b)"
)


def languages_named(sentence: str) -> list[Span]:
    """Where an English sentence names a language as a language (:data:`_AS_LANGUAGE`)."""
    if _HAN_CHAR.search(sentence):
        return []
    return [m.span(1) if m.group(1) else m.span(2) for m in _AS_LANGUAGE.finditer(sentence)]


def names_languages(text: str) -> frozenset[str]:
    """The languages a text names as languages (法语, "into English"), by English name:
    not its nationalities (a French startup) nor its countries (法国)."""
    chinese = {m.group() for m in _LANGUAGE_NAMES.finditer(text)}
    english = {
        s[a:b].lower() for s in re.split(r"(?<=[.!?])\s+", text) for a, b in languages_named(s)
    }
    return frozenset(
        language for language, forms in LANGUAGES.items() if chinese.intersection(forms)
    ) | frozenset(english)


#: The English words of what a figure measures (Parameters, Accuracy): ordinary words.
_MEASURE_WORDS = frozenset(w.lower() for ws in MEASURES.values() for w in ws if w.isascii())
#: Units of measure, after a figure in any text (20 MW, 0.1 dB/km): no names.
UNITS = frozenset(
    """kb mb gb tb pb kbps mbps gbps ms ns fps hz khz mhz ghz kw mw gw kwh mwh gwh wh mah nm
    mm cm km kg ml px dpi ppi db bit bits byte bytes flops tflops pflops eflops tops teu""".split()
)
#: The units of :data:`UNITS` that measure one kind of thing, by kind: a figure's unit is
#: compared with the sources' units of its kind (20 GW is not their 20 MW).
UNIT_KINDS: dict[str, str] = {
    unit: kind
    for kind, units in (
        ("size", "kb mb gb tb pb byte bytes"),
        ("bit rate", "kbps mbps gbps"),
        ("time", "ms ns"),
        ("frequency", "hz khz mhz ghz"),
        ("power", "kw mw gw"),
        ("energy", "wh kwh mwh gwh"),
        ("charge", "mah"),
        ("length", "nm mm cm km"),
        ("mass", "kg"),
        ("volume", "ml"),
        ("compute", "flops tflops pflops eflops"),
        ("operations", "tops"),
        ("containers", "teu"),
    )
    for unit in units.split()
}
#: Units written in Chinese after a figure (20 兆瓦), as the Latin unit they are; a size
#: written with its first letter alone (80G, 2T) is that size.
CHINESE_UNITS = {
    "千瓦时": "kwh",
    "兆瓦时": "mwh",
    "吉瓦时": "gwh",
    "千兆瓦": "gw",
    "千瓦": "kw",
    "兆瓦": "mw",
    "吉瓦": "gw",
    "毫安时": "mah",
    "纳米": "nm",
    "毫米": "mm",
    "厘米": "cm",
    "公里": "km",
    "千米": "km",
    "毫秒": "ms",
    "纳秒": "ns",
    "千克": "kg",
    "公斤": "kg",
    "毫升": "ml",
    "千赫": "khz",
    "兆赫": "mhz",
    "吉赫": "ghz",
    "赫兹": "hz",
    "标准箱": "teu",
    "g": "gb",
    "t": "tb",
}
#: A unit right after a figure, Latin or Chinese (20 MW, 20 兆瓦, 80G); not a rate's (Gb/s).
_UNIT_AFTER_FIGURE = re.compile(
    r"(?<![A-Za-z])\d\s?([A-Za-z]+(?![A-Za-z/])|"
    + "|".join(u for u in CHINESE_UNITS if not u.isascii())
    + ")"
)


def figure_units(text: str) -> list[tuple[int, int, str]]:
    """Each unit of a kind (:data:`UNIT_KINDS`) written after a figure: its span and the
    Latin unit it is (兆瓦 is mw; the G of 80G is gb only right after the figure)."""
    found = []
    for m in _UNIT_AFTER_FIGURE.finditer(text):
        written = m.group(1)
        unit = written.lower()
        if written in "gGtT" and text[m.start(1) - 1].isspace():
            continue
        unit = CHINESE_UNITS.get(unit, unit)
        if unit in UNIT_KINDS:
            found.append((m.start(1), m.end(1), unit))
    return found


#: Latin words in Chinese prose that claim nothing a source must state: units, English
#: function words, job titles and management's words (KPI), and the field's everyday
#: words (AI, API, Agent, Token, Prompt, Benchmark, SOTA, the Prefill and Decode stages
#: of inference, zero-shot), which a Chinese writer keeps in English for any story.  A name
#: of a company, product, model, paper or dataset is never here, nor is a term that says
#: how something is built or sold (MoE, RAG, CoT, SFT, HBM, SaaS, IPO): those are checked
#: like names, and ``terms.yaml`` lets a source that writes them in Chinese (混合专家)
#: state them.
NOT_CLAIMS = UNITS | frozenset(
    """a an the of and or to in on for with by at as is vs via etc
    ceo cto cfo coo cso vp phd kpi okr roi ip dau daus mau maus
    ai ais agi asi aigc llm llms api apis sdk sdks cli gui ui ux gpu gpus cpu cpus pc ide
    faq q&a r&d pdf html json url os app apps web agent agents agentic
    token tokens prompt prompts coding code benchmark benchmarks demo demos bug bugs infra
    sota scaling law laws chatbot chatbots plugin plugins open source model models
    transformer transformers attention inference training pipeline workflow workflows
    dag markdown vibe multi multimodal embedding embeddings context memory skill skills
    prefill pre-fill decode decoding zero-shot few-shot one-shot""".split()
)
#: Parts of organisation names that every kind of organisation has; not checked alone.
GENERIC = frozenset(
    """inc corp corporation co ltd llc plc gmbh labs lab ai group technologies technology tech
    holdings systems research team university institute foundation capital ventures studio
    studios robotics intelligence cloud network networks""".split()
)
_REPORTING = frozenset(
    """said says announced announces launched launches released releases unveiled unveils
    introduced introduces raised raises reported plans acquired acquires debuted ships shipped
    published confirmed revealed rolled expects filed partnered signed closed hired won wins
    leads led built builds open-sourced is was has will also""".split()
)
#: Ordinary words a title-case headline or a sentence's first word capitalises.  Any other
#: capitalised word there is checked as a name: an invented "Brightwave" must not pass
#: because it stands first or in a headline.  A word missing here costs little: it is
#: still supported whenever the sources use it, in any case.
HEADLINE_WORDS = frozenset(
    """raise raising round rounds series seed funding fund funds million billion trillion
    thousand percent lead leading leads led launch launching launched unveil unveiled unveils
    release released releases introduce introduces introduced ship ships shipping debut debuts
    open opens opening close closes closed sign signs signed win wins won beat beats tops top
    cut cuts cutting add adds added bring brings brought get gets got make makes made take
    takes took give gives gave show shows showed see sees saw say says said tell tells told
    ask asks asked plan plans planned build builds built buy buys bought sell sells sold
    hire hires hired join joins joined back backs backed boost boosts grow grows growth drop
    drops fall falls fell rise rises rose jump jumps surge surges soar soars slump hit hits
    face faces warn warns warning ban bans sue sues suing probe probes deal deals pact merger
    acquire acquires acquisition partner partners partnership expand expands expansion push
    pushes bet bets eye eyes target targets aim aims seek seeks move moves turn turns reach
    reaches set sets hold holds keep keeps start starts starting end ends finish return
    returns report reports reported study studies paper papers survey finds found find issue
    issues episode episodes part parts chapter chapters
    claim claims test tests testing trial trials review reviews look looks first look inside
    behind beyond against amid across after before over under about around between into onto
    upon within without why how what when where who which this that these those here there
    now then just still again more most less least many much few several every each all both
    any some no not only also even big bigger biggest small smaller large larger largest
    major minor full half early late latest old older young high higher low lower long short
    fast faster slow cheap cheaper free best better good great bad worse worst real true
    false big next last final own other another such same different new news day days week
    weeks month months year years time times hour hours today tonight tomorrow yesterday
    price prices cost costs market markets chip chips data center centers centre centres
    cloud device devices phone phones robot robots car cars app apps tool tools platform
    platforms product products service services feature features update updates version
    versions system systems network rule rules law laws bill bills policy policies safety
    security privacy risk risks case cases court courts state states government governments
    city cities country countries world global public private national local official
    record records stock stocks share shares shareholders revenue revenues profit profits
    sales loss losses value valuation valued worth investment investments investor backing
    ipo listing debut trading strong weak record-breaking breakthrough milestone wave era
    future race war fight battle land lands landed huge massive giant tiny bold quiet quietly
    could would should may might must can will wants want need needs now says
    watch expect expects look consider note keep remember imagine think thinks believe
    believes suggest suggests signal signals mean means matter matters matter worth
    another such if as for with while despite unlike together beyond since although though
    whether unless once because given without within among along perhaps maybe probably
    likely clearly certainly indeed already soon later early earlier often rarely never
    always usually both either neither whatever whoever competitors rivals customers
    enterprises businesses buyers sellers readers viewers students teachers doctors patients
    workers humans everyone everybody nobody anyone someone something nothing everything
    one two three four five six seven eight nine ten dozens hundreds thousands millions
    expectation expectations question questions answer answers problem problems challenge
    challenges opportunity opportunities lesson lessons takeaway takeaways bottom line
    first second third finally ultimately overall generally broadly simply put""".split()
)
#: A Latin word; an elided article or an O' before a capital is the name's (L'Oreal,
#: O'Brien), as Chinese writes it whole (欧莱雅).
_LATIN = re.compile(
    r"(?<![A-Za-z0-9])(?:[LDO]['’](?=[A-Z]))?[A-Za-z][A-Za-z0-9]*(?:[-_.&][A-Za-z0-9]+)*(?:['’]s\b)?"
)
#: A version after a name ("Gemini 2.5", "Genie 3"): a decimal or a number below 100, not
#: a count, an amount, a year or a score ("Nvidia 2025", "Upwind 250 employees", "beat
#: Lumio 2-1").
_VERSION_AFTER = re.compile(
    r" ?(?:\d+\.\d+(?:\.\d+)*|\d{1,2})(?![\d.]*\d)(?!,\d{3})(?![-–:]\d)"
    r"(?!\s?(?:[%万亿千百个家位名款项年月日天倍次]|[KMBTk](?![A-Za-z0-9])|(?:billion|million|trillion|thousand"
    r"|percent|per cent|bn|mn|x|times|days?|weeks?|months?|years?|hours?|minutes?|people|users"
    r"|companies|models|employees|GPUs?)\b"
    # a figure's unit (NPU 80 TOPS, 5 GHz): a measure, not a version
    rf"|\s?(?i:{'|'.join(sorted(UNIT_KINDS, key=len, reverse=True))})(?![A-Za-z])))"
)
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")
_OPENING = re.compile(rf"^[^A-Za-z0-9{HAN}]*$")
_HAN_CHAR = re.compile(f"[{HAN}]")


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    #: Without a possessive 's.
    base: str
    lower: str
    possessive: bool
    #: Has digits, inner capitals or is all capitals: a name wherever it stands.
    strong: bool
    capitalised: bool


def _token(match: re.Match[str]) -> _Token:
    word = match.group()
    possessive = word.endswith(("'s", "’s"))
    base = word[:-2] if possessive else word
    lower = base.lower()
    letters = re.match(r"[A-Za-z]+", base)
    prefix = letters.group() if letters else ""
    digits = any(c.isdigit() for c in base)
    inner = any(c.isupper() for c in base[1:])
    strong = (digits and (base != lower or len(prefix) <= 2)) or (inner and len(base) > 1)
    return _Token(match.start(), match.end(), base, lower, possessive, strong, base[0].isupper())


#: A drug's international non-proprietary name, written in lower case in English
#: prose: four letters or more, then one of the stems the WHO gives a class of drugs
#: (zanubrutinib, pembrolizumab, semaglutide, venetoclax, empagliflozin).
_DRUG_NAME = re.compile(
    r"[a-z]{4,}(?:tinib|ciclib|parib|lisib|zomib|rafenib|mab|clax|glutide|patide|dutide"
    r"|trutide|glipron|gliflozin|gliptin|sartan|vastatin|prazole|previr|buvir|tegravir)"
)


def _title_case(sentence: str) -> bool:
    """A headline in title case: most longer words after the first are capitalised."""
    words = re.findall(r"[A-Za-z]{4,}", sentence)[1:]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _opens(sentence: str, at: int) -> bool:
    """Nothing but punctuation before, or a colon ("Why it matters: The ...")."""
    before = sentence[:at]
    return bool(_OPENING.match(before)) or before.rstrip().endswith(":")


def _is_name(
    token: _Token, after: _Token | None, joined: bool, sentence: str, zh: bool, title_case: bool
) -> bool:
    """Whether a Latin word is (part of) a name where it stands in its sentence."""
    if len(token.base) < 2 or _DOTTED.fullmatch(token.base):
        return False
    if zh:
        return token.lower not in NOT_CLAIMS and not _counts_a_number(token, sentence)
    if token.lower in STOPWORDS or _unit_of_figure(token, sentence):
        return False
    if token.strong or _DRUG_NAME.fullmatch(token.lower):
        return True
    if not token.capitalised:
        return False
    if joined or token.lower in GENERIC:  # "Zentrix Labs"; but not "OpenAI Launches New"
        return joined and not (title_case and token.lower not in GENERIC)
    ordinary = token.lower in HEADLINE_WORDS or token.lower.rstrip("s") in HEADLINE_WORDS
    if title_case:
        return not ordinary and not (_headline_case(sentence) and _everyday_in_title(token))
    if _opens(sentence, token.start):
        if token.lower in _OBJECT_GERUNDS and not token.possessive:
            return False
        # a measure opens a sentence as any word does ("Parameters fell", "Accuracy rose"),
        # and so does a phrasal verb's noun or adjective (Hands-on, Follow-up, Built-in)
        ordinary = (
            ordinary or token.lower in _MEASURE_WORDS or bool(_PHRASAL.fullmatch(token.lower))
        )
        return (
            token.possessive
            or not ordinary
            or (
                after is not None
                and sentence[token.end : after.start] == " "
                and (after.capitalised or after.strong or after.lower in _REPORTING)
                and after.lower not in STOPWORDS
            )
        )
    return True


#: Words a title-case headline leaves in lower case (four letters or more).
_HEADLINE_LOWER = frozenset(
    "with from into over onto upon than that amid about after like near".split()
)


def _headline_case(sentence: str) -> bool:
    """A headline whose every longer word after the first is capitalised, but the small
    words headlines leave in lower case: "Nvidia Revenue Rises on Data Center Demand",
    not a sentence with a name of three capitalised words ("The company set up a General
    Robotics Center.")."""
    words = [
        w
        for w in re.findall(r"[A-Za-z]+", sentence)[1:]
        if len(w) >= 4 and w not in _HEADLINE_LOWER
    ]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _everyday_in_title(token: _Token) -> bool:
    """Whether a capitalised word of a title-case line is an everyday English word (Revenue,
    Demand, Reasoning), which the line's case capitalised, by the same frequency and case
    test as a sentence's first word (:func:`._common_words.everyday_opener`): the alias
    table's names (Nvidia, Gemini) and words English writes capitalised stay names."""
    # imported here: the frequency test's module reads this one's tables
    from newsdesk.editor._common_words import everyday_opener

    return not token.possessive and everyday_opener(token.base)


#: Gerunds that open a sentence on their object, which may be a name ("Using OpenClaw as
#: its example, …", "Citing Gartner, …", "Introducing Zentrix, …"): a verb, never the
#: first word of a name.  Words in -ing that are names (Boeing, Corning, Beijing) are no
#: verbs of English.
_OBJECT_GERUNDS = frozenset(
    """using taking following citing quoting running comparing combining leveraging pairing
    calling adding deploying integrating connecting pitting asking giving letting putting
    treating describing borrowing drawing introducing featuring announcing unveiling
    welcoming""".split()
)
#: A word and its particle (hands-on, follow-up, built-in, trade-off): no name's shape.
_PHRASAL = re.compile(r"[a-z]{2,}-(?:on|off|up|in|out|down|over|back)")
#: Words that say how large the number before them is ("$250 million").
_NUMBER_WORDS = frozenset("thousand million billion trillion percent bn mn".split())
#: What a figure counts on a code host (24.4k Stars, ⭐8.7k Star): the count's unit.
_COUNT_UNITS = frozenset({"star", "stars"})
_FIGURE_BEFORE = re.compile(r"\d(?:[.,]\d+)?[kKmMwW万]?\+?\s*$")


#: A figure right before (with its size word: 3 million TEU), or a figure and a unit with
#: a slash (0.1 dB/km).
_FIGURE_THEN = re.compile(r"\d\s?(?:(?:thousand|million|billion|trillion)\s)?(?:[A-Za-z]+/)?$")


def _unit_of_figure(token: _Token, sentence: str) -> bool:
    """MW in "draws 20 MW", dB and km in "0.1 dB/km": a figure's unit, no name."""
    return token.lower in UNITS and _FIGURE_THEN.search(sentence, 0, token.start) is not None


def _counts_a_number(token: _Token, sentence: str) -> bool:
    """ "million" in "获得$250 million融资" is part of the amount, checked as a number;
    "Stars" in "(24.4k Stars)" is what the figure counts, no name."""
    before = sentence[: token.start]
    if token.lower in _COUNT_UNITS:
        return _FIGURE_BEFORE.search(before) is not None
    return token.lower in _NUMBER_WORDS and before.rstrip()[-1:].isdigit()


def latin_names(sentence: str) -> list[Span]:
    """Spans of the Latin-script names of one sentence, versions joined ("Gemini 2.5"); a
    title before a person's name is no part of it (:data:`_TITLE_BEFORE_NAME`)."""
    sentence = _TITLE_BEFORE_NAME.sub(_title_blanked, sentence)
    tokens = [_token(m) for m in _LATIN.finditer(sentence)]
    zh = bool(_HAN_CHAR.search(sentence))
    title_case = not zh and _title_case(sentence)
    spans: list[Span] = []
    current: Span | None = None
    for index, token in enumerate(tokens):
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        joined = (
            current is not None
            and sentence[current[1] : token.start] == " "
            and not _QUARTER_WORD.fullmatch(token.base)
        )
        if not _is_name(token, after, joined, sentence, zh, title_case):
            if zh and joined and current is not None and _bridges(token, after, sentence):
                current = (current[0], token.end)  # Shanghai AI Lab: one name
                spans[-1] = current
            else:
                current = None
            continue
        end = token.end
        version_before = _DECIMAL_BEFORE.search(sentence, 0, token.start) if zh else None
        if version_before and not joined and token.capitalised and not token.base.isupper():
            token = replace(token, start=version_before.start(1))  # 可灵 2.5 Turbo
        version = _VERSION_AFTER.match(sentence, end)
        if version and not token.possessive and not any(c.isdigit() for c in token.base):
            end = version.end()
        elif token.lower == "series" and (letter := _ROUND_LETTER.match(sentence, end)):
            end = letter.end()  # Series G: a funding round, checked with its letter
        if joined and current is not None:
            current = (current[0], end)
            spans[-1] = current
        else:
            current = (token.start, end)
            spans.append(current)
        if token.possessive:
            current = None
    return [span for span in spans if not _all_generic(sentence[span[0] : span[1]])]


#: A title written before a person's name ("Prime Minister Lawrence Wong", "Chief Scientist
#: Bill Dally", "Minister for Digital Development Josephine Teo", "Professor Zhang Yaqin",
#: "Dr Jane Smith"): the person is the name, compared alone, and the title is a role
#: (:mod:`._roles`) or no claim.  Only before a capitalised word, which is the name.
_TITLE_BEFORE_NAME = re.compile(
    r"(?<![\w.-])(?:(?:Former|Deputy|Vice|Acting|Interim|Senior|Associate|Assistant)\s+)*"
    r"(?:Prime\s+Minister|Premier|President|Chief\s+(?:Executive(?:\s+Officer)?|Scientist"
    r"|(?:Technology|Financial|Operating|Product|AI)\s+Officer)|Chairman|Chairwoman"
    r"|Co-?[Ff]ounder|Founder|Minister(?:\s+(?:of|for)(?:\s+(?:and\s+)?[A-Z][a-z]+){1,3}"
    r"(?=\s+[A-Z][a-z]+\s+[A-Z]))?"
    r"|Secretary(?:\s+of\s+State)?|Professor|Prof\.?|Dr\.?|Senator|Governor|Mayor|Chancellor)"
    r"\s+(?=[A-Z][a-z])"
)
#: A capitalised word right before a title: "Trade Minister", "Finance Minister" say which
#: minister, and stay one name with the person, compared whole as before.
_FIELD_BEFORE = re.compile(r"[A-Z][a-z]+\s+$")


def _title_blanked(match: re.Match[str]) -> str:
    """A title of :data:`_TITLE_BEFORE_NAME` as spaces, but a minister's or a secretary's
    after the word of their field (Trade Minister David Tan)."""
    title = match.group()
    field = _FIELD_BEFORE.search(match.string, 0, match.start())
    if field and title.startswith(("Minister", "Secretary")):
        return title
    return " " * len(title)


#: A quarter (Orbit Q3 营收): the period of the name's news, checked as a quarter, no
#: part of the name.
_QUARTER_WORD = re.compile(r"Q[1-4]")
#: The letter of a funding round after "Series" (Series G, Series B+).
_ROUND_LETTER = re.compile(r" [A-Z]\+?(?![\w-])")

#: A decimal right before a Latin word, after no Latin name: the version of the product
#: that word ends (可灵 2.5 Turbo), not a figure of the sentence.
_DECIMAL_BEFORE = re.compile(r"(?:^|(?<=[^\x00-\x7f]))\s*(\d+\.\d+) $")


def _bridges(token: _Token, after: _Token | None, sentence: str) -> bool:
    """In Chinese prose, the AI inside a Latin name of capitalised words (Shanghai AI Lab,
    Google AI Studio) is part of that name, which the alias table may hold whole.  Not
    a role or an agent: "Moltbot CEO CJ Desai" is two names, "Kimi Agent Swarm" a name
    and a product."""
    return (
        token.lower == "ai"
        and after is not None
        and after.capitalised
        and sentence[token.end : after.start] == " "
        and after.lower not in NOT_CLAIMS
    )


def _all_generic(phrase: str) -> bool:
    return all(w.lower() in GENERIC for w in phrase.split())


def latin_units(phrase: str, *, every_word: bool = False) -> Iterator[tuple[str, ...]]:
    """What must be in the sources for a Latin name: each word, each name with its version.

    A word gives ``("zentrix",)``; a name with digits gives its letter and digit runs,
    which the sources must have in the same order (``GPT-5.2`` gives ``("gpt", "5.2")``).
    Generic parts (Labs, Inc, AI) give nothing, nor do stopwords unless ``every_word``
    (a Latin term in Chinese prose: "More" is a claim there, only :data:`NOT_CLAIMS` are not).
    """
    skipped = NOT_CLAIMS if every_word else STOPWORDS
    words = phrase.replace("’", "'").split()
    index = 0
    while index < len(words):
        word = re.sub(r"'s$", "", words[index])
        following = words[index + 1] if index + 1 < len(words) else ""
        if re.fullmatch(r"\d+(?:\.\d+)+", word) and re.fullmatch(r"[A-Za-z]+", following):
            yield (*sequence_tokens(word), *sequence_tokens(following))  # 2.5 Turbo
            index += 1
        elif any(c.isdigit() for c in word):
            yield tuple(sequence_tokens(word))
        elif re.fullmatch(r"\d+(?:\.\d+)*", following):
            yield (*sequence_tokens(word), *sequence_tokens(following))
            index += 1
        elif word.lower() not in skipped:  # R&D whole, not its letters
            parts = re.split(r"[-_.&]", word)
            if len(parts) > 1 and parts[0].islower() and parts[1][:1].isupper():
                parts = parts[1:]  # near-Opus, pre-GPT: a modifier before the name
            for part in (p.lower() for p in parts):
                generic = part in GENERIC and not (every_word and part in PROSE_HEADS)
                if part and not generic and part not in skipped:
                    yield (stem(part),)
        index += 1


def sequence_tokens(text: str) -> list[str]:
    """Letter runs and digit runs, lower-cased: ``Qwen3-Max`` gives qwen, 3, max.  A
    version's trailing zeros are dropped: Gemini 3.0 is Gemini 3."""
    return [
        _ZERO_MINOR.sub("", token) for token in re.findall(r"[a-z]+|\d+(?:\.\d+)*", text.lower())
    ]


_ZERO_MINOR = re.compile(r"(?<=\d)(?:\.0)+$")
#: Generic words that end a product's name in Chinese prose (AI Studio, Cameo Studio), where
#: a studio that is an organisation is a 工作室: checked there, so none is appended.
PRODUCT_HEADS = frozenset({"studio", "studios"})
#: Generic words that end a product's or a feature's name as often as a company's (Deep
#: Research, Google Cloud, Apple Intelligence, Gemini Robotics): in Chinese prose, where a
#: Latin term is a name, they are part of it and must be in the sources (a source's Deep
#: Think is no Deep Research).
PROSE_HEADS = PRODUCT_HEADS | {"research", "cloud", "intelligence", "robotics"}


def stem(word: str) -> str:
    """A Latin word without its possessive or plural ending, lower-cased."""
    if re.fullmatch(r"[A-Z]{2,}s", word):
        return word[:-1].lower()  # PCs, GPUs: an acronym's plural
    word = re.sub(r"['’]s$", "", word.lower())
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=1)
def glossary() -> dict[str, tuple[str, ...]]:
    """English word (stemmed) -> the Chinese it translates (``glossary.yaml``)."""
    text = resources.files("newsdesk.editor").joinpath("glossary.yaml").read_text("utf-8")
    return {stem(str(word)): tuple(map(str, hans)) for word, hans in load_table(text).items()}


# --- Chinese -------------------------------------------------------------------------------

#: Latin name (lower case) -> its Chinese names; Chinese name -> its Latin names.
LATIN_ALIASES = latin_aliases()
CHINESE_ALIASES = chinese_aliases()
#: Chinese names looked for as names: not those that are also common words (苹果).
_KNOWN = frozenset(h for e in entities() for h in e.chinese if h not in e.common)
#: Outlets' Chinese names: whom a writer cites (据华尔街日报报道) is often the item's source
#: field rather than its text, so a citation is no claim; an outlet at work (彭博社收购) is.
_OUTLETS = frozenset(h for e in entities() if e.outlet for h in e.chinese)
#: What stands before and after a name a writer cites: 据X报道, 援引X, X报道称, X获悉.
_CITING_BEFORE = re.compile(r"(?:据|援引|引述)(?:英国|美国|日本)?《?$")
_CITING_AFTER = re.compile(r"》?(?:报道|消息|获悉|称)")


def _bounded(name: str) -> str:
    """A table name as a pattern, whole at a Latin edge: 智谱AI not in 智谱AIGC, B站 not in
    AB站.  A Chinese edge stays open, since Chinese writes names inside longer runs
    (拓竹叶天奇, 前卡帕西团队)."""
    pattern = re.escape(name)
    if name[0].isascii() and name[0].isalnum():
        pattern = "(?<![A-Za-z0-9])" + pattern
    if name[-1].isascii() and name[-1].isalnum():
        pattern += "(?![A-Za-z0-9])"
    return pattern


_KNOWN_NAMES = re.compile("|".join(_bounded(n) for n in sorted(_KNOWN, key=len, reverse=True)))
#: The table's names that hold figures (36氪, 36Kr): names, whose digits state no number;
#: whole, not the end of a longer figure (1236氪) or the start of a longer word.
NAMES_WITH_FIGURES = re.compile(
    r"(?<![\dA-Za-z.])(?:"
    + "|".join(
        sorted(
            (
                re.escape(h)
                for e in entities()
                for h in (*e.chinese, *e.latin)
                if re.search(r"\d", h)
            ),
            key=len,
        )[::-1]
    )
    + r")(?![A-Za-z\d])",
    re.IGNORECASE,
)
#: Chinese names that are also common words: names only where a name stands, or in a
#: story about the field's makers (:func:`common_names`).  With them the short form a
#: writer uses without the organisation suffix (蚂蚁 of 蚂蚁集团), a common word as well.
_COMMON_NAMES = frozenset(
    form
    for e in entities()
    for h in e.chinese
    if h in e.common
    for form in (h, *(h[: -len(s)] for s in ORG_SUFFIXES if h.endswith(s) and len(h) > len(s) + 1))
)
_DROPPED_SUFFIXES = tuple(sorted(ORG_SUFFIXES | {"有限公司"}, key=len, reverse=True))
_LOOSE_SUFFIXES = frozenset({"科技", "智能"})
_TITLES = frozenset(
    """董事长 总裁 首席执行官 创始人 联合创始人 创办人 首席科学家 首席技术官 总经理 副总裁 总监
    教授 副教授 院士 研究员 负责人 合伙人 主席 董事 博士 发言人 CEO CTO COO CFO""".split()
)
#: Words after which a name follows (对话拓竹陶冶, 专访印奇).
_BEFORE_NAMES = frozenset({"对话", "专访"})
#: Kinds of organisation after a list (灵波等机构).
_KINDS = frozenset("机构 公司 企业 团队 高校 大厂 厂商 实验室 巨头 平台".split())
#: What organisations and people do in the news; the word before is its subject (灵波发布).
_NEWS_VERBS = frozenset(
    """发布 推出 宣布 完成 获得 开源 上线 官宣 回应 收购 领投 提出 接管 携手 起诉 首发 披露
    透露 表示""".split()
)
_COMMON_WORDS = re.compile("|".join(sorted(_COMMON_NAMES, key=len, reverse=True)))
#: Words after which a common-word name is the organisation: its verbs, its team, its
#: official voice (高通官方出品: an apple or an ant has no 官方).
_COMMON_BEFORE_VERB = re.compile(
    "({})(?:{})".format(
        "|".join(sorted(_COMMON_NAMES, key=len, reverse=True)),
        "|".join(sorted(_NEWS_VERBS | {"团队", "母公司", "旗下", "开源", "正式", "官方"}, key=len)),
    )
)
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "钱严覃武戴莫孔向汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝宁"
    "尚符舒阮柯纪梅童凌毕季裴霍涂苗盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳时穆卓吉"
    "缪简车项芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬卞姬师仇栾隋商刁沙荣巫寇桑郎"
    "甄丛仲虞敖巩佘池查麻苑迟邝印"
)
#: Characters that end common words far more often than they end a given name (张力, 周榜).
_NOT_NAME_ENDINGS = frozenset("性化风器学度式型机者们家工感力法论界区榜率量期类级版端侧层面点线证")
_LEADING_CONJUNCTIONS = frozenset("和与及跟同")
#: A dictionary frequency above which a word is common (智能 in 高智能).
_COMMON = 50
#: Surnames that open ordinary words far more often than names (高保真, 金融家, 全时段).
_WORDLIKE_SURNAMES = frozenset("高金石白方向常温时应全安万和平东南北上左中车")
_NAME_TAGS = frozenset({"nr", "nt", "nz", "ns"})
#: Everyday words of business and internet prose that jieba's dictionary (older than
#: them) lacks, so that its HMM makes them up as it makes up names and they stand where
#: a subject stands (投后估值, 全栈开源策略, “…”愿景契合).  Known words here, as the
#: field's words of :data:`newsdesk.chinese.FIELD_WORDS` are (kept apart: those also
#: shape the desk's grouping).  Each was checked missing from jieba's dictionary.
EVERYDAY_WORDS = frozenset(
    """全栈 投后 投前 愿景 丝滑 私域 赋能 破圈 爆款 天使轮 刚需 颗粒度 拉通 上云 带货 网红
    短视频 云原生 低代码 零代码 全链路 全场景 全模态 端到端 跨端 晶圆 封测 营收 财报 上新
    工具链 生态位 基本盘 日活 月活 周活 付费率 客单价 复购 订阅制 星标 点赞 热搜 爆火 霸榜
    屠榜 打工人 增持 美股 归母 扣非""".split()
)


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    word: str
    flag: str
    #: jieba's dictionary has the word (False: its HMM made it up, often a name).
    known: bool

    @property
    def han(self) -> bool:
        return bool(self.word) and all(_HAN_CHAR.match(c) for c in self.word)


@lru_cache(maxsize=8192)
def _words(sentence: str) -> tuple[_Word, ...]:
    """jieba's words of a sentence, remembered: the editor reads the same sentences many
    times over (comparing each with the others), and cutting is the slow part."""
    import jieba.posseg  # the tagger loads on first use (see newsdesk.chinese)

    words = []
    position = 0
    jieba.dt.check_initialized()
    frequencies = jieba.dt.FREQ
    for pair in jieba.posseg.cut(sentence):
        word, flag = pair.word, pair.flag
        end = position + len(word)
        known = frequencies.get(word, 0) > 0 or word in FIELD_WORDS or word in EVERYDAY_WORDS
        if word in EVERYDAY_WORDS and flag[:2] in _NAME_TAGS:
            flag = "n"  # 归母 (of the parent company): its HMM tags it a person
        words.append(_Word(position, end, word, flag, known))
        position = end
    return tuple(words)


_FOREIGN_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nz"})
#: Words that name a place or a body, which may hold a transliterated place name whole.
_PLACE_TAGS = frozenset({"ns", "nt"})


@lru_cache(maxsize=1024)
def foreign_names(text: str) -> frozenset[str]:
    """The foreign names a text writes in transliteration characters: the runs of
    :data:`SYLLABLES` that hold a word jieba tags a name or lacks (哈萨比斯, even where
    jieba cuts it 哈萨|比斯; not 基金, a word), the words of such a run that follow one
    another (贾姆讷格尔 of 古吉拉特邦贾姆讷格尔, two places in a row), the runs inside a
    place's or a body's name and each run's start there (密歇根 of 密歇根大学, 古吉拉特 of
    古吉拉特邦, a state), and the runs each side of the dot between the parts of a name
    (约夏·巴赫), the second also cut where a word ends (罗比 of 罗比基于: 基 opens 基于)."""
    names: set[str] = set()
    for line in text.splitlines():
        runs = [m.span() for m in _SYLLABLE_RUN.finditer(line)]
        words = _words(line)
        for word in words:
            if word.flag in _FOREIGN_TAGS or not word.known:
                names.update(line[a:b] for a, b in runs if a <= word.start and word.end <= b)
                if _SYLLABLE_RUN.fullmatch(word.word):  # 密歇根 of 密歇根大学: not 密歇根大
                    names.add(word.word)
            if word.flag in _PLACE_TAGS:  # 密歇根 of 美国密歇根大学: a place inside a body's name
                inside = [(max(a, word.start), min(b, word.end)) for a, b in runs]
                names.update(line[a:end] for a, b in inside for end in range(a + 2, b + 1))
        names.update(_named_words_in_runs(line, runs, words))
        ends = {w.end for w in words}
        for dotted in _DOTTED_NAME.finditer(line):
            names.update(dotted.groups())
            start, end = dotted.span(2)  # 罗比 of 罗比基于: the name ends where a word does
            names.update(line[start:at] for at in ends if start < at < end)
    return frozenset(name for name in names if len(name) >= 2)


def is_district(word: str) -> bool:
    """A word of three characters that ends as a district's or a county's name (龙岗区)."""
    return len(word) == 3 and word[-1] in "区县" and all(_HAN_CHAR.match(c) for c in word)


def _after_dots(sentence: str, words: Sequence[_Word]) -> list[Span]:
    """The surname after the dot of a foreign name (查佩克 of 约翰·查佩克), which jieba may
    cut into a verb and a name (查|佩克): the words of transliteration characters after
    the dot, up to a word of two characters or more that is no name (基于 of 罗比基于)."""
    out = []
    for dotted in _DOTTED_NAME.finditer(sentence):
        start, end = dotted.span(2)
        last = start
        for word in words:
            if word.start < start or word.end > end:
                continue
            if len(word.word) > 1 and word.known and not word.flag.startswith(("nr", "ns")):
                break
            last = word.end
        if last - start >= 2:
            out.append((start, last))
    return out


def _named_words_in_runs(
    line: str, runs: list[tuple[int, int]], words: tuple[_Word, ...]
) -> set[str]:
    """The spans of two or more words in a row, inside one run of transliteration
    characters, each word tagged a name or unknown to jieba: a run may hold two names
    (古吉拉特邦贾姆讷格尔), too long to be compared whole."""
    named = [w for w in words if w.flag in _FOREIGN_TAGS or not w.known]
    out = set()
    for a, b in runs:
        inside = [w for w in named if a <= w.start and w.end <= b]
        for i, first in enumerate(inside):
            for j in range(i + 1, len(inside)):
                if inside[j].start != inside[j - 1].end:
                    break
                out.add(line[first.start : inside[j].end])
    return out


_SYLLABLE_RUN = re.compile(f"[{''.join(SYLLABLES)}]+")
_DOTTED_NAME = re.compile(f"({_SYLLABLE_RUN.pattern})[·•・]({_SYLLABLE_RUN.pattern})")


def word_edges(sentence: str) -> frozenset[int]:
    """Where jieba's words of a sentence start and end: a word found there stands whole
    (成都 is no word of 完成都)."""
    return frozenset(edge for w in _words(sentence) for edge in (w.start, w.end))


def words_of(text: str) -> list[tuple[str, str]]:
    """jieba's words of a text with their part-of-speech tags (``ns`` for a place)."""
    return [(w.word, w.flag) for w in _words(text) if w.han]


def _person(name: str, run: list[_Word]) -> bool:
    """jieba tags many words nr (智慧, 卫星, 高智能, 高保真): a person's name needs a surname
    first (or a transliteration tag on characters that spell foreign names: not 库中, the
    end of 代码库中), and a dictionary word must not be a surname + a
    common word (智能), nor start with a surname that mostly opens ordinary words (高)."""
    foreign = all(c in SYLLABLES for c in name)
    if not 2 <= len(name) <= 4 or not (
        name[0] in SURNAMES
        or (foreign and any(w.flag == "nrt" or (w.flag == "nr" and len(name) >= 3) for w in run))
    ):
        return False
    if name[-1] in _NOT_NAME_ENDINGS or _count_word(name):
        return False
    if len(run) == 1 and run[0].known:
        return (
            len(name) >= 3
            and name[0] not in _WORDLIKE_SURNAMES
            and jieba.dt.FREQ.get(name[1:], 0) < _COMMON
            and not _doubled_adjective(name)
        )
    return True


def _doubled_adjective(word: str) -> bool:
    """冷冰冰, 白花花, 黄澄澄: an adjective and a doubled character describe, though
    jieba's dictionary tags them persons (its novels' 殷素素 keep their names)."""
    return (
        len(word) == 3
        and word[1] == word[2]
        and str(jieba.posseg.dt.word_tag_tab.get(word[0], "")) == "a"
    )


def _either(words: frozenset[str] | set[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


#: Roles a person's name follows (创始人吴永辉, 开发者崔健, 物理学家…): the titles and a
#: few more.
_ROLES = _TITLES | set("学家 开发者 创业者 工程师 作者 学者 校友".split())
#: What a person does right after their name, and rarely a word does: speaks, takes or
#: leaves a post, founds, leads (认为, 出任, 率领); an adverb may stand between (正式出任).
_PERSON_ACTS = frozenset(
    """表示 认为 称 指出 透露 坦言 直言 回应 强调 提醒 解释 承认 否认 谈到 谈及 提到 发声
    出任 担任 加入 加盟 离职 接任 接管 卸任 创立 创办 撰文 发文 率领 带领 领衔 团队 亲自
    推荐 评论 批评 讨论""".split()
)
#: Words a person's name follows at the head of a clause: conjunctions, interviews.
_JOINS = frozenset("和 与 及 但 而 并 对话 专访 采访".split())
_PERSON_ADVERBS = frozenset(
    "正式 亲自 公开 重磅 近日 日前 此前 曾 也 还 则 再次 首次 已 随后".split()
)
#: A surname and one or two characters, the longest (after a role, where the name ends
#: is read again: :func:`_role_then_verb`).
_SURNAMED = f"[{''.join(sorted(SURNAMES))}][{HAN}]{{1,2}}"
#: The same, lazy: the shortest that fits what follows.
_SURNAMED_SHORTEST = f"{_SURNAMED}?"
#: A surname and one or two characters (the shortest that fits, or after a role the end
#: :func:`_role_then_verb` reads) where a person stands:
#: after the end of a clause, a role or a conjunction and before a person's act (…，吕淼
#: 加入, 但李俊认为); after a role and before a preposition, a mark or 的 (开发者崔健通过);
#: whoever an interview is with, or the next of a list of them (专访姜萱、姚远：).
_PLACED_PERSON = re.compile(
    rf"(?:^|[，。；：！？、“”‘’「」『』（）《》()\s丨|｜:,]|{_either(_ROLES | _JOINS)})"
    f"({_SURNAMED_SHORTEST})(?=(?:{_either(_PERSON_ADVERBS)})?(?:{_either(_PERSON_ACTS)}))"
    f"|(?:{_either(_ROLES)})({_SURNAMED})"
    f"|(?:对话|专访|采访|、)({_SURNAMED_SHORTEST})(?=[、：:，丨|｜])"
)
#: Characters a given name does not hold: function words (也, 的), which a writer puts
#: between a name and its verb.
_NOT_GIVEN = frozenset("的了在是和与被为把将又也都就再从向对给及或等其这那此该则曾已还")


def _placed_persons(sentence: str) -> list[Span]:
    """Persons by where they stand (:data:`_PLACED_PERSON`), not by a list of names nor
    by jieba's tags, which miss a name it does not know (吕|淼, 顾|娜娜).  Not a
    dictionary word that jieba does not tag a person (方面表示, 项目负责人), nor one that
    opens with a surname that mostly opens words (高管称), nor a given name holding a
    function word (王伟也表示 is 王伟)."""
    words = _words(sentence)
    starts = {w.start for w in words}
    verbs = {w.start for w in words if w.flag == "v" and w.han and len(w.word) >= 2}
    found = []
    for match in _PLACED_PERSON.finditer(sentence):
        group = next(g for g in (1, 2, 3) if match[g])
        start, end = match.span(group)
        if group == 2:  # 开发者崔健通过, 校友乔婷淼斩获: a role, a name, then what follows one
            end = _role_then_verb(sentence, start, verbs)
        if group == 3 and _after_common_noun(words, start - 1):
            continue  # 律师、顾问、银行家: listed with common nouns, one of them
        name = sentence[start:end]
        if (
            len(name) < 2
            or end not in starts
            or name[0] in _WORDLIKE_SURNAMES
            or any(c in _NOT_GIVEN for c in name[1:])
            or name[-1] in _NOT_NAME_ENDINGS
            or _counted(sentence, start)
            or _common_word(name)
        ):
            continue
        found.append((start, end))
    return found


def _after_common_noun(words: Sequence[_Word], mark: int) -> bool:
    """The list mark at ``mark`` follows a dictionary common noun (律师、): the next item
    of the list is one of its kind."""
    before = next((w for w in words if w.end == mark), None)
    return (
        before is not None
        and before.han
        and before.known
        and len(before.word) >= 2
        and before.flag == "n"
    )


def _role_then_verb(sentence: str, start: int, verbs: set[int]) -> int:
    """Where a name of two or three characters after a role ends: before a mark, a
    preposition, 的 or a person's act (开发者崔健通过), or any verb of two characters or
    more (校友乔婷淼斩获); the start when none follows."""
    return next(
        (start + n for n in (2, 3) if start + n in verbs or _AFTER_ROLE.match(sentence, start + n)),
        start,
    )


#: What follows a name after a role, besides a verb (开发者崔健通过, 博士刘明艳的团队).
_AFTER_ROLE = re.compile(f"[，、：（(]|通过|在|将|把|对|向|与|的|等|{_either(_PERSON_ACTS)}")


def _common_word(name: str) -> bool:
    """A dictionary word other than a person's name, or one holding it (方面, 项目)."""
    frequency = jieba.dt.FREQ.get(name, 0)
    if frequency >= _COMMON and not _person_word(name):
        return True
    return any(
        jieba.dt.FREQ.get(name[:cut], 0) >= _COMMON and not _person_word(name[:cut])
        for cut in range(2, len(name))
    )


def _person_word(word: str) -> bool:
    """jieba's dictionary tags the word a person (李俊, 王明)."""
    return str(jieba.posseg.dt.word_tag_tab.get(word, "")).startswith("nr")


def _straddles(match: re.Match[str], words: Sequence[_Word]) -> bool:
    """Whether a table name found in a sentence begins inside one dictionary word and ends
    inside another (中粮 of 其中|粮食, 商飞 of 电商|飞速): two everyday words side by side,
    no name.  A name glued to one word (由华为, 东鹏饮料) keeps a boundary of its own."""
    start, end = match.span()
    return any(w.known and w.start < start < w.end for w in words) and any(
        w.known and w.start < end < w.end for w in words
    )


def chinese_names(sentence: str) -> list[Span]:
    """Spans of the Chinese organisation and person names of one sentence."""
    return list(_chinese_names(sentence))


@lru_cache(maxsize=8192)
def _chinese_names(sentence: str) -> tuple[Span, ...]:
    """:func:`chinese_names`, remembered: verifying a digest reads every source's
    sentences again, and each run of the day verifies its drafts again."""
    words = [w for w in _words(sentence) if w.word.strip()]
    spans = [m.span() for m in _KNOWN_NAMES.finditer(sentence) if not _straddles(m, words)]
    spans += [  # 快手 is a quick hand, but 快手发布 a company at work
        m.span(1) for m in _COMMON_BEFORE_VERB.finditer(sentence) if m[1] in _COMMON_NAMES
    ]
    spans += _placed_common_names(sentence, words)
    persons = _placed_persons(sentence)
    spans += persons
    spans += _after_dots(sentence, words)
    spans += [  # 深圳市|龙岗区: a district right after its city, whatever jieba tags it
        (word.start, word.end)
        for before, word in itertools.pairwise(words)
        if before.flag == "ns" and before.end == word.start and is_district(word.word)
    ]
    index = 0
    while index < len(words):  # persons: runs of nr-tagged words
        run = []
        while index < len(words) and words[index].han and words[index].flag.startswith("nr"):
            run.append(words[index])
            index += 1
        if len(run) == 1 and index < len(words) and (given := _titled(run[0], words[index])):
            spans.append((run[0].start, words[index].start + given))  # 晏 + 周教授
            index += 1
            continue
        if len(run) == 1 and index < len(words) and _given_name(run[0], words[index]):
            run.append(words[index])  # 周 + 明远: a surname alone, then the given name
            index += 1
        if not run:
            index += 1
            continue
        start = run[0].start
        name = "".join(w.word for w in run)
        if name[0] in _LEADING_CONJUNCTIONS:  # 和杰伦: jieba glued "and" to the name
            start, name = start + 1, name[1:]
        if _person(name, run) and not _counted(sentence, start):
            spans.append((start, run[-1].end))
        elif len(run) > 1:  # 拓竹吴永辉: a company and its founder, each tagged a name
            spans.extend((w.start, w.end) for w in run if _person(w.word, [w]))
    interviewed: list[Span] = []
    for i, word in enumerate(words):
        if _is_suffix(word.word) and i > 0:
            spans.extend(_organisation(words, i) or _subject_organisation(words, i))
        elif _versioned(words, i):
            spans.append((word.start, word.end))  # 拓竹3.0: a product and its version
        elif (
            word.flag == "nt"
            and word.han
            and (not word.known or _organisation_ending(word.word) or _facility(word.word))
            and word.word not in _KINDS_OF_ORGANISATION
        ):
            spans.append((word.start, _unit_end(words, i)))  # 哈工大, 中科院|所: bodies
        elif _facility_head(words, i):
            spans.append((word.start, words[i + 1].end))  # 浦东|机场, 溪洛渡|水电站
        elif _placed_body(word):
            spans.append((word.start, word.end))  # 太平洋保险: a place, then an insurer
        elif word.flag == "j" and len(word.word) >= 3 and _organisation_ending(word.word):
            spans.append((word.start, word.end))  # 证监会, 发改委: a body's short name
        elif _short_university(words, i):
            spans.append((word.start, _unit_end(words, i)))  # 中科大, 上海交大: short names
        elif (
            _opens_clause(words, i)
            and not _listed_action(words, i)
            and not _after_quote(words, i)
            and _subject(word, nouns_only=True)
            and _acts(words, i + 1)
        ):
            spans.append((word.start, word.end))  # 牧原坚持…: an unknown noun as a subject
        elif (
            _unknown(word)
            and (len(word.word) == 3 or word.flag.startswith(("nr", "ns")))
            and _person(word.word, [word])
            and (_acts(words, i + 1) or _speaks(words, i + 1))
        ):
            spans.append((word.start, word.end))  # 校友石智航斩获, 校友印奇斩获: surname, verb
        elif _unplaced_transliteration(words, i):
            spans.append((word.start, word.end))  # 奥巴马: jieba tags the person a place
        elif _opens_clause(words, i) and _worded_person(word) and _speaks(words, i + 1):
            spans.append((word.start, word.end))  # 陶冶正式出任…: a name that is a word
        elif (
            _opens_clause(words, i)
            and not _listed_action(words, i)
            and not _after_quote(words, i)
            and (_unknown(word) or word.word in _COMMON_NAMES or _rare_name(word))
            and _relates(words, i + 1)
        ):
            spans.append((word.start, word.end))  # 优酷亲自…, 快手在…: a subject at work
        elif (
            _opens_clause(words, i)
            and (_subject(word) or word.word in _COMMON_NAMES)
            and _owner_acts(words, i + 1)
        ):
            spans.append((word.start, word.end))  # 拓竹研究生开源: a name and its people
        elif _rare_name(word) and _clause_object(words, i, i):
            spans.append((word.start, word.end))  # 讲述了红牛如何…: a verb's clause's subject
        elif word.word in _BEFORE_NAMES and (named := _interviewed(words, i + 1)):
            interviewed.append(named)  # 对话拓竹叶天奇: whoever an interview is with
        elif word.word in _NEWS_VERBS and (cut := _cut_person(words, i)):
            spans.append(cut)  # 姚|顺|雨接管: a name jieba cut into characters
        elif word.word in _TITLES or word.word.endswith("学家") or word.word in _BEFORE_NAMES:
            before = words[i - 1] if i and word.word in _TITLES else None
            if before and _field_noun(before) and i > 1 and _subject(words[i - 2]):
                before = words[i - 2]  # 任天堂工程负责人: the name, its field, the title
            for near in (before, words[i + 1] if i + 1 < len(words) else None):
                if near and _tagged(near):
                    spans.append((near.start, near.end))
        elif (
            word.word in _NEWS_VERBS
            and i > 0
            and _subject(words[i - 1])
            and not _COUNTED_BEFORE.search(sentence, 0, words[i - 1].start)
        ):  # 灵波完成…, but not 一个人能完成: a thing counted is no name
            spans.append((words[i - 1].start, words[i - 1].end))
        elif (
            word.flag == "eng"
            and word.word[0].isupper()
            and word.word.lower() not in NOT_CLAIMS
            and i > 0
            and _subject(words[i - 1])
            and not _after_measure(words, i - 1)
        ):
            spans.append((words[i - 1].start, words[i - 1].end))  # 灵波ERNIE: maker, product
        elif (
            word.known
            and word.flag[:2] in _NAME_TAGS
            and len(word.word) >= 3
            and word.word[-1] in "院所"
        ):
            spans.append((word.start, word.end))  # 达摩院
        elif (
            word.word == "等"
            and i > 0
            and _tagged(words[i - 1])
            and (_kind_follows(words, i) or _reports(words, i + 1))
        ):
            spans.append((words[i - 1].start, words[i - 1].end))  # 灵波等机构, 灵波等提出
        elif word.word in _OWNED and i > 0 and _tagged(words[i - 1]):
            spans.append((words[i - 1].start, words[i - 1].end))  # 灵波母公司, 灵波旗下
        elif word.word == "版" and i > 0 and _tagged(words[i - 1]) and _product_at(words, i + 1):
            spans.append((words[i - 1].start, words[i - 1].end))  # 灵波版 Claude: its maker
    for a, b in interviewed:  # the names found inside it say better where each name is
        spans += _uncovered(a, b, spans)
    spans += _events(sentence)
    spans += _numbered(words)
    spans = _with_lone_heads(words, _with_owners(words, spans + _listed_with(words, spans)))
    spans += _beside_names(words, spans)
    ordinary = {(w.start, w.end) for w in words if _descriptive(w.word)}
    ordinary |= {s for s in spans if _cited(sentence, s) or _opens_doubled(sentence, s)}
    return tuple(
        _longest_first(
            [s for s in spans if s not in ordinary and not any(a < s[0] < b for a, b in persons)]
        )
    )


#: What joins a character to itself in a fixed phrase: 端到端 (end to end), 点对点.
_DOUBLING = re.compile(f"([{HAN}])[到对]\\1")


def _opens_doubled(sentence: str, span: Span) -> bool:
    """Whether the span's last character opens a known phrase that repeats it (端 of 端到端
    in 能端到端处理): jieba glued the phrase's first character to the word before, which
    is no name then (能 is "can").  张三到三亚 keeps its 张三: 三到三 is no phrase."""
    start, end = span
    phrase = _DOUBLING.match(sentence, end - 1)
    return end - start >= 2 and phrase is not None and _known(phrase.group())


def _known(word: str) -> bool:
    """Whether jieba's dictionary or the field's word lists hold the word."""
    import jieba

    jieba.dt.check_initialized()
    return jieba.dt.FREQ.get(word, 0) > 0 or word in FIELD_WORDS or word in EVERYDAY_WORDS


def _cited(sentence: str, span: Span) -> bool:
    """An outlet the sentence cites (据彭博社报道, 援引路透社, 路透社报道称, 财新获悉): who
    reported it, not a name the story's sources must give."""
    start, end = span
    return sentence[start:end] in _OUTLETS and (
        _CITING_BEFORE.search(sentence, 0, start) is not None
        or _CITING_AFTER.match(sentence, end) is not None
    )


#: Heads of words that name an event, not who holds it (交易会, 发布会 after an ordinary word).
_EVENT_HEADS = frozenset("会")
#: Modifiers that make an ordinary noun a new one (新旗舰, 新时代), not a name.
_MODIFIERS = frozenset("新")


def _descriptive(word: str) -> bool:
    """An ordinary word the dictionary may tag an organisation: a modifier before a common
    noun (新旗舰: a new flagship) or a common word before an event's head (交易会: a trade
    fair).  A name's first part is no common word (广交会, 证监会, 新华社), so names stay."""
    if len(word) < 3:
        return False
    if word[0] in _MODIFIERS:
        head, rest = word[1:], "n"
    elif word[-1] in _EVENT_HEADS:
        head, rest = word[:-1], ""
    else:
        return False
    tag = str(jieba.posseg.dt.word_tag_tab.get(head, ""))
    common = jieba.dt.FREQ.get(head, 0) >= _COMMON and tag[:2] not in _NAME_TAGS and tag != "j"
    return common and (not rest or tag == rest)


#: Words after an organisation that say what it owns (灵波母公司, 灵波旗下).
_OWNED = frozenset({"母公司", "旗下"})


def _reports(words: list[_Word], i: int) -> bool:
    return i < len(words) and words[i].word in _NEWS_VERBS


def _product_at(words: list[_Word], i: int) -> bool:
    """A capitalised Latin name stands here (Claude, DeepMind): a product or a lab."""
    return (
        i < len(words)
        and words[i].flag == "eng"
        and words[i].word[:1].isupper()
        and words[i].word.lower() not in NOT_CLAIMS
    )


def _rare_name(word: _Word) -> bool:
    """A dictionary word jieba tags a person or a proper noun that is rare as a word
    (紫光, 红牛): where a subject stands, a name."""
    return (
        word.known
        and word.han
        and 2 <= len(word.word) <= 4
        and word.flag.startswith(("nr", "nz"))
        and jieba.dt.FREQ.get(word.word, 0) < _COMMON
    )


def _placed_common_names(sentence: str, words: list[_Word]) -> list[Span]:
    """快手 is a quick hand, but a company where a name stands: opening a clause before a
    verb, an adverb, a preposition or a colon (快手亲自下场, 快手：), between a verb and a
    preposition (揭示快手在…), or before a Latin name, its product or lab (快手 DeepMind,
    快手版 Claude).  jieba often cuts such a name
    into characters (快|手), so it is found in the text, whole between word bounds."""
    firsts = {w.start: i for i, w in enumerate(words)}
    lasts = {w.end: i for i, w in enumerate(words)}
    found = []
    for match in _COMMON_WORDS.finditer(sentence):
        first, last = firsts.get(match.start()), lasts.get(match.end())
        if first is None or last is None:
            continue
        after = last + 1
        if after < len(words) and words[after].word == "版":
            after += 1
        if (
            (_opens_clause(words, first) and _relates(words, last + 1))
            or _product_at(words, after)
            or _clause_object(words, first, last)
            or (_opens_clause(words, first) and _owner_acts(words, last + 1))
        ):
            found.append(match.span())
        elif first > 0 and _subject(words[first - 1]) and _clause_object(words, first - 1, last):
            owner = words[first - 1]  # 报道飞猪有道通过: a name right before a word-like name
            found += [match.span(), (owner.start, owner.end)]
    return found


def common_names(sentence: str) -> list[Span]:
    """Every name of the table that is also a common word (小米, 苹果, 快手, 蚂蚁), where
    jieba does not read it as part of a dictionary word (字节码; its HMM's guesses, 快手混元,
    may be cut) nor as that word: no count before it (26字节, 一只蚂蚁) and not a verb,
    adjective or adverb of the dictionary (联想到).  In a story whose sources name the field's
    makers such a word is the maker wherever it stands (介绍小米世界模型, 小米高层亲自站台),
    so the verifier checks it there (``Evidence.makers``)."""
    words = [w for w in _words(sentence) if w.word.strip()]
    found = []
    for match in _COMMON_WORDS.finditer(sentence):
        inside = [w for w in words if w.end > match.start() and w.start < match.end()]
        if not inside or any(
            w.known and (w.start < match.start() or w.end > match.end()) for w in inside
        ):
            continue
        ordinary = len(inside) == 1 and inside[0].known and inside[0].flag[:1] in "vad"
        if (
            not ordinary
            and not _COUNTED_BEFORE.search(sentence, 0, match.start())
            and not _joins_lone_character(words, match)
        ):
            found.append(match.span())
    return found


def _joins_lone_character(words: Sequence[_Word], match: re.Match[str]) -> bool:
    """Whether the name's first character makes a dictionary word with a lone character
    cut off before it: 中美的 is 中美 + 的 ("China and the US's"), though the segmenter
    leaves 中 alone and reads 美的, the appliance maker."""
    before = [w for w in words if w.end == match.start()]
    return (
        len(before) == 1 and len(before[0].word) == 1 and _known(before[0].word + match.group()[0])
    )


def common_name_in(text: str) -> bool:
    """Whether a text holds a name of the table that is also a common word (蚂蚁 in
    蚂蚁灵波): a source that uses one is about makers even where the table's names
    proper are missing."""
    return _COMMON_WORDS.search(text) is not None


#: The measure of a numbered thing (7 号机, 3 号线), which jieba may glue to the word after.
_COUNT_MEASURES = frozenset("号")
#: A count right before a word (26字节, 一只蚂蚁, 三个苹果): the word is a thing counted.
_COUNTED_BEFORE = re.compile(r"[\d一二两三四五六七八九十百千万几数多][个只颗斤粒块条]?\s?$")


def _clause_object(words: list[_Word], first: int, last: int) -> bool:
    """揭示小米在…, 讲述了红牛如何…: after a verb (and its 了) and before a preposition
    or a "how" or "why" (its name, 科技, may stand between), a word is the subject of the
    clause the verb takes, and a common or rare word there is a company.  与 and 同 are
    no such preposition: they join two objects (合并智驾与座舱)."""
    before = first - 1
    if before > 0 and words[before].flag in _ASPECT_TAGS:
        before -= 1
    after = last + 1
    if after < len(words) and words[after].word in _LOOSE_SUFFIXES:
        after += 1
    return (
        before >= 0
        and words[before].flag in ("v", "vn")
        and after < len(words)
        and (
            (words[after].flag == "p" and words[after].word not in _LEADING_CONJUNCTIONS)
            or words[after].word in _HOW
        )
    )


#: Aspect particles after a verb (讲述了, 看着, 做过).
_ASPECT_TAGS = frozenset({"ul", "uz", "ug"})
#: How and why: the word before them, after a verb, opens the clause they ask about.
_HOW = frozenset({"如何", "怎样", "怎么", "为何", "为什么"})


#: Tags of a lone character that heads a name jieba split off (华 of 华穹云 is tagged an
#: abbreviation of 中华): an abbreviation, or a name's tag.
_HEAD_TAGS = frozenset({"j", "ng", "nr", "nrt", "ns", "nt", "nz"})


def _with_lone_heads(words: list[_Word], spans: list[Span]) -> list[Span]:
    """Names with the lone character jieba cut from their head (华 + 穹云): a name must not
    be taken for the tail of a longer one, or the bold and the check land inside it."""
    starts = {w.end: i for i, w in enumerate(words)}
    out = []
    for start, end in spans:
        i = starts.get(start)
        if i is not None and _lone_head(words, i):
            start = words[i].start
        out.append((start, end))
    return out


def word_bounds(text: str) -> frozenset[int]:
    """Where words of a text begin and end, by jieba, except after a lone character
    that heads a name (华|穹云 is no bound): a term may stand between two of these."""
    words = _words(text)
    return frozenset(w.end for i, w in enumerate(words) if not _lone_head(words, i)) | frozenset(
        {0}
    )


def _lone_head(words: Sequence[_Word], i: int) -> bool:
    """A lone character opening a clause that heads the name after it: one tagged as a
    name's part (华 + 穹云), or a noun before a word jieba's HMM made up from the rest
    of a word it lacks (科 + 创板 of 科创板)."""
    word = words[i]
    return (
        len(word.word) == 1
        and word.han
        and (word.flag in _HEAD_TAGS or (word.flag == "n" and _unknown_at(words, i + 1)))
        and word.word not in _LEADING_CONJUNCTIONS
        and _opens_clause(words, i)
    )


def _unknown_at(words: Sequence[_Word], i: int) -> bool:
    return i < len(words) and _unknown(words[i])


#: Words jieba's dictionary tags organisations (nt) that name a kind of one, by its
#: status, owner or country (A股上市公司千里科技: the company is 千里科技; 一家美国公司).
#: After a name they are its tail (:func:`_with_owners`).
_KINDS_OF_ORGANISATION = frozenset(
    """上市公司 创投公司 商业银行 国有银行 外资银行 中资银行 网上银行 综合大学 民办大学
    美国公司 日本公司 英国公司 瑞典公司 美国大学 英国大学""".split()
)
#: What may stand before a kind of organisation as its own name (南洋 + 理工大学, 首尔 +
#: 国立大学, 沃顿 + 商学院, 光速 + 创投): not a verb, preposition, conjunction,
#: particle, pronoun, number, measure, direction or time, nor a lone adverb.
_NOT_OWNER_TAGS = frozenset("p c u uj ul uz ud ug uv r rr rz m mq q y e o f t v vd vn x".split())
#: A kind of organisation that is no suffix of :data:`ORG_SUFFIXES` (创投: a venture
#: capital firm, as 资本 is).
_KINDS_OF_FIRM = frozenset({"创投"})


def _kind_of_organisation(word: _Word) -> bool:
    """A dictionary word that names a kind of organisation, not one: a suffix after a
    common word (理工大学, 国立大学, 商学院), or a kind of firm (创投)."""
    if not (word.known and word.han):
        return False
    if word.word in _KINDS_OF_FIRM or word.word in ORG_SUFFIXES:
        return True
    tags = jieba.posseg.dt.word_tag_tab
    return any(
        word.word.endswith(suffix)
        and (head := word.word[: -len(suffix)])
        and jieba.dt.FREQ.get(head, 0) > 0
        and not str(tags.get(head, "")).startswith(("nr", "ns", "nt", "nz"))
        for suffix in ORG_SUFFIXES
    )


def _with_owners(words: list[_Word], spans: list[Span]) -> list[Span]:
    """A kind of organisation right after a word is the tail of the name the two make
    (南洋理工大学, 首尔国立大学, 光速创投): the claim is the whole name, which the
    sources must hold, not its kind, which any other school or fund would support."""
    at = {w.start: i for i, w in enumerate(words)}
    out = []
    for start, end in spans:
        i = at.get(start)
        if i is not None and i > 0 and words[i].end == end and _kind_of_organisation(words[i]):
            before = words[i - 1]
            if (
                before.han
                and before.end == start
                and before.flag not in _NOT_OWNER_TAGS
                and (len(before.word) >= 2 or before.flag != "d")
            ):
                start = before.start
        out.append((start, end))
    return out


def _counted(sentence: str, start: int) -> bool:
    """2048张卡, 三张图, 48 周平均: after a number (and the space a writer may leave) 张
    counts things and 周 is a week, they name no one."""
    return bool(
        re.search(r"[\d一二两三四五六七八九十百千万几数]\s?$", sentence[max(0, start - 2) : start])
    )


#: Characters that count before a measure word (万卡, 千张): a quantity, not a name.
_COUNT_WORD = re.compile(r"[十百千万亿][卡张台个人次块颗条家位]")


def _count_word(name: str) -> bool:
    """万卡 (ten thousand cards) is a count jieba's HMM tags a person: 万 is a surname;
    so is 周活 (weekly active users) before its verb (周活达, 周活超)."""
    return _COUNT_WORD.match(name) is not None or name.startswith("周活")


#: Characters an organisation's name ends with when it is a dictionary word: a
#: university's short name (哈工大), an academy or an institute (中科院, 达摩院), a
#: ministry, commission, bureau, union or society (工信部, 国资委, 欧盟, 学会).
_ORG_ENDINGS = frozenset("大院所部委局盟会署办行社校司团厂台储")


#: A facility's name in the dictionary (胜利油田, 太原卫星发射中心, 首都国际机场): which
#: field or which base is a claim, as an organisation's name is.
_FACILITIES = ("油田", "气田", "机场", "发射中心", "测控中心")


#: The kinds of facility a place's name opens (浦东机场, 塔里木油田, 三峡电站).
_FACILITY_KINDS = frozenset({"机场", "油田", "气田", "电站", "水电站", "核电站", "发射场"})


def _facility_head(words: Sequence[_Word], i: int) -> bool:
    """Word i, a place or a word the dictionary lacks (jieba tags 塔里木 a person), names
    the facility of the kind right after it: which airport or field is a claim."""
    word = words[i]
    return (
        i + 1 < len(words)
        and words[i + 1].word in _FACILITY_KINDS
        and word.han
        and len(word.word) >= 2
        and (word.flag in ("ns", "nr") or not word.known)
    )


def _facility(word: str) -> bool:
    """A dictionary organisation named as a facility, its own name before the kind
    (not 航天中心, which names no one)."""
    return any(word.endswith(f) and len(word) - len(f) >= 2 for f in _FACILITIES)


#: A Chinese ordinal number of a craft or a numbered unit: 谷神星一号, 长征五号, 中建三局.
_NUMBERED = re.compile("([一二三四五六七八九十]{1,3})(号|局)")
#: A name of a numbered unit, as :func:`_numbered` reads it: compared as a name, not as a
#: count of 局.
NUMBERED_NAME = re.compile(f"[{HAN}]{{2,4}}[一二三四五六七八九十]{{1,3}}[号局]")
#: What a group's name is tagged before its numbered bureau (中建 ns, 中铁 n), not 连赢 (nr).
_BUREAU_HEADS = frozenset({"n", "ns", "nt", "nz", "j"})
#: What is no name before such a number: 三月一号 (a day), 连赢三局 (a verb's count).
_NOT_NUMBERED_HEAD = ("t", "m", "q", "v", "d", "p", "r", "u", "c", "f", "a", "x")


def _numbered(words: Sequence[_Word]) -> list[Span]:
    """A name and the number jieba splits off it (谷神星|一号, 中建|三局, 中铁|十一|局):
    the number tells one rocket or one bureau of a group from another, so the name is
    read with it."""
    found = []
    for i, head in enumerate(words[:-1]):
        if not head.han or not 2 <= len(head.word) <= 4 or head.flag.startswith(_NOT_NUMBERED_HEAD):
            continue
        if head.word.endswith("月"):
            continue
        rest = "".join(w.word for w in words[i + 1 : i + 3])
        if words[i + 1].start != head.end or not (match := _NUMBERED.match(rest)):
            continue
        if match[2] == "局" and head.flag not in _BUREAU_HEADS:
            continue
        found.append((head.start, head.end + match.end()))
    return found


def _organisation_ending(word: str) -> bool:
    """A dictionary word tagged an organisation that ends as one (哈工大, 美联储), not
    the dictionary's other "organisations" (最新进展, 统计学, 最大化, 联合开发)."""
    return any(word.endswith(s) for s in ORG_SUFFIXES) or (
        len(word) >= 3 and word[-1] in _ORG_ENDINGS
    )


_NUMERALS = frozenset("一二两三四五六七八九十百千万几数多")


def _short_university(words: Sequence[_Word], i: int) -> bool:
    """中科大, 上海交大, 港科大: jieba tags a university's short name an abbreviation (j)
    ending in 大 (大学); not 三大, 十大 (the three big…), nor 上大分 (a phrase): it stands
    where a name stands, before its team, a news verb, 研究 or a bracket, in a list, or
    before another organisation of a joint work (中科大清华推出)."""
    word = words[i]
    if not (word.flag == "j" and word.han and len(word.word) >= 2 and word.word[-1] == "大") or (
        word.word[0] in _NUMERALS
    ):
        return False
    after = words[i + 1].word if i + 1 < len(words) else ""
    before = words[i - 1].word if i > 0 else ""
    return (
        after in _KINDS
        or after in _NEWS_VERBS
        or after in {"研究", "联合", "教授", "（", "("}
        or _unit_follows(words, i)
        or _KNOWN_NAMES.fullmatch(after) is not None
        or before in _LIST_MARKS
        or after in _LIST_MARKS
    )


#: A university's unit after its short name (中科大自动化所, 北大计算机学院).
_UNIT = re.compile(f"[{HAN}]{{2,4}}?(?:学院|研究院|研究所|实验室|所|系)")


def _unit_follows(words: Sequence[_Word], i: int) -> bool:
    """The words after word i, up to a mark, open with a unit of a university."""
    rest = "".join(w.word for w in itertools.takewhile(lambda w: w.han, words[i + 1 : i + 4]))
    return _UNIT.match(rest) is not None


#: The kinds of an institution's unit its short form ends with, the longest first.
_UNIT_KINDS = ("研究所", "研究院", "实验室", "学院", "所", "院", "系")


def _unit_end(words: Sequence[_Word], i: int) -> int:
    """Where word i, an academy's or a university's name, ends with the unit written
    right after it (中科院|微电子|所, 中科院|物理所, 浙大|计算机|学院): which unit is part of
    the name, so 中科院化学所 is no support from 中国科学院物理研究所.  Word i's own end
    where no unit follows."""
    if words[i].word[-1] not in "院大":
        return words[i].end
    written = ""
    for word in words[i + 1 : i + 4]:
        if not word.han or word.flag.startswith(("v", "p", "u", "r", "d")):
            break
        written += word.word
        kind = next((k for k in _UNIT_KINDS if written.endswith(k)), "")
        if kind and len(written) - len(kind) >= 2:
            return word.end
    return words[i].end


def _listed_action(words: Sequence[_Word], i: int) -> bool:
    """检索、双源验证、获取: after a list mark that follows a verb, the items are actions,
    and the noun that opens one is its object, not a subject (双源 is no name)."""
    return i >= 2 and words[i - 1].word in _SCRIPT_LISTS and words[i - 2].flag in ("v", "vn")


def _kind_follows(words: list[_Word], i: int) -> bool:
    return i + 1 < len(words) and words[i + 1].word in _KINDS


#: Marks that list names of either script (印奇、Meta, 优酷&Microsoft); 和 and 与 join
#: terms too (长上下文和RAG).
_SCRIPT_LISTS = frozenset({"、", "&", "＆"})
#: What stands between two names of a list: 印奇、Meta, 字节和快手, 腾讯与灵波, 优酷&Microsoft.
_LIST_MARKS = frozenset({"、", "和", "与", "及", "以及", "&", "＆"})


def _uncovered(start: int, end: int, spans: list[Span]) -> list[Span]:
    """The stretches of two or more characters of start..end that no span covers
    (对话飞猪周剑: 周剑 is a person, so 飞猪 before him is the company)."""
    out, at = [], start
    for a, b in sorted(spans):
        if b <= at or a >= end:
            continue
        if a - at >= 2:
            out.append((at, a))
        at = max(at, b)
    if end - at >= 2:
        out.append((at, end))
    return out


def _beside_names(words: list[_Word], spans: list[Span]) -> list[Span]:
    """北大灵波首创, 蚂蚁飞猪上桌, 快手 DeepMind: a word jieba lacks right before a name,
    or right after one and acting, is another name (two makers of one work, a group and
    its unit, a maker and its lab)."""
    starts = {a for a, _ in spans}
    ends = {b for _, b in spans}
    found = []
    for i, word in enumerate(words):
        if (
            not _unknown(word)
            or _after_measure(words, i)
            or any(a <= word.start < b for a, b in spans)
        ):
            continue
        after = words[i + 1] if i + 1 < len(words) else None
        named_after = after is not None and (
            after.start in starts
            or (
                after.flag == "eng"
                and after.word[:1].isupper()
                and after.word.lower() not in NOT_CLAIMS
            )
        )
        if named_after or (word.start in ends and _relates(words, i + 1)):
            found.append((word.start, word.end))
    return found


def _after_measure(words: Sequence[_Word], i: int) -> bool:
    """Whether the word follows a numbered thing's measure (7 号|机用): jieba glued the
    thing's noun to what came next (7 号机 is the seventh rocket), no name's start."""
    return i > 0 and words[i - 1].flag == "m" and words[i - 1].word[-1] in _COUNT_MEASURES


def _listed_with(words: list[_Word], spans: list[Span]) -> list[Span]:
    """印奇、Meta, 字节和快手: a word listed next to a name is a name of the same kind; and
    a name that is also a word (字节) joined to a word that stands as a name (任天堂, 可灵
    which jieba glues to 和) makes both names (落后于字节和任天堂)."""
    found = []
    for i in range(1, len(words)):
        joined = _joined_name(words, i)
        if joined and words[i - 1].word in _COMMON_NAMES:
            found += [(words[i - 1].start, words[i - 1].end), joined]
    for i in range(1, len(words) - 1):
        if words[i].word not in _LIST_MARKS:
            continue
        for near, other in ((i - 1, i + 1), (i + 1, i - 1)):
            named = words[i].word in _SCRIPT_LISTS and _product_at(words, other)
            named = named or any(a <= words[other].start < b for a, b in spans)
            if named and (_tagged(words[near]) or words[near].word in _COMMON_NAMES):
                found.append((words[near].start, words[near].end))  # 苹果、Meta
    return found


def _field_noun(word: _Word) -> bool:
    """A dictionary noun that says which part of an organisation a title heads (工程, 产品
    in 工程负责人, 产品总监)."""
    return word.known and word.han and word.flag == "n" and len(word.word) == 2


def _joined_name(words: list[_Word], i: int) -> Span | None:
    """The name that 和 or 与 joins at word i: the next word where it stands as a name, or
    the rest of a word jieba lacks that glued the conjunction to a name (和|可灵)."""
    word = words[i]
    if word.word in ("和", "与") and i + 1 < len(words) and _subject(words[i + 1]):
        return words[i + 1].start, words[i + 1].end
    if (
        word.word[:1] in ("和", "与")
        and word.han
        and not word.known
        and 3 <= len(word.word) <= 5
        and word.flag[:1] in "nj"
    ):
        return word.start + 1, word.end
    return None


def _tagged(word: _Word) -> bool:
    """jieba does not know the word, or tags it a name or an abbreviation (欧盟)."""
    return (
        word.han
        and 2 <= len(word.word) <= 4
        and (not word.known or word.flag.startswith(("nr", "nt", "nz")) or word.flag == "j")
    )


def _given_name(surname: _Word, word: _Word) -> bool:
    return (
        len(surname.word) == 1
        and surname.word in SURNAMES
        and word.han
        and len(word.word) <= 2
        and word.flag[0] in "nag"
        and word.word not in ORG_SUFFIXES
        and word.word not in _TITLES
    )


def _titled(surname: _Word, word: _Word) -> int:
    """How many characters of a given name jieba glued to the title after it (晏|周教授:
    1), or 0."""
    if len(surname.word) != 1 or surname.word not in SURNAMES or word.word in _TITLES:
        return 0
    title = next((t for t in _TITLES if word.word.endswith(t)), "")
    given = len(word.word) - len(title)
    return given if title and 1 <= given <= 2 and word.han else 0


def _opens_clause(words: Sequence[_Word], i: int) -> bool:
    return i == 0 or words[i - 1].word in "，。；：！？、“”‘’「」（）《》 \n丨|"


def _after_quote(words: Sequence[_Word], i: int) -> bool:
    """The word follows a closing quote: the quoted words describe it (“个人超级智能”愿景,
    “一口气”丝滑地生成), it is no subject the quote's end opens."""
    return i > 0 and words[i - 1].word in "”’」』"


def _interviewed(words: list[_Word], i: int) -> Span | None:
    """The Chinese words after 对话 or 专访 up to a colon or a comma, when they are short
    enough to be a name, or a company and a person (拓竹叶天奇, which jieba cuts
    拓|竹叶|天奇), and hold a word tagged a person or one jieba does not know."""
    run = []
    while i < len(words) and words[i].han:
        run.append(words[i])
        i += 1
    if (
        not run
        or i == len(words)
        or words[i].word not in "：:，、丨|。！？"
        or not 2 <= run[-1].end - run[0].start <= 7
        or not any(w.flag.startswith("nr") or not w.known for w in run)
    ):
        return None
    return run[0].start, run[-1].end


def _cut_person(words: list[_Word], verb: int) -> Span | None:
    """A person's name jieba does not know and cut into single characters (姚|顺|雨,
    时|沐|朗) that opens a clause, surname first, right before a news verb; not a
    surname-like adverb and a function word (曾|是 开源…: "was once")."""
    for width in (3, 2):
        first = verb - width
        run = words[max(first, 0) : verb]
        if (
            first >= 0
            and all(len(w.word) == 1 and w.han for w in run)
            and run[0].word in SURNAMES
            and not any(w.word in _NOT_GIVEN for w in run[1:])
            and _opens_clause(words, first)
        ):
            return run[0].start, run[-1].end
    return None


#: What after a transliteration makes it a place's name (密苏里州, 马萨岛, 格林纳丁斯群岛).
_PLACE_AFTER = re.compile("[州省市县区岛湾河山湖港城镇村邦洲]|群岛|地区")


@lru_cache(maxsize=1)
def _place_starts() -> frozenset[str]:
    """Every Chinese form of ``places.yaml`` and each of its starts (密歇根 of 密歇根州)."""
    from newsdesk.editor._places import places  # it reads names with this module

    return frozenset(
        f[:end] for p in places().values() for f in p.zh for end in range(2, len(f) + 1)
    )


def _unplaced_transliteration(words: Sequence[_Word], i: int) -> bool:
    """A dictionary word of three or more transliteration characters that jieba tags a
    place (奥巴马 is ns, as 乌克兰 is) but that is no place of ``places.yaml`` nor the start
    of one, and has no place's ending after it: with every country and the world's large
    cities in the table, such a word is a person's name far more often than a place."""
    word = words[i]
    return (
        word.flag == "ns"
        and word.known
        and len(word.word) >= 3
        and all(c in SYLLABLES for c in word.word)
        and word.word not in _place_starts()
        and word.word not in _KNOWN
        and not (i + 1 < len(words) and _PLACE_AFTER.match(words[i + 1].word))
    )


def _unknown(word: _Word) -> bool:
    """A word of two to four Chinese characters that jieba's dictionary lacks and tags a
    noun, a name, an abbreviation or an adjective (优酷): its HMM also glues a verb or a
    pronoun to a character (追平, 但其, 如他), and those are no names."""
    return (
        word.han
        and 2 <= len(word.word) <= 4
        and not word.known
        and (word.flag[:1] in "nj" or word.flag == "a")
    )


#: What a person does in the news and a word rarely does (陶冶出任 is a person, 陶冶情操
#: a phrase).
_PERSON_VERBS = frozenset(
    """出任 担任 加入 加盟 离职 接任 接管 卸任 创立 创办 聊 谈 表示 认为 坦言 透露 回应 称
    撰文 发文 推荐 评论""".split()
)


def _worded_person(word: _Word) -> bool:
    """A two-character dictionary word jieba tags a person that opens with a surname
    (陶冶): mostly a word (高阶, 博客), so it counts only where :func:`_speaks` says."""
    return (
        word.known
        and word.han
        and len(word.word) == 2
        and word.flag == "nr"
        and word.word[0] in SURNAMES
        and word.word[0] not in _WORDLIKE_SURNAMES
    )


def _speaks(words: list[_Word], i: int) -> bool:
    """A person's verb follows (出任, 认为), right away or after an adverb (正式出任)."""
    if i < len(words) and words[i].flag in ("d", "ad"):
        i += 1
    return i < len(words) and words[i].word in _PERSON_VERBS


#: Words jieba tags nouns that a headline uses as its predicate after a company (小米下场,
#: 字节入局大模型, 腾讯加码算力): after a common word they make it the subject.
_NEWS_PREDICATES = frozenset({"下场", "入局", "入场", "加码", "发力", "造车", "造芯", "曝光"})
#: A company's figures after its name (拓竹年营收首破…, 星澜市值蒸发…): the name owns them.
_METRICS = re.compile(r"(?:全?年|[一二三四]?季度|Q[1-4])?(?:营收|收入|市值|股价|估值|财报|净利)")


def _relates(words: list[_Word], i: int) -> bool:
    """What follows a subject: a verb, an adverb, a preposition (在, 通过), a colon, a
    headline's predicate noun (下场) or the subject's own figures (年营收), not a verbal
    noun (三网融合 is a phrase)."""
    if i >= len(words):
        return False
    return (
        words[i].flag in ("v", "vd", "d", "ad", "p")
        or words[i].word in "：:"
        or words[i].word in _NEWS_PREDICATES
        or _METRICS.match("".join(w.word for w in words[i : i + 4])) is not None
    )


#: An organisation's people and work after its name (拓竹研究生, 优酷研究, 紫光黑科技):
#: opening a clause before a verb, the name owns them.
_MEMBERS = frozenset("研究生 研究员 研究 工程师 科学家 员工 黑科技".split())


def _owner_acts(words: list[_Word], i: int) -> bool:
    """Its people or its work, then a verb or a news verb (拓竹研究生开源, 优酷研究指出,
    紫光黑科技破解): the word before them owns them."""
    for width in (1, 2):
        if "".join(w.word for w in words[i : i + width]) in _MEMBERS:
            return _relates(words, i + width) or _reports(words, i + width)
    return False


def _acts(words: list[_Word], i: int) -> bool:
    """A verb follows (坚持, 推出), or an adverb and then a verb (正式发布)."""
    if i < len(words) and words[i].flag in ("d", "ad"):
        i += 1
    return i < len(words) and words[i].flag == "v" and words[i].han


def _subject(word: _Word, *, nouns_only: bool = False) -> bool:
    """A name in a name's place: a person's or organisation's tag, or a word jieba does
    not know that is not a verb or a particle (its HMM tags 优酷 an adjective and 石智航 an
    abbreviation; without a news verb after it, only its nouns and abbreviations count).
    Two-character dictionary words tagged nr are mostly common words (高阶, 博客), and so
    are frequent ones tagged nz (论文): before a news verb a rare one is a name (红牛完成,
    紫光发布)."""
    if not word.han or not 2 <= len(word.word) <= 4 or _REFERENCE.match(word.word):
        return False
    if word.known:
        if word.flag == "nt" or (
            word.flag.startswith("nr")
            and len(word.word) >= 3
            and word.word[-1] not in _NOT_NAME_ENDINGS  # 许可证开源: a licence, no person
        ):
            return True
        rare = jieba.dt.FREQ.get(word.word, 0) < _COMMON
        return not nouns_only and rare and word.flag.startswith(("nr", "nz"))
    return word.flag[0] in ("nj" if nouns_only else "na")


#: A demonstrative and a count (这两项, 那几家, 该款): it points back to what the text
#: named before, and names nothing itself (jieba's dictionary tags 这两项 a proper noun).
_REFERENCE = re.compile("[这那哪该此每各某][一二两三四五六七八九十几些个位家项款种类名批]")


#: What ends the names of insurers and public bodies, besides the organisation suffixes
#: grouping reads (太平洋保险, 韩国通信委员会).
_BODY_SUFFIXES = frozenset("保险 人寿 委员会 管理局".split())


def _placed_body(word: _Word) -> bool:
    """太平洋保险, 中国人寿: one dictionary word, a place or a name then what ends an
    insurer's or a body's name (车辆保险, a kind of insurance, has no name before it)."""
    import jieba.posseg  # the tagger loads on first use (see newsdesk.chinese)

    if not word.han:
        return False
    tags = jieba.posseg.dt.word_tag_tab
    return any(
        len(word.word) - len(suffix) >= 2
        and str(tags.get(word.word[: -len(suffix)], "")).startswith(("ns", "nt", "nz"))
        for suffix in _BODY_SUFFIXES
        if word.word.endswith(suffix)
    )


def _named_in_dictionary(word: _Word) -> bool:
    """A word the dictionary gives as a place's or an organisation's name, or does not
    know: 韩国 of 韩国通信委员会, not 顾问 of 顾问委员会 (the dictionary tags it a person's
    name, as it does many words of office)."""
    import jieba.posseg  # the tagger loads on first use (see newsdesk.chinese)

    tag = str(jieba.posseg.dt.word_tag_tab.get(word.word, ""))
    return not word.known or tag.startswith(("ns", "nt", "nz"))


def _is_suffix(word: str) -> bool:
    """An organisation suffix, or two that jieba read as one word (科技股份)."""
    return (
        word in ORG_SUFFIXES
        or word in _BODY_SUFFIXES
        or any(
            word[:cut] in ORG_SUFFIXES and word[cut:] in ORG_SUFFIXES
            for cut in range(2, len(word) - 1)
        )
    )


#: A version number right after a word: 3.0, V2, 2.1.
_VERSION = re.compile(r"[vV]?\d+(?:\.\d+)+|[vV]\d+")


def _versioned(words: list[_Word], i: int) -> bool:
    """A name's tag or an unknown word with a version number right after it (拓竹3.0,
    or 拓竹 3.0 as a writer spaces Chinese from digits); not a verb, which states a value
    ("困惑度为10.21": 度为 is no product), nor a quantity (高达2.60%)."""
    return (
        i + 1 < len(words)
        and _tagged(words[i])
        and not words[i].flag.startswith("v")
        and words[i + 1].start - words[i].end <= 1  # spaces are no words here
        and _VERSION.fullmatch(words[i + 1].word) is not None
        and not (i + 2 < len(words) and words[i + 2].word[:1] in _MEASURES)
    )


#: What follows a figure, not a version: 高达2.60% is "as much as", not a product 2.60.
_MEASURES = frozenset("%％倍万亿元个位款家项次年")


#: A common noun, or the short form of one (通信, 电信), between a name and its suffix.
_MIDDLE_TAGS = frozenset({"n", "j"})


def _organisation(words: list[_Word], suffix: int) -> list[Span]:
    """拓竹科技, 上海人工智能实验室: a proper word, at most one common noun, then the suffix."""
    loose = words[suffix].word in _LOOSE_SUFFIXES
    for width in (1, 2):
        first = suffix - width
        if first < 0:
            break
        head = words[first]
        middle = words[first + 1 : suffix]
        if any(not (w.han and w.flag in _MIDDLE_TAGS) or w.word in _EVALUATIVE for w in middle):
            break
        if (
            head.han
            and len(head.word) >= 2
            and _heads_organisation(head, loose)
            and (words[suffix].word not in _BODY_SUFFIXES or _named_in_dictionary(head))
        ):
            return [(head.start, words[suffix].end)]
    return []


#: Tags of words that are no part of a name (a pronoun, a numeral, a particle, a verb…).
_NOT_NAME_TAGS = _NOT_OWNER_TAGS | {"d", "ad", "vd"}
_LONGEST_STEM = 4


def _subject_organisation(words: list[_Word], suffix: int) -> list[Span]:
    """新锐科技完成融资, 新思科技发布: the words that open a clause, a suffix, then a news
    verb: the subject is an organisation whatever its first words are (an adjective, 新锐,
    or characters jieba split, 新|思), as long as they are no pronoun, count or verb and do
    not describe one (创业公司, 新锐科技企业 stays a kind of company).  Words read as a
    name already (中科大团队) are left to the rules that read them."""
    after = suffix + 1
    if after < len(words) and words[after].flag in ("d", "ad", "t"):
        after += 1
    if not _reports(words, after):
        return []
    first = suffix
    while first > 0 and not _opens_clause(words, first):
        first -= 1
    stem = words[first:suffix]
    text = "".join(w.word for w in stem)
    if (
        not stem
        or not 2 <= len(text) <= _LONGEST_STEM
        or any(not w.han or w.flag in _NOT_NAME_TAGS or _tagged(w) for w in stem)
        or _REFERENCE.match(text)
        or text in FIELD_WORDS
        or descriptive(text + words[suffix].word)
    ):
        return []
    return [(stem[0].start, words[suffix].end)]


#: What an event is called after its name (世界人工智能大会, 广交会, 全球人工智能大赛),
#: longest first.
_EVENT_KINDS = ("博览会", "展览会", "展会", "大会", "峰会", "论坛", "大赛", "会")
#: Words that open an event's name that is no single word: the world, a country, a region.
_SCOPES = frozenset("世界 全球 国际 中国 全国 亚洲 亚太 欧洲 美国".split())
#: An event's name opening a clause, then what an event does (世界人工智能大会在上海开幕).
_EVENT = re.compile(
    rf"(?:^|(?<=[，。；：！？、“”「」《》\s]))([{HAN}]{{2,10}}?)({'|'.join(_EVENT_KINDS)})"
    rf"(?=[^，。；！？]{{0,12}}?(?:开幕|召开|举行|举办|闭幕|落幕|启幕|揭幕))"
)


def _events(sentence: str) -> list[Span]:
    """An event named where it opens, closes or is held (天工会在上海开幕): its name is a
    claim unless it is an ordinary word and its kind (发布会, 股东大会, 开发者大会), or a
    pronoun or count points back to it (此次大会, 本届峰会)."""
    found = []
    for match in _EVENT.finditer(sentence):
        if jieba.dt.FREQ.get(sentence[match.end(2) - 1 : match.end(2) + 1], 0):
            continue  # 会议, 会谈: the kind's last character opens a word, an ordinary meeting
        words = [w for w in _words(match.group(1)) if w.word.strip()]
        if not words or any(not w.han or w.flag in _NOT_NAME_TAGS for w in words):
            continue
        if len(words) > 1:
            named = words[0].word in _SCOPES or any(_tagged(w) for w in words)
        else:
            named = _tagged(words[0]) or jieba.dt.FREQ.get(words[0].word, 0) < _COMMON
        if named:
            found.append((match.start(1), match.end(2)))
    return found


#: Words that rank or size organisations: between a place and a kind of organisation
#: they describe (美国顶尖实验室, 国内头部公司), where a field names one (上海人工智能实验室).
_EVALUATIVE = frozenset("顶尖 顶级 头部 知名 领先 一流 主流 龙头 大型 中小 小型 新兴 老牌".split())


def _heads_organisation(head: _Word, loose: bool) -> bool:
    """科技 and 智能 also end common phrases (具身智能): before them only a name's tag or an
    unknown noun counts; before the other suffixes any name tag or unknown word does."""
    if head.flag.startswith(("nr", "nt")):
        return True
    if not head.known:
        return head.flag[0] == "n" if loose else head.flag[0] in "nja"
    if loose:  # a rare nz word is a brand (红牛科技), a frequent one a field (高新科技)
        return head.flag.startswith("nz") and jieba.dt.FREQ.get(head.word, 0) < _COMMON
    return head.flag.startswith(("nz", "ns"))


def _longest_first(spans: list[Span]) -> list[Span]:
    chosen: list[Span] = []
    for span in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if all(span[1] <= a or span[0] >= b for a, b in chosen):
            chosen.append(span)
    return sorted(chosen)


#: What a description of an organisation ends with (上市公司, 创业公司, 公安局).
_DESCRIBED = frozenset("公司 集团 企业 机构 厂商 平台 部门 团队 局 所 委 厅".split())


def descriptive(name: str) -> bool:
    """Whether a Chinese "name" describes rather than names: a kind of organisation after
    a common word (西雅图创业公司, 多家上市公司), or a dictionary word for one (公安局)."""
    words = [w for w in _words(name) if w.han]
    if not words:
        return False
    last = words[-1]
    if last.known and last.word not in _DESCRIBED and last.word.endswith(tuple(_DESCRIBED)):
        return len(words) == 1 or words[-2].known
    if last.word not in _DESCRIBED or len(words) < 2:
        return False
    before = words[-2]
    return before.known and not before.flag.startswith(("nr", "nt", "nz", "j"))


def describes_part(words: str) -> bool:
    """Whether the words after a name describe a part of it (法律团队 of 马斯克法律团队): a
    common word and a kind of organisation (:func:`descriptive`), naming no one the alias
    table knows (网易团队 names 网易)."""
    return (
        descriptive(words)
        and _KNOWN_NAMES.search(words) is None
        and _COMMON_WORDS.search(words) is None
    )


#: The kinds of school a place's name opens (香港大学, 南京大学, 北京电影学院).
_SCHOOL_SUFFIXES = ("大学", "学院")


def place_school_end(name: str) -> int:
    """Where a school named by its place and kind ends in a name (4 in 香港大学团队), or 0:
    its place is shared by many schools (香港科技大学), so the school is named whole, not
    by its place nor abbreviated from another's name."""
    import jieba.posseg  # the tagger loads on first use (see newsdesk.chinese)

    for suffix in _SCHOOL_SUFFIXES:
        at = name.find(suffix)
        if at >= 2 and str(jieba.posseg.dt.word_tag_tab.get(name[:at], "")).startswith("ns"):
            return at + len(suffix)
    return 0


def strip_generic_suffix(name: str) -> str:
    """拓竹科技 -> 拓竹, 清华大学 -> 清华; a name that is only a suffix stays as it is."""
    for suffix in _DROPPED_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def same_actor(a: str, b: str, *, shortest: int = 4) -> bool:
    """Whether two names name one actor: equal, or one a part of the other
    ("Xingheng Robotics" of "Shenzhen-based Xingheng Robotics").  A name shorter than
    ``shortest`` is matched whole only ("T3" is no part of "GPT3o")."""
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= shortest and short in long)
