"""The system's refusal to write a file or folder, in words a user acts on: where, and
why, instead of ``[Errno 20] Not a directory: '/srv/desk/out/daily'``."""

from __future__ import annotations

import errno
from pathlib import Path

_WHY = {
    errno.EACCES: "newsdesk may not write there (check the folder's owner and permissions)",
    errno.EPERM: "newsdesk may not write there (check the folder's owner and permissions)",
    errno.EROFS: "the disk there is read-only",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.ENOENT: "a folder on the way is missing and cannot be made there",
    errno.EISDIR: "a folder is where the file should go",
    errno.ENAMETOOLONG: "the name is too long",
}


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
            return f"{where}: {blocking} is a file, not a folder"
    if err.errno == errno.EEXIST and where and Path(where).is_file():
        return f"{where} is a file, not a folder"  # making the folder it should be
    why = _WHY.get(err.errno or 0) or err.strerror or str(err)
    said = where is not None and named is not None and Path(where) == Path(named)
    return f"{where}: {why}" if where and not said else why
