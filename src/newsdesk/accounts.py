"""Editor accounts of the desk server: who may edit, approve and publish.

Passwords are hashed with argon2id (the Password Hashing Competition's winner, and what
OWASP recommends first); an API token is 32 random bytes shown once and kept as its
SHA-256, which is enough for a value nobody could guess.  Checking an unknown name costs
as much as checking a known one, so the time a login takes does not say which names
exist.  The key that signs the server's session cookies is made once and kept in the
store, so every process of one desk (and a restart) accepts the same sessions.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable
from datetime import datetime
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from newsdesk._command import command
from newsdesk.exceptions import AccountError
from newsdesk.store import Store

__all__ = ["MIN_PASSWORD", "TOKEN_PREFIX", "Accounts"]

#: Shortest password taken: a desk that publishes under a name deserves more than a PIN.
MIN_PASSWORD = 10
#: Starts every API token, so a leaked one is recognisable (and found by secret scanners).
TOKEN_PREFIX = "nd_"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.@-]{0,99}")
_HASHER = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified against when the name is unknown, so that case takes as long as a wrong
    password; made on first need, not at import (an argon2id hash is 0.2 s of CPU that
    every process importing newsdesk paid)."""
    return _HASHER.hash(secrets.token_hex(16))


class Accounts:
    """The accounts in a store; ``now`` is the desk's clock."""

    def __init__(self, store: Store, now: Callable[[], datetime]) -> None:
        self._store = store
        self._now = now

    def add(self, name: str, password: str, *, replace: bool = False) -> bool:
        """Make an account (True), or with ``replace`` set the password of one that
        exists (False).  Raises AccountError for a bad name, a short password, or a name
        taken without ``replace``."""
        if not _NAME.fullmatch(name):
            raise AccountError(
                f"{name!r} cannot be an account name: use 1-100 letters, digits and . _ - @, "
                "starting with a letter or digit."
            )
        if len(password) < MIN_PASSWORD:
            raise AccountError(
                f"The password is {len(password)} characters long; use at least {MIN_PASSWORD}."
            )
        if not replace and self._store.password_hash(name) is not None:
            raise AccountError(
                f"There is already an account {name!r}; `{command()} user add {name} --replace` "
                "sets a new password."
            )
        return self._store.save_user(name, _HASHER.hash(password), self._now())

    def remove(self, name: str) -> None:
        """Delete an account and its tokens.  Raises AccountError when there is none."""
        if not self._store.remove_user(name):
            raise AccountError(f"There is no account {name!r}.")

    def names(self) -> list[str]:
        return self._store.user_names()

    def known(self, name: str) -> bool:
        """Whether the account exists (a session of a removed one is void)."""
        return self._store.password_hash(name) is not None

    def exist(self) -> bool:
        """Whether any account exists: then every write needs one."""
        return bool(self._store.user_names())

    def check_password(self, name: str, password: str) -> bool:
        """Whether ``password`` is the account's; an old-parameter hash is upgraded."""
        stored = self._store.password_hash(name)
        try:
            _HASHER.verify(stored or _dummy_hash(), password)
        except (VerificationError, InvalidHashError):
            return False
        if stored is None:
            return False
        if _HASHER.check_needs_rehash(stored):
            self._store.save_user(name, _HASHER.hash(password), self._now())
        return True

    def new_token(self, name: str) -> str:
        """A new API token for the account, to be shown once: only its hash is kept.
        Raises AccountError when there is no such account."""
        if self._store.password_hash(name) is None:
            raise AccountError(
                f"There is no account {name!r}; `{command()} user add {name}` makes one."
            )
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        self._store.save_token(_digest(token), name, self._now())
        return token

    def token_user(self, token: str) -> str | None:
        """The account an API token belongs to, or None."""
        if not token.startswith(TOKEN_PREFIX):
            return None
        return self._store.token_user(_digest(token), self._now())

    def session_key(self) -> bytes:
        """The key that signs session cookies, the same for every process of the desk."""
        return self._store.desk_secret("session", secrets.token_hex(32), self._now()).encode()


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
