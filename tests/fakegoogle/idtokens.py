"""Google-style ID tokens signed by a test key, with the certificates served as Google serves them.

Google publishes the public halves of its signing keys as ``{"key id": "PEM x509
certificate"}`` at ``https://www.googleapis.com/oauth2/v1/certs``; the fake serves the
same shape at ``/oauth2/v1/certs``.  ``stranger`` is a second key whose certificate is
never published: a token it signs must be refused.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import time
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from google.auth import crypt, jwt

GOOGLE_ISSUER = "https://accounts.google.com"
LIFETIME = 3600


@dataclass(frozen=True)
class SigningKey:
    key_id: str
    private_pem: bytes
    certificate_pem: str

    def sign(self, claims: dict[str, Any]) -> str:
        signer = crypt.RSASigner.from_string(self.private_pem, key_id=self.key_id)
        return jwt.encode(signer, claims).decode("ascii")


@functools.cache
def signing_key(key_id: str) -> SigningKey:
    """An RSA key and its self-signed certificate, made once per test process and key id."""
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"fake-google-{key_id}")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(private, hashes.SHA256())
    )
    return SigningKey(
        key_id=key_id,
        private_pem=private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        certificate_pem=certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"),
    )


class IdTokenIssuer:
    """Mints ID tokens as Google's would look, signed by the published key unless told otherwise."""

    @property
    def published(self) -> SigningKey:
        return signing_key("fake-google-1")

    @property
    def stranger(self) -> SigningKey:
        return signing_key("fake-google-stranger")

    def certs(self) -> dict[str, str]:
        return {self.published.key_id: self.published.certificate_pem}

    def mint(self, *, audience: str, email: str, key: SigningKey | None = None, **claims: Any) -> str:
        """An ID token for ``email`` and ``audience``; ``claims`` add to or replace the defaults."""
        issued = int(claims.pop("iat", time.time()))
        payload: dict[str, Any] = {
            "iss": GOOGLE_ISSUER,
            "aud": audience,
            "azp": "1066374918201",
            "sub": str(int(hashlib.sha256(email.encode()).hexdigest()[:17], 16)),
            "email": email,
            "email_verified": True,
            "iat": issued,
            "exp": issued + LIFETIME,
        }
        payload.update(claims)
        return (key or self.published).sign(payload)
