"""Request checks against the discovery documents bundled with googleapiclient.

The fake reads the same documents the client library builds its services from, so a
request body or query parameter Google would refuse is refused here too.  No library
validates a body against a discovery schema (they are not JSON Schema: ``$ref`` names a
schema by id, integers of 64 bits travel as strings), hence this small checker.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import googleapiclient  # type: ignore[import-untyped]

_DOCUMENTS = Path(googleapiclient.__file__).parent / "discovery_cache" / "documents"


class SchemaError(ValueError):
    """A request Google would answer with 400 INVALID_ARGUMENT."""


@dataclass(frozen=True)
class Method:
    """One API method as the discovery document describes it."""

    id: str
    http_method: str
    path: str  # full path from the host, with {name} placeholders
    parameters: dict[str, Any]
    request_schema: str | None
    api: "Api"


@dataclass(frozen=True)
class Api:
    name: str
    document: dict[str, Any]

    @property
    def schemas(self) -> dict[str, Any]:
        return dict(self.document["schemas"])

    @property
    def global_parameters(self) -> dict[str, Any]:
        return dict(self.document["parameters"])


@cache
def load_api(name: str, version: str) -> Api:
    document = json.loads((_DOCUMENTS / f"{name}.{version}.json").read_text(encoding="utf-8"))
    return Api(name=name, document=document)


def _methods(resource: dict[str, Any]) -> list[dict[str, Any]]:
    found = list(resource.get("methods", {}).values())
    for child in resource.get("resources", {}).values():
        found.extend(_methods(child))
    return found


def find_method(api: Api, method_id: str) -> Method:
    for method in _methods(api.document):
        if method["id"] == method_id:
            request = method.get("request")
            return Method(
                id=method_id,
                http_method=method["httpMethod"],
                path=api.document["servicePath"] + method.get("flatPath", method["path"]),
                parameters=dict(method.get("parameters", {})),
                request_schema=request["$ref"] if request else None,
                api=api,
            )
    raise KeyError(method_id)


def check_query(method: Method, query: dict[str, list[str]]) -> None:
    """Unknown parameters, values outside an enum and malformed numbers are refused."""
    known = {**method.api.global_parameters, **method.parameters}
    for name, values in query.items():
        spec = known.get(name)
        if spec is None or spec.get("location") == "path":
            raise SchemaError(f'Invalid JSON payload received. Unknown name "{name}": Cannot bind query parameter.')
        if len(values) > 1 and not spec.get("repeated"):
            raise SchemaError(f"Parameter {name} given {len(values)} times but is not repeated.")
        for value in values:
            _check_parameter(name, spec, value)
    for name, spec in method.parameters.items():
        if spec.get("required") and spec.get("location") == "query" and name not in query:
            raise SchemaError(f"Required parameter: {name}")


def _check_parameter(name: str, spec: dict[str, Any], value: str) -> None:
    enum = spec.get("enum")
    if enum is not None and value not in enum:
        raise SchemaError(f"Invalid value at '{name}': {value!r} is not one of {enum}")
    kind = spec.get("type")
    if kind == "integer":
        try:
            number = int(value)
        except ValueError:
            raise SchemaError(f"Invalid value at '{name}' (TYPE_INT32), \"{value}\"") from None
        minimum, maximum = spec.get("minimum"), spec.get("maximum")
        if (minimum is not None and number < int(minimum)) or (maximum is not None and number > int(maximum)):
            raise SchemaError(f"Invalid value at '{name}': {number} out of range")
    elif kind == "boolean" and value not in ("true", "false"):
        raise SchemaError(f"Invalid value at '{name}' (TYPE_BOOL), \"{value}\"")


def check_body(method: Method, body: Any) -> None:
    """The request body must match the method's request schema, property by property."""
    if method.request_schema is None:
        if body is not None:
            raise SchemaError(f"{method.id} takes no request body")
        return
    if body is None:
        raise SchemaError(f"{method.id} needs a request body")
    _check_value(method.api.schemas, {"$ref": method.request_schema}, body, "")


def _where(path: str) -> str:
    return path or "the request body"


def _check_value(schemas: dict[str, Any], spec: dict[str, Any], value: Any, path: str) -> None:
    if "$ref" in spec:
        spec = schemas[spec["$ref"]]
    kind = spec.get("type")
    if kind == "any" or value is None:
        return
    if kind == "object":
        _check_object(schemas, spec, value, path)
    elif kind == "array":
        if not isinstance(value, list):
            raise SchemaError(f"Invalid value at '{_where(path)}': expected a list")
        for index, item in enumerate(value):
            _check_value(schemas, spec["items"], item, f"{path}[{index}]")
    elif kind == "string":
        _check_string(spec, value, path)
    elif kind == "integer":
        # Proto JSON accepts an integer given as a decimal string.
        if isinstance(value, bool) or not (isinstance(value, int) or (isinstance(value, str) and value.lstrip("-").isdigit())):
            raise SchemaError(f"Invalid value at '{_where(path)}' (TYPE_INT32), {json.dumps(value)}")
    elif kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise SchemaError(f"Invalid value at '{_where(path)}' (TYPE_DOUBLE), {json.dumps(value)}")
    elif kind == "boolean":
        if not isinstance(value, bool):
            raise SchemaError(f"Invalid value at '{_where(path)}' (TYPE_BOOL), {json.dumps(value)}")


def _check_object(schemas: dict[str, Any], spec: dict[str, Any], value: Any, path: str) -> None:
    if not isinstance(value, dict):
        raise SchemaError(f"Invalid value at '{_where(path)}': expected an object")
    properties = spec.get("properties", {})
    extra = spec.get("additionalProperties")
    for name, item in value.items():
        child = f"{path}.{name}" if path else name
        if name in properties:
            _check_value(schemas, properties[name], item, child)
        elif extra is not None:
            _check_value(schemas, extra, item, child)
        else:
            raise SchemaError(f'Invalid JSON payload received. Unknown name "{name}" at \'{_where(path)}\': Cannot find field.')


def _check_string(spec: dict[str, Any], value: Any, path: str) -> None:
    if not isinstance(value, str):
        raise SchemaError(f"Invalid value at '{_where(path)}' (TYPE_STRING), {json.dumps(value)}")
    form = spec.get("format")
    if form in ("int64", "uint64") and not value.lstrip("-").isdigit():
        raise SchemaError(f"Invalid value at '{_where(path)}' (TYPE_INT64), \"{value}\"")
    if form == "byte":
        try:
            base64.b64decode(value.replace("-", "+").replace("_", "/") + "=" * (-len(value) % 4), validate=True)
        except binascii.Error:
            raise SchemaError(f"Invalid value at '{_where(path)}' (TYPE_BYTES), Base64 decoding failed") from None
    if form == "date-time":
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise SchemaError(f"Invalid value at '{_where(path)}': bad date-time {value!r}") from None
        if moment.tzinfo is None:
            raise SchemaError(f"Invalid value at '{_where(path)}': date-time without offset {value!r}")
    enum = spec.get("enum")
    if enum is not None and value not in enum:
        raise SchemaError(f"Invalid value at '{_where(path)}': {value!r}")
