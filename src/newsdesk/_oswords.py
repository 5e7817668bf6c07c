"""The system's refusal to write a file or folder, in words a user acts on: where, and
why, instead of ``[Errno 20] Not a directory: '/srv/desk/out/daily'``."""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path

_DENIED = "newsdesk may not write there (check the folder's owner and permissions)"
#: Each refusal by its error number: its kind (a reader in another language words it by
#: that) and its English words.
_WHY = {
    errno.EACCES: ("denied", _DENIED),
    errno.EPERM: ("denied", _DENIED),
    errno.EROFS: ("read_only", "the disk there is read-only"),
    errno.ENOSPC: ("full", "the disk is full"),
    errno.EDQUOT: ("quota", "the disk quota is used up"),
    errno.ENOENT: ("missing", "a folder on the way is missing and cannot be made there"),
    errno.EISDIR: ("folder", "a folder is where the file should go"),
    errno.ENAMETOOLONG: ("long", "the name is too long"),
}
_KINDS = {words: kind for kind, words in _WHY.values()}
_NO_FOLDER = " is a file, not a folder"


def file_on_the_way(path: Path) -> Path | None:
    """The file among ``path``'s folders (``out`` of ``out/daily/x.md``), which the
    system calls "Not a directory" or, making the folder, "File exists"; None if none."""
    return next((p for p in Path(path).parents if p.is_file()), None)


def os_problem(err: OSError, named: Path | None = None) -> str:
    """``err`` as the path it is about and why it failed; a path through a file names
    the file.  The path is left out when it is ``named``, the one the caller's words
    already give."""
    where = err.filename if isinstance(err.filename, str) else None
    if err.errno == errno.ENOTDIR and where:
        blocking = file_on_the_way(Path(where))
        if blocking is not None:
            return f"{where}: {blocking}{_NO_FOLDER}"
    if err.errno == errno.EEXIST and where and Path(where).is_file():
        return f"{where}{_NO_FOLDER}"  # making the folder it should be
    why = _WHY[err.errno][1] if err.errno in _WHY else err.strerror or str(err)
    said = where is not None and named is not None and Path(where) == Path(named)
    return f"{where}: {why}" if where and not said else why


@dataclass(frozen=True, slots=True)
class OsReason:
    """:func:`os_problem`'s words read back, for a reader that says them in another
    language (the desk's pages in Chinese): stored errors keep the English words only."""

    #: ``denied``, ``read_only``, ``full``, ``quota``, ``missing``, ``folder``, ``long``,
    #: or ``file`` (a file where a folder should be).
    kind: str
    #: The path it is about ("" when the words name none).
    where: str = ""
    #: With ``file``: the file in the way.
    file: str = ""


def os_reason(text: str) -> OsReason | None:
    """``text`` as :func:`os_problem` words it, read back into its kind; None for any
    other text (the system's own words), which stays as it is."""
    if text.endswith(_NO_FOLDER):
        said = text.removesuffix(_NO_FOLDER)
        where, colon, blocking = said.rpartition(": ")
        return OsReason("file", where, blocking) if colon else OsReason("file", "", said)
    for words, kind in _KINDS.items():
        if text == words:
            return OsReason(kind)
        if text.endswith(f": {words}"):
            return OsReason(kind, text.removesuffix(f": {words}"))
    return None
