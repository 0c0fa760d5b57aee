"""The deployment descriptor (addon/deployment.json): what ``gcloud workspace-add-ons deployments create`` takes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from google.cloud.gsuiteaddons_v1 import Deployment
from google.protobuf import json_format

from tactful.addon import scopes
from tactful.addon.views import Urls
from tactful.web import create_app

DESCRIPTOR = Path(__file__).resolve().parent.parent / "addon" / "deployment.json"
# Fields Google's live API and samples use that the published proto does not know yet
# (GOOGLE_FACTS.md §1): reported, then removed before the strict check.
NEWER_THAN_THE_PROTO = {("addOns", "httpOptions", "granularOauthPermissionSupport")}
RESTRICTED = ("gmail.readonly", "gmail.compose", "gmail.modify", "gmail.metadata", "mail.google.com")


@pytest.fixture
def deployment() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DESCRIPTOR.read_text(encoding="utf-8"))
    return loaded


def _without(document: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    copy = json.loads(json.dumps(document))
    parent = copy
    for name in path[:-1]:
        parent = parent[name]
    parent.pop(path[-1], None)
    return copy


def test_the_descriptor_is_a_deployment_for_googles_proto_apart_from_the_newer_fields(deployment: dict[str, Any]) -> None:
    with pytest.raises(json_format.ParseError, match="granularOauthPermissionSupport"):
        json_format.ParseDict(deployment, Deployment.pb()())
    checked = deployment
    for path in NEWER_THAN_THE_PROTO:
        checked = _without(checked, path)
    parsed = json_format.ParseDict(checked, Deployment.pb()())
    assert parsed.add_ons.gmail.contextual_triggers[0].HasField("unconditional")
    assert deployment["addOns"]["httpOptions"]["granularOauthPermissionSupport"] == "OPT_IN"


def test_the_scopes_are_the_narrowest_that_work_and_none_is_restricted(deployment: dict[str, Any]) -> None:
    assert tuple(deployment["oauthScopes"]) == scopes.DEPLOYMENT
    assert not [scope for scope in deployment["oauthScopes"] if scope.rsplit("/", 1)[-1].startswith(RESTRICTED)]


def test_the_triggers_point_at_the_backends_endpoints_over_https(deployment: dict[str, Any], tmp_path: Path) -> None:
    homepage = deployment["addOns"]["common"]["homepageTrigger"]["runFunction"]
    contextual = deployment["addOns"]["gmail"]["contextualTriggers"][0]["onTriggerFunction"]
    urls = Urls(homepage.rsplit("/", 1)[0])
    assert (homepage, contextual) == (urls.homepage, urls.message)
    assert deployment["addOns"]["httpOptions"]["authorizationHeader"] == "SYSTEM_ID_TOKEN"
    routes = {rule.rule for rule in create_app({"INSTANCE_PATH": str(tmp_path)}).url_map.iter_rules() if "POST" in (rule.methods or ())}
    for url in (*urls.all(), deployment["addOns"]["common"]["logoUrl"]):
        assert urlsplit(url).scheme == "https"
    for url in urls.all():
        assert urlsplit(url).path in routes
