"""Hostile config text: the loader answers with a Config or a ConfigError, nothing else.

YAML is built from pieces a config is made of (keys of every section, numbers at and past
their bounds, tags, anchors, duplicate keys, ${VAR} references), so examples reach the
validation of each model, not only the YAML parser.  Bounded by a fixed number of
examples, each with a deadline.
"""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.config import Config, parse_config
from newsdesk.exceptions import ConfigError

KEYS = [
    "sources", "digests", "fetch", "group", "assess", "select", "write", "verify", "render",
    "publish", "llm", "embed", "health", "id", "kind", "url", "name", "title", "language",
    "timeout", "retries", "backoff", "max_bytes", "threshold", "lead", "more", "quotas",
    "allow_private_addresses", "channels", "path", "fields", "tags", "schedule", "weight",
]  # fmt: skip
SCALARS = [
    "0", "-1", "1e309", ".inf", ".nan", "9223372036854775808", "true", "null", "~", "''",
    "feed", "jsonl", "zh", "en", "http://127.0.0.1/", "${HOME}", "${NOPE:-x}", "${",
    "[/red]", "!!python/object:os.system", "*a", "&a x", "[1, 2]", "{a: 1}", "'\\x00'",
]  # fmt: skip


def _yaml(depth: int) -> st.SearchStrategy[str]:
    scalar = st.sampled_from(SCALARS) | st.text(max_size=6)
    if depth == 0:
        return scalar
    inner = _yaml(depth - 1)
    mapping = st.lists(st.tuples(st.sampled_from(KEYS), inner), max_size=4).map(
        lambda pairs: "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}"
    )
    sequence = st.lists(inner, max_size=3).map(lambda xs: "[" + ", ".join(xs) + "]")
    return scalar | mapping | sequence


DOCUMENTS = st.lists(st.tuples(st.sampled_from(KEYS), _yaml(2)), max_size=5).map(
    lambda pairs: "".join(f"{k}: {v}\n" for k, v in pairs)
)


@settings(
    max_examples=200, deadline=timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow]
)
@given(DOCUMENTS | st.text(max_size=200))
def test_any_config_text_gives_a_config_or_a_config_error(text: str) -> None:
    try:
        assert isinstance(parse_config(text, env={"HOME": "/home/x"}), Config)
    except ConfigError as err:
        assert str(err)
