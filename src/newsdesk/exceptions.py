"""Every error newsdesk raises on purpose.

The tree::

    NewsdeskError
    ├── ConfigError          the YAML file is missing, unreadable or invalid
    │   └── SourceTakenError a source to add has the id of one the file has already
    ├── StoreError           the database could not be opened, migrated or written
    │   └── BusyError        another process holds the lease on the work (carries lease)
    ├── EmbedError           sentence vectors could not be made (encoder or endpoint)
    ├── EvalError            an evaluation file could not be read (carries line)
    ├── NotFoundError        what was asked for is not in the store (a story, a digest)
    ├── EditionError         an editor's action does not fit the edition (a published one
    │                        cannot be approved, a story not of its day cannot be pinned)
    ├── AccountError         an editor account cannot be made or used as asked (a name
    │                        taken, a password too short, a server open with no account)
    ├── RunningError         a run is going already in this desk: one at a time
    ├── ExecutionError       the workers cannot be reached or a task of a run cannot
    │                        finish (Redis down, no worker, a stage timed out)
    ├── LLMError             the chat model could not give a usable reply
    │   ├── LLMUnavailable   the endpoint failed after retries (timeout, 429, 5xx, auth)
    │   ├── LLMReplyError    the reply was not the JSON asked for, even after one repair
    │   └── BudgetExhausted  the run's token budget is spent; no further calls
    └── SourceError          one source could not be collected (carries source_id)
        ├── FetchError       the HTTP exchange failed (carries url)
        │   ├── HTTPStatusError     the server answered 4xx/5xx
        │   ├── TooLargeError       the body exceeded the configured cap
        │   ├── FetchTimeoutError   no complete answer within the time limit
        │   └── BlockedAddressError the URL leads to a loopback, private or other
        │                           non-public address (carries address)
        └── ParseError       the body could not be turned into items
            └── EntryError   one entry could not be read (it is skipped, never its source)

Only ``cli.py`` turns these into messages and exit codes; everything else lets them
propagate or records them (a failing source is recorded, never fatal to a run).
"""

from __future__ import annotations


class NewsdeskError(Exception):
    """Root of all newsdesk errors; ``str(err)`` is a message fit for a user."""


class ConfigError(NewsdeskError):
    """The configuration is invalid.  ``problems`` lists one line per wrong key."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.problems = problems or []
        super().__init__(message)

    def __str__(self) -> str:
        head = super().__str__()
        if not self.problems:
            return head
        return head + "\n" + "\n".join(f"  {line}" for line in self.problems)


class SourceTakenError(ConfigError):
    """A source to add has the id of one the file has already: the desk answers it 409,
    not 400, and the command line says how to change the one there instead."""


class StoreError(NewsdeskError):
    """The store could not do what was asked; the cause is chained."""


class BusyError(StoreError):
    """Another process holds the lease on this work (grouping) and did not let go in time."""

    def __init__(self, message: str, *, lease: str) -> None:
        #: The lease's name ("group").
        self.lease = lease
        super().__init__(message)


class EmbedError(NewsdeskError):
    """The embedder failed; grouping waits for the next run, nothing stored is lost."""


class EvalError(NewsdeskError):
    """An ``eval`` input file is unreadable or a line is not a valid record."""


class NotFoundError(NewsdeskError):
    """What was asked for (a story, a written digest) is not in the store."""


class EditionError(NewsdeskError):
    """An editor's action does not fit the edition as it stands."""


class EntryFormatError(EditionError):
    """An editor's entry, as a file, is not in the form the editor is shown."""


class AccountError(NewsdeskError):
    """An editor account cannot be made or used as asked."""


class RunningError(NewsdeskError):
    """A desk runs one run at a time; another was asked for while one is going."""


class ExecutionError(NewsdeskError):
    """The Celery engine cannot run the work: its broker is unreachable, or a stage's
    tasks did not finish in time (no worker is running)."""


class LLMError(NewsdeskError):
    """A chat call gave no usable reply; the editor falls back to the offline text."""


class LLMUnavailable(LLMError):
    """The endpoint did not answer usefully after the configured retries."""


class LLMReplyError(LLMError):
    """The reply was not valid JSON of the expected shape, even after one repair."""


class BudgetExhausted(LLMError):
    """The run's token budget (``llm.budget_tokens``) is used up."""


class SourceError(NewsdeskError):
    """Collecting one source failed.  The run goes on; this is stored on the source."""

    def __init__(self, message: str, *, source_id: str | None = None) -> None:
        self.source_id = source_id
        super().__init__(message)


class FetchError(SourceError):
    """An HTTP request did not give a usable response."""

    def __init__(
        self, message: str, *, url: str, source_id: str | None = None, retryable: bool = False
    ) -> None:
        self.url = url
        #: True when trying again may help (a refused connection).
        self.retryable = retryable
        super().__init__(message, source_id=source_id)


class HTTPStatusError(FetchError):
    """The server answered with an error status after any retries."""

    def __init__(self, message: str, *, url: str, status: int) -> None:
        self.status = status
        super().__init__(message, url=url)


class TooLargeError(FetchError):
    """The response was bigger than ``fetch.max_bytes``."""


class FetchTimeoutError(FetchError):
    """The server did not answer completely within ``fetch.timeout`` seconds."""


class BlockedAddressError(FetchError):
    """The URL resolves to an address newsdesk does not fetch unless allowed."""

    def __init__(self, message: str, *, url: str, address: str) -> None:
        #: The IP address that was refused.
        self.address = address
        super().__init__(message, url=url)


class ParseError(SourceError):
    """A response or file could not be read as the source's kind."""


class EntryError(ParseError):
    """One entry is malformed.  Its kind skips it and counts it; ``str(err)`` is the reason."""
