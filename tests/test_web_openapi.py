"""openapi/tactful.yaml is a valid OpenAPI 3.1 document and describes exactly the app's routes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from tactful.web import create_app

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "tactful.yaml"
_IMPLICIT = {"HEAD", "OPTIONS"}


def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def test_the_spec_is_valid_openapi_3_1() -> None:
    spec = _spec()
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_the_validator_would_catch_a_broken_spec() -> None:
    broken = _spec()
    broken["paths"]["/api/me"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {"$ref": 3}
    with pytest.raises(OpenAPIValidationError):
        validate(broken)


def test_every_route_of_the_app_is_documented_and_every_documented_route_exists(tmp_path: Path) -> None:
    app = create_app({"INSTANCE_PATH": tmp_path})
    served = {
        (re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule), method.lower())
        for rule in app.url_map.iter_rules()
        for method in (rule.methods or set()) - _IMPLICIT
    }
    documented = {
        (path, method)
        for path, item in _spec()["paths"].items()
        for method in item
        if method in {"get", "put", "post", "delete", "patch"}
    }
    assert served == documented


def test_every_api_operation_documents_the_401_of_a_missing_token() -> None:
    for path, item in _spec()["paths"].items():
        for method, operation in item.items():
            assert "401" in operation["responses"], f"{method.upper()} {path}"
