"""The config file as the desk's sources live in it: adding, disabling and enabling a
source writes the file (see :mod:`newsdesk.config._edit`), and a desk that runs for long
reads the file again when another process or its owner changed it."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx
import yaml

from newsdesk._command import command
from newsdesk.collect import Fetcher, address_kind
from newsdesk.config import add_source as add_to_file
from newsdesk.config import file_stamp, load_config, parse_config
from newsdesk.config import set_source_enabled as enable_in_file
from newsdesk.core._sources import Sources
from newsdesk.core._views import SourceStatus
from newsdesk.exceptions import ConfigError, NewsdeskError


class ConfigFile(Sources):
    """The sources' part of the desk that changes the config file."""

    #: Why the config file, changed since the desk read it, was not read again (None:
    #: the desk uses the file as it is); see :meth:`reload_config`.
    config_problem: str | None = None
    #: The stamp of the file :meth:`reload_config` last refused.
    _refused_stamp: tuple[int, int, int] | None = None

    def add_source(
        self, fields: Mapping[str, Any], *, variables: bool = False, titled: bool = False
    ) -> SourceStatus:
        """Add a source to the config file (``fields`` as a source is written there:
        ``kind``, ``id``, ``name``, ``url``...) and use the file as it now is.

        With ``titled``, a feed given no ``name`` is named by the title the feed gives
        itself, read once from its ``url`` (:meth:`feed_title`): readers see a source's
        name under each story it reports, and its id is no name.

        Raises ConfigError, the file unchanged, for a source the config would refuse
        (each problem by its key, in the config's words), an id already taken, a value
        naming an environment variable unless ``variables`` (the file's owner adds it: a
        ``${VAR}`` is written as it is, read when the file loads), or a desk with no
        config file.

        .. versionadded:: 0.1 (issue #15)
        """
        if titled and not fields.get("name"):
            title = asyncio.run(self.afeed_title(fields))
            fields = {**fields, "name": title} if title else fields
        self.config = add_to_file(self._config_file(), fields, variables=variables)
        self.config_problem = None
        return self._status(str(fields["id"]))

    async def afeed_title(self, fields: Mapping[str, Any]) -> str:
        """The title of the feed a source to be added reads (``fields`` as
        :meth:`add_source` takes them), fetched once, as its fetches will be (its
        headers, its ``allow_private_addresses``, no retry); "" when it is no feed
        source, an aggregator (whose title names no outlet of its items), or its feed
        cannot be read or names itself nothing.

        .. versionadded:: 0.1
        """
        from newsdesk.collect.kinds.feed import FeedSource, feed_title

        given = {k: v for k, v in fields.items() if v is not None and v != ""}
        try:
            candidate = parse_config(
                yaml.safe_dump({"sources": [given]}, allow_unicode=True),
                base_dir=self.config.base_dir,
            )
        except ConfigError:
            return ""  # the file refuses it, in its own words
        [source] = candidate.sources
        if not isinstance(source, FeedSource) or source.aggregator:
            return ""
        settings = self.config.fetch.model_copy(update={"retries": 0})
        try:
            async with Fetcher(settings) as fetcher:
                response = await fetcher.for_source(source).get(
                    str(source.url), headers=dict(source.headers)
                )
        except (NewsdeskError, OSError, httpx.HTTPError):
            return ""
        return feed_title(response.text)

    def refused_address(self, source_id: str) -> str | None:
        """What the host of a source's ``url`` is, in words, when it is written as one
        that every fetch of the source will refuse (localhost, an IP address of this
        machine or a private network) because neither the source nor ``fetch`` says
        ``allow_private_addresses``; None otherwise.  Names are not resolved here: the
        fetch judges those.  Tells a user who just added a local feed before its first
        fetch fails.

        .. versionadded:: 0.1
        """
        source = self.config.source(source_id)
        return self.refused_url(getattr(source, "url", None), source.allow_private_addresses)

    def refused_url(self, url: object, allowed: bool = False) -> str | None:
        """:meth:`refused_address` of a source still to be added, by its ``url`` as
        given and whether it says ``allow_private_addresses`` (``allowed``): ``sources
        add`` refuses such a source before the file is touched.

        .. versionadded:: 0.1
        """
        if not isinstance(url, str) or allowed or self.config.fetch.allow_private_addresses:
            return None
        try:
            host = httpx.URL(url).host
        except httpx.InvalidURL:
            return None
        if host == "localhost" or host.endswith(".localhost"):
            return f"{host} is this machine"
        try:
            kind = address_kind(host)
        except ValueError:  # a name, not an address
            return None
        return f"{host} is {kind}" if kind else None

    def missing_files(self, source_id: str) -> Path | None:
        """The path (resolved, a glob as written) of a file source whose path matches
        no file now; None for one that matches, a path that names a variable not set
        (that is said apart), a file at a url, or any other kind.  The source is kept:
        its file may come later, but its fetches fail until it does, which a user who
        just added it is told at once rather than at the next check.

        .. versionadded:: 0.1
        """
        from newsdesk.collect.kinds.jsonl import JsonlSource, matching_files

        source = self.config.source(source_id)
        if not isinstance(source, JsonlSource) or not source.path or "${" in source.path:
            return None
        pattern, paths = matching_files(source.path, self.config.base_dir)
        return None if paths else pattern

    def set_source_enabled(self, source_id: str, enabled: bool) -> SourceStatus:
        """Disable a source in the config file (``enabled: false``) or enable it again,
        and use the file as it now is; a source already so is left alone.  Raises
        ConfigError for an id the file does not have, or a desk with no config file.

        .. versionadded:: 0.1 (issue #15)
        """
        self.config = enable_in_file(self._config_file(), source_id, enabled)
        self.config_problem = None
        return self._status(source_id)

    def reload_config(self) -> bool:
        """Read the config file again if it changed since it was read — saved by its
        owner, or by another newsdesk adding or disabling a source — so a server sees
        the sources the command line sees.  True when it was read again.

        A file saved with a mistake leaves the desk on the config it had, and
        :attr:`config_problem` says what is wrong until the file is fixed; it is read
        once per change, not on every call.  The store stays the one the desk opened.

        .. versionadded:: 0.1 (issue #15)
        """
        path = self.config.path
        stamp = file_stamp(path) if path is not None else None
        if path is None or stamp in (self.config.stamp, self._refused_stamp):
            return False
        try:
            self.config = load_config(path)
        except ConfigError as err:
            self._refused_stamp, self.config_problem = stamp, str(err)
            return False
        self._refused_stamp, self.config_problem = None, None
        return True

    def _config_file(self) -> Path:
        if self.config.path is None:
            raise ConfigError(
                "This desk was not started on a config file, so there is nowhere to keep a "
                f"source: `{command()} init` writes newsdesk.yaml, or pass --config PATH."
            )
        return self.config.path

    def _status(self, source_id: str) -> SourceStatus:
        return next(s for s in self.sources() if s.source.id == source_id)
