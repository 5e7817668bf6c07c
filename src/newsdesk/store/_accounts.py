"""Editor accounts, API tokens and the desk's secrets (``users``, ``api_tokens``,
``desk_secrets``).

The store keeps only what cannot be turned back into a credential: a password's
argon2 hash, a token's SHA-256.  Hashing is the caller's (``newsdesk.accounts``), so the
store never sees a password.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from newsdesk.store import _tables as t
from newsdesk.store._base import SqlBase


class AccountQueries(SqlBase):
    """The account tables (see :class:`newsdesk.store.Store`)."""

    def save_user(self, name: str, password_hash: str, now: datetime) -> bool:
        c = t.users.c
        with self._begin(f"save the account {name!r}") as conn:
            known = conn.execute(sa.select(c.name).where(c.name == name)).first() is not None
            if known:
                conn.execute(
                    t.users.update().where(c.name == name).values(password_hash=password_hash)
                )
            else:
                conn.execute(
                    t.users.insert().values(name=name, password_hash=password_hash, created=now)
                )
        return not known

    def password_hash(self, name: str) -> str | None:
        c = t.users.c
        with self._begin("read an account") as conn:
            found = conn.execute(sa.select(c.password_hash).where(c.name == name)).scalar()
        return str(found) if found is not None else None

    def user_names(self) -> list[str]:
        with self._begin("list the accounts") as conn:
            return list(conn.execute(sa.select(t.users.c.name).order_by(t.users.c.name)).scalars())

    def remove_user(self, name: str) -> bool:
        with self._begin(f"remove the account {name!r}") as conn:
            conn.execute(t.api_tokens.delete().where(t.api_tokens.c.user == name))
            return conn.execute(t.users.delete().where(t.users.c.name == name)).rowcount == 1

    def save_token(self, token_hash: str, user: str, now: datetime) -> None:
        with self._begin(f"save a token of {user!r}") as conn:
            conn.execute(
                t.api_tokens.insert().values(token_hash=token_hash, user=user, created=now)
            )

    def token_user(self, token_hash: str, now: datetime) -> str | None:
        c = t.api_tokens.c
        with self._begin("check a token") as conn:
            user = conn.execute(sa.select(c.user).where(c.token_hash == token_hash)).scalar()
            if user is not None:
                used = t.api_tokens.update().where(c.token_hash == token_hash)
                conn.execute(used.values(last_used=now))
        return str(user) if user is not None else None

    def desk_secret(self, name: str, new: str, now: datetime) -> str:
        c = t.desk_secrets.c
        with self._begin(f"read the {name} secret") as conn:
            conn.execute(
                self._insert(t.desk_secrets)
                .values(name=name, value=new, created=now)
                .on_conflict_do_nothing(index_elements=["name"])
            )
            return str(conn.execute(sa.select(c.value).where(c.name == name)).scalar_one())
