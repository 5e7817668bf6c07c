"""The sample day's helpers for the scheduler tests: a clock the test moves, the day as
the module's run left it, a local chat webhook that records the alerts it is sent, and
the config of a scheduled digest (written for this project).

The fixtures built on them are in ``conftest.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from newsdesk.demo._server import LocalServer, Reply

_FEISHU_OK = Reply(200, b'{"code":0,"msg":"success"}', {"Content-Type": "application/json"})


class Clock:
    """The desk's clock: it says what the test set it to."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@dataclass(frozen=True)
class Day:
    """The sample day as the module's run left it (unpublished drafts of both digests)."""

    folder: Path
    #: The config as the demo writes it, its sources on the running sample server.
    config: dict[str, Any]
    store: Path
    day: date
    #: 22:00 on the sample day in Asia/Shanghai, when the module's run was made.
    evening: datetime
    #: The sample server's address, to point the sources elsewhere.
    base_url: str


class AlertHook:
    """A Feishu-style webhook on 127.0.0.1 that answers "ok" and keeps what it got."""

    def __init__(self) -> None:
        self.server = LocalServer({"/hook": _FEISHU_OK})

    @property
    def url(self) -> str:
        return self.server.url("/hook")

    @property
    def texts(self) -> list[str]:
        """Each alert's text, its lines joined."""
        texts = []
        for request in self.server.requests:
            lines = json.loads(request.body)["content"]["post"]["zh_cn"]["content"]
            texts.append("\n".join("".join(tag["text"] for tag in line) for line in lines))
        return texts


def scheduled(
    served: Day, folder: Path, hook: AlertHook, *, sources_url: str | None = None, **digest: Any
) -> Path:
    """A config file whose ai-ribao digest has these settings (a schedule among them) and
    whose alerts go to the hook; ``sources_url`` moves every source there."""
    text = yaml.safe_dump(served.config, allow_unicode=True)
    if sources_url is not None:
        text = text.replace(served.base_url, sources_url)
    config = yaml.safe_load(text)
    config["digests"][0] |= digest
    config["alert_channels"] = [{"id": "editors", "kind": "feishu", "url": hook.url}]
    path = folder / "scheduled.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path
