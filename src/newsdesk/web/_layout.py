"""The layout every page of the desk shares, and the headers that let a browser run
nothing but the desk's own scripts.

A page is a Jinja2 template extending ``base.html.j2`` (the header with its navigation,
the theme switch, the shortcuts list), rendered by :func:`render_page` in the language
of its digest.  Templates escape every value (autoescape); the scripts in ``static/``
are plain ES modules, no build step, and every page is sent with a
Content-Security-Policy of ``default-src 'self'``: no inline script, style or handler
runs, so text from a feed can never become code.  What a page changes it changes
through the JSON API, sending the page's CSRF token.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsdesk.config import DigestConfig
from newsdesk.core import Newsdesk
from newsdesk.model import score_text
from newsdesk.web._auth import Identity, csrf_token, newsroom, reader
from newsdesk.web._strings import fill, label, page_language, strings, text_of

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "NAV",
    "STATIC",
    "SecurityHeaders",
    "SignInRequired",
    "fill",
    "page_desk",
    "page_newsroom",
    "page_reader",
    "render_page",
]

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

#: The header's navigation: each page's path (under ``/``) and the key of its name.
NAV: Mapping[str, str] = {"review": "nav.review", "sources": "nav.sources", "runs": "nav.runs"}

#: Only the desk's own files run or load; images may also be data URLs (the cover).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}

_environment = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(["html", "j2"], default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
# ``tojson`` keeps Chinese readable (it still escapes <, >, & and ').
_environment.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
_environment.filters["score"] = score_text


class SecurityHeaders:
    """Send the Content-Security-Policy (and its companions) with every response, the
    API's reference page included (it loads nothing from elsewhere)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in _HEADERS.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, sending)


class SignInRequired(Exception):
    """A page was asked for without a session while the desk needs one: the browser
    is sent to sign in, and comes back after."""

    def __init__(self, target: str) -> None:
        super().__init__(target)
        self.target = target


def page_reader(request: Request) -> Identity:
    """The dependency of the archive's pages: :func:`~newsdesk.web._auth.reader`,
    sending a browser without a session to ``/login`` instead of answering 401."""
    return _or_sign_in(request, reader)


def page_newsroom(request: Request) -> Identity:
    """The dependency of the newsroom's pages (the review desk, runs):
    :func:`~newsdesk.web._auth.newsroom`, sending a browser to ``/login`` likewise."""
    return _or_sign_in(request, newsroom)


def _or_sign_in(request: Request, check: Callable[[Request], Identity]) -> Identity:
    try:
        return check(request)
    except HTTPException as err:
        if err.status_code != 401:
            raise
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise SignInRequired(target) from err


def page_desk(request: Request) -> Newsdesk:
    """The desk the pages show: the app's."""
    desk: Newsdesk = request.app.state.desk
    return desk


def render_page(
    request: Request,
    template: str,
    identity: Identity,
    *,
    section: str,
    digest: DigestConfig | None = None,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    """A page of the desk in its digest's language (or the first digest's).

    ``section`` is the page's key in :data:`NAV` (its link is marked current);
    ``context`` is passed to the template, which also gets ``t(key, **values)``, the
    language, the CSRF token, who is signed in and whether they may change things.
    """
    desk = page_desk(request)
    language = page_language(desk.config, digest)
    table = strings(language)

    def t(key: str, **values: object) -> str:
        return fill(text_of(table, key, values), values)

    html = _environment.get_template(template).render(
        t=t,
        label=lambda prefix, name: label(table, prefix, name),
        lang=language,
        ui_strings=table,
        csrf=csrf_token(request),
        user=identity.user if identity.via != "anonymous" else None,
        signed_in=identity.via == "session",
        can_edit=identity.via != "anonymous",
        section=section,
        digest=digest,
        nav=NAV,
        nav_query=f"?digest={quote(digest.name)}" if digest is not None else "",
        static=lambda name: f"/static/{name}",
        **context,
    )
    return HTMLResponse(html, status_code=status_code)
