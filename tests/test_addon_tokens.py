"""ID-token verification: tokens signed by a test key whose certificates the fake Google serves on loopback.

Each refused token gets 401 and touches no data: no user is stored, no Google API is called.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from addon_support import AUDIENCES, SERVICE_ACCOUNT, USER_EMAIL, event, google_mode
from fakegoogle import FakeGoogle
from fakegoogle.fixtures import NOW
from flask import Flask
from google.auth.transport.requests import Request
from sqlalchemy import inspect, select

from tactful.addon.config import AddonMisconfigured, addon_runtime
from tactful.addon.tokens import GOOGLE_CERTS_URL, CertificateCache, InvalidToken, TokenVerifier
from tactful.storage import make_engine
from tactful.storage.models import User
from tactful.web import create_app


@pytest.fixture
def verifier(fake: FakeGoogle) -> TokenVerifier:
    return TokenVerifier(AUDIENCES, SERVICE_ACCOUNT, CertificateCache(f"{fake.url}/oauth2/v1/certs", Request()))


def _system_token(fake: FakeGoogle, **claims: Any) -> str:
    defaults: dict[str, Any] = {"audience": AUDIENCES[1], "email": SERVICE_ACCOUNT}
    defaults.update(claims)
    return fake.id_tokens.mint(**defaults)


BAD_TOKENS = {
    "expired": lambda fake: _system_token(fake, iat=time.time() - 7200),
    "issued in the future": lambda fake: _system_token(fake, iat=time.time() + 3600),
    "wrong audience": lambda fake: _system_token(fake, audience="https://attacker.example/addon/message"),
    "wrong issuer": lambda fake: _system_token(fake, iss="https://login.example.com"),
    "wrong service account": lambda fake: _system_token(fake, email="someone-else@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"),
    "unverified email": lambda fake: _system_token(fake, email_verified=False),
    "wrong signer": lambda fake: _system_token(fake, key=fake.id_tokens.stranger),
    "malformed": lambda fake: "not.a-jwt",
    "tampered": lambda fake: _system_token(fake)[:-6] + "AAAAAA",
    "missing": lambda fake: "",
}


def test_a_token_google_signed_for_the_add_on_passes(fake: FakeGoogle, verifier: TokenVerifier) -> None:
    for audience in AUDIENCES:
        verifier.verify_request("Bearer " + _system_token(fake, audience=audience))
    verifier.verify_request("bearer " + _system_token(fake, iss="accounts.google.com"))


@pytest.mark.parametrize("case", BAD_TOKENS)
def test_every_other_token_is_refused(fake: FakeGoogle, verifier: TokenVerifier, case: str) -> None:
    with pytest.raises(InvalidToken):
        verifier.verify_request("Bearer " + BAD_TOKENS[case](fake))


@pytest.mark.parametrize("header", [None, "", "Basic dXNlcjpwYXNz", "Bearer"])
def test_a_request_without_a_bearer_token_is_refused(verifier: TokenVerifier, header: str | None) -> None:
    with pytest.raises(InvalidToken):
        verifier.verify_request(header)


def test_the_users_id_token_gives_the_subject_and_email_and_is_checked_the_same_way(fake: FakeGoogle, verifier: TokenVerifier) -> None:
    token = fake.id_tokens.mint(audience="some-client-id.apps.googleusercontent.com", email=USER_EMAIL, sub="1083645")
    identity = verifier.verify_user(token)
    assert (identity.subject, identity.email) == ("1083645", USER_EMAIL)
    for bad in (
        fake.id_tokens.mint(audience="x", email=USER_EMAIL, key=fake.id_tokens.stranger),
        fake.id_tokens.mint(audience="x", email=USER_EMAIL, iat=time.time() - 7200),
        fake.id_tokens.mint(audience="x", email=USER_EMAIL, sub=""),
        None,
    ):
        with pytest.raises(InvalidToken):
            verifier.verify_user(bad)


def test_certificates_are_fetched_once_while_fresh_and_again_when_stale(fake: FakeGoogle) -> None:
    clock = [1000.0]
    cache = CertificateCache(f"{fake.url}/oauth2/v1/certs", Request(), clock=lambda: clock[0])
    verifier = TokenVerifier(AUDIENCES, SERVICE_ACCOUNT, cache)
    for _ in range(3):
        verifier.verify_request("Bearer " + _system_token(fake))
    assert cache.fetches == 1
    with pytest.raises(InvalidToken):  # an unknown key id refetches, but at most once a minute
        verifier.verify_request("Bearer " + _system_token(fake, key=fake.id_tokens.stranger))
        verifier.verify_request("Bearer " + _system_token(fake, key=fake.id_tokens.stranger))
    assert cache.fetches == 1
    clock[0] += 21600  # the fake's max-age
    verifier.verify_request("Bearer " + _system_token(fake))
    assert cache.fetches == 2


def test_an_unknown_key_id_refetches_the_certificates_after_a_minute(fake: FakeGoogle) -> None:
    clock = [1000.0]
    cache = CertificateCache(f"{fake.url}/oauth2/v1/certs", Request(), clock=lambda: clock[0])
    verifier = TokenVerifier(AUDIENCES, SERVICE_ACCOUNT, cache)
    verifier.verify_request("Bearer " + _system_token(fake))
    clock[0] += 61
    with pytest.raises(InvalidToken):
        verifier.verify_request("Bearer " + _system_token(fake, key=fake.id_tokens.stranger))
    assert cache.fetches == 2


# --- through the app --------------------------------------------------------------------


@pytest.fixture
def app(fake: FakeGoogle, tmp_path: Path) -> Iterator[Flask]:
    yield create_app(google_mode(fake, tmp_path / "instance"))


@pytest.mark.parametrize("case", BAD_TOKENS)
def test_the_endpoints_answer_401_and_touch_no_data_for_a_bad_token(app: Flask, fake: FakeGoogle, case: str) -> None:
    stored = fake.seed_message(b"From: a@b.example\r\nSubject: Interview\r\nMessage-ID: <x@b.example>\r\n\r\nHello\r\n")
    body = event(
        user_id_token=fake.id_tokens.mint(audience="x", email=USER_EMAIL),
        message=(f"msg-f:{int(stored.id, 16)}", "thread-f:1"),
        parameters={"action": "decline"},
    )
    token = BAD_TOKENS[case](fake)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    client = app.test_client()
    for path in ("/addon/homepage", "/addon/message", "/addon/draft", "/addon/settings", "/addon/settings/save"):
        response = client.post(path, json=body, headers=headers)
        assert response.status_code == 401, path
        assert response.get_json()["error"] == "unauthorized"
    assert not [entry for entry in fake.log if entry.method.startswith(("gmail.", "calendar."))]
    engine = make_engine(app.config["DATABASE_URL"])
    assert "users" in inspect(engine).get_table_names()
    with engine.connect() as connection:
        assert connection.execute(select(User)).all() == []
    engine.dispose()


def test_a_valid_token_is_let_through(app: Flask, fake: FakeGoogle) -> None:
    body = event(user_id_token=fake.id_tokens.mint(audience="x", email=USER_EMAIL))
    response = app.test_client().post("/addon/homepage", json=body, headers={"Authorization": f"Bearer {_system_token(fake)}"})
    assert response.status_code == 200


def test_the_production_configuration_cannot_point_at_test_keys(fake: FakeGoogle, tmp_path: Path) -> None:
    config = google_mode(fake, tmp_path / "instance")
    with pytest.raises(RuntimeError, match="GOOGLE_API_BASE"):
        create_app({**config, "TESTING": False})
    with pytest.raises(AddonMisconfigured, match="tests only"):
        addon_runtime({**config, "TESTING": False}, clock=lambda: NOW)
    production = {key: value for key, value in config.items() if key not in ("TESTING", "GOOGLE_API_BASE")}
    runtime = addon_runtime(production, clock=lambda: NOW)
    assert runtime is not None
    assert runtime.verifier.certificates_url == GOOGLE_CERTS_URL
    assert runtime.endpoints.gmail is None and runtime.endpoints.calendar is None  # Google's own


def test_without_the_add_on_settings_every_endpoint_answers_401(fake: FakeGoogle, tmp_path: Path) -> None:
    config = google_mode(fake, tmp_path / "instance", ADDON_AUDIENCES=None, ADDON_SERVICE_ACCOUNT=None)
    client = create_app(config).test_client()
    response = client.post("/addon/homepage", json={}, headers={"Authorization": f"Bearer {_system_token(fake)}"})
    assert response.status_code == 401


def test_half_an_add_on_configuration_is_refused_at_start_up(fake: FakeGoogle, tmp_path: Path) -> None:
    with pytest.raises(AddonMisconfigured, match="both"):
        create_app(google_mode(fake, tmp_path / "instance", ADDON_SERVICE_ACCOUNT=""))


def test_the_add_on_without_the_google_mode_is_refused_at_start_up(fake: FakeGoogle, tmp_path: Path) -> None:
    config = {"TESTING": True, "INSTANCE_PATH": str(tmp_path), "ADDON_AUDIENCES": AUDIENCES[0], "ADDON_SERVICE_ACCOUNT": SERVICE_ACCOUNT}
    with pytest.raises(AddonMisconfigured, match="Google mode"):
        create_app(config)


def test_certificates_that_cannot_be_fetched_are_a_503_not_a_pass(fake: FakeGoogle, tmp_path: Path) -> None:
    app = create_app(google_mode(fake, tmp_path / "instance", GOOGLE_API_BASE="http://127.0.0.1:9"))
    token = _system_token(fake)
    response = app.test_client().post("/addon/homepage", json={}, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 503
    assert response.get_json()["error"] == "certificates_unavailable"


@pytest.mark.parametrize(
    ("changes", "base"),
    [
        ({}, "https://tactful.test/addon"),
        ({"ADDON_AUDIENCES": "https://gw.example/tactful/addon"}, "https://gw.example/tactful/addon"),
        ({"ADDON_URL": "https://other.example/addon/"}, "https://other.example/addon"),
    ],
)
def test_the_cards_buttons_call_the_configured_endpoints(fake: FakeGoogle, tmp_path: Path, changes: dict[str, str], base: str) -> None:
    runtime = addon_runtime({**google_mode(fake, tmp_path / "instance"), **changes}, clock=lambda: NOW)
    assert runtime is not None and runtime.urls.draft == f"{base}/draft"


def test_an_audience_that_does_not_show_where_the_endpoints_are_needs_addon_url(fake: FakeGoogle, tmp_path: Path) -> None:
    with pytest.raises(AddonMisconfigured, match="ADDON_URL"):
        addon_runtime({**google_mode(fake, tmp_path / "instance"), "ADDON_AUDIENCES": "https://tactful.test/"}, clock=lambda: NOW)
