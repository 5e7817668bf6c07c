"""newsdesk: the day's AI news from many sources, collected into one store.

The public API; everything not listed in ``__all__`` may change without notice.
"""

from newsdesk.config import Config, load_config, parse_config
from newsdesk.exceptions import (
    BlockedAddressError,
    ConfigError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    NewsdeskError,
    ParseError,
    SourceError,
    StoreError,
    TooLargeError,
)
from newsdesk.model import (
    Collected,
    Entry,
    FetchState,
    FulltextReport,
    Item,
    Outcome,
    RunSummary,
    SourceReport,
    StoredItem,
    UpsertCounts,
)
from newsdesk.pipeline import check, fetch, run
from newsdesk.store import Store, open_store

__version__ = "0.1.0"

__all__ = [
    "BlockedAddressError",
    "Collected",
    "Config",
    "ConfigError",
    "Entry",
    "FetchError",
    "FetchState",
    "FetchTimeoutError",
    "FulltextReport",
    "HTTPStatusError",
    "Item",
    "NewsdeskError",
    "Outcome",
    "ParseError",
    "RunSummary",
    "SourceError",
    "SourceReport",
    "Store",
    "StoreError",
    "StoredItem",
    "TooLargeError",
    "UpsertCounts",
    "__version__",
    "check",
    "fetch",
    "load_config",
    "open_store",
    "parse_config",
    "run",
]
