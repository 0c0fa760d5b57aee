"""Google sign-in through google-auth-oauthlib, against the fake's consent page and token endpoint."""

from __future__ import annotations

import pytest
from fakegoogle import FakeGoogle
from fakegoogle.oauth import ConsentRefused, url_query
from tactful.adapters.google_oauth import (
    HOLDS_SCOPE,
    MAIL_SCOPES,
    Grant,
    Identity,
    MissingScopes,
    OAuthClient,
    SignInDenied,
    SignInError,
    StateMismatch,
    finish_sign_in,
    identify,
    scopes_for,
    start_sign_in,
)

REDIRECT = "http://127.0.0.1:8765/auth/callback"


@pytest.fixture
def oauth_client(fake: FakeGoogle, monkeypatch: pytest.MonkeyPatch) -> OAuthClient:
    # oauthlib refuses plain-HTTP token endpoints; the fake listens on http://127.0.0.1.
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    return OAuthClient(
        "tactful-test.apps.googleusercontent.com", "not-a-secret", REDIRECT,
        token_uri=f"{fake.url}/token", userinfo_uri=f"{fake.url}/v1/userinfo",
    )


def _signed_in(fake: FakeGoogle, oauth_client: OAuthClient) -> Grant:
    started = start_sign_in(oauth_client, holds=False)
    callback = url_query(fake.consent.approve(started.url))
    return finish_sign_in(oauth_client, started.state, started.code_verifier, callback, holds=False)


def test_the_consent_url_asks_offline_access_with_pkce_and_the_narrow_scopes(oauth_client: OAuthClient) -> None:
    started = start_sign_in(oauth_client, holds=False, login_hint="sam@example.com")
    query = url_query(started.url)

    assert query["access_type"] == "offline" and query["prompt"] == "consent"
    assert query["include_granted_scopes"] == "true"
    assert query["code_challenge_method"] == "S256" and len(started.code_verifier) >= 43
    assert query["state"] == started.state and query["redirect_uri"] == REDIRECT
    assert query["login_hint"] == "sam@example.com"
    assert set(query["scope"].split()) == set(scopes_for(holds=False))
    assert HOLDS_SCOPE not in query["scope"]
    assert HOLDS_SCOPE in url_query(start_sign_in(oauth_client, holds=True).url)["scope"].split()


def test_an_approved_sign_in_yields_a_refresh_token_and_the_granted_scopes(fake: FakeGoogle, oauth_client: OAuthClient) -> None:
    grant = _signed_in(fake, oauth_client)

    assert grant.refresh_token == fake.refresh_token
    assert grant.access_token in fake.access_tokens
    assert set(grant.scopes) == set(scopes_for(holds=False))


def test_a_code_is_accepted_once_only(fake: FakeGoogle, oauth_client: OAuthClient) -> None:
    started = start_sign_in(oauth_client, holds=False)
    callback = url_query(fake.consent.approve(started.url))
    finish_sign_in(oauth_client, started.state, started.code_verifier, callback, holds=False)

    with pytest.raises(SignInError, match="invalid_grant"):
        finish_sign_in(oauth_client, started.state, started.code_verifier, callback, holds=False)


def test_a_code_without_its_own_pkce_verifier_is_refused(fake: FakeGoogle, oauth_client: OAuthClient) -> None:
    started = start_sign_in(oauth_client, holds=False)
    other = start_sign_in(oauth_client, holds=False)
    callback = url_query(fake.consent.approve(started.url))

    with pytest.raises(SignInError, match="invalid_grant"):
        finish_sign_in(oauth_client, started.state, other.code_verifier, callback, holds=False)


def test_a_callback_from_another_session_is_refused_before_any_token_exchange(fake: FakeGoogle, oauth_client: OAuthClient) -> None:
    mine = start_sign_in(oauth_client, holds=False)
    theirs = start_sign_in(oauth_client, holds=False)
    callback = url_query(fake.consent.approve(theirs.url))

    with pytest.raises(StateMismatch):
        finish_sign_in(oauth_client, mine.state, mine.code_verifier, callback, holds=False)
    assert fake.calls("oauth2.token") == []


def test_cancelling_on_the_consent_page_is_a_clear_denial(fake: FakeGoogle, oauth_client: OAuthClient) -> None:
    started = start_sign_in(oauth_client, holds=False)
    callback = url_query(fake.consent.deny(started.url))

    with pytest.raises(SignInDenied, match="cancelled"):
        finish_sign_in(oauth_client, started.state, started.code_verifier, callback, holds=False)


def test_unticking_a_needed_scope_names_what_is_missing(fake: FakeGoogle, oauth_client: OAuthClient) -> None:
    started = start_sign_in(oauth_client, holds=True)
    callback = url_query(fake.consent.approve(started.url, untick=(MAIL_SCOPES[1], HOLDS_SCOPE)))

    with pytest.raises(MissingScopes) as refused:
        finish_sign_in(oauth_client, started.state, started.code_verifier, callback, holds=True)
    assert refused.value.missing == (MAIL_SCOPES[1], HOLDS_SCOPE)


def test_the_fake_consent_page_refuses_a_url_without_pkce(oauth_client: OAuthClient, fake: FakeGoogle) -> None:
    url = start_sign_in(oauth_client, holds=False).url.replace("code_challenge_method=S256", "code_challenge_method=plain")
    with pytest.raises(ConsentRefused):
        fake.consent.approve(url)


def test_the_signed_in_account_is_identified_by_its_google_subject(fake: FakeGoogle, oauth_client: OAuthClient) -> None:
    grant = _signed_in(fake, oauth_client)

    assert identify(oauth_client, grant) == Identity(subject=fake.subject, email="sam.candidate@example.com", name="Sam Candidate")


def test_identifying_with_a_dead_access_token_asks_to_sign_in_again(fake: FakeGoogle, oauth_client: OAuthClient) -> None:
    grant = _signed_in(fake, oauth_client)
    fake.expire_access_tokens()

    with pytest.raises(SignInError, match="HTTP 401"):
        identify(oauth_client, grant)
