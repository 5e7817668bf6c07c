"""The JSON API's reference page at ``/api/v1/docs``, drawn on the server from the app's
OpenAPI document.

FastAPI's own page (Swagger UI) loads its script and style from a CDN, so it is blank on
a machine without the internet and needs the Content-Security-Policy relaxed; this page
is plain HTML with the desk's own stylesheet: every operation with its parameters, body
and answers, and every schema, linked to each other.  ``/api/v1/openapi.json`` stays the
document for tools.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from newsdesk.web._layout import TEMPLATES

__all__ = ["install_api_docs"]

_METHODS = ("get", "post", "put", "patch", "delete")
_environment = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(["html", "j2"], default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class Field:
    """A parameter, or a property of a schema or body."""

    name: str
    where: str
    kind: str
    ref: str
    required: bool
    description: str


@dataclass(frozen=True)
class Operation:
    """One method on one path."""

    method: str
    path: str
    anchor: str
    summary: str
    description: str
    parameters: tuple[Field, ...]
    body: Field | None
    answers: tuple[Field, ...]


@dataclass(frozen=True)
class Schema:
    """A named schema of ``components``."""

    name: str
    description: str
    fields: tuple[Field, ...]
    values: tuple[str, ...]


def type_of(schema: Mapping[str, Any]) -> tuple[str, str]:
    """A schema's type in words and the name of the schema it refers to ("" if none)."""
    if "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        return name, name
    for key in ("anyOf", "oneOf"):
        if key in schema:
            parts = [type_of(s) for s in schema[key]]
            refs = [r for _, r in parts if r]
            return " or ".join(k for k, _ in parts), refs[0] if refs else ""
    kind = schema.get("type", "any")
    if kind == "array":
        inner, ref = type_of(schema.get("items", {}))
        return f"list of {inner}", ref
    if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        inner, ref = type_of(schema["additionalProperties"])
        return f"object of {inner}", ref
    if "format" in schema:
        return f"{kind} ({schema['format']})", ""
    return str(kind), ""


def _content_type(content: Mapping[str, Any]) -> tuple[str, str, str]:
    """The media type of a body or answer, its type in words and the schema it names."""
    media, spec = next(iter(content.items()), ("", {"schema": {}}))
    kind, ref = type_of(spec.get("schema", {}))
    return str(media), kind, ref


def _operation(method: str, path: str, op: Mapping[str, Any]) -> Operation:
    parameters = tuple(
        Field(p["name"], p["in"], *type_of(p.get("schema", {})), bool(p.get("required")),
              p.get("description", ""))
        for p in op.get("parameters", [])
    )  # fmt: skip
    body = None
    if "requestBody" in op:
        spec = op["requestBody"]
        media, kind, ref = _content_type(spec.get("content", {}))
        body = Field(media, "body", kind, ref, bool(spec.get("required")),
                     spec.get("description", ""))  # fmt: skip
    answers = tuple(
        Field(str(code), *_content_type(answer.get("content", {})), False,
              answer.get("description", ""))
        for code, answer in op.get("responses", {}).items()
    )  # fmt: skip
    return Operation(
        method.upper(), path, str(op.get("operationId", f"{method}{path}")),
        op.get("summary", ""), op.get("description", ""), parameters, body, answers,
    )  # fmt: skip


def operations(document: Mapping[str, Any]) -> list[Operation]:
    """Every operation of an OpenAPI document, in its paths' order."""
    return [
        _operation(method, path, item[method])
        for path, item in document.get("paths", {}).items()
        for method in _METHODS
        if method in item
    ]


def schemas(document: Mapping[str, Any]) -> list[Schema]:
    """Every named schema of an OpenAPI document, by name."""
    found = []
    for name, spec in sorted(document.get("components", {}).get("schemas", {}).items()):
        required = set(spec.get("required", ()))
        fields = tuple(
            Field(key, "", *type_of(prop), key in required,
                  prop.get("description", "") or prop.get("title", ""))
            for key, prop in spec.get("properties", {}).items()
        )  # fmt: skip
        values = tuple(str(v) for v in spec.get("enum", ()))
        found.append(Schema(name, spec.get("description", ""), fields, values))
    return found


def install_api_docs(app: FastAPI, path: str = "/api/v1/docs") -> None:
    """Serve the API's reference page at ``path``, from the app's own OpenAPI document."""

    @app.get(path, include_in_schema=False, response_class=HTMLResponse)
    def api_docs(request: Request) -> HTMLResponse:
        document = app.openapi()
        html = _environment.get_template("api_docs.html.j2").render(
            info=document.get("info", {}),
            openapi_url=app.openapi_url,
            operations=operations(document),
            schemas=schemas(document),
            base=str(request.base_url).rstrip("/"),
        )
        return HTMLResponse(html)
