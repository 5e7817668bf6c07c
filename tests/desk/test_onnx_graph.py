"""The encoder's product graphs, written without the ``onnx`` package, are the models
``onnx.helper`` builds (the package is imported here only)."""

from __future__ import annotations

from typing import Any

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from newsdesk.desk import _embed, _onnx_graph
from newsdesk.desk._onnx_graph import Node, Tensor, product_model
from processes import PRINT_MODULES, modules_printed


def _captured(monkeypatch: pytest.MonkeyPatch, make: Any) -> tuple[list[Node], list[Tensor]]:
    """The nodes and constants a product class hands to its session."""
    seen: list[tuple[list[Node], list[Tensor]]] = []
    real = _embed._session

    def spy(nodes: list[Node], constants: list[Tensor], shape: tuple[int, int]) -> Any:
        seen.append((nodes, constants))
        return real(nodes, constants, shape)

    monkeypatch.setattr(_embed, "_session", spy)
    make()
    return seen[0]


def _onnx_model(nodes: list[Node], constants: list[Tensor], rows: int, columns: int) -> Any:
    graph = helper.make_graph(
        [
            helper.make_node(
                n.op_type,
                list(n.inputs),
                list(n.outputs),
                domain=n.domain or None,
                **{k: list(v) if isinstance(v, tuple) else v for k, v in n.attributes},
            )
            for n in nodes
        ],
        "product",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["rows", rows])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["rows", columns])],
        [numpy_helper.from_array(c.value, c.name) for c in constants],
    )
    opsets = [helper.make_opsetid(d, v) for d, v in _onnx_graph.OPSETS]
    model = helper.make_model(graph, opset_imports=opsets)
    model.ir_version = _onnx_graph.IR_VERSION
    return model


@pytest.mark.parametrize("product", [_embed._Product, _embed._Int8Product])
def test_the_written_graphs_are_onnx_helpers_models(
    product: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = np.random.default_rng(7).standard_normal((6, 4)).astype(np.float32)
    nodes, constants = _captured(monkeypatch, lambda: product(w))
    ours = onnx.ModelProto.FromString(product_model(nodes, constants, (6, 4)))
    assert ours == _onnx_model(nodes, constants, 6, 4)
    onnx.checker.check_model(ours)


@pytest.mark.parametrize("product", [_embed._Product, _embed._Int8Product])
def test_a_written_graph_multiplies(product: Any) -> None:
    rng = np.random.default_rng(3)
    x = rng.standard_normal((5, 6)).astype(np.float32)
    w = rng.standard_normal((6, 4)).astype(np.float32)
    assert np.allclose(product(w)(x), x @ w, rtol=0.05, atol=0.05)


def test_a_negative_integer_is_written_as_int64() -> None:
    node = Node("ReduceMax", ("x",), ("y",), (("axes", (-1,)), ("keepdims", 0)))
    model = onnx.ModelProto.FromString(product_model([node], [], (3, 1)))
    attributes = {a.name: a for a in model.graph.node[0].attribute}
    assert list(attributes["axes"].ints) == [-1]
    assert attributes["keepdims"].i == 0


def test_numpy_integers_and_big_endian_arrays_are_written_as_python_ones() -> None:
    attributes_of = (("axes", (np.int64(-1),)), ("keepdims", np.int64(0)))
    node = Node("ReduceMax", ("x",), ("y",), attributes_of)
    model = onnx.ModelProto.FromString(product_model([node], [], (3, 1)))
    attributes = {a.name: a for a in model.graph.node[0].attribute}
    assert list(attributes["axes"].ints) == [-1] and attributes["keepdims"].i == 0
    big = np.arange(6, dtype=">f4").reshape(2, 3)
    assert _onnx_graph._tensor(Tensor("w", big)) == _onnx_graph._tensor(
        Tensor("w", big.astype("<f4"))
    )


def test_embedding_imports_no_onnx_package() -> None:
    loaded = modules_printed(
        "from newsdesk.desk import UniversalSentenceEncoder\n"
        "UniversalSentenceEncoder(precision='int8').embed(['Xinghe AI ships Orion-5'])\n"
        f"{PRINT_MODULES}"
    )
    assert "onnxruntime" in loaded
    assert not {"onnx", "ml_dtypes"} & loaded
