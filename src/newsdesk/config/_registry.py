"""Registries of config models by ``kind``: how source kinds and channels plug in."""

from __future__ import annotations

import difflib
import functools
import importlib
import operator
from collections.abc import Mapping
from types import MappingProxyType
from typing import Annotated, Any, Generic, TypeVar

from pydantic import Field, GetCoreSchemaHandler
from pydantic_core import CoreSchema

from newsdesk.config._base import ConfigModel

_M = TypeVar("_M", bound=ConfigModel)


class Registry(Generic[_M]):
    """The config models of one extension point (source kinds, channels), by ``kind``.

    A kind's module registers its model when it is imported.  The built-in modules are
    imported the first time the models are needed, when a config is first validated, so
    this module imports no collector and no publisher.  In an annotation
    (``Annotated[SourceBase, SOURCE_MODELS]``) it is the union of the registered models,
    told apart by their ``kind``.
    """

    def __init__(self, what: str, builtins: str) -> None:
        #: What the extension point is called in messages ("source", "channel").
        self.what = what
        self._builtins = builtins
        self._models: dict[str, type[_M]] = {}
        self._known_as: dict[str, str] = {}

    def register(self, kind: str, model: type[_M], known_as: tuple[str, ...] = ()) -> None:
        """Accept ``kind: <kind>`` in the config, read as ``model``.  ``known_as``: the
        names people give what the kind reads (``rss`` for ``feed``), which a wrong
        ``kind`` is matched against before spelling: ``rss`` looks most like ``rsshub``."""
        if kind in self._models:
            raise ValueError(f"the {self.what} kind {kind!r} is registered twice")
        self._models[kind] = model
        for name in known_as:
            self._known_as.setdefault(name.casefold(), kind)

    def meant(self, word: str) -> str | None:
        """The kind a wrong ``kind: word`` most likely means: the kind known by that
        name, else the kind spelt most like it; None when none is close."""
        kinds = list(self.models)
        folded = word.strip().casefold().replace("-", "_").replace(" ", "_")
        if folded in self._known_as:
            return self._known_as[folded]
        near = difflib.get_close_matches(folded, kinds, n=1)
        return near[0] if near else None

    @property
    def models(self) -> Mapping[str, type[_M]]:
        """Each kind's model, in the order registered (several kinds may share one)."""
        importlib.import_module(self._builtins)
        return MappingProxyType(self._models)

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        models = functools.reduce(operator.or_, dict.fromkeys(self.models.values()))
        return handler.generate_schema(Annotated[models, Field(discriminator="kind")])
