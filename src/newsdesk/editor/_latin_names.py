"""Latin-script names in generated text, and the words and units that are no names.

Latin names are found by their shape: inner capitals (OpenAI), all capitals (NVIDIA),
digits (Qwen3, GPT-5.2), or a capital letter where English would not put one.  A capital
that only opens a sentence, or that every word of a title-case headline has, says nothing,
so such a word counts only when a name-like word follows it ("Zentrix Labs"), when it is
possessive, or when a reporting verb follows ("Zentrix said").

In Chinese prose every Latin-script word is a claim, whatever its case: a Chinese
writer spells names, products, models and terms in Latin script and little else, so
"引用了 trillions 库" or "平台More" must be found in the sources.  Only the words of
:data:`NOT_CLAIMS` (units, "AI", "API", English function words) are not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from newsdesk._tables import load_table
from newsdesk.chinese import HAN, HAN_CHAR
from newsdesk.editor._attach import MEASURES
from newsdesk.editor._common_words import everyday_opener

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
    # the scripts of China's and the Silk Road's old manuscripts and inscriptions
    "tibetan": ("藏语", "藏文", "吐蕃文"),
    "uyghur": ("维吾尔语", "维吾尔文", "回鹘文"),
    "uighur": ("维吾尔语", "维吾尔文", "回鹘文"),
    "old uyghur": ("回鹘文", "回鹘语"),
    "sanskrit": ("梵语", "梵文"),
    "sogdian": ("粟特语", "粟特文"),
    "tangut": ("西夏语", "西夏文"),
    "manchu": ("满语", "满文"),
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
    if HAN_CHAR.search(sentence):
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
    zh = bool(HAN_CHAR.search(sentence))
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
        elif token.lower in ("series", "class") and (letter := _ROUND_LETTER.match(sentence, end)):
            end = letter.end()  # Series G, Class A: a funding round, a class of shares
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
    """English word (stemmed) -> the Chinese it translates (``glossary.yaml``); a word
    and its plural (sport, sports) stem to one key, which holds the Chinese of both."""
    text = resources.files("newsdesk.editor").joinpath("glossary.yaml").read_text("utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for word, hans in load_table(text).items():
        key = stem(str(word))
        out[key] = tuple(dict.fromkeys((*out.get(key, ()), *map(str, hans))))
    return out
