"""newsdesk: the day's AI news from many sources, collected into one store.

The public API; everything not listed in ``__all__`` may change without notice.
"""

from newsdesk.config import Config, load_config, parse_config
from newsdesk.core import (
    BuiltSite,
    ClassifyReport,
    DayItems,
    DayStories,
    Newsdesk,
    SourceCheck,
    SourceStatus,
    StoryDetail,
    open_newsdesk,
)
from newsdesk.exceptions import (
    BlockedAddressError,
    ConfigError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    NewsdeskError,
    NotFoundError,
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
from newsdesk.store import Store, open_store

__version__ = "0.1.0"

__all__ = [
    "BlockedAddressError",
    "BuiltSite",
    "ClassifyReport",
    "Collected",
    "Config",
    "ConfigError",
    "DayItems",
    "DayStories",
    "Entry",
    "FetchError",
    "FetchState",
    "FetchTimeoutError",
    "FulltextReport",
    "HTTPStatusError",
    "Item",
    "Newsdesk",
    "NewsdeskError",
    "NotFoundError",
    "Outcome",
    "ParseError",
    "RunSummary",
    "SourceCheck",
    "SourceError",
    "SourceReport",
    "SourceStatus",
    "Store",
    "StoreError",
    "StoredItem",
    "StoryDetail",
    "TooLargeError",
    "UpsertCounts",
    "__version__",
    "load_config",
    "open_newsdesk",
    "open_store",
    "parse_config",
]
