"""The desk's pages on the app: the layout's static files and headers, the sign-in
redirect, and each page's routes (one module per page)."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from newsdesk.web._layout import STATIC, SecurityHeaders, SignInRequired
from newsdesk.web._review import review_router
from newsdesk.web._sources import sources_router

__all__ = ["install_pages"]


def install_pages(app: FastAPI) -> None:
    """Put the desk's pages on the app: the static files, the security headers, the
    sign-in redirect, and each page's routes, on the app's desk (``app.state.desk``).
    ``install_auth`` must run first."""
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)

    async def sign_in(request: Request, exc: Exception) -> Response:
        target = exc.target if isinstance(exc, SignInRequired) else "/"
        return RedirectResponse(f"/login?next={quote(target)}", status_code=303)

    app.add_exception_handler(SignInRequired, sign_in)

    @app.get("/", include_in_schema=False)
    def home(request: Request) -> RedirectResponse:
        """The review desk, with what was asked of it (``?digest=NAME&date=DAY``)."""
        query = request.url.query
        return RedirectResponse("/review" + (f"?{query}" if query else ""), status_code=307)

    app.include_router(review_router())
    app.include_router(sources_router())
