"""Who may read and who may write on the desk server.

Three ways in, checked in this order:

- an API token (``Authorization: Bearer nd_...``, from ``newsdesk user token``), for
  scripts and assistants; it is not sent by browsers on their own, so it needs no CSRF
  token;
- a session cookie set by ``/login``: signed with the desk's key (HMAC-SHA256), HttpOnly,
  ``SameSite=Lax`` and ``Secure`` over HTTPS.  It carries a CSRF token that every write
  made with the cookie must send back (``X-CSRF-Token`` header, or a ``csrf`` form
  field), and a write whose ``Origin`` is another site is refused outright;
- no account at all: with no account in the store the desk is one person's, reached only
  on this machine (``serve`` refuses another ``--host``).  Requests must then name a
  loopback host (a page of another site that resolves its own name to 127.0.0.1 is
  refused) and, from a browser, come from the desk's own pages.

Reads need an account once one exists, unless ``server.public`` opens the archive.
Failed logins are counted per address and per account name, in this process.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import secrets
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from newsdesk._command import command
from newsdesk.core import Newsdesk
from newsdesk.exceptions import AccountError
from newsdesk.web._strings import fill, page_language, strings

__all__ = [
    "CSRF_HEADER",
    "SESSION_COOKIE",
    "Gate",
    "Identity",
    "check_listen",
    "csrf_token",
    "editor",
    "install_auth",
    "newsroom",
    "reader",
]

SESSION_COOKIE = "newsdesk_session"
#: The login form's own CSRF token, before there is a session to carry one.
LOGIN_COOKIE = "newsdesk_login"
CSRF_HEADER = "X-CSRF-Token"
#: The window failed logins are counted in.
LOGIN_WINDOW = 15 * 60.0
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


@dataclass(frozen=True, slots=True)
class Session:
    """What a session cookie says: who, until when, and the token its writes carry."""

    user: str
    csrf: str
    expires: float


@dataclass(frozen=True, slots=True)
class Identity:
    """Who a request is, and how it says so."""

    #: The account (or, with no accounts, the desk's own user); None: anonymous.
    user: str | None
    via: Literal["token", "session", "local", "anonymous"]
    session: Session | None = None


class SessionSigner:
    """Session cookies signed with the desk's key; anything altered or expired reads as
    no session."""

    def __init__(self, key: bytes, hours: float, clock: Callable[[], float] = time.time) -> None:
        self._key = key
        #: Seconds a session lasts.
        self.lifetime = hours * 3600
        self._clock = clock

    def new(self, user: str) -> Session:
        return Session(user, secrets.token_urlsafe(24), self._clock() + self.lifetime)

    def dumps(self, session: Session) -> str:
        body = json.dumps({"u": session.user, "c": session.csrf, "e": session.expires})
        payload = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
        return f"{payload}.{self._sign(payload)}"

    def loads(self, value: str) -> Session | None:
        payload, _, signature = value.partition(".")
        if not hmac.compare_digest(signature, self._sign(payload)):
            return None
        try:
            data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
            session = Session(str(data["u"]), str(data["c"]), float(data["e"]))
        except (ValueError, KeyError, TypeError):
            return None
        return session if session.expires > self._clock() else None

    def _sign(self, payload: str) -> str:
        return hmac.new(self._key, payload.encode(), hashlib.sha256).hexdigest()


class LoginLimiter:
    """Failed logins per key (an address, an account name) in a sliding window."""

    def __init__(
        self,
        attempts: int,
        window: float = LOGIN_WINDOW,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._attempts = attempts
        self._window = window
        self._clock = clock
        self._failures: defaultdict[str, deque[float]] = defaultdict(deque)

    def wait(self, *keys: str) -> float:
        """Seconds until any of ``keys`` may try again (0: now)."""
        now = self._clock()
        longest = 0.0
        for key in keys:
            failures = self._failures.get(key)
            if not failures:
                continue
            while failures and failures[0] <= now - self._window:
                failures.popleft()
            if len(failures) >= self._attempts:
                longest = max(longest, failures[0] + self._window - now)
        return longest

    def failed(self, *keys: str) -> None:
        now = self._clock()
        for key in keys:
            self._failures[key].append(now)

    def succeeded(self, *keys: str) -> None:
        for key in keys:
            self._failures.pop(key, None)


class Gate:
    """The server's access rules over one desk: who a request is, and what it may do."""

    def __init__(self, desk: Newsdesk, *, clock: Callable[[], float] = time.time) -> None:
        self.desk = desk
        settings = desk.config.server
        self.public = settings.public
        self.signer = SessionSigner(desk.accounts.session_key(), settings.session_hours, clock)
        self.limiter = LoginLimiter(settings.login_attempts)

    def accounts_exist(self) -> bool:
        return self.desk.accounts.exist()

    def identify(self, request: Request) -> Identity:
        scheme, _, credential = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and credential:
            user = self.desk.accounts.token_user(credential.strip())
            if user is None:
                raise _unauthorized("The API token is not valid (revoked, or mistyped).")
            return Identity(user, "token")
        cookie = request.cookies.get(SESSION_COOKIE)
        session = self.signer.loads(cookie) if cookie else None
        if session is not None and self.desk.accounts.known(session.user):
            return Identity(session.user, "session", session)
        if not self.accounts_exist():
            return Identity(self.desk.user, "local")
        return Identity(None, "anonymous")


def _gate(request: Request) -> Gate:
    gate: Gate = request.app.state.gate
    return gate


def reader(request: Request) -> Identity:
    """A dependency of every read: the caller, who must be signed in once accounts
    exist, unless ``server.public`` opens reading to everyone."""
    identity = _gate(request).identify(request)
    if identity.via == "local":
        _check_local(request)
    elif identity.via == "anonymous" and not _gate(request).public:
        raise _unauthorized("Sign in (or send an API token) to read this desk.")
    return identity


def newsroom(request: Request) -> Identity:
    """A dependency of the newsroom's own reads: editions under review with the stories
    left out and why, diffs, what the channels will receive, runs, and the assistant's
    endpoint (which reads drafts).  ``server.public`` opens the archive (the digests,
    stories, search and sources), not these: they need an account, or this machine when
    there is none."""
    identity = reader(request)
    if identity.via == "anonymous":
        raise _unauthorized(
            "Sign in (or send an API token) to see the newsroom: drafts, runs and channels "
            "are for editors, even on a public desk."
        )
    return identity


async def editor(request: Request) -> str:
    """A dependency of every write: the name the action is recorded under.  Answers 401
    without an account's session or token (once accounts exist), 403 for a browser write
    without the session's CSRF token or from another site."""
    identity = _gate(request).identify(request)
    if identity.via == "anonymous" or identity.user is None:
        raise _unauthorized("Sign in (or send an API token) to change this desk.")
    if identity.via == "token" or request.method in _SAFE_METHODS:
        return identity.user
    _check_origin(request)
    if identity.via == "local":
        _check_local(request)
    elif identity.session is not None:
        sent = request.headers.get(CSRF_HEADER) or await _form_token(request)
        if not hmac.compare_digest(sent, identity.session.csrf):
            raise HTTPException(
                403,
                "This change came without the page's CSRF token; reload the page and try again.",
            )
    return identity.user


async def _form_token(request: Request) -> str:
    """The ``csrf`` field of a posted form ("" for any other body).  Starlette keeps the
    parsed form, so the route reads it again for free."""
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        return ""
    return str((await request.form()).get("csrf") or "")


def csrf_token(request: Request) -> str:
    """The token a page must send back with its writes ("" when it needs none)."""
    identity = _gate(request).identify(request)
    return identity.session.csrf if identity.session is not None else ""


def check_listen(host: str, accounts_exist: bool) -> None:
    """Refuse to serve beyond this machine while anyone reaching it could edit and
    publish.  Raises AccountError saying what to do."""
    if accounts_exist or _is_loopback(host):
        return
    raise AccountError(
        f"Not listening on {host}: there is no editor account yet, so anyone who can reach "
        f"that address could edit and publish this desk. Make one with `{command()} user add "
        "NAME` (and sign in with it), or serve on 127.0.0.1."
    )


def install_auth(app: FastAPI, desk: Newsdesk) -> None:
    """Put the desk's access rules on the app, with its ``/login`` and ``/logout``."""
    app.state.gate = Gate(desk)
    app.include_router(_login_router())


def _login_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/login")
    def login_page(
        request: Request, gate: Annotated[Gate, Depends(_gate)], next: str = "/"
    ) -> HTMLResponse:
        return _fresh_form(request, page_language(gate.desk.config), next, "", 200)

    @router.post("/login", response_model=None)
    def login(
        request: Request,
        gate: Annotated[Gate, Depends(_gate)],
        name: Annotated[str, Form()] = "",
        password: Annotated[str, Form()] = "",
        csrf: Annotated[str, Form()] = "",
        next: Annotated[str, Form()] = "/",
    ) -> Response:
        language = page_language(gate.desk.config)
        table = strings(language)
        expected = request.cookies.get(LOGIN_COOKIE, "")
        if not expected or not hmac.compare_digest(csrf, expected):
            return _fresh_form(request, language, next, table["login.expired"], 403)
        keys = (f"address:{request.client.host if request.client else '?'}", f"name:{name}")
        wait = gate.limiter.wait(*keys)
        if wait:
            minutes = max(1, round(wait / 60))
            return HTMLResponse(
                _login_html(
                    language, expected, next, fill(table["login.wait"], {"minutes": minutes})
                ),
                status_code=429,
                headers={"Retry-After": str(int(wait) + 1)},
            )
        if not gate.desk.accounts.check_password(name, password):
            gate.limiter.failed(*keys)
            return HTMLResponse(
                _login_html(language, expected, next, table["login.wrong"]), status_code=401
            )
        gate.limiter.succeeded(*keys)
        response = RedirectResponse(_local_path(next), status_code=303)
        response.set_cookie(
            SESSION_COOKIE,
            gate.signer.dumps(gate.signer.new(name)),
            max_age=int(gate.signer.lifetime),
            httponly=True,
            samesite="lax",
            secure=_https(request),
        )
        response.delete_cookie(LOGIN_COOKIE)
        return response

    @router.post("/logout")
    def logout(user: Annotated[str, Depends(editor)]) -> RedirectResponse:
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE)
        return response

    return router


def _fresh_form(
    request: Request, language: str, next: str, error: str, status: int
) -> HTMLResponse:
    """The sign-in form with a new token in its cookie: on first showing, and when the
    token a form came back with was not this browser's (expired, or forged)."""
    token = secrets.token_urlsafe(24)
    response = HTMLResponse(_login_html(language, token, next, error), status_code=status)
    response.set_cookie(
        LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=_https(request)
    )
    return response


def _login_html(language: str, token: str, next: str, error: str) -> str:
    """The sign-in page in the desk's language, as its other pages are."""
    table = {key: escape(text) for key, text in strings(language).items() if key[:6] == "login."}
    message = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
    return f"""<!doctype html>
<html lang="{"zh-CN" if language == "zh" else "en"}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{table["login.title"]} · newsdesk</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/desk.css">
<script src="/static/theme.js"></script>
</head>
<body class="login"><form method="post" action="/login">
<h1>newsdesk</h1>{message}
<label>{table["login.name"]} <input name="name" autocomplete="username" required autofocus></label>
<label>{table["login.password"]} <input name="password" type="password"
autocomplete="current-password" required></label>
<input type="hidden" name="csrf" value="{escape(token)}">
<input type="hidden" name="next" value="{escape(_local_path(next))}">
<button type="submit">{table["login.title"]}</button>
</form></body></html>"""


def _local_path(target: str) -> str:
    """Where to go after signing in: a path of this server, never another site."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _https(request: Request) -> bool:
    return request.url.scheme == "https"


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(401, message, headers={"WWW-Authenticate": "Bearer"})


def _check_local(request: Request) -> None:
    """A desk with no accounts answers only requests that name this machine."""
    host = request.url.hostname or ""
    if not _is_loopback(host):
        raise HTTPException(
            403,
            f"This desk has no accounts, so it answers only on this machine, not as "
            f"{host or 'an unnamed host'}. Make one with `{command()} user add NAME`.",
        )


def _check_origin(request: Request) -> None:
    """A write sent by a page of another site is refused, whatever it carries."""
    origin = request.headers.get("origin")
    own = f"{request.url.scheme}://{request.headers.get('host', '')}"
    cross = request.headers.get("sec-fetch-site", "") in ("cross-site", "same-site")
    if cross or (origin is not None and origin != own):
        raise HTTPException(403, "Changes are only taken from the desk's own pages.")


def _is_loopback(host: str) -> bool:
    name = host.strip("[]").lower()
    if name in _LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False
