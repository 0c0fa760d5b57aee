"""openapi/tactful.yaml is a valid OpenAPI 3.1 document and describes exactly the app's routes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from cryptography.fernet import Fernet
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


GOOGLE_MODE = {
    "GOOGLE_OAUTH_CLIENT_ID": "tactful-test.apps.googleusercontent.com",
    "GOOGLE_OAUTH_CLIENT_SECRET": "not-a-secret",
    "PUBLIC_URL": "https://tactful.example.com",
    "SECRET_KEY": "test-secret-key",
    "TOKEN_KEY": Fernet.generate_key().decode(),
}


def test_every_route_of_either_mode_is_documented_and_every_documented_route_exists(tmp_path: Path) -> None:
    local = create_app({"INSTANCE_PATH": tmp_path / "local"})
    google = create_app({"INSTANCE_PATH": tmp_path / "google", **GOOGLE_MODE})
    served = {
        (re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule), method.lower())
        for app in (local, google)
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


def test_every_operation_that_needs_a_token_documents_the_401_of_a_missing_one() -> None:
    public = 0
    for path, item in _spec()["paths"].items():
        for method, operation in item.items():
            if operation.get("security") == []:
                public += 1
                continue
            assert "401" in operation["responses"], f"{method.upper()} {path}"
    assert public == 3  # the sign-in steps, which come before any token
