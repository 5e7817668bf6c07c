"""A digest's ``publish``: what every channel has, and the registry of channels."""

from __future__ import annotations

import string
from typing import Annotated

from pydantic import Field, PrivateAttr
from pydantic.config import JsonDict

from newsdesk.config._base import ConfigModel, Slug
from newsdesk.config._registry import Registry


class ChannelBase(ConfigModel):
    """What every channel has; each channel's model adds its own keys (``publish/``)."""

    id: Slug = Field(description="names the channel in publish --channel and the records")
    enabled: bool = True
    kind: str = Field(description="a registered channel; its model reads the rest")
    #: What each ${VAR} its keys name held when the file was read (``${VAR}``: value):
    #: shown as written wherever an error of the channel is printed or stored.
    _secrets: dict[str, str] = PrivateAttr(default_factory=dict)

    @property
    def markdown_style(self) -> str:
        """A style the channel posts besides the digest's own ("": none of its own)."""
        return ""

    @property
    def logins(self) -> tuple[str, ...]:
        """The credentials as the channel's protocol sends them in base64 (SMTP's AUTH),
        which a server refusing them may quote: decoded, they are the password, so
        :func:`~newsdesk.config.hide_secrets` hides their base64.  None by default."""
        return ()

    @property
    def carries_alerts(self) -> bool:
        """Whether the channel can post a short plain-text alert (a failed scheduled run,
        a draft to review): chats and e-mail can, a folder or a repository cannot."""
        return False


#: A key's ``json_schema_extra`` that marks it a credential (a bot token, a password, a
#: webhook's address), never shown in an error: ``Field(..., json_schema_extra=SECRET)``.
SECRET: JsonDict = {"secret": True}


#: The config model of each channel kind, registered by the channel's module.
CHANNEL_MODELS: Registry[ChannelBase] = Registry("channel", "newsdesk.publish")
#: A configured channel, read as its kind's model.
ChannelConfig = Annotated[ChannelBase, CHANNEL_MODELS]


def check_placeholders(value: str, allowed: tuple[str, ...]) -> str:
    """A pattern may use only these {placeholders}; a typo fails when the config loads."""
    for _, field, _, _ in string.Formatter().parse(value):
        if field is not None and field not in allowed:
            names = ", ".join("{" + a + "}" for a in allowed)
            raise ValueError(f"unknown placeholder {{{field}}}: use {names}")
    return value
