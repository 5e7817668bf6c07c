"""Publishing: each digest's day to each configured channel, exactly once.

Every (digest, day, channel) is claimed before posting and recorded message by message
(see ``_once.py``): a channel that already published that day is skipped unless forced,
one that failed half-way resumes after what it had posted, a message with no clear
answer is "unknown" and not posted again unless forced, and a channel that fails is
reported with its reason while the others go on.

A channel is one module: its config model (a :class:`~newsdesk.config.ChannelBase`), its
publisher (a :class:`Channel`), and :func:`register_channel` at its end, which is all it
takes for the config to accept its ``kind`` and for :func:`make_channel` to build it.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk._lazy import lazy_names
from newsdesk.config import ChannelConfig, unset_variables
from newsdesk.publish._base import (
    CHANNELS,
    Channel,
    Edition,
    Message,
    OutcomeUnknown,
    Part,
    PublishError,
    Revise,
    part_key,
    register_channel,
)

if TYPE_CHECKING:
    from newsdesk.publish._once import LEASE, publish_edition

# Imported when first used (see newsdesk._lazy): loading a config imports the
# channels, not the claims with the store they are kept in.
_HOMES = {
    "newsdesk.publish._once": ("LEASE", "publish_edition"),
}
__getattr__, __dir__ = lazy_names(__name__, _HOMES)

#: The built-in channels' modules, in the order a wrong ``kind`` lists their kinds.
BUILTIN_CHANNELS = ("files", "git", "telegram", "email", "webhooks")
for _module in BUILTIN_CHANNELS:
    importlib.import_module(f"{__name__}.{_module}")


def make_channel(config: ChannelConfig, base_dir: Path, work_dir: Path) -> Channel:
    """The publisher of a configured channel (one whose variables are not set is made
    all the same, for previews, and refuses to post)."""
    channel = CHANNELS[config.kind](config, base_dir, work_dir)
    channel.unset = unset_variables(config)
    channel.settings = config
    return channel


__all__ = [
    "BUILTIN_CHANNELS",
    "CHANNELS",
    "LEASE",
    "Channel",
    "Edition",
    "Message",
    "OutcomeUnknown",
    "Part",
    "PublishError",
    "Revise",
    "make_channel",
    "part_key",
    "publish_edition",
    "register_channel",
]
