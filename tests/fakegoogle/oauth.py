"""The fake's side of Google's OAuth 2.0 web-server flow with PKCE.

``ConsentScreen.approve`` stands in for the user clicking "Allow" on Google's consent
page: it checks the authorization URL as Google would (client, redirect URI, S256 code
challenge, offline access) and returns the redirect back to the app with a one-time code.
``redeem`` is the token endpoint's ``authorization_code`` grant: the code is single-use,
must come back with the same redirect URI, and the PKCE verifier must hash to the
challenge.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlencode, urlsplit


class ConsentRefused(ValueError):
    """An authorization URL Google would refuse to show a consent page for."""


@dataclass(frozen=True)
class _PendingCode:
    client_id: str
    redirect_uri: str
    challenge: str
    scopes: tuple[str, ...]


def url_query(url: str) -> dict[str, str]:
    """The query parameters of ``url``, the first value of each."""
    return {name: values[0] for name, values in parse_qs(urlsplit(url).query).items()}


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


@dataclass
class ConsentScreen:
    client_id: str = "tactful-test.apps.googleusercontent.com"
    _codes: dict[str, _PendingCode] = field(default_factory=dict)

    def approve(self, authorization_url: str, *, untick: Sequence[str] = ()) -> str:
        """The redirect Google sends after the user allows access (minus ``untick``ed scopes)."""
        query = url_query(authorization_url)
        if query.get("client_id") != self.client_id:
            raise ConsentRefused("unknown client_id")
        if query.get("response_type") != "code":
            raise ConsentRefused("response_type must be code")
        if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            raise ConsentRefused("a S256 code_challenge is required")
        if query.get("access_type") != "offline":
            raise ConsentRefused("no refresh token without access_type=offline")
        redirect_uri = query.get("redirect_uri", "")
        scopes = tuple(scope for scope in query.get("scope", "").split() if scope not in untick)
        code = f"4/fake-{secrets.token_urlsafe(12)}"
        self._codes[code] = _PendingCode(self.client_id, redirect_uri, query["code_challenge"], scopes)
        return f"{redirect_uri}?{urlencode({'state': query.get('state', ''), 'code': code, 'scope': ' '.join(scopes)})}"

    def deny(self, authorization_url: str) -> str:
        """The redirect Google sends when the user clicks "Cancel"."""
        query = url_query(authorization_url)
        return f"{query['redirect_uri']}?{urlencode({'state': query.get('state', ''), 'error': 'access_denied'})}"

    def redeem(self, form: Mapping[str, str]) -> tuple[str, tuple[str, ...]] | None:
        """The client id and scopes of a valid code exchange (the code is used up), else None."""
        pending = self._codes.pop(form.get("code", ""), None)
        if pending is None:
            return None
        if form.get("redirect_uri") != pending.redirect_uri or form.get("client_id") != pending.client_id:
            return None
        if _s256(form.get("code_verifier", "")) != pending.challenge:
            return None
        return pending.client_id, pending.scopes
