"""Who published an entry: the outlet, not the feed it came through (pure functions).

Corroboration counts outlets, so one outlet seen through two feeds (its own RSS and an
RSSHub route, or a file of many outlets) must have one identity, its *key*: the host of
its site when a URL on it is known, else its name folded for case and spaces.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import parse_qsl, urlsplit

from newsdesk.model import Entry

#: Hosts whose pages belong to many outlets (accounts on a platform, a discussion or
#: link site): the host does not say who published, so the outlet's name is its key.
#: Without this every WeChat account would be one publisher, mp.weixin.qq.com.
SHARED_HOSTS = frozenset(
    {
        "mp.weixin.qq.com", "zhihu.com", "zhuanlan.zhihu.com", "weibo.com", "weibo.cn",
        "toutiao.com", "baijiahao.baidu.com", "bilibili.com", "xiaohongshu.com",
        "douyin.com", "medium.com", "substack.com", "x.com", "twitter.com", "youtube.com",
        "youtu.be", "linkedin.com", "facebook.com", "threads.net", "t.me", "github.com",
        "news.ycombinator.com", "reddit.com", "old.reddit.com", "news.google.com",
    }
)  # fmt: skip
_NAME_CHARS = 200
#: First path segments of shared hosts that are pages, not accounts.
_NOT_ACCOUNTS = frozenset({"s", "p", "item", "watch", "status", "r", "search", "topics", "in"})


def host_of(url: str) -> str:
    """A URL's host in lower case without ``www.`` or ``m.``; "" when it has none."""
    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".")
    except ValueError:
        return ""
    return host.removeprefix("www.").removeprefix("m.")


def account_of(url: str) -> str:
    """The account a page on a shared host belongs to, as ``host/account``: a GitHub
    owner, an X or Medium user, a WeChat account (its ``__biz``); "" when the URL names
    none."""
    host = host_of(url)
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    if host == "mp.weixin.qq.com":
        account = dict(parse_qsl(parts.query)).get("__biz", "")
    else:
        account = next((p for p in parts.path.split("/") if p), "")
    if not account or account in _NOT_ACCOUNTS:
        return ""
    return f"{host}/{account.lower()}"


def fold_name(name: str) -> str:
    """A name as a key: compatibility forms unified, case folded, spaces removed."""
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


def publisher_key(name: str, url: str = "") -> str:
    """An outlet's identity: the host of ``url`` (a page on its site), unless that host is
    shared by many outlets or unknown; then its folded name."""
    host = host_of(url)
    if host and host not in SHARED_HOSTS:
        return host
    return fold_name(name) or host


def entry_publisher(
    entry: Entry, *, url: str, external: str, source_name: str, aggregator: bool
) -> tuple[str, str]:
    """The name readers see and the key of the outlet that published an entry.

    An outlet the entry names comes first.  An aggregator's entry is otherwise published
    by the host of the article it links to (Hacker News does not publish the articles it
    links), or by the account when that host is shared (``github.com/owner``), or by the
    aggregator itself for its own pages; an ordinary source's entries are published by
    that source.
    """
    named = " ".join(entry.publisher.split())[:_NAME_CHARS]
    if named or entry.publisher_url:
        name = named or host_of(entry.publisher_url)
        return name, publisher_key(name, entry.publisher_url or external or url)
    if aggregator:
        link = external or url
        host = host_of(link)
        if host and host not in SHARED_HOSTS:
            return host, host
        if external and (account := account_of(external)):
            return account, account  # github.com/owner: each account is its own outlet
    return source_name, publisher_key(source_name, url)


def is_host_name(name: str) -> bool:
    """True when an outlet is named by its site's host ("frontierdispatch.example"): the
    name an aggregator's link gives an outlet whose page names none."""
    return "." in name and host_of(f"//{name}") == name.lower()


def site_names(reports: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The outlet name each site goes by, from ``(name, url)`` of reports: a report named
    by an outlet (not by a host) lends that name to the host of its page, unless the host
    is shared by many outlets.  The first report of a host wins."""
    names: dict[str, str] = {}
    for name, url in reports:
        host = host_of(url)
        if name and host and host not in SHARED_HOSTS and not is_host_name(name):
            names.setdefault(host, name)
    return names


def store_site_names(counts: Sequence[tuple[str, str, int]]) -> dict[str, str]:
    """The outlet name each site goes by across the store, from ``(publisher key, name,
    items)`` of every item: a name lends itself to a host that holds most of its items
    (a feed's own name, the name an outlet's pages give), and each host takes the name
    most of its items bear.  A name spread over many hosts (a file or a feed of many
    outlets named after itself) is no site's name, and neither is a host or an account."""
    totals: dict[str, int] = {}
    for _, name, n in counts:
        totals[name] = totals.get(name, 0) + n
    best: dict[str, tuple[int, str]] = {}
    for key, name, n in counts:
        if "/" in key or not is_host_name(key) or key in SHARED_HOSTS:
            continue
        if not name or is_host_name(name) or 2 * n <= totals[name]:
            continue
        if (n, name) > best.get(key, (0, "")):
            best[key] = (n, name)
    return {host: name for host, (_, name) in best.items()}


#: A word of Latin letters and digits, as a site's host may spell it.
_WORD = re.compile(r"[A-Za-z0-9]+")
#: What may stand between the words of a name its host runs together ("Elena Marsh").
_NAME_GAP = re.compile(r"[ -]?")
_NAME_WORDS = 4
#: The shortest host label a name is read for: a shorter one ("ft") matches too much.
_LABEL_CHARS = 4


def spelled_name(host: str, texts: Iterable[str]) -> str:
    """The name of the outlet at ``host`` as ``texts`` write it: up to four adjacent words,
    one capitalised, that run together are a label of the host ("EvalCommons" for
    evalcommons.example, "Corvid AI" for corvid-ai.example); "" when none do.  The
    spelling is the reports' own, never one made up from the host."""
    labels = {label.replace("-", "") for label in host.split(".")[:-1]}
    labels = {label for label in labels if len(label) >= _LABEL_CHARS}
    for text in texts:
        words = list(_WORD.finditer(text))
        for i, first in enumerate(words):
            for j in range(i, min(i + _NAME_WORDS, len(words))):
                if j > i and not _NAME_GAP.fullmatch(text[words[j - 1].end() : words[j].start()]):
                    break
                name = text[first.start() : words[j].end()]
                joined = "".join(w.group() for w in words[i : j + 1]).lower()
                if joined in labels and not name.islower():
                    return name
    return ""


def outlet_name(name: str, names: Mapping[str, str], texts: Iterable[str] = ()) -> str:
    """An outlet's name for readers.  A host name becomes the name its site goes by in
    ``names`` (see :func:`site_names`), else the name the story's ``texts`` spell it by
    (see :func:`spelled_name`), else stays the host: a name made up from a domain
    ("Github", "Ft") could be wrong, the host is at least the outlet's address."""
    if not is_host_name(name):
        return name
    host = name.lower()
    return names.get(host) or spelled_name(host, texts) or name
