"""The newsdesk.yaml file: pydantic models, loading, and messages a user can act on.

Secrets never live in the file: any string may say ``${ENV_VAR}`` (or
``${ENV_VAR:-default}``), and ``NEWSDESK_<SECTION>__<KEY>=value`` overrides a setting
(``NEWSDESK_STORE__URL=postgresql+psycopg://...``).

One module per concern: ``_base`` (the base model, checked value types), ``_registry``
(models by ``kind``), ``_store``, ``_fetch`` (fetch, fulltext, health, rsshub),
``_sources``, ``_desk`` (embed, group, assess, select), ``_editor`` (llm, write,
verify), ``_render`` (output, render, site), ``_server`` (the desk server's access),
``_execution`` (local or Celery workers), ``_channels``, ``_digest`` (a digest and the
whole file), ``_errors`` (validation errors in words), ``_load`` (YAML, env),
``_edit`` (adding, disabling and enabling a source in the file's own text) and
``_starter`` (the file ``init`` writes).
The models of each source kind and channel live with the kind (``collect/kinds/``,
``publish/``) and register themselves; this package names none of them.
"""

from newsdesk._defaults import DEFAULT_CONFIG_NAME
from newsdesk.config._base import (
    ConfigModel,
    HttpUrl,
    Language,
    Slug,
    TimeZoneName,
    folder_of,
)
from newsdesk.config._channels import (
    CHANNEL_MODELS,
    SECRET,
    ChannelBase,
    ChannelConfig,
    check_placeholders,
)
from newsdesk.config._desk import (
    EVENT_WORDS,
    FEATURE_WORDS,
    MAJOR_NAMES,
    AssessSettings,
    CategoryConfig,
    EmbedSettings,
    GroupSettings,
    ImportanceWeights,
    SelectSettings,
)
from newsdesk.config._digest import Config, DigestConfig
from newsdesk.config._edit import add_source, set_source_enabled
from newsdesk.config._editor import LLMSettings, ModelPrice, VerifySettings, WriteSettings
from newsdesk.config._execution import ExecutionSettings
from newsdesk.config._fetch import (
    FetchSettings,
    FulltextSettings,
    HealthSettings,
    HostLimits,
    RSSHubSettings,
)
from newsdesk.config._load import (
    ENV_PREFIX,
    apply_env_overrides,
    as_written,
    file_stamp,
    hide_secrets,
    interpolate_env,
    load_config,
    not_set,
    parse_config,
    unset_variables,
    waits_on_tags,
)
from newsdesk.config._registry import Registry
from newsdesk.config._render import CoverSettings, OutputSettings, RenderSettings, SiteSettings
from newsdesk.config._server import ServerSettings
from newsdesk.config._sources import AI_KEYWORDS, SOURCE_MODELS, SourceBase, SourceConfig
from newsdesk.config._starter import STARTER_LANGUAGES, starter_text
from newsdesk.config._store import StoreSettings, resolve_store_url

__all__ = [
    "AI_KEYWORDS",
    "CHANNEL_MODELS",
    "DEFAULT_CONFIG_NAME",
    "ENV_PREFIX",
    "EVENT_WORDS",
    "FEATURE_WORDS",
    "MAJOR_NAMES",
    "SECRET",
    "SOURCE_MODELS",
    "STARTER_LANGUAGES",
    "AssessSettings",
    "CategoryConfig",
    "ChannelBase",
    "ChannelConfig",
    "Config",
    "ConfigModel",
    "CoverSettings",
    "DigestConfig",
    "EmbedSettings",
    "ExecutionSettings",
    "FetchSettings",
    "FulltextSettings",
    "GroupSettings",
    "HealthSettings",
    "HostLimits",
    "HttpUrl",
    "ImportanceWeights",
    "LLMSettings",
    "Language",
    "ModelPrice",
    "OutputSettings",
    "RSSHubSettings",
    "Registry",
    "RenderSettings",
    "SelectSettings",
    "ServerSettings",
    "SiteSettings",
    "Slug",
    "SourceBase",
    "SourceConfig",
    "StoreSettings",
    "TimeZoneName",
    "VerifySettings",
    "WriteSettings",
    "add_source",
    "apply_env_overrides",
    "as_written",
    "check_placeholders",
    "file_stamp",
    "folder_of",
    "hide_secrets",
    "interpolate_env",
    "load_config",
    "not_set",
    "parse_config",
    "resolve_store_url",
    "set_source_enabled",
    "starter_text",
    "unset_variables",
    "waits_on_tags",
]
