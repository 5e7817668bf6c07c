"""The encoder's product graphs as ONNX model bytes, written without the ``onnx`` package.

ONNX Runtime takes a model as protobuf bytes.  The ``onnx`` package's helpers wrote them,
but importing it costs 0.6 s of processor time in every process that embeds (it loads
``ml_dtypes``, which registers a dozen number types with numpy), for graphs of a few
nodes.  The messages used here are few and their fields fixed by the ONNX standard, so
they are written directly in protobuf's wire format; a test holds every graph the
encoder builds equal, message for message, to what ``onnx.helper`` builds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

#: ONNX's element types (``TensorProto.DataType``) of the arrays the graphs hold.
FLOAT, UINT8, INT8 = 1, 2, 3
_ELEMENT_TYPES = {np.dtype(np.float32): FLOAT, np.dtype(np.uint8): UINT8, np.dtype(np.int8): INT8}
#: ``AttributeProto.AttributeType`` of an integer and a list of integers.
_INT, _INTS = 2, 7
#: The IR version of opset 13, the newest operator set the graphs use.
IR_VERSION = 7
#: The operator sets: the standard one and Microsoft's (``MatMulIntegerToFloat``).
OPSETS = (("", 13), ("com.microsoft", 1))
_VARINT, _LENGTH = 0, 2


@dataclass(frozen=True)
class Node:
    """One operator: its inputs and outputs by name, its integer attributes."""

    op_type: str
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    attributes: tuple[tuple[str, int | tuple[int, ...]], ...] = ()
    domain: str = ""


@dataclass(frozen=True)
class Tensor:
    """A named constant of the graph (a weight matrix, a scale, a scalar)."""

    name: str
    value: npt.NDArray[np.generic]


def _varint(number: int) -> bytes:
    out = bytearray()
    while True:
        low = number & 0x7F
        number >>= 7
        if number:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def _integer(field: int, number: int) -> bytes:
    if number < 0:  # int64 on the wire: ten bytes of two's complement
        number += 1 << 64
    return _varint(field << 3 | _VARINT) + _varint(number)


def _message(field: int, body: bytes) -> bytes:
    return _varint(field << 3 | _LENGTH) + _varint(len(body)) + body


def _text(field: int, text: str) -> bytes:
    return _message(field, text.encode())


def _attribute(name: str, value: int | tuple[int, ...]) -> bytes:
    if isinstance(value, (int, np.integer)):
        return _text(1, name) + _integer(3, int(value)) + _integer(20, _INT)
    return _text(1, name) + b"".join(_integer(8, int(v)) for v in value) + _integer(20, _INTS)


def _node(node: Node) -> bytes:
    return (
        b"".join(_text(1, name) for name in node.inputs)
        + b"".join(_text(2, name) for name in node.outputs)
        + _text(4, node.op_type)
        + b"".join(_message(5, _attribute(n, v)) for n, v in node.attributes)
        + (_text(7, node.domain) if node.domain else b"")
    )


def _tensor(tensor: Tensor) -> bytes:
    value = np.asarray(tensor.value, order="C")  # a scalar stays one (no dims)
    little = value.astype(value.dtype.newbyteorder("<"), copy=False)
    return (
        b"".join(_integer(1, size) for size in value.shape)
        + _integer(2, _ELEMENT_TYPES[little.dtype])
        + _text(8, tensor.name)
        + _message(9, little.tobytes())
    )


def _float_rows(name: str, columns: int) -> bytes:
    """A float input or output of shape ``(rows, columns)``, its rows named ``rows``."""
    dims = _message(1, _text(2, "rows")) + _message(1, _integer(1, columns))
    tensor_type = _integer(1, FLOAT) + _message(2, dims)
    return _text(1, name) + _message(2, _message(1, tensor_type))


def product_model(nodes: list[Node], constants: list[Tensor], shape: tuple[int, int]) -> bytes:
    """A model of the graph ``x (rows, shape[0]) -> y (rows, shape[1])``, named
    ``product``, as the bytes ONNX Runtime loads."""
    rows, columns = shape
    graph = (
        b"".join(_message(1, _node(node)) for node in nodes)
        + _text(2, "product")
        + b"".join(_message(5, _tensor(constant)) for constant in constants)
        + _message(11, _float_rows("x", rows))
        + _message(12, _float_rows("y", columns))
    )
    opsets = b"".join(
        _message(8, _text(1, domain) + _integer(2, version)) for domain, version in OPSETS
    )
    return _integer(1, IR_VERSION) + _message(7, graph) + opsets
