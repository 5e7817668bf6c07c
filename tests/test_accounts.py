"""Editor accounts: argon2 password hashes, API tokens kept as hashes, one cookie key."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdesk.accounts import MIN_PASSWORD, TOKEN_PREFIX, Accounts
from newsdesk.exceptions import AccountError
from newsdesk.store import SqlStore

NOW = datetime(2026, 6, 10, 9, tzinfo=UTC)
PASSWORD = "correct horse battery"


@pytest.fixture
def accounts(store: SqlStore) -> Accounts:
    return Accounts(store, lambda: NOW)


def test_a_password_is_kept_only_as_an_argon2_hash(accounts: Accounts, store: SqlStore) -> None:
    assert accounts.add("alice", PASSWORD)

    kept = store.password_hash("alice")
    assert kept is not None and kept.startswith("$argon2id$") and PASSWORD not in kept
    assert accounts.check_password("alice", PASSWORD)
    assert not accounts.check_password("alice", PASSWORD.upper())
    assert not accounts.check_password("nobody", PASSWORD)


def test_a_taken_name_needs_replace_to_change_its_password(accounts: Accounts) -> None:
    accounts.add("alice", PASSWORD)

    with pytest.raises(AccountError, match="--replace"):
        accounts.add("alice", "another long password")
    assert not accounts.add("alice", "another long password", replace=True)
    assert accounts.check_password("alice", "another long password")
    assert accounts.names() == ["alice"]


@pytest.mark.parametrize(
    ("name", "password", "message"),
    [
        ("alice", "x" * (MIN_PASSWORD - 1), "at least"),
        ("", PASSWORD, "cannot be an account name"),
        ("-alice", PASSWORD, "cannot be an account name"),
        ("al ice", PASSWORD, "cannot be an account name"),
    ],
)
def test_bad_names_and_short_passwords_are_refused(
    accounts: Accounts, name: str, password: str, message: str
) -> None:
    with pytest.raises(AccountError, match=message):
        accounts.add(name, password)
    assert not accounts.exist()


def test_a_token_is_shown_once_and_kept_as_its_hash(accounts: Accounts, store: SqlStore) -> None:
    accounts.add("alice", PASSWORD)

    token = accounts.new_token("alice")

    assert token.startswith(TOKEN_PREFIX) and len(token) > 40
    assert accounts.token_user(token) == "alice"
    assert accounts.token_user(token + "x") is None
    assert accounts.token_user("not-a-token") is None
    with pytest.raises(AccountError, match="no account 'bob'"):
        accounts.new_token("bob")


def test_removing_an_account_voids_its_tokens(accounts: Accounts) -> None:
    accounts.add("alice", PASSWORD)
    token = accounts.new_token("alice")

    accounts.remove("alice")

    assert accounts.token_user(token) is None and not accounts.exist()
    with pytest.raises(AccountError, match="no account"):
        accounts.remove("alice")


def test_every_process_gets_the_same_session_key(store: SqlStore) -> None:
    first = Accounts(store, lambda: NOW).session_key()
    again = Accounts(store, lambda: NOW).session_key()
    assert first == again and len(first) == 64
