"""The desk server: the review desk in a browser, the JSON API and the MCP endpoint,
all on one :class:`newsdesk.core.Newsdesk`, served by uvicorn.

:func:`create_app` makes the ASGI app; :func:`serve` runs it until SIGINT or SIGTERM,
letting a run in progress finish first.
"""

from newsdesk.web._app import STATUS, create_app, status_of
from newsdesk.web._serve import serve

__all__ = ["STATUS", "create_app", "serve", "status_of"]
