"""Embedders: the bundled encoder, and any OpenAI-compatible endpoint over real HTTP."""

from __future__ import annotations

import json

import numpy as np
import pytest
from desk_helpers import encoder

from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.desk import OpenAIEmbedder
from newsdesk.exceptions import EmbedError


def test_the_bundled_encoder_puts_chinese_and_english_in_one_space() -> None:
    vectors = encoder().embed(
        ["星河智能发布Orion-5大模型", "Xinghe AI releases the Orion-5 model", "明日暴雨橙色预警"]
    )
    assert vectors.shape == (3, 512) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


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
