"""The collect stage: sources in, normalised items out (into the store)."""

from typing import TYPE_CHECKING

from newsdesk._lazy import lazy_names

if TYPE_CHECKING:
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
        read_locally,
    )
    from newsdesk.collect._http import Fetcher, Response
    from newsdesk.collect._normalize import canonical_url, detect_language, normalize_entry
    from newsdesk.collect._publisher import outlet_name, site_names, store_site_names
    from newsdesk.collect.kinds import KINDS, register_kind

# Imported when first used (see newsdesk._lazy): loading a config imports the
# source kinds, not the collector with the store it writes to.
_HOMES = {
    "newsdesk.collect._collector": (
        "check_sources",
        "collect_fulltext",
        "collect_sources",
        "fulltext_pending",
        "keyword_filter",
    ),
    "newsdesk.collect._dates": ("parse_date",),
    "newsdesk.collect._guard": ("address_kind",),
    "newsdesk.collect._health": (
        "HEALTH_WORDS",
        "NO_NETWORK_ADVICE",
        "assess_health",
        "error_advice",
        "no_network",
        "read_health",
        "read_locally",
    ),
    "newsdesk.collect._http": ("Fetcher", "Response"),
    "newsdesk.collect._normalize": ("canonical_url", "detect_language", "normalize_entry"),
    "newsdesk.collect._publisher": ("outlet_name", "site_names", "store_site_names"),
    "newsdesk.collect.kinds": ("KINDS", "register_kind"),
}
__getattr__, __dir__ = lazy_names(__name__, _HOMES)

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
    "read_locally",
    "register_kind",
    "site_names",
    "store_site_names",
]
