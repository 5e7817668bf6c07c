"""The collect stage: sources in, normalised items out (into the store)."""

from newsdesk.collect._collector import (
    check_sources,
    collect_fulltext,
    collect_sources,
    fulltext_pending,
    keyword_filter,
)
from newsdesk.collect._dates import parse_date
from newsdesk.collect._guard import address_kind
from newsdesk.collect._health import (
    HEALTH_WORDS,
    NO_NETWORK_ADVICE,
    assess_health,
    error_advice,
    no_network,
    read_health,
)
from newsdesk.collect._http import Fetcher, Response
from newsdesk.collect._normalize import canonical_url, detect_language, normalize_entry
from newsdesk.collect._publisher import outlet_name, site_names, store_site_names
from newsdesk.collect.kinds import KINDS, register_kind

__all__ = [
    "HEALTH_WORDS",
    "KINDS",
    "NO_NETWORK_ADVICE",
    "Fetcher",
    "Response",
    "address_kind",
    "assess_health",
    "canonical_url",
    "check_sources",
    "collect_fulltext",
    "collect_sources",
    "detect_language",
    "error_advice",
    "fulltext_pending",
    "keyword_filter",
    "no_network",
    "normalize_entry",
    "outlet_name",
    "parse_date",
    "read_health",
    "register_kind",
    "site_names",
    "store_site_names",
]
